"""The installer (issue 8): build the one-folder app with PyInstaller and run the frozen
binary's `--version`, `demo` + `doctor` and `--smoke-test` offscreen, with no Python on the
PATH (installer/build.py does the checks; this test builds into a temporary folder)."""

from __future__ import annotations

import importlib.util
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
BUILD = ROOT / "installer" / "build.py"

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def build(tmp_path_factory):
    if importlib.util.find_spec("PyInstaller") is None:
        pytest.skip("PyInstaller is not installed (pip install -r requirements/installer.lock)")
    if not (ROOT / "resources" / "translations" / "secretary_app_en.qm").exists():
        pytest.skip("the compiled translation is missing (make translations)")
    tmp = tmp_path_factory.mktemp("installer")
    proc = subprocess.run(
        [sys.executable, str(BUILD), "--dist", str(tmp / "dist"), "--work", str(tmp / "build")],
        capture_output=True, text=True, timeout=1800, cwd=ROOT)
    return proc, tmp / "dist" / "secretary-app"


def test_build_and_frozen_checks_pass(build):
    proc, _folder = build
    out = proc.stdout + proc.stderr
    assert proc.returncode == 0, out[-6000:]
    for line in ("OK   secretary-app --version", "demo  (exit 0", "doctor  (exit 0", "OK   secretary-app --smoke-test"):
        assert line in out, out[-6000:]
    assert "(frozen, Python" in out          # the smoke test ran inside the bundle
    assert re.search(r"resources: \d+ files in .*\(manifest\)", out)  # ... every resource in MANIFEST.txt
    assert "build: all checks passed" in out


def test_build_is_lean(build):
    proc, folder = build
    out = proc.stdout + proc.stderr
    match = re.search(r"is ([\d.]+) MB in (\d+) files", out)
    assert match, out[-3000:]
    assert float(match.group(1)) < 200
    internal = folder / "_internal"
    assert (internal / "resources" / "MANIFEST.txt").is_file()
    assert (internal / "secretary_app" / "store" / "migrations" / "env.py").is_file()
    assert (internal / "secretary_app" / "store" / "migrations" / "script.py.mako").is_file()
    qt = internal / "PySide6"
    for unused in ("QtQml", "QtQuick", "QtWebEngineCore", "QtMultimedia", "QtPdf", "QtDesigner"):
        assert not list(qt.glob(f"{unused}.*")), unused
    assert not list(qt.rglob("libQt6Quick*")) and not list(qt.rglob("libQt6Qml*"))
    assert not (internal / "tkinter").exists()
    translations = {p.name for p in (qt / "Qt" / "translations").glob("*.qm")}
    assert translations <= {"qtbase_da.qm", "qtbase_en.qm", "qt_da.qm", "qt_en.qm"}
    if sys.platform.startswith("linux"):
        assert (folder / "secretary-app.desktop").is_file()


def test_frozen_app_on_an_encrypted_store(build, tmp_path):
    """The bundled app encrypts a store (SQLCipher inside the bundle), then opens it only with
    the passphrase; without a keyring (a headless machine) nothing opens without it."""
    proc, folder = build
    assert proc.returncode == 0, (proc.stdout + proc.stderr)[-3000:]
    spec = importlib.util.spec_from_file_location("installer_build", BUILD)
    tools = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(tools)
    exe = tools.executable(folder.parent)
    env = dict(tools.clean_env(tmp_path), PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring")
    data = tmp_path / "data"
    secret = tmp_path / "passphrase.txt"
    secret.write_text("korrekt hest batteri hæfteklamme\n", encoding="utf-8")

    def run(*args):
        return subprocess.run([str(exe), "--data-dir", str(data), *args], env=env, cwd=tmp_path,
                              capture_output=True, text=True, timeout=600)

    assert run("demo").returncode == 0
    done = run("encrypt", "--passphrase-file", str(secret), "--recovery-key-out", str(tmp_path / "rk.txt"))
    assert done.returncode == 0, done.stdout + done.stderr
    db = data / "secretary.sqlite3"
    import sqlite3

    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(db).execute("SELECT count(*) FROM sqlite_master").fetchone()
    assert b"Socialdemokratiet" not in db.read_bytes()
    locked = run("groups")
    assert locked.returncode == 2 and "Traceback" not in locked.stderr
    opened = run("--passphrase-file", str(secret), "groups")
    assert opened.returncode == 0 and "Socialdemokratiet" in opened.stdout, opened.stdout + opened.stderr
    assert run("--passphrase-file", str(secret), "doctor").returncode == 0
