"""Asked when a card without logged time moves to Færdig: how long did it take? (skippable)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from secretary_app.domain.errors import AppError
from secretary_app.ui.duration_edit import DurationEdit
from secretary_app.ui.forms import ErrorLabel

SKIP = 0  # minutes returned when the secretary skips


class DoneTimeDialog(QDialog):
    """``minutes()`` after exec: the time spent, or ``SKIP``; the move is cancelled on reject."""

    def __init__(self, title: str, estimate: int = 0, parent: QWidget | None = None, lang: str = "da"):
        super().__init__(parent)
        self.lang = lang
        self.setObjectName("doneTimeDialog")
        self.setWindowTitle(self.tr("Tid brugt på opgaven"))
        lay = QVBoxLayout(self)
        intro = QLabel(self.tr("Der er ikke registreret tid på »%1«. Hvor lang tid tog den?").replace("%1", title))
        intro.setWordWrap(True)
        lay.addWidget(intro)
        self.edit = DurationEdit(estimate or None)
        self.edit.setAccessibleName(self.tr("Tid brugt"))
        form = QFormLayout()
        form.addRow(self.tr("Tid brugt:"), self.edit)
        lay.addLayout(form)
        self.error = ErrorLabel(self)
        lay.addWidget(self.error)
        buttons = QDialogButtonBox()
        self.log_button = buttons.addButton(self.tr("Registrér tid"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.skip_button = buttons.addButton(self.tr("Spring over"), QDialogButtonBox.ButtonRole.ActionRole)
        cancel = buttons.addButton(self.tr("Annuller"), QDialogButtonBox.ButtonRole.RejectRole)
        cancel.setToolTip(self.tr("Flyt ikke opgaven"))
        self.skip_button.setToolTip(self.tr("Flyt opgaven til Færdig uden at registrere tid"))
        self.log_button.clicked.connect(self._log)
        self.skip_button.clicked.connect(self._skip)
        cancel.clicked.connect(self.reject)
        lay.addWidget(buttons)
        self._minutes = SKIP
        self.edit.setFocus()
        self.edit.selectAll()

    def minutes(self) -> int:
        return self._minutes

    def _log(self) -> None:
        from secretary_app.domain.durations import parse_duration

        try:
            value = parse_duration(self.edit.text())
        except AppError as exc:
            self.error.show_error(exc.message(self.lang))
            return
        if not value:
            self.error.show_error(self.tr("Skriv tiden, fx 1:30 eller 90 min – eller vælg Spring over."))
            return
        self._minutes = value
        self.accept()

    def _skip(self) -> None:
        self._minutes = SKIP
        self.accept()


def ask_done_time(parent: QWidget, title: str, estimate: int = 0, lang: str = "da") -> int | None:
    """Minutes spent, ``SKIP`` (0) to move without time, None to cancel the move."""
    dialog = DoneTimeDialog(title, estimate, parent, lang)
    return dialog.minutes() if dialog.exec() == QDialog.DialogCode.Accepted else None
