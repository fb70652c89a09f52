"""Create or edit a party group (name and list letter)."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit

from secretary_app.services import groups
from secretary_app.ui.forms import FormDialog


class GroupDialog(FormDialog):
    def __init__(self, ctx, group_id: int | None, parent=None):
        group = groups.get_group(ctx.store, group_id) if group_id else None
        super().__init__(ctx, self.tr("Redigér partigruppe") if group else self.tr("Ny partigruppe"), parent,
                         min_width=400)
        self.group_id = group_id
        self.name = QLineEdit(group.name if group else "")
        self.name.setObjectName("groupName")
        self.letter = QLineEdit(group.list_letter if group else "")
        self.letter.setObjectName("groupLetter")
        self.letter.setMaxLength(3)
        self.letter.setPlaceholderText(self.tr("fx A, F, V, Ø"))
        self.form.addRow(self.tr("Navn:"), self.name)
        self.form.addRow(self.tr("Listebogstav:"), self.letter)

    def field_widgets(self):
        return {"name": self.name, "list_letter": self.letter, "letter": self.letter}

    def operation(self):
        name, letter, gid = self.name.text(), self.letter.text(), self.group_id
        if gid is None:
            return self.ctx.ops.change(self.tr("Ny partigruppe"),
                                       lambda store: groups.create_group(store, name, letter))
        return self.ctx.ops.change(self.tr("Redigér partigruppe"),
                                   lambda store: groups.update_group(store, gid, name=name, list_letter=letter))

    def on_saved(self, group) -> None:
        self.group_id = group.id
