"""A party group's meetings and deadlines as an iCalendar (.ics) file for Outlook/Google.

Events and their UIDs (stable, so importing a newer export updates instead of duplicating):

* a meeting:            ``<meeting.uid>@secretary-app``
* its group meeting:    ``<meeting.uid>-group@secretary-app`` (a separate event, so it shows
  as its own block before the meeting)
* a request's due date: ``request-<id>-due@secretary-app`` (all-day)
* a question's answer deadline (answer_due): ``request-<id>-answer@secretary-app`` (all-day)

Deadlines are exported for requests that are open (not done/declined, not in the trash).
Times are Europe/Copenhagen with a VTIMEZONE, which Outlook needs. SEQUENCE grows with
each export (minutes since 2024), so clients accept the newer copy as an update.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from secretary_app.domain.dates import COPENHAGEN, format_short, utc_now
from secretary_app.domain.vocab import OPEN_STATUSES

PRODID = "-//Medlemssekretaer//secretary-app//DA"
UID_DOMAIN = "secretary-app"
_EPOCH = dt.datetime(2024, 1, 1)


def meeting_uid(uid: str) -> str:
    return f"{uid}@{UID_DOMAIN}"


def group_meeting_uid(uid: str) -> str:
    return f"{uid}-group@{UID_DOMAIN}"


def request_uid(request_id: int, kind: str = "due") -> str:
    return f"request-{request_id}-{kind}@{UID_DOMAIN}"


def build_calendar(store, group_id: int, *, lang: str = "da", start: dt.date | None = None,
                   now: dt.datetime | None = None) -> bytes:
    """The .ics bytes for one group (meetings from ``start`` on, if given)."""
    from icalendar import Calendar, Event
    from sqlmodel import select

    from secretary_app.services import groups, meetings
    from secretary_app.store.models import Member, Request

    now = now or utc_now()
    stamp = now.replace(tzinfo=dt.timezone.utc)
    sequence = max(0, int((now - _EPOCH).total_seconds() // 60))
    group = groups.get_group(store, group_id)
    en = lang == "en"

    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("x-wr-calname", f"{group.name} – {'meetings and deadlines' if en else 'møder og frister'}")
    cal.add("x-wr-timezone", "Europe/Copenhagen")

    def event(uid: str, summary: str) -> Event:
        ev = Event()
        ev.add("uid", uid)
        ev.add("dtstamp", stamp)
        ev.add("sequence", sequence)
        ev.add("summary", summary)
        return ev

    for m in meetings.list_meetings(store, group_id, start=start):
        label = meetings.body_label(m, lang)
        summary = f"{label}: {m.title}" if m.title and m.title.lower() != "dagsorden" else label
        ev = event(meeting_uid(m.uid), summary)
        _times(ev, m.date, m.start_time, m.end_time, default_hours=2)
        if m.place:
            ev.add("location", m.place)
        items = meetings.list_items(store, m.id)
        lines = [f"{it.number} {it.title}" + (f" ({it.case_number})" if it.case_number else "")
                 for it in items]
        desc = "\n".join(([("Agenda:" if en else "Dagsorden:")] + lines) if lines else [])
        if m.notes:
            desc = (desc + "\n\n" + m.notes).strip()
        if desc:
            ev.add("description", desc)
        ev.add("categories", ["Møde" if not en else "Meeting"])
        cal.add_component(ev)
        if m.group_meeting_start:
            g = event(group_meeting_uid(m.uid),
                      (f"Group meeting before {label}" if en else f"Gruppemøde før {label}"))
            _times(g, m.date, m.group_meeting_start, m.group_meeting_end or m.start_time, default_hours=1)
            if m.place:
                g.add("location", m.place)
            cal.add_component(g)

    with store.session() as s:
        names = {mem.id: mem.name for mem in s.exec(select(Member).where(Member.group_id == group_id))}
        reqs = list(s.exec(select(Request).where(Request.group_id == group_id,
                                                 Request.deleted_at.is_(None),
                                                 Request.status.in_(OPEN_STATUSES))
                           .order_by(Request.id)))
    for r in reqs:
        who = names.get(r.member_id, "")
        if r.due_date:
            ev = event(request_uid(r.id, "due"),
                       (f"Deadline: {r.title} ({who})" if en else f"Frist: {r.title} ({who})"))
            _all_day(ev, r.due_date)
            ev.add("description", (f"Due {format_short(r.due_date)}" if en else
                                   f"Frist {format_short(r.due_date)}") + f" – {who}")
            cal.add_component(ev)
        if r.answer_due:
            ev = event(request_uid(r.id, "answer"),
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


def export_calendar(store, group_id: int, out: Path | str, **kw) -> int:
    """Write the group's calendar atomically; returns the number of events."""
    from secretary_app.exports.atomic import atomic_output

    data = build_calendar(store, group_id, **kw)
    with atomic_output(Path(out)) as tmp:
        Path(tmp).write_bytes(data)
    return data.count(b"BEGIN:VEVENT")
