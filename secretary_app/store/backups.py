"""Backups, rotation and integrity checks of the SQLite store (standard library only).

- A backup is taken with SQLite's online backup API into a 0600 temporary file beside its
  target, switched to a rollback journal, fsynced, reopened and checked with
  ``PRAGMA quick_check``; only then is it renamed into place (cf. Zotero).
- Names carry the local time with its UTC offset and a sequence number
  (``secretary-20260312-101500+0100-s42-manual.sqlite3``). Backups are ordered by the sequence,
  not by the clock, so a clock that ran ahead or a time-zone change never makes an old copy
  look newer than the one just taken.
- Rotation thins only automatic backups: the two newest always stay, then the newest of each
  of the last 7 days and of the last 4 ISO weeks that have backups. Manual, pre-restore and
  pre-migration copies, and files the app did not name, are never deleted.
- Checking a file never writes to it and never creates a ``-wal``/``-shm`` file beside it:
  a file without a WAL is opened ``immutable=1``; one with a WAL is checked on a private
  0600 copy in a ``.check-*`` folder beside it, removed afterwards (and swept on next start).

Restore lives in ``store/restore.py``. Nothing here imports Qt, SQLAlchemy or Alembic.
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

from secretary_app.domain.dates import COPENHAGEN
from secretary_app.domain.errors import AppError, ValidationError
from secretary_app.store import cipher, files, revision

AUTO_PREFIX = "secretary-"
SUFFIX = ".sqlite3"
KEEP_DAILY = 7
KEEP_WEEKLY = 4
KEEP_NEWEST = 2  # automatic backups that stay whatever their names say about the time
MAX_AGE = dt.timedelta(hours=24)
CLOCK_SLACK = dt.timedelta(hours=1)
CHECK_PREFIX = ".check-"
THINNED_KINDS = ("auto",)
# secretary-20260312-101500+0100-s42[-manual].sqlite3, pre-restore-…, pre-migration-0001-…;
# names from earlier versions have neither offset nor sequence (sequence 0, local time).
_NAME = re.compile(r"^(?P<kind>secretary|pre-restore|pre-migration(?:-[0-9a-z_]+)*?)-"
                   r"(?P<stamp>\d{8}-\d{6})(?P<tz>[+-]\d{4})?(?:-s(?P<seq>\d+))?"
                   r"(?:-(?P<label>manual))?(?:-(?P<n>\d+))?\.sqlite3$")
REQUIRED_TABLES = ("alembic_version", "council", "party_group", "member", "task_type")


class BackupError(AppError):
    """A backup could not be written, checked or restored; nothing was replaced."""


def sidecars(db_file: Path) -> tuple[Path, Path, Path]:
    """The rollback journal, WAL and shared-memory files SQLite may keep beside a database."""
    return (db_file.with_name(db_file.name + "-journal"), db_file.with_name(db_file.name + "-wal"),
            db_file.with_name(db_file.name + "-shm"))


# --- read-only access that never writes -----------------------------------------------------------

def _private_copy(src: Path, dst: Path) -> None:
    files.new_private_file(dst)
    with open(src, "rb") as fin, open(dst, "r+b") as fout:
        shutil.copyfileobj(fin, fout, 1 << 20)


@contextmanager
def _check_folder(near: Path) -> Iterator[Path]:
    """A 0700 folder for check copies: beside ``near`` (the data folder), else a private temp."""
    try:
        folder = Path(tempfile.mkdtemp(prefix=CHECK_PREFIX, dir=near))
    except OSError:  # a read-only folder: the copy still is private
        folder = Path(tempfile.mkdtemp(prefix="secretary-check-"))
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


@contextmanager
def open_untouched(db_file: Path) -> Iterator[sqlite3.Connection]:
    """A read-only connection that writes nothing to, or beside, ``db_file``.

    Without a WAL the file is opened ``immutable=1`` (no locks, no -shm). With a non-empty
    WAL, the committed data lives partly in the WAL, so the file and its WAL are copied (0600)
    into a private folder and the copy is opened (SQLite replays the WAL there).
    """
    db_file = Path(db_file).absolute()
    wal = sidecars(db_file)[1]
    if wal.exists() and wal.stat().st_size > 0:
        with _check_folder(db_file.parent) as tmp:
            copy = tmp / "check.sqlite3"
            _private_copy(db_file, copy)
            _private_copy(wal, copy.with_name(copy.name + "-wal"))
            con = cipher.open_file(copy, timeout=5, key=cipher.key_for(db_file))
            try:
                yield con
            finally:
                con.close()
        return
    con = cipher.open_file(db_file, mode="immutable")
    try:
        yield con
    finally:
        con.close()


def _check_connection(con: sqlite3.Connection, pragma: str) -> list[str]:
    try:
        rows = [str(r[0]) for r in con.execute(f"PRAGMA {pragma}")]
    except cipher.database_errors() as exc:
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
    except (*cipher.database_errors(), OSError) as exc:
        return [str(exc)]
    except AppError as exc:  # an encrypted file that no unlocked key opens
        return [exc.en]


def is_healthy(db_file: Path) -> bool:
    return quick_check(db_file) == ["ok"]


def schema_problem(db_file: Path) -> str | None:
    """None when ``db_file`` holds the tables this app needs and a revision it knows.

    Cheap (no Alembic); restore also compares the whole schema (``store/schema_check.py``)."""
    try:
        with open_untouched(db_file) as con:
            tables = {r for (r,) in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            missing = [t for t in REQUIRED_TABLES if t not in tables]
            if missing:
                return f"mangler tabellerne {', '.join(missing)} / missing tables {', '.join(missing)}"
            revs = {r for (r,) in con.execute("SELECT version_num FROM alembic_version")}
    except (*cipher.database_errors(), OSError) as exc:
        return str(exc)
    except AppError as exc:
        return f"{exc.da} / {exc.en}"
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
    created: dt.datetime  # naive Copenhagen time (as the UI shows), from the name (else the mtime)
    kind: str  # "auto", "manual", "pre-restore", "pre-migration", "other"
    size: int
    seq: int = 0  # the folder's backup sequence; 0 for names from earlier versions

    @property
    def order(self) -> tuple:
        return (self.seq, self.created, self.path.name)

    def as_dict(self) -> dict:
        return {"file": str(self.path), "created": self.created.replace(tzinfo=COPENHAGEN).isoformat(timespec="seconds"),
                "kind": self.kind, "size": self.size, "seq": self.seq}


def _local(stamp: str, tz: str | None) -> dt.datetime:
    if tz:
        aware = dt.datetime.strptime(stamp + tz, "%Y%m%d-%H%M%S%z")
        return aware.astimezone(COPENHAGEN).replace(tzinfo=None)
    return dt.datetime.strptime(stamp, "%Y%m%d-%H%M%S")


def _info(path: Path) -> BackupInfo | None:
    if path.suffix != SUFFIX or path.name.startswith("."):
        return None
    m = _NAME.match(path.name)
    try:
        st = path.stat()
    except OSError:
        return None
    mtime = dt.datetime.fromtimestamp(st.st_mtime, COPENHAGEN).replace(tzinfo=None)
    if not m:
        return BackupInfo(path, mtime, "other", st.st_size)
    try:
        created = _local(m["stamp"], m["tz"])
    except ValueError:
        return BackupInfo(path, mtime, "other", st.st_size)
    kind = m["kind"]
    if kind == "secretary":
        kind = "manual" if m["label"] == "manual" else "auto"
    elif kind.startswith("pre-migration"):
        kind = "pre-migration"
    return BackupInfo(path, created, kind, st.st_size, int(m["seq"] or 0))


def list_backups(backups_dir: Path) -> list[BackupInfo]:
    """All backups in the folder, newest first (by sequence, then by the time in the name)."""
    backups_dir = Path(backups_dir)
    if not backups_dir.is_dir():
        return []
    infos = [i for p in backups_dir.iterdir()
             if p.is_file() and not p.is_symlink() and (i := _info(p))]
    return sorted(infos, key=lambda i: i.order, reverse=True)


def next_seq(backups_dir: Path) -> int:
    return max((b.seq for b in list_backups(backups_dir)), default=0) + 1


def local_now() -> dt.datetime:
    """Now as naive Copenhagen time, the form ``BackupInfo.created`` has."""
    return dt.datetime.now(COPENHAGEN).replace(tzinfo=None)


def last_backup_time(backups_dir: Path) -> dt.datetime | None:
    regular = [b for b in list_backups(backups_dir) if b.kind in ("auto", "manual")]
    return regular[0].created if regular else None


def backup_due(backups_dir: Path, now: dt.datetime | None = None, max_age: dt.timedelta = MAX_AGE) -> bool:
    """True when the newest backup is older than ``max_age``, or dated in the future (the
    clock was wrong then or is wrong now: a fresh copy is the safe answer)."""
    last = last_backup_time(backups_dir)
    if now is None:
        now = local_now()
    elif now.tzinfo is not None:
        now = now.astimezone(COPENHAGEN).replace(tzinfo=None)
    return last is None or now - last >= max_age or last - now > CLOCK_SLACK


def _unique_target(folder: Path, stem: str) -> Path:
    target = folder / f"{stem}{SUFFIX}"
    n = 1
    while os.path.lexists(target):
        n += 1
        target = folder / f"{stem}-{n}{SUFFIX}"
    return target


def backup_name(kind: str, now: dt.datetime | None = None, seq: int | None = None,
                revs: frozenset[str] | None = None) -> str:
    """The stem for a new backup: Copenhagen time (as in the UI) with its UTC offset, then the
    sequence number."""
    # a naive time is Copenhagen time, the form BackupInfo.created has
    when = (now or dt.datetime.now(COPENHAGEN))
    when = when.replace(tzinfo=COPENHAGEN) if when.tzinfo is None else when.astimezone(COPENHAGEN)
    stamp = when.strftime("%Y%m%d-%H%M%S%z") + (f"-s{seq}" if seq else "")
    if kind == "pre-restore":
        return f"pre-restore-{stamp}"
    if kind == "pre-migration":
        return f"pre-migration-{'-'.join(sorted(revs or ()))}-{stamp}".replace("--", "-")
    return f"{AUTO_PREFIX}{stamp}" + ("-manual" if kind == "manual" else "")


def new_backup_path(backups_dir: Path, kind: str, now: dt.datetime | None = None,
                    revs: frozenset[str] | None = None) -> Path:
    return _unique_target(backups_dir, backup_name(kind, now, next_seq(backups_dir), revs))


def ensure_backups_dir(backups_dir: Path) -> Path:
    """``backups/`` as a real folder (created 0700), or a clear error naming what is in the way."""
    from secretary_app.paths import make_private_dir

    backups_dir = Path(backups_dir)
    files.refuse_symlink(backups_dir)
    if backups_dir.exists() and not backups_dir.is_dir():
        raise BackupError(
            f"{backups_dir} er en fil, ikke en mappe; sikkerhedskopier kan ikke gemmes. Omdøb eller "
            "flyt filen (intet er ændret).",
            f"{backups_dir} is a file, not a folder; no backup can be kept. Rename or move the file "
            "(nothing was changed).")
    return make_private_dir(backups_dir)


# --- writing a backup ----------------------------------------------------------------------------------

def copy_database(src_file: Path, target: Path, *, untouched_source: bool = False) -> Path:
    """Copy a database with the online backup API via a checked temporary file.

    The copy is 0600 from its creation, uses a rollback journal (no -wal beside a backup), is
    fsynced, reopened and must pass quick_check before it is renamed to ``target``. Raises
    BackupError otherwise. The copy of an encrypted database is encrypted with the same key.
    """
    src_file, target = Path(src_file), Path(target)
    tmp = target.with_name(f".{target.name}.tmp")
    key = cipher.key_for(src_file)
    files.new_private_file(tmp)
    try:
        ctx = open_untouched(src_file) if untouched_source else _plain(src_file)
        with ctx as src:
            dst = cipher.open_file(tmp, key=key)
            try:
                src.backup(dst)
                dst.execute("PRAGMA journal_mode=DELETE")
                files.fault_point("sqlite commit (backup copy)")
                dst.commit()
            finally:
                dst.close()
        files.fsync_file(tmp)
        problems = quick_check(tmp)
        if problems != ["ok"]:
            raise BackupError(
                f"Sikkerhedskopien kunne ikke kontrolleres ({'; '.join(problems[:3])}); den er ikke gemt.",
                f"The backup failed its check ({'; '.join(problems[:3])}); it was not kept.")
        files.replace(tmp, target)
        files.fsync_dir(target.parent)
        if key is not None and not target.name.startswith("."):
            write_keys_beside(src_file, target)
        return target
    except cipher.errors() as exc:
        raise BackupError(f"Sikkerhedskopien mislykkedes: {exc}", f"The backup failed: {exc}") from exc
    except OSError as exc:
        raise BackupError(f"Sikkerhedskopien kunne ikke skrives ({exc.strerror or exc}); intet er ændret.",
                          f"The backup could not be written ({exc.strerror or exc}); nothing was changed.") from exc
    finally:
        for extra in (tmp, *sidecars(tmp)):
            if os.path.lexists(extra):
                files.unlink(extra)


def keys_beside(backup: Path) -> Path:
    """The wraps of an encrypted backup's key travel beside it: ``<backup>.keys.json``."""
    return Path(backup).with_name(Path(backup).name + ".keys.json")


