"""The group's catalogue of permitted task types: add, rename, (de)activate, delete unused."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QMessageBox, QPlainTextEdit, QPushButton,
    QTableView, QVBoxLayout,
)

from secretary_app.domain.changes import Changes, Kind
from secretary_app.services import groups
from secretary_app.ui.forms import FormDialog
from secretary_app.ui.page import Page
from secretary_app.ui.table_model import RowTableModel
from secretary_app.ui import colours


class TaskTypeTableModel(RowTableModel):
    CODE, LABEL_DA, LABEL_EN, ACTIVE, USED = range(5)

    def __init__(self, parent=None):
        super().__init__((), parent)
        self._usage: dict[int, int] = {}
        self.headers = [self.tr("Kode"), self.tr("Betegnelse (dansk)"), self.tr("Betegnelse (engelsk)"),
                        self.tr("Aktiv"), self.tr("I brug")]

    def set_rows(self, rows: list, usage: dict[int, int]) -> None:
        self._usage = usage
        super().set_rows(rows)

    type_at = RowTableModel.row_at

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        t = self.rows[index.row()]
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
            return colours.muted()
        return None


class TaskTypeDialog(FormDialog):
    def __init__(self, ctx, task_type=None, parent=None):
        super().__init__(ctx, self.tr("Redigér opgavetype") if task_type else self.tr("Ny opgavetype"), parent,
                         min_width=520)
        self.task_type = task_type
        self.code = QLineEdit(task_type.code if task_type else "")
        self.code.setObjectName("typeCode")
        self.code.setReadOnly(task_type is not None)  # codes are referenced by scripts and exports
        self.label_da = QLineEdit(task_type.label_da if task_type else "")
        self.label_da.setObjectName("typeLabelDa")
        self.label_en = QLineEdit(task_type.label_en if task_type else "")
        self.description = QPlainTextEdit(task_type.description if task_type else "")
        self.description.setFixedHeight(80)
        self.code.hide()  # made from the Danish label; a code is for scripts and files, not for reading
        self.form.addRow(self.tr("Dansk betegnelse:"), self.label_da)
        self.form.addRow(self.tr("Engelsk betegnelse:"), self.label_en)
        self.form.addRow(self.tr("Beskrivelse:"), self.description)

    def field_widgets(self):
        return {"code": self.label_da, "label_da": self.label_da, "label_en": self.label_en}

    def operation(self):
        code, da, en, text = (self.code.text(), self.label_da.text(), self.label_en.text(),
                              self.description.toPlainText())
        if self.task_type is None:
            from secretary_app.domain.catalogue import code_for_label

            group_id = self.ctx.group_id
            taken = {t.code for t in groups.list_task_types(self.ctx.store, group_id)}
            code = code.strip() or code_for_label(da, taken)
            return self.ctx.ops.change(self.tr("ny opgavetype"),
                                       lambda store: groups.add_task_type(store, group_id, code, da, en, text),
                                       undo=lambda store, tt: groups.delete_task_type(store, tt.id))
        tid = self.task_type.id
        before = (self.task_type.label_da, self.task_type.label_en, self.task_type.description)
        return self.ctx.ops.change(
            self.tr("omdøb opgavetype"),
            lambda store: groups.update_task_type(store, tid, label_da=da, label_en=en, description=text),
            undo=lambda store, _tt: groups.update_task_type(store, tid, label_da=before[0], label_en=before[1],
                                                            description=before[2]))

    def on_saved(self, task_type) -> None:
        self.task_type = task_type


class CataloguePage(Page):
    key = "catalogue"
    shows = Kind.TASK_TYPES | Kind.REQUESTS

    def __init__(self, ctx, parent=None):
        super().__init__(ctx, parent)
        self.model = TaskTypeTableModel(self)
        self.table = QTableView()
        self.table.setObjectName("typeTable")
        self.table.setAccessibleName(self.tr("Opgavetyper"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(TaskTypeTableModel.LABEL_DA, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(TaskTypeTableModel.LABEL_EN, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnHidden(TaskTypeTableModel.CODE, True)  # users read labels, never codes
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
        TaskTypeDialog(self.ctx, None, self).exec()

    def edit_type(self) -> None:
        t = self.selected()
        if t is not None:
            TaskTypeDialog(self.ctx, t, self).exec()  # the save carries its undo step

    def toggle_active(self) -> None:
        t = self.selected()
        if t is None:
            return
        tid, was = t.id, t.active
        self.ctx.ops.change(self.tr("deaktivér opgavetype") if was else self.tr("aktivér opgavetype"),
                            lambda store: groups.update_task_type(store, tid, active=not was),
                            undo=lambda store, _tt: groups.update_task_type(store, tid, active=was)) \
            .with_parent(self).run()

    def delete_type(self) -> None:
        t = self.selected()
        if t is None:
            return
        answer = QMessageBox.question(self, self.tr("Slet opgavetype"),
                                      self.tr("Slet »%1«?").replace("%1", t.label_da))
        if answer != QMessageBox.StandardButton.Yes:
            return
        tid = t.id
        self.ctx.ops.change(self.tr("Slet opgavetype"), lambda store: groups.delete_task_type(store, tid),
                            changes=Changes.of(Kind.TASK_TYPES, tid)).with_parent(self).run()
