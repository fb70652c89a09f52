"""Backup and restore use cases for the GUI and the CLI (no Qt)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from secretary_app import paths
from secretary_app.domain.changes import Kind, changes
from secretary_app.store import backups
from secretary_app.store.backups import BackupError, BackupInfo  # noqa: F401
from secretary_app.store.restore import RestoreResult
from secretary_app.store.lock import InstanceLock


def resolve_db(db_file: Path | str | None = None) -> Path:
    return Path(db_file) if db_file else paths.db_path()


def backups_dir_for(db_file: Path | str | None = None) -> Path:
    """``backups/`` in the data folder (or beside a database kept elsewhere)."""
    db = resolve_db(db_file)
    if db.parent == paths.data_dir():
        return paths.backups_dir()
    return paths.make_private_dir(db.parent / "backups")


def backup_now(db_file: Path | str | None = None, out: Path | str | None = None, kind: str = "manual",
               *, check: bool = False) -> Path:
    """A checked backup now: into ``backups/`` (rotated) or to the file ``out``.

    ``check`` (the caller holds the lock) runs the same checks as every command first; beside a
    running window only the symlink checks run, and the copy's own quick_check guards the result."""
    from secretary_app.services.opening import prepare

    db = resolve_db(db_file)
    prepare(db, holding_lock=check)
    return backups.make_backup(db, backups_dir_for(db), kind, out=Path(out) if out else None)


def backup_if_due(db_file: Path | str | None = None, max_age: dt.timedelta = backups.MAX_AGE) -> Path | None:
    """On start: a backup when the newest is older than ``max_age`` (24 hours)."""
    db = resolve_db(db_file)
    folder = backups_dir_for(db)
    if not db.exists() or not backups.backup_due(folder, max_age=max_age):
        return None
    return backups.make_backup(db, folder, "auto")


def list_backups(db_file: Path | str | None = None, *, check: bool = False) -> list[dict]:
    out = []
    for b in backups.list_backups(backups_dir_for(db_file)):
        d = b.as_dict()
        if check:
            problems = backups.quick_check(b.path)
            d["ok"] = problems == ["ok"] and backups.schema_problem(b.path) is None
            d["check"] = "; ".join(problems[:3])
        out.append(d)
    return out


@dataclass(frozen=True)
class HealthState:
    db_file: Path
    exists: bool
    problems: list[str]
    newest_good: BackupInfo | None = None

    @property
    def ok(self) -> bool:
        return not self.problems


def health(db_file: Path | str | None = None, *, find_backup: bool = True, recover: bool = False,
           lang: str = "da") -> HealthState:  # noqa: ARG001 - lang kept for callers
    """Start-up check: quick_check without writing; if it fails, the newest good backup.

    With ``recover`` (the window, which holds the lock) an interrupted restore is finished and
    crash leftovers are swept first. A missing database that once existed (backups or aside
    files around) is a problem too: the rescue mode, never a new store with demo data."""
    from secretary_app.services import opening

    db = resolve_db(db_file)
    if recover:
        opening.refuse_symlinks(db.absolute())
        opening.recover_and_sweep(db.absolute())
        opening.refuse_read_only(db.absolute())
    if not db.exists():
        from secretary_app.store.restore import missing_evidence

        evidence = missing_evidence(db, backups_dir_for(db))
        if not evidence:
            return HealthState(db, False, [])
        good = backups.newest_good_backup(backups_dir_for(db)) if find_backup else None
        return HealthState(db, False, [str(p) for p in evidence[:3]], good)
    if db.stat().st_size == 0:
        return HealthState(db, False, [])
    problems = backups.quick_check(db)
    if problems == ["ok"]:
        return HealthState(db, True, [])
    good = backups.newest_good_backup(backups_dir_for(db)) if find_backup else None
    return HealthState(db, True, problems, good)


@changes(Kind.STORE)
def restore(backup: Path | str, db_file: Path | str | None = None, *, role: str = "restore",
            key: bytes | None = None) -> RestoreResult:
    """Check ``backup`` (its whole schema), bring a copy of it to the current schema, keep the
    current database (or a damaged one aside), and replace it in one rename.

    Takes the data folder's lock (re-entrant for the GUI that already holds it); every
    connection to the database must be closed by the caller. ``key``: the backup is encrypted
    (``encryption.unlock_backup``); its wraps become the folder's ``keys.json`` first.
    """
    from secretary_app.services.opening import refuse_symlinks
    from secretary_app.store.restore import restore_backup

    db = resolve_db(db_file).absolute()
    folder = backups_dir_for(db)
    lock = InstanceLock(db.parent, role=role).acquire()
    try:
        refuse_symlinks(db)
        if key is not None:
            from secretary_app.services.encryption import install_backup_keys

            install_backup_keys(Path(backup), db, key)
        result = restore_backup(db, Path(backup), folder)
        problems = backups.quick_check(db)
        if problems != ["ok"]:  # pragma: no cover - the staged copy was checked already
            raise BackupError(f"Den gendannede database fejler kontrollen: {'; '.join(problems[:3])}",
                              f"The restored database fails its check: {'; '.join(problems[:3])}")
        return result
    finally:
        lock.release()
