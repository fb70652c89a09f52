"""Thin item models for the activity log's tables (rows come from services.reports)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont

from secretary_app.domain.dates import format_short
from secretary_app.services.reports import Counts, format_minutes
from secretary_app.ui.table_model import RIGHT as _RIGHT
from secretary_app.ui.table_model import RowTableModel
from secretary_app.ui import colours


class _Table(RowTableModel):
    """The activity log's tables (kept as a name: three models below share it)."""


class SummaryModel(_Table):
    """Per member or per task type; the last row is the total (shown bold)."""

    LABEL, RECEIVED, COMPLETED, OPEN, DECLINED, HOURS = range(6)

    def __init__(self, first_header: str, parent=None):
        super().__init__((), parent)
        self.headers = [first_header, self.tr("Modtaget"), self.tr("Færdige"), self.tr("Åbne"),
                        self.tr("Afviste"), self.tr("Timer")]
        self.numeric = {1, 2, 3, 4, 5}
        self._total: Counts | None = None

    def set_rows(self, rows: list, total: Counts | None) -> None:
        self.beginResetModel()
        self.rows = [(r.label, r.counts) for r in rows] + ([(self.tr("I alt"), total)] if total else [])
        self._total = total
        self.endResetModel()

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        label, c = self.rows[index.row()]
        col = index.column()
        is_total = self._total is not None and index.row() == len(self.rows) - 1
        if role == Qt.ItemDataRole.DisplayRole:
            return (label, c.received, c.completed, c.open, c.declined, format_minutes(c.minutes))[col]
        if role == Qt.ItemDataRole.UserRole:  # sortable raw values
            return (label, c.received, c.completed, c.open, c.declined, c.minutes)[col]
        if role == Qt.ItemDataRole.TextAlignmentRole and col in self.numeric:
            return _RIGHT
        if role == Qt.ItemDataRole.FontRole and is_total:
            f = QFont()
            f.setBold(True)
            return f
        if role == Qt.ItemDataRole.ToolTipRole and col == self.LABEL:
            return label
        return None


class RequestModel(_Table):
    RECEIVED, MEMBER, TYPE, TITLE, STATUS, HOURS = range(6)

    def __init__(self, parent=None):
        super().__init__((), parent)
        self.headers = [self.tr("Modtaget"), self.tr("Medlem"), self.tr("Opgavetype"), self.tr("Titel"),
                        self.tr("Status"), self.tr("Timer")]
        self.numeric = {5}

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        ln = self.rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == self.RECEIVED:
                stamp = f"{format_short(ln.received_local.date())} {ln.received_local:%H:%M}"
                return stamp if ln.in_period else stamp + " *"
            return (None, ln.member, ln.task_type, ln.title, ln.status_label, format_minutes(ln.minutes))[col]
        if role == Qt.ItemDataRole.TextAlignmentRole and col in self.numeric:
            return _RIGHT
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == self.RECEIVED and not ln.in_period:
                return self.tr("Modtaget uden for perioden; med for tid registreret i perioden")
            if col in (self.TITLE, self.TYPE, self.MEMBER):
                return {self.TITLE: ln.title, self.TYPE: ln.task_type, self.MEMBER: ln.member}[col]
        if role == Qt.ItemDataRole.UserRole:
            return ln.request_id
        return None


class QuestionModel(_Table):
    def __init__(self, parent=None):
        super().__init__((), parent)
        self.headers = [self.tr("Medlem"), self.tr("Spørgsmål"), self.tr("Sendt"), self.tr("Svarfrist"),
                        self.tr("Besvaret"), self.tr("Status")]

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        q = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return (q.member, q.title, format_short(q.sent), format_short(q.due), format_short(q.answered),
                    q.outcome_label())[index.column()]
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == 5 and q.outcome in ("late", "overdue"):
            return colours.danger()
        return None
