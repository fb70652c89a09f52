"""Møder: the group's meetings in a month calendar and a list, a meeting's agenda, and
requests/drafts made from agenda items. Imports agendas (.txt/.pdf/.html; read in a
background job, then reviewed before saving) and meeting plans, exports the calendar as .ics."""

from __future__ import annotations

import datetime as dt
import html
from pathlib import Path

from PySide6.QtCore import QDate, QItemSelectionModel, QLocale, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QTextCharFormat
from PySide6.QtWidgets import (
    QAbstractItemView, QCalendarWidget, QFileDialog, QHBoxLayout, QHeaderView, QLabel,
    QListWidget, QListWidgetItem, QMessageBox, QPushButton, QSplitter, QTableView, QTextBrowser,
    QVBoxLayout, QWidget,
)

from secretary_app.domain.dates import format_long, local_today, weekday_name
from secretary_app.domain.errors import AppError
from secretary_app.domain.changes import Changes, Kind
from secretary_app.ui.meetings.importing import AgendaImportMixin
from secretary_app.ui.operations.preload import CALENDAR_EXPORTS
from secretary_app.ui.meetings.models import AgendaItemModel, MeetingListModel
from secretary_app.ui.page import Page

MEETING_DAY = QColor("#f6d9dd")  # the app's red accent, light


