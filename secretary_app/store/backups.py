"""Backups, restore, rotation and integrity checks of the SQLite store (standard library only).

- A backup is taken with SQLite's online backup API into a temporary file beside its
  target, switched to a rollback journal, fsynced, reopened and checked with
  ``PRAGMA quick_check``; only then is it renamed into place (cf. Zotero).
- Rotation keeps the newest backup of each of the last 7 days and of each of the last
  4 ISO weeks that have backups; pre-restore and pre-migration copies keep their newest 3.
- A restore checks the backup's integrity and schema first, keeps the current database as
  a pre-restore copy (or renames a damaged one aside, untouched), and only then replaces it.
- Checking a file never writes to it and never creates a ``-wal``/``-shm`` file beside it:
  a file without a WAL is opened ``immutable=1``; one with a WAL is checked on a private copy.

Nothing here imports Qt, SQLAlchemy or Alembic.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import shutil
import sqlite3
import tempfile
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

from secretary_app.domain.errors import AppError, ValidationError
from secretary_app.store import revision

AUTO_PREFIX = "secretary-"
SUFFIX = ".sqlite3"
KEEP_DAILY = 7
KEEP_WEEKLY = 4
KEEP_SPECIAL = 3  # pre-restore and pre-migration copies
MAX_AGE = dt.timedelta(hours=24)
# secretary-20260312-101500[-manual].sqlite3, pre-restore-20260312-101500.sqlite3,
# pre-migration-0001-20260312-101500.sqlite3 (store/migrate.py)
_NAME = re.compile(r"^(?P<kind>secretary|pre-restore|pre-migration(?:-[0-9a-z_]+)*?)-"
                   r"(?P<stamp>\d{8}-\d{6})(?:-(?P<label>manual))?(?:-(?P<n>\d+))?\.sqlite3$")
REQUIRED_TABLES = ("alembic_version", "council", "party_group", "member", "task_type")


class BackupError(AppError):
    """A backup could not be written, checked or restored; nothing was replaced."""


# --- file modes -------------------------------------------------------------------------------

def _private(path: Path) -> None:
    if os.name == "posix" and path.exists():
        os.chmod(path, 0o600)


def _fsync_file(path: Path) -> None:
    with open(path, "rb+") as fh:
        os.fsync(fh.fileno())


def _fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _new_private_file(path: Path) -> None:
    fd = os.open(path, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600)
    os.close(fd)
    _private(path)


def sidecars(db_file: Path) -> tuple[Path, Path, Path]:
    """The rollback journal, WAL and shared-memory files SQLite may keep beside a database."""
    return (db_file.with_name(db_file.name + "-journal"), db_file.with_name(db_file.name + "-wal"),
            db_file.with_name(db_file.name + "-shm"))


# --- read-only access that never writes -----------------------------------------------------------

def _immutable_uri(path: Path) -> str:
    return Path(path).resolve().as_uri() + "?immutable=1"


@contextmanager
def open_untouched(db_file: Path) -> Iterator[sqlite3.Connection]:
    """A read-only connection that writes nothing to, or beside, ``db_file``.

    Without a WAL the file is opened ``immutable=1`` (no locks, no -shm). With a non-empty
    WAL, the committed data lives partly in the WAL, so the file and its WAL are copied to
    a private temporary folder and the copy is opened (SQLite replays the WAL there).
    """
    db_file = Path(db_file)
    wal = sidecars(db_file)[1]
    if wal.exists() and wal.stat().st_size > 0:
        with tempfile.TemporaryDirectory(prefix="secretary-check-") as tmp:
            copy = Path(tmp) / "check.sqlite3"
            shutil.copyfile(db_file, copy)
            shutil.copyfile(wal, copy.with_name(copy.name + "-wal"))
            con = sqlite3.connect(copy, timeout=5)
            try:
                yield con
            finally:
                con.close()
        return
    con = sqlite3.connect(_immutable_uri(db_file), uri=True, timeout=5)
    try:
        yield con
    finally:
        con.close()


def _check_connection(con: sqlite3.Connection, pragma: str) -> list[str]:
    try:
        rows = [str(r[0]) for r in con.execute(f"PRAGMA {pragma}")]
    except sqlite3.DatabaseError as exc:
        return [str(exc)]
    return rows or ["no result"]


def quick_check(db_file: Path, *, full: bool = False) -> list[str]:
    """``["ok"]`` when SQLite's quick_check (or integrity_check) passes, else the problems.

    Never writes to the file and never creates anything beside it.
    """
    db_file = Path(db_file)
    if not db_file.exists():
        return [f"missing file: {db_file}"]
    try:
        with open_untouched(db_file) as con:
            return _check_connection(con, "integrity_check" if full else "quick_check")
    except (sqlite3.DatabaseError, OSError) as exc:
        return [str(exc)]


def is_healthy(db_file: Path) -> bool:
    return quick_check(db_file) == ["ok"]


def schema_problem(db_file: Path) -> str | None:
    """None when ``db_file`` holds a schema this app can open (now or after upgrading)."""
    try:
        with open_untouched(db_file) as con:
            tables = {r for (r,) in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            missing = [t for t in REQUIRED_TABLES if t not in tables]
            if missing:
                return f"mangler tabellerne {', '.join(missing)} / missing tables {', '.join(missing)}"
            revs = {r for (r,) in con.execute("SELECT version_num FROM alembic_version")}
    except sqlite3.DatabaseError as exc:
        return str(exc)
    unknown = sorted(r for r in revs if r not in revision.script_revisions())
    if unknown:
        return (f"skemaversion {', '.join(unknown)} er fra en nyere version af programmet / "
                f"schema revision {', '.join(unknown)} is from a newer version of the app")
    if not revs:
        return "ingen skemaversion / no schema revision"
    return None


# --- names and listing ------------------------------------------------------------------------------

@dataclass(frozen=True)
class BackupInfo:
    path: Path
    created: dt.datetime  # local time, from the name (mtime if the name has none)
    kind: str  # "auto", "manual", "pre-restore", "pre-migration", "other"
    size: int

    def as_dict(self) -> dict:
        return {"file": str(self.path), "created": self.created.isoformat(timespec="seconds"),
                "kind": self.kind, "size": self.size}


def _info(path: Path) -> BackupInfo | None:
    if path.suffix != SUFFIX or path.name.startswith("."):
        return None
    m = _NAME.match(path.name)
    try:
        size = path.stat().st_size
        mtime = dt.datetime.fromtimestamp(path.stat().st_mtime)
    except OSError:
        return None
    if not m:
        return BackupInfo(path, mtime, "other", size)
    created = dt.datetime.strptime(m["stamp"], "%Y%m%d-%H%M%S")
    kind = m["kind"]
    if kind == "secretary":
        kind = "manual" if m["label"] == "manual" else "auto"
    elif kind.startswith("pre-migration"):
        kind = "pre-migration"
    return BackupInfo(path, created, kind, size)


def list_backups(backups_dir: Path) -> list[BackupInfo]:
    """All backups in the folder, newest first."""
    backups_dir = Path(backups_dir)
    if not backups_dir.is_dir():
        return []
    infos = [i for p in backups_dir.iterdir() if p.is_file() and (i := _info(p))]
    return sorted(infos, key=lambda i: (i.created, i.path.name), reverse=True)


def last_backup_time(backups_dir: Path) -> dt.datetime | None:
    regular = [b for b in list_backups(backups_dir) if b.kind in ("auto", "manual")]
    return regular[0].created if regular else None


def backup_due(backups_dir: Path, now: dt.datetime | None = None, max_age: dt.timedelta = MAX_AGE) -> bool:
    last = last_backup_time(backups_dir)
    now = now or dt.datetime.now()
    return last is None or now - last >= max_age


def _unique_target(folder: Path, stem: str) -> Path:
    target = folder / f"{stem}{SUFFIX}"
    n = 1
    while target.exists():
        n += 1
        target = folder / f"{stem}-{n}{SUFFIX}"
    return target


def backup_name(kind: str, now: dt.datetime | None = None) -> str:
    stamp = (now or dt.datetime.now()).strftime("%Y%m%d-%H%M%S")
    if kind == "pre-restore":
        return f"pre-restore-{stamp}"
    return f"{AUTO_PREFIX}{stamp}" + ("-manual" if kind == "manual" else "")


# --- writing a backup ----------------------------------------------------------------------------------

def copy_database(src_file: Path, target: Path, *, untouched_source: bool = False) -> Path:
    """Copy a database with the online backup API via a checked temporary file.

    The copy uses a rollback journal (no -wal beside a backup), is fsynced, reopened and
    must pass quick_check before it is renamed to ``target``. Raises BackupError otherwise.
    """
    src_file, target = Path(src_file), Path(target)
    tmp = target.with_name(f".{target.name}.tmp")
    _new_private_file(tmp)
    try:
        if untouched_source:
            ctx = open_untouched(src_file)
        else:
            ctx = _plain(src_file)
        with ctx as src:
            dst = sqlite3.connect(tmp)
            try:
                src.backup(dst)
                dst.execute("PRAGMA journal_mode=DELETE")
                dst.commit()
            finally:
                dst.close()
        _private(tmp)
        _fsync_file(tmp)
        problems = quick_check(tmp)
        if problems != ["ok"]:
            raise BackupError(
                f"Sikkerhedskopien kunne ikke kontrolleres ({'; '.join(problems[:3])}); den er ikke gemt.",
                f"The backup failed its check ({'; '.join(problems[:3])}); it was not kept.")
        os.replace(tmp, target)
        _fsync_dir(target.parent)
        return target
    except sqlite3.Error as exc:
        raise BackupError(f"Sikkerhedskopien mislykkedes: {exc}", f"The backup failed: {exc}") from exc
    finally:
        tmp.unlink(missing_ok=True)
        for extra in sidecars(tmp):
            extra.unlink(missing_ok=True)


@contextmanager
def _plain(db_file: Path) -> Iterator[sqlite3.Connection]:
    """A normal connection to a healthy live database (readers never block WAL writers)."""
    con = sqlite3.connect(db_file, timeout=10)
    try:
        con.execute("PRAGMA busy_timeout=10000")
        yield con
    finally:
        con.close()


def make_backup(db_file: Path, backups_dir: Path, kind: str = "auto", *, rotate_after: bool = True,
                now: dt.datetime | None = None, out: Path | None = None) -> Path:
    """Back up ``db_file`` into ``backups_dir`` (or to ``out``) and rotate the folder."""
    db_file = Path(db_file)
    if not db_file.exists():
        raise BackupError(f"Databasen findes ikke: {db_file}", f"The database does not exist: {db_file}")
    if out is not None:
        from secretary_app.exports.atomic import check_writable_target

        target = check_writable_target(Path(out))
        if target.resolve() == db_file.resolve():
            raise ValidationError("Sikkerhedskopien kan ikke skrive over selve databasen.",
                                  "The backup cannot overwrite the database itself.", field="out")
        return copy_database(db_file, target)
    backups_dir = Path(backups_dir)
    backups_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    if os.name == "posix":
        os.chmod(backups_dir, 0o700)
    target = _unique_target(backups_dir, backup_name(kind, now))
    copy_database(db_file, target)
    if rotate_after:
        rotate(backups_dir, now=now, protect=target)
    return target


# --- rotation -----------------------------------------------------------------------------------------------

def plan_rotation(backups: list[BackupInfo], keep_daily: int = KEEP_DAILY, keep_weekly: int = KEEP_WEEKLY,
                  keep_special: int = KEEP_SPECIAL, protect: Path | None = None
                  ) -> tuple[list[BackupInfo], list[BackupInfo]]:
    """(keep, delete): newest per day for the last ``keep_daily`` days with backups, newest per
    ISO week for the last ``keep_weekly`` weeks; newest ``keep_special`` pre-restore and
    pre-migration copies. Files the app did not name, and ``protect`` (the backup just
    written), are never deleted."""
    if protect is not None:  # the newest of its day, whatever the clock's resolution says
        backups = [b for b in backups if b.path != protect]
        mine = _info(protect)
        head = [mine] if mine else []
        keep, delete = plan_rotation(head + backups, keep_daily, keep_weekly, keep_special)
        return keep, delete
    keep: list[BackupInfo] = []
    delete: list[BackupInfo] = []
    regular = [b for b in backups if b.kind in ("auto", "manual")]  # newest first, stable
    days: dict[dt.date, BackupInfo] = {}
    weeks: dict[tuple[int, int], BackupInfo] = {}
    for b in regular:
        days.setdefault(b.created.date(), b)
        weeks.setdefault(tuple(b.created.isocalendar())[:2], b)
    chosen = {id(b) for b in list(days.values())[:keep_daily]}
    chosen |= {id(b) for b in list(weeks.values())[:keep_weekly]}
    for b in regular:
        (keep if id(b) in chosen else delete).append(b)
    for kind in ("pre-restore", "pre-migration"):
        special = sorted((b for b in backups if b.kind == kind), key=lambda b: b.created, reverse=True)
        keep.extend(special[:keep_special])
        delete.extend(special[keep_special:])
    keep.extend(b for b in backups if b.kind == "other")
    return keep, delete


def rotate(backups_dir: Path, now: dt.datetime | None = None, protect: Path | None = None) -> list[Path]:
    """Delete the backups the rotation plan drops; returns the deleted paths."""
    _keep, delete = plan_rotation(list_backups(backups_dir), protect=protect)
    removed = []
    for b in delete:
        try:
            b.path.unlink()
            removed.append(b.path)
        except OSError:
            pass
    for stale in Path(backups_dir).glob(".*.tmp"):  # left by a crash mid-backup
        stale.unlink(missing_ok=True)
    return removed


def newest_good_backup(backups_dir: Path) -> BackupInfo | None:
    """The newest backup that passes quick_check and has a schema this app can open."""
    for b in list_backups(backups_dir):
        if is_healthy(b.path) and schema_problem(b.path) is None:
            return b
    return None


# --- restore --------------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class RestoreResult:
    restored_from: Path
    pre_restore: Path | None  # a backup copy of the database that was replaced
    damaged: Path | None  # a damaged database renamed aside (never overwritten)


def check_backup_file(backup: Path) -> None:
    """Raise BackupError naming the problem unless ``backup`` is a sound store."""
    backup = Path(backup)
    if not backup.is_file():
        raise BackupError(f"Sikkerhedskopien findes ikke: {backup}", f"The backup does not exist: {backup}")
    with open(backup, "rb") as fh:
        head = fh.read(16)
    if head != b"SQLite format 3\x00":
        raise BackupError(f"{backup} er ikke en SQLite-database.", f"{backup} is not an SQLite database.")
    problems = quick_check(backup)
    if problems != ["ok"]:
        raise BackupError(
            f"Sikkerhedskopien {backup.name} er beskadiget ({'; '.join(problems[:3])}); intet er ændret.",
            f"The backup {backup.name} is damaged ({'; '.join(problems[:3])}); nothing was changed.")
    problem = schema_problem(backup)
    if problem:
        raise BackupError(f"Sikkerhedskopien {backup.name} kan ikke bruges: {problem}. Intet er ændret.",
                          f"The backup {backup.name} cannot be used: {problem}. Nothing was changed.")


def _aside_name(db_file: Path, label: str) -> Path:
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    target = db_file.with_name(f"{db_file.name}.{label}-{stamp}")
    n = 1
    while target.exists():
        n += 1
        target = db_file.with_name(f"{db_file.name}.{label}-{stamp}-{n}")
    return target


def move_aside(db_file: Path, label: str = "damaged") -> Path:
    """Rename a database and its sidecar files aside, untouched; returns the new name."""
    target = _aside_name(db_file, label)
    os.replace(db_file, target)
    for side, suffix in zip(sidecars(db_file), ("-journal", "-wal", "-shm")):
        if side.exists():
            os.replace(side, target.with_name(target.name + suffix))
    return target


def _checkpoint_and_close(db_file: Path) -> None:
    """Fold the WAL into the main file so the file alone is the database."""
    con = sqlite3.connect(db_file, timeout=10)
    try:
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        con.close()


def restore_backup(db_file: Path, backup: Path, backups_dir: Path) -> RestoreResult:
    """Replace ``db_file`` with ``backup`` after checking it; the caller holds the instance
    lock and has closed every connection to ``db_file``.

    A healthy current database is first copied to ``pre-restore-*.sqlite3``; a damaged one
    is renamed aside (``secretary.sqlite3.damaged-*``) and never written to.
    """
    db_file, backup, backups_dir = Path(db_file), Path(backup), Path(backups_dir)
    check_backup_file(backup)
    if backup.resolve() == db_file.resolve():
        raise BackupError("Databasen kan ikke gendannes fra sig selv.", "The database cannot be restored from itself.")
    staging = db_file.with_name(f".{db_file.name}.restore.tmp")
    copy_database(backup, staging, untouched_source=True)
    pre_restore = damaged = None
    try:
        if db_file.exists():
            if is_healthy(db_file):
                backups_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
                pre_restore = _unique_target(backups_dir, backup_name("pre-restore"))
                copy_database(db_file, pre_restore)
                _checkpoint_and_close(db_file)
                old = move_aside(db_file, "replaced")
            else:
                damaged = move_aside(db_file, "damaged")
                old = None
        else:
            old = None
        os.replace(staging, db_file)
        _private(db_file)
        _fsync_dir(db_file.parent)
    finally:
        staging.unlink(missing_ok=True)
    if old is not None:  # a verified copy of it is in pre_restore
        for f in (old, *sidecars(old)):
            f.unlink(missing_ok=True)
    rotate(backups_dir, protect=pre_restore)
    return RestoreResult(restored_from=backup, pre_restore=pre_restore, damaged=damaged)
