"""Dialogs of the meetings page: a meeting's details, and a request/draft for an agenda item."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QTime
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QLineEdit,
    QPlainTextEdit, QTimeEdit, QVBoxLayout, QWidget,
)

from secretary_app.domain import vocab
from secretary_app.domain.errors import AppError
from secretary_app.ui.forms import ErrorLabel, OptionalDate, date_edit


class OptionalTime(QWidget):
    """A time that may be absent (``--:--``): a checkbox enables the time field."""

    def __init__(self, value: dt.time | None = None, default: str = "10:00", parent=None):
        super().__init__(parent)
        self.check = QCheckBox()
        self.edit = QTimeEdit()
        self.edit.setDisplayFormat("HH:mm")
        t = value or dt.time.fromisoformat(default)
        self.edit.setTime(QTime(t.hour, t.minute))
        self.check.setChecked(value is not None)
        self.edit.setEnabled(value is not None)
        self.check.toggled.connect(self.edit.setEnabled)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.check)
        lay.addWidget(self.edit, 1)

    def value(self) -> dt.time | None:
        if not self.check.isChecked():
            return None
        t = self.edit.time()
        return dt.time(t.hour(), t.minute())


class MeetingDialog(QDialog):
    """Create or edit a meeting: body, date, times, place and the group meeting before it."""

    def __init__(self, ctx, group_id: int, meeting=None, day: dt.date | None = None, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.group_id = group_id
        self.meeting = meeting
        self.result_meeting = None
        self.setWindowTitle(self.tr("Redigér møde") if meeting else self.tr("Nyt møde"))
        m = meeting
        self.kind = QComboBox()
        for term in vocab.MEETING_BODIES:
            self.kind.addItem(term.en if ctx.lang == "en" else term.da, term.code)
        if m:
            self.kind.setCurrentIndex(max(0, self.kind.findData(m.body_kind)))
        self.body = QLineEdit(m.body_name if m else "")
        self.body.setPlaceholderText(self.tr("fx Borgerrepræsentationen, Økonomiudvalget, KKR Hovedstaden"))
        self.title_edit = QLineEdit(m.title if m else "")
        self.date = date_edit(m.date if m else day)
        self.start = OptionalTime(m.start_time if m else dt.time(17, 0), "17:00")
        self.end = OptionalTime(m.end_time if m else None, "19:00")
        self.place = QLineEdit(m.place if m else "")
        self.g_start = OptionalTime(m.group_meeting_start if m else None, "16:00")
        self.g_end = OptionalTime(m.group_meeting_end if m else None, "17:00")
        self.notes = QPlainTextEdit(m.notes if m else "")
        self.notes.setFixedHeight(70)
        form = QFormLayout()
        form.addRow(self.tr("Mødetype"), self.kind)
        form.addRow(self.tr("Mødeforum"), self.body)
        form.addRow(self.tr("Titel"), self.title_edit)
        form.addRow(self.tr("Dato"), self.date)
        form.addRow(self.tr("Starter"), self.start)
        form.addRow(self.tr("Slutter"), self.end)
        form.addRow(self.tr("Sted"), self.place)
        form.addRow(self.tr("Gruppemøde fra"), self.g_start)
        form.addRow(self.tr("Gruppemøde til"), self.g_end)
        form.addRow(self.tr("Noter"), self.notes)
        self.error = ErrorLabel()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(self.error)
        lay.addWidget(buttons)

    def values(self) -> dict:
        d = self.date.date()
        return dict(date=dt.date(d.year(), d.month(), d.day()), body_kind=self.kind.currentData(),
                    body_name=self.body.text(), title=self.title_edit.text(), start_time=self.start.value(),
                    end_time=self.end.value(), place=self.place.text(),
                    group_meeting_start=self.g_start.value(), group_meeting_end=self.g_end.value(),
                    notes=self.notes.toPlainText())

    def _save(self) -> None:
        from secretary_app.services import meetings

        try:
            if self.meeting is None:
                self.result_meeting = meetings.create_meeting(self.ctx.store, self.group_id, **self.values())
            else:
                self.result_meeting = meetings.update_meeting(self.ctx.store, self.meeting.id, **self.values())
        except AppError as exc:
            self.error.show_error(exc.message(self.ctx.lang))
            return
        self.accept()


class LinkDialog(QDialog):
    """A request ("opgave") or draft ("udkast") for a member, linked to an agenda item and
    prefilled with the item's title, case number and the working day before the meeting."""

    def __init__(self, ctx, item_id: int, kind: str, parent=None):
        super().__init__(parent)
        from secretary_app.services import groups, meetings

        self.ctx = ctx
        self.item_id = item_id
        self.kind = kind  # "request" | "draft"
        self.created = None
        item, meeting = meetings.item_context(ctx.store, item_id)
        sug = meetings.suggested_link(ctx.store, item_id, self.tr("Tale"), ctx.lang)
        self.setWindowTitle(self.tr("Opret opgave") if kind == "request" else self.tr("Opret udkast"))
        self.member = QComboBox()
        for mem in groups.list_members(ctx.store, meeting.group_id, include_inactive=False):
            self.member.addItem(mem.name, mem.id)
        self.type = QComboBox()
        if kind == "request":
            for tt in groups.list_task_types(ctx.store, meeting.group_id, include_inactive=False):
                self.type.addItem(tt.label_en if ctx.lang == "en" and tt.label_en else tt.label_da, tt.code)
            self.type.setCurrentIndex(max(0, self.type.findData("speech")))
        else:
            for term in vocab.DRAFT_KINDS:
                self.type.addItem(term.en if ctx.lang == "en" else term.da, term.code)
        self.title_edit = QLineEdit(sug["title"])
        self.due = OptionalDate(self.tr("Frist"), sug["due_date"])
        form = QFormLayout()
        form.addRow(self.tr("Medlem"), self.member)
        form.addRow(self.tr("Opgavetype") if kind == "request" else self.tr("Slags udkast"), self.type)
        form.addRow(self.tr("Titel"), self.title_edit)
        if kind == "request":
            form.addRow("", self.due)
        self.type.currentIndexChanged.connect(self._retitle)
        self.error = ErrorLabel()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(self.error)
        lay.addWidget(buttons)
        self.resize(560, self.sizeHint().height())

    def _retitle(self) -> None:
        """Keep the prefilled title in step with the kind ("Notat til punkt 1.4 ...")."""
        from secretary_app.services import meetings

        label = self.type.currentText().split(" (")[0].split(",")[0]
        if self.kind == "request" and self.type.currentData() != "speech":
            label = self.tr("Opgave")
        sug = meetings.suggested_link(self.ctx.store, self.item_id, label, self.ctx.lang)
        self.title_edit.setText(sug["title"])

    def _save(self) -> None:
        from secretary_app.services import meetings

        member_id = self.member.currentData()
        if member_id is None:
            self.error.show_error(self.tr("Gruppen har ingen aktive medlemmer."))
            return
        try:
            if self.kind == "request":
                self.created = meetings.create_request_for_item(
                    self.ctx.store, self.item_id, member_id, self.type.currentData(),
                    title=self.title_edit.text(), due_date=self.due.value())
            else:
                self.created = meetings.create_draft_for_item(
                    self.ctx.store, self.item_id, member_id, self.type.currentData(),
                    title=self.title_edit.text())
        except AppError as exc:
            self.error.show_error(exc.message(self.ctx.lang))
            return
        self.accept()
