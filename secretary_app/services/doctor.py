"""Health report for `secretary-app doctor` (and the GUI's About/diagnostics)."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from secretary_app import __version__
from secretary_app.store import revision


@dataclass
class DoctorReport:
    data_dir: Path
    db_path: Path
    version: str = __version__
    db_exists: bool = False
    revision: list[str] = field(default_factory=list)
    heads: list[str] = field(default_factory=list)
    quick_check: str = "not checked"
    integrity: str = "not checked"
    newest_good_backup: str | None = None
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems

    def as_dict(self) -> dict:
        return {
            "version": self.version, "data_dir": str(self.data_dir), "database": str(self.db_path),
            "database_exists": self.db_exists, "schema_revision": self.revision,
            "head_revision": self.heads, "quick_check": self.quick_check,
            "integrity_check": self.integrity, "newest_good_backup": self.newest_good_backup,
            "ok": self.ok, "problems": self.problems,
        }


def diagnose(data_dir: Path, db_file: Path) -> DoctorReport:
    """Read-only: never writes to the database, even a damaged one, and creates nothing beside
    it (no -wal or -shm): the file is opened ``immutable=1``, or checked on a private copy
    when it has a WAL (store.backups.open_untouched)."""
    from secretary_app.store import backups

    report = DoctorReport(data_dir=data_dir, db_path=db_file)
    report.heads = sorted(revision.script_heads())
    report.db_exists = db_file.exists()
    if not report.db_exists:
        report.problems.append(f"Databasen findes ikke: {db_file} (kør programmet eller `secretary-app demo`).")
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
    except (sqlite3.DatabaseError, OSError) as exc:
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
                f"Databasen er fra en nyere version af programmet (skema {', '.join(report.revision)}).")
        else:
            report.problems.append(
                f"Skemaet er forældet ({', '.join(report.revision)}; nyeste {', '.join(report.heads)}); "
                "det opgraderes, når programmet startes.")
    return report


def _pragma(con: sqlite3.Connection, name: str) -> list[str]:
    try:
        return [str(r) for (r,) in con.execute(f"PRAGMA {name}")] or ["no result"]
    except sqlite3.DatabaseError as exc:
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
