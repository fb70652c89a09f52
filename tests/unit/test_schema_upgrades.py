"""A real database file from every released schema revision upgrades to head, backed up first,
keeping its rows (cf. Firefox Places). Fixtures: tests/data/schema/revNNNN.sql, each a real
database of that revision written out as SQL (make_fixtures.py) and rebuilt here with sqlite3."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

from secretary_app.store import backups, revision
from secretary_app.store.migrate import ensure_schema

FIXTURES = Path(__file__).resolve().parent.parent / "data" / "schema"
RELEASED = sorted(p.stem.removeprefix("rev") for p in FIXTURES.glob("rev*.sql"))
TABLES = ("council", "party_group", "member", "task_type", "meeting", "agenda_item", "request", "time_entry",
          "guard_event", "draft", "draft_version")


def _rows(db: Path) -> dict[str, list[tuple]]:
    con = sqlite3.connect(db)
    try:
        have = {r for (r,) in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        out = {}
        for t in TABLES:
            if t in have:
                cols = [c[1] for c in con.execute(f"PRAGMA table_info({t})")]
                out[t] = (cols, sorted(con.execute(f"SELECT * FROM {t}").fetchall(), key=repr))
        return out
    finally:
        con.close()


# The schema revisions that shipped in a release. When a release ships a new head, add it
# here and write its fixture with tests/data/schema/make_fixtures.py.
SHIPPED = ("0001", "0002")


def test_every_shipped_revision_has_a_fixture():
    graph = revision.script_revisions()
    assert set(SHIPPED) <= set(graph)
    assert set(RELEASED) >= set(SHIPPED), "add tests/data/schema/revNNNN.sql (make_fixtures.py)"


@pytest.mark.parametrize("rev", RELEASED)
def test_fixture_upgrades_to_head_with_a_backup_keeping_its_rows(rev, tmp_path):
    source = FIXTURES / f"rev{rev}.sql"
    fixture_hash = hashlib.sha256(source.read_bytes()).hexdigest()
    db = tmp_path / "secretary.sqlite3"
    con = sqlite3.connect(db)
    con.executescript(source.read_text(encoding="utf-8"))
    con.close()
    before = _rows(db)
    assert revision.check(db).db == {rev}

    state = ensure_schema(db, tmp_path / "backups")

    assert state.db == {rev} and revision.check(db).current
    (pre,) = (tmp_path / "backups").glob(f"pre-migration-{rev}-*.sqlite3")
    assert _rows(pre) == before  # the backup is the database as it was
    assert backups.quick_check(db) == ["ok"] and backups.quick_check(pre) == ["ok"]
    after = _rows(db)
    for table, (cols, rows) in before.items():
        new_cols, new_rows = after[table]
        idx = [new_cols.index(c) for c in cols]
        assert sorted((tuple(r[i] for i in idx) for r in new_rows), key=repr) == rows, table
    assert hashlib.sha256(source.read_bytes()).hexdigest() == fixture_hash  # the fixture itself untouched

    # the upgraded file works with the app's services
    from secretary_app.services import groups, requests
    from secretary_app.store.engine import Store

    store = Store(db)
    try:
        group = groups.find_group(store, "F")
        assert {m.name for m in groups.list_members(store, group.id)} >= {"Åse Ærø", "Bjørn Østergård"}
        if rev >= "0002":
            assert [r.title for r in requests.search_requests(store, group.id, "cykelstier")] == ["Tale om cykelstier"]
            assert requests.total_minutes(store, 1) == 75
    finally:
        store.close()
