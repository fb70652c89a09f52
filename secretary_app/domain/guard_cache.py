"""A start-up cache of the guard's prepared rules and model.

Building the rule index (translating a thousand readable patterns, their gates and prefix
indexes), compiling its expressions and reading the model's JSON take half a second: as long
as checking a thousand requests, and paid by every ``guard check`` and by the app's first
check. The prepared ``RuleBook`` is kept as a pickle in the user's cache folder, named by a hash
of the rules file, the model file and the code that builds them (or the bundle, when frozen),
so an edited rule, a retrained model or a new version builds afresh.

Nothing is lost when the cache is. It is used only in a folder that is the user's own and
that others cannot write to (reached without following a link); a file that is not a regular
file, is not the user's own, is writable by others, is too big, does not match its checksum
or does not hold a RuleBook is ignored and written again. It is written with
write-then-rename, mode 0600; it holds only the shipped rules and model, never a request.
"""

from __future__ import annotations

import array
import hashlib
import json
import os
import pickle
import re
import stat
import sys
import time
from pathlib import Path

PREFIX = "guard-rules-"
SUFFIX = ".pickle"
_DIGEST = 32  # the file: sha256 of the pickle, then the pickle
MAX_BYTES = 64 * 1024 * 1024  # the real file is about 3 MB; anything far bigger is not ours
KEEP_OTHERS = 2  # cached rules of other versions kept beside the current one
STALE_SECONDS = 600  # a temporary file this old was left by a process that died writing it
_CODE = ("guard", "guard_model", "guard_patterns", "guard_text", "guard_cache")


def _code_key() -> str:
    """The code that builds a RuleBook, as this process loaded it. Taken when the guard is
    imported (``guard`` imports this module), so sources edited later, while a window runs,
    never name a cache after code this process does not run."""
    h = hashlib.sha256(f"{sys.version}|{pickle.HIGHEST_PROTOCOL}|{_sre_version()}".encode())
    for name in _CODE:
        try:
            path = Path(__file__).with_name(f"{name}.py")
            h.update(path.read_bytes())
        except OSError:
            # Frozen: no sources to read; the bundle itself says which code this is.
            try:
                st = os.stat(sys.executable)
                h.update(f"{sys.executable}|{st.st_size}|{st.st_mtime_ns}".encode())
            except OSError:
                return ""
    return h.hexdigest()


_DIR: Path | None = None


def use_dir(path: str | Path | None) -> None:
    """Where ``guard.default_rulebook`` keeps the prepared rules between processes; None:
    build them in every process (the default: a library user or a test opts in)."""
    global _DIR
    _DIR = Path(path) if path else None


def load_or_build(rules_path: Path, cache_dir: Path | None = None):
    """The RuleBook of ``rules_path``: from the cache when it holds these rules, else built
    (and kept for the next process)."""
    from secretary_app.domain.guard import RuleBook

    cache_dir = cache_dir or _DIR
    if cache_dir is None:
        return RuleBook.load(rules_path)
    name = key(rules_path)
    book = load(cache_dir, name) if name is not None else None
    if book is None:
        book = RuleBook.load(rules_path)
        # Kept only when the files did not change while they were read (an edit or an
        # update in between must not be cached under the other version's name).
        if name is not None and key(rules_path) == name:
            store(cache_dir, name, book)
    return book


def key(rules_path: Path) -> str | None:
    """The cache name for these rules; None when a file cannot be read (then no cache)."""
    code = _CODE_KEY
    if not code:
        return None
    h = hashlib.sha256(code.encode())
    try:
        raw = rules_path.read_bytes()
        h.update(raw)
        model = (json.loads(raw).get("model") or {}).get("file")
        if model:
            h.update(b"\0model\0")
            h.update((rules_path.parent / model).read_bytes())
    except (OSError, ValueError, AttributeError):
        return None
    return h.hexdigest()[:32]


