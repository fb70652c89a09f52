"""Open the store for the app or the CLI: checked first, then migrated, ready.

Before anything writes, ``prepare`` runs the same checks as the window: no symlink in place of
a file the store owns, an interrupted restore finished (or the old database put back), crash
leftovers swept, a read-only database refused, and SQLite's quick_check. A database that fails
is refused untouched with the rescue message (the newest good backup and how to restore it);
a missing one with backups or aside files around is refused too, never replaced by a new store.
"""

from __future__ import annotations

from pathlib import Path

from secretary_app import paths
from secretary_app.domain.errors import AppError
from secretary_app.store import files
from secretary_app.store.engine import Store
from secretary_app.store.migrate import ensure_schema


class StoreProblem(AppError):
    """The database cannot be used as it is; nothing was changed."""


def backups_folder(db_file: Path) -> Path:
    return paths.data_dir(create=False) / "backups" if db_file.parent == paths.data_dir(create=False) \
        else db_file.parent / "backups"


def _restore_hint(db_file: Path) -> tuple[str, str]:
    from secretary_app.store import backups

    good = backups.newest_good_backup(backups_folder(db_file))
    if good is None:
        folder = backups_folder(db_file)
        return (f"Der er ingen brugbar sikkerhedskopi i {folder}.", f"There is no usable backup in {folder}.")
    when = good.created.strftime("%d-%m-%Y %H:%M")
    return (f"Nyeste gode sikkerhedskopi: {good.path} ({when}). Gendan med: secretary-app restore \"{good.path}\" "
            "eller åbn programmet (nødtilstand).",
            f"Newest good backup: {good.path} ({when}). Restore with: secretary-app restore \"{good.path}\" "
            "or open the app (rescue mode).")


def missing_problem(db_file: Path) -> StoreProblem | None:
    """A missing database that once existed (backups or aside files are there), else None."""
    from secretary_app.store.restore import missing_evidence

    db_file = Path(db_file)
    if db_file.exists():
        return None
    evidence = missing_evidence(db_file, backups_folder(db_file))
    if not evidence:
        return None
    da, en = _restore_hint(db_file)
    return StoreProblem(
        f"Databasen {db_file} mangler, men {evidence[0]} viser, at den har fandtes. Der oprettes ingen ny, "
        f"tom database. {da}",
        f"The database {db_file} is missing, but {evidence[0]} shows that it existed. No new, empty database "
        f"is created. {en}")


def damaged_problem(db_file: Path, problems: list[str]) -> StoreProblem:
    da, en = _restore_hint(db_file)
    shown = "; ".join(problems[:3])
    return StoreProblem(
        f"Databasen {db_file} er beskadiget (SQLite's kontrol: {shown}). Den er ikke ændret og åbnes ikke "
        f"for skrivning. {da}",
        f"The database {db_file} is damaged (SQLite's check: {shown}). It was not changed and is not opened "
        f"for writing. {en}")


def refuse_symlinks(db_file: Path) -> None:
    from secretary_app.store.backups import sidecars

    for p in (db_file, *sidecars(db_file), db_file.parent / "backups", db_file.parent / paths.SETTINGS_FILENAME):
        files.refuse_symlink(p)


def recover_and_sweep(db_file: Path) -> str | None:
    """For the holder of the lock: finish an interrupted restore, remove crash leftovers."""
    from secretary_app.store.backups import sweep_leftovers
    from secretary_app.store.restore import recover_missing

    from secretary_app.store.conversion import sweep_shreds

    note = recover_missing(db_file)
    for folder in (db_file.parent, db_file.parent / "backups"):
        sweep_shreds(folder)  # before the sweep below, which would only unlink them
    sweep_leftovers(db_file.parent)
    return note


def prepare(db_file: Path, *, holding_lock: bool = True) -> list[str]:
    """The checks before a command opens the store; raises StoreProblem. Returns notices.

    Only the holder of the lock runs quick_check (on a copy when there is a WAL): beside a
    running window the copy could catch a write half-way and call a sound file damaged."""
    from secretary_app.store import backups

    db_file = Path(db_file).absolute()
    refuse_symlinks(db_file)
    notices = []
    if holding_lock and db_file.parent.is_dir():
        note = recover_and_sweep(db_file)
        if note:
            notices.append(note)
    if not db_file.exists():
        problem = missing_problem(db_file)
        if problem is not None:
            raise problem
        return notices
    refuse_read_only(db_file)
    refuse_locked(db_file)
    if holding_lock:
        problems = backups.quick_check(db_file)
        if problems != ["ok"]:
            raise damaged_problem(db_file, problems)
    return notices


def refuse_locked(db_file: Path) -> None:
    """An encrypted store needs its key unlocked first (``services/encryption.unlock_key``);
    without ``keys.json`` beside it, an unreadable file is a damaged one, not a locked one."""
    from secretary_app.services import encryption

    if encryption.locked(db_file) and encryption.keys_file(db_file).exists():
        raise encryption.locked_error(db_file)


def refuse_read_only(db_file: Path) -> None:
    """SQLite would open a read-only file and leave a -shm the owner cannot write later."""
    if db_file.exists() and files.read_only_file(db_file):
        raise StoreProblem(
            f"Databasen {db_file} er skrivebeskyttet; programmet ændrer ikke filens rettigheder. Gør den "
            f"skrivbar (chmod 600 \"{db_file}\"), og prøv igen. Intet er ændret.",
            f"The database {db_file} is read-only; the app does not change the file's permissions. Make it "
            f"writable (chmod 600 \"{db_file}\") and try again. Nothing was changed.")


def open_store(db_file: Path | None = None, *, check: bool = False, key: bytes | None = None) -> Store:
    """Open (creating or upgrading) the database; StoreTooNewError leaves it untouched.

    ``check`` runs ``prepare`` first (the CLI does; the window runs the same checks itself to
    offer the rescue mode). A pending scrub of an erased member is finished here. ``key``: the
    store is encrypted with it (a new one is created encrypted); without it, an encrypted store
    opens with the key unlocked earlier in this process, else the "locked" AppError."""
    from secretary_app.store import cipher

    db_file = Path(db_file) if db_file else paths.db_path()
    if key is not None and db_file.exists() and db_file.stat().st_size > 0 and not cipher.is_encrypted(db_file):
        key = None  # a plain store stays plain (`secretary-app encrypt` converts it)
    if key is not None:
        cipher.remember(key)
    notices = prepare(db_file) if check else []
    refuse_locked(db_file)
    from secretary_app.services.store_conversion import finish_pending

    pending = finish_pending(db_file)  # a conversion a kill interrupted: its copies
    if pending:
        notices.append(" / ".join(pending))
    paths.make_private_dir(db_file.parent)
    ensure_schema(db_file, backups_folder(db_file), key=key)
    store = Store(db_file, key=key)
    from secretary_app.services.members_gdpr import ScrubError, finish_pending_scrub

    try:
        finished = finish_pending_scrub(store)
    except ScrubError as exc:  # the data is usable; the scrub is tried again next time
        notices.append(f"{exc.da} / {exc.en}")
        finished = False
    if finished:
        notices.append("En afbrudt sletning af et medlem er gjort færdig: teksten er nu også væk fra filen. / "
                       "An interrupted member erase was finished: the text is now gone from the file too.")
    store.notices = notices
    return store
