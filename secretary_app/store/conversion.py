"""Convert one store file between plain and encrypted in place, never leaving neither.

Each file goes the same way: a converted copy written beside it (0600, ``.<name>.convert.tmp``),
checked (quick_check and the same row count in every table), fsynced; a hard link
``.<name>.shred.tmp`` keeps the old contents reachable; one ``os.replace`` puts the copy in
place; then the old contents are overwritten with zeros and removed. A kill before the rename
leaves the old file (the temporary files are swept at the next start); after it, the new one.
A shred file is overwritten only while it is the inode's sole name, so a kill between the link
and the rename never lets the sweep zero the live file.
"""

from __future__ import annotations

import os
from pathlib import Path

from secretary_app.domain.errors import AppError
from secretary_app.store import cipher, files

CONVERT_SUFFIX = ".convert.tmp"
SHRED_SUFFIX = ".shred.tmp"


def sidecars(path: Path) -> tuple[Path, Path, Path]:
    return (path.with_name(path.name + "-journal"), path.with_name(path.name + "-wal"),
            path.with_name(path.name + "-shm"))


def _counts(con) -> dict[str, int]:
    names = [n for (n,) in con.execute(
        "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'")]
    out = {}
    for name in names:
        quoted = name.replace('"', '""')
        try:
            out[name] = con.execute(f'SELECT count(*) FROM "{quoted}"').fetchone()[0]
        except cipher.database_errors():  # an FTS5 shadow table the module reads itself
            continue
    return out


def _table_counts(path: Path, key: bytes | None) -> dict[str, int]:
    con = cipher.open_file(path, mode="immutable", key=key) if key else \
        cipher.sqlite3.connect(files.sqlite_uri(path, immutable="1"), uri=True)
    try:
        return _counts(con)
    finally:
        con.close()


def shred(path: Path) -> None:
    """Overwrite a file's bytes with zeros, fsync, remove it; only when no other name shares them."""
    path = Path(path)
    try:
        st = os.lstat(path)
    except FileNotFoundError:
        return
    if st.st_nlink == 1 and not path.is_symlink():
        files.fault_point(f"overwrite {path.name}")
        fd = os.open(path, os.O_WRONLY | files.O_NOFOLLOW)
        try:
            block = b"\0" * (1 << 20)
            left = st.st_size
            while left > 0:
                left -= os.write(fd, block[:min(left, len(block))])
            os.fsync(fd)
        finally:
            os.close(fd)
    files.unlink(path)


def _checkpoint(path: Path, key: bytes | None) -> None:
    """Fold a WAL into the file, so the file alone is the database, then drop the sidecars."""
    wal = sidecars(path)[1]
    if wal.exists():
        con = cipher.open_file(path, key=key, timeout=10)
        try:
            con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            con.execute("PRAGMA journal_mode=DELETE")
        finally:
            con.close()
    for side in sidecars(path):
        if side.exists():
            shred(side) if side.stat().st_size else files.unlink(side)


def convert_file(path: Path, key: bytes, *, encrypt: bool) -> None:
    """Encrypt a plain store file with ``key`` (or decrypt one encrypted with it) in place."""
    path = Path(path).absolute()
    tmp = path.with_name(f".{path.name}{CONVERT_SUFFIX}")
    shred_link = path.with_name(f".{path.name}{SHRED_SUFFIX}")
    for leftover in (tmp, *sidecars(tmp)):
        files.unlink(leftover)
    shred(shred_link)
    source_key, target_key = (None, key) if encrypt else (key, None)
    _checkpoint(path, source_key)
    before = _table_counts(path, source_key)
    try:
        (cipher.encrypt_copy if encrypt else cipher.decrypt_copy)(path, tmp, key)
        problems = cipher.verify(tmp, target_key)
        if problems or _table_counts(tmp, target_key) != before:
            raise AppError(
                f"Den konverterede kopi af {path.name} kunne ikke kontrolleres; intet er ændret.",
                f"The converted copy of {path.name} failed its check; nothing was changed.")
        files.fsync_file(tmp)
        files.fsync_dir(path.parent)
        files.fault_point(f"link {path.name} -> {shred_link.name}")
        try:
            os.link(path, shred_link)
        except OSError:  # no hard links here: the old bytes are only unlinked by the rename
            pass
        files.replace(tmp, path)
        files.fsync_dir(path.parent)
    finally:
        for leftover in (tmp, *sidecars(tmp)):
            files.unlink(leftover)
    if encrypt:
        shred(shred_link)  # the plaintext's bytes, not only its name
    else:
        files.unlink(shred_link)


def sweep_shreds(folder: Path) -> None:
    """At start: shred what a killed conversion left (only files no other name shares)."""
    folder = Path(folder)
    if not folder.is_dir():
        return
    for p in folder.iterdir():
        if p.name.startswith(".") and p.name.endswith(SHRED_SUFFIX) and p.is_file():
            shred(p)
