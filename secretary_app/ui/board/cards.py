"""The board's cards: one list model per status column and a delegate that paints them.

Model/view, no widget per card, so a column stays smooth with thousands of cards."""

from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QMimeData, QModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import (
    QAbstractItemView, QLabel, QListView, QStyle, QStyledItemDelegate, QVBoxLayout, QWidget,
)

from secretary_app.domain import vocab
from secretary_app.domain.durations import format_hm as hours_minutes

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
        if role == Qt.ToolTipRole:
            lines = [card.title, f"{card.member_name} · {card.type_label}"]
            if card.minutes or card.estimate:
                lines.append(self.tr("Tid %1").replace("%1", hours_minutes(card.minutes))
                             + (f" / {hours_minutes(card.estimate)}" if card.estimate else ""))
            return "\n".join(lines)
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


def title_lines(metrics, title: str, width: int) -> list[str]:
    """The title wrapped to at most two lines at word boundaries, the second elided."""
    title = " ".join((title or "").split())
    if metrics.horizontalAdvance(title) <= width:
        return [title]
    words, first = title.split(" "), ""
    while words and metrics.horizontalAdvance((first + " " + words[0]).strip()) <= width:
        first = (first + " " + words.pop(0)).strip()
    if not first:  # one word longer than the card: break it where it overflows
        return [metrics.elidedText(title, Qt.ElideRight, width)]
    return [first, metrics.elidedText(" ".join(words), Qt.ElideRight, width)]


class CardDelegate(QStyledItemDelegate):
    def __init__(self, page, parent=None):
        super().__init__(parent)
        self.page = page

    def sizeHint(self, option, index):
        # Narrow on purpose: the list lays cards out at the viewport's width, so a wide hint
        # would only add a horizontal scroll bar once the vertical one appears.
        return QSize(120, 104)

    def deadline_text(self, days: int, question: bool = False) -> str:
        """How far the deadline is from today, as a person says it."""
        if days < 0:
            if question:
                return (self.tr("1 dag over svarfristen") if days == -1
                        else self.tr("%1 dage over svarfristen").replace("%1", str(-days)))
            return self.tr("1 dag over fristen") if days == -1 else \
                self.tr("%1 dage over fristen").replace("%1", str(-days))
        if days == 0:
            when = self.tr("i dag")
        elif days == 1:
            when = self.tr("i morgen")
        else:
            when = self.tr("om %1 dage").replace("%1", str(days))
        return (self.tr("Svarfrist %1") if question else self.tr("Frist %1")).replace("%1", when)

    def card_lines(self, card) -> list[str]:
        """The small lines under the title: what and for whom; deadline, time, meeting, tags."""
        line2 = card.type_label
        if self.page.member_id is None:
            line2 = f"{card.member_name} · {line2}"
        deadline = card.deadline()
        parts = []
        if deadline:
            question = bool(card.is_question and card.answer_due and not card.answered_date)
            if card.status in vocab.OPEN_STATUSES:
                parts.append(self.deadline_text((deadline - self.page.today).days, question))
            else:  # closed work: the date it had, not how late it would be now
                parts.append(self.tr("Frist %1").replace("%1", f"{deadline:%d-%m-%Y}"))
        if card.minutes or card.estimate:
            spent = hours_minutes(card.minutes)
            # In words, not a clock glyph: many Windows and Linux fonts draw that as a box.
            parts.append(self.tr("Tid %1").replace(
                "%1", f"{spent} / {hours_minutes(card.estimate)}" if card.estimate else spent))
        if card.meeting_title:
            parts.append(card.meeting_title)
        if card.tags:
            parts.append(" ".join("#" + t for t in card.tags.split()))
        return [line2, "  ·  ".join(parts)]

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
        for i, line in enumerate(title_lines(painter.fontMetrics(), card.title, inner.width())):
            painter.drawText(QRect(inner.left(), inner.top() + 18 * i, inner.width(), 18), Qt.AlignLeft, line)
        small = QFont(option.font)
        small.setPointSizeF(max(7.0, option.font.pointSizeF() - 1))
        painter.setFont(small)
        painter.setPen(QColor("#5b6470"))
        line2, line3 = self.card_lines(card)
        line2 = painter.fontMetrics().elidedText(line2, Qt.ElideRight, inner.width())
        painter.drawText(QRect(inner.left(), inner.top() + 38, inner.width(), 16), Qt.AlignLeft, line2)
        today = self.page.today
        painter.setPen(QColor("#c0392b") if card.is_overdue(today) else QColor("#5b6470"))
        line3 = painter.fontMetrics().elidedText(line3, Qt.ElideRight, inner.width())
        painter.drawText(QRect(inner.left(), inner.top() + 56, inner.width(), 16), Qt.AlignLeft, line3)
        badge, color = None, None
        if card.guard_verdict == "party_political":
            badge, color = self.tr("Partipolitisk"), QColor("#c0392b")
        elif card.guard_verdict == "outside_role":
            badge, color = self.tr("Uden for hvervet"), QColor("#d35400")
        if badge:
            if card.guard_decision == "accepted":
                badge += " · " + self.tr("Accepteret")
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
        self.view.setAccessibleName(label)
        self.view.setModel(self.model)
        self.view.setItemDelegate(CardDelegate(page, self.view))
        self.view.setUniformItemSizes(True)
        self.view.setDragDropMode(QAbstractItemView.DragDrop)
        self.view.setDefaultDropAction(Qt.MoveAction)
        self.view.setDropIndicatorShown(True)
        self.view.setSelectionMode(QAbstractItemView.SingleSelection)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.view.setResizeMode(QListView.Adjust)
        self.view.setStyleSheet("QListView { background: #f5f6f8; border: none; }")
        lay.addWidget(self.header)
        lay.addWidget(self.view, 1)

    def set_cards(self, cards: list) -> None:
        self.model.set_cards(cards)
        self.header.setText(f"{self.label}  ({len(cards)})")
