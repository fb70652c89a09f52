"""Package build hook: ``pip install .`` gives a complete app.

The wheel carries ``resources/`` (templates, guard rules, icons, samples, translations) as
``secretary_app/_resources`` with the English ``.qm`` compiled from the ``.ts`` here (Qt's
``lrelease``, from PySide6 in the build environment), and a ``MANIFEST.txt`` that the smoke
test checks against. ``secretary_app/paths.py`` finds that folder; the migrations ship as
package data (``pyproject.toml``). Metadata lives in ``pyproject.toml``.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent
RESOURCES = ROOT / "resources"
TARGET = "_resources"  # inside the secretary_app package
SKIP_SUFFIXES = (".pyc",)


def _lrelease() -> list[str]:
    exe = shutil.which("pyside6-lrelease", path=str(Path(sys.executable).parent)) or shutil.which("pyside6-lrelease")
    if exe:
        return [exe]
    try:
        import PySide6  # noqa: F401 - only to find its lrelease
    except ImportError as exc:
        raise SystemExit("building the package needs PySide6 (for lrelease): " + str(exc)) from exc
    return [sys.executable, "-m", "PySide6.scripts.pyside_tool", "lrelease"]


class BuildWithResources(build_py):
    def run(self) -> None:
        super().run()
        out = Path(self.build_lib) / "secretary_app" / TARGET
        if out.exists():
            shutil.rmtree(out)
        files = []
        for src in sorted(RESOURCES.rglob("*")):
            rel = src.relative_to(RESOURCES)
            if src.is_dir() or src.suffix in SKIP_SUFFIXES or src.suffix == ".qm" or rel.name == "MANIFEST.txt":
                continue
            dest = out / rel
            dest.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(src, dest)
            files.append(rel.as_posix())
        for ts in sorted((RESOURCES / "translations").glob("*.ts")):
            qm = out / "translations" / (ts.stem + ".qm")
            subprocess.run(_lrelease() + ["-silent", str(ts), "-qm", str(qm)], check=True)
            files.append(qm.relative_to(out).as_posix())
        (out / "MANIFEST.txt").write_text("\n".join(sorted(files)) + "\n", encoding="utf-8")


setup(cmdclass={"build_py": BuildWithResources})
