"""The party group's members: a table with new and edit (dialog in member_dialog.py)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView, QHBoxLayout, QHeaderView, QLineEdit, QMenu, QMessageBox, QPushButton, QTableView,
    QToolButton, QVBoxLayout,
)

from secretary_app.domain.changes import Changes, Kind
from secretary_app.domain.dates import format_short, local_today
from secretary_app.ui.page import Page
from secretary_app.ui.table_model import RowTableModel
from secretary_app.ui import colours

# No services at import time: the page first shows a preview read with sqlite3
# (store/quick.py) while the ORM is still loading.


def _is_active(member, day: dt.date) -> bool:
    return (member.active_from is None or member.active_from <= day) and (
        member.active_to is None or member.active_to >= day)


class MemberTableModel(RowTableModel):
    NAME, COMMITTEES, EMAIL, PHONE, ACTIVE_FROM, ACTIVE_TO, OPEN = range(7)

    def __init__(self, parent=None):
        super().__init__((), parent)
        self._open: dict[int, int] = {}
        self.headers = [self.tr("Navn"), self.tr("Udvalg"), self.tr("E-mail"), self.tr("Telefon"),
                        self.tr("Aktiv fra"), self.tr("Aktiv til"), self.tr("Åbne opgaver")]

    def set_rows(self, rows: list, open_counts: dict[int, int] | None = None) -> None:
        self._open = open_counts or {}
        super().set_rows(rows)

    member_at = RowTableModel.row_at

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        m = self.rows[index.row()]
        col = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if col == self.NAME:
                return m.name
            if col == self.COMMITTEES:
                return ", ".join(c for c in m.committees.splitlines() if c)
            if col == self.EMAIL:
                return m.email
            if col == self.PHONE:
                return m.phone
            if col == self.ACTIVE_FROM:
                return format_short(m.active_from)
            if col == self.ACTIVE_TO:
                return format_short(m.active_to)
            if col == self.OPEN:
                return self._open.get(m.id, 0)
        if role == Qt.ItemDataRole.ToolTipRole and col == self.COMMITTEES:
            return m.committees
        if role == Qt.ItemDataRole.ForegroundRole and not _is_active(m, local_today()):
            return colours.muted()
        if role == Qt.ItemDataRole.UserRole:
            return m.id
        return None


class MembersPage(Page):
    key = "members"
    shows = Kind.MEMBERS | Kind.REQUESTS | Kind.GROUPS
    populated = Signal()

    def __init__(self, ctx, parent=None):
        super().__init__(ctx, parent)
        self.model = MemberTableModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(-1)
        self.table = QTableView()
        self.table.setObjectName("memberTable")
        self.table.setAccessibleName(self.tr("Medlemmer"))
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(MemberTableModel.NAME, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(MemberTableModel.COMMITTEES, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda _i: self.edit_member())
        self.search = QLineEdit()
        self.search.setAccessibleName(self.tr("Søg blandt medlemmer"))
        self.search.setPlaceholderText(self.tr("Søg i medlemmer …"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.proxy.setFilterFixedString)
        new_btn = QPushButton(self.tr("Nyt medlem …"))
        new_btn.setObjectName("newMember")
        new_btn.clicked.connect(self.new_member)
        edit_btn = QPushButton(self.tr("Redigér …"))
        edit_btn.clicked.connect(self.edit_member)
        board_btn = QPushButton(self.tr("Vis tavle"))
        board_btn.setToolTip(self.tr("Åbn medlemmets opgavetavle"))
        board_btn.clicked.connect(self.open_board)
        more_btn = QToolButton()
        more_btn.setText(self.tr("Persondata"))
        more_btn.setObjectName("memberDataMenu")
        more_btn.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        more = QMenu(more_btn)
        more.addAction(self.tr("Eksportér medlemmets data (ZIP) …"), self.export_member_data)
        more.addAction(self.tr("Slet medlemmet og alle data …"), self.erase_member_data)
        more_btn.setMenu(more)
        act_new = QAction(self.tr("Nyt medlem …"), self)
        act_new.setShortcut(QKeySequence("Ctrl+Shift+M"))
        act_new.triggered.connect(self.new_member)
        self.addAction(act_new)
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(new_btn)
        top.addWidget(edit_btn)
        top.addWidget(board_btn)
        top.addWidget(more_btn)
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(self.table)
        self._populated_once = False

    def title(self) -> str:
        return self.tr("Medlemmer")

    def set_group(self, group_id: int) -> None:
        super().set_group(group_id)
        self.refresh()

    def refresh(self) -> None:
        if self.group_id is None or self.ctx.store is None:
            return
        from secretary_app.services import groups

        rows = groups.list_members(self.ctx.store, self.group_id)
        self.show_rows(rows, groups.member_open_counts(self.ctx.store, self.group_id))

    def show_rows(self, rows: list, open_counts: dict[int, int]) -> None:
        """Show members (ORM objects or store.quick rows: same attribute names)."""
        self.model.set_rows(rows, open_counts)
        for col in (MemberTableModel.NAME, MemberTableModel.EMAIL, MemberTableModel.PHONE):
            self.table.resizeColumnToContents(col)
        if not self._populated_once:
            self._populated_once = True
            self.populated.emit()

    def selected_member(self):
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        return self.model.member_at(self.proxy.mapToSource(index).row())

    def new_member(self) -> None:
        from secretary_app.ui.member_dialog import MemberDialog

        MemberDialog(self.ctx, None, self).exec()  # the save is an operation with its undo step

    def edit_member(self) -> None:
        from secretary_app.ui.member_dialog import MemberDialog

        member = self.selected_member()
        if member is None or self.ctx.store is None:
            return
        MemberDialog(self.ctx, member, self).exec()

    # --- the member's own data: board, export, erasure (GDPR) --------------------------------
    def open_board(self) -> None:
        member = self.selected_member()
        if member is not None:
            self.ctx.nav.show_member_board(member.id)

    def export_member_data(self) -> str | None:
        from secretary_app.services import members_gdpr

        member = self.selected_member()
        if member is None:
            return None
        path = self.ask_save_path(member)
        if not path:
            return None
        name, mid = member.name, member.id

        def done(_result) -> None:
            QMessageBox.information(self, self.tr("Data eksporteret"),
                                    self.tr("Alle data om %1 er gemt i %2.").replace("%1", name)
                                    .replace("%2", str(path)))

        self.ctx.ops.job(self.tr("Eksporterer medlemmets data …"),
                         lambda store, _progress: members_gdpr.export_member(store, mid, path)) \
            .success(done).with_parent(self).run()
        return str(path)

    def ask_save_path(self, member) -> str:
        """Where to save the export (tests replace this to skip the file dialog)."""
        from PySide6.QtWidgets import QFileDialog

        suggestion = str(Path.home() / f"{member.name.replace(' ', '_')}-data.zip")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Eksportér medlemmets data"), suggestion,
                                              self.tr("ZIP-filer (*.zip)"))
        return path

    def confirm_erase(self, member) -> bool:
        """The secretary types the member's name to confirm (tests replace this)."""
        from PySide6.QtWidgets import QInputDialog

        text, ok = QInputDialog.getText(
            self, self.tr("Slet medlemmet og alle data"),
            self.tr("Sletningen fjerner %1 og alle opgaver, tidsregistreringer, vagtens log og udkast. "
                    "Den kan ikke fortrydes; eksportér data først, hvis de skal udleveres. Timerne tælles "
                    "fortsat med i rapporter (uden navn). Skriv medlemmets navn for at bekræfte:")
            .replace("%1", member.name))
        return ok and text.strip() == member.name

    def erase_member_data(self) -> bool:
        from secretary_app.services import members_gdpr

        member = self.selected_member()
        if member is None:
            return False
        if not self.confirm_erase(member):
            return False
        name, mid = member.name, member.id
        refused: list[BaseException] = []

        def done(result) -> None:
            self.ctx.undo_stack.clear()  # earlier steps may refer to the erased rows
            self.ctx.nav.show_status(
                self.tr("%1 er slettet (%2 opgaver, %3 udkast).").replace("%1", name)
                .replace("%2", str(result.requests)).replace("%3", str(result.drafts)), 8000)

        erased = Changes.of(Kind.MEMBERS, mid) | Changes.of(Kind.REQUESTS | Kind.TIME_ENTRIES
                                                            | Kind.DRAFTS | Kind.GUARD_EVENTS)

        def failed(exc: BaseException) -> None:
            self.show_error(exc)
            if isinstance(exc, members_gdpr.ScrubError):
                # Erased all the same; only the file's clean-up waits for the next start.
                self.ctx.undo_stack.clear()
                self.ctx.ops.changes_applied.emit(erased)
            else:
                refused.append(exc)

        self.ctx.ops.job(self.tr("Sletter medlemmets data …"),
                         lambda store, _progress: members_gdpr.erase_member(store, mid), changes=erased) \
            .success(done).failure(failed).with_parent(self).run()
        return not refused
