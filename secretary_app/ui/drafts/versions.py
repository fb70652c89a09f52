"""Versions of a draft: save a named snapshot, compare any version with the current text
(or two versions) side by side, restore one (the current text is kept as a version first)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox, QDialog, QDialogButtonBox, QHBoxLayout, QInputDialog, QLabel, QListWidget, QListWidgetItem,
    QMessageBox, QPushButton, QSplitter, QTextBrowser, QVBoxLayout, QWidget,
)

from secretary_app.domain.dates import format_datetime
from secretary_app.domain.draft_diff import diff_rows, diff_summary, side_by_side_html

CURRENT = -1


class VersionsDialog(QDialog):
    def __init__(self, ctx, draft_id: int, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.draft_id = draft_id
        self.restored = False
        self.setWindowTitle(self.tr("Versioner"))
        self.resize(1100, 680)
        lay = QVBoxLayout(self)
        split = QSplitter()
        left = QWidget()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addWidget(QLabel(self.tr("Gemte versioner:")))
        self.list = QListWidget()
        self.list.setObjectName("versions_list")
        ll.addWidget(self.list, 1)
        self.new_btn = QPushButton(self.tr("Gem ny version …"))
        self.restore_btn = QPushButton(self.tr("Gendan denne version"))
        self.delete_btn = QPushButton(self.tr("Slet version"))
        for b in (self.new_btn, self.restore_btn, self.delete_btn):
            ll.addWidget(b)
        split.addWidget(left)
        right = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Sammenlign med:")))
        self.compare_combo = QComboBox()
        self.compare_combo.setObjectName("compare_combo")
        row.addWidget(self.compare_combo, 1)
        self.summary = QLabel()
        row.addWidget(self.summary)
        rl.addLayout(row)
        self.diff_view = QTextBrowser()
        self.diff_view.setObjectName("diff_view")
        rl.addWidget(self.diff_view, 1)
        split.addWidget(right)
        split.setStretchFactor(1, 3)
        split.setSizes([280, 820])
        lay.addWidget(split, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        self.list.currentRowChanged.connect(lambda *_: self.show_diff())
        self.compare_combo.currentIndexChanged.connect(lambda *_: self.show_diff())
        self.new_btn.clicked.connect(lambda: self.new_version())
        self.restore_btn.clicked.connect(lambda: self.restore_selected())
        self.delete_btn.clicked.connect(self.delete_selected)
        self.reload()

    def reload(self, select_id: int | None = None) -> None:
        from secretary_app.services import drafts as svc

        self.versions = svc.list_versions(self.ctx.store, self.draft_id)
        self.list.blockSignals(True)
        self.compare_combo.blockSignals(True)
        self.list.clear()
        self.compare_combo.clear()
        self.compare_combo.addItem(self.tr("Nuværende tekst"), CURRENT)
        for v in self.versions:
            item = QListWidgetItem(f"{v.name}\n{format_datetime(v.created_at)} · "
                                   + self.tr("%1 tegn").replace("%1", f"{v.chars:,}".replace(",", ".")))
            item.setData(Qt.ItemDataRole.UserRole, v.id)
            self.list.addItem(item)
            self.compare_combo.addItem(v.name, v.id)
        self.list.blockSignals(False)
        self.compare_combo.blockSignals(False)
        row = 0
        if select_id is not None:
            row = next((i for i, v in enumerate(self.versions) if v.id == select_id), 0)
        self.list.setCurrentRow(row if self.versions else -1)
        has = bool(self.versions)
        self.restore_btn.setEnabled(has)
        self.delete_btn.setEnabled(has)
        self.show_diff()

    def selected_id(self) -> int | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def _text(self, version_id: int) -> tuple[str, str]:
        from secretary_app.services import drafts as svc

        if version_id == CURRENT:
            return self.tr("Nuværende tekst"), svc.get_draft(self.ctx.store, self.draft_id).plain_text
        v = svc.get_version(self.ctx.store, version_id)
        return v.name, v.plain_text

    def show_diff(self) -> None:
        vid = self.selected_id()
        if vid is None:
            self.diff_view.setHtml("<p>" + self.tr("Ingen versioner endnu. Gem den nuværende tekst som en "
                                                   "version for at kunne sammenligne og gendanne.") + "</p>")
            self.summary.clear()
            return
        other = self.compare_combo.currentData()
        if other is None:
            other = CURRENT
        old_title, old = self._text(vid)
        new_title, new = self._text(other)
        s = diff_summary(diff_rows(old, new))
        self.summary.setText(self.tr("%1 ændret · %2 tilføjet · %3 fjernet")
                             .replace("%1", str(s["replace"])).replace("%2", str(s["insert"]))
                             .replace("%3", str(s["delete"])))
        context = 3 if old.count("\n") + new.count("\n") > 400 else None
        self.diff_view.setHtml(side_by_side_html(old, new, old_title, new_title, context=context))

    def new_version(self, name: str | None = None) -> int | None:
        from secretary_app.services import drafts as svc

        if name is None:
            name, ok = QInputDialog.getText(self, self.tr("Ny version"), self.tr("Navn på versionen:"))
            if not ok:
                return None
        draft_id, made = self.draft_id, []

        def done(version) -> None:
            made.append(version.id)
            self.reload(select_id=version.id)

        self.ctx.ops.change(self.tr("Ny version"), lambda store: svc.create_version(store, draft_id, name)) \
            .success(done).with_parent(self).run()
        return made[0] if made else None

    def restore_selected(self, confirm: bool = True) -> bool:
        from secretary_app.services import drafts as svc

        vid = self.selected_id()
        if vid is None:
            return False
        if confirm and QMessageBox.question(
                self, self.tr("Gendan version"),
                self.tr("Erstat den nuværende tekst med den valgte version? Den nuværende tekst gemmes "
                        "først som en version, så intet går tabt.")) != QMessageBox.StandardButton.Yes:
            return False
        def done(_draft) -> None:
            self.restored = True
            self.reload(select_id=vid)

        self.ctx.ops.change(self.tr("Gendan version"), lambda store: svc.restore_version(store, vid)) \
            .success(done).with_parent(self).run()
        return True

    def delete_selected(self) -> None:
        from secretary_app.services import drafts as svc

        vid = self.selected_id()
        if vid is None:
            return
        if QMessageBox.question(self, self.tr("Slet version"),
                                self.tr("Slet den valgte version?")) != QMessageBox.StandardButton.Yes:
            return
        self.ctx.ops.change(self.tr("Slet version"), lambda store: svc.delete_version(store, vid)) \
            .success(lambda _r: self.reload()).with_parent(self).run()
