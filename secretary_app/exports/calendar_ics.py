"""A party group's meetings and deadlines as an iCalendar (.ics) file for Outlook/Google.

Events and their UIDs (stable, so importing a newer export updates instead of duplicating):

* a meeting:            ``<meeting.uid>@secretary-app``
* its group meeting:    ``<meeting.uid>-group@secretary-app`` (a separate event, so it shows
  as its own block before the meeting)
* a request's due date: ``request-<id>-due@secretary-app`` (all-day)
* a question's answer deadline (answer_due): ``request-<id>-answer@secretary-app`` (all-day)

Times are Europe/Copenhagen with a VTIMEZONE, which Outlook needs. SEQUENCE grows with
each export (minutes since 2024), so clients accept the newer copy as an update.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from secretary_app.domain.dates import COPENHAGEN, format_short, utc_now

PRODID = "-//Medlemssekretaer//secretary-app//DA"
UID_DOMAIN = "secretary-app"
_EPOCH = dt.datetime(2024, 1, 1)


def meeting_uid(uid: str) -> str:
    return f"{uid}@{UID_DOMAIN}"


def group_meeting_uid(uid: str) -> str:
    return f"{uid}-group@{UID_DOMAIN}"


def request_uid(request_id: int, kind: str = "due") -> str:
    return f"request-{request_id}-{kind}@{UID_DOMAIN}"


@dataclass(frozen=True)
class CalendarMeeting:
    uid: str
    summary: str
    date: dt.date
    start_time: dt.time | None
    end_time: dt.time | None
    place: str
    description: str
    group_meeting_start: dt.time | None
    group_meeting_end: dt.time | None
    body: str  # names the group meeting: "Gruppemøde før <body>"


@dataclass(frozen=True)
class CalendarDeadline:
    request_id: int
    title: str
    member: str
    due_date: dt.date | None
    answer_due: dt.date | None


@dataclass(frozen=True)
class CalendarData:
    """What one group's calendar holds; ``services.calendar`` reads it from the store."""

    group_name: str
    meetings: list[CalendarMeeting] = field(default_factory=list)
    deadlines: list[CalendarDeadline] = field(default_factory=list)


def build_calendar(data: CalendarData, *, lang: str = "da", now: dt.datetime | None = None) -> bytes:
    """The .ics bytes for one group's meetings and open deadlines."""
    from icalendar import Calendar, Event

    now = now or utc_now()
    stamp = now.replace(tzinfo=dt.timezone.utc)
    sequence = max(0, int((now - _EPOCH).total_seconds() // 60))
    en = lang == "en"

    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("x-wr-calname", f"{data.group_name} – {'meetings and deadlines' if en else 'møder og frister'}")
    cal.add("x-wr-timezone", "Europe/Copenhagen")

    def event(uid: str, summary: str) -> Event:
        ev = Event()
        ev.add("uid", uid)
        ev.add("dtstamp", stamp)
        ev.add("sequence", sequence)
        ev.add("summary", summary)
        return ev

    for m in data.meetings:
        ev = event(meeting_uid(m.uid), m.summary)
        _times(ev, m.date, m.start_time, m.end_time, default_hours=2)
        if m.place:
            ev.add("location", m.place)
        if m.description:
            ev.add("description", m.description)
        ev.add("categories", ["Møde" if not en else "Meeting"])
        cal.add_component(ev)
        if m.group_meeting_start:
            g = event(group_meeting_uid(m.uid),
                      (f"Group meeting before {m.body}" if en else f"Gruppemøde før {m.body}"))
            _times(g, m.date, m.group_meeting_start, m.group_meeting_end or m.start_time, default_hours=1)
            if m.place:
                g.add("location", m.place)
            cal.add_component(g)

    for r in data.deadlines:
        who = r.member
        if r.due_date:
            ev = event(request_uid(r.request_id, "due"),
                       (f"Deadline: {r.title} ({who})" if en else f"Frist: {r.title} ({who})"))
            _all_day(ev, r.due_date)
            ev.add("description", (f"Due {format_short(r.due_date)}" if en else
                                   f"Frist {format_short(r.due_date)}") + f" – {who}")
            cal.add_component(ev)
        if r.answer_due:
            ev = event(request_uid(r.request_id, "answer"),
                       (f"Answer due: {r.title} ({who})" if en else f"Svarfrist: {r.title} ({who})"))
            _all_day(ev, r.answer_due)
            cal.add_component(ev)
    cal.add_missing_timezones()
    return cal.to_ical()


def _times(ev, day: dt.date, start: dt.time | None, end: dt.time | None, default_hours: int) -> None:
    if start is None:
        _all_day(ev, day)
        return
    begin = dt.datetime.combine(day, start, tzinfo=COPENHAGEN)
    finish = dt.datetime.combine(day, end, tzinfo=COPENHAGEN) if end and end > start \
        else begin + dt.timedelta(hours=default_hours)
    ev.add("dtstart", begin)
    ev.add("dtend", finish)


def _all_day(ev, day: dt.date) -> None:
    ev.add("dtstart", day)
    ev.add("dtend", day + dt.timedelta(days=1))
    ev.add("transp", "TRANSPARENT")


def write_calendar(data: CalendarData, out: Path | str, **kw) -> int:
    """Write the calendar atomically; returns the number of events."""
    from secretary_app.exports.atomic import atomic_output

    ics = build_calendar(data, **kw)
    with atomic_output(Path(out)) as tmp:
        Path(tmp).write_bytes(ics)
    return ics.count(b"BEGIN:VEVENT")
