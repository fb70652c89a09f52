"""Open the store for the app or the CLI: schema checked, migrated, ready."""

from __future__ import annotations

from pathlib import Path

from secretary_app import paths
from secretary_app.store.engine import Store
from secretary_app.store.migrate import ensure_schema


def open_store(db_file: Path | None = None) -> Store:
    """Open (creating or upgrading) the database; StoreTooNewError leaves it untouched."""
    db_file = Path(db_file) if db_file else paths.db_path()
    ensure_schema(db_file, paths.backups_dir() if db_file.parent == paths.data_dir() else db_file.parent / "backups")
    return Store(db_file)
