"""A field for a duration the way people write it (2:00, 2 t, 90 min), shown as t:mm."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit

from secretary_app.domain.durations import format_hm, parse_duration
from secretary_app.domain.errors import AppError


class DurationEdit(QLineEdit):
    def __init__(self, minutes: int | None = None, parent=None):
        super().__init__(parent)
        self.setPlaceholderText(self.tr("ikke anslået – fx 2:00, 2 t eller 90 min"))
        self.setToolTip(self.tr("Skriv tiden som 2:00, 2 t, 1,5 t eller 90 min; den vises som t:mm"))
        self.setAccessibleName(self.tr("Anslået tid"))
        self.setAccessibleDescription(self.tr("Timer og minutter, fx 2:00, 2 t eller 90 min"))
        self.editingFinished.connect(self._tidy)
        self.setValue(minutes)

    def setValue(self, minutes: int | None) -> None:  # noqa: N802 - same API as the QSpinBox it replaces
        self.setText(format_hm(minutes) if minutes else "")

    def value(self):
        """Minutes; None when empty; the raw text when it is no duration (the service names the
        problem when saving)."""
        try:
            return parse_duration(self.text())
        except AppError:
            return self.text().strip()

    def _tidy(self) -> None:
        value = self.value()
        if isinstance(value, int):
            self.setText(format_hm(value))
