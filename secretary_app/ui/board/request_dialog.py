"""Take in a request or open one: every field, the guard as you type, and the time log.

Saving is an operation (``ctx.ops``; one transaction, validated in the services); a bad value
is named under the form and nothing is saved. Its undo step comes from the runner, so Ctrl+Z
on the board takes it back (a new request goes to the trash, an edit is reverted).
"""

from __future__ import annotations

import datetime as dt
from typing import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel,
    QLineEdit, QPlainTextEdit, QSplitter, QTabWidget, QVBoxLayout, QWidget,
)

from secretary_app.domain import vocab
from secretary_app.domain.catalogue import QUESTION_CODE
from secretary_app.domain.dates import format_long, local_today, to_local
from secretary_app.domain.errors import AppError
from secretary_app.ui.forms import ErrorLabel, OptionalDate, date_edit
from secretary_app.ui import colours

# The kind of text a request of each task type usually needs (a memo otherwise).
DRAFT_KIND_FOR_TYPE = {
    "speech": "speech", "debate_press_release": "debate_article", "political_messaging": "press_release",
    "member_proposal": "member_proposal", "politician_question": "inquiry",
}


def _qdate(edit) -> dt.date:
    d = edit.date()
    return dt.date(d.year(), d.month(), d.day())


class RequestDialog(QDialog):
    """New request (``request_id=None``) or an existing one, for the selected party group."""

    def __init__(self, ctx, group_id: int, request_id: int | None = None, member_id: int | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        from secretary_app.services import groups
        from secretary_app.services import requests as svc

        self.ctx = ctx
        self.group_id = group_id
        self.request_id = request_id
        self.saved_id: int | None = None
        req = svc.get_request(ctx.store, request_id) if request_id is not None else None
        self._original = req
        self.setWindowTitle(self.tr("Opgave: %1").replace("%1", req.title) if req else self.tr("Ny opgave"))
        self._closing_days = svc.group_closing_days(ctx.store, group_id)

        # --- the form ---------------------------------------------------------------------
        self.member = QComboBox()
        self.member.setObjectName("reqMember")
        today = local_today()
        for m in groups.list_members(ctx.store, group_id):
            if req is None and not groups.is_active(m, today):
                continue
            self.member.addItem(m.name, m.id)
        self.type = QComboBox()
        self.type.setObjectName("reqType")
        for tt in groups.list_task_types(ctx.store, group_id):
            if not tt.active and (req is None or req.task_type_id != tt.id):
                continue
            label = tt.label_en if ctx.lang == "en" and tt.label_en else tt.label_da
            self.type.addItem(label, tt.code)
            self.type.setItemData(self.type.count() - 1, tt.description, Qt.ToolTipRole)
            if req is not None and req.task_type_id == tt.id:
                self.type.setCurrentIndex(self.type.count() - 1)
        self.title_edit = QLineEdit(req.title if req else "")
        self.title_edit.setObjectName("reqTitle")
        self.title_edit.setPlaceholderText(self.tr("Kort titel, fx »Tale om budgettet til BR 12. marts«"))
        self.description = QPlainTextEdit(req.description if req else "")
        self.description.setObjectName("reqDescription")
        self.description.setPlaceholderText(self.tr("Hvad har medlemmet bedt om? Kontekst, kilder, aftaler …"))
        self.channel = QComboBox()
        for term in vocab.CHANNELS:
            self.channel.addItem(term.label(ctx.lang), term.code)
        self.received = date_edit(to_local(req.received_at).date() if req else today)
        self.due = OptionalDate(self.tr("Frist"), req.due_date if req else None)
        self.priority = QComboBox()
        for term in vocab.PRIORITIES:
            self.priority.addItem(term.label(ctx.lang), int(term.code))
        from secretary_app.ui.duration_edit import DurationEdit

        self.estimate = DurationEdit()
        self.tags = QLineEdit(req.tags if req else "")
        self.tags.setPlaceholderText(self.tr("fx budget klima (adskilt af mellemrum)"))
        self.status = QComboBox()
        self.status.setObjectName("reqStatus")
        for term in vocab.REQUEST_STATUSES:
            self.status.addItem(term.label(ctx.lang), term.code)
        self.decline_reason = QLineEdit(req.decline_reason if req else "")
        self.decline_reason.setPlaceholderText(self.tr("Hvorfor blev opgaven afvist?"))

        if req is not None:
            self.member.setCurrentIndex(max(0, self.member.findData(req.member_id)))
            self.channel.setCurrentIndex(max(0, self.channel.findData(req.channel)))
            self.priority.setCurrentIndex(max(0, self.priority.findData(req.priority)))
            self.estimate.setValue(req.estimated_minutes or 0)
            self.status.setCurrentIndex(max(0, self.status.findData(req.status)))
        else:
            self.priority.setCurrentIndex(max(0, self.priority.findData(1)))
            if member_id is not None:
                self.member.setCurrentIndex(max(0, self.member.findData(member_id)))

        form = QFormLayout()
        form.addRow(self.tr("Medlem:"), self.member)
        form.addRow(self.tr("Opgavetype:"), self.type)
        form.addRow(self.tr("Titel:"), self.title_edit)
        form.addRow(self.tr("Beskrivelse:"), self.description)
        form.addRow(self.tr("Kanal:"), self.channel)
        form.addRow(self.tr("Modtaget:"), self.received)
        form.addRow("", self.due)
        form.addRow(self.tr("Prioritet:"), self.priority)
        form.addRow(self.tr("Anslået tid:"), self.estimate)
        form.addRow(self.tr("Mærker:"), self.tags)
        form.addRow(self.tr("Status:"), self.status)
        self.decline_row_label = QLabel(self.tr("Afvist fordi:"))
        form.addRow(self.decline_row_label, self.decline_reason)

        # --- questions to the administration: ten working days to answer --------------------
        self.question_box = QGroupBox(self.tr("Politikerspørgsmål til forvaltningen"))
        self.question_box.setObjectName("questionBox")
        qform = QFormLayout(self.question_box)
        self.sent = OptionalDate(self.tr("Sendt"), req.sent_date if req else None)
        self.answer_due = QLabel()
        self.answer_due.setObjectName("answerDue")
        self.answered = OptionalDate(self.tr("Besvaret"), req.answered_date if req else None)
        self.answer_to_all = QCheckBox(self.tr("Svaret gik til alle medlemmer"))
        self.answer_to_all.setChecked(bool(req.answer_to_all) if req else False)
        qform.addRow("", self.sent)
        qform.addRow(self.tr("Svarfrist:"), self.answer_due)
        qform.addRow("", self.answered)
        qform.addRow("", self.answer_to_all)

        left = QWidget()
        left_lay = QVBoxLayout(left)
        left_lay.setContentsMargins(0, 0, 0, 0)
        left_lay.addLayout(form)
        left_lay.addWidget(self.question_box)
        left_lay.addStretch(1)

        # --- the guard, checking as the secretary types -----------------------------------
        from secretary_app.ui.guard_panel import GuardPanel

        self.guard = GuardPanel(ctx, self)
        self.guard.group_id = group_id
        self.guard.set_request(req.id if req else None, group_id)
        self.guard.watch(self.title_edit, self.description, task_type=lambda: self.type.currentData())
        self.type.currentIndexChanged.connect(self.guard.schedule_check)
        self.guard.decided.connect(self._on_guard_decided)

        split = QSplitter(Qt.Horizontal)
        split.addWidget(left)
        split.addWidget(self.guard)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)

        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Opgave og tid"))
        self.tabs.addTab(split, self.tr("Opgave"))
        self.time_panel = None
        if req is not None:
            self._add_time_tab(req.id, req.title)
            from secretary_app.ui.mail.panel import add_mail_tab

            add_mail_tab(self, req.id)  # the request's mails, attachments and replies, if any

        self.error = ErrorLabel(self)
        self.error.setObjectName("requestError")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Gem"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
            self.tr("Luk") if req else self.tr("Annuller"))
        buttons.accepted.connect(self.save_and_close)
        buttons.rejected.connect(self.reject)
        self.draft_button = buttons.addButton(self.tr("Skriv udkast …"), QDialogButtonBox.ButtonRole.ActionRole)
        self.draft_button.setObjectName("writeDraft")
        self.draft_button.setToolTip(self.tr("Opret et udkast (tale, debatindlæg, notat …) til opgaven og åbn det"))
        self.draft_button.clicked.connect(self.write_draft)
        self.buttons = buttons
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)

        lay = QVBoxLayout(self)
        lay.addWidget(self.tabs, 1)
        lay.addWidget(self.error)
        lay.addWidget(buttons)
        self.resize(1040, 680)

        self.type.currentIndexChanged.connect(self._update_question)
        self.status.currentIndexChanged.connect(self._update_status)
        self.sent.check.toggled.connect(self._update_question)
        self.sent.edit.dateChanged.connect(self._update_question)
        self.answered.check.toggled.connect(self._update_question)
        self._update_question()
        self._update_status()
        self.title_edit.setFocus()

    # --- live form state ---------------------------------------------------------------------
    def _add_time_tab(self, request_id: int, title: str) -> None:
        from secretary_app.ui.board.time_panel import TimePanel

        self.time_panel = TimePanel(self.ctx, request_id, title, self)
        self.tabs.addTab(self.time_panel, self.tr("Tid"))

    def _update_question(self, *_):
        from secretary_app.domain.workdays import answer_due

        is_q = self.type.currentData() == QUESTION_CODE
        self.question_box.setVisible(is_q)
        sent = self.sent.value()
        if not sent:
            self.answer_due.setText(self.tr("beregnes, når afsendelsesdatoen er angivet"))
            self.answer_due.setStyleSheet("")
            return
        due = answer_due(sent, self._closing_days)
        answered = self.answered.value()
        text = format_long(due, self.ctx.lang) + self.tr(" (10 arbejdsdage)")
        style = ""
        if answered:
            on_time = answered <= due
            text += " – " + (self.tr("besvaret rettidigt") if on_time else self.tr("besvaret for sent"))
            style = "" if on_time else colours.fg_css(colours.danger(bg="window"))
        else:
            days = (due - local_today()).days
            if days < 0:
                text += " – " + self.tr("overskredet med %1 dage").replace("%1", str(-days))
                style = colours.fg_css(colours.danger(bg="window"), bold=True)
            else:
                text += " – " + self.tr("%1 dage tilbage").replace("%1", str(days))
        self.answer_due.setText(text)
        self.answer_due.setStyleSheet(style)
        self.answer_to_all.setEnabled(answered is not None)

    def _update_status(self, *_):
        declined = self.status.currentData() == "declined"
        self.decline_row_label.setVisible(declined)
        self.decline_reason.setVisible(declined)

    def _on_guard_decided(self, action: str, request_id: int) -> None:
        from secretary_app.services import requests as svc

        req = svc.get_request(self.ctx.store, request_id)
        self.status.setCurrentIndex(max(0, self.status.findData(req.status)))
        self.decline_reason.setText(req.decline_reason)
        if self._original is not None:
            self._original = req

    # --- saving ------------------------------------------------------------------------------
    def values(self) -> dict:
        received_day = _qdate(self.received)
        received = received_day
        if self._original is not None and to_local(self._original.received_at).date() == received_day:
            received = self._original.received_at  # keep the time of day it came in
        is_q = self.type.currentData() == QUESTION_CODE
        answered = self.answered.value() if is_q else None
        return dict(
            member_id=self.member.currentData(), task_type=self.type.currentData(),
            title=self.title_edit.text(), description=self.description.toPlainText(),
            channel=self.channel.currentData(), received_at=received, due_date=self.due.value(),
            priority=self.priority.currentData(),
            estimated_minutes=self.estimate.value() or None, tags=self.tags.text(),
            sent_date=self.sent.value() if is_q else None, answered_date=answered,
            answer_to_all=self.answer_to_all.isChecked() if answered else None,
            status=self.status.currentData(),
            decline_reason=self.decline_reason.text() if self.status.currentData() == "declined" else "",
        )

    def save(self, then: Callable[[], None] | None = None) -> bool:
        """Validate and save through the runner; on success the dialog stays open on the saved
        request and ``then`` runs. False when the save was refused (named under the form)."""
        from secretary_app.services import requests as svc

        v = self.values()
        if v["member_id"] is None:
            self.error.show_error(self.tr("Gruppen har ingen aktive medlemmer; opret et medlem først."))
            return False
        if v["task_type"] is None:
            self.error.show_error(self.tr("Gruppen har ingen aktive opgavetyper."))
            return False
        then = self._guard_step(v, then)
        if then is False:
            return False
        refused: list[BaseException] = []
        if self.request_id is None:
            status = v.pop("status")
            v.pop("decline_reason")
            member_id, type_code = v.pop("member_id"), v.pop("task_type")
            group_id, created = self.group_id, {}

            def do(store):  # the first run creates it; a redo after undo takes it out of the trash
                if "id" in created:
                    return svc.restore_request(store, created["id"]), None
                req = svc.create_request(store, group_id, member_id, type_code, status=status, **v)
                created["id"] = req.id
                return req, None

            op = self.ctx.ops.change(self.tr("Ny opgave"), do,
                                     undo=lambda store, saved: svc.trash_request(store, saved[0].id))
        else:
            rid = self.request_id

            def do(store):
                old = svc.get_request(store, rid)
                before = svc.editable_fields(old), (old.status, old.position, old.deleted_at)
                return svc.update_request(store, rid, **v), before

            def undo(store, saved):
                fields, place = saved[1]
                svc.update_request(store, rid, **fields)
                svc.restore_position(store, rid, *place)

            op = self.ctx.ops.change(self.tr("Redigér opgave"), do, undo=undo)
        op.success(lambda saved: self._saved(saved[0], then)).failure(
            lambda exc: (refused.append(exc), self._refused(exc))).with_parent(self).run()
        return not refused

    def ask_guard_choice(self) -> str | None:
        """The save choice for a flagged text. (Tests replace this to skip the modal dialog.)"""
        from secretary_app.ui.guard_choice import ask_save_choice

        return ask_save_choice(self, self.guard.verdict_label.text(), self.guard.reason_names())

    def _guard_step(self, v: dict, then):
        """A flagged text is saved only with a decision: declined, or accepted with a written
        justification, each recorded after the save; *Omskriv* saves nothing and selects the
        sentence to rewrite. Returns the callback to run after the save, or False."""
        from secretary_app.ui import guard_choice

        if not self.guard.needs_decision(self._original, v["title"].strip(), v["description"].strip()):
            return then
        choice = self.ask_guard_choice()
        if choice == guard_choice.REWRITE:
            self.tabs.setCurrentIndex(0)
            self.guard.select_flagged()
            return False
        if choice == guard_choice.DECLINE:
            justification = ""
        elif choice == guard_choice.ACCEPT:
            justification = self.guard.ask_justification()
            if justification is None:
                return False
        else:
            return False

        def decide_then() -> None:
            self.guard.decide(choice, justification)
            if then is not None:
                then()

        return decide_then

    def _saved(self, req, then: Callable[[], None] | None) -> None:
        from secretary_app.services import requests as svc

        first = self.request_id is None
        self.request_id = req.id
        self._original = svc.get_request(self.ctx.store, req.id)
        if first:
            self._add_time_tab(req.id, req.title)
            self.setWindowTitle(self.tr("Opgave: %1").replace("%1", req.title))
            self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Luk"))
        self.error.show_error("")
        self.saved_id = self.request_id
        # The guard's verdict goes to the request and the audit log on every save.
        self.guard.record(self.request_id, self.group_id)
        if then is not None:
            then()

    def _refused(self, exc: BaseException) -> None:
        if isinstance(exc, AppError):
            self.error.show_error(exc.message(self.ctx.lang))
            self._focus_field(getattr(exc, "field", None))
        else:
            self.error.show_error(self.tr("Opgaven blev ikke gemt."))

    def write_draft(self) -> int | None:
        """Save, then start a draft for this request (linked to it and its agenda item) and open
        it. Returns the draft's id when the work ran at once (tests' inline runner)."""
        self._draft_id = None
        self.save(then=self._start_draft)
        return self._draft_id

    def _start_draft(self) -> None:
        from secretary_app.services import drafts

        req = self._original
        kind = DRAFT_KIND_FOR_TYPE.get(self.type.currentData(), "memo")
        group_id = self.group_id

        def opened(draft) -> None:
            self._draft_id = draft.id
            self.accept()
            self.ctx.nav.open_draft(draft.id)

        self.ctx.ops.change(
            self.tr("Nyt udkast"),
            lambda store: drafts.create_draft(store, group_id, req.member_id, kind, req.title,
                                              request_id=req.id, agenda_item_id=req.agenda_item_id),
            undo=lambda store, draft: drafts.trash_draft(store, draft.id),
        ).success(opened).failure(self._refused).with_parent(self).run()

    def save_and_close(self) -> None:
        self.save(then=self.accept)

    def _focus_field(self, field: str | None) -> None:
        target = {"title": self.title_edit, "description": self.description, "due": self.due.edit,
                  "received": self.received, "type": self.type, "member": self.member,
                  "estimated_minutes": self.estimate, "tags": self.tags, "sent": self.sent.edit,
                  "answered": self.answered.edit, "channel": self.channel}.get(field or "")
        if target is not None:
            self.tabs.setCurrentIndex(0)
            target.setFocus()
