"""Health report for `secretary-app doctor` (and the GUI's About/diagnostics)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from secretary_app import __version__
from secretary_app.domain.errors import AppError
from secretary_app.store import cipher, revision


@dataclass
class DoctorReport:
    data_dir: Path
    db_path: Path
    version: str = __version__
    db_exists: bool = False
    revision: list[str] = field(default_factory=list)
    heads: list[str] = field(default_factory=list)
    encrypted: bool = False
    quick_check: str = "not checked"
    integrity: str = "not checked"
    newest_good_backup: str | None = None
    problems: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # what doctor did (a finished scrub)

    @property
    def ok(self) -> bool:
        return not self.problems

    def as_dict(self) -> dict:
        return {
            "version": self.version, "data_dir": str(self.data_dir), "database": str(self.db_path),
            "database_exists": self.db_exists, "encrypted": self.encrypted, "schema_revision": self.revision,
            "head_revision": self.heads, "quick_check": self.quick_check,
            "integrity_check": self.integrity, "newest_good_backup": self.newest_good_backup,
            "ok": self.ok, "problems": self.problems, "notes": self.notes,
        }


def diagnose(data_dir: Path, db_file: Path, lang: str = "da") -> DoctorReport:
    """Never writes to the database, even a damaged one, and creates nothing beside it (no -wal
    or -shm): the file is opened ``immutable=1``, or checked on a private copy when it has a WAL
    (store.backups.open_untouched). A missing data folder is not created. The one write: a
    pending scrub of an erased member is finished when nobody holds the folder."""
    from secretary_app.store import backups

    en = lang == "en"
    report = DoctorReport(data_dir=data_dir, db_path=db_file)
    report.heads = sorted(revision.script_heads())
    report.db_exists = db_file.exists()
    _folder_problems(report, data_dir, db_file, lang)
    if not report.db_exists:
        from secretary_app.services.opening import missing_problem

        problem = missing_problem(db_file) if data_dir.is_dir() else None
        if problem is not None:
            report.problems.append(problem.message(lang))
        else:
            report.problems.append(
                f"The database does not exist: {db_file} (start the app or `secretary-app demo`)." if en else
                f"Databasen findes ikke: {db_file} (kør programmet eller `secretary-app demo`).")
        return report
    report.encrypted = cipher.is_encrypted(db_file) and (data_dir / "keys.json").is_file()
    if report.encrypted and cipher.key_for(db_file) is None:
        report.problems.append(
            "The database is encrypted and not unlocked: give --passphrase-file or --recovery-key-file "
            "(or unlock the OS keyring)." if en else
            "Databasen er krypteret og ikke låst op: angiv --passphrase-file eller --recovery-key-file "
            "(eller lås systemets nøglering op).")
        return report
    try:
        with backups.open_untouched(db_file) as con:
            quick = _pragma(con, "quick_check")
            report.quick_check = "ok" if quick == ["ok"] else "; ".join(quick[:10])
            rows = quick if quick != ["ok"] else _pragma(con, "integrity_check")
            report.integrity = "ok" if rows == ["ok"] else "; ".join(rows[:10])
            if rows != ["ok"]:
                report.problems.append(
                    f"Databasen er beskadiget: SQLite's integritetstjek fejlede ({report.integrity}). "
                    "Filen er ikke ændret. Gendan den nyeste gode sikkerhedskopi "
                    "(`secretary-app restore FIL`, eller åbn programmet).")
            else:
                has_version = con.execute(
                    "SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'").fetchone()
                if has_version:
                    report.revision = sorted(r for (r,) in con.execute("SELECT version_num FROM alembic_version"))
    except (*cipher.database_errors(), OSError, AppError) as exc:
        report.integrity = f"error: {exc}"
        report.problems.append(f"Databasen kan ikke læses ({exc}); filen er ikke ændret.")
    if report.integrity != "ok":
        _suggest_backup(report, db_file)
        return report
    if not report.revision:
        report.problems.append("Databasen har intet skema (tabellen alembic_version mangler).")
    elif set(report.revision) != set(report.heads):
        known = revision.script_revisions()
        if any(r not in known for r in report.revision):
            report.problems.append(
                f"The database is from a newer version of the app (schema {', '.join(report.revision)})." if en
                else f"Databasen er fra en nyere version af programmet (skema {', '.join(report.revision)}).")
            return report
        else:
            report.problems.append(
                f"Skemaet er forældet ({', '.join(report.revision)}; nyeste {', '.join(report.heads)}); "
                "det opgraderes, når programmet startes.")
    _schema_problems(report, db_file, lang)
    _pending_scrub(report, db_file, lang)
    return report


def _folder_problems(report: DoctorReport, data_dir: Path, db_file: Path, lang: str) -> None:
    from secretary_app import paths
    from secretary_app.services.opening import refuse_symlinks
    from secretary_app.store.files import SymlinkRefused

    try:
        refuse_symlinks(Path(db_file).absolute())
    except SymlinkRefused as exc:
        report.problems.append(exc.message(lang))
    warning = paths.loose_mode_warning(data_dir, lang) if data_dir == paths.data_dir(create=False) else None
    if warning:
        report.problems.append(warning)
    folder = data_dir / "backups"
    if folder.exists() and not folder.is_dir():
        report.problems.append(
            f"{folder} is a file, not a folder: no backup can be kept. Rename or move it." if lang == "en" else
            f"{folder} er en fil, ikke en mappe: der kan ikke gemmes sikkerhedskopier. Omdøb eller flyt den.")


def _schema_problems(report: DoctorReport, db_file: Path, lang: str) -> None:
    """The whole schema against what its revision must contain (a planted trigger, say)."""
    from secretary_app.store.schema_check import schema_mismatch

    try:
        diff = schema_mismatch(db_file, frozenset(report.revision))
    except Exception as exc:  # noqa: BLE001 - reported, never raised
        diff = [f"{type(exc).__name__}"]
    if diff:
        report.problems.append(
            f"The database's schema differs from what revision {', '.join(report.revision)} must contain: "
            f"{'; '.join(diff)}. Restore a good backup." if lang == "en" else
            f"Databasens skema afviger fra det, skemaversion {', '.join(report.revision)} skal have: "
            f"{'; '.join(diff)}. Gendan en god sikkerhedskopi.")


def _pending_scrub(report: DoctorReport, db_file: Path, lang: str) -> None:
    from secretary_app.services.members_gdpr import SCRUB_MARKER

    if not (db_file.parent / SCRUB_MARKER).exists():
        return
    from secretary_app.services.opening import open_store
    from secretary_app.store.lock import InstanceLock

    lock = InstanceLock(db_file.parent, role="doctor")
    if not lock.try_acquire():
        report.problems.append(
            "An erased member's text is not yet removed from the file; close the app and run doctor again."
            if lang == "en" else "Et slettet medlems tekst er endnu ikke fjernet fra filen; luk programmet, "
            "og kør doctor igen.")
        return
    try:
        store = open_store(db_file)
        store.close()
        report.notes.extend(store.notices)
    except AppError as exc:
        report.problems.append(exc.message(lang))
    finally:
        lock.release()
    if (db_file.parent / SCRUB_MARKER).exists():
        report.problems.extend(n for n in report.notes if "sletning" in n or "erase" in n)


def _pragma(con, name: str) -> list[str]:
    try:
        return [str(r) for (r,) in con.execute(f"PRAGMA {name}")] or ["no result"]
    except cipher.database_errors() as exc:
        return [str(exc)]


def _suggest_backup(report: DoctorReport, db_file: Path) -> None:
    from secretary_app.store import backups

    folder = db_file.parent / "backups"
    good = backups.newest_good_backup(folder)
    if good is not None:
        report.newest_good_backup = str(good.path)
        report.problems.append(
            f"Nyeste gode sikkerhedskopi: {good.path} ({good.created:%d-%m-%Y %H:%M}). "
            f"Gendan med: secretary-app restore \"{good.path}\"")
    else:
        report.problems.append(f"Der er ingen brugbar sikkerhedskopi i {folder}.")
