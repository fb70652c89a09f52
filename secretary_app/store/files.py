"""File operations of the store: private files, symlink refusal, SQLite paths, fault points.

- Files holding personal data are created ``0600`` by ``os.open`` with the mode (never
  created first and tightened afterwards), and existing files are never re-moded.
- Files in the data folder are opened with ``O_NOFOLLOW``: a symlink planted in place of the
  database, its sidecars or the lock is refused with a clear message instead of followed.
- SQLite is opened by path, or by a ``file:`` URI with every character percent-quoted, so a
  ``?``, ``#`` or ``%`` in the data folder's path is a file name, never URI syntax.
- ``fault_point`` numbers every file operation of a restore, backup, erase or migration; the
  fault-injection test (tests/e2e/test_fault_injection.py) sets ``SECRETARY_APP_FAULT_AT=N``
  to end the process at the N-th, as a power cut would. Unset, it costs one dict lookup.

Standard library only (no Qt, no SQLAlchemy).
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from secretary_app.domain.errors import AppError

if TYPE_CHECKING:
    import sqlite3

# sqlite3 and urllib are imported where used: the instance lock (before the window's first
# paint) needs only the symlink checks.

FAULT_AT_ENV = "SECRETARY_APP_FAULT_AT"  # end the process (exit 137) at this fault point
FAULT_LOG_ENV = "SECRETARY_APP_FAULT_LOG"  # append "N label" for every fault point to this file
FAULT_EXIT = 137
_count = 0

O_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)


class SymlinkRefused(AppError):
    """A file the store owns is a symbolic link."""


def fault_point(label: str) -> None:
    """Called right before each file operation that matters for crash safety."""
    at, log = os.environ.get(FAULT_AT_ENV), os.environ.get(FAULT_LOG_ENV)
    if not at and not log:
        return
    global _count
    _count += 1
    if log:
        with open(log, "a", encoding="utf-8") as fh:
            fh.write(f"{_count} {label}\n")
    if at and _count == int(at):
        os._exit(FAULT_EXIT)


def replace(src: Path, dst: Path) -> None:
    fault_point(f"replace {Path(src).name} -> {Path(dst).name}")
    os.replace(src, dst)


def unlink(path: Path, missing_ok: bool = True) -> None:
    path = Path(path)
    if missing_ok and not os.path.lexists(path):
        return
    fault_point(f"unlink {path.name}")
    try:
        os.unlink(path)
    except FileNotFoundError:
        if not missing_ok:
            raise


def fsync_file(path: Path) -> None:
    fault_point(f"fsync {Path(path).name}")
    fd = os.open(path, os.O_RDONLY | O_NOFOLLOW)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return
    fault_point(f"fsync {Path(folder).name}/")
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def refuse_symlink(path: Path) -> None:
    path = Path(path)
    if path.is_symlink():
        raise SymlinkRefused(
            f"{path} er en symbolsk henvisning (symlink). Programmet følger ikke henvisninger i "
            "datamappen, så data ikke skrives et andet sted hen; erstat den med den rigtige fil.",
            f"{path} is a symbolic link. The app follows no links inside the data folder, so no data is "
            "written elsewhere; replace it with the real file.")


def create_private(path: Path, *, exclusive: bool = False) -> None:
    """Create ``path`` as an empty 0600 file unless it exists; never follows a symlink."""
    path = Path(path)
    refuse_symlink(path)
    flags = os.O_CREAT | os.O_WRONLY | O_NOFOLLOW | (os.O_EXCL if exclusive else 0)
    try:
        fd = os.open(path, flags, 0o600)
    except FileExistsError:
        if exclusive:
            raise
        return
    os.close(fd)


def new_private_file(path: Path) -> None:
    """A fresh, empty 0600 file (any old file of that name is removed first)."""
    path = Path(path)
    if os.path.lexists(path):
        os.unlink(path)
    create_private(path, exclusive=True)


def sqlite_uri(path: Path, **params: str) -> str:
    """A ``file:`` URI for ``path`` with every URI character quoted (``?``, ``#``, ``%``, …)."""
    import urllib.parse

    quoted = urllib.parse.quote(str(Path(path).absolute()), safe="/")
    query = "&".join(f"{k}={v}" for k, v in params.items())
    return f"file:{quoted}" + (f"?{query}" if query else "")


def connect_readonly(path: Path, timeout: float = 5, check_same_thread: bool = True) -> "sqlite3.Connection":
    import sqlite3

    return sqlite3.connect(sqlite_uri(path, mode="ro"), uri=True, timeout=timeout,
                           check_same_thread=check_same_thread)


def connect_immutable(path: Path, timeout: float = 5) -> "sqlite3.Connection":
    import sqlite3

    return sqlite3.connect(sqlite_uri(path, immutable="1"), uri=True, timeout=timeout)


def loose_mode(path: Path) -> int | None:
    """The permission bits of ``path`` when group or others may read or enter it, else None."""
    if os.name != "posix":
        return None
    try:
        mode = os.stat(path).st_mode & 0o777
    except OSError:
        return None
    return mode if mode & 0o077 else None


def read_only_file(path: Path) -> bool:
    """True when the owner's write bit is off (root ignores it, so os.access would not tell)."""
    if os.name != "posix":
        return not os.access(path, os.W_OK)
    try:
        return not (os.stat(path).st_mode & 0o200)
    except OSError:
        return False
