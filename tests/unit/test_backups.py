"""Backups, rotation, restore round trip, corruption and the doctor (issue 9)."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from secretary_app.services import backup as svc
from secretary_app.services import groups
from secretary_app.store import backups
from secretary_app.store.backups import BackupError

CLI = [sys.executable, "-m", "secretary_app"]


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def damage(path: Path, pages=(3, 6, 9, 14), page_size: int = 4096) -> None:
    """Overwrite a few b-tree pages (header and cells) with noise; the file header stays intact."""
    import random

    rnd = random.Random(42)
    with open(path, "r+b") as fh:
        for page in pages:
            fh.seek((page - 1) * page_size)
            fh.write(bytes(rnd.randrange(256) for _ in range(3000)))


def member_names(db: Path) -> list[str]:
    con = sqlite3.connect(db)
    try:
        return sorted(n for (n,) in con.execute("SELECT name FROM member"))
    finally:
        con.close()


@pytest.fixture
def filled(store, group):
    for name in ("Anna Andersen", "Bo Berg", "Cecilie Çelik"):
        groups.create_member(store, group.id, groups.MemberInput(name=name))
    return store


def test_backup_is_checked_private_and_uses_no_wal(filled, data_dir):
    path = svc.backup_now(kind="manual")
    assert path.parent == data_dir / "backups"
    assert path.name.startswith("secretary-") and path.name.endswith("-manual.sqlite3")
    assert backups.quick_check(path) == ["ok"]
    assert member_names(path) == ["Anna Andersen", "Bo Berg", "Cecilie Çelik"]
    con = sqlite3.connect(path)
    assert con.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    con.close()
    assert not list(path.parent.glob(".*.tmp"))
    if os.name == "posix":
        assert (data_dir.stat().st_mode & 0o777) == 0o700
        assert (path.parent.stat().st_mode & 0o777) == 0o700
        assert (path.stat().st_mode & 0o777) == 0o600
        assert ((data_dir / "secretary.sqlite3").stat().st_mode & 0o777) == 0o600


def test_backup_includes_commits_still_in_the_wal(filled, data_dir):
    # The store is open: recent commits live in the -wal file, and the backup must have them.
    assert (data_dir / "secretary.sqlite3-wal").exists()
    groups.create_member(filled, groups.get_group(filled, 1).id, groups.MemberInput(name="Dorte Dahl"))
    path = svc.backup_now()
    assert "Dorte Dahl" in member_names(path)


def test_backup_if_due_only_after_24_hours(filled, data_dir):
    first = svc.backup_if_due()
    assert first is not None
    assert svc.backup_if_due() is None  # the newest is minutes old
    old = dt.datetime.now() - dt.timedelta(hours=25)
    os.rename(first, first.with_name(f"secretary-{old:%Y%m%d-%H%M%S}.sqlite3"))
    assert svc.backup_if_due() is not None


def test_a_failed_check_keeps_no_backup(filled, data_dir, monkeypatch):
    monkeypatch.setattr(backups, "quick_check", lambda *_a, **_k: ["page 3: btree damaged"])
    with pytest.raises(BackupError, match="btree damaged"):
        svc.backup_now()
    assert list((data_dir / "backups").iterdir()) == []


def _fake(folder: Path, when: dt.datetime, kind: str = "auto") -> Path:
    name = backups.backup_name(kind, when)
    path = folder / f"{name}.sqlite3"
    path.write_bytes(b"x")
    return path


def test_rotation_keeps_7_daily_and_4_weekly(tmp_path):
    folder = tmp_path / "b"
    folder.mkdir()
    start = dt.datetime(2026, 1, 1, 9, 0)
    for day in range(60):  # two backups a day for 60 days
        for hour in (9, 17):
            _fake(folder, start + dt.timedelta(days=day, hours=hour - 9))
    for i in range(5):
        _fake(folder, start + dt.timedelta(days=i), "pre-restore")
    (folder / "my-own-copy.sqlite3").write_bytes(b"x")
    backups.rotate(folder)
    left = backups.list_backups(folder)
    regular = [b for b in left if b.kind == "auto"]
    days = sorted({b.created.date() for b in regular}, reverse=True)
    last = (start + dt.timedelta(days=59)).date()
    # The newest 7 days (the newest backup of each), plus older weeks' newest up to 4 weeks.
    assert [d for d in days if d > last - dt.timedelta(days=7)] == [last - dt.timedelta(days=i) for i in range(7)]
    assert all(b.created.hour == 17 for b in regular[backups.KEEP_NEWEST:])  # the 2 newest always stay
    weeks = {tuple(b.created.isocalendar())[:2] for b in regular}
    assert len(weeks) <= 4 and len(regular) <= backups.KEEP_NEWEST + 7 + 4
    assert len(regular) >= 8  # at least one older weekly backup beyond the daily ones
    assert len([b for b in left if b.kind == "pre-restore"]) == 5  # never rotated away
    assert (folder / "my-own-copy.sqlite3").exists()


def test_restore_round_trip_keeps_a_pre_restore_copy(filled, data_dir):
    db = data_dir / "secretary.sqlite3"
    saved = svc.backup_now()
    gid = groups.list_groups(filled)[0].id
    groups.create_member(filled, gid, groups.MemberInput(name="Efter Kopien"))
    filled.close()

    result = svc.restore(saved)

    assert member_names(db) == ["Anna Andersen", "Bo Berg", "Cecilie Çelik"]
    assert result.pre_restore is not None and "Efter Kopien" in member_names(result.pre_restore)
    assert result.damaged is None
    assert backups.quick_check(db) == ["ok"]
    assert not list(data_dir.glob("secretary.sqlite3.*"))  # nothing left beside it
    if os.name == "posix":
        assert (db.stat().st_mode & 0o777) == 0o600
    # and back again: the pre-restore copy restores the later state
    svc.restore(result.pre_restore)
    assert "Efter Kopien" in member_names(db)


def test_restore_refuses_damaged_or_foreign_files_and_changes_nothing(filled, data_dir, tmp_path):
    db = data_dir / "secretary.sqlite3"
    bad = svc.backup_now()
    damage(bad)
    text = tmp_path / "notes.sqlite3"
    text.write_text("not a database")
    empty = tmp_path / "empty.sqlite3"
    sqlite3.connect(empty).execute("CREATE TABLE t (x)").connection.close()
    filled.close()
    before = sha(db)
    for candidate, words in ((bad, "beskadiget"), (text, "ikke en SQLite"), (empty, "mangler tabellerne"),
                             (tmp_path / "missing.sqlite3", "findes ikke")):
        with pytest.raises(BackupError, match=words):
            svc.restore(candidate)
        assert sha(db) == before
    assert [b.kind for b in backups.list_backups(data_dir / "backups")] == ["manual"]  # no pre-restore copy


def test_restore_refuses_a_backup_from_a_newer_app(filled, data_dir):
    saved = svc.backup_now()
    con = sqlite3.connect(saved)
    con.execute("DELETE FROM alembic_version")  # one row per head
    con.execute("INSERT INTO alembic_version VALUES ('9999_future')")
    con.commit()
    con.close()
    with pytest.raises(BackupError, match="nyere version"):
        svc.restore(saved)


def test_restore_over_a_damaged_database_renames_it_aside_untouched(filled, data_dir):
    db = data_dir / "secretary.sqlite3"
    good = svc.backup_now()
    filled.close()
    damage(db)
    before = sha(db)
    state = svc.health()
    assert not state.ok and state.newest_good is not None and state.newest_good.path == good

    result = svc.restore(state.newest_good.path)

    assert result.damaged is not None and result.damaged.name.startswith("secretary.sqlite3.damaged-")
    assert sha(result.damaged) == before
    assert result.pre_restore is None
    assert member_names(db) == ["Anna Andersen", "Bo Berg", "Cecilie Çelik"]


def test_newest_good_backup_skips_damaged_ones(filled, data_dir):
    folder = data_dir / "backups"
    older = svc.backup_now(kind="auto")
    newer = folder / backups.backup_name("manual", dt.datetime.now() + dt.timedelta(minutes=5),
                                         seq=backups.next_seq(folder))
    newer = Path(str(newer) + ".sqlite3")
    newer.write_bytes(older.read_bytes())
    damage(newer)
    assert backups.list_backups(folder)[0].path == newer
    assert backups.newest_good_backup(folder).path == older


# --- corruption and the doctor -----------------------------------------------------------------

def test_quick_check_never_creates_files_beside_the_database(tmp_path):
    (tmp_path / "q").mkdir()
    tmp_path = tmp_path / "q"
    db = tmp_path / "x.sqlite3"
    con = sqlite3.connect(db)
    con.execute("PRAGMA journal_mode=WAL")
    con.execute("CREATE TABLE t (x)")
    con.commit()
    con.close()
    assert os.listdir(tmp_path) == ["x.sqlite3"]
    assert backups.quick_check(db) == ["ok"]
    assert os.listdir(tmp_path) == ["x.sqlite3"]


def test_doctor_on_a_damaged_copy_fails_clearly_and_leaves_it_byte_for_byte(filled, data_dir, tmp_path):
    svc.backup_now()
    filled.close()
    copy_dir = tmp_path / "copy"
    copy_dir.mkdir()
    db = copy_dir / "secretary.sqlite3"
    db.write_bytes((data_dir / "secretary.sqlite3").read_bytes())
    damage(db)
    before, listing = sha(db), sorted(os.listdir(copy_dir))

    result = subprocess.run([*CLI, "doctor", "--db", str(db)], capture_output=True, text=True, timeout=120)

    assert result.returncode != 0
    assert "beskadiget" in result.stdout and "Filen er ikke ændret" in result.stdout
    assert sha(db) == before
    assert sorted(os.listdir(copy_dir)) == listing  # no -wal, -shm or journal appeared

    # Through --data-dir on the real folder: names the newest good backup to restore.
    damage(data_dir / "secretary.sqlite3")
    before = sha(data_dir / "secretary.sqlite3")
    result = subprocess.run([*CLI, "--data-dir", str(data_dir), "doctor", "--json"],
                            capture_output=True, text=True, timeout=120)
    report = json.loads(result.stdout)
    assert result.returncode == 1 and not report["ok"]
    assert report["newest_good_backup"] and "secretary-" in report["newest_good_backup"]
    assert sha(data_dir / "secretary.sqlite3") == before


def test_doctor_checks_commits_in_the_wal_without_touching_it(filled, data_dir):
    from secretary_app.services.doctor import diagnose

    db = data_dir / "secretary.sqlite3"
    wal = data_dir / "secretary.sqlite3-wal"
    assert wal.exists() and wal.stat().st_size > 0
    before = (sha(db), sha(wal))
    report = diagnose(data_dir, db)
    assert report.ok, report.problems
    assert report.quick_check == "ok" and report.integrity == "ok"
    assert (sha(db), sha(wal)) == before


def test_cli_backup_backups_restore(filled, data_dir, tmp_path):
    filled.close()
    env = dict(os.environ)
    base = [*CLI, "--data-dir", str(data_dir)]
    out = tmp_path / "kopi.sqlite3"
    r = subprocess.run([*base, "backup", "--out", str(out)], capture_output=True, text=True, timeout=120, env=env)
    assert r.returncode == 0, r.stderr
    assert backups.quick_check(out) == ["ok"]
    r = subprocess.run([*base, "backup", "--json"], capture_output=True, text=True, timeout=120, env=env)
    assert r.returncode == 0 and json.loads(r.stdout)["check"] == "ok"
    r = subprocess.run([*base, "backups", "--check", "--json"], capture_output=True, text=True, timeout=120)
    rows = json.loads(r.stdout)
    assert r.returncode == 0 and len(rows) == 1 and rows[0]["ok"]
    r = subprocess.run([*base, "restore", str(out)], capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr
    assert "Gendannet fra" in r.stdout and "pre-restore-" in r.stdout
    r = subprocess.run([*base, "restore", str(tmp_path / "nope.sqlite3")], capture_output=True, text=True,
                       timeout=120)
    assert r.returncode == 2 and "findes ikke" in r.stderr
    r = subprocess.run([*base, "backup", "--out", str(tmp_path / "no" / "dir.sqlite3")], capture_output=True,
                       text=True, timeout=120)
    assert r.returncode == 2 and "findes ikke" in r.stderr