def write_keys_beside(src_file: Path, target: Path) -> None:
    """Copy the source's ``keys.json`` (or its own sidecar) beside an encrypted backup, so the
    backup alone with its sidecar restores on a new machine with the passphrase or recovery key."""
    from secretary_app.store import keys

    src_file = Path(src_file)
    for source in (src_file.parent / keys.KEYS_FILENAME, keys_beside(src_file)):
        if source.is_file():
            keys.KeyFile(keys_beside(target), keys.KeyFile.load(source).data).save()
            return


@contextmanager
def _plain(db_file: Path) -> Iterator[sqlite3.Connection]:
    """A normal connection to a healthy live database (readers never block WAL writers)."""
    con = cipher.open_file(db_file, timeout=10)
    try:
        con.execute("PRAGMA busy_timeout=10000")
        yield con
    finally:
        con.close()


def store_owned(db_file: Path) -> list[Path]:
    """Files and folders in the data folder that the store owns (never a backup's target)."""
    db_file = Path(db_file).absolute()
    folder = db_file.parent
    return [db_file, *sidecars(db_file), folder / "secretary.lock", folder / "settings.json",
            folder / "backups"]


def refuse_store_target(db_file: Path, target: Path) -> None:
    """``--out`` may not name the database, its -wal/-shm/-journal, or anything in its folder."""
    db_file, target = Path(db_file).absolute(), Path(target).absolute()
    folder = db_file.parent.resolve()
    real = target.parent.resolve() / target.name
    hit = real.parent == folder or folder in real.parents
    if not hit and target.exists():
        for owned in store_owned(db_file):
            try:
                if owned.exists() and os.path.samefile(owned, target):
                    hit = True
            except OSError:
                pass
    if hit:
        raise ValidationError(
            f"Sikkerhedskopien kan ikke skrives til {target}: den ligger i datamappen {folder}, hvis filer "
            "programmet selv styrer (databasen, dens -wal/-shm og backups/). Vælg en fil uden for "
            "datamappen, eller brug `secretary-app backup` uden --out.",
            f"The backup cannot be written to {target}: it is inside the data folder {folder}, whose files "
            "the app manages itself (the database, its -wal/-shm and backups/). Choose a file outside "
            "the data folder, or use `secretary-app backup` without --out.", field="out")


