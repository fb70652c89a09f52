"""Arkiv: done requests that left the board after the chosen number of days; searchable and
restorable to the board (undoably). Reports and search read them as always."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView, QDialog, QDialogButtonBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QPushButton,
    QTreeWidget, QTreeWidgetItem, QVBoxLayout,
)

from secretary_app.domain.changes import Kind
from secretary_app.domain.dates import format_datetime


class ArchiveDialog(QDialog):
    def __init__(self, ctx, group_id: int, days: int, member_id: int | None = None, parent=None):
        super().__init__(parent)
        self.ctx, self.group_id, self.days, self.member_id = ctx, group_id, days, member_id
        self.setObjectName("archiveDialog")
        self.setWindowTitle(self.tr("Arkiv"))
        lay = QVBoxLayout(self)
        intro = QLabel(self.tr("Færdige opgaver, der ikke er ændret i %1 dage, ligger her i stedet for på tavlen "
                               "(antallet af dage vælger du under Indstillinger). De tæller med i rapporter og "
                               "søgning som altid.").replace("%1", str(days)))
        intro.setWordWrap(True)
        lay.addWidget(intro)
        self.search = QLineEdit()
        self.search.setObjectName("archiveSearch")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Søg i arkivet: titler, beskrivelser og mærker"))
        self.search.setAccessibleName(self.tr("Søg i arkivet"))
        self.search.textChanged.connect(lambda *_: self.reload())
        lay.addWidget(self.search)
        self.tree = QTreeWidget()
        self.tree.setObjectName("archiveList")
        self.tree.setAccessibleName(self.tr("Arkiverede opgaver"))
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.tree.setHeaderLabels([self.tr("Titel"), self.tr("Medlem"), self.tr("Sidst ændret")])
        self.tree.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        lay.addWidget(self.tree, 1)
        self.count = QLabel()
        row = QHBoxLayout()
        self.restore_button = QPushButton(self.tr("Gendan til tavlen"))
        self.restore_button.setObjectName("archiveRestore")
        self.restore_button.setToolTip(self.tr("Læg de valgte opgaver tilbage i Færdig på tavlen"))
        self.restore_button.clicked.connect(self.restore_selected)
        row.addWidget(self.count)
        row.addStretch(1)
        row.addWidget(self.restore_button)
        lay.addLayout(row)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Luk"))
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        self.tree.itemDoubleClicked.connect(lambda *_: self.restore_selected())
        self.tree.itemSelectionChanged.connect(self._update_button)
        from secretary_app.ui.screen import fit_to_screen

        self.resize(820, 480)
        fit_to_screen(self)
        ctx.ops.changes_applied.connect(self._on_changes)
        self.finished.connect(lambda *_: ctx.ops.changes_applied.disconnect(self._on_changes))
        self.reload()

    def _on_changes(self, notice) -> None:
        if notice.touches(Kind.REQUESTS):
            self.reload()

    def reload(self) -> None:
        from secretary_app.services.requests import list_archived

        self.tree.clear()
        rows = list_archived(self.ctx.store, self.group_id, self.days, self.search.text(), self.member_id)
        for r in rows:
            item = QTreeWidgetItem([r.title, r.member_name, format_datetime(r.done_at, self.ctx.lang)])
            item.setData(0, Qt.ItemDataRole.UserRole, r.id)
            self.tree.addTopLevelItem(item)
        self.count.setText(self.tr("%1 opgaver i arkivet").replace("%1", str(len(rows))) if rows
                           else self.tr("Arkivet er tomt.") if not self.search.text().strip()
                           else self.tr("Ingen arkiverede opgaver passer på søgningen."))
        self._update_button()

    def _update_button(self) -> None:
        has = bool(self.tree.selectedItems())
        self.restore_button.setEnabled(has)
        self.restore_button.setToolTip(self.tr("Læg de valgte opgaver tilbage i Færdig på tavlen") if has
                                       else self.tr("Vælg en eller flere opgaver først"))

    def restore_selected(self) -> None:
        from secretary_app.services import requests as svc

        ids = [item.data(0, Qt.ItemDataRole.UserRole) for item in self.tree.selectedItems()]
        if not ids:
            return

        def do(store):
            return [(rid, svc.set_last_change(store, rid)) for rid in ids]

        def undo(store, olds):
            for rid, old in olds:
                svc.set_last_change(store, rid, old)

        self.ctx.ops.change(self.tr("Gendan fra arkivet"), do, undo=undo).with_parent(self).run()
