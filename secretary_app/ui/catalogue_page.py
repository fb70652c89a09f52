"""The group's catalogue of permitted task types: add, rename, (de)activate, delete unused."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QMessageBox, QPlainTextEdit, QPushButton, QTableView, QVBoxLayout,
)

from secretary_app.domain.errors import AppError
from secretary_app.services import groups
from secretary_app.ui.forms import ErrorLabel
from secretary_app.ui.page import Page
from secretary_app.ui.undo import ServiceCommand


class TaskTypeTableModel(QAbstractTableModel):
    CODE, LABEL_DA, LABEL_EN, ACTIVE, USED = range(5)

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list = []
        self._usage: dict[int, int] = {}
        self._headers = [self.tr("Kode"), self.tr("Betegnelse (dansk)"), self.tr("Betegnelse (engelsk)"),
                         self.tr("Aktiv"), self.tr("I brug")]

    def set_rows(self, rows: list, usage: dict[int, int]) -> None:
        self.beginResetModel()
        self._rows, self._usage = list(rows), usage
        self.endResetModel()

    def type_at(self, row: int):
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
        t = self._rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return {
                self.CODE: t.code, self.LABEL_DA: t.label_da, self.LABEL_EN: t.label_en,
                self.ACTIVE: self.tr("Ja") if t.active else self.tr("Nej"),
                self.USED: self._usage.get(t.id, 0),
            }[col]
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{t.description}\n\n{t.legal_note}".strip()
        if role == Qt.ItemDataRole.ForegroundRole and not t.active:
            return QColor("#888888")
        return None


class TaskTypeDialog(QDialog):
    def __init__(self, ctx, task_type=None, parent=None):
        super().__init__(parent)
        self.ctx, self.task_type = ctx, task_type
        self.setWindowTitle(self.tr("Redigér opgavetype") if task_type else self.tr("Ny opgavetype"))
        self.setMinimumWidth(520)
        self.code = QLineEdit(task_type.code if task_type else "")
        self.code.setObjectName("typeCode")
        self.code.setReadOnly(task_type is not None)  # codes are referenced by scripts and exports
        self.label_da = QLineEdit(task_type.label_da if task_type else "")
        self.label_da.setObjectName("typeLabelDa")
        self.label_en = QLineEdit(task_type.label_en if task_type else "")
        self.description = QPlainTextEdit(task_type.description if task_type else "")
        self.description.setFixedHeight(80)
        form = QFormLayout()
        form.addRow(self.tr("Kode:"), self.code)
        form.addRow(self.tr("Dansk betegnelse:"), self.label_da)
        form.addRow(self.tr("Engelsk betegnelse:"), self.label_en)
        form.addRow(self.tr("Beskrivelse:"), self.description)
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
            if self.task_type is None:
                self.task_type = groups.add_task_type(
                    self.ctx.store, self.ctx.group_id, self.code.text(), self.label_da.text(),
                    self.label_en.text(), self.description.toPlainText())
            else:
                groups.update_task_type(self.ctx.store, self.task_type.id, label_da=self.label_da.text(),
                                        label_en=self.label_en.text(),
                                        description=self.description.toPlainText())
        except AppError as exc:
            self.error.show_error(exc.message(self.ctx.lang))
            return
        super().accept()


class CataloguePage(Page):
    key = "catalogue"

    def __init__(self, ctx, parent=None):
        super().__init__(ctx, parent)
        self.model = TaskTypeTableModel(self)
        self.table = QTableView()
        self.table.setObjectName("typeTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(TaskTypeTableModel.LABEL_DA, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(TaskTypeTableModel.LABEL_EN, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(TaskTypeTableModel.CODE, QHeaderView.ResizeMode.ResizeToContents)
        self.table.doubleClicked.connect(lambda _i: self.edit_type())
        intro = QLabel(self.tr("Opgavetyper, som ordningen tillader for denne partigruppe "
                               "(Kommunestyrelseslovens § 16, stk. 11). En type, der er i brug, "
                               "kan deaktiveres, men ikke slettes."))
        intro.setWordWrap(True)
        buttons = QHBoxLayout()
        for text, slot, name in ((self.tr("Ny type …"), self.new_type, "newType"),
                                 (self.tr("Redigér …"), self.edit_type, "editType"),
                                 (self.tr("Aktivér/deaktivér"), self.toggle_active, "toggleType"),
                                 (self.tr("Slet"), self.delete_type, "deleteType")):
            btn = QPushButton(text)
            btn.setObjectName(name)
            btn.clicked.connect(slot)
            buttons.addWidget(btn)
        buttons.addStretch(1)
        lay = QVBoxLayout(self)
        lay.addWidget(intro)
        lay.addLayout(buttons)
        lay.addWidget(self.table)
        self.listen(ctx.signals.data_changed, lambda kind, _id: kind in ("task_type", "request") and self.refresh())

    def title(self) -> str:
        return self.tr("Opgavetyper")

    def set_group(self, group_id: int) -> None:
        super().set_group(group_id)
        self.refresh()

    def refresh(self) -> None:
        if self.group_id is None:
            return
        rows = groups.list_task_types(self.ctx.store, self.group_id)
        usage = {t.id: groups.task_type_usage(self.ctx.store, t.id) for t in rows}
        self.model.set_rows(rows, usage)

    def selected(self):
        index = self.table.currentIndex()
        return self.model.type_at(index.row()) if index.isValid() else None

    def new_type(self) -> None:
        if TaskTypeDialog(self.ctx, None, self).exec():
            self.ctx.changed("task_type")

    def edit_type(self) -> None:
        t = self.selected()
        if t is None:
            return
        before = (t.label_da, t.label_en, t.description)
        dlg = TaskTypeDialog(self.ctx, t, self)
        if dlg.exec():
            after = (dlg.label_da.text(), dlg.label_en.text(), dlg.description.toPlainText())
            store, tid = self.ctx.store, t.id
            self.ctx.undo_stack.push(ServiceCommand(
                self.tr("omdøb opgavetype"),
                lambda: groups.update_task_type(store, tid, label_da=after[0], label_en=after[1], description=after[2]),
                lambda: groups.update_task_type(store, tid, label_da=before[0], label_en=before[1], description=before[2]),
                lambda: self.ctx.changed("task_type", tid)))

    def toggle_active(self) -> None:
        t = self.selected()
        if t is None:
            return
        store, tid, was = self.ctx.store, t.id, t.active
        self.ctx.undo_stack.push(ServiceCommand(
            self.tr("deaktivér opgavetype") if was else self.tr("aktivér opgavetype"),
            lambda: groups.update_task_type(store, tid, active=not was),
            lambda: groups.update_task_type(store, tid, active=was),
            lambda: self.ctx.changed("task_type", tid)))

    def delete_type(self) -> None:
        t = self.selected()
        if t is None:
            return
        answer = QMessageBox.question(self, self.tr("Slet opgavetype"),
                                      self.tr("Slet »%1«?").replace("%1", t.label_da))
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            groups.delete_task_type(self.ctx.store, t.id)
        except AppError as exc:
            self.show_error(exc)
            return
        self.ctx.changed("task_type")