def make_backup(db_file: Path, backups_dir: Path, kind: str = "auto", *, rotate_after: bool = True,
                now: dt.datetime | None = None, out: Path | None = None) -> Path:
    """Back up ``db_file`` into ``backups_dir`` (or to ``out``) and rotate the folder."""
    db_file = Path(db_file)
    if not db_file.exists():
        raise BackupError(f"Databasen findes ikke: {db_file}", f"The database does not exist: {db_file}")
    if out is not None:  # the caller has checked that ``out`` is a writable file path
        target = Path(out).expanduser()
        refuse_store_target(db_file, target)
        return copy_database(db_file, target)
    backups_dir = ensure_backups_dir(Path(backups_dir))
    target = new_backup_path(backups_dir, kind, now)
    copy_database(db_file, target)
    if rotate_after:
        rotate(backups_dir, now=now, protect=target)
    return target


# --- rotation -----------------------------------------------------------------------------------------------

def plan_rotation(backups: list[BackupInfo], keep_daily: int = KEEP_DAILY, keep_weekly: int = KEEP_WEEKLY,
                  protect: Path | None = None) -> tuple[list[BackupInfo], list[BackupInfo]]:
    """(keep, delete). Only automatic backups are ever deleted: the ``KEEP_NEWEST`` newest by
    sequence stay, and the newest of each of the last ``keep_daily`` days and ``keep_weekly``
    ISO weeks with backups. Manual, pre-restore and pre-migration copies, files the app did not
    name, and ``protect`` (the backup just written) are always kept."""
    backups = sorted(backups, key=lambda b: b.order, reverse=True)
    auto = [b for b in backups if b.kind in THINNED_KINDS and b.path != protect]
    days: dict[dt.date, BackupInfo] = {}
    weeks: dict[tuple[int, int], BackupInfo] = {}
    for b in auto:  # newest (by sequence) first, so each bucket holds its newest copy
        days.setdefault(b.created.date(), b)
        weeks.setdefault(tuple(b.created.isocalendar())[:2], b)
    chosen = {id(b) for b in auto[:KEEP_NEWEST]}
    chosen |= {id(b) for b in list(days.values())[:keep_daily]}
    chosen |= {id(b) for b in list(weeks.values())[:keep_weekly]}
    delete = [b for b in auto if id(b) not in chosen]
    dropped = {id(b) for b in delete}
    keep = [b for b in backups if id(b) not in dropped]
    return keep, delete


