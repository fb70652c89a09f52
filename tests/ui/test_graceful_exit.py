"""SIGTERM (log-out, shutdown) closes the window the normal way: store closed, lock released."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import pytest

from secretary_app.store.lock import is_locked, read_owner

pytestmark = pytest.mark.slow


def test_sigterm_closes_the_window_cleanly(data_dir):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    proc = subprocess.Popen([sys.executable, "-m", "secretary_app", "--data-dir", str(data_dir), "--no-demo"],
                            env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    wal = data_dir / "secretary.sqlite3-wal"
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            owner = read_owner(data_dir)
            if owner is not None and owner.pid == proc.pid and wal.exists():
                break
            time.sleep(0.05)
        else:
            pytest.fail(f"the window did not open its store: {proc.stderr.read() if proc.poll() else ''}")
        time.sleep(0.5)
        os.kill(proc.pid, signal.SIGTERM)
        assert proc.wait(timeout=30) == 0
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait(timeout=30)
    # A clean close checkpoints and removes the WAL; a killed process would leave it behind.
    assert not wal.exists()
    assert not is_locked(data_dir)
