"""User settings (language, default speaking rate...) in a small JSON file.

Kept out of the database so the GUI can pick its language before the store opens. A file
that is not a JSON object (``[]``, ``null``, a string, nesting too deep to read, broken
text) never stops a command: the defaults are used, a warning names the file, and the
bad file is kept aside beside it (``settings.json.bad-<time>``) for the user to look at.
A single value of the wrong type falls back to its default and leaves the file alone.
"""

from __future__ import annotations

import json
import logging
import os
from dataclasses import asdict, dataclass, fields
from pathlib import Path

from secretary_app import paths
from secretary_app.domain.changes import Kind, changes

LANGUAGES = ("da", "en")
_log = logging.getLogger(__name__)


def _ok_language(value) -> bool:
    return value in LANGUAGES


def _ok_wpm(value) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and 60 <= value <= 250


def _ok_group(value) -> bool:
    return value is None or (isinstance(value, int) and not isinstance(value, bool) and value > 0)


def _ok_autosave(value) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool) and 0.2 <= value <= 600


def _ok_geometry(value) -> bool:
    return value is None or (isinstance(value, str) and len(value) <= 4096
                             and all(c in "0123456789abcdefABCDEF" for c in value))


def _ok_bool(value) -> bool:
    return isinstance(value, bool)


def _ok_int_in(low: int, high: int):
    def check(value) -> bool:
        return isinstance(value, int) and not isinstance(value, bool) and low <= value <= high
    return check


AUTO_LOCK_MAX_MINUTES = 480

# Every field has a check: a field without one would make every start fail once it is saved.
_CHECKS = {"language": _ok_language, "default_words_per_minute": _ok_wpm, "last_group_id": _ok_group,
           "autosave_seconds": _ok_autosave, "window_geometry": _ok_geometry, "reminders": _ok_bool,
           "reminder_days_before": _ok_int_in(0, 30), "work_start_hour": _ok_int_in(0, 23),
           "work_end_hour": _ok_int_in(1, 24), "auto_lock_minutes": _ok_int_in(0, AUTO_LOCK_MAX_MINUTES)}


@dataclass
class Settings:
    language: str = "da"
    default_words_per_minute: int = 130
    last_group_id: int | None = None
    autosave_seconds: float = 1.5
    window_geometry: str | None = None  # hex of QWidget.saveGeometry
    reminders: bool = True  # tray notifications for deadlines
    reminder_days_before: int = 1
    work_start_hour: int = 8  # no notifications outside working hours
    work_end_hour: int = 17
    auto_lock_minutes: int = 15  # idle time before the window locks; 0 = never
    archive_days: int = 30  # done cards untouched this long leave the board for the archive

    @classmethod
    def load(cls, path: Path | None = None) -> "Settings":
        path = path or paths.settings_path()
        try:
            text = path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return cls()
        except (OSError, UnicodeDecodeError) as exc:
            problem = exc.strerror if isinstance(exc, OSError) and exc.strerror else type(exc).__name__
            _log.warning("Indstillingsfilen %s kan ikke læses (%s); standardindstillinger bruges. / "
                         "The settings file %s cannot be read (%s); using the defaults.", path, problem,
                         path, problem)
            return cls()
        try:
            raw = json.loads(text)
        except (ValueError, RecursionError):
            raw = None
            problem_da, problem_en = "ikke gyldig JSON eller for dybt indlejret", "not valid JSON or nested too deep"
        else:
            problem_da, problem_en = "ikke et JSON-objekt", "not a JSON object"
        if not isinstance(raw, dict):
            aside = _keep_aside(path)
            _log.warning("Indstillingsfilen %s er %s; standardindstillinger bruges, og filen er gemt som %s. / "
                         "The settings file %s is %s; using the defaults, the file was kept as %s.",
                         path, problem_da, aside or "-", path, problem_en, aside or "-")
            return cls()
        obj = cls()
        known = {f.name for f in fields(cls)}
        for key in known & raw.keys():
            check = _CHECKS.get(key)
            if check is not None and check(raw[key]):
                setattr(obj, key, raw[key])
            else:
                _log.warning("Indstillingen %s i %s er ugyldig; standardværdien bruges. / "
                             "The setting %s in %s is invalid; using the default.", key, path, key, path)
        return obj

    @changes(Kind.SETTINGS)
    def save(self, path: Path | None = None) -> None:
        from secretary_app.exports.atomic import write_text_atomic  # not needed to start the window

        if path is None:
            paths.data_dir()  # created 0700 if it does not exist yet
        write_text_atomic(path or paths.settings_path(), json.dumps(asdict(self), indent=2, ensure_ascii=False))


def _keep_aside(path: Path) -> Path | None:
    """Rename a broken settings file so the next save does not overwrite what it held."""
    import datetime as dt

    aside = path.with_name(f"{path.name}.bad-{dt.datetime.now():%Y%m%d-%H%M%S}")
    try:
        os.replace(path, aside)
    except OSError:
        return None
    return aside


# Checked like every other setting (a saved value outside the range falls back to the default).
_CHECKS["archive_days"] = lambda value: isinstance(value, int) and not isinstance(value, bool) and 1 <= value <= 3650
