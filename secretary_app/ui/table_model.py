"""The one table model base: a list of row objects shown as columns.

Members, task types, meetings, agenda items and the activity log's tables differ only in
how a row becomes cells (``data``); rows, headers, counts, lookups and resets live here.
"""

from __future__ import annotations

from typing import Any, Iterable

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
Index = QModelIndex | QPersistentModelIndex


class RowTableModel(QAbstractTableModel):
    numeric: frozenset[int] | set[int] = frozenset()  # right-aligned columns

    def __init__(self, headers: Iterable[str] = (), parent=None):
        super().__init__(parent)
        self.headers: list[str] = list(headers)
        self.rows: list[Any] = []

    def set_rows(self, rows: Iterable[Any]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int):
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def row_of(self, row_id: int) -> int:
        for i, r in enumerate(self.rows):
            if getattr(r, "id", None) == row_id:
                return i
        return -1

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 - Qt's name
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal:
            if role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self.headers):
                return self.headers[section]
            if role == Qt.ItemDataRole.TextAlignmentRole and section in self.numeric:
                return RIGHT
        return None
