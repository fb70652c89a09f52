"""Table models for the meetings page: the month's meetings and a meeting's agenda items."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from secretary_app.domain.dates import format_short, weekday_name

_Index = QModelIndex | QPersistentModelIndex


class MeetingListModel(QAbstractTableModel):
    lang = "da"  # set by the page
    HEADERS = ("Dato", "Tid", "Møde", "Punkter")

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list = []  # Meeting
        self.item_counts: dict[int, int] = {}
        self.labels: list[str] = list(self.HEADERS)

    def set_rows(self, rows: list, item_counts: dict[int, int]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.item_counts = item_counts
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.labels[section]
        return None

    def meeting_at(self, row: int):
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def row_of(self, meeting_id: int) -> int:
        for i, m in enumerate(self.rows):
            if m.id == meeting_id:
                return i
        return -1

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


class AgendaItemModel(QAbstractTableModel):
    HEADERS = ("Nr.", "Titel", "Sagsnr.", "Koblet")

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list = []  # AgendaItem
        self.links: dict[int, int] = {}
        self.labels: list[str] = list(self.HEADERS)

    def set_rows(self, rows: list, links: dict[int, int]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.links = links
        self.endResetModel()

    def set_links(self, links: dict[int, int]) -> None:
        self.links = links
        if self.rows:
            self.dataChanged.emit(self.index(0, 3), self.index(len(self.rows) - 1, 3))

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.labels[section]
        return None

    def item_at(self, row: int):
        return self.rows[row] if 0 <= row < len(self.rows) else None

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
