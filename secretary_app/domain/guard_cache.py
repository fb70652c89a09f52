"""A start-up cache of the guard's prepared rules and model.

Building the rule index (translating a thousand readable patterns, their gates and prefix
indexes) and reading the model's JSON take a fifth of a second or more: as long as checking a
thousand requests, and paid by every ``guard check`` and by the app's first check. The prepared
``RuleBook`` is kept as a pickle in the user's cache folder, named by a hash of the rules
file, the model file and the code that builds them (or the bundle, when frozen), so an edited
rule, a retrained model or a new version builds afresh.

Nothing is lost when the cache is: a file that cannot be read, is not the user's own, is
writable by others or does not hold a RuleBook is ignored and written again. It is written
with write-then-rename in a private folder, mode 0600; it holds only the shipped rules and
model, never a request.
"""

from __future__ import annotations

import array
import hashlib
import importlib
import json
import os
import pickle
import re
import sys
import time
from pathlib import Path

PREFIX = "guard-rules-"
SUFFIX = ".pickle"
KEEP_OTHERS = 2  # cached rules of other versions kept beside the current one
STALE_SECONDS = 600  # a temporary file this old was left by a process that died writing it
_CODE = ("guard", "guard_model", "guard_patterns", "guard_text", "guard_cache")


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
        if name is not None:
            store(cache_dir, name, book)
    return book


def key(rules_path: Path) -> str | None:
    """The cache name for these rules; None when a file cannot be read (then no cache)."""
    h = hashlib.sha256(f"{sys.version}|{pickle.HIGHEST_PROTOCOL}|{_sre_version()}".encode())
    try:
        raw = rules_path.read_bytes()
        h.update(raw)
        model = (json.loads(raw).get("model") or {}).get("file")
        if model:
            h.update(b"\0model\0")
            h.update((rules_path.parent / model).read_bytes())
    except (OSError, ValueError, AttributeError):
        return None
    for name in _CODE:
        module = importlib.import_module(f"secretary_app.domain.{name}")
        try:
            h.update(Path(module.__file__).read_bytes())  # type: ignore[union-attr, arg-type]
        except (AttributeError, TypeError, OSError):
            # Frozen: no sources to read; the bundle itself says which code this is.
            try:
                st = os.stat(sys.executable)
                h.update(f"{sys.executable}|{st.st_size}|{st.st_mtime_ns}".encode())
            except OSError:
                return None
    return h.hexdigest()[:32]


def load(cache_dir: Path, name: str):
    """The cached RuleBook of this name, or None."""
    from secretary_app.domain.guard import RuleBook

    path = cache_dir / f"{PREFIX}{name}{SUFFIX}"
    try:
        with open(path, "rb") as fh:
            st = os.fstat(fh.fileno())
            if os.name == "posix" and (st.st_uid != os.getuid() or st.st_mode & 0o022):
                return None  # someone else could have written it: never unpickle that
            kept = pickle.load(fh)
        book = kept["book"]
        if not isinstance(book, RuleBook):
            return None
    except FileNotFoundError:
        return None
    except Exception:  # noqa: BLE001 - a torn or foreign file of any kind: build afresh
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
        fd, tmp = tempfile.mkstemp(prefix=".guard-", suffix=".tmp", dir=cache_dir)  # mode 0600
        with os.fdopen(fd, "wb") as fh:
            pickle.dump(state, fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, cache_dir / f"{PREFIX}{name}{SUFFIX}")
        tmp = None
        # Rules of other versions: a few are kept (a bundle and a source checkout may take
        # turns), older ones go.
        others = sorted((p for p in cache_dir.glob(f"{PREFIX}*{SUFFIX}") if p.name != f"{PREFIX}{name}{SUFFIX}"),
                        key=lambda p: p.stat().st_mtime, reverse=True)
        for old in others[KEEP_OTHERS:]:
            old.unlink(missing_ok=True)
        for torn in cache_dir.glob(".guard-*.tmp"):  # a process killed while writing
            if torn.stat().st_mtime < time.time() - STALE_SECONDS:
                torn.unlink(missing_ok=True)
    except (OSError, pickle.PicklingError, RecursionError):
        pass  # a read-only or full disk: the next process builds again
    finally:
        if tmp is not None:
            try:
                os.unlink(tmp)
            except OSError:
                pass
        _thaw_all(book, patterns, unless)  # compiled once already: this process uses them too


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
    import _sre

    for typecode in ("I", "L"):
        if array.array(typecode).itemsize == _sre.CODESIZE:
            return typecode
    return None


def _frozen(rx: str):
    """``rx`` as the arguments ``re`` gives ``_sre.compile`` (the code packed), or None."""
    try:
        from re import _compiler, _parser  # type: ignore[attr-defined]

        typecode = _code_type()
        if typecode is None:
            return None
        parsed = _parser.parse(rx, 0)
        code = array.array(typecode, _compiler._code(parsed, 0)).tobytes()
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
        return _sre.compile(pattern, flags, array.array(_code_type(), code).tolist(), groups,
                            groupindex, indexgroup)
    except Exception:  # noqa: BLE001 - a mismatch of any kind: the text stays, compiled when needed
        return None


def _frozen_all(book) -> tuple[list, list]:
    """Every expression of ``book`` (as text: ``_portable``) frozen, by position."""
    patterns = [_frozen(rx) if isinstance(rx, str) else None for rx in book._rx]
    unless = [_frozen(r.unless) if isinstance(r.unless, str) else None for r in book.rules]
    return patterns, unless


def _thaw_all(book, patterns, unless) -> None:
    if len(patterns) == len(book._rx):
        for i, frozen in enumerate(patterns):
            if frozen is not None and isinstance(book._rx[i], str):
                compiled = _thawed(frozen, book._rx[i])
                if compiled is not None:
                    book._rx[i] = compiled
    if len(unless) == len(book.rules):
        for rule, frozen in zip(book.rules, unless):
            if frozen is not None and isinstance(rule.unless, str):
                compiled = _thawed(frozen, rule.unless)
                if compiled is not None:
                    rule.unless = compiled
