"""The party group's members: a table with new/edit, and the member dialog."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QHeaderView,
    QLineEdit, QPlainTextEdit, QPushButton, QSpinBox, QTableView, QVBoxLayout,
)

from secretary_app.domain.dates import format_short
from secretary_app.domain.errors import AppError
from secretary_app.services import groups
from secretary_app.ui.forms import ErrorLabel, OptionalDate
from secretary_app.ui.page import Page
from secretary_app.ui.undo import ServiceCommand


class MemberTableModel(QAbstractTableModel):
    NAME, COMMITTEES, EMAIL, PHONE, ACTIVE_FROM, ACTIVE_TO, OPEN = range(7)

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list = []
        self._open: dict[int, int] = {}
        self._headers = [self.tr("Navn"), self.tr("Udvalg"), self.tr("E-mail"), self.tr("Telefon"),
                         self.tr("Aktiv fra"), self.tr("Aktiv til"), self.tr("Åbne opgaver")]

    def set_rows(self, rows: list, open_counts: dict[int, int] | None = None) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._open = open_counts or {}
        self.endResetModel()

    def member_at(self, row: int):
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        m = self._rows[index.row()]
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
        if role == Qt.ItemDataRole.ForegroundRole and not groups.is_active(m, dt.date.today()):
            from PySide6.QtGui import QColor

            return QColor("#888888")
        if role == Qt.ItemDataRole.UserRole:
            return m.id
        return None


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


class MembersPage(Page):
    key = "members"
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
        self.search.setPlaceholderText(self.tr("Søg i medlemmer …"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.proxy.setFilterFixedString)
        new_btn = QPushButton(self.tr("Nyt medlem"))
        new_btn.setObjectName("newMember")
        new_btn.clicked.connect(self.new_member)
        edit_btn = QPushButton(self.tr("Redigér …"))
        edit_btn.clicked.connect(self.edit_member)
        act_new = QAction(self.tr("Nyt medlem"), self)
        act_new.setShortcut(QKeySequence("Ctrl+Shift+M"))
        act_new.triggered.connect(self.new_member)
        self.addAction(act_new)
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(new_btn)
        top.addWidget(edit_btn)
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(self.table)
        self.listen(ctx.signals.data_changed, self._on_changed)
        self._populated_once = False

    def title(self) -> str:
        return self.tr("Medlemmer")

    def set_group(self, group_id: int) -> None:
        super().set_group(group_id)
        self.refresh()

    def refresh(self) -> None:
        if self.group_id is None:
            return
        rows = groups.list_members(self.ctx.store, self.group_id)
        self.model.set_rows(rows, groups.member_open_counts(self.ctx.store, self.group_id))
        self.table.resizeColumnToContents(MemberTableModel.NAME)
        if not self._populated_once:
            self._populated_once = True
            self.populated.emit()

    def _on_changed(self, kind: str, _id) -> None:
        if kind in ("member", "request", "group"):
            self.refresh()

    def selected_member(self):
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        return self.model.member_at(self.proxy.mapToSource(index).row())

    def new_member(self) -> None:
        dlg = MemberDialog(self.ctx, None, self)
        if dlg.exec() and dlg.saved is not None:
            created = dlg.saved
            store = self.ctx.store

            def redo():
                # First run: already created by the dialog; a redo after undo re-creates it.
                nonlocal created
                if created is None:
                    created = groups.create_member(store, group_id, data)

            def undo():
                nonlocal created
                groups.delete_member(store, created.id)
                created = None

            group_id, data = dlg.group.currentData(), dlg.data()
            self.ctx.undo_stack.push(ServiceCommand(self.tr("nyt medlem"), redo, undo,
                                                    lambda: self.ctx.changed("member")))

    def edit_member(self) -> None:
        member = self.selected_member()
        if member is None:
            return
        before = groups.MemberInput(member.name, member.committees, member.email, member.phone,
                                    member.active_from, member.active_to, member.words_per_minute)
        before_group = member.group_id
        dlg = MemberDialog(self.ctx, member, self)
        if dlg.exec() and dlg.saved is not None:
            after, after_group = dlg.data(), dlg.group.currentData()
            store, mid = self.ctx.store, member.id
            self.ctx.undo_stack.push(ServiceCommand(
                self.tr("redigér medlem"),
                lambda: groups.update_member(store, mid, after, group_id=after_group),
                lambda: groups.update_member(store, mid, before, group_id=before_group),
                lambda: self.ctx.changed("member", mid)))
