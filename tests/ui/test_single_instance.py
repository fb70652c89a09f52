"""One window per data folder: a second launch raises the first and exits; a crash's lock is recovered."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import pytest

from secretary_app.store.lock import read_owner

pytestmark = pytest.mark.slow

CLI = [sys.executable, "-m", "secretary_app"]


def _env():
    return dict(os.environ, QT_QPA_PLATFORM="offscreen")


def _start_gui(data_dir):
    return subprocess.Popen([*CLI, "--data-dir", str(data_dir), "--no-demo"], env=_env(),
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def _wait_until(cond, timeout=30.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if cond():
            return True
        time.sleep(0.05)
    return False


def _stop(proc):
    if proc.poll() is None:
        proc.kill()
    proc.wait(timeout=30)


def test_second_launch_raises_the_first_and_exits_without_opening_the_database(data_dir):
    first = _start_gui(data_dir)
    try:
        db = data_dir / "secretary.sqlite3"
        # ready: it holds the lock, has opened its store and taken the start-up backup
        assert _wait_until(lambda: (o := read_owner(data_dir)) is not None and o.pid == first.pid and db.exists()
                           and (data_dir / "secretary.sqlite3-wal").exists()
                           and list((data_dir / "backups").glob("secretary-*.sqlite3"))), \
            first.stderr.read() if first.poll() else ""
        time.sleep(0.3)
        listing = sorted(os.listdir(data_dir))

        t0 = time.monotonic()
        second = subprocess.run([*CLI, "--data-dir", str(data_dir)], env=_env(), capture_output=True,
                                text=True, timeout=60)
        elapsed = time.monotonic() - t0

        assert second.returncode == 0, second.stderr
        assert "allerede åben" in second.stderr and "hentet frem" in second.stderr
        assert first.poll() is None  # the first keeps running
        assert read_owner(data_dir).pid == first.pid
        assert sorted(os.listdir(data_dir)) == listing
        assert elapsed < 20
        # a writing command is refused while the window is open
        r = subprocess.run([*CLI, "--data-dir", str(data_dir), "demo"], capture_output=True, text=True, timeout=60)
        assert r.returncode == 2 and "Medlemssekretærs vindue" in r.stderr
    finally:
        _stop(first)


def test_a_crashed_window_leaves_a_lock_and_socket_that_the_next_launch_recovers(data_dir):
    first = _start_gui(data_dir)
    try:
        assert _wait_until(lambda: (o := read_owner(data_dir)) is not None and o.pid == first.pid)
        time.sleep(0.5)
        os.kill(first.pid, signal.SIGKILL)
        first.wait(timeout=30)
    finally:
        _stop(first)
    assert read_owner(data_dir).pid == first.pid  # stale

    again = _start_gui(data_dir)
    try:
        assert _wait_until(lambda: (o := read_owner(data_dir)) is not None and o.pid == again.pid), \
            again.stderr.read() if again.poll() is not None else "still stale"
        # and it answers a third launch, so its local server took over the stale socket name
        third = subprocess.run([*CLI, "--data-dir", str(data_dir)], env=_env(), capture_output=True, text=True,
                               timeout=60)
        assert third.returncode == 0 and "hentet frem" in third.stderr
    finally:
        _stop(again)


def test_the_local_server_raises_the_window(qtbot, main_window, data_dir):
    from secretary_app.ui.single_instance import SingleInstance

    first = SingleInstance(data_dir)
    assert first.start()
    first.activated.connect(main_window.bring_to_front)
    main_window.showMinimized()
    # A client in the same process (the lock is re-entrant here, so talk to the server directly).
    second = SingleInstance(data_dir)
    import threading

    with qtbot.waitSignal(first.activated, timeout=5000):
        result = {}
        t = threading.Thread(target=lambda: result.setdefault("ok", _client(second.name)))
        t.start()
        qtbot.waitUntil(lambda: "ok" in result, timeout=5000)
        t.join()
    assert result["ok"]
    assert not main_window.isMinimized()
    first.close()


def _client(name):
    """A raw socket client, as a second launch would send it."""
    import socket as pysocket

    from PySide6.QtCore import QDir

    path = name if name.startswith("/") else os.path.join(QDir.tempPath(), name)
    s = pysocket.socket(pysocket.AF_UNIX, pysocket.SOCK_STREAM)
    s.settimeout(5)
    s.connect(path)
    s.sendall(b"raise\n")
    got = s.recv(64)
    s.close()
    return got.startswith(b"raised")
