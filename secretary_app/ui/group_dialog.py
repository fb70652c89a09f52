"""Create or edit a party group (name and list letter)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLineEdit, QVBoxLayout

from secretary_app.domain.errors import AppError
from secretary_app.services import groups
from secretary_app.ui.forms import ErrorLabel


class GroupDialog(QDialog):
    def __init__(self, ctx, group_id: int | None, parent=None):
        super().__init__(parent)
        self.ctx, self.group_id = ctx, group_id
        group = groups.get_group(ctx.store, group_id) if group_id else None
        self.setWindowTitle(self.tr("Redigér partigruppe") if group else self.tr("Ny partigruppe"))
        self.setMinimumWidth(400)
        self.name = QLineEdit(group.name if group else "")
        self.name.setObjectName("groupName")
        self.letter = QLineEdit(group.list_letter if group else "")
        self.letter.setObjectName("groupLetter")
        self.letter.setMaxLength(3)
        self.letter.setPlaceholderText(self.tr("fx A, F, V, Ø"))
        form = QFormLayout()
        form.addRow(self.tr("Navn:"), self.name)
        form.addRow(self.tr("Listebogstav:"), self.letter)
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

    def accept(self) -> None:
        try:
            if self.group_id is None:
                self.group_id = groups.create_group(self.ctx.store, self.name.text(), self.letter.text()).id
            else:
                groups.update_group(self.ctx.store, self.group_id, name=self.name.text(),
                                    list_letter=self.letter.text())
        except AppError as exc:
            self.error.show_error(exc.message(self.ctx.lang))
            return
        super().accept()
