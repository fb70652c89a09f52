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
from secretary_app.domain.assets import get_asset, is_frozen, resources_root  # noqa: F401 - part of this module's API

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
    """Create ``path`` 0700 (political opinions are sensitive personal data: only the user may
    list the folder). An existing folder keeps the modes its owner chose: a read-only or shared
    folder is reported by ``loose_mode_warning`` and `doctor`, never silently changed."""
    try:
        path.mkdir(parents=True, mode=0o700)
    except FileExistsError:
        return path
    if os.name == "posix":
        os.chmod(path, 0o700)  # the umask may have taken bits from a folder we just created
    return path


def loose_mode_warning(path: Path, lang: str = "da") -> str | None:
    """A warning when group or others may enter the folder (None when it is private)."""
    if os.name != "posix" or not path.is_dir():
        return None
    mode = path.stat().st_mode & 0o777
    if not mode & 0o077:
        return None
    if lang == "en":
        return (f"Warning: the data folder {path} has mode {mode:04o}: other users may read it. "
                f"Make it private with: chmod 700 \"{path}\"")
    return (f"Advarsel: datamappen {path} har rettighederne {mode:04o}: andre brugere kan læse den. "
            f"Gør den privat med: chmod 700 \"{path}\"")


def db_path() -> Path:
    return data_dir(create=False) / DB_FILENAME


def backups_dir() -> Path:
    return make_private_dir(data_dir() / "backups")


def logs_dir() -> Path:
    """The log file and crash reports: private like the data (they name files and places)."""
    return make_private_dir(data_dir() / "logs")


def cache_dir() -> Path:
    """What can be built again (the guard's prepared rules): the platform's per-user cache
    folder, or ``cache/`` in a data folder chosen with ``--data-dir``/the environment (so a
    test or a second profile keeps its own)."""
    if _data_dir_override is not None or os.environ.get(ENV_DATA_DIR):
        return make_private_dir(data_dir() / "cache")
    import platformdirs

    return make_private_dir(Path(platformdirs.user_cache_dir(APP_ID, appauthor=False)))


def use_guard_cache() -> None:
    """The guard keeps its prepared rules in ``cache_dir()`` (domain/guard_cache); without a
    folder to be had it builds them in each process, as before."""
    from secretary_app.domain import guard_cache

    try:
        guard_cache.use_dir(cache_dir())
    except OSError:
        pass


def settings_path() -> Path:
    return data_dir(create=False) / SETTINGS_FILENAME

