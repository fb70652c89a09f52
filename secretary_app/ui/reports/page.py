"""Aktivitetslog: a month's time and tasks per member and task type, with chart and exports.

The page shows the report of the selected month (optionally one member); exports run
as a job on the operation runner (``ctx.ops.job``) behind a busy bar, so the window keeps
responding while a year of data is written.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QEvent, QStandardPaths, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QFileDialog, QFrame, QGridLayout, QHBoxLayout, QHeaderView, QLabel,
    QProgressBar, QPushButton, QScrollArea, QSpinBox, QSplitter, QTableView, QTabWidget, QToolButton,
    QVBoxLayout, QWidget,
)

from secretary_app.domain.changes import Kind
from secretary_app.domain.errors import AppError
from secretary_app.domain.dates import MONTHS_DA, MONTHS_EN, local_today
from secretary_app.ui.operations.preload import ACTIVITY_EXPORTS
from secretary_app.ui.fonts import scale_font
from secretary_app.ui.page import Page
from secretary_app.ui.reports.chart import ActivityChart
from secretary_app.ui.reports.guard_table import GuardModel, guard_view
from secretary_app.ui.reports.models import QuestionModel, RequestModel, SummaryModel
from secretary_app.ui import colours

FORMATS = (("pdf", "PDF"), ("xlsx", "Excel (XLSX)"), ("csv", "CSV"))
MESSAGE_MS = 10_000  # "Gemt: …" and the like give way to the page's own line again


def _table(model, object_name: str, stretch: int = 0) -> QTableView:
    view = QTableView()
    view.setObjectName(object_name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(24)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return view


class _Figure(QFrame):
    """A key figure: small caption above a large number."""

    def __init__(self, caption: str, parent=None):
        super().__init__(parent)
        self.setObjectName("figure")
        self.setStyleSheet("QFrame#figure { background: palette(alternate-base);"
                           " border-left: 3px solid #c8102e; border-radius: 2px; }")
        lay = QVBoxLayout(self)
        lay.setContentsMargins(10, 4, 10, 6)
        lay.setSpacing(0)
        cap = QLabel(caption)
        cap.setStyleSheet(colours.fg_css(colours.muted(bg=colours.palette().color(colours.Role.AlternateBase)))
                          + " background: transparent;")
        scale_font(cap, 0.9)
        self.value = QLabel("0")
        self.value.setStyleSheet("background: transparent;")
        scale_font(self.value, 1.6, bold=True)
        lay.addWidget(cap)
        lay.addWidget(self.value)

    def set_value(self, text: str) -> None:
        self.value.setText(text)


class ReportsPage(Page):
    key = "reports"
    shows = (Kind.REQUESTS | Kind.TIME_ENTRIES | Kind.MEMBERS | Kind.TASK_TYPES | Kind.GUARD_EVENTS
             | Kind.GROUPS)
    refreshed = Signal()  # the tables show the selected month
    export_finished = Signal(str)  # the file written
    export_failed = Signal(str)

    def __init__(self, ctx, parent=None):
        super().__init__(ctx, parent)
        self.report = None
        self._busy = False
        self._dirty = True
        self._last_dir: str | None = None
        today = local_today()

        # --- period and member ---------------------------------------------------------------
        self.prev_btn = QToolButton()
        self.prev_btn.setAccessibleName(self.tr("Forrige måned"))
        self.prev_btn.setArrowType(Qt.ArrowType.LeftArrow)
        self.prev_btn.setToolTip(self.tr("Forrige måned"))
        self.prev_btn.clicked.connect(lambda: self.step_month(-1))
        self.next_btn = QToolButton()
        self.next_btn.setAccessibleName(self.tr("Næste måned"))
        self.next_btn.setArrowType(Qt.ArrowType.RightArrow)
        self.next_btn.setToolTip(self.tr("Næste måned"))
        self.next_btn.clicked.connect(lambda: self.step_month(1))
        for key, delta, button in (("Ctrl+PgUp", -1, self.prev_btn), ("Ctrl+PgDown", 1, self.next_btn)):
            act = QAction(self)
            act.setShortcut(QKeySequence(key))
            act.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            act.triggered.connect(lambda _=False, d=delta: self.step_month(d))
            self.addAction(act)
            button.setToolTip(button.toolTip() + f" ({key})")
        self.month_combo = QComboBox()
        self.month_combo.setObjectName("reportMonth")
        for i, name in enumerate(MONTHS_EN if self.ctx.lang == "en" else MONTHS_DA, start=1):
            self.month_combo.addItem(name, i)  # Danish month names are lowercase, as everywhere else
        self.year_spin = QSpinBox()
        self.year_spin.setObjectName("reportYear")
        self.year_spin.setAccessibleName(self.tr("År"))
        self.year_spin.setRange(2000, 2100)
        self.month_combo.setCurrentIndex(today.month - 1)
        self.year_spin.setValue(today.year)
        self.month_combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.year_spin.valueChanged.connect(lambda _v: self.refresh())
        self.member_combo = QComboBox()
        self.member_combo.setObjectName("reportMember")
        self.member_combo.setMinimumWidth(200)
        self.member_combo.currentIndexChanged.connect(lambda _i: self.refresh())

        self.export_buttons: dict[str, QPushButton] = {}
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Måned:")))
        top.addWidget(self.prev_btn)
        top.addWidget(self.month_combo)
        top.addWidget(self.year_spin)
        top.addWidget(self.next_btn)
        top.addSpacing(16)
        top.addWidget(QLabel(self.tr("Medlem:")))
        top.addWidget(self.member_combo)
        top.addStretch(1)
        top.addWidget(QLabel(self.tr("Eksportér:")))
        for fmt, text in FORMATS:
            btn = QPushButton(self.tr(text) + " …")
            btn.setObjectName(f"export_{fmt}")
            btn.setToolTip(self.tr("Gem aktivitetsloggen for den valgte måned som %1").replace("%1", text))
            btn.clicked.connect(lambda _=False, f=fmt: self.export(f))
            self.export_buttons[fmt] = btn
            top.addWidget(btn)

        self.progress = QProgressBar()
        self.progress.setObjectName("exportProgress")
        self.progress.setRange(0, 0)  # busy: the writers do not report steps
        self.progress.setMaximumWidth(160)
        self.progress.setTextVisible(False)
        self.progress.hide()
        self.status = QLabel()
        self.status.setObjectName("reportStatus")
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._message_timer = QTimer(self)
        self._message_timer.setSingleShot(True)
        self._message_timer.setInterval(MESSAGE_MS)
        self._message_timer.timeout.connect(self._show_scope)
        status_row = QHBoxLayout()
        status_row.addWidget(self.status, 1)
        status_row.addWidget(self.progress)

        # --- key figures -----------------------------------------------------------------------
        self.figures = {key: _Figure(caption) for key, caption in (
            ("received", self.tr("Opgaver modtaget")), ("completed", self.tr("Færdige")),
            ("open", self.tr("Åbne")), ("declined", self.tr("Afviste")),
            ("minutes", self.tr("Tid registreret (t:mm)")), ("questions", self.tr("Spørgsmål rettidigt besvaret")),
            ("guard", self.tr("Vagten: markeret / afvist / accepteret")))}
        fig_row = QGridLayout()
        fig_row.setHorizontalSpacing(8)
        for i, w in enumerate(self.figures.values()):
            fig_row.addWidget(w, 0, i)

        # --- tables and chart --------------------------------------------------------------------
        self.member_model = SummaryModel(self.tr("Medlem"), self)
        self.type_model = SummaryModel(self.tr("Opgavetype"), self)
        self.request_model = RequestModel(self)
        self.question_model = QuestionModel(self)
        self.member_table = _table(self.member_model, "memberSummary")
        self.member_table.setAccessibleName(self.tr("Pr. medlem"))
        self.type_table = _table(self.type_model, "typeSummary")
        self.request_table = _table(self.request_model, "requestDetail", RequestModel.TITLE)
        self.question_table = _table(self.question_model, "questionTable", 1)
        # Long task-type names must not squeeze the titles out of view.
        for view, col, width in ((self.request_table, RequestModel.TYPE, 170),
                                 (self.type_table, SummaryModel.LABEL, 0)):
            if width:
                view.horizontalHeader().setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
                view.setColumnWidth(col, width)
        self.request_table.horizontalHeader().setMinimumSectionSize(60)
        # The title is what a reader looks for: the member column may not take its room.
        self.request_table.horizontalHeader().setSectionResizeMode(RequestModel.MEMBER,
                                                                   QHeaderView.ResizeMode.Interactive)
        self.request_table.setWordWrap(True)
        self.request_table.installEventFilter(self)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Rapportens tabeller"))
        self.tabs.addTab(self.member_table, self.tr("Pr. medlem"))
        self.tabs.addTab(self.type_table, self.tr("Pr. opgavetype"))
        self.tabs.addTab(self.request_table, self.tr("Opgaver"))
        self.tabs.addTab(self.question_table, self.tr("Politikerspørgsmål"))
        self.guard_model = GuardModel(ctx.lang, self)
        self.guard_table = guard_view(self.guard_model)
        self.guard_table.setAccessibleName(self.tr("Vagtens markeringer og beslutninger"))
        self.guard_table.doubleClicked.connect(self._open_guard_request)
        self.tabs.addTab(self.guard_table, self.tr("Vagten"))
        self.chart = ActivityChart(lang=ctx.lang)
        scroll = QScrollArea()
        scroll.setAccessibleName(self.tr("Diagram"))
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.chart)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.star_note = QLabel(self.tr("* Modtaget før eller efter måneden; med i listen, fordi der er "
                                        "registreret tid på opgaven i måneden."))
        self.star_note.setObjectName("starNote")
        self.star_note.setWordWrap(True)
        self.star_note.hide()
        table_box = QWidget()
        tl = QVBoxLayout(table_box)
        tl.setContentsMargins(0, 0, 0, 0)
        tl.addWidget(self.tabs, 1)
        tl.addWidget(self.star_note)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(table_box)
        split.addWidget(scroll)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setSizes([800, 400])  # the tables need the room; chart labels wrap
        split.setChildrenCollapsible(False)

        from secretary_app.ui.empty_state import EmptyState

        self.empty = EmptyState("reportsEmpty", self)
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addLayout(fig_row)
        lay.addWidget(self.empty)
        lay.addWidget(split, 1)
        lay.addLayout(status_row)

    def title(self) -> str:
        return self.tr("Aktivitetslog")

    def eventFilter(self, obj, event) -> bool:
        if obj is self.request_table and event.type() == QEvent.Type.Resize:
            self._fit_request_columns()
        return super().eventFilter(obj, event)

    def _fit_request_columns(self) -> None:
        """Member and task type share a fixed part of the width (their full text is in the
        tooltip), so the title column keeps at least about 40 % of it."""
        width = self.request_table.viewport().width()
        for col, share in ((RequestModel.MEMBER, 0.15), (RequestModel.TYPE, 0.15)):
            self.request_table.setColumnWidth(col, max(80, int(width * share)))

    # --- selection ------------------------------------------------------------------------------

    def month(self) -> tuple[int, int]:
        return self.year_spin.value(), self.month_combo.currentData()

    def set_month(self, year: int, month: int) -> None:
        self.year_spin.blockSignals(True)
        self.year_spin.setValue(year)
        self.year_spin.blockSignals(False)
        self.month_combo.blockSignals(True)
        self.month_combo.setCurrentIndex(month - 1)
        self.month_combo.blockSignals(False)
        self.refresh()

    def step_month(self, delta: int) -> None:
        year, month = self.month()
        index = year * 12 + (month - 1) + delta
        self.set_month(index // 12, index % 12 + 1)

    def member_id(self) -> int | None:
        return self.member_combo.currentData()

    def set_group(self, group_id: int) -> None:
        super().set_group(group_id)
        self._load_members()
        self.refresh()

    def _load_members(self) -> None:
        from secretary_app.services import groups

        current = self.member_combo.currentData()
        self.member_combo.blockSignals(True)
        self.member_combo.clear()
        self.member_combo.addItem(self.tr("Alle medlemmer"), None)
        if self.group_id is not None and self.ctx.store is not None:
            for m in groups.list_members(self.ctx.store, self.group_id):
                self.member_combo.addItem(m.name, m.id)
        self.member_combo.setCurrentIndex(max(0, self.member_combo.findData(current)))
        self.member_combo.blockSignals(False)

    def on_shown(self) -> None:
        self._show_scope()  # a message from an earlier visit is not carried back
        if self._dirty:
            self.refresh()

    def hideEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().hideEvent(event)
        if self._message_timer.isActive() and not self._busy:
            self._show_scope()

    def on_changes(self, notice) -> None:
        if notice.touches(Kind.MEMBERS):
            self._load_members()
        if self.isVisible():
            self.refresh()
        else:
            self._dirty = True  # refreshed when shown

    # --- the report ------------------------------------------------------------------------------

    def _period(self):
        from secretary_app.services.reports import month_period

        year, month = self.month()
        return month_period(f"{year:04d}-{month:02d}")

    def refresh(self) -> None:
        """Rebuild the month's report (a few aggregate queries: fast enough for the UI thread)."""
        if self.group_id is None or self.ctx.store is None:
            return
        from secretary_app.services.reports import build_report

        try:
            report = build_report(self.ctx.store, self.group_id, self._period(), self.member_id(),
                                  lang=self.ctx.lang)
        except AppError as exc:  # a bad period or member: named, the page stays usable
            self.show_error(exc)
            return
        self.show_report(report)

    def show_report(self, report) -> None:
        from secretary_app.services.reports import format_minutes

        self.report = report
        self._dirty = False
        t = report.totals
        self.member_model.set_rows(report.by_member, t)
        self.type_model.set_rows(report.by_type, t)
        self.request_model.set_rows(report.requests)
        self.star_note.setVisible(any(not ln.in_period for ln in report.requests))
        self.question_model.set_rows(report.questions.lines)
        self.guard_model.set_rows(report.guard.lines)
        self.chart.set_report(report)
        q, g = report.questions, report.guard
        for key, value in (("received", t.received), ("completed", t.completed), ("open", t.open),
                           ("declined", t.declined)):
            self.figures[key].set_value(str(value))
        self.figures["minutes"].set_value(format_minutes(t.minutes))
        self.figures["questions"].set_value(f"{q.within} / {q.total}")
        self.figures["questions"].setToolTip(
            self.tr("Besvaret inden for 10 arbejdsdage: %1, for sent: %2, afventer: %3, overskredet: %4")
            .replace("%1", str(q.within)).replace("%2", str(q.late)).replace("%3", str(q.pending))
            .replace("%4", str(q.overdue)))
        self.figures["guard"].set_value(f"{g.flagged} / {g.declined} / {g.accepted_with_justification}")
        if not self._busy and not self._message_timer.isActive():
            self._show_scope()
        self._update_empty(report)
        self.refreshed.emit()

    def _show_scope(self) -> None:
        """The page's own status line: what the tables show."""
        self._message_timer.stop()
        if self._busy or self.report is None:
            return
        self.status.setText(self.tr("%1 · %2 opgaver i listen").replace("%1", self.report.scope_label(self.ctx.lang))
                            .replace("%2", str(len(self.report.requests))))

    def _update_empty(self, report) -> None:
        """No time in the month: say how time gets here, with the way to do it (and the last
        month that has time, which is what a secretary reporting last month wants)."""
        from secretary_app.services.reports import last_month_with_time

        if self.member_combo.count() <= 1:
            self.empty.show_state(self.tr("Gruppen har ingen medlemmer endnu. Aktivitetsloggen viser tiden, "
                                          "der er registreret på medlemmernes opgaver."),
                                  self.tr("Nyt medlem …"), self._new_member)
            return
        if report.totals.minutes:
            self.empty.hide()
            return
        month = report.period.label(self.ctx.lang)
        if report.requests:
            text = self.tr("Ingen tid registreret i %1, men %2 opgaver er modtaget. Registrér tiden på "
                           "opgaverne (fanen Tid i opgaven, eller tidtagningen), så kommer den med her.") \
                .replace("%2", str(len(report.requests)))
        else:
            text = self.tr("Ingen opgaver og ingen tid registreret i %1. Tiden registreres på opgaverne: åbn "
                           "en opgave på tavlen og brug fanen Tid, eller start tidtagningen.")
        second = None
        last = last_month_with_time(self.ctx.store, self.group_id, report.period.start, self.member_id())
        if last is not None:
            from secretary_app.domain.dates import format_month

            second = (self.tr("Vis %1").replace("%1", format_month(last[0], last[1], self.ctx.lang)),
                      lambda: self.set_month(*last))
        self.empty.show_state(text.replace("%1", month), self.tr("Til opgavetavlen"),
                              lambda: self.ctx.nav.show_page("board"), second)

    def _new_member(self) -> None:
        page = self.ctx.nav.show_page("members")
        if page is not None:
            page.new_member()

    def _open_guard_request(self, index) -> None:
        request_id = self.guard_model.data(index, Qt.ItemDataRole.UserRole)
        if request_id is not None:
            self.ctx.nav.open_request(request_id)

    # --- exports -----------------------------------------------------------------------------------

    def _ask_path(self, fmt: str) -> str | None:
        from secretary_app.services.reports import default_filename

        folder = self._last_dir or QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
        name = default_filename(self.report, fmt) if self.report else f"aktivitetslog.{fmt}"
        filters = {"pdf": self.tr("PDF-dokument (*.pdf)"), "xlsx": self.tr("Excel-projektmappe (*.xlsx)"),
                   "csv": self.tr("CSV-fil (*.csv)")}
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Gem aktivitetslog"), str(Path(folder) / name),
                                              filters[fmt])
        if not path:
            return None
        if not path.lower().endswith("." + fmt):
            path += "." + fmt
        return path

    def export(self, fmt: str, path: str | None = None) -> bool:
        """Write the selected month's log; returns at once, the work runs in the background."""
        if self._busy or self.group_id is None or self.ctx.store is None:
            return False
        if path is None:
            path = self._ask_path(fmt)
            if path is None:
                return False
        from secretary_app.exports.activity_export import export_report
        from secretary_app.services.reports import build_report

        group_id, period, member_id, lang = self.group_id, self._period(), self.member_id(), self.ctx.lang

        def work(store, _progress):
            # Built afresh on the worker: the file matches the database at the moment of export.
            report = build_report(store, group_id, period, member_id, lang=lang)
            return str(export_report(report, fmt, path))

        self._set_busy(True, self.tr("Eksporterer %1 …").replace("%1", Path(path).name))
        self.ctx.ops.job(self.tr("Eksporterer aktivitetslog …"), work).with_preload(*ACTIVITY_EXPORTS) \
            .success(self._export_done).failure(self._export_error).with_parent(self).run()
        return True

    def _set_busy(self, busy: bool, text: str = "") -> None:
        self._busy = busy
        self.progress.setVisible(busy)
        for btn in self.export_buttons.values():
            btn.setEnabled(not busy)
        if text:
            self.status.setText(text)
            self._message_timer.stop()

    def _export_done(self, path: str) -> None:
        self._last_dir = str(Path(path).parent)
        self._set_busy(False, self.tr("Gemt: %1").replace("%1", path))
        self._message_timer.start()
        self.export_finished.emit(path)

    def _export_error(self, exc: BaseException) -> None:
        self._set_busy(False, self.tr("Eksporten mislykkedes; ingen fil er gemt."))
        self._message_timer.start()
        self.export_failed.emit(str(exc))
        self.show_error(exc)
