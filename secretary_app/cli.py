"""The `secretary-app` command. With no subcommand it opens the GUI.

Headless subcommands never import Qt: each lives in ``secretary_app.commands`` and
registers its parser here.
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import sys
from dataclasses import dataclass, field
from typing import Any, Callable

from secretary_app import __version__, paths

# Each module has register(reg: Registry); order is the order of `--help`.
COMMAND_MODULES = (
    "groups", "demo", "doctor", "tasks", "mail", "guard", "drafts",
    "export_activity", "export_calendar", "import_agenda", "backup",
    "press", "encryption",
)


class Registry:
    """Lets command modules add top-level commands and commands under a group (export, import)."""

    GROUPS = {
        "export": "Eksportér data (aktivitetslog, kalender) / export data",
        "import": "Importér dagsordener og mødeplaner / import agendas and meeting plans",
    }

    def __init__(self, subparsers: argparse._SubParsersAction):
        self._sub = subparsers
        self._groups: dict[str, argparse._SubParsersAction] = {}

    def command(self, name: str, help: str, handler: Callable[[argparse.Namespace, "CliContext"], int],
                **kwargs: Any) -> argparse.ArgumentParser:
        parser = self._sub.add_parser(name, help=help, description=help, **kwargs)
        parser.set_defaults(func=handler)
        return parser

    def group(self, name: str) -> argparse._SubParsersAction:
        if name not in self._groups:
            parser = self._sub.add_parser(name, help=self.GROUPS.get(name, name))
            sub = parser.add_subparsers(dest=f"{name}_command", metavar="COMMAND")
            sub.required = True
            self._groups[name] = sub
        return self._groups[name]

    def subcommand(self, group: str, name: str, help: str,
                   handler: Callable[[argparse.Namespace, "CliContext"], int]) -> argparse.ArgumentParser:
        parser = self.group(group).add_parser(name, help=help, description=help)
        parser.set_defaults(func=handler)
        return parser


# Commands that only read: they run beside the open window (read-only when it holds the lock).
READ_ONLY_COMMANDS = frozenset({"groups", "tasks list", "export activity", "export calendar", "member export",
                                "drafts list",
                                "press list", "press digest"})
# Commands that never open the store: no key is looked for before them (guard check is called
# by other tools for every batch; its start-up is part of each call).
STORELESS_COMMANDS = frozenset({"guard check"})


@dataclass
class CliContext:
    """What a headless command needs: the store (opened on demand) and output helpers."""

    lang: str = "da"
    command: str = ""
    passphrase_file: str | None = None
    recovery_key_file: str | None = None
    _store: Any = None
    _closers: list = field(default_factory=list)

    def unlock(self, db_file=None, *, required: bool = True) -> bytes | None:
        """Unlock an encrypted store (the secret files given, else the OS keyring); None when plain.

        A wrong passphrase raises the AppError from ``store/keys.py``: exit 2, nothing changed.
        Not ``required`` (before every command), a store nothing unlocks stays locked; the
        command then says so when it opens the store."""
        from secretary_app import paths
        from secretary_app.domain.errors import AppError
        from secretary_app.services import encryption

        db_file = db_file or paths.db_path()
        if not encryption.locked(db_file):
            return None
        from secretary_app.commands.encryption import read_secret

        passphrase = read_secret(self.passphrase_file, "passphrase")
        recovery = read_secret(self.recovery_key_file, "recovery")
        if passphrase is None and recovery is None:
            try:
                return encryption.unlock_key(db_file)
            except AppError:
                if not required:
                    return None
                raise encryption.locked_error(db_file) from None
        return encryption.unlock_key(db_file, passphrase=passphrase, recovery_key=recovery)

    def store(self, *, write: bool = True):
        """Open (and if needed create or upgrade) the database once per command.

        A writing command takes the data folder's lock and fails with a clear
        message while the window or another command holds it; a reading command then opens
        the database read-only."""
        if self._store is None:
            from secretary_app import paths
            from secretary_app.services.opening import open_store
            from secretary_app.store.lock import InstanceLock

            write = write and self.command not in READ_ONLY_COMMANDS
            folder = paths.data_dir()
            warning = paths.loose_mode_warning(folder, self.lang)
            if warning:
                print(f"secretary-app: {warning}", file=sys.stderr)
            lock = InstanceLock(folder, role=self.command or "cli")
            self.unlock()
            if write:
                lock.acquire(self.lang)
                self._closers.append(lock.release)
                self._store = open_store(check=True)
            elif lock.try_acquire():
                self._closers.append(lock.release)
                self._store = open_store(check=True)
            else:
                self._store = _open_beside_owner(lock, self.lang)
            for notice in getattr(self._store, "notices", ()):
                print(f"secretary-app: {_pick(notice, self.lang)}", file=sys.stderr)
        return self._store

    def out_json(self, obj: Any) -> None:
        sys.stdout.write(json.dumps(obj, ensure_ascii=False, default=str) + "\n")

    def close(self) -> None:
        if self._store is not None:
            self._store.close()
        for closer in reversed(self._closers):
            closer()
        self._closers.clear()


def _open_beside_owner(lock, lang: str):
    """Read-only access while another process holds the lock (no migration, no writes)."""
    from secretary_app import paths
    from secretary_app.services.opening import prepare
    from secretary_app.store import revision
    from secretary_app.store.engine import Store

    prepare(paths.db_path(), holding_lock=False)  # the same checks; the owner sweeps and recovers
    if not revision.check(paths.db_path()).current:
        lock.acquire(lang)  # raises the clear "in use" message: an upgrade needs the lock
    return Store(paths.db_path(), readonly=True)


def _pick(text: str, lang: str) -> str:
    """One language of a "dansk / English" notice."""
    if " / " not in text:
        return text
    da, en = text.split(" / ", 1)
    return en if lang == "en" else da


OPTIONS_WITH_VALUE = ("--data-dir", "--lang", "--passphrase-file", "--recovery-key-file")


def wants_subcommand(argv: list[str]) -> bool:
    """True when argv names a subcommand (a positional word) or asks for help.

    Opening the window needs none of the subcommands' parsers; skipping them keeps the first
    paint sooner (about 7 ms of argparse set-up)."""
    skip = False
    for arg in argv:
        if skip:
            skip = False
        elif arg in ("-h", "--help"):
            return True
        elif arg in OPTIONS_WITH_VALUE:
            skip = True
        elif not arg.startswith("-"):
            return True
    return False


def build_parser(with_commands: bool = True) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="secretary-app",
        description="Medlemssekretær – værktøj til partigruppens medlemssekretær. "
                    "Uden underkommando åbnes programmets vindue.",
    )
    parser.add_argument("--version", action="version", version=f"secretary-app {__version__}")
    parser.add_argument("--data-dir", metavar="DIR",
                        help=f"datamappe (ellers ${paths.ENV_DATA_DIR} eller brugerens datamappe)")
    parser.add_argument("--lang", choices=("da", "en"), default=None,
                        help="sprog for meddelelser og vindue (standard: indstillingen, ellers dansk)")
    parser.add_argument("--passphrase-file", metavar="FIL",
                        help="fil med adgangssætningen til en krypteret database (når nøgleringen ikke kan låse op)")
    parser.add_argument("--recovery-key-file", metavar="FIL",
                        help="fil med gendannelsesnøglen til en krypteret database")
    parser.add_argument("--no-demo", action="store_true",
                        help="(uden virkning: vinduet opretter aldrig demodata af sig selv)")
    parser.add_argument("--smoke-test", action="store_true",
                        help="åbn hovedvinduet på en midlertidig datamappe, kontrollér ressourcer og afslut")
    if not with_commands:
        parser.set_defaults(command=None)
        return parser
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    reg = Registry(sub)
    for name in COMMAND_MODULES:
        importlib.import_module(f"secretary_app.commands.{name}").register(reg)
    _secret_options_everywhere(sub)
    return parser


def _secret_options_everywhere(sub: argparse._SubParsersAction) -> None:
    """``--passphrase-file`` and ``--recovery-key-file`` also after the command's name
    (``secretary-app restore FILE --passphrase-file P``); the global value stands otherwise."""
    for parser in sub.choices.values():
        nested = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
        if nested:
            _secret_options_everywhere(nested[0])
            continue
        for flag in ("--passphrase-file", "--recovery-key-file"):
            if flag not in parser._option_string_actions:
                parser.add_argument(flag, metavar="FIL", default=argparse.SUPPRESS, help=argparse.SUPPRESS)


def _language(args: argparse.Namespace) -> str:
    if args.lang:
        return args.lang
    from secretary_app.services.settings import Settings

    return Settings.load().language


def _undecodable(arg: str) -> bool:
    try:
        arg.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def _short(message: str, limit: int = 2_000) -> str:
    """A message that quotes a pasted megabyte keeps its head and tail, not the megabyte."""
    if len(message) <= limit:
        return message
    return f"{message[:limit // 2]} … ({len(message) - limit:,} tegn udeladt / characters left out) … " \
           f"{message[-limit // 4:]}"


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser(with_commands=wants_subcommand(argv))
    args = parser.parse_args(argv)
    if args.data_dir:
        paths.set_data_dir(args.data_dir)

    if args.smoke_test:
        from secretary_app.ui.smoke import run_smoke_test

        return run_smoke_test(args)
    if not args.command:
        from secretary_app.ui.app import run_gui

        return run_gui(args)

    from secretary_app.domain.errors import AppError
    from secretary_app.store.revision import StoreTooNewError

    bad = next((a for a in (argv if argv is not None else sys.argv[1:]) if _undecodable(a)), None)
    if bad is not None:  # bytes that are not UTF-8 arrive as lone surrogates; SQLite cannot store them
        shown = bad.encode("utf-8", "backslashreplace").decode("ascii", "replace")[:200]
        en = (args.lang or "da") == "en"
        print("secretary-app: " + (f"The argument {shown} is not valid UTF-8 text; nothing was changed." if en
                                   else f"Argumentet {shown} er ikke gyldig UTF-8-tekst; intet er ændret."),
              file=sys.stderr)
        return 2
    sub_name = getattr(args, f"{args.command}_command", None)
    ctx = CliContext(lang=_language(args), command=f"{args.command} {sub_name}" if sub_name else args.command,
                     passphrase_file=args.passphrase_file, recovery_key_file=args.recovery_key_file)
    try:
        if ctx.command not in STORELESS_COMMANDS:
            ctx.unlock(required=False)
        return int(args.func(args, ctx) or 0)
    except AppError as exc:
        print(f"secretary-app: {_short(exc.message(ctx.lang))}", file=sys.stderr)
        return 2
    except StoreTooNewError as exc:
        print(f"secretary-app: {exc.message(ctx.lang)}", file=sys.stderr)
        return 3
    except BrokenPipeError:
        # `secretary-app ... | head` closed the pipe; that is not an error.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except Exception as exc:  # noqa: BLE001 - a full disk, a damaged file: a message; a bug: a report
        from secretary_app.services.failures import describe

        message = describe(exc, ctx.lang)
        if message is not None:
            print(f"secretary-app: {_short(message)}", file=sys.stderr)
            return 2
        from secretary_app.applog import write_crash_report

        report = write_crash_report(type(exc), exc, exc.__traceback__)
        print(f"secretary-app: uventet fejl ({type(exc).__name__}); fejlrapport: {report}", file=sys.stderr)
        return 1
    finally:
        ctx.close()


if __name__ == "__main__":
    raise SystemExit(main())
