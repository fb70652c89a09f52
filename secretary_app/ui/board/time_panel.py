"""Time spent on a request: the entries, manual entry, and the running stopwatch.

One ``RequestTimer`` lives on the UI context, so the stopwatch keeps running when the
request's dialog closes (as in Toggl or Outlook's task timer) and is shown in the status bar.
Stopping it logs the elapsed minutes (rounded up, at least one) as a time entry.
"""

from __future__ import annotations

import datetime as dt
import math

from PySide6.QtCore import QDate, QObject, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QPushButton, QSpinBox,
    QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget,
)

from secretary_app.domain.changes import Kind
from secretary_app.domain.dates import format_short, local_today, utc_now
from secretary_app.domain.errors import AppError
from secretary_app.ui.forms import ErrorLabel, date_edit


def hours_minutes(minutes: int) -> str:
    """``1:05`` – the t:mm form the activity log uses."""
    return f"{minutes // 60}:{minutes % 60:02d}"


class RequestTimer(QObject):
    """At most one running stopwatch per app: which request, since when."""

    changed = Signal()  # started or stopped
    tick = Signal(str)  # "0:12:34" every second while running
    logged = Signal(int, int)  # request id, minutes

    def __init__(self, ctx, parent: QObject | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.request_id: int | None = None
        self.title = ""
        self.started_at: dt.datetime | None = None  # naive UTC, as stored
        self._tick = QTimer(self)
        self._tick.setInterval(1000)
        self._tick.timeout.connect(lambda: self.tick.emit(self.elapsed_text()))

    @classmethod
    def of(cls, ctx) -> "RequestTimer":
        timer = getattr(ctx, "request_timer", None)
        if timer is None:
            timer = ctx.request_timer = cls(ctx)
        return timer

    @property
    def running(self) -> bool:
        return self.request_id is not None

    def elapsed_seconds(self) -> int:
        if self.started_at is None:
            return 0
        return max(0, int((utc_now() - self.started_at).total_seconds()))

    def elapsed_text(self) -> str:
        s = self.elapsed_seconds()
        return f"{s // 3600}:{s // 60 % 60:02d}:{s % 60:02d}"

    def start(self, request_id: int, title: str = "") -> int | None:
        """Start timing a request; a stopwatch already running for another one is stopped
        (and its time logged) first. Returns the minutes logged for the previous one."""
        logged = None
        if self.running and self.request_id != request_id:
            logged = self.stop()
        if self.request_id == request_id:
            return logged
        self.request_id, self.title, self.started_at = request_id, title, utc_now()
        self._tick.start()
        self.changed.emit()
        self.tick.emit(self.elapsed_text())
        return logged

    def stop(self, note: str = "") -> int | None:
        """Stop and log the elapsed time (rounded up to whole minutes). None if not running."""
        from secretary_app.services import requests as svc

        if not self.running:
            return None
        rid, started = self.request_id, self.started_at
        minutes = max(1, math.ceil(self.elapsed_seconds() / 60))
        minutes = min(minutes, svc.MAX_LOG_MINUTES)
        self.request_id, self.title, self.started_at = None, "", None
        self._tick.stop()
        self.changed.emit()
        label = note or self.tr("Tidtagning")
        self.ctx.ops.change(
            self.tr("Registrér tid"),
            lambda store: svc.log_time(store, rid, minutes, None, label, started_at=started),
            undo=lambda store, entry: svc.delete_time_entry(store, entry.id),
        ).success(lambda _entry: self.logged.emit(rid, minutes)).run()
        return minutes

    def discard(self) -> None:
        self.request_id, self.title, self.started_at = None, "", None
        self._tick.stop()
        self.changed.emit()


class TimerStatus(QWidget):
    """The status-bar part of the stopwatch: what is being timed, for how long, and Stop."""

    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(parent)
        self.timer = RequestTimer.of(ctx)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel()
        self.label.setObjectName("timerStatus")
        self.stop_button = QPushButton(self.tr("Stop tidtagning"))
        self.stop_button.clicked.connect(lambda: self.timer.stop())
        lay.addWidget(self.label)
        lay.addWidget(self.stop_button)
        self.timer.changed.connect(self._update)
        self.timer.tick.connect(self._update)
        self._update()

    def _update(self, *_):
        running = self.timer.running
        self.setVisible(running)
        if running:
            title = self.timer.title if len(self.timer.title) <= 40 else self.timer.title[:39] + "…"
            self.label.setText("⏱ " + self.timer.elapsed_text() + " – " + title)


class TimePanel(QWidget):
    """Time entries of one saved request, manual entry and the stopwatch."""

    changed = Signal()

    def __init__(self, ctx, request_id: int, title: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.request_id = request_id
        self.title = title
        self.timer = RequestTimer.of(ctx)
        lay = QVBoxLayout(self)

        self.entries = QTreeWidget()
        self.entries.setObjectName("timeEntries")
        self.entries.setRootIsDecorated(False)
        self.entries.setAlternatingRowColors(True)
        self.entries.setSelectionMode(QAbstractItemView.SingleSelection)
        self.entries.setHeaderLabels([self.tr("Dato"), self.tr("Tid"), self.tr("Note")])
        self.entries.header().setSectionResizeMode(QHeaderView.ResizeToContents)
        self.entries.header().setStretchLastSection(True)
        lay.addWidget(self.entries, 1)
        self.total = QLabel()
        self.total.setObjectName("timeTotal")
        lay.addWidget(self.total)

        row = QHBoxLayout()
        self.date = date_edit()
        self.date.setMaximumDate(QDate(local_today()).addDays(1))
        self.minutes = QSpinBox()
        self.minutes.setObjectName("timeMinutes")
        self.minutes.setRange(1, 16 * 60)
        self.minutes.setValue(30)
        self.minutes.setSuffix(self.tr(" min"))
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("Note (valgfri)"))
        self.add_button = QPushButton(self.tr("Registrér tid"))
        self.add_button.setObjectName("addTime")
        self.add_button.clicked.connect(self.add_entry)
        self.note.returnPressed.connect(self.add_entry)
        for w in (self.date, self.minutes):
            row.addWidget(w)
        row.addWidget(self.note, 1)
        row.addWidget(self.add_button)
        lay.addLayout(row)

        row2 = QHBoxLayout()
        self.timer_button = QPushButton()
        self.timer_button.setObjectName("timerButton")
        self.timer_button.clicked.connect(self.toggle_timer)
        self.delete_button = QPushButton(self.tr("Slet valgt registrering"))
        self.delete_button.clicked.connect(self.delete_selected)
        row2.addWidget(self.timer_button)
        row2.addStretch(1)
        row2.addWidget(self.delete_button)
        lay.addLayout(row2)
        self.error = ErrorLabel(self)
        lay.addWidget(self.error)

        self.timer.changed.connect(self._update_timer)
        self.timer.tick.connect(self._update_timer)
        ctx.ops.changes_applied.connect(self._on_changes)
        self._update_timer()
        self.reload()

    def _on_changes(self, notice) -> None:
        if notice.touches(Kind.TIME_ENTRIES):
            self.reload()

    def reload(self) -> None:
        from secretary_app.services import requests as svc

        self.entries.clear()
        total = 0
        for e in svc.list_time_entries(self.ctx.store, self.request_id):
            item = QTreeWidgetItem([format_short(e.work_date), hours_minutes(e.minutes), e.note])
            item.setData(0, 256, e.id)
            self.entries.addTopLevelItem(item)
            total += e.minutes
        self.total.setText(self.tr("I alt: %1 timer (%2 min)").replace("%1", hours_minutes(total))
                           .replace("%2", str(total)))
        self.changed.emit()

    def add_entry(self) -> None:
        from secretary_app.services import requests as svc

        d = self.date.date()
        rid, minutes, note = self.request_id, self.minutes.value(), self.note.text()
        day = dt.date(d.year(), d.month(), d.day())

        def logged(_entry) -> None:
            self.error.show_error("")
            self.note.clear()

        self.ctx.ops.change(self.tr("Registrér tid"), lambda store: svc.log_time(store, rid, minutes, day, note),
                            undo=lambda store, entry: svc.delete_time_entry(store, entry.id)) \
            .success(logged).failure(lambda exc: self._show(exc)).with_parent(self).run()

    def delete_selected(self) -> None:
        from secretary_app.services import requests as svc

        item = self.entries.currentItem()
        if item is None:
            return
        rid = self.request_id
        current = {"id": item.data(0, 256)}  # undo re-creates the entry under a new id; redo deletes that

        def undo(store, entry):
            if entry is not None:
                current["id"] = svc.log_time(store, rid, entry.minutes, entry.work_date, entry.note,
                                             started_at=entry.started_at).id

        self.ctx.ops.change(self.tr("Slet tidsregistrering"),
                            lambda store: svc.delete_time_entry(store, current["id"]),
                            undo=undo).with_parent(self).run()

    def _show(self, exc: BaseException) -> None:
        if isinstance(exc, AppError):
            self.error.show_error(exc.message(self.ctx.lang))
        else:
            self.error.show_error(self.tr("Tiden blev ikke registreret."))

    def toggle_timer(self) -> None:
        try:
            if self.timer.running and self.timer.request_id == self.request_id:
                self.timer.stop()
            else:
                self.timer.start(self.request_id, self.title)
        except AppError as exc:
            self.error.show_error(exc.message(self.ctx.lang))

    def _update_timer(self, *_):
        mine = self.timer.running and self.timer.request_id == self.request_id
        if mine:
            self.timer_button.setText(self.tr("Stop tidtagning (%1)").replace("%1", self.timer.elapsed_text()))
        else:
            self.timer_button.setText(self.tr("Start tidtagning"))
