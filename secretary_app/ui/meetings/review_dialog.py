"""The review of an imported agenda before anything is saved: the meeting's date, time,
body and place, and the items in an editable table (rename, renumber, merge with the next,
split, drop), with the lines the reader did not take. Saving stores exactly what it shows
(the page runs the save through the operation runner)."""

from __future__ import annotations

import copy

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QHeaderView, QInputDialog,
    QLabel, QLineEdit, QListWidget, QPushButton, QSplitter, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget,
)

from secretary_app.domain.dates import format_short, parse_date
from secretary_app.domain.errors import AppError, ValidationError
from secretary_app.ui import colours

COL_NUMBER, COL_TITLE, COL_CASE, COL_CLOSED, COL_DECISION = range(5)
SPLIT_MARK = "|"


class AgendaReviewDialog(QDialog):
    """Shows a ``services.agenda_import.Review``; ``review()`` is what the table shows."""

    edited = Signal()

    def __init__(self, review, lang: str = "da", parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("agendaReview")
        self.lang = lang
        self._review = copy.deepcopy(review)
        self._items = self._review.items
        self._loading = False
        self.setWindowTitle(self.tr("Gennemse dagsorden før import"))
        self.resize(1000, 680)

        intro = QLabel()
        intro.setWordWrap(True)
        if review.meeting_id:
            intro.setText(self.tr("Opdaterer et møde, der allerede findes: punkter med samme nummer og titel "
                                  "beholder deres opgaver og udkast."))
        else:
            intro.setText(self.tr("Ret det, der er læst forkert; intet gemmes, før du trykker Gem."))

        self.date = QLineEdit(format_short(review.date) if review.date else "")
        self.date.setPlaceholderText(self.tr("DD-MM-ÅÅÅÅ (mangler)"))
        self.time = QLineEdit(review.start_time.strftime("%H:%M") if review.start_time else "")
        self.time.setPlaceholderText(self.tr("TT:MM"))
        self.body = QLineEdit(review.body_name)
        self.place = QLineEdit(review.place)
        form = QFormLayout()
        form.addRow(self.tr("Mødedato"), self.date)
        form.addRow(self.tr("Starttid"), self.time)
        form.addRow(self.tr("Mødeforum"), self.body)
        form.addRow(self.tr("Sted"), self.place)

        self.table = QTableWidget(0, 5)
        self.table.setObjectName("reviewItems")
        self.table.setHorizontalHeaderLabels([self.tr("Nr."), self.tr("Titel"), self.tr("Sagsnr."),
                                              self.tr("Lukket"), self.tr("Beslutning")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_TITLE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_DECISION, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(COL_DECISION, 220)
        self.table.setWordWrap(False)
        self.table.itemChanged.connect(self._cell_changed)

        self.merge_btn = QPushButton(self.tr("Flet med næste"))
        self.split_btn = QPushButton(self.tr("Del punkt …"))
        self.drop_btn = QPushButton(self.tr("Fjern punkt"))
        self.renumber_btn = QPushButton(self.tr("Omnummerér 1, 2, 3 …"))
        for b, slot in ((self.merge_btn, self.merge_selected), (self.split_btn, self.split_dialog),
                        (self.drop_btn, self.drop_selected), (self.renumber_btn, self.renumber)):
            b.clicked.connect(slot)
        tools = QHBoxLayout()
        for b in (self.merge_btn, self.split_btn, self.drop_btn, self.renumber_btn):
            tools.addWidget(b)
        tools.addStretch(1)

        self.unread = QListWidget()
        self.unread.setObjectName("reviewUnread")
        for text in review.warnings:
            self.unread.addItem(text)
        for line, text in review.unread:
            self.unread.addItem(self.tr("Linje %1 ikke taget med: %2").replace("%1", str(line)).replace("%2", text))
        unread_box = QWidget()
        ub = QVBoxLayout(unread_box)
        ub.setContentsMargins(0, 0, 0, 0)
        ub.addWidget(QLabel(self.tr("Advarsler og linjer, der lignede punkter, men ikke blev taget med:")))
        ub.addWidget(self.unread)

        table_box = QWidget()
        tb = QVBoxLayout(table_box)
        tb.setContentsMargins(0, 0, 0, 0)
        tb.addLayout(tools)
        tb.addWidget(self.table)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(table_box)
        split.addWidget(unread_box)
        split.setSizes([480, 140])

        self.error = QLabel()
        self.error.setObjectName("reviewError")
        self.error.setStyleSheet(colours.fg_css(colours.danger(bg="window")))
        self.error.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.save_btn = buttons.addButton(self.tr("Gem"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(split, 1)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self._load()

    # --- the table ---------------------------------------------------------------------
    def _load(self) -> None:
        self._loading = True
        self.table.setRowCount(len(self._items))
        for row, item in enumerate(self._items):
            cells = [item.number, item.title, item.case_number,
                     self.tr("ja") if item.closed else "", item.decision[:200].replace("\n", " ")]
            for col, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                if col in (COL_CLOSED, COL_DECISION):
                    cell.setFlags(cell.flags() & ~Qt.ItemFlag.ItemIsEditable)
                if col == COL_DECISION and item.decision:
                    cell.setToolTip(item.decision[:2000])
                self.table.setItem(row, col, cell)
        self._loading = False

    def _cell_changed(self, cell: QTableWidgetItem) -> None:
        if self._loading:
            return
        item = self._items[cell.row()]
        text = " ".join(cell.text().split())
        if cell.column() == COL_NUMBER:
            item.number = text
        elif cell.column() == COL_TITLE:
            from secretary_app.domain.agenda import is_closed_title

            item.title = text
            item.closed = item.closed or is_closed_title(text)
        elif cell.column() == COL_CASE:
            item.case_number = text
        self.edited.emit()

    def selected_row(self) -> int:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else self.table.currentRow()

    def _replace(self, items, select: int) -> None:
        self._items[:] = items
        self._load()
        if 0 <= select < len(self._items):
            self.table.selectRow(select)
        self.edited.emit()

    def merge_selected(self) -> None:
        from secretary_app.services.agenda_import import merge_items

        row = self.selected_row()
        if 0 <= row < len(self._items) - 1:
            self._replace(merge_items(self._items, row), row)

    def split_at(self, row: int, at: int) -> None:
        from secretary_app.services.agenda_import import split_item

        self._replace(split_item(self._items, row, at), row)

    def split_dialog(self) -> None:
        row = self.selected_row()
        if not 0 <= row < len(self._items):
            return
        title = self._items[row].title
        text, ok = QInputDialog.getText(
            self, self.tr("Del punkt"),
            self.tr("Sæt %1 dér, hvor det nye punkt begynder:").replace("%1", SPLIT_MARK), text=title)
        if ok and SPLIT_MARK in text:
            self.split_at(row, len(" ".join(text[:text.index(SPLIT_MARK)].split())) + 1)

    def drop_selected(self) -> None:
        row = self.selected_row()
        if 0 <= row < len(self._items):
            self._replace(self._items[:row] + self._items[row + 1:], min(row, len(self._items) - 2))

    def renumber(self) -> None:
        from secretary_app.services.agenda_import import renumber

        self._replace(renumber(self._items), self.selected_row())

    # --- the result --------------------------------------------------------------------
    def review(self):
        """The review as the dialog shows it; ValidationError when a field cannot be read."""
        import datetime as dt

        r = copy.deepcopy(self._review)
        r.items = copy.deepcopy(self._items)
        text = self.date.text().strip()
        try:
            r.date = parse_date(text) if text else None
        except ValueError:
            raise ValidationError(f"Mødedatoen »{text}« kan ikke læses (skriv DD-MM-ÅÅÅÅ).",
                                  f"The meeting date '{text}' cannot be read (use DD-MM-YYYY).", field="date")
        t = self.time.text().strip().replace(".", ":")
        try:
            r.start_time = dt.time(*(int(p) for p in t.split(":"))) if t else None
        except (ValueError, TypeError):
            raise ValidationError(f"Starttiden »{t}« kan ikke læses (skriv TT:MM).",
                                  f"The start time '{t}' cannot be read (use HH:MM).", field="start_time")
        if self.body.text().strip() != r.body_name:
            from secretary_app.domain.agenda import body_kind_of

            r.body_name = self.body.text().strip()
            r.body_kind = body_kind_of(r.body_name)
        r.place = self.place.text().strip()
        if r.end_time and r.start_time and r.end_time <= r.start_time:
            r.end_time = None
        return r

    def _save(self) -> None:
        from secretary_app.services.agenda_import import check_review

        try:
            check_review(self.review())
        except AppError as exc:
            self.error.setText(exc.message(self.lang))
            return
        self.error.clear()
        self.accept()
