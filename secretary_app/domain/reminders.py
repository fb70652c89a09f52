"""Which deadlines to remind the secretary of, and when to keep quiet. Pure functions."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Iterable

from secretary_app.domain.workdays import is_working_day


@dataclass(frozen=True)
class Deadline:
    request_id: int
    title: str
    member: str
    due: dt.date


@dataclass(frozen=True)
class Reminder:
    kind: str  # "before" | "today" | "overdue"
    deadline: Deadline

    @property
    def key(self) -> tuple[int, str, dt.date]:
        return (self.deadline.request_id, self.kind, self.deadline.due)


def due_reminders(deadlines: Iterable[Deadline], today: dt.date, days_before: int = 1,
                  already: set | frozenset = frozenset()) -> list[Reminder]:
    """A reminder ``days_before`` days ahead, one on the day and one once it is overdue;
    each at most once (``already`` holds the keys shown before)."""
    out = []
    for d in deadlines:
        if d.due < today:
            kind = "overdue"
        elif d.due == today:
            kind = "today"
        elif days_before > 0 and (d.due - today).days <= days_before:
            kind = "before"
        else:
            continue
        reminder = Reminder(kind, d)
        if reminder.key not in already:
            out.append(reminder)
    out.sort(key=lambda r: (("overdue", "today", "before").index(r.kind), r.deadline.due, r.deadline.title))
    return out


def quiet(now: dt.datetime, start_hour: int = 8, end_hour: int = 17, extra_closing=()) -> bool:
    """Outside working hours (evenings, weekends, public holidays) nothing pops up."""
    if not is_working_day(now.date(), extra_closing):
        return True
    return not (start_hour <= now.hour < end_hour)
