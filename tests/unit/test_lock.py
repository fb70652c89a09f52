"""One writer per data folder: the instance lock, stale-lock recovery, and the CLI beside a holder."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time

import pytest

from secretary_app.store.lock import InstanceLock, StoreLockedError, is_locked, read_owner

CLI = [sys.executable, "-m", "secretary_app"]

HOLDER = """
import sys, time
from secretary_app.store.lock import InstanceLock
InstanceLock(sys.argv[1], role=sys.argv[2]).acquire()
print("locked", flush=True)
time.sleep(120)
"""


@pytest.fixture
def holder(data_dir):
    procs = []

    def start(role="gui"):
        p = subprocess.Popen([sys.executable, "-c", HOLDER, str(data_dir), role], stdout=subprocess.PIPE, text=True)
        assert p.stdout.readline().strip() == "locked"
        procs.append(p)
        return p

    yield start
    for p in procs:
        if p.poll() is None:
            p.kill()
        p.wait()


def test_lock_is_reentrant_within_a_process_and_private(data_dir):
    a = InstanceLock(data_dir).acquire()
    b = InstanceLock(data_dir, role="restore").acquire()  # the GUI running a restore
    assert a.held and b.held and not is_locked(data_dir)
    b.release()
    owner = read_owner(data_dir)
    assert owner.pid == os.getpid() and owner.role == "gui"
    if os.name == "posix":
        assert ((data_dir / "secretary.lock").stat().st_mode & 0o777) == 0o600
    a.release()
    assert read_owner(data_dir) is None


def test_second_process_is_refused_with_the_holder_named(data_dir, holder):
    p = holder("gui")
    assert is_locked(data_dir)
    with pytest.raises(StoreLockedError) as info:
        InstanceLock(data_dir, role="tasks add").acquire()
    assert f"proces {p.pid}" in info.value.message("da") and "vindue" in info.value.message("da")
    assert f"process {p.pid}" in info.value.message("en")


def test_a_lock_left_by_kill_9_is_recovered(data_dir, holder):
    p = holder("gui")
    os.kill(p.pid, signal.SIGKILL)
    p.wait()
    assert (data_dir / "secretary.lock").exists()  # the file is left behind ...
    assert read_owner(data_dir).pid == p.pid
    assert not is_locked(data_dir)  # ... but nobody holds it
    lock = InstanceLock(data_dir).acquire()
    assert read_owner(data_dir).pid == os.getpid()
    lock.release()


def test_cli_writers_fail_clearly_while_the_gui_holds_the_lock_readers_still_work(store, group, data_dir, holder):
    from secretary_app.services import groups

    groups.create_member(store, group.id, groups.MemberInput(name="Lis Lund"))
    store.close()
    p = holder("gui")
    base = [*CLI, "--data-dir", str(data_dir)]
    r = subprocess.run([*base, "tasks", "add", "--group", "T", "--member", "Lis Lund", "--type", "speech",
                        "--title", "Tale"], capture_output=True, text=True, timeout=120)
    assert r.returncode == 2
    assert f"Medlemssekretærs vindue (proces {p.pid})" in r.stderr and "luk det andet program" in r.stderr
    r = subprocess.run([*base, "restore", str(data_dir / "secretary.sqlite3")], capture_output=True, text=True,
                       timeout=120)
    assert r.returncode == 2 and "er i brug af" in r.stderr
    r = subprocess.run([*base, "groups", "--json"], capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout)[0]["name"] == "Testpartiet"
    r = subprocess.run([*base, "tasks", "list", "--group", "T"], capture_output=True, text=True, timeout=120)
    assert r.returncode == 0 and json.loads(r.stdout) == []
    # After the window closes, the writer goes through.
    p.kill()
    p.wait()
    r = subprocess.run([*base, "--lang", "en", "tasks", "add", "--group", "T", "--member", "Lis Lund", "--type",
                        "speech", "--title", "Tale"], capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr


def test_lock_waits_for_nobody_and_costs_little(data_dir):
    t0 = time.perf_counter()
    for _ in range(200):
        InstanceLock(data_dir).acquire().release()
    assert time.perf_counter() - t0 < 2.0
