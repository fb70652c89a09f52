"""The clippings list as a thin item model (set_rows, column constants), testable without a view."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QFont

from secretary_app.domain.dates import format_datetime, format_short, to_local
from secretary_app.ui import colours

COL_WHEN, COL_OUTLET, COL_TITLE, COL_MEMBERS = range(4)


translate = QCoreApplication.translate  # as translate("Context", "text"), so lupdate finds the text


class ClippingModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list = []

    def set_rows(self, rows: list) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int):
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 4

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (translate("ClippingModel", "Udgivet"), translate("ClippingModel", "Medie"),
                    translate("ClippingModel", "Overskrift"), translate("ClippingModel", "Medlemmer"))[section]
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        r = self.row_at(index.row())
        if r is None:
            return None
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == COL_WHEN:
                # Undated (a feed with a broken date): the day it was fetched, without a time.
                return format_datetime(r.published_at) if r.published_at else \
                    format_short(to_local(r.fetched_at).date())
            if col == COL_OUTLET:
                return r.outlet
            if col == COL_TITLE:
                return r.title
            if col == COL_MEMBERS:
                return ", ".join(m or translate("ClippingModel", "Hele gruppen") for m in r.members)
        if role == Qt.ItemDataRole.ToolTipRole and col == COL_TITLE:
            return r.title
        if role == Qt.ItemDataRole.FontRole and r.status == "new":
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and r.status == "dismissed":
            return colours.muted()
        return None
