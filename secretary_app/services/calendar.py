"""A party group's meetings and open deadlines, read for the .ics calendar export.

Deadlines are exported for requests that are open (not done/declined, not in the trash).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from sqlmodel import select

from secretary_app.domain.vocab import OPEN_STATUSES
from secretary_app.exports import route
from secretary_app.exports.calendar_ics import CalendarData, CalendarDeadline, CalendarMeeting
from secretary_app.services import groups, meetings
from secretary_app.store.engine import Store
from secretary_app.store.models import Member, Request


def calendar_data(store: Store, group_id: int, *, lang: str = "da", start: dt.date | None = None) -> CalendarData:
    """Meetings (from ``start`` on, if given) with their agendas, and the open deadlines."""
    en = lang == "en"
    group = groups.get_group(store, group_id)
    found = meetings.list_meetings(store, group_id, start=start)
    items = meetings.items_by_meeting(store, [m.id for m in found])
    out = CalendarData(group.name)
    for m in found:
        label = meetings.body_label(m, lang)
        summary = f"{label}: {m.title}" if m.title and m.title.lower() != "dagsorden" else label
        lines = [f"{it.number} {it.title}" + (f" ({it.case_number})" if it.case_number else "")
                 for it in items.get(m.id, [])]
        desc = "\n".join(([("Agenda:" if en else "Dagsorden:")] + lines) if lines else [])
        if m.notes:
            desc = (desc + "\n\n" + m.notes).strip()
        out.meetings.append(CalendarMeeting(m.uid, summary, m.date, m.start_time, m.end_time, m.place, desc,
                                            m.group_meeting_start, m.group_meeting_end, label))
    with store.session() as s:
        names = {mem.id: mem.name for mem in s.exec(select(Member).where(Member.group_id == group_id))}
        for r in s.exec(select(Request).where(Request.group_id == group_id, Request.deleted_at.is_(None),
                                              Request.status.in_(OPEN_STATUSES)).order_by(Request.id)):
            if r.due_date or r.answer_due:
                out.deadlines.append(CalendarDeadline(r.id, r.title, names.get(r.member_id, ""),
                                                      r.due_date, r.answer_due))
    return out


def export_calendar(store: Store, group_id: int, out: Path | str, *, lang: str = "da",
                    start: dt.date | None = None, now: dt.datetime | None = None) -> int:
    """Write the group's calendar atomically; returns the number of events."""
    return route.export("calendar", calendar_data(store, group_id, lang=lang, start=start), "ics", out,
                        lang=lang, now=now)