def _own_folder(cache_dir: Path) -> int | None:
    """An open descriptor of ``cache_dir`` when it is a real folder (not a link) of this user
    that others cannot write to; None otherwise. Files are then opened relative to it, so the
    folder checked is the folder read."""
    if os.name != "posix" or os.open not in os.supports_dir_fd:
        return -1  # no modes, no owners to check (Windows): the profile folder is the user's
    try:
        fd = os.open(cache_dir, os.O_RDONLY | os.O_DIRECTORY | os.O_NOFOLLOW | os.O_CLOEXEC)
    except OSError:
        return None
    st = os.fstat(fd)
    if st.st_uid != os.getuid() or st.st_mode & 0o022:
        os.close(fd)
        return None
    return fd


def _read(cache_dir: Path, filename: str) -> bytes | None:
    folder = _own_folder(cache_dir)
    if folder is None:
        return None
    try:
        if folder == -1:
            flags, where = os.O_RDONLY | getattr(os, "O_BINARY", 0), {}
            target = str(cache_dir / filename)
        else:
            # Not a link, and never waiting on a pipe that someone put at the name.
            flags = os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK | os.O_CLOEXEC
            where, target = {"dir_fd": folder}, filename
        fd = os.open(target, flags, **where)
        with open(fd, "rb", closefd=True) as fh:
            st = os.fstat(fh.fileno())
            if not stat.S_ISREG(st.st_mode) or st.st_size > MAX_BYTES:
                return None
            if os.name == "posix" and (st.st_uid != os.getuid() or st.st_mode & 0o022):
                return None  # someone else could have written it: never unpickle that
            return fh.read(MAX_BYTES + 1)
    except OSError:
        return None
    finally:
        if folder >= 0:
            os.close(folder)


def load(cache_dir: Path, name: str):
    """The cached RuleBook of this name, or None."""
    from secretary_app.domain.guard import RuleBook

    data = _read(cache_dir, f"{PREFIX}{name}{SUFFIX}")
    if data is None or len(data) > MAX_BYTES:
        return None
    digest, payload = data[:_DIGEST], memoryview(data)[_DIGEST:]
    if hashlib.sha256(payload).digest() != digest:
        return None  # torn or damaged on disk (a changed byte could change a verdict)
    try:
        kept = pickle.loads(payload)
        book = kept["book"]
        if not isinstance(book, RuleBook):
            return None
    except Exception:  # noqa: BLE001 - a foreign file of any kind: build afresh
        return None
    _thaw_all(book, kept.get("patterns") or (), kept.get("unless") or ())
    return book


def store(cache_dir: Path, name: str, book) -> None:
    """Keep ``book`` (as just built: its caches empty) for the next process; best effort."""
    import tempfile  # only when writing: its imports cost more than reading the cache

    patterns, unless = _frozen_all(_portable(book))
    state = {"book": book, "patterns": patterns, "unless": unless}
    tmp = None
    try:
        cache_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
        folder = _own_folder(cache_dir)
        if folder is None:
            return  # a folder others may write to: nothing of ours is read from it either
        if folder >= 0:
            os.close(folder)
        payload = pickle.dumps(state, protocol=pickle.HIGHEST_PROTOCOL)
        fd, tmp = tempfile.mkstemp(prefix=".guard-", suffix=".tmp", dir=cache_dir)  # mode 0600
        with os.fdopen(fd, "wb") as fh:
            fh.write(hashlib.sha256(payload).digest() + payload)
        os.replace(tmp, cache_dir / f"{PREFIX}{name}{SUFFIX}")
        tmp = None
        _tidy(cache_dir, f"{PREFIX}{name}{SUFFIX}")
    except (OSError, pickle.PicklingError, RecursionError):
        pass  # a read-only or full disk: the next process builds again
    finally:
        if tmp is not None:
            try:
                os.unlink(tmp)
            except OSError:
                pass
        _thaw_all(book, patterns, unless)  # compiled once already: this process uses them too


