"""Where the bundled resources (guard rules and model, translations, templates, icons) are.

Kept in ``domain`` so that the guard can find its rules without importing the app's paths
module; ``secretary_app.paths`` answers from here too, so there is one answer.
"""

from __future__ import annotations

import sys
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent.parent


def is_frozen() -> bool:
    return bool(getattr(sys, "frozen", False)) and hasattr(sys, "_MEIPASS")


def resources_root() -> Path:
    """PyInstaller's unpack folder when frozen; the copy inside the package when installed
    with ``pip install .`` (setup.py puts it there); else the source tree's ``resources/``."""
    if is_frozen():
        return Path(sys._MEIPASS) / "resources"  # type: ignore[attr-defined]
    packaged = _PACKAGE / "_resources"
    if packaged.is_dir():
        return packaged
    return _PACKAGE.parent / "resources"


def get_asset(*parts: str) -> Path:
    """Path of a bundled resource."""
    return resources_root().joinpath(*parts)
