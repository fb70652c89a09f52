"""Restore a backup in one atomic step, and recover a folder a crash left without its database.

A restore never leaves the data folder without a database:

1. The backup is checked (SQLite header, quick_check, a revision this app knows, and its whole
   schema against what that revision must contain: ``store/schema_check.py``).
2. It is copied into ``.secretary.sqlite3.restore.build`` (0600), upgraded there to the current
   schema if it is older, checked again against the head schema, and copied once more (checked,
   fsynced) to ``.secretary.sqlite3.restore.tmp``: that file, when it exists, is complete.
3. A healthy current database is copied to ``backups/pre-restore-*``, checkpointed and closed;
   a damaged one is hard-linked (or copied) aside, untouched, with its WAL.
4. One ``os.replace`` puts the staged file in place of the database. A kill before it leaves the
   old database; after it, the new one.

At start (``recover_missing``), a missing database beside a complete ``.restore.tmp`` is put in
place (the interrupted restore finishes); beside a ``*.replaced-*`` file from an earlier version
it is put back. Otherwise a missing database with backups or aside files around is a problem
for the rescue mode, never a reason to create a new, empty store.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
from dataclasses import dataclass
from pathlib import Path

from secretary_app.domain.dates import COPENHAGEN
from secretary_app.store import cipher, files, revision
from secretary_app.store.keys import KEYS_FILENAME
from secretary_app.store.backups import (
    BackupError, copy_database, ensure_backups_dir, is_healthy, new_backup_path, quick_check, rotate,
    schema_problem, sidecars,
)

STAGING_SUFFIXES = (".restore.build",)  # work files: swept; ".restore.tmp" is complete when present
ASIDE_LABELS = ("replaced", "damaged")


@dataclass(frozen=True)
class RestoreResult:
    restored_from: Path
    pre_restore: Path | None  # a backup copy of the database that was replaced
    damaged: Path | None  # a damaged database set aside (never overwritten)


def staging_path(db_file: Path) -> Path:
    return db_file.with_name(f".{db_file.name}.restore.tmp")


def build_path(db_file: Path) -> Path:
    return db_file.with_name(f".{db_file.name}.restore.build")


def check_backup_file(backup: Path) -> frozenset[str]:
    """The backup's revisions; BackupError naming the problem unless it is a sound store whose
    schema is exactly what its revision must contain."""
    from secretary_app.store.schema_check import schema_mismatch

    backup = Path(backup)
    if not backup.is_file():
        raise BackupError(f"Sikkerhedskopien findes ikke: {backup}", f"The backup does not exist: {backup}")
    with open(backup, "rb") as fh:
        head = fh.read(16)
    if head != cipher.PLAIN_HEADER and (len(head) < 16 or cipher.key_for(backup) is None):
        if len(head) == 16 and (backup.with_name(KEYS_FILENAME).is_file()
                                or backup.with_name(backup.name + ".keys.json").is_file()):
            raise BackupError(
                f"Sikkerhedskopien {backup.name} er krypteret. Angiv adgangssætningen "
                "(--passphrase-file) eller gendannelsesnøglen (--recovery-key-file); intet er ændret.",
                f"The backup {backup.name} is encrypted. Give the passphrase (--passphrase-file) or the "
                "recovery key (--recovery-key-file); nothing was changed.")
        raise BackupError(f"{backup} er ikke en SQLite-database (eller er krypteret med en anden nøgle).",
                          f"{backup} is not an SQLite database (or is encrypted with another key).")
    problems = quick_check(backup)
    if problems != ["ok"]:
        raise BackupError(
            f"Sikkerhedskopien {backup.name} er beskadiget ({'; '.join(problems[:3])}); intet er ændret.",
            f"The backup {backup.name} is damaged ({'; '.join(problems[:3])}); nothing was changed.")
    problem = schema_problem(backup)
    if problem:
        raise BackupError(f"Sikkerhedskopien {backup.name} kan ikke bruges: {problem}. Intet er ændret.",
                          f"The backup {backup.name} cannot be used: {problem}. Nothing was changed.")
    revs = revision.db_revisions(backup) or frozenset()
    diff = schema_mismatch(backup, revs)
    if diff:
        shown = "; ".join(diff)
        raise BackupError(
            f"Sikkerhedskopien {backup.name} har ikke det skema, skemaversion {', '.join(sorted(revs))} "
            f"skal have ({shown}). Den er afvist; intet er ændret.",
            f"The backup {backup.name} does not have the schema revision {', '.join(sorted(revs))} must have "
            f"({shown}). It was refused; nothing was changed.")
    return revs


def _aside_name(db_file: Path, label: str) -> Path:
    stamp = dt.datetime.now(COPENHAGEN).strftime("%Y%m%d-%H%M%S%z")  # as backup names
    target = db_file.with_name(f"{db_file.name}.{label}-{stamp}")
    n = 1
    while os.path.lexists(target):
        n += 1
        target = db_file.with_name(f"{db_file.name}.{label}-{stamp}-{n}")
    return target


def keep_aside(db_file: Path, label: str = "damaged") -> Path:
    """A copy of the database under another name (a hard link when the file system allows),
    with its sidecar files moved beside it; the database itself stays in place."""
    target = _aside_name(db_file, label)
    files.fault_point(f"link {db_file.name} -> {target.name}")
    try:
        os.link(db_file, target)
    except OSError:
        files.create_private(target, exclusive=True)
        with open(db_file, "rb") as fin, open(target, "r+b") as fout:
            shutil.copyfileobj(fin, fout, 1 << 20)
        files.fsync_file(target)
    for side, suffix in zip(sidecars(db_file), ("-journal", "-wal", "-shm")):
        if side.exists():
            files.replace(side, target.with_name(target.name + suffix))
    files.fsync_dir(db_file.parent)
    return target


def _checkpoint_and_close(db_file: Path) -> None:
    """Fold the WAL into the main file so the file alone is the database."""
    con = cipher.open_file(db_file, timeout=10)
    try:
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        con.close()


def _stage(backup: Path, db_file: Path, revs: frozenset[str]) -> Path:
    """The backup, at the current schema, checked, as the complete staging file."""
    from secretary_app.store.migrate import upgrade
    from secretary_app.store.schema_check import schema_mismatch

    build, staging = build_path(db_file), staging_path(db_file)
    for f in (build, *sidecars(build), staging):
        files.unlink(f)
    try:
        copy_database(backup, build, untouched_source=True)
        heads = revision.script_heads()
        if revs != heads:
            try:
                upgrade(build, durable=False)  # the checked copy below is fsynced
            except Exception as exc:  # noqa: BLE001 - any failure refuses the backup, untouched
                raise BackupError(
                    f"Sikkerhedskopien {backup.name} kunne ikke opgraderes til det nuværende skema "
                    f"({type(exc).__name__}); intet er ændret.",
                    f"The backup {backup.name} could not be upgraded to the current schema "
                    f"({type(exc).__name__}); nothing was changed.") from None
            diff = schema_mismatch(build, heads)
            if diff:
                raise BackupError(
                    f"Den opgraderede sikkerhedskopi har ikke det forventede skema ({'; '.join(diff)}); "
                    "intet er ændret.",
                    f"The upgraded backup does not have the expected schema ({'; '.join(diff)}); "
                    "nothing was changed.")
        return copy_database(build, staging)
    finally:
        for f in (build, *sidecars(build)):
            files.unlink(f)


def restore_backup(db_file: Path, backup: Path, backups_dir: Path) -> RestoreResult:
    """Replace ``db_file`` with ``backup`` (upgraded to the current schema) in one rename; the
    caller holds the instance lock and has closed every connection to ``db_file``."""
    db_file, backup, backups_dir = Path(db_file).absolute(), Path(backup), Path(backups_dir)
    revs = check_backup_file(backup)
    if db_file.exists() and backup.resolve() == db_file.resolve():
        raise BackupError("Databasen kan ikke gendannes fra sig selv.", "The database cannot be restored from itself.")
    staging = _stage(backup, db_file, revs)
    pre_restore = damaged = None
    try:
        if db_file.exists():
            if is_healthy(db_file):
                folder = ensure_backups_dir(backups_dir)
                pre_restore = copy_database(db_file, new_backup_path(folder, "pre-restore"))
                _checkpoint_and_close(db_file)
            else:
                damaged = keep_aside(db_file, "damaged")
            for side in sidecars(db_file):  # an old WAL must never meet the new file
                files.unlink(side)
        files.replace(staging, db_file)
        files.fsync_dir(db_file.parent)
    finally:
        files.unlink(staging)
    rotate(backups_dir)
    return RestoreResult(restored_from=backup, pre_restore=pre_restore, damaged=damaged)


# --- a folder without its database --------------------------------------------------------------------

def aside_files(db_file: Path) -> list[Path]:
    """``secretary.sqlite3.replaced-*`` / ``.damaged-*`` files (not their sidecars), newest first."""
    out = [p for p in db_file.parent.glob(f"{db_file.name}.*-*")
           if any(p.name.startswith(f"{db_file.name}.{lab}-") for lab in ASIDE_LABELS)
           and not p.name.endswith(("-wal", "-shm", "-journal")) and p.is_file()]
    return sorted(out, key=lambda p: p.stat().st_mtime, reverse=True)


def recover_missing(db_file: Path) -> str | None:
    """Put a database back when a crash left the folder without one. Returns what was done
    (Danish / English), or None. Only the holder of the lock calls this."""
    db_file = Path(db_file).absolute()
    if db_file.exists():
        return None
    staging = staging_path(db_file)
    if staging.is_file() and not staging.is_symlink() and is_healthy(staging) and schema_problem(staging) is None:
        files.replace(staging, db_file)
        files.fsync_dir(db_file.parent)
        return "En afbrudt gendannelse er gjort færdig. / An interrupted restore was completed."
    for old in aside_files(db_file):
        if old.name.startswith(f"{db_file.name}.replaced-") and is_healthy(old) and schema_problem(old) is None:
            for side, suffix in zip(sidecars(db_file), ("-journal", "-wal", "-shm")):
                moved = old.with_name(old.name + suffix)
                if moved.exists():
                    files.replace(moved, side)
            files.replace(old, db_file)
            files.fsync_dir(db_file.parent)
            return ("Databasen manglede efter en afbrudt gendannelse; den tidligere database er lagt "
                    "tilbage. / The database was missing after an interrupted restore; the previous "
                    "database was put back.")
    return None


def missing_evidence(db_file: Path, backups_dir: Path) -> list[Path]:
    """What suggests that a missing database once existed (then no new store is created)."""
    from secretary_app.store.backups import list_backups

    db_file = Path(db_file)
    found = aside_files(db_file)
    if staging_path(db_file).exists():
        found.append(staging_path(db_file))
    found += [b.path for b in list_backups(backups_dir)][:1]
    return found
