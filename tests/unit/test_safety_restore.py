"""Data safety, round two: restore, rotation, clock skew, --out and hostile backups."""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import io
import json
import shutil
import sqlite3
from pathlib import Path

import pytest

from secretary_app.domain.dates import COPENHAGEN

from secretary_app.services import backup as svc
from secretary_app.services import groups
from secretary_app.store import backups

NAMES = ["Anna Andersen", "Bo Berg"]


def cli(*args: str) -> tuple[int, str, str]:
    from secretary_app.cli import main

    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        rc = main(list(args))
    return rc, out.getvalue(), err.getvalue()


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def names(db: Path) -> list[str]:
    con = sqlite3.connect(db)
    try:
        return sorted(n for (n,) in con.execute("SELECT name FROM member"))
    finally:
        con.close()


@pytest.fixture
def filled(store, group):
    for name in NAMES:
        groups.create_member(store, group.id, groups.MemberInput(name=name))
    return store


def test_missing_database_beside_a_staged_restore_is_recovered_not_recreated(filled, data_dir):
    """Issue 13 point 2: a kill between moving the old database aside and renaming the staged
    file in left no database; the next command must finish the restore, not create an empty store."""
    db = data_dir / "secretary.sqlite3"
    saved = svc.backup_now()
    groups.create_member(filled, 1, groups.MemberInput(name="Efter Kopien"))
    filled.close()
    backups.copy_database(db, db.with_name("secretary.sqlite3.replaced-20261201-101500"))
    shutil.copyfile(saved, db.with_name(".secretary.sqlite3.restore.tmp"))
    db.unlink()
    for side in backups.sidecars(db):
        side.unlink(missing_ok=True)

    rc, out, err = cli("groups", "--json")

    assert rc == 0, err
    assert [m["name"] for m in json.loads(out)[0]["members"]] == NAMES  # the restored data
    assert "afbrudt gendannelse" in err


def test_missing_database_beside_a_replaced_file_is_put_back(filled, data_dir):
    """Issue 13 point 2: with only the ``*.replaced-*`` file left, the old database is put back."""
    db = data_dir / "secretary.sqlite3"
    filled.close()
    backups.copy_database(db, db.with_name("secretary.sqlite3.replaced-20261201-101500"))
    for f in (db, *backups.sidecars(db)):
        f.unlink(missing_ok=True)
    rc, out, err = cli("groups", "--json")
    assert rc == 0, err
    assert [m["name"] for m in json.loads(out)[0]["members"]] == NAMES


def test_missing_database_with_backups_is_refused_never_recreated(filled, data_dir):
    """Issue 13 point 2: a missing database with backups around gets the rescue message, and no
    new empty store (which the window would fill with demo data) is created."""
    db = data_dir / "secretary.sqlite3"
    good = svc.backup_now()
    filled.close()
    for f in (db, *backups.sidecars(db)):
        f.unlink(missing_ok=True)
    for command in (["tasks", "add", "--group", "T", "--member", "Bo Berg", "--type", "speech", "--title", "x"],
                    ["groups"], ["demo"]):
        rc, _out, err = cli(*command)
        assert rc == 2, (command, err)
        assert "mangler" in err and str(good) in err
        assert not db.exists()
    state = svc.health(db, recover=True)
    assert not state.ok and state.newest_good is not None and state.newest_good.path == good


def test_restore_replaces_the_database_in_one_rename(filled, data_dir, monkeypatch):
    """Issue 13 point 2: at every moment of a restore a database file exists."""
    from secretary_app.store import files

    db = data_dir / "secretary.sqlite3"
    saved = svc.backup_now()
    filled.close()
    seen = []
    monkeypatch.setattr(files, "fault_point", lambda label: seen.append((label, db.exists())))
    svc.restore(saved)
    assert seen and all(exists for _label, exists in seen), [s for s in seen if not s[1]]
    assert names(db) == NAMES


def test_manual_and_special_backups_are_never_rotated_away(filled, data_dir):
    """Issue 13 point 3: the exit backups of the same day never delete a manual backup."""
    manual = svc.backup_now(kind="manual")
    for _ in range(4):
        svc.backup_now(kind="auto")
    folder = data_dir / "backups"
    for i in range(5):
        backups.copy_database(data_dir / "secretary.sqlite3", backups.new_backup_path(folder, "pre-restore"))
    backups.rotate(folder)
    left = backups.list_backups(folder)
    assert manual.exists()
    assert len([b for b in left if b.kind == "pre-restore"]) == 5
    assert len([b for b in left if b.kind == "auto"]) >= backups.KEEP_NEWEST


