"""Opgavetavle: a per-member Kanban board (or the whole group's open work).

Cards are read with one query per board (``services.requests.board_cards``) into one list
model per status column (``cards.py``); the text filter uses FTS5, the type, tag and
deadline filters work on the cards already read. Every move, edit and delete is an
operation (``ctx.ops``) with its undo step; the board reloads on the notices it shows."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox, QHBoxLayout, QLabel, QLineEdit, QMenu, QPushButton, QVBoxLayout,
)

from secretary_app.domain import vocab
from secretary_app.domain.changes import Kind
from secretary_app.domain.dates import local_today
from secretary_app.ui.board.cards import MIME, STATUSES, CardRole, Column  # noqa: F401 (MIME for tests)
from secretary_app.ui.page import Page
from secretary_app.ui import colours

ALL = "__all__"
OVERDUE_FILTERS = ("all", "overdue", "due_week")


class BoardPage(Page):
    key = "board"
    shows = Kind.REQUESTS | Kind.TIME_ENTRIES | Kind.MEMBERS | Kind.TASK_TYPES | Kind.GUARD_EVENTS

    def __init__(self, ctx, parent=None):
        super().__init__(ctx, parent)
        self.group_id = None
        self.member_id = None
        self.today = local_today()
        self._cards: list = []
        self._match: set[int] | None = None
        lay = QVBoxLayout(self)

        bar = QHBoxLayout()
        self.new_button = QPushButton(self.tr("Ny opgave …"))
        self.new_button.setObjectName("newRequest")
        self.new_button.setToolTip(self.tr("Registrér en ny anmodning fra et medlem (Ctrl+N)"))
        self.new_button.setStyleSheet("QPushButton#newRequest { font-weight: 600; padding: 4px 14px; }")
        self.new_button.clicked.connect(lambda: self.new_request())
        self.new_button.setEnabled(False)  # until a group with members is shown
        self.member_combo = QComboBox()
        self.member_combo.setObjectName("member_combo")
        self.member_combo.setMinimumWidth(240)
        self.filter_edit = QLineEdit()
        self.filter_edit.setObjectName("filter_edit")
        self.filter_edit.setAccessibleName(self.tr("Søg på tavlen"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setMinimumWidth(220)
        self.filter_edit.setPlaceholderText(self.tr("Søg i titler, beskrivelser og mærker (Ctrl+F)"))
        self.type_filter = QComboBox()
        self.type_filter.setObjectName("type_filter")
        self.tag_filter = QComboBox()
        self.tag_filter.setObjectName("tag_filter")
        for combo, chars in ((self.type_filter, 18), (self.tag_filter, 10)):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(chars)
        self.overdue_only = QComboBox()
        self.overdue_only.setObjectName("deadline_filter")
        self.overdue_only.addItem(self.tr("Alle frister"), "all")
        self.overdue_only.addItem(self.tr("Kun overskredne"), "overdue")
        self.overdue_only.addItem(self.tr("Frist inden 7 dage"), "due_week")
        self.trash_button = QPushButton(self.tr("Papirkurv …"))
        self.trash_button.setObjectName("trashButton")
        self.trash_button.clicked.connect(self.open_trash)
        # Two rows, so nothing is squeezed on a laptop screen: who and what, then the filters.
        bar.addWidget(self.new_button)
        bar.addSpacing(8)
        bar.addWidget(QLabel(self.tr("Medlem:")))
        bar.addWidget(self.member_combo)
        bar.addStretch(1)
        self.archive_button = QPushButton(self.tr("Arkiv …"))
        self.archive_button.setObjectName("archiveButton")
        self.archive_button.setToolTip(self.tr("Færdige opgaver, der er ældre end indstillingen (Indstillinger), "
                                               "ligger i arkivet: søg og gendan dem"))
        self.archive_button.clicked.connect(self.open_archive)
        bar.addWidget(self.archive_button)
        bar.addWidget(self.trash_button)
        lay.addLayout(bar)
        filters = QHBoxLayout()
        filters.addWidget(self.filter_edit, 1)
        filters.addWidget(self.type_filter)
        filters.addWidget(self.tag_filter)
        filters.addWidget(self.overdue_only)
        lay.addLayout(filters)

        from secretary_app.ui.empty_state import EmptyState

        self.empty = EmptyState("boardEmpty", self)
        lay.addWidget(self.empty)
        cols = QHBoxLayout()
        self.columns: dict[str, Column] = {}
        for term in vocab.REQUEST_STATUSES:
            col = Column(self, term.code, term.label(ctx.lang))
            col.model.dropped.connect(self._on_drop)
            col.view.activated.connect(lambda index: self.open_request(index.data(CardRole).id))
            col.view.doubleClicked.connect(lambda index: self.open_request(index.data(CardRole).id))
            col.view.setContextMenuPolicy(Qt.CustomContextMenu)
            col.view.customContextMenuRequested.connect(lambda pos, c=col: self._context_menu(c, pos))
            self.columns[term.code] = col
            cols.addWidget(col, 1)
        lay.addLayout(cols, 1)
        # The Delete key by the name the keyboard's language gives it (Qt: "Slet" / "Del").
        delete_key = QKeySequence(Qt.Key_Delete).toString(QKeySequence.SequenceFormat.NativeText)
        self.hint = QLabel(self.tr("Ctrl+N ny · Enter åbn · Ctrl+Shift+←/→ flyt · Alt+↑/↓ rækkefølge · "
                                   "Ctrl+←/→ skift kolonne · %1: læg i papirkurven · Ctrl+Z fortryd")
                           .replace("%1", delete_key))
        self.hint.setStyleSheet(colours.fg_css(colours.muted(bg="window")))
        lay.addWidget(self.hint)

        self.member_combo.currentIndexChanged.connect(self._on_member)
        self.filter_edit.textChanged.connect(self._on_filter)
        for combo in (self.type_filter, self.tag_filter, self.overdue_only):
            combo.currentIndexChanged.connect(lambda *_: self._apply())
        QShortcut(QKeySequence("Ctrl+N"), self, lambda: self.new_request())
        QShortcut(QKeySequence("Ctrl+F"), self, self.filter_edit.setFocus)
        QShortcut(QKeySequence("Ctrl+Shift+Right"), self, lambda: self.move_selected(+1))
        QShortcut(QKeySequence("Ctrl+Shift+Left"), self, lambda: self.move_selected(-1))
        QShortcut(QKeySequence("Alt+Up"), self, lambda: self.reorder_selected(-1))
        QShortcut(QKeySequence("Alt+Down"), self, lambda: self.reorder_selected(+1))
        QShortcut(QKeySequence("Ctrl+Right"), self, lambda: self.focus_column(+1))
        QShortcut(QKeySequence("Ctrl+Left"), self, lambda: self.focus_column(-1))
        QShortcut(QKeySequence(Qt.Key_Delete), self, self.trash_selected)
        self._install_timer_status()

    def title(self) -> str:
        return self.tr("Opgavetavle")

    def _install_timer_status(self) -> None:
        from secretary_app.ui.board.time_panel import TimerStatus

        self.ctx.nav.add_status_widget(lambda parent: TimerStatus(self.ctx, parent))

    # --- loading -------------------------------------------------------------------------------
    def set_group(self, group_id: int) -> None:
        from secretary_app.services.groups import list_members, list_task_types

        self.group_id = group_id
        self.member_combo.blockSignals(True)
        self.member_combo.clear()
        self.member_combo.addItem(self.tr("Hele gruppen (åbne opgaver)"), None)
        for m in list_members(self.ctx.store, group_id):
            self.member_combo.addItem(m.name, m.id)
        self.member_combo.blockSignals(False)
        self.type_filter.blockSignals(True)
        self.type_filter.clear()
        self.type_filter.addItem(self.tr("Alle typer"), ALL)
        for tt in list_task_types(self.ctx.store, group_id):
            self.type_filter.addItem(tt.label_en if self.ctx.lang == "en" and tt.label_en else tt.label_da,
                                     tt.code)
        self.type_filter.blockSignals(False)
        self.member_combo.setCurrentIndex(1 if self.member_combo.count() > 1 else 0)
        self._on_member()

    def _on_member(self, *_):
        self.member_id = self.member_combo.currentData()
        self.reload()

    def reload(self) -> None:
        from secretary_app.services.requests import board_cards

        if self.group_id is None:
            return
        self.today = local_today()
        for closed in ("done", "declined"):  # the group's open work has none: no empty columns
            self.columns[closed].setVisible(self.member_id is not None)
        self._cards = board_cards(self.ctx.store, self.group_id, self.member_id,
                                  open_only=self.member_id is None, lang=self.ctx.lang,
                                  archive_days=self.archive_days())
        self._fill_tags()
        self._on_filter(self.filter_edit.text(), apply=False)
        self._apply()
        self._update_trash_count()
        self._update_empty()

    def _update_empty(self) -> None:
        """Without members or task types nothing can be taken in: say so, and what to do."""
        from secretary_app.services.groups import list_members, list_task_types

        members = list_members(self.ctx.store, self.group_id)
        types = [t for t in list_task_types(self.ctx.store, self.group_id) if t.active]
        why = ""
        if not members:
            why = self.tr("Opret et medlem først (Medlemmer › Nyt medlem …)")
            self.empty.show_state(self.tr("Gruppen har ingen medlemmer endnu. Opret gruppens medlemmer, så kan "
                                          "du tage imod deres opgaver her."), self.tr("Nyt medlem …"),
                                  self._new_member)
        elif not types:
            why = self.tr("Gruppen har ingen aktive opgavetyper (Opgavetyper)")
            self.empty.show_state(self.tr("Gruppen har ingen aktive opgavetyper. Tilføj de opgavetyper, "
                                          "ordningen tillader, før du tager imod opgaver."),
                                  self.tr("Opgavetyper …"), lambda: self.ctx.nav.show_page("catalogue"))
        elif not self._cards and not self.filter_edit.text().strip():
            self.empty.show_state(self.tr("Ingen åbne opgaver her. Registrér en anmodning, når et medlem "
                                          "beder om noget (Ctrl+N)."), self.tr("Ny opgave …"),
                                  lambda: self.new_request())
        else:
            self.empty.hide()
        self.new_button.setEnabled(not why)
        self.new_button.setToolTip(why or self.tr("Registrér en ny anmodning fra et medlem (Ctrl+N)"))

    def _new_member(self) -> None:
        page = self.ctx.nav.show_page("members")
        if page is not None:
            page.new_member()

    def _fill_tags(self) -> None:
        current = self.tag_filter.currentData()
        tags = sorted({t for c in self._cards for t in c.tags.split()})
        self.tag_filter.blockSignals(True)
        self.tag_filter.clear()
        self.tag_filter.addItem(self.tr("Alle mærker"), ALL)
        for t in tags:
            self.tag_filter.addItem("#" + t, t)
        self.tag_filter.setCurrentIndex(max(0, self.tag_filter.findData(current)))
        self.tag_filter.blockSignals(False)

    def _update_trash_count(self) -> None:
        from secretary_app.services.requests import trash_count

        n = trash_count(self.ctx.store, self.group_id)
        self.trash_button.setText(self.tr("Papirkurv (%1) …").replace("%1", str(n)) if n else self.tr("Papirkurv …"))

    def _on_filter(self, text: str, apply: bool = True) -> None:
        from secretary_app.services.requests import search_request_ids

        text = (text or "").strip()
        self._match = (set(search_request_ids(self.ctx.store, self.group_id, text, self.member_id))
                       if text and self.group_id is not None else None)
        if apply:
            self._apply()

    def visible_cards(self) -> list:
        type_code = self.type_filter.currentData() or ALL
        tag = self.tag_filter.currentData() or ALL
        deadline = self.overdue_only.currentData() or "all"
        match = self._match
        out = []
        for card in self._cards:
            if match is not None and card.id not in match:
                continue
            if type_code != ALL and card.type_code != type_code:
                continue
            if tag != ALL and tag not in card.tags.split():
                continue
            if deadline == "overdue" and not card.is_overdue(self.today):
                continue
            if deadline == "due_week":
                d = card.deadline()
                if d is None or card.status not in vocab.OPEN_STATUSES or (d - self.today).days > 7:
                    continue
            out.append(card)
        return out

    def _apply(self) -> None:
        by_status: dict[str, list] = {s: [] for s in STATUSES}
        for card in self.visible_cards():
            by_status[card.status].append(card)
        for status, col in self.columns.items():
            col.set_cards(by_status[status])

    def on_changes(self, notice) -> None:
        if notice.touches(Kind.MEMBERS | Kind.TASK_TYPES):
            keep = self.member_id
            self.set_group(self.group_id)
            if keep is not None:
                self.show_member(keep)
        else:
            self.reload()

    def show_member(self, member_id: int | None) -> None:
        """Show one member's board (``ctx.nav.show_member_board``)."""
        self.member_combo.setCurrentIndex(max(0, self.member_combo.findData(member_id)))

    # --- dialogs ---------------------------------------------------------------------------------
    def new_request(self, member_id: int | None = None):
        from secretary_app.ui.board.request_dialog import RequestDialog

        if self.group_id is None or not self.new_button.isEnabled():
            return None
        dialog = RequestDialog(self.ctx, self.group_id, None, member_id or self.member_id, self)
        dialog.exec()
        if dialog.saved_id is not None:
            self._select(dialog.saved_id)
        return dialog

    def open_request(self, request_id: int):
        from secretary_app.ui.board.request_dialog import RequestDialog

        dialog = RequestDialog(self.ctx, self.group_id, request_id, parent=self)
        dialog.exec()
        self._select(request_id)
        return dialog

    def archive_days(self) -> int:
        return getattr(self.ctx.settings, "archive_days", None) or 30

    def open_archive(self):
        from secretary_app.ui.board.archive_dialog import ArchiveDialog

        dialog = ArchiveDialog(self.ctx, self.group_id, self.archive_days(), self.member_id, self)
        dialog.exec()
        return dialog

    def open_trash(self):
        from secretary_app.ui.board.trash_dialog import TrashDialog

        dialog = TrashDialog(self.ctx, self.group_id, self)
        dialog.exec()
        return dialog

    def _context_menu(self, col: Column, pos) -> None:
        index = col.view.indexAt(pos)
        if not index.isValid():
            return
        card = index.data(CardRole)
        col.view.setCurrentIndex(index)
        menu = QMenu(self)
        menu.addAction(self.tr("Åbn …"), lambda: self.open_request(card.id))
        move = menu.addMenu(self.tr("Flyt til"))
        for term in vocab.REQUEST_STATUSES:
            act = QAction(term.label(self.ctx.lang), move)
            act.setEnabled(term.code != card.status)
            act.triggered.connect(lambda _=False, s=term.code: self._push_move(card.id, s, 10**9))
            move.addAction(act)
        timer = self._timer()
        if timer.running and timer.request_id == card.id:
            menu.addAction(self.tr("Stop tidtagning"), lambda: timer.stop())
        else:
            menu.addAction(self.tr("Start tidtagning"), lambda: timer.start(card.id, card.title))
        menu.addAction(self.tr("Vagt og beslutninger …"), lambda: self._open_guard(card.id))
        menu.addSeparator()
        menu.addAction(self.tr("Læg i papirkurven"), self.trash_selected)
        menu.exec(col.view.viewport().mapToGlobal(pos))

    def _timer(self):
        from secretary_app.ui.board.time_panel import RequestTimer

        return RequestTimer.of(self.ctx)

    def _open_guard(self, request_id: int) -> None:
        from secretary_app.ui.guard_panel import GuardDialog

        GuardDialog(self.ctx, request_id, self).exec()
        self.reload()

    # --- actions (operations with undo) --------------------------------------------------
    def selected(self):
        for col in self.columns.values():
            if col.view.hasFocus() or col.view.currentIndex().isValid() and col.view.selectionModel().hasSelection():
                idx = col.view.currentIndex()
                if idx.isValid():
                    return col, idx.data(CardRole)
        return None, None

    def focus_column(self, step: int) -> None:
        col, _card = self.selected()
        order = list(self.columns)
        i = order.index(col.status) + step if col is not None else 0
        while 0 <= i < len(order):
            target = self.columns[order[i]]
            if target.model.rowCount():
                row = min(col.view.currentIndex().row() if col else 0, target.model.rowCount() - 1)
                if col is not None:
                    col.view.clearSelection()
                target.view.setCurrentIndex(target.model.index(max(0, row)))
                target.view.setFocus()
                return
            i += step

    def ask_done_time(self, card) -> int | None:
        """Time spent on a card going to Færdig with none logged. (Tests replace this.)"""
        from secretary_app.ui.board.done_time import ask_done_time

        return ask_done_time(self, card.title, card.estimate, self.ctx.lang)

    def _push_move(self, request_id: int, status: str, row: int) -> None:
        from secretary_app.services import requests as svc

        minutes = 0
        card = next((c for c in self._cards if c.id == request_id), None)
        if status == "done" and card is not None and card.status != "done" and not card.minutes:
            minutes = self.ask_done_time(card)
            if minutes is None:
                return

        def do(store):
            old = svc.get_request(store, request_id)
            svc.move_request_to_index(store, request_id, status, row)
            entry = svc.log_time(store, request_id, minutes) if minutes else None
            return old.status, old.position, old.deleted_at, entry.id if entry else None

        def undo(store, place):
            if place[3] is not None:
                svc.delete_time_entry(store, place[3])
            svc.restore_position(store, request_id, *place[:3])

        self.ctx.ops.change(self.tr("Flyt opgave"), do, undo=undo) \
            .success(lambda _place: self._select(request_id)).with_parent(self).run()

    def _select(self, request_id: int) -> None:
        for col in self.columns.values():
            for i, c in enumerate(col.model.cards):
                if c.id == request_id:
                    col.view.setCurrentIndex(col.model.index(i))
                    col.view.scrollTo(col.model.index(i))
                    col.view.setFocus()
                    return

    def _on_drop(self, request_id: int, status: str, row: int) -> None:
        self._push_move(request_id, status, self._store_index(status, row))

    def _store_index(self, status: str, view_row: int) -> int:
        """A row in the (possibly filtered) view as an index among the member's stored cards."""
        cards = self.columns[status].model.cards
        if view_row < len(cards):
            target = cards[view_row].id
            same = [c.id for c in self._cards if c.status == status]
            return same.index(target) if target in same else view_row
        return len([c for c in self._cards if c.status == status])

    def move_selected(self, step: int) -> None:
        col, card = self.selected()
        if card is None:
            return
        i = STATUSES.index(card.status) + step
        if 0 <= i < len(STATUSES):
            self._push_move(card.id, STATUSES[i], 10**9)

    def reorder_selected(self, step: int) -> None:
        col, card = self.selected()
        if card is None:
            return
        same = [c.id for c in self._cards if c.status == card.status and c.member_id == card.member_id]
        i = same.index(card.id) + step
        if 0 <= i < len(same):
            self._push_move(card.id, card.status, i)

    def trash_selected(self) -> None:
        from secretary_app.services import requests as svc

        col, card = self.selected()
        if card is None:
            return
        rid = card.id

        def do(store):
            old = svc.get_request(store, rid)
            svc.trash_request(store, rid)
            return old.status, old.position, old.deleted_at

        self.ctx.ops.change(self.tr("Læg opgave i papirkurven"), do,
                            undo=lambda store, place: svc.restore_position(store, rid, *place)) \
            .with_parent(self).run()
