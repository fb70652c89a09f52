"""Create or edit a member; errors are shown inline and nothing is saved until valid."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLineEdit, QPlainTextEdit, QSpinBox, QVBoxLayout,
)

from secretary_app.domain.errors import AppError
from secretary_app.services import groups
from secretary_app.ui.forms import ErrorLabel, OptionalDate


class MemberDialog(QDialog):
    """Create or edit a member; errors are shown inline and nothing is saved until valid."""

    def __init__(self, ctx, member=None, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.member = member
        self.saved = None
        self.setWindowTitle(self.tr("Redigér medlem") if member else self.tr("Nyt medlem"))
        self.setMinimumWidth(460)
        form = QFormLayout()
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
        self.active_from = OptionalDate(self.tr("fra"), member.active_from if member else dt.date.today())
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
        self.error = ErrorLabel()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Gem"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annullér"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(self.error)
        lay.addWidget(buttons)

    def data(self) -> groups.MemberInput:
        return groups.MemberInput(
            name=self.name.text(), committees=self.committees.toPlainText(), email=self.email.text(),
            phone=self.phone.text(), active_from=self.active_from.value(), active_to=self.active_to.value(),
            words_per_minute=self.wpm.value())

    def accept(self) -> None:
        data = self.data()
        group_id = self.group.currentData()
        try:
            if self.member is None:
                self.saved = groups.create_member(self.ctx.store, group_id, data)
            else:
                self.saved = groups.update_member(self.ctx.store, self.member.id, data, group_id=group_id)
        except AppError as exc:
            self.error.show_error(exc.message(self.ctx.lang))
            return
        super().accept()
