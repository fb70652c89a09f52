import datetime as dt

from secretary_app.domain.reminders import Deadline, due_reminders, quiet


def test_a_day_before_on_the_day_and_overdue_each_once():
    today = dt.date(2026, 11, 18)
    deadlines = [Deadline(1, "A", "Ane", today + dt.timedelta(days=1)), Deadline(2, "B", "Bo", today),
                 Deadline(3, "C", "Cy", today - dt.timedelta(days=3)), Deadline(4, "D", "Di", today + dt.timedelta(days=5))]
    found = due_reminders(deadlines, today, days_before=1)
    assert [(r.kind, r.deadline.request_id) for r in found] == [("overdue", 3), ("today", 2), ("before", 1)]
    assert due_reminders(deadlines, today, 1, {r.key for r in found}) == []
    assert [r.deadline.request_id for r in due_reminders(deadlines, today, days_before=0)] == [3, 2]


def test_quiet_outside_working_hours_weekends_and_holidays():
    assert not quiet(dt.datetime(2026, 11, 18, 10, 0))  # a Wednesday morning
    assert quiet(dt.datetime(2026, 11, 18, 19, 0))
    assert quiet(dt.datetime(2026, 11, 18, 7, 59))
    assert quiet(dt.datetime(2026, 11, 21, 10, 0))  # Saturday
    assert quiet(dt.datetime(2026, 12, 25, 10, 0))  # Christmas Day
