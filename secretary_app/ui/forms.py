"""What dialogs share: the form dialog, an inline error line and optional date fields."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QCheckBox, QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget,
)

from secretary_app.domain.dates import local_today
from secretary_app.domain.errors import AppError
from secretary_app.ui import colours

DATE_FORMAT = "dd-MM-yyyy"  # Danish numeric dates: 26-01-2026


class ErrorLabel(QLabel):
    """Red text under a form naming what is wrong; hidden when there is nothing to say."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("formError")
        self.setWordWrap(True)
        self.setStyleSheet(colours.fg_css(colours.danger(bg="window"), bold=True))
        self.hide()

    def show_error(self, text: str) -> None:
        self.setText(text)
        self.setVisible(bool(text))


def date_edit(value: dt.date | None = None) -> QDateEdit:
    edit = QDateEdit()
    edit.setDisplayFormat(DATE_FORMAT)
    edit.setCalendarPopup(True)
    if value:
        edit.setDate(QDate(value.year, value.month, value.day))
    else:
        edit.setDate(QDate(local_today()))
    return edit


class OptionalDate(QWidget):
    """A date that may be absent: a checkbox enables the date field."""

    def __init__(self, label: str, value: dt.date | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.check = QCheckBox(label)
        self.edit = date_edit(value)
        self.check.setChecked(value is not None)
        self.edit.setEnabled(value is not None)
        self.check.toggled.connect(self.edit.setEnabled)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.check)
        lay.addWidget(self.edit, 1)

    def value(self) -> dt.date | None:
        if not self.check.isChecked():
            return None
        d = self.edit.date()
        return dt.date(d.year(), d.month(), d.day())

    def set_value(self, value: dt.date | None) -> None:
        self.check.setChecked(value is not None)
        if value:
            self.edit.setDate(QDate(value.year, value.month, value.day))


translate = QCoreApplication.translate  # as translate("Context", "text"), so lupdate finds the text


class FormDialog(QDialog):
    """The one form dialog: fields in ``self.form``, an inline error line, Save and Cancel.

    ``operation()`` returns the change to make (``ctx.ops.change(...)``), or None after naming
    a problem with ``refuse(text)``. It runs through the operation runner: success stores the
    result in ``saved``, calls ``on_saved(result)`` and closes; an ``AppError`` is named under
    the form (and its field focused) and nothing is saved.
    """

    def __init__(self, ctx, title: str, parent: QWidget | None = None, *, min_width: int = 460,
                 save_text: str | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.saved = None
        self.setWindowTitle(title)
        self.setMinimumWidth(min_width)
        self.form = QFormLayout()
        self.error = ErrorLabel()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(save_text or translate("FormDialog", "Gem"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(translate("FormDialog", "Annuller"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.layout_ = QVBoxLayout(self)
        self.layout_.addLayout(self.form)
        self.layout_.addWidget(self.error)
        self.layout_.addWidget(self.buttons)

    def add_below_form(self, widget: QWidget) -> None:
        self.layout_.insertWidget(self.layout_.indexOf(self.error), widget)

    def operation(self):  # pragma: no cover - every form defines its change
        raise NotImplementedError

    def field_widgets(self) -> dict[str, QWidget]:
        """Field name (as an ``AppError`` names it) -> the widget to focus."""
        return {}

    def refuse(self, text: str) -> None:
        self.error.show_error(text)

    def accept(self) -> None:
        op = self.operation()
        if op is None:
            return
        op.success(self._saved).failure(self._refused).with_parent(self).run()

    def on_saved(self, result) -> None:
        """Hook for what a form keeps of the result (e.g. the new row's id)."""

    def _saved(self, result) -> None:
        self.saved = result
        self.error.show_error("")
        self.on_saved(result)
        QDialog.accept(self)

    def _refused(self, exc: BaseException) -> None:
        if isinstance(exc, AppError):
            self.error.show_error(exc.message(self.ctx.lang))
            target = self.field_widgets().get(getattr(exc, "field", None) or "")
            if target is not None:
                target.setFocus()
        else:
            self.error.show_error(translate("FormDialog", "Der opstod en uventet fejl; intet blev gemt."))
