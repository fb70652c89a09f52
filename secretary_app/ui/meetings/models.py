"""Table models for the meetings page: the month's meetings and a meeting's agenda items."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont

from secretary_app.domain.dates import format_short, weekday_name
from secretary_app.ui.table_model import Index as _Index
from secretary_app.ui.table_model import RowTableModel


class MeetingListModel(RowTableModel):
    lang = "da"  # set by the page
    HEADERS = ("Dato", "Tid", "Møde", "Punkter")
    numeric = frozenset({3})

    def __init__(self, parent=None):
        super().__init__(self.HEADERS, parent)
        self.item_counts: dict[int, int] = {}

    def set_rows(self, rows: list, item_counts: dict[int, int]) -> None:
        self.item_counts = item_counts
        super().set_rows(rows)

    meeting_at = RowTableModel.row_at

    def data(self, index: _Index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        m = self.rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 0:
                return f"{weekday_name(m.date, self.lang)[:3]}. {format_short(m.date)}"
            if col == 1:
                if not m.start_time:
                    return ""
                end = f"–{m.end_time:%H:%M}" if m.end_time else ""
                return f"{m.start_time:%H:%M}{end}"
            if col == 2:
                return m.body_name or m.body_kind
            if col == 3:
                n = self.item_counts.get(m.id, 0)
                return str(n) if n else ""
        if role == Qt.ItemDataRole.ToolTipRole:
            return m.place or None
        if role == Qt.ItemDataRole.TextAlignmentRole and col == 3:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class AgendaItemModel(RowTableModel):
    HEADERS = ("Nr.", "Titel", "Sagsnr.", "Koblet")

    def __init__(self, parent=None):
        super().__init__(self.HEADERS, parent)
        self.links: dict[int, int] = {}

    def set_rows(self, rows: list, links: dict[int, int]) -> None:
        self.links = links
        super().set_rows(rows)

    def set_links(self, links: dict[int, int]) -> None:
        self.links = links
        if self.rows:
            self.dataChanged.emit(self.index(0, 3), self.index(len(self.rows) - 1, 3))

    item_at = RowTableModel.row_at

    def data(self, index: _Index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        it = self.rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 0:
                return it.number
            if col == 1:
                return it.title
            if col == 2:
                return f"{it.case_number} {it.initials}".strip()
            if col == 3:
                n = self.links.get(it.id, 0)
                return str(n) if n else ""
        if role == Qt.ItemDataRole.ToolTipRole and col == 1:
            return it.title
        if role == Qt.ItemDataRole.FontRole and col == 3 and self.links.get(it.id):
            f = QFont()
            f.setBold(True)
            return f
        return None
