"""SQLCipher under the store: open an encrypted file, and copy a store into or out of one.

``sqlcipher3`` (the ``sqlcipher3-wheels`` distribution: SQLCipher 4 community edition with
FTS5, wheels for Windows, macOS and Linux, zlib licence) has the same DB-API as the standard
library's ``sqlite3``, so SQLAlchemy's pysqlite dialect, FTS5 and the online backup API work
unchanged on its connections. The key is the raw 32-byte key from ``store/keys.py``, given
as a hex blob so SQLCipher skips its own key derivation (ours already stretched the secret).

Keys unlocked in this process are remembered here (``remember``), so every part of the store
that opens a file (checks, backups, restore, migrations, the read-only preview) opens an
encrypted one with its key through ``open_file`` without each caller carrying it. A file is
told encrypted by its first 16 bytes; the copies the store makes of an encrypted file (backups,
check copies, restore staging) are encrypted with the same key.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path
from typing import Any

from secretary_app.domain.errors import AppError

PLAIN_HEADER = b"SQLite format 3\x00"

_KEYS: list[bytes] = []  # unlocked in this process, newest first


def remember(key: bytes) -> None:
    """Keep an unlocked key for this process (tried on every encrypted file the store opens)."""
    if len(key) != 32:
        raise ValueError("a database key has 32 bytes")
    if key in _KEYS:
        _KEYS.remove(key)
    _KEYS.insert(0, key)


def forget_all() -> None:
    """Drop every remembered key (the window locks; a test starts clean)."""
    _KEYS.clear()


def database_errors() -> tuple[type[BaseException], ...]:
    """``sqlite3.DatabaseError`` and, once loaded, sqlcipher3's (no subclass of it)."""
    import sys

    mod = sys.modules.get("sqlcipher3")
    return (sqlite3.DatabaseError,) + ((mod.DatabaseError,) if mod is not None else ())


def errors() -> tuple[type[BaseException], ...]:
    import sys

    mod = sys.modules.get("sqlcipher3")
    return (sqlite3.Error,) + ((mod.Error,) if mod is not None else ())


def available() -> bool:
    try:
        import sqlcipher3  # noqa: F401
    except ImportError:
        return False
    return True


def dbapi():
    try:
        import sqlcipher3
    except ImportError:
        raise AppError("Krypteringsmodulet (SQLCipher) mangler i denne installation.",
                       "The encryption module (SQLCipher) is missing from this installation.") from None
    return sqlcipher3


def _key_pragma(key: bytes) -> str:
    if len(key) != 32:
        raise ValueError("a database key has 32 bytes")
    return f"PRAGMA key = \"x'{key.hex()}'\""


def is_encrypted(path: Path) -> bool:
    """A file that exists and is not a plain SQLite file (its first 16 bytes say which)."""
    try:
        with open(path, "rb") as fh:
            head = fh.read(16)
    except FileNotFoundError:
        return False
    return len(head) == 16 and head != PLAIN_HEADER


def _fits(path: Path, key: bytes) -> bool:
    from secretary_app.store.files import sqlite_uri

    try:
        connect(sqlite_uri(path, immutable="1"), key, timeout=1, uri=True).close()
    except AppError:
        return False
    return True


def key_for(path: Path | str) -> bytes | None:
    """The remembered key of an encrypted file; None for a plain (or new, empty) file and for
    one no remembered key opens (it then fails as "not a database", like any damaged file)."""
    path = Path(path)
    if not _KEYS or not is_encrypted(path):
        return None
    if len(_KEYS) == 1:
        return _KEYS[0]
    return next((k for k in _KEYS if _fits(path, k)), None)


def open_file(path: Path | str, *, mode: str = "rw", timeout: float = 5.0, check_same_thread: bool = True,
              key: bytes | None = None) -> Any:
    """A connection to a plain or encrypted store file. ``mode``: "rw", "ro" or "immutable"
    (by a fully quoted ``file:`` URI, so no character of the path is URI syntax)."""
    from secretary_app.store.files import sqlite_uri

    path = Path(path).absolute()
    key = key if key is not None else key_for(path)
    target, uri = (str(path), False) if mode == "rw" else (
        sqlite_uri(path, **({"mode": "ro"} if mode == "ro" else {"immutable": "1"})), True)
    if key is None:
        return sqlite3.connect(target, timeout=timeout, uri=uri, check_same_thread=check_same_thread)
    return connect(target, key, timeout=timeout, uri=uri, check_same_thread=check_same_thread)


def connect(path: Path | str, key: bytes, *, timeout: float = 10.0, uri: bool = False,
            check_same_thread: bool = True) -> Any:
    """A DB-API connection to an encrypted file; a wrong key is an AppError, not garbage."""
    mod = dbapi()
    con = mod.connect(str(path), timeout=timeout, uri=uri, check_same_thread=check_same_thread)
    try:
        con.execute("PRAGMA cipher_log_level = NONE")  # no "hmac check failed" lines on stderr
        con.execute(_key_pragma(key))
        con.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except mod.DatabaseError:
        con.close()
        raise AppError("Nøglen passer ikke til databasen, eller filen er ikke en database.",
                       "The key does not fit the database, or the file is not a database.") from None
    return con


def _export(src: Any, target: Path, attach_key: str, user_version: int) -> None:
    src.execute(f"ATTACH DATABASE ? AS target KEY {attach_key}", (str(target),))
    try:
        src.execute("SELECT sqlcipher_export('target')")
        src.execute(f"PRAGMA target.user_version = {int(user_version)}")
    finally:
        src.execute("DETACH DATABASE target")


def _private_new(path: Path) -> None:
    fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY | getattr(os, "O_NOFOLLOW", 0), 0o600)
    os.close(fd)


def encrypt_copy(plain: Path, target: Path, key: bytes) -> None:
    """Write an encrypted copy of a plain store to ``target`` (which must not exist)."""
    _private_new(target)
    mod = dbapi()
    src = mod.connect(str(plain))
    try:
        version = src.execute("PRAGMA user_version").fetchone()[0]
        _export(src, target, f"\"x'{key.hex()}'\"", version)
    finally:
        src.close()


def decrypt_copy(encrypted: Path, target: Path, key: bytes) -> None:
    """Write a plain copy of an encrypted store to ``target`` (which must not exist)."""
    _private_new(target)
    src = connect(encrypted, key)
    try:
        version = src.execute("PRAGMA user_version").fetchone()[0]
        _export(src, target, "''", version)
    finally:
        src.close()


def verify(path: Path, key: bytes | None) -> list[str]:
    """``PRAGMA quick_check`` of a plain (key None) or encrypted file: [] when healthy."""
    con = connect(path, key) if key is not None else sqlite3.connect(str(path))
    try:
        rows = [r[0] for r in con.execute("PRAGMA quick_check").fetchall()]
    finally:
        con.close()
    return [] if rows == ["ok"] else rows
