"""Cheap schema-revision checks that import neither Alembic nor SQLAlchemy.

Start-up must not wait for the ORM before the window is painted, so the head
revisions are read from the migration files' headers and the database's
revision with the standard library's sqlite3.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

VERSIONS_DIR = Path(__file__).resolve().parent / "migrations" / "versions"
_REV = re.compile(r"^revision\s*=\s*['\"]([^'\"]+)['\"]", re.M)
_DOWN = re.compile(r"^down_revision\s*=\s*(.+)$", re.M)


class StoreTooNewError(RuntimeError):
    """The database was written by a newer version of the app."""

    def __init__(self, da: str, en: str | None = None):
        super().__init__(da)
        self.da, self.en = da, en or da

    def message(self, lang: str = "da") -> str:
        return self.en if lang == "en" else self.da


def script_revisions(versions_dir: Path = VERSIONS_DIR) -> dict[str, tuple[str, ...]]:
    """Map every revision id to its parents, from the migration files."""
    graph: dict[str, tuple[str, ...]] = {}
    for path in sorted(versions_dir.glob("*.py")):
        text = path.read_text(encoding="utf-8")
        rev = _REV.search(text)
        down = _DOWN.search(text)
        if not rev or not down:
            continue
        parents = tuple(re.findall(r"['\"]([^'\"]+)['\"]", down.group(1)))
        graph[rev.group(1)] = parents
    return graph


def script_heads(versions_dir: Path = VERSIONS_DIR) -> frozenset[str]:
    graph = script_revisions(versions_dir)
    parents = {p for ps in graph.values() for p in ps}
    return frozenset(r for r in graph if r not in parents)


def db_revisions(db_file: Path) -> frozenset[str] | None:
    """The revisions stamped in the database, or None when it has no schema yet."""
    if not db_file.exists() or db_file.stat().st_size == 0:
        return None
    from secretary_app.store.cipher import open_file

    con = open_file(db_file, mode="ro", timeout=10)
    try:
        has = con.execute(
            "SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'"
        ).fetchone()
        if not has:
            return None
        return frozenset(r for (r,) in con.execute("SELECT version_num FROM alembic_version"))
    finally:
        con.close()


@dataclass(frozen=True)
class RevisionState:
    db: frozenset[str] | None
    heads: frozenset[str]

    @property
    def empty(self) -> bool:
        return self.db is None

    @property
    def current(self) -> bool:
        return self.db == self.heads

    @property
    def unknown(self) -> frozenset[str]:
        """Revisions in the database that this version of the app does not know."""
        if not self.db:
            return frozenset()
        return frozenset(r for r in self.db if r not in script_revisions())


def check(db_file: Path) -> RevisionState:
    state = RevisionState(db=db_revisions(db_file), heads=script_heads())
    if state.unknown:
        raise StoreTooNewError(
            f"Databasen {db_file} er skrevet af en nyere version af Medlemssekretær "
            f"(skemaversion {', '.join(sorted(state.unknown))}). Opdatér programmet; "
            "databasen er ikke ændret.",
            f"The database {db_file} was written by a newer version of Medlemssekretær "
            f"(schema revision {', '.join(sorted(state.unknown))}). Update the app; "
            "the database was not changed.",
        )
    return state