def rotate(backups_dir: Path, now: dt.datetime | None = None, protect: Path | None = None) -> list[Path]:
    """Delete the automatic backups the rotation plan drops; returns the deleted paths."""
    _keep, delete = plan_rotation(list_backups(backups_dir), protect=protect)
    removed = []
    for b in delete:
        try:
            files.unlink(b.path)
            files.unlink(keys_beside(b.path))
            removed.append(b.path)
        except OSError:
            pass
    return removed


def newest_good_backup(backups_dir: Path) -> BackupInfo | None:
    """The newest backup (by sequence) that passes quick_check and has a schema this app can open."""
    for b in list_backups(backups_dir):
        if is_healthy(b.path) and schema_problem(b.path) is None:
            return b
    return None


# --- leftovers of a crash --------------------------------------------------------------------------------

def sweep_leftovers(data_dir: Path) -> list[Path]:
    """Remove temporary files a killed backup, restore, check or migration left behind.

    Only the holder of the data folder's lock calls this (nobody else is mid-write)."""
    from secretary_app.store.restore import STAGING_SUFFIXES

    data_dir = Path(data_dir)
    removed: list[Path] = []
    folders = [data_dir, data_dir / "backups"]
    for folder in folders:
        if not folder.is_dir() or folder.is_symlink():
            continue
        for p in folder.iterdir():
            name = p.name
            stale = (
                (name.startswith(".") and (name.endswith(".tmp") or ".tmp-" in name))
                or (name.startswith("pre-migration-") and (name.endswith(".tmp") or ".tmp-" in name))
                or any(name.endswith(s) or (s + "-") in name for s in STAGING_SUFFIXES)
            )
            if name.startswith(CHECK_PREFIX) and p.is_dir() and not p.is_symlink():
                shutil.rmtree(p, ignore_errors=True)
                removed.append(p)
            elif stale and (p.is_file() or p.is_symlink()):
                files.unlink(p)
                removed.append(p)
    return removed
