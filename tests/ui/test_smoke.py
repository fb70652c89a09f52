"""`secretary-app --smoke-test` from source: passes, leaves the user's data alone, and a
broken page makes it fail quickly instead of waiting for its store timeout."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

TIMEOUT_S = 120


def _command() -> list[str]:
    script = Path(sys.executable).with_name("secretary-app")
    return [str(script)] if script.exists() else [sys.executable, "-m", "secretary_app"]


def _env(data_dir: Path) -> dict[str, str]:
    return dict(os.environ, QT_QPA_PLATFORM="offscreen", SECRETARY_APP_DATA_DIR=str(data_dir))


def test_smoke_test_passes_offscreen(data_dir):
    proc = subprocess.run([*_command(), "--smoke-test"], env=_env(data_dir), capture_output=True,
                          text=True, timeout=TIMEOUT_S)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    for name in ("resources", "translation", "icon", "libraries", "migrations", "main window", "close"):
        assert f"OK   {name}:" in proc.stdout
    assert "from source" in proc.stdout
    assert "smoke test passed" in proc.stdout
    # It ran on a temporary folder: the data folder it was pointed at stays untouched.
    assert not (data_dir / "secretary.sqlite3").exists()


def test_smoke_test_names_a_broken_page_and_fails_fast(data_dir):
    code = (
        "import sys\n"
        "from secretary_app.ui import main_window\n"
        "main_window.PAGES = main_window.PAGES + (('ghost', 'secretary_app.ui.no_such_page', 'GhostPage'),)\n"
        "from secretary_app.cli import main\n"
        "sys.exit(main(['--smoke-test']))\n"
    )
    t0 = time.perf_counter()
    proc = subprocess.run([sys.executable, "-c", code], env=_env(data_dir), capture_output=True,
                          text=True, timeout=TIMEOUT_S)
    elapsed = time.perf_counter() - t0
    assert proc.returncode == 1, proc.stdout + proc.stderr
    assert "FAIL main window" in proc.stdout
    assert "no_such_page" in proc.stdout
    assert "smoke test FAILED: main window" in proc.stderr
    assert elapsed < 60  # not the 180 s store timeout
