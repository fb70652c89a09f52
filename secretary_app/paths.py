"""The one place that knows where data, backups and resources live.

Data goes to the platform's per-user data folder (platformdirs) unless the user
points elsewhere with ``--data-dir`` or ``SECRETARY_APP_DATA_DIR``; the log file and crash
reports go to its ``logs/``. Resources come from the source tree, from the installed
package (``secretary_app/_resources``, built by setup.py), or from PyInstaller's unpack
folder when frozen.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from secretary_app import APP_ID

ENV_DATA_DIR = "SECRETARY_APP_DATA_DIR"
DB_FILENAME = "secretary.sqlite3"
SETTINGS_FILENAME = "settings.json"

_data_dir_override: Path | None = None


def set_data_dir(path: str | os.PathLike | None) -> None:
    """Override the data folder for this process (``--data-dir``)."""
    global _data_dir_override
    _data_dir_override = Path(path).expanduser().resolve() if path else None


def data_dir(create: bool = True) -> Path:
    if _data_dir_override is not None:
        path = _data_dir_override
    elif os.environ.get(ENV_DATA_DIR):
        path = Path(os.environ[ENV_DATA_DIR]).expanduser().resolve()
    else:
        import platformdirs

        path = Path(platformdirs.user_data_dir(APP_ID, appauthor=False))
    if create:
        make_private_dir(path)
    return path


def make_private_dir(path: Path) -> Path:
    # Political opinions are sensitive personal data: only the user may list the folder.
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    if os.name == "posix":
        os.chmod(path, 0o700)
    return path


def db_path() -> Path:
    return data_dir() / DB_FILENAME


def backups_dir() -> Path:
    return make_private_dir(data_dir() / "backups")


def logs_dir() -> Path:
    """The log file and crash reports: private like the data (they name files and places)."""
    return make_private_dir(data_dir() / "logs")


def settings_path() -> Path:
    return data_dir() / SETTINGS_FILENAME


def is_frozen() -> bool:
    return bool(getattr(sys, "frozen", False)) and hasattr(sys, "_MEIPASS")


def resources_root() -> Path:
    """PyInstaller's unpack folder when frozen; the copy inside the package when installed
    with ``pip install .`` (setup.py puts it there); else the source tree's ``resources/``."""
    if is_frozen():
        return Path(sys._MEIPASS) / "resources"  # type: ignore[attr-defined]
    packaged = Path(__file__).resolve().parent / "_resources"
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parent.parent / "resources"


def get_asset(*parts: str) -> Path:
    """Path of a bundled resource (translations, templates, guard rules, icons)."""
    return resources_root().joinpath(*parts)
