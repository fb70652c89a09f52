"""Deadline reminders: a tray icon and desktop notifications while the window is open.

Checked at start and every half hour; quiet outside working hours; each reminder (request,
kind, deadline) shown once per run of the app. Nothing runs when the app is closed.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

CHECK_MS = 30 * 60 * 1000


translate = QCoreApplication.translate  # as translate("Context", "text"), so lupdate finds the text


def read_deadlines(store):
    """Open requests with a deadline, in every party group (plain read on the db worker)."""
    from sqlmodel import select

    from secretary_app.domain.reminders import Deadline
    from secretary_app.domain.vocab import OPEN_STATUSES
    from secretary_app.store.models import Member, Request

    with store.session() as s:
        names = {m.id: m.name for m in s.exec(select(Member))}
        rows = s.exec(select(Request).where(Request.deleted_at.is_(None), Request.due_date.is_not(None),
                                            Request.status.in_(OPEN_STATUSES)))
        return [Deadline(r.id, r.title, names.get(r.member_id, ""), r.due_date) for r in rows]


class Reminders(QObject):
    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.ctx = window.ctx
        self.shown: set = set()
        self.last: list = []
        self.tray = None
        if QSystemTrayIcon.isSystemTrayAvailable():
            self.tray = QSystemTrayIcon(window.windowIcon(), self)
            self.tray.setToolTip(window.windowTitle())
            menu = QMenu(window)
            menu.addAction(translate("Reminders", "Vis Medlemssekretær"), window.bring_to_front)
            menu.addAction(translate("Reminders", "Vis I dag"), lambda: (window.bring_to_front(), window.show_page("today")))
            self.tray.setContextMenu(menu)
            self.tray.activated.connect(lambda *_: window.bring_to_front())
            self.tray.messageClicked.connect(lambda: (window.bring_to_front(), window.show_page("today")))
            self.tray.show()
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_MS)
        self.timer.timeout.connect(self.check)
        self.timer.start()
        QTimer.singleShot(5_000, self.check)

    def enabled(self) -> bool:
        return bool(getattr(self.ctx.settings, "reminders", True))

    def check(self, now: dt.datetime | None = None) -> None:
        if not self.enabled() or self.ctx.store is None or not self.window.isVisible():
            return  # closed (or closing) windows remind of nothing
        if getattr(getattr(self.window, "lock", None), "locked", False):
            return  # a locked window shows no titles, not even in a notification
        from secretary_app.domain.reminders import quiet

        settings = self.ctx.settings
        now = now or dt.datetime.now()
        if quiet(now, getattr(settings, "work_start_hour", 8), getattr(settings, "work_end_hour", 17)):
            return
        self.ctx.ops.query(read_deadlines).success(lambda rows: self._notify(rows, now.date())).run()

    def _notify(self, deadlines, today: dt.date) -> None:
        from secretary_app.domain.reminders import due_reminders

        days = int(getattr(self.ctx.settings, "reminder_days_before", 1))
        found = due_reminders(deadlines, today, days, self.shown)
        self.last = found
        if not found:
            return
        self.shown.update(r.key for r in found)
        counts = {k: sum(1 for r in found if r.kind == k) for k in ("overdue", "today", "before")}
        parts = []
        if counts["overdue"]:
            parts.append(translate("Reminders", "%1 over fristen").replace("%1", str(counts["overdue"])))
        if counts["today"]:
            parts.append(translate("Reminders", "%1 med frist i dag").replace("%1", str(counts["today"])))
        if counts["before"]:
            parts.append(translate("Reminders", "%1 med frist snart").replace("%1", str(counts["before"])))
        first = found[0].deadline
        # The member's name and the title are shown on this machine's own desktop only.
        body = ", ".join(parts) + "\n" + (f"{first.member}: {first.title}" if first.member else first.title)
        if self.tray is not None:
            self.tray.showMessage(translate("Reminders", "Påmindelse om frister"), body, QSystemTrayIcon.MessageIcon.Information,
                                  15_000)


def install_reminders(window) -> Reminders:
    window.reminders = Reminders(window)
    return window.reminders
