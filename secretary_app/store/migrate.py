"""Open a store: refuse a newer schema, back up and upgrade an older one.

Alembic (and with it SQLAlchemy) is imported only when a migration must run.
"""

from __future__ import annotations

from pathlib import Path

from secretary_app.store import files, revision
from secretary_app.store.revision import StoreTooNewError  # noqa: F401  (re-export)

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


def alembic_config(connection):
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR).replace("%", "%%"))  # configparser
    cfg.attributes["connection"] = connection
    return cfg


def backup_before_migration(db_file: Path, backups_dir: Path, from_revs: frozenset[str]) -> Path:
    """A checked copy (0600 from creation, online backup API) before touching the schema."""
    from secretary_app.store import backups

    folder = backups.ensure_backups_dir(backups_dir)
    target = backups.new_backup_path(folder, "pre-migration", revs=from_revs)
    return backups.copy_database(db_file, target)


def upgrade(db_file: Path, target: str = "heads", *, durable: bool = True, key: bytes | None = None) -> None:
    """``key``: build a new (empty) file encrypted; an existing encrypted file opens with the
    key unlocked in this process anyway."""
    from alembic import command

    from secretary_app.store.engine import make_engine

    engine = make_engine(db_file, durable=durable, key=key)
    try:
        with engine.begin() as conn:
            command.upgrade(alembic_config(conn), target)
        files.fault_point("migration committed")
    finally:
        engine.dispose()


def ensure_schema(db_file: Path, backups_dir: Path | None = None, *,
                  key: bytes | None = None) -> revision.RevisionState:
    """Bring the database to the head revision. Returns the state found before.

    Raises StoreTooNewError, without writing, when the file comes from a newer app.
    """
    state = revision.check(db_file)
    if state.current:
        return state
    if not state.empty and backups_dir is not None:
        backup_before_migration(db_file, backups_dir, state.db or frozenset())
    upgrade(db_file, key=key)
    return state
