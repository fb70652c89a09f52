"""Data safety, round two: writers check first, the GDPR scrub finishes, failures are messages."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
from pathlib import Path

import pytest

from secretary_app.services import backup as svc
from secretary_app.services import groups, members_gdpr
from secretary_app.services import requests as req_svc

from test_backups import damage  # noqa: E402 (same folder)
from test_safety_restore import cli, sha  # noqa: E402

SECRET = "Xylofonkvartet hemmelig sygdom"
ADD = ["tasks", "add", "--group", "T", "--member", "Bo Berg", "--type", "speech", "--title", "Tale"]


@pytest.fixture
def filled(store, group):
    bo = groups.create_member(store, group.id, groups.MemberInput(name="Bo Berg"))
    leaving = groups.create_member(store, group.id, groups.MemberInput(name="Lise Lund"))
    req_svc.create_request(store, group.id, leaving.id, "speech", f"Tale: {SECRET}", description=SECRET * 30)
    req_svc.create_request(store, group.id, bo.id, "speech", "Tale om skoler")
    return store


def _damaged(data_dir: Path, filled) -> Path:
    db = data_dir / "secretary.sqlite3"
    svc.backup_now()  # a good backup to recommend
    with filled.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    filled.close()
    for side in (db.with_name(db.name + "-wal"), db.with_name(db.name + "-shm")):
        side.unlink(missing_ok=True)
    damage(db, pages=(2, 3, 4, 5))
    assert svc.health(db).problems
    return db


@pytest.mark.parametrize("command", [
    ADD, ["demo"], ["member", "erase", "--group", "T", "--member", "Lise Lund", "--yes"],
    ["groups"], ["tasks", "list", "--group", "T"], ["backup"],
])
def test_every_command_checks_the_database_first_and_refuses_untouched(filled, data_dir, command):
    """Issue 13 point 7 (and point 13, damaged database on groups/tasks list): the same check
    as the window, a refusal with the rescue message, exit 2, the file byte-for-byte unchanged."""
    db = _damaged(data_dir, filled)
    before = sha(db)
    rc, _out, err = cli(*command)
    assert rc == 2, err
    assert "beskadiget" in err and "secretary-app restore" in err
    assert "Traceback" not in err
    assert sha(db) == before
    assert not (data_dir / "secretary.sqlite3-wal").exists()


def _raw_has(db: Path, text: str) -> bool:
    needle = text.encode()
    return any(needle in p.read_bytes() for p in (db, db.with_name(db.name + "-wal")) if p.exists())


def test_an_interrupted_scrub_is_recorded_and_finished_on_the_next_start(filled, data_dir, monkeypatch):
    """Issue 13 point 9: when the scrub fails after the erase's commit (full disk, kill), a
    durable marker remains; the user is told; the next start finishes the scrub."""
    db = data_dir / "secretary.sqlite3"
    filled.close()

    def broken(_store):
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(members_gdpr, "scrub", broken)
    rc, _out, err = cli("member", "erase", "--group", "T", "--member", "Lise Lund", "--yes")
    assert rc == 2 and "næste start" in err and "Traceback" not in err
    assert (data_dir / members_gdpr.SCRUB_MARKER).exists()
    monkeypatch.undo()

    rc, _out, err = cli("groups")
    assert rc == 0
    assert "sletning" in err  # told
    assert not (data_dir / members_gdpr.SCRUB_MARKER).exists()
    assert not _raw_has(db, "Xylofonkvartet")


def test_doctor_finishes_a_pending_scrub(filled, data_dir, monkeypatch):
    """Issue 13 point 9: `doctor` finishes a pending scrub too, and says so."""
    db = data_dir / "secretary.sqlite3"
    monkeypatch.setattr(members_gdpr, "scrub", lambda _s: (_ for _ in ()).throw(OSError(28, "No space left")))
    with pytest.raises(members_gdpr.ScrubError):
        members_gdpr.erase_member(filled, groups.find_member(filled, 1, "Lise Lund").id)
    filled.close()
    monkeypatch.undo()
    rc, out, _err = cli("doctor")
    assert rc == 0, out
    assert "sletning" in out.lower()
    assert not (data_dir / members_gdpr.SCRUB_MARKER).exists()
    assert not _raw_has(db, "Xylofonkvartet")


def test_erase_checks_free_space_before_deleting_anything(filled, data_dir, monkeypatch):
    """Issue 13 point 9: too little free space for the scrub: nothing is erased."""
    monkeypatch.setattr(shutil, "disk_usage", lambda _p: shutil._ntuple_diskusage(10**9, 10**9 - 1000, 1000))
    filled.close()
    rc, _out, err = cli("member", "erase", "--group", "T", "--member", "Lise Lund", "--yes")
    assert rc == 2 and "plads" in err
    monkeypatch.undo()
    rc, out, _err = cli("groups")
    assert "Lise Lund" in out


def _can_mount() -> bool:
    return os.name == "posix" and hasattr(os, "geteuid") and os.geteuid() == 0 and shutil.which("mount") is not None


@pytest.fixture
def tiny_disk(tmp_path):
    """A 16 MB tmpfs (root only); skipped where it cannot be mounted."""
    if not _can_mount():
        pytest.skip("mounting a small tmpfs needs root")
    mnt = tmp_path / "tiny"
    mnt.mkdir()
    r = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=16m,mode=0700", "tmpfs", str(mnt)], capture_output=True)
    if r.returncode != 0:
        pytest.skip("cannot mount tmpfs here")
    yield mnt
    subprocess.run(["umount", "-l", str(mnt)], capture_output=True)


def _fill(folder: Path) -> None:
    with open(folder / "filler", "wb") as fh:
        try:
            while True:
                fh.write(b"\0" * 65536)
                fh.flush()
        except OSError:
            pass
        try:
            fh.close()
        except OSError:
            pass


def test_full_disk_on_tasks_add_is_a_message_and_nothing_half_written(tiny_disk, monkeypatch):
    """Issue 13 point 13: a full disk on `tasks add`: a message, exit 2, no new row, integrity ok."""
    from secretary_app import paths

    folder = tiny_disk / "data"
    paths.set_data_dir(folder)
    rc, _out, err = cli("--data-dir", str(folder), "demo")
    assert rc == 0, err
    _fill(tiny_disk)
    rc, _out, err = cli("--data-dir", str(folder), "tasks", "add", "--group", "A", "--member", "1", "--type",
                        "speech", "--title", "Tale " + "x" * 5000, "--description", "y" * 200_000)
    assert rc == 2, err
    assert "Disken er fuld" in err or "disk" in err.lower()
    assert "Traceback" not in err
    (tiny_disk / "filler").unlink()
    assert svc.health(folder / "secretary.sqlite3").ok
    rc, out, _err = cli("--data-dir", str(folder), "tasks", "list", "--group", "A")
    assert "y" * 1000 not in out


def test_full_disk_on_export_activity_leaves_no_partial_file(filled, tiny_disk):
    """Issue 13 point 13: a full disk on `export activity`: a message, exit 2, no file, no .part."""
    filled.close()
    _fill(tiny_disk)
    out = tiny_disk / "aktivitet.csv"
    rc, _out, err = cli("export", "activity", "--group", "T", "--month", "2026-11", "--out", str(out))
    assert rc == 2, err
    assert "Disken er fuld" in err and "Traceback" not in err
    assert sorted(p.name for p in tiny_disk.iterdir()) == ["filler"]


def test_full_disk_injected_into_sqlite_is_a_message(filled, data_dir, monkeypatch):
    """Issue 13 point 13: SQLite's "database or disk is full" (injected with max_page_count, so
    this runs without root) on `tasks add`: a message, exit 2, no new row."""
    from sqlalchemy import event

    from secretary_app.store import engine as engine_mod

    real = engine_mod.make_engine

    def full(*a, **k):
        eng = real(*a, **k)

        @event.listens_for(eng, "connect")
        def _cap(dbapi, _rec):
            n = dbapi.execute("PRAGMA page_count").fetchone()[0]
            dbapi.execute(f"PRAGMA max_page_count={n}")
        return eng

    filled.close()
    monkeypatch.setattr(engine_mod, "make_engine", full)
    rc, _out, err = cli(*ADD, "--description", "z" * 90_000)
    assert rc == 2, err
    assert "Disken er fuld" in err and "Traceback" not in err
    monkeypatch.undo()
    rc, out, _err = cli("tasks", "list", "--group", "T")
    assert "zzzz" not in out


def test_backups_folder_that_is_a_file(filled, data_dir):
    """Issue 13 point 13: `backups/` being a file: `backup` says so (exit 2), writers that need
    no backup still work, and `doctor` reports it instead of "all is fine"."""
    filled.close()
    folder = data_dir / "backups"
    shutil.rmtree(folder, ignore_errors=True)
    folder.write_text("not a folder")
    rc, _out, err = cli("backup")
    assert rc == 2 and "er en fil" in err
    rc, _out, err = cli(*ADD)
    assert rc == 0, err
    rc, out, _err = cli("doctor")
    assert rc == 1 and "er en fil" in out
    assert folder.read_text() == "not a folder"
