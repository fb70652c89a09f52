"""*Presseklip*: the triage inbox for press clippings, newest first, driven from the keyboard.

K keep for member…, D dismiss, O (or Enter) open in the browser, N start a debate article,
Q start a question to the administration, / search. Every change goes through the operation
layer; feeds are read by a runner job on a timer while the app runs.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QTimer, QUrl, Qt
from PySide6.QtGui import QDesktopServices, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QMenu, QPushButton, QSplitter,
    QTableView, QTextBrowser, QVBoxLayout, QWidget,
)

from secretary_app.domain.changes import Kind
from secretary_app.services import groups
from secretary_app.services.press import actions, clippings, preview, sources
from secretary_app.ui.page import Page
from secretary_app.ui.press.model import COL_MEMBERS, COL_OUTLET, COL_TITLE, COL_WHEN, ClippingModel
from secretary_app.ui import colours

SCHEDULE_MS = 5 * 60 * 1000  # look for due feeds every five minutes; each feed has its own interval
FILTERS = (("new",), ("kept",), ("dismissed",), ("unmatched",), None)


class PressPage(Page):
    key = "press"

    def __init__(self, ctx, parent=None):
        super().__init__(ctx, parent)
        self.members: list = []
        self.current_preview = None
        self._build()
        self.listen(ctx.ops.changes_applied, self._on_changes)
        self.timer = QTimer(self)
        self.timer.setInterval(SCHEDULE_MS)
        self.timer.timeout.connect(lambda: self.fetch_feeds(force=False))

    def title(self) -> str:
        return self.tr("Presseklip")

    # --- building -------------------------------------------------------------------------------
    def _build(self) -> None:
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Søg i alle klip …"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Søg i klip"))
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        self._search_timer = QTimer(self, singleShot=True, interval=250)
        self._search_timer.timeout.connect(self.reload)
        self.filter = QComboBox()
        self.filter.setAccessibleName(self.tr("Vis klip"))
        for label in (self.tr("Nye"), self.tr("Gemte"), self.tr("Afviste"), self.tr("Uden match"), self.tr("Alle")):
            self.filter.addItem(label)
        self.filter.currentIndexChanged.connect(lambda _i: self.reload())
        self.btn_fetch = QPushButton(self.tr("Hent feeds"))
        self.btn_fetch.clicked.connect(lambda: self.fetch_feeds(force=True))
        self.btn_add = QPushButton(self.tr("Tilføj …"))
        add_menu = QMenu(self)
        add_menu.addAction(self.tr("Feed (RSS/Atom) …"), self._add_feed)
        add_menu.addAction(self.tr("Artikel (indsæt tekst eller adresse) …"), self._paste_article)
        add_menu.addAction(self.tr("Fil (feed eller mail .eml) …"), self._import_file)
        self.btn_add.setMenu(add_menu)
        self.btn_watch = QPushButton(self.tr("Søgeord …"))
        self.btn_watch.clicked.connect(self._edit_watch)
        self.btn_time = QPushButton(self.tr("Tid …"))
        self.btn_time.setToolTip(self.tr("Registrér tid brugt på presseovervågning for et medlem"))
        self.btn_time.clicked.connect(self._log_time)
        self.btn_digest = QPushButton(self.tr("Presseoversigt …"))
        self.btn_digest.clicked.connect(self._digest)
        top = QHBoxLayout()
        top.addWidget(self.search, 3)
        top.addWidget(self.filter)
        for b in (self.btn_fetch, self.btn_add, self.btn_watch, self.btn_time, self.btn_digest):
            top.addWidget(b)
        self.status = QLabel()
        self.status.setObjectName("pressStatus")
        self.status.setWordWrap(True)

        self.model = ClippingModel(self)
        self.table = QTableView()
        self.table.setAccessibleName(self.tr("Presseklip"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        head = self.table.horizontalHeader()
        head.setSectionResizeMode(COL_TITLE, QHeaderView.ResizeMode.Stretch)
        for col, width in ((COL_WHEN, 128), (COL_OUTLET, 150), (COL_MEMBERS, 150)):
            head.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
            self.table.setColumnWidth(col, width)
        self.table.selectionModel().currentRowChanged.connect(lambda cur, _prev: self._show(cur.row()))
        self.table.doubleClicked.connect(lambda _i: self.open_current())

        self.preview = QTextBrowser()
        self.preview.setAccessibleName(self.tr("Klippets tekst"))
        self.preview.setOpenExternalLinks(False)
        self.preview.anchorClicked.connect(QDesktopServices.openUrl)
        self.btn_keep = QPushButton(self.tr("Gem for medlem … (K)"))
        self.btn_keep.clicked.connect(self.keep_menu)
        self.btn_dismiss = QPushButton(self.tr("Afvis (D)"))
        self.btn_dismiss.clicked.connect(self.dismiss_current)
        self.btn_open = QPushButton(self.tr("Åbn (O)"))
        self.btn_open.clicked.connect(self.open_current)
        self.btn_draft = QPushButton(self.tr("Debatindlæg (N)"))
        self.btn_draft.clicked.connect(self.start_draft)
        self.btn_question = QPushButton(self.tr("Spørgsmål (Q)"))
        self.btn_question.clicked.connect(self.start_question)
        self.tone = QComboBox()
        self.tone.setAccessibleName(self.tr("Tone"))
        for label, code in ((self.tr("Tone: ikke sat"), None), (self.tr("Positiv"), "positive"),
                            (self.tr("Neutral"), "neutral"), (self.tr("Negativ"), "negative")):
            self.tone.addItem(label, code)
        self.tone.activated.connect(self._set_tone)
        acts = QHBoxLayout()
        for w in (self.btn_keep, self.btn_dismiss, self.btn_open, self.btn_draft, self.btn_question):
            acts.addWidget(w)
        acts.addStretch(1)
        acts.addWidget(self.tone)
        right = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addLayout(acts)
        rl.addWidget(self.preview, 1)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(right)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.status)
        from secretary_app.ui.empty_state import EmptyState

        self.empty = EmptyState("pressEmpty", self)
        layout.addWidget(self.empty)
        layout.addWidget(split, 1)
        # Triage keys are read by the list itself (an event filter), so they work whenever the
        # list has the keyboard, and letters typed into the search field stay text.
        self._keys = {Qt.Key.Key_K: self.keep_menu, Qt.Key.Key_D: self.dismiss_current,
                      Qt.Key.Key_Delete: self.dismiss_current, Qt.Key.Key_O: self.open_current,
                      Qt.Key.Key_Return: self.open_current, Qt.Key.Key_Enter: self.open_current,
                      Qt.Key.Key_N: self.start_draft, Qt.Key.Key_Q: self.start_question}
        self.table.installEventFilter(self)
        QShortcut(QKeySequence("/"), self, activated=self.search.setFocus).setContext(
            Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self._enable_actions(False)

    def eventFilter(self, obj, event) -> bool:
        if obj is self.table and event.type() == QEvent.Type.KeyPress and not (
                event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier):
            slot = self._keys.get(Qt.Key(event.key()))
            if slot is not None:
                slot()
                return True
        return super().eventFilter(obj, event)

    # --- loading --------------------------------------------------------------------------------
    def set_group(self, group_id: int) -> None:
        super().set_group(group_id)
        self.reload()
        self.timer.start()

    def on_shown(self) -> None:
        self.reload()

    def _on_changes(self, notice) -> None:
        if self.group_id is not None and notice.touches(Kind.CLIPPINGS | Kind.MEMBERS):
            self.reload()

    def reload(self) -> None:
        gid = self.group_id
        if gid is None:
            return
        text = self.search.text().strip()
        statuses = FILTERS[self.filter.currentIndex()]

        def load(store):
            rows = clippings.search(store, gid, text) if text else \
                clippings.list_clippings(store, gid, statuses=statuses, limit=2000)
            if text and statuses:
                rows = [r for r in rows if r.status in statuses]
            members = groups.list_members(store, gid, include_inactive=False)
            return rows, members, sources.list_sources(store, gid), sources.is_offline(store, gid)

        self.ctx.ops.query(load).success(self._loaded).run()

    def _loaded(self, result) -> None:
        rows, self.members, feeds, offline = result
        keep_id = self.current_id()
        self.model.set_rows(rows)
        row = next((n for n, r in enumerate(rows) if r.id == keep_id), 0 if rows else -1)
        if row >= 0:
            self.table.selectRow(row)
        else:
            self._show(-1)
        new = sum(1 for r in rows if r.status == "new")
        self._update_empty(rows, feeds)
        if offline:
            self.status.setText(self.tr("Offline: ingen af feedsene kunne nås ved sidste forsøg. "
                                        "Hentede klip kan bruges som altid."))
            self.status.setStyleSheet(colours.fg_css(colours.danger(bg="window")))
        else:
            self.status.setStyleSheet("")
            self.status.setText(self.tr("Klip vist: %1 · nye: %2 · feeds: %3").replace("%1", str(len(rows)))
                                .replace("%2", str(new)).replace("%3", str(len(feeds))))

    def _update_empty(self, rows: list, feeds: list) -> None:
        """No feeds: say how press clippings arrive; fetching needs a feed to fetch."""
        self.btn_fetch.setEnabled(bool(feeds))
        self.btn_fetch.setToolTip(self.tr("Hent nye klip fra gruppens feeds") if feeds
                                  else self.tr("Tilføj et feed først (Tilføj … › Feed)"))
        if not feeds and not rows:
            self.empty.show_state(self.tr("Ingen presseklip endnu. Tilføj de lokale medier som feeds (RSS/Atom), "
                                          "så samles artikler om gruppens medlemmer og sager her."),
                                  self.tr("Tilføj feed …"), self._add_feed)
        else:
            self.empty.hide()

    def current_row(self):
        return self.model.row_at(self.table.currentIndex().row())

    def current_id(self) -> int | None:
        row = self.current_row()
        return row.id if row else None

    def _enable_actions(self, on: bool) -> None:
        for w in (self.btn_keep, self.btn_dismiss, self.btn_open, self.btn_draft, self.btn_question, self.tone):
            w.setEnabled(on)

    def _show(self, row: int) -> None:
        r = self.model.row_at(row)
        self._enable_actions(r is not None)
        if r is None:
            self.preview.setHtml("<p>" + self.tr("Ingen klip her. Tilføj et feed, eller indsæt en artikel.") + "</p>")
            return
        self.ctx.ops.query(lambda store: preview.preview(store, r.id)).success(self._show_preview).run()

    def _show_preview(self, p) -> None:
        self.current_preview = p
        r = self.current_row()
        meta = " · ".join(x for x in (p.outlet, self.model.data(self.model.index(self.table.currentIndex().row(),
                                                                                COL_WHEN)), p.author) if x)
        links = []
        if p.draft_id:
            links.append(self.tr("Debatindlæg startet"))
        if p.request_id:
            links.append(self.tr("Spørgsmål oprettet"))
        terms = ", ".join(r.terms) if r else ""
        terms_label = self.tr("Søgeord")
        self.preview.setHtml(
            f"<h2>{p.title_html}</h2><p style='color:{colours.css(colours.muted())}'>{meta}</p>"
            + (f"<p><b>{terms_label}:</b> {terms}</p>" if terms else "")
            + (f"<p><i>{' · '.join(links)}</i></p>" if links else "")
            + f"<p>{p.summary_html}</p><p>{p.body_html}</p>"
            + (f"<p><a href='{p.url}'>{p.url}</a></p>" if p.url.startswith(('http://', 'https://')) else ""))
        self.tone.setCurrentIndex(max(0, self.tone.findData(p.tone)))

    # --- triage ---------------------------------------------------------------------------------
    def _advance(self) -> None:
        """After a decision the next clipping is selected, so triage is one key per clipping."""
        row = self.table.currentIndex().row()
        if row + 1 < self.model.rowCount():
            self.table.selectRow(row + 1)

    def keep_menu(self) -> None:
        r = self.current_row()
        if r is None:
            return
        menu = QMenu(self)
        matched = [m for m in r.member_ids]
        if matched:
            names = ", ".join(n or self.tr("Hele gruppen") for n in r.members)
            menu.addAction(self.tr("Matchede: %1").replace("%1", names), lambda: self.keep_current(matched))
            menu.addSeparator()
        for m in self.members:
            menu.addAction(m.name, lambda mid=m.id: self.keep_current([mid]))
        menu.addAction(self.tr("Hele gruppen"), lambda: self.keep_current([None]))
        if menu.actions():
            menu.setActiveAction(menu.actions()[0])
        rect = self.table.visualRect(self.table.currentIndex())
        menu.exec(self.table.viewport().mapToGlobal(rect.bottomLeft()))

    def keep_current(self, member_ids: list) -> None:
        cid = self.current_id()
        if cid is None:
            return
        self._advance()
        self.ctx.ops.change(self.tr("Gem presseklip"), lambda store: clippings.keep(store, cid, member_ids),
                            undo=lambda store, state: clippings.restore(store, state)).with_parent(self).run()

    def dismiss_current(self) -> None:
        cid = self.current_id()
        if cid is None:
            return
        self._advance()
        self.ctx.ops.change(self.tr("Afvis presseklip"), lambda store: clippings.dismiss(store, cid),
                            undo=lambda store, state: clippings.restore(store, state)).with_parent(self).run()

    def open_current(self) -> None:
        r = self.current_row()
        if r is not None and r.url.startswith(("http://", "https://")):
            QDesktopServices.openUrl(QUrl(r.url))

    def _set_tone(self, _index: int) -> None:
        cid, tone = self.current_id(), self.tone.currentData()
        if cid is None:
            return
        self.ctx.ops.change(self.tr("Sæt tone"), lambda store: clippings.set_tone(store, cid, tone),
                            undo=lambda store, before: clippings.set_tone(store, cid, before)).run()

    def _member_for_action(self):
        r = self.current_row()
        if r is None:
            return None, None
        mid = next((m for m in r.kept_for + r.member_ids if m is not None), None)
        if mid is None and self.members:
            mid = self.members[0].id
        return r, mid

    def start_draft(self) -> None:
        r, mid = self._member_for_action()
        if r is None or mid is None:
            return
        self.ctx.ops.change(self.tr("Start debatindlæg"), lambda store: actions.start_draft(store, r.id, mid)) \
            .success(lambda d: self._opened("drafts", d)).with_parent(self).run()

    def start_question(self) -> None:
        r, mid = self._member_for_action()
        if r is None or mid is None:
            return
        self.ctx.ops.change(self.tr("Opret spørgsmål"), lambda store: actions.start_question(store, r.id, mid)) \
            .with_parent(self).run()

    def _opened(self, page_key: str, draft) -> None:
        window = getattr(self.ctx, "main_window", None)
        page = window.show_page(page_key) if window is not None else None
        if page is not None and hasattr(page, "select_draft"):
            page.reload()
            page.select_draft(draft.id)

    # --- sources, watch lists, digest -----------------------------------------------------------
    def fetch_feeds(self, force: bool = True) -> None:
        gid = self.group_id
        if gid is None or self.ctx.ops.busy and not force:
            return
        op = self.ctx.ops.job(self.tr("Henter feeds …"),
                              lambda store, progress: sources.read_due(store, gid, force=force,
                                                                       cancelled=lambda: progress.cancelled))
        op.with_cancel().success(self._fetched if force else (lambda _r: None)).with_parent(self).run()

    def _fetched(self, result) -> None:
        if result.errors and not result.offline:
            from PySide6.QtWidgets import QMessageBox

            lines = "\n".join(e.message(self.ctx.lang) for _u, e in result.errors[:8])
            QMessageBox.warning(self, self.tr("Nogle feeds kunne ikke hentes"), lines)

    def _add_feed(self) -> None:
        from secretary_app.ui.press.dialogs import ask_text

        url = ask_text(self, self.tr("Tilføj feed"), self.tr("Feedets adresse (RSS eller Atom):"))
        gid = self.group_id
        if url and gid is not None:
            self.ctx.ops.job(self.tr("Henter feed …"), lambda store, _p: (sources.add_feed(store, gid, url),
                                                                          sources.read_feed(store, gid, url))) \
                .with_parent(self).run()

    def _paste_article(self) -> None:
        from secretary_app.ui.press.dialogs import PasteArticleDialog

        dlg = PasteArticleDialog(self)
        gid = self.group_id
        if dlg.exec() and gid is not None:
            url, text = dlg.values()
            self.ctx.ops.job(self.tr("Gemmer artikel …"),
                             lambda store, _p: sources.import_article(store, gid, url=url, text=text)) \
                .with_parent(self).run()

    def _import_file(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getOpenFileName(self, self.tr("Importér feed eller mail"), "",
                                              self.tr("Feeds og mails (*.xml *.rss *.atom *.eml);;Alle filer (*)"))
        gid = self.group_id
        if path and gid is not None:
            self.ctx.ops.job(self.tr("Importerer …"), lambda store, _p: sources.import_file(store, gid, path)) \
                .with_parent(self).run()

    def _log_time(self) -> None:
        from PySide6.QtWidgets import QInputDialog

        if self.group_id is None or not self.members:
            return
        names = [m.name for m in self.members]
        r = self.current_row()
        first = next((n for n, m in enumerate(self.members) if r and m.id in r.member_ids), 0)
        name, ok = QInputDialog.getItem(self, self.tr("Tid på presseovervågning"), self.tr("Medlem:"), names, first,
                                        False)
        if not ok:
            return
        minutes, ok = QInputDialog.getInt(self, self.tr("Tid på presseovervågning"), self.tr("Minutter i dag:"),
                                          15, 1, 16 * 60)
        if ok:
            self.log_time(self.members[names.index(name)].id, minutes)

    def log_time(self, member_id: int, minutes: int) -> None:
        from secretary_app.services import requests as request_svc
        from secretary_app.services.press import activity

        gid = self.group_id
        self.ctx.ops.change(self.tr("Registrér tid på presseovervågning"),
                            lambda store: activity.log_press_time(store, gid, member_id, minutes),
                            undo=lambda store, entry: request_svc.delete_time_entry(store, entry.id)).run()

    def _edit_watch(self) -> None:
        from secretary_app.ui.press.dialogs import WatchListDialog

        if self.group_id is not None:
            WatchListDialog(self.ctx, self.group_id, self.members, self).exec()

    def _digest(self) -> None:
        from secretary_app.ui.press.dialogs import DigestDialog

        if self.group_id is not None:
            DigestDialog(self.ctx, self.group_id, self.members, self).exec()