def _tidy(cache_dir: Path, current: str) -> None:
    """Rules of other versions: a few are kept (a bundle and a source checkout may take
    turns), older ones go; so do temporary files of processes killed while writing. One odd
    entry (a dangling link, a file gone meanwhile) stops nothing."""
    def age(p: Path) -> float:
        try:
            return p.lstat().st_mtime
        except OSError:
            return 0.0

    others = sorted((p for p in cache_dir.glob(f"{PREFIX}*{SUFFIX}") if p.name != current),
                    key=age, reverse=True)
    now = time.time()
    for old in others[KEEP_OTHERS:] + [t for t in cache_dir.glob(".guard-*.tmp") if age(t) < now - STALE_SECONDS]:
        try:
            old.unlink()
        except OSError:
            pass


def _portable(book):
    """``book`` with its compiled expressions as text (a compiled pattern pickles as its text
    and is compiled again on loading; as text it is compiled when a request first needs it,
    as every readable pattern already is)."""
    for i, rx in enumerate(book._rx):
        if isinstance(rx, re.Pattern):
            book._rx[i] = rx.pattern
    for rule in book.rules:
        rule.patterns = [rx.pattern if isinstance(rx, re.Pattern) else rx for rx in rule.patterns]
        if isinstance(rule.unless, re.Pattern):
            rule.unless = rule.unless.pattern
    return book


# ---------------------------------------------------------------- compiled expressions
# Compiling the thousand expressions takes a quarter of a second, more than loading all else;
# ``re`` parses each pattern in Python and hands the resulting code to ``_sre.compile``. The
# cache keeps that code (for this very Python: ``key`` holds its version and the engine's
# magic number), so a process gets every expression compiled in a few milliseconds, and
# forked workers share them. Anything unexpected falls back to compiling when needed.


def _sre_version() -> str:
    try:
        import _sre

        return f"{_sre.MAGIC}|{_sre.CODESIZE}"
    except (ImportError, AttributeError):
        return "-"


def _code_type() -> str | None:
    """The array type of the engine's code words (None: an engine of another shape)."""
    try:
        import _sre

        return next((t for t in ("I", "L") if array.array(t).itemsize == _sre.CODESIZE), None)
    except (ImportError, AttributeError):
        return None


_CODE_TYPE = _code_type()


def _frozen(rx: str):
    """``rx`` as the arguments ``re`` gives ``_sre.compile`` (the code packed), or None."""
    try:
        from re import _compiler, _parser  # type: ignore[attr-defined]

        if _CODE_TYPE is None:
            return None
        parsed = _parser.parse(rx, 0)
        code = array.array(_CODE_TYPE, _compiler._code(parsed, 0)).tobytes()
        groupindex = dict(parsed.state.groupdict)
        indexgroup = [None] * parsed.state.groups
        for group, i in groupindex.items():
            indexgroup[i] = group
        return (rx, parsed.state.flags, code, parsed.state.groups - 1, groupindex, tuple(indexgroup))
    except Exception:  # noqa: BLE001 - another Python's internals: compile when needed instead
        return None


def _thawed(frozen, rx: str):
    """The compiled expression ``rx`` from its frozen form, or None."""
    try:
        import _sre

        pattern, flags, code, groups, groupindex, indexgroup = frozen
        if pattern != rx:
            return None
        return _sre.compile(pattern, flags, array.array(_CODE_TYPE, code).tolist(), groups,
                            groupindex, indexgroup)
    except Exception:  # noqa: BLE001 - a mismatch of any kind: the text stays, compiled when needed
        return None


def _frozen_all(book) -> tuple[list, list]:
    """Every expression of ``book`` (as text: ``_portable``) frozen, by position."""
    patterns = [_frozen(rx) if isinstance(rx, str) else None for rx in book._rx]
    unless = [_frozen(r.unless) if isinstance(r.unless, str) else None for r in book.rules]
    return patterns, unless


def _compiled(rx, frozen):
    """``rx`` compiled from its frozen form when it is text and the form fits; else as it was."""
    if frozen is None or not isinstance(rx, str):
        return rx
    return _thawed(frozen, rx) or rx


def _thaw_all(book, patterns, unless) -> None:
    if len(patterns) == len(book._rx):
        book._rx[:] = map(_compiled, book._rx, patterns)
    if len(unless) == len(book.rules):
        for rule, frozen in zip(book.rules, unless):
            rule.unless = _compiled(rule.unless, frozen)


_CODE_KEY = _code_key()
