"""The board's cards: one list model per status column and a delegate that paints them.

Model/view, no widget per card, so a column stays smooth with thousands of cards."""

from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QMimeData, QModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QAbstractItemView, QLabel, QListView, QStyle, QStyledItemDelegate, QVBoxLayout, QWidget,
)

from secretary_app.domain import vocab
from secretary_app.domain.durations import format_hm as hours_minutes
from secretary_app.ui import colours

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


def fit_line(metrics, lead: str, rest: str, width: int) -> str:
    """``lead`` in full, then as much of ``rest`` as fits (elided); the lead alone if the rest
    has no room. So the logged time is never the part that is cut."""
    sep = "  ·  "
    if not rest:
        return lead if metrics.horizontalAdvance(lead) <= width else metrics.elidedText(lead, Qt.ElideRight, width)
    if not lead:
        return metrics.elidedText(rest, Qt.ElideRight, width)
    full = lead + sep + rest
    if metrics.horizontalAdvance(full) <= width:
        return full
    room = width - metrics.horizontalAdvance(lead + sep)
    if room < metrics.horizontalAdvance("…") * 4:
        return lead if metrics.horizontalAdvance(lead) <= width else metrics.elidedText(lead, Qt.ElideRight, width)
    return lead + sep + metrics.elidedText(rest, Qt.ElideRight, room)


class CardDelegate(QStyledItemDelegate):
    """Title (two lines), who and what, the deadline, the time logged against the estimate (then
    meeting and tags), and the guard's badge; row heights follow the system's font size."""

    def __init__(self, page, parent=None):
        super().__init__(parent)
        self.page = page

    @staticmethod
    def fonts(option) -> tuple[QFont, QFont]:
        bold = QFont(option.font)
        bold.setBold(True)
        small = QFont(option.font)
        small.setPointSizeF(max(7.0, option.font.pointSizeF() - 1))
        return bold, small

    def sizeHint(self, option, index):
        # Narrow on purpose: the list lays cards out at the viewport's width, so a wide hint
        # would only add a horizontal scroll bar once the vertical one appears.
        bold, small = self.fonts(option)
        title_h, small_h = QFontMetrics(bold).height() + 2, QFontMetrics(small).height() + 1
        return QSize(120, 8 + 2 * title_h + 2 + 3 * small_h + 2 + small_h + 8)

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

    def time_text(self, card) -> str:
        if not (card.minutes or card.estimate):
            return ""
        spent = hours_minutes(card.minutes)
        # In words, not a clock glyph: many Windows and Linux fonts draw that as a box.
        return self.tr("Tid %1").replace("%1", f"{spent} / {hours_minutes(card.estimate)}" if card.estimate else spent)

    def card_lines(self, card) -> list[str]:
        """The small lines under the title: who and what; the deadline; the time, meeting, tags."""
        line2 = card.type_label
        if self.page.member_id is None:
            line2 = f"{card.member_name} · {line2}"
        deadline, when = card.deadline(), ""
        if deadline:
            question = bool(card.is_question and card.answer_due and not card.answered_date)
            if card.status in vocab.OPEN_STATUSES:
                when = self.deadline_text((deadline - self.page.today).days, question)
            else:  # closed work: the date it had, not how late it would be now
                when = self.tr("Frist %1").replace("%1", f"{deadline:%d-%m-%Y}")
        rest = [p for p in (card.meeting_title, " ".join("#" + t for t in card.tags.split()) if card.tags else "") if p]
        return [line2, when, "  ·  ".join([p for p in (self.time_text(card), *rest) if p])]

    def shown_lines(self, card, option) -> list[str]:
        """The small lines as painted at the card's width: the time is never the part elided."""
        _bold, small = self.fonts(option)
        fm = QFontMetrics(small)
        width = option.rect.width() - 24
        line2, when, _ = self.card_lines(card)
        time = self.time_text(card)
        rest = "  ·  ".join(p for p in (card.meeting_title,
                                        " ".join("#" + t for t in card.tags.split()) if card.tags else "") if p)
        out = [fm.elidedText(line2, Qt.ElideRight, width)]
        if when:
            out.append(fm.elidedText(when, Qt.ElideRight, width))
        if time or rest:
            out.append(fit_line(fm, time, rest, width))
        return out

    def paint(self, painter: QPainter, option, index):
        card = index.data(CardRole)
        if card is None:
            return
        pal = colours.palette()  # the view's palette carries its style sheet's background
        painter.save()
        painter.setRenderHint(QPainter.Antialiasing)
        r = option.rect.adjusted(4, 3, -4, -3)
        selected = bool(option.state & QStyle.State_Selected)
        base = pal.color(QPalette.ColorRole.Base)
        highlight = pal.color(QPalette.ColorRole.Highlight)
        bg = colours.blend(base, highlight, 0.16) if selected else base
        border = highlight if selected else colours.blend(base, pal.color(QPalette.ColorRole.Text), 0.25)
        painter.setPen(QPen(border, 2 if selected else 1))
        painter.setBrush(bg)
        painter.drawRoundedRect(r, 6, 6)
        if option.state & QStyle.State_HasFocus:  # keyboard focus: a clear frame outside the card
            painter.setPen(QPen(colours.focus(pal, pal.color(QPalette.ColorRole.Window)), 2.5))
            painter.setBrush(Qt.NoBrush)
            painter.drawRoundedRect(option.rect.adjusted(2, 1, -2, -1), 7, 7)
        inner = r.adjusted(8, 5, -8, -5)
        bold, small = self.fonts(option)
        title_h, small_h = QFontMetrics(bold).height() + 2, QFontMetrics(small).height() + 1
        painter.setFont(bold)
        painter.setPen(colours.text(pal, bg))
        for i, line in enumerate(title_lines(painter.fontMetrics(), card.title, inner.width())):
            painter.drawText(QRect(inner.left(), inner.top() + title_h * i, inner.width(), title_h), Qt.AlignLeft, line)
        painter.setFont(small)
        muted, late = colours.muted(pal, bg), colours.danger(pal, bg)
        overdue = card.is_overdue(self.page.today)
        top = inner.top() + 2 * title_h + 2
        lines = self.shown_lines(card, option)
        has_when = bool(self.card_lines(card)[1])
        for i, line in enumerate(lines):
            painter.setPen(late if overdue and has_when and i == 1 else muted)
            painter.drawText(QRect(inner.left(), top + small_h * i, inner.width(), small_h), Qt.AlignLeft, line)
        badge = None
        if card.guard_verdict == "party_political":
            badge = self.tr("Partipolitisk")
        elif card.guard_verdict == "outside_role":
            badge = self.tr("Uden for hvervet")
        if badge:
            fill, fg = colours.badge(card.guard_verdict, pal)
            if card.guard_decision == "accepted":
                badge += " · " + self.tr("Accepteret")
            badge = painter.fontMetrics().elidedText(badge, Qt.ElideRight, inner.width() - 12)
            w = painter.fontMetrics().horizontalAdvance(badge) + 12
            br = QRect(inner.left(), inner.bottom() - small_h, w, small_h)
            painter.setPen(Qt.NoPen)
            painter.setBrush(fill)
            painter.drawRoundedRect(br, 4, 4)
            painter.setPen(fg)
            painter.drawText(br, Qt.AlignCenter, badge)
        painter.restore()


