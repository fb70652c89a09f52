"""Open a store: refuse a newer schema, back up and upgrade an older one.

Alembic (and with it SQLAlchemy) is imported only when a migration must run.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

from secretary_app.store import revision
from secretary_app.store.revision import StoreTooNewError  # noqa: F401  (re-export)

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


def alembic_config(connection):
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.attributes["connection"] = connection
    return cfg


def backup_before_migration(db_file: Path, backups_dir: Path, from_revs: frozenset[str]) -> Path:
    """Copy the database with SQLite's online backup API before touching its schema."""
    backups_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    target = backups_dir / f"pre-migration-{'-'.join(sorted(from_revs))}-{stamp}.sqlite3"
    tmp = target.with_suffix(".tmp")
    src = sqlite3.connect(db_file)
    try:
        dst = sqlite3.connect(tmp)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
    tmp.chmod(0o600)
    tmp.replace(target)
    return target


def upgrade(db_file: Path, target: str = "heads") -> None:
    from alembic import command

    from secretary_app.store.engine import make_engine

    engine = make_engine(db_file)
    try:
        with engine.begin() as conn:
            command.upgrade(alembic_config(conn), target)
    finally:
        engine.dispose()


def ensure_schema(db_file: Path, backups_dir: Path | None = None) -> revision.RevisionState:
    """Bring the database to the head revision. Returns the state found before.

    Raises StoreTooNewError, without writing, when the file comes from a newer app.
    """
    state = revision.check(db_file)
    if state.current:
        return state
    if not state.empty and backups_dir is not None:
        backup_before_migration(db_file, backups_dir, state.db or frozenset())
    upgrade(db_file)
    return state
