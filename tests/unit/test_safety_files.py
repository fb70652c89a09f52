"""Data safety, round two: odd paths, symlinks, private temporary copies, modes, leftovers."""

from __future__ import annotations

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

from test_safety_restore import cli, names, sha  # noqa: E402 (same folder)

CLI = [sys.executable, "-m", "secretary_app"]
posix = pytest.mark.skipif(os.name != "posix", reason="POSIX modes and symlinks")


@pytest.fixture
def filled(store, group):
    for name in ("Anna Andersen", "Bo Berg"):
        groups.create_member(store, group.id, groups.MemberInput(name=name))
    return store


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([*CLI, *args], capture_output=True, text=True, timeout=300)


def test_odd_characters_in_the_data_folder_path_through_the_real_cli(tmp_path):
    """Issue 13 point 6: spaces, ?#%&=, %41, non-ASCII and a long name in the data folder's path
    are file names, never URI syntax: the data lands in that folder and reads back."""
    parent = tmp_path / "odd"
    parent.mkdir()
    folder = parent / ("Mødemappe ?#%41&=ø " + "x" * 120) / "data"
    r = run("--data-dir", str(folder), "demo")
    assert r.returncode == 0, r.stderr
    r = run("--data-dir", str(folder), "tasks", "add", "--group", "A", "--member", "1", "--type", "speech",
            "--title", "Tale om skolerne")
    assert r.returncode in (0, 2), r.stderr
    r = run("--data-dir", str(folder), "groups", "--json")
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout)  # the demo groups, read back from that folder
    r = run("--data-dir", str(folder), "backup", "--json")
    assert r.returncode == 0, r.stderr
    r = run("--data-dir", str(folder), "doctor")
    assert r.returncode == 0, r.stdout + r.stderr
    assert (folder / "secretary.sqlite3").stat().st_size > 0
    assert [p.name for p in parent.iterdir()] == [folder.parent.name]  # no stray file beside it
    assert sorted(p.name for p in folder.parent.iterdir()) == ["data"]


def test_odd_path_in_process_read_only_and_preview(tmp_path):
    """Issue 13 point 6: the read-only engine and the window's quick preview use the same path."""
    from secretary_app.services.opening import open_store
    from secretary_app.store import quick
    from secretary_app.store.engine import Store

    parent = tmp_path / "odd"
    folder = parent / "a?b#c%41 d"
    folder.mkdir(parents=True)
    db = folder / "secretary.sqlite3"
    store = open_store(db)
    g = groups.create_group(store, "Odd", "O")
    groups.create_member(store, g.id, groups.MemberInput(name="Æble Ø"))
    store.close()
    ro = Store(db, readonly=True)
    assert [x.name for x in groups.list_groups(ro)] == ["Odd"]
    ro.close()
    assert [m.name for m in quick.preview(db).members] == ["Æble Ø"]
    assert backups.quick_check(db) == ["ok"]
    assert sorted(p.name for p in parent.iterdir()) == [folder.name]


@posix
def test_a_symlinked_lock_is_refused_and_its_target_untouched(filled, data_dir, tmp_path):
    """Issue 13 point 10: a symlinked secretary.lock is not truncated or chmod-ed."""
    filled.close()
    target = tmp_path / "precious.txt"
    target.write_text("keep me")
    target.chmod(0o644)
    lock = data_dir / "secretary.lock"
    lock.unlink(missing_ok=True)
    lock.symlink_to(target)
    rc, _out, err = cli("tasks", "add", "--group", "T", "--member", "Bo Berg", "--type", "speech", "--title", "x")
    assert rc == 2 and "symbolsk" in err
    assert target.read_text() == "keep me" and (target.stat().st_mode & 0o777) == 0o644


@posix
@pytest.mark.parametrize("name", ["secretary.sqlite3", "secretary.sqlite3-wal", "backups"])
def test_a_symlinked_database_or_sidecar_is_refused(filled, data_dir, tmp_path, name):
    """Issue 13 point 10: a symlinked database, WAL or backups folder: refused, nothing written elsewhere."""
    filled.close()
    real = data_dir / name
    moved = tmp_path / ("moved-" + name)
    if real.exists():
        os.replace(real, moved)
    elif name == "backups":
        moved.mkdir()
    else:
        moved.write_bytes(b"")
    real.symlink_to(moved)
    before = sha(moved) if moved.is_file() else None
    for command in (["groups"], ["backup"], ["tasks", "add", "--group", "T", "--member", "Bo Berg",
                                             "--type", "speech", "--title", "x"]):
        rc, _out, err = cli(*command)
        assert rc == 2 and "symbolsk" in err, (command, err)
    if before is not None:
        assert sha(moved) == before


@posix
def test_check_copies_are_private_inside_the_data_folder_and_removed(filled, data_dir, monkeypatch):
    """Issue 13 point 11: the check copy of a database with a WAL is made inside the data
    folder, 0600 from creation (even with umask 000), and removed afterwards."""
    seen = []
    real_connect = sqlite3.connect

    def spy(path, *a, **k):
        p = Path(str(path))
        if p.name == "check.sqlite3":
            seen.append((p, p.stat().st_mode & 0o777, (p.parent / "check.sqlite3-wal").stat().st_mode & 0o777))
        return real_connect(path, *a, **k)

    monkeypatch.setattr(backups.sqlite3, "connect", spy)
    old = os.umask(0)
    try:
        assert (data_dir / "secretary.sqlite3-wal").stat().st_size > 0
        assert backups.quick_check(data_dir / "secretary.sqlite3") == ["ok"]
    finally:
        os.umask(old)
    assert seen, "the WAL case was not exercised"
    path, mode, wal_mode = seen[0]
    assert path.parent.parent == data_dir and mode == 0o600 and wal_mode == 0o600
    assert not path.parent.exists()


