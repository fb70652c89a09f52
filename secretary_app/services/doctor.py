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
    integrity: str = "not checked"
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems

    def as_dict(self) -> dict:
        return {
            "version": self.version, "data_dir": str(self.data_dir), "database": str(self.db_path),
            "database_exists": self.db_exists, "schema_revision": self.revision,
            "head_revision": self.heads, "integrity_check": self.integrity,
            "ok": self.ok, "problems": self.problems,
        }


def diagnose(data_dir: Path, db_file: Path) -> DoctorReport:
    """Read-only: never writes to the database, even a damaged one."""
    report = DoctorReport(data_dir=data_dir, db_path=db_file)
    report.heads = sorted(revision.script_heads())
    report.db_exists = db_file.exists()
    if not report.db_exists:
        report.problems.append(f"Databasen findes ikke: {db_file} (kør programmet eller `secretary-app demo`).")
        return report
    try:
        con = sqlite3.connect(f"file:{db_file}?mode=ro", uri=True, timeout=10)
        try:
            rows = [r for (r,) in con.execute("PRAGMA integrity_check")]
            report.integrity = "ok" if rows == ["ok"] else "; ".join(rows[:10])
            if rows != ["ok"]:
                report.problems.append(f"SQLite's integritetstjek fejlede: {report.integrity}")
            has_version = con.execute(
                "SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'").fetchone()
            if has_version:
                report.revision = sorted(r for (r,) in con.execute("SELECT version_num FROM alembic_version"))
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        report.integrity = f"error: {exc}"
        report.problems.append(f"Databasen kan ikke læses ({exc}); filen er ikke ændret.")
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
