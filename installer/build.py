"""Build the one-folder installer with PyInstaller, report its size, and check it.

    .venv/bin/python installer/build.py                 # `make installer`
    python installer/build.py --dist DIR --work DIR     # elsewhere (tests use a tmp dir)
    python installer/build.py --check-only              # re-run the checks on an existing build

Steps: the compiled translation and the icons must exist (the .qm is built by `make
translations`; missing icons are rendered by installer/make_icons.py); PyInstaller runs
installer/secretary-app.spec into build/ and dist/ (the spec writes resources/MANIFEST.txt
into the bundle); then the folder's size and file count are printed, and the frozen
binary must pass `--version`, `doctor` (on a temporary data folder) and `--smoke-test`,
run offscreen with a PATH that holds no Python and without PYTHONPATH, PYTHONHOME or
VIRTUAL_ENV, so only the bundled interpreter can be used. Exits non-zero if any step fails.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "installer" / "secretary-app.spec"
NAME = "secretary-app"
SIZE_TARGET_MB = 200
CHECK_TIMEOUT_S = 300


def folder_size(folder: Path) -> tuple[float, int]:
    """(size in MB of 2**20 bytes, as du counts them; number of files). Symlinks count once."""
    total, files = 0, 0
    for dirpath, _dirs, names in os.walk(folder):
        for name in names:
            path = Path(dirpath, name)
            if path.is_symlink():
                continue
            total += path.stat().st_size
            files += 1
    return total / 2**20, files


def executable(dist: Path) -> Path:
    return dist / NAME / (f"{NAME}.exe" if os.name == "nt" else NAME)


def python_free_path() -> str:
    """The current PATH without any folder that holds a python executable."""
    keep = []
    for d in os.environ.get("PATH", "").split(os.pathsep):
        if not d or not Path(d).is_dir():
            continue
        try:
            if any(n.lower().startswith("python") for n in os.listdir(d)):
                continue
        except OSError:
            continue
        keep.append(d)
    return os.pathsep.join(keep)


def clean_env(tmp: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items()
           if k not in {"PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV", "PYTHONSTARTUP", "PYTHONUSERBASE",
                        "SECRETARY_APP_DATA_DIR", "SECRETARY_APP_STARTUP_PROBE"}}
    env["PATH"] = python_free_path()
    env["QT_QPA_PLATFORM"] = "offscreen"
    # Keep the user's own settings and caches out of the checks.
    env["HOME"] = str(tmp / "home")
    env["XDG_DATA_HOME"] = str(tmp / "home" / "data")
    env["XDG_CONFIG_HOME"] = str(tmp / "home" / "config")
    env["XDG_CACHE_HOME"] = str(tmp / "home" / "cache")
    (tmp / "home").mkdir(parents=True, exist_ok=True)
    return env


def check(dist: Path) -> bool:
    exe = executable(dist)
    if not exe.exists():
        print(f"build: {exe} does not exist", file=sys.stderr)
        return False
    ok = True
    with tempfile.TemporaryDirectory(prefix="secretary-installer-check-") as tmp_name:
        tmp = Path(tmp_name)
        env = clean_env(tmp)
        print(f"check: PATH={env['PATH'] or '(empty)'} (no python), QT_QPA_PLATFORM=offscreen")
        data = ["--data-dir", str(tmp / "data")]
        # demo creates the store through the bundled Alembic migrations; doctor then checks it.
        for args in (["--version"], [*data, "demo"], [*data, "doctor"], ["--smoke-test"]):
            t0 = time.perf_counter()
            try:
                proc = subprocess.run([str(exe), *args], env=env, cwd=tmp, capture_output=True, text=True,
                                      timeout=CHECK_TIMEOUT_S)
                code, out, err = proc.returncode, proc.stdout, proc.stderr
            except subprocess.TimeoutExpired as exc:
                code, out, err = "timeout", exc.stdout or "", f"no exit within {CHECK_TIMEOUT_S} s"
            status = "OK  " if code == 0 else "FAIL"
            print(f"check: {status} {NAME} {' '.join(args)}  (exit {code}, {time.perf_counter() - t0:.1f} s)")
            for line in (out or "").strip().splitlines():
                print(f"    {line}")
            if code != 0:
                ok = False
                for line in (err if isinstance(err, str) else err.decode(errors="replace")).strip().splitlines()[-40:]:
                    print(f"    stderr: {line}")
    return ok


def build(dist: Path, work: Path) -> float:
    qm = ROOT / "resources" / "translations" / "secretary_app_en.qm"
    if not qm.exists():
        raise SystemExit(f"build: {qm} is missing; run `make translations` first")
    icons = ROOT / "resources" / "icons"
    if not (icons / "secretary-app.ico").exists() or not (icons / "secretary-app.icns").exists():
        subprocess.run([sys.executable, str(ROOT / "installer" / "make_icons.py")], check=True,
                       env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    if sys.platform.startswith("linux") and shutil.which("objdump") is None:
        raise SystemExit("build: PyInstaller needs objdump on Linux: install binutils "
                         "(apt-get install binutils; .ci/run does this)")
    t0 = time.perf_counter()
    cmd = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
           "--distpath", str(dist), "--workpath", str(work), str(SPEC)]
    print("build: " + " ".join(cmd), flush=True)
    # PyInstaller's own cache lives in the work folder, not ~/.cache: builds into different
    # folders (make installer, the test) never clear each other's cache, and nothing outlives
    # the build folder.
    env = dict(os.environ, PYINSTALLER_CONFIG_DIR=str(work / "pyinstaller-cache"))
    subprocess.run(cmd, check=True, cwd=ROOT, env=env)
    if sys.platform.startswith("linux"):
        # Beside the executable, for installing into a desktop menu (see the README).
        shutil.copy2(ROOT / "installer" / f"{NAME}.desktop", dist / NAME / f"{NAME}.desktop")
    return time.perf_counter() - t0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="output folder (default dist/)")
    parser.add_argument("--work", type=Path, default=ROOT / "build", help="work folder (default build/)")
    parser.add_argument("--check-only", action="store_true", help="only check an existing build")
    parser.add_argument("--no-check", action="store_true", help="build without running the checks")
    args = parser.parse_args(argv)
    dist, work = args.dist.resolve(), args.work.resolve()

    if not args.check_only:
        try:
            seconds = build(dist, work)
        except subprocess.CalledProcessError as exc:
            print(f"build: PyInstaller failed (exit {exc.returncode})", file=sys.stderr)
            return 1
        print(f"build: {seconds:.0f} s with PyInstaller")
    folder = dist / NAME
    if folder.is_dir():
        mb, files = folder_size(folder)
        verdict = "within" if mb < SIZE_TARGET_MB else "OVER"
        print(f"build: {folder} is {mb:.1f} MB in {files} files ({verdict} the {SIZE_TARGET_MB} MB target)")
    if args.no_check:
        return 0
    ok = check(dist)
    print("build: all checks passed" if ok else "build: CHECKS FAILED", file=sys.stdout if ok else sys.stderr)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