def _table(model, name: str, stretch: int) -> QTableView:
    view = QTableView()
    view.setObjectName(name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(24)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return view


class MeetingsPage(AgendaImportMixin, Page):
    key = "meetings"
    shows = Kind.MEETINGS | Kind.AGENDA_ITEMS | Kind.REQUESTS | Kind.DRAFTS
    imported = Signal(int)  # meeting id after an agenda import
    import_failed = Signal(str)
    review_ready = Signal(object)  # the review dialog, open before anything is saved
    plan_imported = Signal(int)  # meetings created or updated

    def __init__(self, ctx, parent=None):
        super().__init__(ctx, parent)
        self.meeting = None
        self._marked: list[QDate] = []
        self._last_dir: str | None = None

        # --- toolbar -----------------------------------------------------------------------
        self.new_btn = QPushButton(self.tr("Nyt møde …"))
        self.edit_btn = QPushButton(self.tr("Redigér …"))
        self.delete_btn = QPushButton(self.tr("Slet møde"))
        self.import_btn = QPushButton(self.tr("Importér dagsorden …"))
        self.plan_btn = QPushButton(self.tr("Importér mødeplan …"))
        self.export_btn = QPushButton(self.tr("Eksportér kalender (.ics) …"))
        for b, slot in ((self.new_btn, self.new_meeting), (self.edit_btn, self.edit_meeting),
                        (self.delete_btn, self.delete_meeting), (self.import_btn, self.import_agenda_dialog),
                        (self.plan_btn, self.import_plan_dialog), (self.export_btn, self.export_dialog)):
            b.clicked.connect(slot)
        bar = QHBoxLayout()
        for b in (self.new_btn, self.edit_btn, self.delete_btn):
            bar.addWidget(b)
        bar.addSpacing(16)
        bar.addWidget(self.import_btn)
        bar.addWidget(self.plan_btn)
        bar.addStretch(1)
        bar.addWidget(self.export_btn)

        # --- left: month calendar and the month's meetings ----------------------------------
        self.calendar = QCalendarWidget()
        self.calendar.setObjectName("meetingCalendar")
        self.calendar.setAccessibleName(self.tr("Mødekalender"))
        self.calendar.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        self.calendar.setGridVisible(True)
        if ctx.lang != "en":
            self.calendar.setLocale(QLocale(QLocale.Language.Danish, QLocale.Country.Denmark))
        self.calendar.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.ISOWeekNumbers)
        self.calendar.currentPageChanged.connect(lambda *_: self.refresh_month())
        self.calendar.clicked.connect(self._day_clicked)
        self.month_label = QLabel()
        self.month_label.setStyleSheet("font-weight: 600;")
        self.meeting_model = MeetingListModel(self)
        self.meeting_model.lang = ctx.lang
        self.meeting_model.headers = [self.tr("Dato"), self.tr("Tid"), self.tr("Møde"), self.tr("Punkter")]
        self.meeting_view = _table(self.meeting_model, "meetingList", 2)
        self.meeting_view.setAccessibleName(self.tr("Møder i måneden"))
        self.meeting_view.selectionModel().currentRowChanged.connect(self._meeting_selected)
        self.meeting_view.doubleClicked.connect(lambda *_: self.edit_meeting())
        left = QWidget()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addWidget(self.calendar)
        ll.addWidget(self.month_label)
        ll.addWidget(self.meeting_view, 1)

        # --- right: the meeting, its agenda, the selected item --------------------------------
        self.details = QLabel()
        self.details.setObjectName("meetingDetails")
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.RichText)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.item_model = AgendaItemModel(self)
        self.item_model.headers = [self.tr("Nr."), self.tr("Titel"), self.tr("Sagsnr."), self.tr("Koblet")]
        self.item_view = _table(self.item_model, "agendaItems", 1)
        self.item_view.setAccessibleName(self.tr("Dagsordenens punkter"))
        self.item_view.selectionModel().currentRowChanged.connect(self._item_selected)
        self.sections = QTextBrowser()
        self.sections.setObjectName("itemSections")
        self.sections.setAccessibleName(self.tr("Punktets tekst"))
        self.sections.setOpenExternalLinks(False)
        self.request_btn = QPushButton(self.tr("Opret opgave …"))
        self.draft_btn = QPushButton(self.tr("Opret udkast …"))
        self.request_btn.clicked.connect(lambda: self.link_dialog("request"))
        self.draft_btn.clicked.connect(lambda: self.link_dialog("draft"))
        self.linked = QListWidget()
        self.linked.setObjectName("linkedList")
        self.linked.setAccessibleName(self.tr("Koblet til punktet"))
        self.linked.setMaximumHeight(110)
        self.linked.setWordWrap(True)
        self.linked.setAccessibleDescription(self.tr("Enter eller dobbeltklik åbner opgaven eller udkastet."))
        self.linked.itemActivated.connect(self.open_linked)
        link_bar = QHBoxLayout()
        link_bar.addWidget(QLabel(self.tr("Koblet til punktet:")))
        link_bar.addStretch(1)
        link_bar.addWidget(self.request_btn)
        link_bar.addWidget(self.draft_btn)
        item_box = QWidget()
        il = QVBoxLayout(item_box)
        il.setContentsMargins(0, 0, 0, 0)
        il.addWidget(self.sections, 1)
        il.addLayout(link_bar)
        il.addWidget(self.linked)
        right_split = QSplitter(Qt.Orientation.Vertical)
        right_split.addWidget(self.item_view)
        right_split.addWidget(item_box)
        right_split.setSizes([260, 340])
        right = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        from secretary_app.ui.empty_state import EmptyState

        self.empty = EmptyState("meetingsEmpty", self)
        rl.addWidget(self.empty)
        rl.addWidget(self.details)
        rl.addWidget(right_split, 1)

        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(1, 1)
        split.setSizes([440, 800])
        self.status = QLabel()
        self.status.setObjectName("meetingStatus")
        lay = QVBoxLayout(self)
        lay.addLayout(bar)
        lay.addWidget(split, 1)
        lay.addWidget(self.status)

        self._update_buttons()

    def title(self) -> str:
        return self.tr("Møder")

    # --- group and month -------------------------------------------------------------------

    def set_group(self, group_id: int) -> None:
        super().set_group(group_id)
        self.meeting = None
        self.refresh_month()

    def on_shown(self) -> None:
        self.refresh_month(keep=self.meeting.id if self.meeting else None)

    def on_changes(self, notice) -> None:
        if notice.touches(Kind.MEETINGS | Kind.AGENDA_ITEMS):
            ids = notice.ids_of(Kind.MEETINGS)
            keep = next(iter(ids)) if len(ids) == 1 else (self.meeting.id if self.meeting else None)
            self.meeting = None
            self.refresh_month(keep=keep)
        elif self.meeting is not None:
            self.item_model.set_links(self._links())
            self._show_linked()

    def show_month(self, year: int, month: int) -> None:
        self.calendar.setCurrentPage(year, month)
        self.refresh_month()

    def refresh_month(self, keep: int | None = None) -> None:
        from secretary_app.services import meetings

        for d in self._marked:
            self.calendar.setDateTextFormat(d, QTextCharFormat())
        self._marked = []
        if self.group_id is None:
            self.meeting_model.set_rows([], {})
            return
        year, month = self.calendar.yearShown(), self.calendar.monthShown()
        rows = meetings.list_meetings(self.ctx.store, self.group_id, year, month)
        counts = meetings.item_counts(self.ctx.store, [m.id for m in rows])
        self.meeting_model.set_rows(rows, counts)
        fmt = QTextCharFormat()
        fmt.setBackground(QBrush(MEETING_DAY))
        fmt.setForeground(QBrush(QColor("#000000")))  # dark on the light mark, whatever the palette
        fmt.setFontWeight(QFont.Weight.Bold)
        for m in rows:
            qd = QDate(m.date.year, m.date.month, m.date.day)
            titles = [x.body_name or x.body_kind for x in rows if x.date == m.date]
            f = QTextCharFormat(fmt)
            f.setToolTip("\n".join(titles))
            self.calendar.setDateTextFormat(qd, f)
            self._marked.append(qd)
        from secretary_app.domain.dates import format_month

        n = len(rows)
        self.month_label.setText(self.tr("%1: %2 møder").replace("%1", format_month(year, month, self.ctx.lang))
                                 .replace("%2", str(n)))
        target = keep if keep is not None else (self.meeting.id if self.meeting else None)
        row = self.meeting_model.row_of(target) if target is not None else -1
        if row < 0 and rows:
            today = local_today()
            upcoming = [i for i, m in enumerate(rows) if m.date >= today]
            row = upcoming[0] if upcoming else 0
        if row >= 0:
            self.select_meeting_row(row)
        else:
            self._show_meeting(None)

    def select_meeting_row(self, row: int) -> None:
        idx = self.meeting_model.index(row, 0)
        self.meeting_view.selectionModel().setCurrentIndex(
            idx, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self._show_meeting(self.meeting_model.meeting_at(row))

    def select_meeting(self, meeting_id: int) -> None:
        """Show the month of a meeting and select it."""
        from secretary_app.services import meetings

        m = meetings.get_meeting(self.ctx.store, meeting_id)
        self.calendar.setSelectedDate(QDate(m.date.year, m.date.month, m.date.day))
        self.calendar.setCurrentPage(m.date.year, m.date.month)
        self.refresh_month(keep=meeting_id)

    def _day_clicked(self, qd: QDate) -> None:
        day = dt.date(qd.year(), qd.month(), qd.day())
        for row, m in enumerate(self.meeting_model.rows):
            if m.date == day:
                self.select_meeting_row(row)
                return

    def _meeting_selected(self, current, _previous) -> None:
        m = self.meeting_model.meeting_at(current.row()) if current.isValid() else None
        if (m and self.meeting and m.id == self.meeting.id):
            return
        self._show_meeting(m)

    # --- one meeting ----------------------------------------------------------------------------

    def _links(self) -> dict[int, int]:
        from secretary_app.services import meetings

        return meetings.link_counts(self.ctx.store, self.meeting.id) if self.meeting else {}

    def _show_meeting(self, m) -> None:
        from secretary_app.services import meetings

        self.meeting = m
        self._update_empty()
        if m is None:
            self.details.setText(self.tr("<i>Ingen møder i denne måned. Opret et møde eller importér "
                                         "en dagsorden eller mødeplan.</i>"))
            self.item_model.set_rows([], {})
            self._item_selected(None, None)
            self._update_buttons()
            return
        wd = weekday_name(m.date, self.ctx.lang).capitalize()
        when = f"{wd} {format_long(m.date, self.ctx.lang)}"
        if m.start_time:
            when += (" " + self.tr("kl.") + f" {m.start_time:%H:%M}"
                     + (f"–{m.end_time:%H:%M}" if m.end_time else ""))
        parts = [f"<big><b>{html.escape(meetings.body_label(m, self.ctx.lang))}</b></big>"
                 + (f" – {html.escape(m.title)}" if m.title else ""),
                 html.escape(when)]
        if m.place:
            parts.append(self.tr("Sted: %1").replace("%1", html.escape(m.place)))
        if m.group_meeting_start:
            end = f"–{m.group_meeting_end:%H:%M}" if m.group_meeting_end else ""
            parts.append(self.tr("Gruppemøde: kl. %1").replace("%1", f"{m.group_meeting_start:%H:%M}{end}"))
        self.details.setText("<br>".join(parts))
        items = meetings.list_items(self.ctx.store, m.id)
        self.item_model.set_rows(items, self._links())
        if items:
            self.item_view.selectRow(0)
        else:
            self._item_selected(None, None)
        self._update_buttons()

    def current_item(self):
        idx = self.item_view.currentIndex()
        return self.item_model.item_at(idx.row()) if idx.isValid() else None

    def _item_selected(self, current, _previous) -> None:
        from secretary_app.services import meetings

        it = self.item_model.item_at(current.row()) if current is not None and current.isValid() else None
        if it is None:
            hint = "" if self.meeting is None else (
                self.tr("Mødet har ingen dagsorden endnu. Importér den (Importér dagsorden …), så kan du "
                        "koble opgaver og udkast til punkterne.") if self.item_model.rowCount() == 0
                else self.tr("Vælg et punkt på dagsordenen."))
            self.sections.setHtml(f"<p><i>{html.escape(hint)}</i></p>" if hint else "")
            self.linked.clear()
            self._update_buttons()
            return
        out = [f"<h3>{html.escape(it.number)} {html.escape(it.title)}</h3>"]
        meta = []
        if it.case_number:
            meta.append(self.tr("Sagsnr. %1").replace("%1", html.escape(it.case_number))
                        + (f" ({html.escape(it.initials)})" if it.initials else ""))
        if it.attachments:
            meta.append(self.tr("%1 bilag (./.)").replace("%1", str(it.attachments)))
        if meta:
            out.append(f"<p><small>{' · '.join(meta)}</small></p>")
        for name, text in meetings.item_sections(it).items():
            paras = "".join(f"<p>{html.escape(p).replace(chr(10), '<br>')}</p>" for p in text.split("\n\n"))
            out.append(f"<h4>{html.escape(name)}</h4>{paras}")
        self.sections.setHtml("".join(out))
        self._show_linked()
        self._update_buttons()

    def _show_linked(self) -> None:
        from secretary_app.services import meetings

        self.linked.clear()
        it = self.current_item()
        if it is None:
            return
        links = meetings.linked_items(self.ctx.store, it.id)
        for r in links["requests"]:
            due = (", " + self.tr("frist %1").replace("%1", f"{r['due_date']:%d-%m-%Y}")) if r["due_date"] else ""
            row = QListWidgetItem(self.tr("Opgave: %1 – %2").replace("%1", r["title"]).replace("%2", r["member"])
                                  + due, self.linked)
            row.setData(Qt.ItemDataRole.UserRole, ("request", r["id"]))
            row.setToolTip(self.tr("Dobbeltklik for at åbne opgaven"))
        for d in links["drafts"]:
            row = QListWidgetItem(self.tr("Udkast: %1 – %2").replace("%1", d["title"] or "")
                                  .replace("%2", d["member"]), self.linked)
            row.setData(Qt.ItemDataRole.UserRole, ("draft", d["id"]))
            row.setToolTip(self.tr("Dobbeltklik for at åbne udkastet"))
        if self.linked.count() == 0:
            placeholder = QListWidgetItem(self.tr("Intet koblet endnu."), self.linked)
            placeholder.setFlags(Qt.ItemFlag.NoItemFlags)

    def open_linked(self, row: QListWidgetItem | None = None) -> None:
        """Open the request (on the board) or the draft (in Udkast) a line under *Koblet til
        punktet* names."""
        row = row or self.linked.currentItem()
        target = row.data(Qt.ItemDataRole.UserRole) if row is not None else None
        if not target:
            return
        kind, target_id = target
        if kind == "request":
            self.ctx.nav.open_request(target_id)
        else:
            self.ctx.nav.open_draft(target_id)

    def _update_buttons(self) -> None:
        from secretary_app.services import meetings

        has_group = self.group_id is not None
        for b in (self.new_btn, self.import_btn, self.plan_btn, self.export_btn):
            b.setEnabled(has_group)
        self.edit_btn.setEnabled(self.meeting is not None)
        self.delete_btn.setEnabled(self.meeting is not None)
        has_item = self.current_item() is not None
        self.request_btn.setEnabled(has_item)
        self.draft_btn.setEnabled(has_item)
        pick = "" if has_item else self.tr("Vælg et dagsordenspunkt først")
        self.request_btn.setToolTip(pick or self.tr("Opret en opgave koblet til punktet"))
        self.draft_btn.setToolTip(pick or self.tr("Opret et udkast koblet til punktet"))
        none = "" if self.meeting is not None else self.tr("Vælg et møde først")
        self.edit_btn.setToolTip(none)
        self.delete_btn.setToolTip(none)

    def _update_empty(self) -> None:
        from secretary_app.services import meetings

        if self.group_id is not None and not meetings.list_meetings(self.ctx.store, self.group_id):
            self.empty.show_state(self.tr("Ingen møder endnu. Importér mødeplanen for byrådet og udvalgene, "
                                          "eller opret et møde; dagsordener importeres til møderne."),
                                  self.tr("Importér mødeplan …"), self.import_plan_dialog)
        else:
            self.empty.hide()

    # --- actions -------------------------------------------------------------------------------

    def new_meeting(self) -> None:
        from secretary_app.ui.meetings.dialogs import MeetingDialog

        if self.group_id is None:
            return
        qd = self.calendar.selectedDate()
        dlg = MeetingDialog(self.ctx, self.group_id, day=dt.date(qd.year(), qd.month(), qd.day()), parent=self)
        if dlg.exec() and dlg.result_meeting is not None:
            self.select_meeting(dlg.result_meeting.id)

    def edit_meeting(self) -> None:
        from secretary_app.ui.meetings.dialogs import MeetingDialog

        if self.meeting is None:
            return
        dlg = MeetingDialog(self.ctx, self.group_id, meeting=self.meeting, parent=self)
        if dlg.exec() and dlg.result_meeting is not None:
            self.meeting = None
            self.select_meeting(dlg.result_meeting.id)

    def delete_meeting(self, confirm: bool = True) -> None:
        from secretary_app.services import meetings

        m = self.meeting
        if m is None:
            return
        if confirm:
            answer = QMessageBox.question(
                self, self.tr("Slet møde"),
                self.tr("Slet mødet %1 og dets dagsorden? Opgaver og udkast, der er koblet til punkterne, "
                        "bevares, men mister koblingen.").replace("%1", meetings.meeting_label(m, self.ctx.lang)))
            if answer != QMessageBox.StandardButton.Yes:
                return
        mid = m.id

        def done(_r) -> None:
            self.meeting = None
            self.refresh_month()

        self.ctx.ops.change(self.tr("Slet møde"), lambda store: meetings.delete_meeting(store, mid),
                            changes=Changes.of(Kind.MEETINGS, mid) | Changes.of(Kind.AGENDA_ITEMS)) \
            .success(done).with_parent(self).run()

    def export_dialog(self) -> None:
        from secretary_app.services import groups

        if self.group_id is None:
            return
        name = groups.get_group(self.ctx.store, self.group_id).name
        default = str(Path(self._last_dir or Path.home()) / f"{name} - møder.ics")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Eksportér kalender"), default,
                                              self.tr("Kalender (*.ics)"))
        if path:
            if not path.lower().endswith(".ics"):
                path += ".ics"
            self.export_calendar(path)

    def export_calendar(self, path: str) -> None:
        from secretary_app.services.calendar import export_calendar

        group_id, lang = self.group_id, self.ctx.lang
        self.ctx.ops.job(self.tr("Eksportér kalender"),
                         lambda store, _progress: export_calendar(store, group_id, path, lang=lang)) \
            .with_preload(*CALENDAR_EXPORTS) \
            .success(lambda n: self.status.setText(self.tr("Skrev %1 begivenheder til %2.")
                                                   .replace("%1", str(n)).replace("%2", path))) \
            .with_parent(self).run()

    def link_dialog(self, kind: str) -> None:
        from secretary_app.ui.meetings.dialogs import LinkDialog

        it = self.current_item()
        if it is None:
            return
        dlg = LinkDialog(self.ctx, it.id, kind, parent=self)
        dlg.exec()  # the new request or draft is announced by its operation
