"""Compare a database's whole schema with what its revision must contain.

The expected schema is never written by hand: the migrations are run, up to the database's
revision, in a temporary database, and that result is read back the same way. A future
migration therefore needs no manifest edit. Compared: every table's columns (name, type,
NOT NULL, default, primary key, hidden), foreign keys, every index (table, unique, columns,
partial clause), every trigger and view (their SQL, whitespace-normalised), and no object may be
extra or missing. A backup with a planted trigger, a wrong revision stamp or altered columns is
refused before it can replace anything.
"""

from __future__ import annotations

import re
import shutil
import sqlite3
import tempfile
from functools import lru_cache
from pathlib import Path

from secretary_app.store import files


def _norm(sql: str | None) -> str:
    return re.sub(r"\s+", " ", sql or "").strip()


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def read_schema(con: sqlite3.Connection) -> dict[str, tuple]:
    """{"table x": (...), "index y": (...), "trigger z": sql, "view v": sql} for one database."""
    out: dict[str, tuple] = {}
    rows = con.execute("SELECT type, name, tbl_name, sql FROM sqlite_master "
                       "WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name").fetchall()
    for kind, name, table, sql in rows:
        if kind == "table":
            cols = tuple(tuple(r[1:]) for r in con.execute(f"PRAGMA table_xinfo({_quote(name)})"))
            fks = tuple(sorted(tuple(map(str, r[2:])) for r in con.execute(
                f"PRAGMA foreign_key_list({_quote(name)})")))
            virtual = _norm(sql) if _norm(sql).upper().startswith("CREATE VIRTUAL") else ""
            out[f"table {name}"] = (cols, fks, virtual)
        elif kind == "index":
            info = con.execute(f"PRAGMA index_xinfo({_quote(name)})").fetchall()
            cols = tuple((r[2], r[3], r[4], r[5]) for r in info)
            out[f"index {name}"] = (table, cols, _norm(sql))
        else:  # trigger, view
            out[f"{kind} {name}"] = (table, _norm(sql))
    return out


@lru_cache(maxsize=8)
def expected_schema(revs: frozenset[str]) -> dict[str, tuple]:
    """The schema the migrations produce at ``revs``, built in a temporary database."""
    from secretary_app.store.migrate import upgrade

    tmp = Path(tempfile.mkdtemp(prefix="secretary-schema-"))  # holds no personal data
    try:
        db = tmp / "expected.sqlite3"
        for rev in sorted(revs):
            upgrade(db, rev, durable=False)
        con = files.connect_immutable(db)
        try:
            return read_schema(con)
        finally:
            con.close()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def differences(actual: dict[str, tuple], expected: dict[str, tuple], limit: int = 5) -> list[str]:
    """Human-readable differences (object names only; no data)."""
    out = []
    for key in sorted(set(actual) | set(expected)):
        if key not in expected:
            out.append(f"uventet / unexpected {key}")
        elif key not in actual:
            out.append(f"mangler / missing {key}")
        elif actual[key] != expected[key]:
            out.append(f"ændret / altered {key}")
    return out[:limit] + ([f"… (+{len(out) - limit})"] if len(out) > limit else [])


def schema_mismatch(db_file: Path, revs: frozenset[str]) -> list[str]:
    """[] when ``db_file``'s schema is exactly what revision ``revs`` must contain."""
    from secretary_app.store.backups import open_untouched

    with open_untouched(db_file) as con:
        actual = read_schema(con)
    return differences(actual, expected_schema(frozenset(revs)))
