"""Create or edit a member; errors are shown inline and nothing is saved until valid."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QSpinBox

from secretary_app.domain.dates import local_today
from secretary_app.services import groups
from secretary_app.ui.forms import FormDialog, OptionalDate


def member_input(member) -> groups.MemberInput:
    return groups.MemberInput(member.name, member.committees, member.email, member.phone,
                              member.active_from, member.active_to, member.words_per_minute)


class MemberDialog(FormDialog):
    """Create or edit a member; the save is one operation with its undo step."""

    def __init__(self, ctx, member=None, parent=None):
        super().__init__(ctx, self.tr("Redigér medlem") if member else self.tr("Nyt medlem"), parent)
        self.member = member
        form = self.form
        self.name = QLineEdit(member.name if member else "")
        self.name.setObjectName("memberName")
        self.group = QComboBox()
        for g in groups.list_groups(ctx.store):
            self.group.addItem(f"{g.list_letter} – {g.name}", g.id)
        self.group.setCurrentIndex(max(0, self.group.findData(member.group_id if member else ctx.group_id)))
        self.committees = QPlainTextEdit(member.committees if member else "")
        self.committees.setPlaceholderText(self.tr("Ét udvalg pr. linje"))
        self.committees.setFixedHeight(70)
        self.email = QLineEdit(member.email if member else "")
        self.phone = QLineEdit(member.phone if member else "")
        self.active_from = OptionalDate(self.tr("fra"), member.active_from if member else local_today())
        self.active_to = OptionalDate(self.tr("til"), member.active_to if member else None)
        self.wpm = QSpinBox()
        self.wpm.setRange(60, 250)
        self.wpm.setSuffix(self.tr(" ord/min"))
        self.wpm.setValue(member.words_per_minute if member else ctx.settings.default_words_per_minute)
        form.addRow(self.tr("Navn:"), self.name)
        form.addRow(self.tr("Partigruppe:"), self.group)
        form.addRow(self.tr("Udvalg:"), self.committees)
        form.addRow(self.tr("E-mail:"), self.email)
        form.addRow(self.tr("Telefon:"), self.phone)
        form.addRow(self.tr("Aktiv:"), self.active_from)
        form.addRow("", self.active_to)
        form.addRow(self.tr("Taletempo:"), self.wpm)

    def data(self) -> groups.MemberInput:
        return groups.MemberInput(
            name=self.name.text(), committees=self.committees.toPlainText(), email=self.email.text(),
            phone=self.phone.text(), active_from=self.active_from.value(), active_to=self.active_to.value(),
            words_per_minute=self.wpm.value())

    def field_widgets(self):
        return {"name": self.name, "email": self.email, "phone": self.phone,
                "active_from": self.active_from.edit, "active_to": self.active_to.edit}

    def operation(self):
        data, group_id = self.data(), self.group.currentData()
        if self.member is None:
            return self.ctx.ops.change(self.tr("nyt medlem"), lambda store: groups.create_member(store, group_id, data),
                                       undo=lambda store, created: groups.delete_member(store, created.id))
        mid = self.member.id

        def do(store):
            old = groups.get_member(store, mid)
            before = member_input(old), old.group_id
            return groups.update_member(store, mid, data, group_id=group_id), before

        def undo(store, saved):
            before, before_group = saved[1]
            groups.update_member(store, mid, before, group_id=before_group)

        return self.ctx.ops.change(self.tr("redigér medlem"), do, undo=undo)

    def on_saved(self, result) -> None:
        self.saved = result[0] if isinstance(result, tuple) else result
