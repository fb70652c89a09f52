"""Dialogs of the meetings page: a meeting's details, and a request/draft for an agenda item."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QTime
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QTimeEdit, QWidget,
)

from secretary_app.domain import vocab
from secretary_app.ui.forms import FormDialog, OptionalDate, date_edit


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


class MeetingDialog(FormDialog):
    """Create or edit a meeting: body, date, times, place and the group meeting before it."""

    def __init__(self, ctx, group_id: int, meeting=None, day: dt.date | None = None, parent=None):
        super().__init__(ctx, self.tr("Redigér møde") if meeting else self.tr("Nyt møde"), parent)
        self.group_id = group_id
        self.meeting = meeting
        self.result_meeting = None
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
        form = self.form
        form.addRow(self.tr("Mødetype") + ":", self.kind)
        form.addRow(self.tr("Mødeforum") + ":", self.body)
        form.addRow(self.tr("Titel") + ":", self.title_edit)
        form.addRow(self.tr("Dato") + ":", self.date)
        form.addRow(self.tr("Starter") + ":", self.start)
        form.addRow(self.tr("Slutter") + ":", self.end)
        form.addRow(self.tr("Sted") + ":", self.place)
        form.addRow(self.tr("Gruppemøde fra") + ":", self.g_start)
        form.addRow(self.tr("Gruppemøde til") + ":", self.g_end)
        form.addRow(self.tr("Noter") + ":", self.notes)

    def values(self) -> dict:
        d = self.date.date()
        return dict(date=dt.date(d.year(), d.month(), d.day()), body_kind=self.kind.currentData(),
                    body_name=self.body.text(), title=self.title_edit.text(), start_time=self.start.value(),
                    end_time=self.end.value(), place=self.place.text(),
                    group_meeting_start=self.g_start.value(), group_meeting_end=self.g_end.value(),
                    notes=self.notes.toPlainText())

    def field_widgets(self):
        return {"date": self.date, "body_name": self.body, "title": self.title_edit, "place": self.place,
                "start_time": self.start.edit, "end_time": self.end.edit}

    def operation(self):
        from secretary_app.services import meetings

        values, group_id = self.values(), self.group_id
        if self.meeting is None:
            return self.ctx.ops.change(self.tr("Nyt møde"),
                                       lambda store: meetings.create_meeting(store, group_id, **values),
                                       undo=lambda store, m: meetings.delete_meeting(store, m.id))
        mid = self.meeting.id
        return self.ctx.ops.change(self.tr("Redigér møde"),
                                   lambda store: meetings.update_meeting(store, mid, **values))

    def on_saved(self, meeting) -> None:
        self.result_meeting = meeting

    _save = FormDialog.accept


class LinkDialog(FormDialog):
    """A request ("opgave") or draft ("udkast") for a member, linked to an agenda item and
    prefilled with the item's title, case number and the working day before the meeting."""

    def __init__(self, ctx, item_id: int, kind: str, parent=None):
        from secretary_app.services import groups, meetings

        super().__init__(ctx, self.tr("Opret opgave") if kind == "request" else self.tr("Opret udkast"), parent)
        self.item_id = item_id
        self.kind = kind  # "request" | "draft"
        self.created = None
        item, meeting = meetings.item_context(ctx.store, item_id)
        sug = meetings.suggested_link(ctx.store, item_id, self.tr("Tale"), ctx.lang)
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
        self.due_note = QLabel(self._due_note(sug["due_note"]))
        self.due_note.setObjectName("dueNote")
        self.due_note.setWordWrap(True)
        self.due_note.setVisible(kind == "request" and bool(sug["due_note"]))
        form = self.form
        form.addRow(self.tr("Medlem") + ":", self.member)
        form.addRow((self.tr("Opgavetype") if kind == "request" else self.tr("Slags udkast")) + ":", self.type)
        form.addRow(self.tr("Titel") + ":", self.title_edit)
        if kind == "request":
            form.addRow("", self.due)
            form.addRow("", self.due_note)
        self.type.currentIndexChanged.connect(self._retitle)
        self.resize(560, self.sizeHint().height())

    def _due_note(self, note: str | None) -> str:
        if note == "past":
            return self.tr("Mødet er afholdt, så der er ingen frist foreslået. Sæt en frist, hvis opgaven "
                           "stadig skal løses.")
        if note == "today":
            return self.tr("Mødet er i dag, så der er ingen frist før mødet.")
        return ""

    def _retitle(self) -> None:
        """Keep the prefilled title in step with the kind ("Notat til punkt 1.4 ...")."""
        from secretary_app.services import meetings

        label = self.type.currentText().split(" (")[0].split(",")[0]
        if self.kind == "request" and self.type.currentData() != "speech":
            label = self.tr("Opgave")
        sug = meetings.suggested_link(self.ctx.store, self.item_id, label, self.ctx.lang)
        self.title_edit.setText(sug["title"])

    def field_widgets(self):
        return {"title": self.title_edit, "due_date": self.due.edit}

    def operation(self):
        from secretary_app.services import drafts, meetings, requests

        member_id = self.member.currentData()
        if member_id is None:
            self.refuse(self.tr("Gruppen har ingen aktive medlemmer."))
            return None
        item_id, code, title = self.item_id, self.type.currentData(), self.title_edit.text()
        if self.kind == "request":
            due = self.due.value()
            return self.ctx.ops.change(
                self.tr("Opret opgave"),
                lambda store: meetings.create_request_for_item(store, item_id, member_id, code, title=title,
                                                               due_date=due),
                undo=lambda store, req: requests.trash_request(store, req.id))
        return self.ctx.ops.change(
            self.tr("Opret udkast"),
            lambda store: meetings.create_draft_for_item(store, item_id, member_id, code, title=title),
            undo=lambda store, draft: drafts.trash_draft(store, draft.id))

    def on_saved(self, created) -> None:
        self.created = created

    _save = FormDialog.accept
