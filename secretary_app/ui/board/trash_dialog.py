"""Papirkurv: requests deleted from the board, restorable (undoably) or deleted for good."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView, QDialog, QDialogButtonBox, QHBoxLayout, QHeaderView, QLabel, QMessageBox,
    QPushButton, QTreeWidget, QTreeWidgetItem, QVBoxLayout,
)

from secretary_app.domain import vocab
from secretary_app.domain.changes import Kind
from secretary_app.domain.dates import format_datetime


class TrashDialog(QDialog):
    def __init__(self, ctx, group_id: int, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.group_id = group_id
        self.setWindowTitle(self.tr("Papirkurv"))
        lay = QVBoxLayout(self)
        lay.addWidget(QLabel(self.tr("Slettede opgaver i gruppen. Gendan dem, eller slet dem endeligt "
                                     "(også deres tidsregistreringer).")))
        self.tree = QTreeWidget()
        self.tree.setObjectName("trashList")
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.setSelectionMode(QAbstractItemView.ExtendedSelection)
        self.tree.setHeaderLabels([self.tr("Titel"), self.tr("Medlem"), self.tr("Type"), self.tr("Status"),
                                   self.tr("Slettet")])
        self.tree.header().setSectionResizeMode(QHeaderView.ResizeToContents)
        self.tree.header().setSectionResizeMode(0, QHeaderView.Stretch)
        lay.addWidget(self.tree, 1)
        row = QHBoxLayout()
        self.restore_button = QPushButton(self.tr("Gendan"))
        self.restore_button.setObjectName("restoreButton")
        self.restore_button.clicked.connect(self.restore_selected)
        self.purge_button = QPushButton(self.tr("Slet endeligt …"))
        self.purge_button.clicked.connect(self.purge_selected)
        row.addWidget(self.restore_button)
        row.addWidget(self.purge_button)
        row.addStretch(1)
        lay.addLayout(row)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Luk"))
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        self.tree.itemDoubleClicked.connect(lambda *_: self.restore_selected())
        self.resize(820, 460)
        ctx.ops.changes_applied.connect(self._on_changes)
        self.reload()

    def _on_changes(self, notice) -> None:
        if notice.touches(Kind.REQUESTS):
            self.reload()

    def reload(self) -> None:
        from secretary_app.services.requests import board_cards

        self.tree.clear()
        cards = sorted(board_cards(self.ctx.store, self.group_id, trash=True, lang=self.ctx.lang),
                       key=lambda c: c.deleted_at or 0, reverse=True)
        for c in cards:
            item = QTreeWidgetItem([c.title, c.member_name, c.type_label,
                                    vocab.label(vocab.REQUEST_STATUSES, c.status, self.ctx.lang),
                                    format_datetime(c.deleted_at, self.ctx.lang)])
            item.setData(0, Qt.UserRole, c.id)
            self.tree.addTopLevelItem(item)
        has = self.tree.topLevelItemCount() > 0
        self.restore_button.setEnabled(has)
        self.purge_button.setEnabled(has)

    def _selected_ids(self) -> list[int]:
        return [item.data(0, Qt.UserRole) for item in self.tree.selectedItems()]

    def restore_selected(self) -> None:
        from secretary_app.services import requests as svc

        ids = self._selected_ids()
        if not ids:
            return

        def do(store):
            places = []
            for rid in ids:
                old = svc.get_request(store, rid)
                places.append((rid, (old.status, old.position, old.deleted_at)))
                svc.restore_request(store, rid)
            return places

        def undo(store, places):
            for rid, place in places:
                svc.restore_position(store, rid, *place)

        self.ctx.ops.change(self.tr("Gendan opgave"), do, undo=undo).with_parent(self).run()

    def purge_selected(self) -> None:
        from secretary_app.services import requests as svc

        ids = self._selected_ids()
        if not ids:
            return
        answer = QMessageBox.question(
            self, self.tr("Slet endeligt"),
            self.tr("Slet %1 opgave(r) og deres tidsregistreringer endeligt? Det kan ikke fortrydes.")
            .replace("%1", str(len(ids))))
        if answer != QMessageBox.StandardButton.Yes:
            return

        def purge(store):
            for rid in ids:
                svc.purge_request(store, rid)

        # Earlier undo steps may refer to the purged requests.
        self.ctx.ops.change(self.tr("Slet endeligt"), purge, changes=Kind.REQUESTS | Kind.TIME_ENTRIES) \
            .success(lambda _r: self.ctx.undo_stack.clear()).with_parent(self).run()
