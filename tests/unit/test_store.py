"""The store: pragmas on every connection, migrations own the schema, newer schemas refused."""

from __future__ import annotations

import hashlib
import sqlite3

import pytest
from sqlalchemy import text

from secretary_app.store import revision
from secretary_app.store.engine import Store
from secretary_app.store.migrate import ensure_schema, upgrade
from secretary_app.store.revision import StoreTooNewError


def test_pragmas_are_set_on_every_connection(store):
    with store.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 5000


def test_empty_database_migrates_to_head_with_alembic_version(data_dir):
    db = data_dir / "fresh.sqlite3"
    state = ensure_schema(db, data_dir / "backups")
    assert state.empty
    con = sqlite3.connect(db)
    try:
        revs = {r for (r,) in con.execute("SELECT version_num FROM alembic_version")}
        tables = {r for (r,) in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    finally:
        con.close()
    assert revs == set(revision.script_heads())
    assert {"council", "party_group", "member", "task_type", "request", "time_entry",
            "guard_event", "draft", "draft_version", "meeting", "agenda_item"} <= tables


def test_older_database_is_backed_up_and_upgraded_keeping_rows(data_dir):
    db = data_dir / "old.sqlite3"
    upgrade(db, "0001")
    con = sqlite3.connect(db)
    con.execute("INSERT INTO council (name, extra_closing_days, created_at) VALUES ('Gammel Kommune', '[]', '2025-01-01')")
    con.execute("INSERT INTO party_group (council_id, name, list_letter, created_at) VALUES (1, 'Gruppe', 'G', '2025-01-01')")
    con.execute("INSERT INTO member (group_id, name, created_at) VALUES (1, 'Anna Alm', '2025-01-01')")
    con.commit()
    con.close()
    assert revision.check(db).db == {"0001"}

    state = ensure_schema(db, data_dir / "backups")

    assert state.db == {"0001"}
    assert revision.check(db).current
    backups = list((data_dir / "backups").glob("pre-migration-0001-*.sqlite3"))
    assert len(backups) == 1
    store = Store(db)
    with store.engine.connect() as conn:
        assert conn.execute(text("SELECT name FROM member")).scalar() == "Anna Alm"
        assert conn.execute(text("SELECT words_per_minute FROM member")).scalar() == 130
        assert conn.execute(text("SELECT count(*) FROM request")).scalar() == 0
    store.close()


def test_newer_database_is_refused_and_left_untouched(data_dir):
    db = data_dir / "new.sqlite3"
    ensure_schema(db)
    con = sqlite3.connect(db)
    con.execute("DELETE FROM alembic_version")
    con.execute("INSERT INTO alembic_version VALUES ('9999_future')")
    con.commit()
    con.close()
    before = hashlib.sha256(db.read_bytes()).hexdigest()
    with pytest.raises(StoreTooNewError, match="nyere version"):
        ensure_schema(db, data_dir / "backups")
    assert hashlib.sha256(db.read_bytes()).hexdigest() == before


def test_models_match_the_migrations(store):
    """The SQLModel classes and the Alembic-owned schema must not drift apart."""
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext
    from sqlmodel import SQLModel

    from secretary_app.store import models  # noqa: F401

    with store.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), SQLModel.metadata)
    # FTS5 shadow tables are created by raw SQL and unknown to the metadata.
    diff = [d for d in diff if not (d[0] == "remove_table" and "_fts" in d[1].name)]
    assert diff == []


def test_heads_are_read_cheaply_from_the_migration_files():
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    from secretary_app.store.migrate import MIGRATIONS_DIR

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    assert set(ScriptDirectory.from_config(cfg).get_heads()) == set(revision.script_heads())


def test_fts_follows_inserts_updates_and_deletes(store, group):
    from secretary_app.services import groups
    from secretary_app.store.models import Request

    member = groups.create_member(store, group.id, groups.MemberInput(name="Bo Berg"))
    tt = groups.find_task_type(store, group.id, "speech")
    with store.session() as s:
        req = Request(group_id=group.id, member_id=member.id, task_type_id=tt.id,
                      title="Tale om cykelstier", description="Budgetforhandlingerne")
        s.add(req)
    with store.engine.connect() as conn:
        hits = conn.exec_driver_sql("SELECT rowid FROM request_fts WHERE request_fts MATCH 'cykelstier'").all()
        assert [h[0] for h in hits] == [req.id]
    with store.session() as s:
        r = s.get(Request, req.id)
        r.title = "Tale om skolemad"
    with store.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM request_fts WHERE request_fts MATCH 'cykelstier'").scalar() == 0
        assert conn.exec_driver_sql("SELECT count(*) FROM request_fts WHERE request_fts MATCH 'skolemad'").scalar() == 1


def test_a_failed_use_case_leaves_nothing_half_saved(store, group):
    from secretary_app.store.models import Member

    with pytest.raises(RuntimeError):
        with store.session() as s:
            s.add(Member(group_id=group.id, name="Halv"))
            s.flush()
            raise RuntimeError("boom")
    from sqlmodel import select

    with store.session() as s:
        assert s.exec(select(Member)).all() == []
