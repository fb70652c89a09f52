"""Udkast: the offline drafting workspace.

Left: the group's drafts (model/view), filtered by member and by full-text search (FTS5
``draft_fts``). Right: the editor (``editor.DraftEditor``) with autosave, versions, export,
speaking mode and, for press releases, when it went to the members and the media.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QAbstractListModel, QModelIndex, QSize, Qt, QTimer
from PySide6.QtGui import QColor, QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox, QFileDialog, QHBoxLayout, QLabel, QLineEdit, QListView, QMessageBox, QPushButton, QSplitter,
    QVBoxLayout, QWidget,
)

from secretary_app.domain.changes import Kind
from secretary_app.domain.dates import format_datetime
from secretary_app.domain.errors import AppError
from secretary_app.ui.drafts.editor import DraftEditor
from secretary_app.ui.operations.errors import log_failure
from secretary_app.ui.operations.preload import DRAFT_EXPORTS
from secretary_app.ui.page import Page
from secretary_app.ui import colours

RowRole = Qt.ItemDataRole.UserRole + 1
KIND_COLORS = {"speech": "#2f6fbf", "debate_article": "#8e44ad", "press_release": "#c0392b",
               "member_proposal": "#16a085", "inquiry": "#d35400", "access_request": "#7f8c8d", "memo": "#2c3e50"}


class DraftListModel(QAbstractListModel):
    def __init__(self, lang: str, parent=None):
        super().__init__(parent)
        self.lang = lang
        self.rows: list = []
        self.snippets: dict[int, str] = {}

    def set_rows(self, rows: list, snippets: dict[int, str] | None = None) -> None:
        self.beginResetModel()
        self.rows = rows
        self.snippets = snippets or {}
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(self.rows)

    def row_of(self, draft_id: int) -> int:
        return next((i for i, r in enumerate(self.rows) if r.id == draft_id), -1)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        r = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{r.title}\n{r.kind_label(self.lang)} · {r.member_name} · {format_datetime(r.updated_at)}"
        if role == Qt.ItemDataRole.ToolTipRole:
            snippet = self.snippets.get(r.id)
            return f"{r.title}\n{snippet}" if snippet else r.title
        if role == Qt.ItemDataRole.DecorationRole:
            return QColor(KIND_COLORS.get(r.kind, "#888"))
        if role == RowRole:
            return r
        return None


def _slug(title: str) -> str:
    s = re.sub(r"[^\w\-]+", "-", title.strip().lower(), flags=re.UNICODE).strip("-")
    return (s or "udkast")[:60]


class DraftsPage(Page):
    key = "drafts"
    shows = Kind.DRAFTS | Kind.MEMBERS

    def __init__(self, ctx, parent=None):
        super().__init__(ctx, parent)
        self.member_id: int | None = None
        self.speaking = None
        self._rows: list = []
        lay = QHBoxLayout(self)
        split = QSplitter(Qt.Orientation.Horizontal)
        left = QWidget()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        self.member_combo = QComboBox()
        self.member_combo.setObjectName("member_combo")
        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("search_edit")
        self.search_edit.setAccessibleName(self.tr("Søg i udkast"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setPlaceholderText(self.tr("Søg i alle gruppens udkast (Ctrl+K)"))
        self.model = DraftListModel(ctx.lang, self)
        self.view = QListView()
        self.view.setObjectName("drafts_list")
        self.view.setAccessibleName(self.tr("Udkast"))
        self.view.setModel(self.model)
        self.view.setUniformItemSizes(True)
        self.view.setIconSize(QSize(10, 10))
        self.view.setSpacing(1)
        self.view.setAlternatingRowColors(True)
        self.view.setTextElideMode(Qt.ElideRight)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.count_label = QLabel()
        self.count_label.setStyleSheet(colours.fg_css(colours.muted(bg="window")))
        buttons = QHBoxLayout()
        self.new_btn = QPushButton(self.tr("Nyt udkast …"))
        self.new_btn.setObjectName("new_draft")
        self.trash_btn = QPushButton(self.tr("Slet"))
        self.trash_btn.setObjectName("trash_draft")
        buttons.addWidget(self.new_btn, 1)
        buttons.addWidget(self.trash_btn)
        ll.addWidget(QLabel(self.tr("Medlem:")))
        ll.addWidget(self.member_combo)
        ll.addWidget(self.search_edit)
        from secretary_app.ui.empty_state import EmptyState

        self.empty = EmptyState("draftsEmpty", self)
        ll.addWidget(self.empty)
        ll.addWidget(self.view, 1)
        ll.addWidget(self.count_label)
        ll.addLayout(buttons)
        split.addWidget(left)
        self.editor = DraftEditor(ctx, self)
        split.addWidget(self.editor)
        split.setStretchFactor(0, 1)  # a wide screen gives the list some room too: titles read in full
        split.setStretchFactor(1, 3)
        split.setSizes([300, 900])
        lay.addWidget(split)

        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(200)
        self.search_timer.timeout.connect(self.reload)
        self.member_combo.currentIndexChanged.connect(self._on_member)
        self.search_edit.textChanged.connect(lambda *_: self.search_timer.start())
        self.view.selectionModel().currentChanged.connect(self._on_current)
        self.new_btn.clicked.connect(lambda: self.new_draft())
        self.trash_btn.clicked.connect(self.trash_selected)
        self.editor.meta_changed.connect(lambda *_: self.reload(keep=True))
        self.editor.versions_requested.connect(self.open_versions)
        self.editor.export_requested.connect(self.export_dialog)
        self.editor.speaking_requested.connect(self.open_speaking)
        self.editor.sent_requested.connect(self.open_sent_times)
        QShortcut(QKeySequence("Ctrl+K"), self, self.search_edit.setFocus)
        QShortcut(QKeySequence("Ctrl+N"), self, lambda: self.new_draft())

    def title(self) -> str:
        return self.tr("Udkast")

    # --- loading ---------------------------------------------------------------------------------
    def set_group(self, group_id: int) -> None:
        from secretary_app.services.groups import list_members

        self.flush()
        self.editor.load(None)
        self.group_id = group_id
        self.member_combo.blockSignals(True)
        self.member_combo.clear()
        self.member_combo.addItem(self.tr("Alle medlemmer"), None)
        for m in list_members(self.ctx.store, group_id):
            self.member_combo.addItem(m.name, m.id)
        self.member_combo.blockSignals(False)
        self.member_combo.setCurrentIndex(0)
        self._on_member()

    def _on_member(self, *_):
        self.member_id = self.member_combo.currentData()
        self.reload()

    def reload(self, keep: bool = True) -> None:
        from secretary_app.services import drafts as svc

        if self.group_id is None:
            return
        current = self.editor.draft_id if keep else None
        rows = svc.list_drafts(self.ctx.store, self.group_id, self.member_id)
        query = self.search_edit.text().strip()
        snippets = {}
        if query:
            order = {i: n for n, i in enumerate(svc.search_draft_ids(self.ctx.store, self.group_id, query,
                                                                     self.member_id))}
            rows = sorted((r for r in rows if r.id in order), key=lambda r: order[r.id])
            snippets = svc.search_snippets(self.ctx.store, self.group_id, query)
        self._rows = rows
        self.view.selectionModel().blockSignals(True)
        self.model.set_rows(rows, snippets)
        self.view.selectionModel().blockSignals(False)
        self.count_label.setText(self.tr("%1 udkast").replace("%1", str(len(rows))))
        row = self.model.row_of(current) if current is not None else -1
        if row < 0 and rows and current is None:
            row = 0
        if row >= 0:
            self.view.selectionModel().blockSignals(True)
            self.view.setCurrentIndex(self.model.index(row))
            self.view.selectionModel().blockSignals(False)
            self.editor.load(rows[row].id)
        elif current is not None and not query:
            self.editor.load(None)
        self._update_empty(rows, query)

    def _on_current(self, current, _previous) -> None:
        row = current.data(RowRole) if current.isValid() else None
        self.editor.load(row.id if row else None)
        self.trash_btn.setEnabled(row is not None)

    def _update_empty(self, rows: list, query: str) -> None:
        """A draft needs a member to write for; an empty list says how to start one."""
        from secretary_app.services.groups import list_members

        has_members = bool(list_members(self.ctx.store, self.group_id))
        self.new_btn.setEnabled(has_members)
        self.new_btn.setToolTip(self.tr("Skriv en tale, et debatindlæg, en pressemeddelelse eller et notat (Ctrl+N)")
                                if has_members else self.tr("Opret et medlem først (Medlemmer › Nyt medlem …)"))
        self.trash_btn.setEnabled(self.view.currentIndex().isValid() and bool(rows))
        self.trash_btn.setToolTip(self.tr("Læg det valgte udkast i papirkurven") if rows
                                  else self.tr("Vælg et udkast først"))
        if not has_members:
            self.empty.show_state(self.tr("Et udkast skrives for et af gruppens medlemmer, og gruppen har "
                                          "ingen medlemmer endnu."), self.tr("Nyt medlem …"), self._new_member)
        elif not rows and not query:
            self.empty.show_state(self.tr("Ingen udkast endnu. Skriv en tale, et debatindlæg, en "
                                          "pressemeddelelse eller et notat; teksten gemmes, mens du skriver."),
                                  self.tr("Nyt udkast …"), lambda: self.new_draft())
        else:
            self.empty.hide()

    def _new_member(self) -> None:
        page = self.ctx.nav.show_page("members")
        if page is not None:
            page.new_member()

    def select_draft(self, draft_id: int) -> None:
        row = self.model.row_of(draft_id)
        if row < 0:
            self.search_edit.clear()
            self.member_combo.setCurrentIndex(0)
            self.reload(keep=False)
            row = self.model.row_of(draft_id)
        if row >= 0:
            self.view.setCurrentIndex(self.model.index(row))

    def on_changes(self, notice) -> None:
        if notice.touches(Kind.MEMBERS):
            keep = self.editor.draft_id
            self.set_group(self.group_id)
            if keep is not None:
                self.select_draft(keep)
        else:
            self.reload(keep=True)

    def flush(self) -> None:
        """Save the editor's pending text now (the main window calls this on close)."""
        self.editor.flush()

    # --- actions -----------------------------------------------------------------------------------
    def new_draft(self, kind: str | None = None, title: str | None = None, member_id: int | None = None,
                  interactive: bool = True) -> int | None:
        from secretary_app.services import drafts as svc
        from secretary_app.ui.drafts.dialogs import NewDraftDialog

        if self.group_id is None or not self.new_btn.isEnabled():
            return None
        self.flush()
        if interactive:
            dlg = NewDraftDialog(self.ctx, self.group_id, member_id or self.member_id, self)
            if not dlg.exec():
                return None
            self._show_new(dlg.draft_id)
            return dlg.draft_id
        member_id = member_id or self.member_id
        if member_id is None and self.member_combo.count() > 1:
            member_id = self.member_combo.itemData(1)  # "Alle medlemmer": the first member
        group_id, created = self.group_id, []

        def done(draft) -> None:
            created.append(draft.id)
            self._show_new(draft.id)

        self.ctx.ops.change(self.tr("Nyt udkast"),
                            lambda store: svc.create_draft(store, group_id, member_id, kind, title or ""),
                            undo=lambda store, draft: svc.trash_draft(store, draft.id)) \
            .success(done).with_parent(self).run()
        return created[0] if created else None

    def _show_new(self, draft_id: int) -> None:
        self.search_edit.blockSignals(True)
        self.search_edit.clear()
        self.search_edit.blockSignals(False)
        self.reload(keep=False)
        self.select_draft(draft_id)
        self.editor.edit.setFocus()

    def trash_selected(self) -> None:
        from secretary_app.services import drafts as svc

        draft_id = self.editor.draft_id
        if draft_id is None:
            return
        self.flush()
        title = self.editor.draft.title if self.editor.draft else ""
        self.editor.load(None)
        self.ctx.ops.change(self.tr("Slet udkast »%1«").replace("%1", title),
                            lambda store: svc.trash_draft(store, draft_id),
                            undo=lambda store, _d: svc.restore_draft(store, draft_id)) \
            .success(lambda _d: self.reload(keep=False)).with_parent(self).run()

    def open_versions(self) -> None:
        from secretary_app.ui.drafts.versions import VersionsDialog

        if self.editor.draft_id is None:
            return
        self.flush()
        dlg = VersionsDialog(self.ctx, self.editor.draft_id, self)
        self._versions_dialog = dlg
        dlg.exec()
        if dlg.restored:
            self.editor.reload()
        self._versions_dialog = None

    def open_speaking(self, fullscreen: bool = True):
        from secretary_app.ui.drafts.speaking import SpeakingView

        if self.editor.draft_id is None:
            return None
        self.flush()
        d = self.editor.draft
        stats = self.editor.current_stats()
        html = self.editor.doc.toHtml()
        if self.speaking is not None:
            self.speaking.close()
        self.speaking = SpeakingView(d.title, html, "html", stats.words, self.editor.wpm, d.limit_seconds,
                                     self.ctx.lang, self)
        self.speaking.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.speaking.destroyed.connect(lambda *_: setattr(self, "speaking", None))
        if fullscreen:
            screen = self.screen() or self.window().screen()
            if screen is not None:  # also right without a window manager (kiosk, Xvfb)
                self.speaking.setGeometry(screen.geometry())
            self.speaking.showFullScreen()
        else:
            self.speaking.show()
        return self.speaking

    def open_sent_times(self) -> None:
        from secretary_app.ui.drafts.dialogs import SentTimesDialog

        if self.editor.draft is None:
            return
        self.flush()
        dlg = SentTimesDialog(self.ctx, self.editor.draft, self)
        if dlg.exec():
            self.editor.set_draft(dlg.draft)
            if dlg.warning:
                QMessageBox.warning(self, self.tr("Pressemeddelelse"), dlg.warning)

    def export_dialog(self, fmt: str) -> None:
        if self.editor.draft is None:
            return
        filters = {"docx": self.tr("Word-dokument (*.docx)"), "pdf": self.tr("PDF (*.pdf)"),
                   "txt": self.tr("Tekst (*.txt)"), "md": self.tr("Markdown (*.md)")}
        start = str(Path.home() / f"{_slug(self.editor.draft.title)}.{fmt}")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Eksportér udkast"), start, filters[fmt])
        if path:
            if not path.lower().endswith("." + fmt):
                path += "." + fmt
            self.export_to(fmt, path)

    def export_to(self, fmt: str, path: str | Path, on_done=None) -> None:
        """Export the open draft through the runner. PDF is written on the UI thread (Qt lays out
        the text there); the rest on the database worker, its libraries imported here first."""
        from secretary_app.services import drafts as svc

        draft_id = self.editor.draft_id
        if draft_id is None:
            return
        self.flush()
        from secretary_app.ui.guard_export import guard_draft

        go_on, self.guard_result = guard_draft(self, self.ctx, draft_id, "export")
        if not go_on:
            self.editor.show_notice(self.tr("Eksporten blev afbrudt efter vagtens advarsel."), True)
            return
        store, lang = self.ctx.store, self.ctx.lang

        def ok(result):
            self.editor.show_notice(self.tr("Eksporteret til %1").replace("%1", str(result)))
            if on_done:
                on_done(result, None)

        def failed(exc):
            text = exc.message(lang) if isinstance(exc, AppError) else type(exc).__name__
            self.editor.show_notice(self.tr("Eksporten mislykkedes: %1").replace("%1", text), True)
            if on_done:
                on_done(None, exc)
            else:
                self.show_error(exc)

        if fmt == "pdf":
            self.ctx.ops.wait_idle(30)  # the text the editor just flushed is on disk
            try:
                result = svc.export_draft(store, draft_id, fmt, path, lang)
            except AppError as exc:
                failed(exc)
            except Exception as exc:  # noqa: BLE001 - logged by type and place, shown without its text
                log_failure("PDF export", exc)
                failed(exc)
            else:
                ok(result)
            return
        self.ctx.ops.job(self.tr("Eksporterer udkast …"),
                         lambda store, _progress: svc.export_draft(store, draft_id, fmt, path, lang)) \
            .with_preload(*DRAFT_EXPORTS).success(ok).failure(failed).with_parent(self).run()