def test_future_dated_backups_never_push_out_the_newest_real_one(filled, data_dir):
    """Issue 13 point 4: with backups named in the future (a clock that ran ahead), new backups
    are kept and the newest real one is recommended; names carry local time with an offset."""
    folder = data_dir / "backups"
    first = svc.backup_now(kind="auto")
    for day in range(1, 10):  # names from an earlier version, days "ahead"
        when = dt.datetime.now() + dt.timedelta(days=day)
        shutil.copyfile(first, folder / f"secretary-{when:%Y%m%d-%H%M%S}.sqlite3")
    a = svc.backup_now(kind="auto")
    b = svc.backup_now(kind="auto")
    assert a.exists() and b.exists()
    assert backups.newest_good_backup(folder).path == b
    assert backups.list_backups(folder)[0].path == b
    assert backups.backup_due(folder, now=dt.datetime.now(dt.timezone.utc)) is False
    offset = dt.datetime.now(COPENHAGEN).strftime("%z")  # the UI's local time, whatever the machine's
    assert offset in b.name
    rc, out, _err = cli("backups", "--json")
    rows = json.loads(out)
    assert rows[0]["file"] == str(b)
    assert dt.datetime.fromisoformat(rows[0]["created"]).utcoffset() is not None  # local time with offset


def test_backup_due_when_the_newest_is_dated_in_the_future(tmp_path):
    """Issue 13 point 4: a backup dated a day ahead does not stop backups for a day."""
    folder = tmp_path / "b"
    folder.mkdir()
    (folder / f"{backups.backup_name('auto', dt.datetime.now() + dt.timedelta(days=1), seq=1)}.sqlite3").write_bytes(b"x")
    assert backups.backup_due(folder)


@pytest.mark.parametrize("target", ["secretary.sqlite3-wal", "secretary.sqlite3", "secretary.sqlite3-shm",
                                    "backups/mine.sqlite3", "other.sqlite3"])
def test_backup_out_onto_the_stores_own_files_is_refused(filled, data_dir, target):
    """Issue 13 point 5: `backup --out` onto the live database's files (or anywhere in the
    data folder) is refused, and those files are untouched."""
    wal = data_dir / "secretary.sqlite3-wal"
    before = {p: sha(p) for p in data_dir.iterdir() if p.is_file()}
    rc, _out, err = cli("backup", "--out", str(data_dir / target))
    assert rc == 2 and "datamappen" in err
    assert {p: sha(p) for p in before} == before
    assert wal.exists() or "wal" not in target
    assert names(data_dir / "secretary.sqlite3") == NAMES


def test_backup_out_through_a_link_into_the_data_folder_is_refused(filled, data_dir, tmp_path):
    """Issue 13 point 5: a symlinked folder pointing into the data folder is seen through."""
    link = tmp_path / "elsewhere"
    link.symlink_to(data_dir)
    rc, _out, err = cli("backup", "--out", str(link / "secretary.sqlite3-wal"))
    assert rc == 2 and "datamappen" in err


def _hostile(path: Path, sql: str) -> None:
    con = sqlite3.connect(path)
    con.executescript(sql)
    con.commit()
    con.close()


@pytest.mark.parametrize("sql", [
    "CREATE TRIGGER steal AFTER INSERT ON request BEGIN DELETE FROM member; END;",
    "CREATE TABLE hidden (x TEXT);",
    "CREATE VIEW v AS SELECT name FROM member;",
    "ALTER TABLE member ADD COLUMN extra TEXT;",
    "DROP INDEX IF EXISTS ix_request_group_id; CREATE INDEX ix_other ON member(name);",
    "UPDATE alembic_version SET version_num = '0001';",
])
def test_restore_refuses_a_backup_whose_schema_is_not_its_revisions(filled, data_dir, tmp_path, sql):
    """Issue 13 point 8: a planted trigger, table or view, altered columns or indexes, or a
    wrong revision stamp: the whole schema is compared and the backup refused, nothing changed."""
    db = data_dir / "secretary.sqlite3"
    bad = tmp_path / "bad.sqlite3"
    shutil.copyfile(svc.backup_now(), bad)
    _hostile(bad, sql)
    filled.close()
    before = sha(db)
    rc, _out, err = cli("restore", str(bad))
    assert rc == 2, err
    assert "skema" in err and "intet er ændret" in err.lower()
    assert sha(db) == before


def test_an_older_backup_is_upgraded_in_a_copy_before_it_replaces_anything(filled, data_dir, tmp_path):
    """Issue 13 point 8: a rev-0001 backup is restored at the head schema; the backup file is
    untouched and no pre-migration copy of it is needed."""
    from secretary_app.store import revision

    fixture = Path(__file__).resolve().parents[1] / "data" / "schema" / "rev0001.sql"
    old = tmp_path / "old.sqlite3"
    con = sqlite3.connect(old)
    con.executescript(fixture.read_text(encoding="utf-8"))
    con.commit()
    con.close()
    before = sha(old)
    filled.close()
    result = svc.restore(old)
    db = data_dir / "secretary.sqlite3"
    assert revision.check(db).current
    assert sha(old) == before
    assert result.pre_restore is not None and names(result.pre_restore) == NAMES
    assert not list((data_dir / "backups").glob("pre-migration-*"))
    assert not list(data_dir.glob(".*restore*"))


def test_expected_schema_comes_from_the_migrations(filled, data_dir):
    """Issue 13 point 8: the live store, built by the migrations, matches the derived schema."""
    from secretary_app.store import revision, schema_check

    filled.close()
    assert schema_check.schema_mismatch(data_dir / "secretary.sqlite3", revision.script_heads()) == []
    assert any(k.startswith("trigger ") or k.startswith("index ") for k in
               schema_check.expected_schema(revision.script_heads()))