@posix
def test_pre_migration_backups_are_private_from_creation(data_dir, monkeypatch):
    """Issue 13 point 11: the pre-migration copy is 0600 while it is written, not tightened later."""
    from secretary_app.store import files, migrate

    fixture = Path(__file__).resolve().parents[1] / "data" / "schema" / "rev0001.sql"
    db = data_dir / "secretary.sqlite3"
    con = sqlite3.connect(db)
    con.executescript(fixture.read_text(encoding="utf-8"))
    con.close()
    modes = []

    def look(label):
        for p in (data_dir / "backups").glob("*"):
            if p.is_file():
                modes.append((p.name, p.stat().st_mode & 0o777))

    monkeypatch.setattr(files, "fault_point", look)
    old = os.umask(0)
    try:
        migrate.ensure_schema(db, data_dir / "backups")
    finally:
        os.umask(old)
    assert modes and all(m == 0o600 for _n, m in modes), modes


def test_errors_never_print_sql_parameters(filled):
    """Issue 13 point 11: a failing statement's message holds no parameter (request text)."""
    from sqlalchemy.exc import IntegrityError

    from secretary_app.store.models import Member

    secret = "Hemmelig privatsag om naboen"
    with pytest.raises(IntegrityError) as info:
        with filled.session() as s:
            s.add(Member(group_id=999, name=secret))
    assert secret not in str(info.value)


@posix
def test_existing_folder_modes_are_kept_and_loose_ones_warned_about(filled, data_dir):
    """Issue 13 point 12: a folder the user made 0755 stays 0755 (with a warning); doctor does
    not chmod a read-only folder either."""
    filled.close()
    data_dir.chmod(0o755)
    rc, _out, err = cli("groups")
    assert rc == 0
    assert (data_dir.stat().st_mode & 0o777) == 0o755
    assert "0755" in err and "chmod 700" in err
    data_dir.chmod(0o500)
    try:
        cli("doctor")
        assert (data_dir.stat().st_mode & 0o777) == 0o500
    finally:
        data_dir.chmod(0o700)


@posix
def test_a_read_only_database_is_refused_and_leaves_no_shm(filled, data_dir):
    """Issue 13 point 12: a 0400 database is refused with a message; no 0400 -shm is left."""
    db = data_dir / "secretary.sqlite3"
    filled.close()
    for side in backups.sidecars(db):
        side.unlink(missing_ok=True)
    db.chmod(0o400)
    try:
        rc, _out, err = cli("tasks", "add", "--group", "T", "--member", "Bo Berg", "--type", "speech", "--title", "x")
        assert rc == 2 and "skrivebeskyttet" in err
        assert not (data_dir / "secretary.sqlite3-shm").exists()
        assert (db.stat().st_mode & 0o777) == 0o400
    finally:
        db.chmod(0o600)


def test_doctor_does_not_create_a_missing_data_folder(tmp_path):
    """Issue 13 point 15: `doctor` only reads: a missing data folder stays missing."""
    folder = tmp_path / "nowhere" / "data"
    rc, out, _err = cli("--data-dir", str(folder), "doctor")
    assert rc == 1 and "findes ikke" in out
    assert not folder.exists() and not folder.parent.exists()


def test_leftover_temporary_files_are_swept_on_the_next_start(filled, data_dir):
    """Issue 13 point 15: `.restore.tmp`, `*.tmp-journal`, `pre-migration-*.tmp` and check folders
    left by a crash are removed on the next start; backups stay."""
    filled.close()
    kept = svc.backup_now()
    folder = data_dir / "backups"
    leftovers = [data_dir / ".secretary.sqlite3.restore.tmp", data_dir / ".secretary.sqlite3.restore.build",
                 folder / ".secretary-20261201-101500.sqlite3.tmp-journal",
                 folder / ".secretary-20261201-101500.sqlite3.tmp",
                 folder / "pre-migration-0001-20261201-101500.tmp"]
    for p in leftovers:
        p.write_bytes(b"left by a crash")
    (data_dir / ".check-abc").mkdir()
    (data_dir / ".check-abc" / "check.sqlite3").write_bytes(b"copy")
    rc, _out, err = cli("groups")
    assert rc == 0, err
    assert [p for p in leftovers if p.exists()] == []
    assert not (data_dir / ".check-abc").exists()
    assert kept.exists() and names(data_dir / "secretary.sqlite3") == ["Anna Andersen", "Bo Berg"]


def test_drafts_list_runs_while_the_window_holds_the_folder(filled, data_dir):
    """Issue 13 point 15: `drafts list` only reads, so it runs beside the open window."""
    filled.close()
    holder = subprocess.Popen([sys.executable, "-c", (
        "import sys, time\nfrom secretary_app.store.lock import InstanceLock\n"
        "InstanceLock(sys.argv[1], role='gui').acquire()\nprint('locked', flush=True)\ntime.sleep(120)\n"),
        str(data_dir)], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "locked"
        rc, out, err = cli("drafts", "list", "--group", "T")
        assert rc == 0, err
        assert json.loads(out) == []
    finally:
        holder.kill()
        holder.wait()


def test_newer_version_message_follows_lang_en(filled, data_dir):
    """Issue 13 point 15: the "newer version" refusal is in English with --lang en."""
    filled.close()
    con = sqlite3.connect(data_dir / "secretary.sqlite3")
    con.execute("UPDATE alembic_version SET version_num = '9999_future'")
    con.commit()
    con.close()
    rc, _out, err = cli("--lang", "en", "tasks", "add", "--group", "T", "--member", "Bo Berg", "--type",
                        "speech", "--title", "x")
    assert rc == 3
    assert "newer version" in err and "nyere" not in err
