"""Which rows are demo data, and removing exactly those.

The seeder's rows are recorded in ``demo_row`` (table, id) right after it ran. Removal walks
the tables children first and deletes a marked row only when nothing the user made still
hangs on it through a cascading foreign key: a request the user added for a demo member
keeps that member (and its group) alive; such rows count as the user's from then on.
Tables are read from SQLite itself, so tables added by later migrations are covered too.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from secretary_app.domain.changes import Changes, Kind, changes
from secretary_app.store.engine import Store

MARK_TABLE = "demo_row"
_SKIP = {MARK_TABLE, "alembic_version"}


@dataclass
class RemovalResult:
    removed: dict[str, int] = field(default_factory=dict)  # table -> rows deleted
    kept: dict[str, int] = field(default_factory=dict)  # demo rows kept because user rows use them
    changes: Changes = field(default_factory=Changes.everything)

    @property
    def total(self) -> int:
        return sum(self.removed.values())


def _q(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _tables(conn) -> list[str]:
    """Ordinary tables with an integer ``id`` column (not FTS shadow tables)."""
    rows = conn.exec_driver_sql(
        "SELECT name, sql FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'").fetchall()
    virtual = [name for name, sql in rows if (sql or "").upper().startswith("CREATE VIRTUAL")]
    out = []
    for name, _sql in rows:
        if name in _SKIP or name in virtual or any(name.startswith(v + "_") for v in virtual):
            continue
        cols = {r[1] for r in conn.exec_driver_sql(f"PRAGMA table_info({_q(name)})")}
        if "id" in cols:
            out.append(name)
    return out


def _children(conn, tables: list[str]) -> dict[str, list[tuple[str, str]]]:
    """parent table -> [(child table, child column)] for foreign keys that delete or block."""
    refs: dict[str, list[tuple[str, str]]] = {t: [] for t in tables}
    for child in tables:
        for fk in conn.exec_driver_sql(f"PRAGMA foreign_key_list({_q(child)})"):
            parent, column, on_delete = fk[2], fk[3], (fk[6] or "").upper()
            if parent in refs and on_delete not in ("SET NULL", "SET DEFAULT"):
                refs[parent].append((child, column))
    return refs


def _children_first(tables: list[str], refs: dict[str, list[tuple[str, str]]]) -> list[str]:
    order: list[str] = []
    seen: set[str] = set()

    def visit(t: str, stack: frozenset[str]) -> None:
        if t in seen or t in stack:
            return
        for child, _col in refs.get(t, []):
            visit(child, stack | {t})
        seen.add(t)
        order.append(t)

    for t in sorted(tables):
        visit(t, frozenset())
    return order


PENDING = "@since:"  # table_name prefix of a high-water mark while the seeder runs


@changes(Kind.STORE)
def begin_marking(store: Store) -> None:
    """Note the highest id of every table before the seeder runs, in the store itself: if the
    seeding is killed halfway, the rows it wrote are still found as demo rows later."""
    with store.session() as s:
        conn = s.connection()
        for t in _tables(conn):
            top = conn.exec_driver_sql(f"SELECT COALESCE(MAX(id), 0) FROM {_q(t)}").scalar() or 0
            conn.exec_driver_sql(f"INSERT OR REPLACE INTO {MARK_TABLE} (table_name, row_id) VALUES (?, ?)",
                                 (PENDING + t, top))


@changes(Kind.STORE)
def finish_marking(store: Store) -> int:
    """Record every row added since ``begin_marking`` as demo data. Returns how many."""
    total = 0
    with store.session() as s:
        conn = s.connection()
        since = dict(conn.exec_driver_sql(
            f"SELECT substr(table_name, {len(PENDING) + 1}), row_id FROM {MARK_TABLE} "
            f"WHERE table_name LIKE '{PENDING}%'").fetchall())
        if not since:
            return 0
        for t in _tables(conn):
            if t not in since:
                continue
            cur = conn.exec_driver_sql(
                f"INSERT OR IGNORE INTO {MARK_TABLE} (table_name, row_id) "
                f"SELECT ?, id FROM {_q(t)} WHERE id > ?", (t, since[t]))
            total += max(cur.rowcount, 0)
        conn.exec_driver_sql(f"DELETE FROM {MARK_TABLE} WHERE table_name LIKE '{PENDING}%'")
    return total


def has_demo(store: Store) -> bool:
    with store.session() as s:
        return s.connection().exec_driver_sql(f"SELECT 1 FROM {MARK_TABLE} LIMIT 1").first() is not None


def demo_group_ids(store: Store) -> set[int]:
    with store.session() as s:
        rows = s.connection().exec_driver_sql(
            f"SELECT row_id FROM {MARK_TABLE} WHERE table_name = 'party_group'").fetchall()
    return {r[0] for r in rows}


@changes(Kind.STORE)
def remove_demo(store: Store) -> RemovalResult:
    """Delete the demo rows in one transaction; keep every row the user made."""
    result = RemovalResult()
    finish_marking(store)  # a seeding that was interrupted
    with store.session() as s:
        conn = s.connection()
        tables = _tables(conn)
        refs = _children(conn, tables)
        for t in _children_first(tables, refs):
            blockers = " ".join(
                f"AND NOT EXISTS (SELECT 1 FROM {_q(c)} WHERE {_q(c)}.{_q(col)} = {_q(t)}.id)"
                for c, col in refs[t])
            cur = conn.exec_driver_sql(
                f"DELETE FROM {_q(t)} WHERE id IN (SELECT row_id FROM {MARK_TABLE} WHERE table_name = ?) "
                f"{blockers}", (t,))
            if cur.rowcount:
                result.removed[t] = cur.rowcount
            conn.exec_driver_sql(
                f"DELETE FROM {MARK_TABLE} WHERE table_name = ? AND row_id NOT IN (SELECT id FROM {_q(t)})",
                (t,))
        for t, n in conn.exec_driver_sql(
                f"SELECT table_name, COUNT(*) FROM {MARK_TABLE} GROUP BY table_name").fetchall():
            result.kept[t] = n
        # What is left is in use by the user's own rows, and from now on theirs.
        conn.exec_driver_sql(f"DELETE FROM {MARK_TABLE}")
    return result
