"""`pip install .` (not editable) of a clean checkout gives a complete app.

The tracked files (and new ones not ignored: what a commit would hold) are copied to a
temporary folder without .venv, build output or the compiled translation; that folder is
installed into a fresh venv, and the installed `secretary-app --smoke-test` must pass:
resources, the English translation built during the package build, the icon, the
migrations and the main window, all found through the installed package.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]


def _checkout(dest: Path) -> Path:
    listed = subprocess.run(["git", "ls-files", "-co", "--exclude-standard", "-z"], cwd=ROOT,
                            capture_output=True, check=True).stdout.decode().split("\0")
    for rel in filter(None, listed):
        src = ROOT / rel
        if src.is_file():
            (dest / rel).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(src, dest / rel)
    return dest


def test_pip_install_then_smoke_test(tmp_path):
    if shutil.which("git") is None or not (ROOT / ".git").exists():
        pytest.skip("needs the git checkout")
    src = _checkout(tmp_path / "src")
    assert not list(src.rglob("*.qm"))  # the package build must make it
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    py = venv / "bin" / "python"
    env = dict(os.environ, PIP_DISABLE_PIP_VERSION_CHECK="1")
    install = subprocess.run([str(py), "-m", "pip", "install", "--quiet", str(src)], env=env,
                             capture_output=True, text=True, timeout=1500)
    assert install.returncode == 0, install.stderr[-3000:]
    shutil.rmtree(src)  # the installed app must not lean on the source tree
    run_env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path / "home"))
    run_env.pop("SECRETARY_APP_DATA_DIR", None)
    run_env.pop("SECRETARY_INLINE_OPS", None)
    smoke = subprocess.run([str(venv / "bin" / "secretary-app"), "--smoke-test"], env=run_env, cwd=tmp_path,
                           capture_output=True, text=True, timeout=600)
    assert smoke.returncode == 0, smoke.stdout[-3000:] + smoke.stderr[-3000:]
    assert "_resources" in smoke.stdout  # resources came from the installed package
