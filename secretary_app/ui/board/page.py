"""Opgavetavle: a per-member Kanban board (or the whole group's open work).

Model/view throughout: one ``ColumnModel`` (QAbstractListModel) per status column, a
``CardDelegate`` painting every card; no widget per card. Cards are read with one query per
board (``services.requests.board_cards``); the text filter uses FTS5."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QAbstractListModel, QMimeData, QModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QKeySequence, QPainter, QPen, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QHBoxLayout, QLabel, QLineEdit, QListView, QStyle,
    QStyledItemDelegate, QVBoxLayout, QWidget,
)

from secretary_app.domain import vocab
from secretary_app.domain.dates import local_today
from secretary_app.ui.page import Page
from secretary_app.ui.undo import ServiceCommand

MIME = "application/x-secretary-request"
CardRole = Qt.UserRole + 1
STATUSES = vocab.codes(vocab.REQUEST_STATUSES)


class ColumnModel(QAbstractListModel):
    """The cards of one status column; drops move requests here (status + position)."""

    dropped = Signal(int, str, int)  # request id, status, row

    def __init__(self, status: str, parent=None):
        super().__init__(parent)
        self.status = status
        self.cards: list = []

    def set_cards(self, cards: list) -> None:
        self.beginResetModel()
        self.cards = cards
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(self.cards)

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid():
            return None
        card = self.cards[index.row()]
        if role == Qt.DisplayRole:
            return card.title
        if role == CardRole:
            return card
        return None

    def flags(self, index):
        base = Qt.ItemIsEnabled | Qt.ItemIsSelectable | Qt.ItemIsDragEnabled
        return base if index.isValid() else Qt.ItemIsDropEnabled

    def supportedDropActions(self):
        return Qt.MoveAction

    def mimeTypes(self):
        return [MIME]

    def mimeData(self, indexes):
        mime = QMimeData()
        if indexes:
            mime.setData(MIME, str(self.cards[indexes[0].row()].id).encode())
        return mime

    def dropMimeData(self, data, action, row, column, parent):
        if not data.hasFormat(MIME):
            return False
        request_id = int(bytes(data.data(MIME)).decode())
        if row < 0:
            row = parent.row() if parent.isValid() else len(self.cards)
        # Row counted without the card itself when it moves down its own column.
        current = next((i for i, c in enumerate(self.cards) if c.id == request_id), None)
        if current is not None and current < row:
            row -= 1
        self.dropped.emit(request_id, self.status, row)
        return False  # the page reloads from the store; Qt must not remove the source row


class CardDelegate(QStyledItemDelegate):
    def __init__(self, page, parent=None):
        super().__init__(parent)
        self.page = page

    def sizeHint(self, option, index):
        return QSize(option.rect.width() or 220, 86)

    def paint(self, painter: QPainter, option, index):
        card = index.data(CardRole)
        if card is None:
            return
        painter.save()
        painter.setRenderHint(QPainter.Antialiasing)
        r = option.rect.adjusted(4, 3, -4, -3)
        selected = bool(option.state & QStyle.State_Selected)
        painter.setPen(QPen(QColor("#2f6fbf") if selected else QColor("#d0d4da"), 2 if selected else 1))
        painter.setBrush(QColor("#eef4fc") if selected else QColor("white"))
        painter.drawRoundedRect(r, 6, 6)
        inner = r.adjusted(8, 5, -8, -5)
        f = QFont(option.font)
        f.setBold(True)
        painter.setFont(f)
        painter.setPen(QColor("#1d232b"))
        title = painter.fontMetrics().elidedText(card.title, Qt.ElideRight, inner.width())
        painter.drawText(QRect(inner.left(), inner.top(), inner.width(), 18), Qt.AlignLeft, title)
        small = QFont(option.font)
        small.setPointSizeF(max(7.0, option.font.pointSizeF() - 1))
        painter.setFont(small)
        painter.setPen(QColor("#5b6470"))
        line2 = card.type_label
        if self.page.member_id is None:
            line2 = f"{card.member_name} · {line2}"
        line2 = painter.fontMetrics().elidedText(line2, Qt.ElideRight, inner.width())
        painter.drawText(QRect(inner.left(), inner.top() + 20, inner.width(), 16), Qt.AlignLeft, line2)
        today = self.page.today
        deadline = card.deadline()
        parts = []
        if deadline:
            if card.is_question and card.answer_due and not card.answered_date:
                days = (deadline - today).days
                parts.append(self.page.tr("Svarfrist %1 (%2 dage)").replace("%1", f"{deadline:%d-%m-%Y}")
                             .replace("%2", str(days)))
            else:
                parts.append(self.page.tr("Frist %1").replace("%1", f"{deadline:%d-%m-%Y}"))
        if card.tags:
            parts.append(" ".join("#" + t for t in card.tags.split()))
        if card.meeting_title:
            parts.append(card.meeting_title)
        painter.setPen(QColor("#c0392b") if card.is_overdue(today) else QColor("#5b6470"))
        line3 = painter.fontMetrics().elidedText("  ·  ".join(parts), Qt.ElideRight, inner.width())
        painter.drawText(QRect(inner.left(), inner.top() + 38, inner.width(), 16), Qt.AlignLeft, line3)
        badge, color = None, None
        if card.guard_verdict == "party_political":
            badge, color = self.page.tr("Partipolitisk"), QColor("#c0392b")
        elif card.guard_verdict == "outside_role":
            badge, color = self.page.tr("Uden for hvervet"), QColor("#d35400")
        if badge:
            if card.guard_decision == "accepted":
                badge += " · " + self.page.tr("Accepteret")
            w = painter.fontMetrics().horizontalAdvance(badge) + 12
            br = QRect(inner.left(), inner.bottom() - 16, w, 16)
            painter.setPen(Qt.NoPen)
            painter.setBrush(color)
            painter.drawRoundedRect(br, 4, 4)
            painter.setPen(QColor("white"))
            painter.drawText(br, Qt.AlignCenter, badge)
        painter.restore()


class Column(QWidget):
    def __init__(self, page, status: str, label: str):
        super().__init__(page)
        self.status, self.label = status, label
        lay = QVBoxLayout(self)
        lay.setContentsMargins(4, 0, 4, 0)
        self.header = QLabel(label)
        self.header.setStyleSheet("font-weight: bold; padding: 6px; background: #e9ecf1; border-radius: 4px;")
        self.model = ColumnModel(status, self)
        self.view = QListView()
        self.view.setObjectName(f"column_{status}")
        self.view.setModel(self.model)
        self.view.setItemDelegate(CardDelegate(page, self.view))
        self.view.setUniformItemSizes(True)
        self.view.setDragDropMode(QAbstractItemView.DragDrop)
        self.view.setDefaultDropAction(Qt.MoveAction)
        self.view.setDropIndicatorShown(True)
        self.view.setSelectionMode(QAbstractItemView.SingleSelection)
        self.view.setStyleSheet("QListView { background: #f5f6f8; border: none; }")
        lay.addWidget(self.header)
        lay.addWidget(self.view, 1)

    def set_cards(self, cards: list) -> None:
        self.model.set_cards(cards)
        self.header.setText(f"{self.label}  ({len(cards)})")


class BoardPage(Page):
    key = "board"

    def __init__(self, ctx, parent=None):
        super().__init__(ctx, parent)
        self.group_id = None
        self.member_id = None
        self.today = local_today()
        self._cards: list = []
        self._match: set[int] | None = None
        lay = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.member_combo = QComboBox()
        self.member_combo.setObjectName("member_combo")
        self.filter_edit = QLineEdit()
        self.filter_edit.setObjectName("filter_edit")
        self.filter_edit.setPlaceholderText(self.tr("Søg i titler, beskrivelser og mærker (Ctrl+F)"))
        self.overdue_only = QComboBox()
        self.overdue_only.addItems([self.tr("Alle frister"), self.tr("Kun overskredne")])
        bar.addWidget(QLabel(self.tr("Medlem:")))
        bar.addWidget(self.member_combo, 1)
        bar.addWidget(self.filter_edit, 2)
        bar.addWidget(self.overdue_only)
        lay.addLayout(bar)
        cols = QHBoxLayout()
        self.columns: dict[str, Column] = {}
        for term in vocab.REQUEST_STATUSES:
            col = Column(self, term.code, term.label(ctx.lang))
            col.model.dropped.connect(self._on_drop)
            col.view.doubleClicked.connect(lambda *_: None)
            self.columns[term.code] = col
            cols.addWidget(col, 1)
        lay.addLayout(cols, 1)
        self.member_combo.currentIndexChanged.connect(self._on_member)
        self.filter_edit.textChanged.connect(self._on_filter)
        self.overdue_only.currentIndexChanged.connect(lambda *_: self._apply())
        QShortcut(QKeySequence("Ctrl+F"), self, self.filter_edit.setFocus)
        QShortcut(QKeySequence("Ctrl+Shift+Right"), self, lambda: self.move_selected(+1))
        QShortcut(QKeySequence("Ctrl+Shift+Left"), self, lambda: self.move_selected(-1))
        QShortcut(QKeySequence("Alt+Up"), self, lambda: self.reorder_selected(-1))
        QShortcut(QKeySequence("Alt+Down"), self, lambda: self.reorder_selected(+1))
        QShortcut(QKeySequence(Qt.Key_Delete), self, self.trash_selected)
        self.listen(ctx.signals.data_changed, self._on_data_changed)

    def title(self) -> str:
        return self.tr("Opgavetavle")

    # --- loading -------------------------------------------------------------------------------
    def set_group(self, group_id: int) -> None:
        from secretary_app.services.groups import list_members

        self.group_id = group_id
        self.member_combo.blockSignals(True)
        self.member_combo.clear()
        self.member_combo.addItem(self.tr("Hele gruppen"), None)
        for m in list_members(self.ctx.store, group_id):
            self.member_combo.addItem(m.name, m.id)
        self.member_combo.blockSignals(False)
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
        self._cards = board_cards(self.ctx.store, self.group_id, self.member_id,
                                  open_only=self.member_id is None, lang=self.ctx.lang)
        self._on_filter(self.filter_edit.text(), apply=False)
        self._apply()

    def _on_filter(self, text: str, apply: bool = True) -> None:
        from secretary_app.services.requests import search_request_ids

        text = (text or "").strip()
        self._match = (set(search_request_ids(self.ctx.store, self.group_id, text, self.member_id))
                       if text and self.group_id is not None else None)
        if apply:
            self._apply()

    def _apply(self) -> None:
        overdue = self.overdue_only.currentIndex() == 1
        by_status: dict[str, list] = {s: [] for s in STATUSES}
        match = self._match
        for card in self._cards:
            if match is not None and card.id not in match:
                continue
            if overdue and not card.is_overdue(self.today):
                continue
            by_status[card.status].append(card)
        for status, col in self.columns.items():
            col.set_cards(by_status[status])

    def _on_data_changed(self, kind, _id) -> None:
        if kind == "request" and self.isVisible():
            self.reload()

    # --- actions (all through the undo stack) --------------------------------------------------
    def selected(self):
        for col in self.columns.values():
            if col.view.hasFocus() or col.view.currentIndex().isValid() and col.view.selectionModel().hasSelection():
                idx = col.view.currentIndex()
                if idx.isValid():
                    return col, idx.data(CardRole)
        return None, None

    def _push_move(self, request_id: int, status: str, row: int) -> None:
        from secretary_app.services import requests as svc

        old = svc.get_request(self.ctx.store, request_id)
        old_state = (old.status, old.position, old.deleted_at)
        store = self.ctx.store

        def do():
            svc.move_request_to_index(store, request_id, status, row)

        def undo():
            svc.restore_position(store, request_id, *old_state)

        def after():
            self.reload()
            self.ctx.changed("request", request_id)
            self._select(request_id)

        self.ctx.undo_stack.push(ServiceCommand(self.tr("Flyt opgave"), do, undo, after))

    def _select(self, request_id: int) -> None:
        for col in self.columns.values():
            for i, c in enumerate(col.model.cards):
                if c.id == request_id:
                    col.view.setCurrentIndex(col.model.index(i))
                    col.view.setFocus()
                    return

    def _on_drop(self, request_id: int, status: str, row: int) -> None:
        try:
            self._push_move(request_id, status, self._store_index(status, row))
        except Exception as exc:  # noqa: BLE001 - shown to the user
            self.show_error(exc)

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
        store, rid = self.ctx.store, card.id
        old = svc.get_request(store, rid)
        state = (old.status, old.position, old.deleted_at)

        def after():
            self.reload()
            self.ctx.changed("request", rid)

        self.ctx.undo_stack.push(ServiceCommand(
            self.tr("Læg opgave i papirkurven"), lambda: svc.trash_request(store, rid),
            lambda: svc.restore_position(store, rid, *state), after))
