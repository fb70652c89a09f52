"""User settings (language, default speaking rate...) in a small JSON file.

Kept out of the database so the GUI can pick its language before the store opens.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, fields
from pathlib import Path

from secretary_app import paths
from secretary_app.domain.changes import Kind, changes

LANGUAGES = ("da", "en")


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

    @classmethod
    def load(cls, path: Path | None = None) -> "Settings":
        path = path or paths.settings_path()
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return cls()
        known = {f.name for f in fields(cls)}
        obj = cls(**{k: v for k, v in raw.items() if k in known})
        if obj.language not in LANGUAGES:
            obj.language = "da"
        return obj

    @changes(Kind.SETTINGS)
    def save(self, path: Path | None = None) -> None:
        from secretary_app.exports.atomic import write_text_atomic  # not needed to start the window

        write_text_atomic(path or paths.settings_path(), json.dumps(asdict(self), indent=2, ensure_ascii=False))