class Column(QWidget):
    def __init__(self, page, status: str, label: str):
        super().__init__(page)
        self.status, self.label = status, label
        lay = QVBoxLayout(self)
        lay.setContentsMargins(4, 0, 4, 0)
        self.header = QLabel(label)
        self.header.setObjectName(f"header_{status}")
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
        lay.addWidget(self.header)
        lay.addWidget(self.view, 1)
        colours.follow_palette(self, self._restyle)

    def _restyle(self) -> None:
        """Header and column background from the palette (light, dark or high contrast)."""
        pal = colours.palette()  # the application's: the style sheets below change the widgets' own
        window = pal.color(QPalette.ColorRole.Window)
        header = colours.blend(window, pal.color(QPalette.ColorRole.WindowText), 0.08)
        self.header.setStyleSheet(f"font-weight: bold; padding: 6px; border-radius: 4px;"
                                  f" background: {colours.css(header)};"
                                  f" color: {colours.css(colours.readable(pal.color(QPalette.ColorRole.WindowText), header))};")
        column = colours.blend(window, pal.color(QPalette.ColorRole.Base), 0.4)
        self.view.setStyleSheet(f"QListView {{ background: {colours.css(column)}; border: none; }}")

    def set_cards(self, cards: list) -> None:
        self.model.set_cards(cards)
        self.header.setText(f"{self.label}  ({len(cards)})")
