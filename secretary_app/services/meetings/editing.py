"""Meetings: their fields checked, created, edited, deleted (linked work stays, unlinked), listed."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from sqlmodel import Session, select

from secretary_app.domain import vocab
from secretary_app.domain.changes import Kind, changes
from secretary_app.domain.errors import ValidationError
from secretary_app.domain.validation import NAME_MAX, TEXT_MAX, clean_text
from secretary_app.services.lookup import get_or_not_found
from secretary_app.store.engine import Store
from secretary_app.store.models import AgendaItem, Draft, Meeting, PartyGroup, Request


BODY_CODES = vocab.codes(vocab.MEETING_BODIES)


def _as_date(value: Any) -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    from secretary_app.domain.dates import parse_date

    try:
        return parse_date(str(value or ""))
    except ValueError:
        raise ValidationError(f"Mødedatoen »{value}« er ugyldig (brug DD-MM-ÅÅÅÅ).",
                              f"The meeting date '{value}' is invalid (use YYYY-MM-DD).", field="date")


def _as_time(value: Any, name_da: str, name_en: str, fld: str) -> dt.time | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.time):
        return value.replace(second=0, microsecond=0)
    text = str(value).strip().replace(".", ":")
    try:
        h, _, m = text.partition(":")
        return dt.time(int(h), int(m or 0))
    except ValueError:
        raise ValidationError(f"{name_da} »{value}« er ugyldigt (brug TT:MM).",
                              f"{name_en} '{value}' is invalid (use HH:MM).", field=fld)


def clean_fields(data: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    if "date" in data:
        out["date"] = _as_date(data["date"])
        if not 1990 <= out["date"].year <= 2100:
            raise ValidationError("Mødedatoen ligger uden for 1990-2100.",
                                  "The meeting date is outside 1990-2100.", field="date")
    if "body_kind" in data:
        kind = (data["body_kind"] or "council").strip().lower()
        if kind not in BODY_CODES:
            raise ValidationError(f"Ukendt mødetype »{kind}« (brug {', '.join(BODY_CODES)}).",
                                  f"Unknown meeting body '{kind}' (use {', '.join(BODY_CODES)}).",
                                  field="body_kind")
        out["body_kind"] = kind
    for key, da, en in (("body_name", "Mødeforum", "The body"), ("title", "Titlen", "The title"),
                        ("place", "Mødestedet", "The place"), ("source", "Kilden", "The source")):
        if key in data:
            out[key] = clean_text(data[key], da, en, max_len=NAME_MAX, required=False)
    if "notes" in data:
        out["notes"] = clean_text(data["notes"], "Noterne", "The notes", max_len=TEXT_MAX,
                                  required=False, multiline=True)
    for key, da, en in (("start_time", "Starttidspunktet", "The start time"),
                        ("end_time", "Sluttidspunktet", "The end time"),
                        ("group_meeting_start", "Gruppemødets start", "The group meeting start"),
                        ("group_meeting_end", "Gruppemødets slut", "The group meeting end")):
        if key in data:
            out[key] = _as_time(data[key], da, en, key)
    return out


def check_times(m: Meeting) -> None:
    if m.start_time and m.end_time and m.end_time <= m.start_time:
        raise ValidationError(f"Mødet slutter ({m.end_time:%H:%M}) før det begynder ({m.start_time:%H:%M}).",
                              f"The meeting ends ({m.end_time:%H:%M}) before it starts ({m.start_time:%H:%M}).",
                              field="end_time")
    if m.group_meeting_start and m.group_meeting_end and m.group_meeting_end <= m.group_meeting_start:
        raise ValidationError("Gruppemødet slutter før det begynder.",
                              "The group meeting ends before it starts.", field="group_meeting_end")
    if m.group_meeting_end and not m.group_meeting_start:
        raise ValidationError("Angiv gruppemødets start, når slut er angivet.",
                              "Give the group meeting's start when its end is given.",
                              field="group_meeting_start")


@changes(Kind.MEETINGS)
def create_meeting(store: Store, group_id: int, date: Any, *, body_kind: str = "council",
                   body_name: str = "", title: str = "", start_time: Any = None, end_time: Any = None,
                   place: str = "", group_meeting_start: Any = None, group_meeting_end: Any = None,
                   notes: str = "", source: str = "manual") -> Meeting:
    clean = clean_fields(dict(date=date, body_kind=body_kind, body_name=body_name, title=title,
                        start_time=start_time, end_time=end_time, place=place,
                        group_meeting_start=group_meeting_start, group_meeting_end=group_meeting_end,
                        notes=notes, source=source))
    with store.session() as s:
        get_or_not_found(s, PartyGroup, group_id)
        m = Meeting(group_id=group_id, uid=str(uuid.uuid4()), **clean)
        check_times(m)
        s.add(m)
        s.flush()
        return m


@changes(Kind.MEETINGS)
def update_meeting(store: Store, meeting_id: int, **changes: Any) -> Meeting:
    unknown = set(changes) - {"date", "body_kind", "body_name", "title", "start_time", "end_time",
                              "place", "group_meeting_start", "group_meeting_end", "notes", "source"}
    if unknown:
        raise ValidationError(f"Ukendte felter: {', '.join(sorted(unknown))}.",
                              f"Unknown fields: {', '.join(sorted(unknown))}.")
    clean = clean_fields(changes)
    with store.session() as s:
        m = get_or_not_found(s, Meeting, meeting_id)
        for k, v in clean.items():
            setattr(m, k, v)
        check_times(m)
        s.add(m)
        s.flush()
        return m


def get_meeting(store: Store, meeting_id: int) -> Meeting:
    with store.session() as s:
        return get_or_not_found(s, Meeting, meeting_id)


@changes(Kind.MEETINGS | Kind.AGENDA_ITEMS | Kind.REQUESTS | Kind.DRAFTS)
def delete_meeting(store: Store, meeting_id: int) -> None:
    """Delete a meeting and its agenda; linked requests and drafts stay, unlinked."""
    with store.session() as s:
        m = get_or_not_found(s, Meeting, meeting_id)
        item_ids = list(s.exec(select(AgendaItem.id).where(AgendaItem.meeting_id == m.id)))
        unlink_items(s, item_ids, meeting_id=m.id)
        for it in s.exec(select(AgendaItem).where(AgendaItem.meeting_id == m.id)):
            s.delete(it)
        s.flush()
        s.delete(m)


@changes(Kind.REQUESTS | Kind.DRAFTS)
def unlink_items(s: Session, item_ids: list[int], meeting_id: int | None = None) -> None:
    if item_ids:
        for r in s.exec(select(Request).where(Request.agenda_item_id.in_(item_ids))):
            r.agenda_item_id = None
            s.add(r)
        for d in s.exec(select(Draft).where(Draft.agenda_item_id.in_(item_ids))):
            d.agenda_item_id = None
            s.add(d)
    if meeting_id is not None:
        for r in s.exec(select(Request).where(Request.meeting_id == meeting_id)):
            r.meeting_id = None
            s.add(r)


def list_meetings(store: Store, group_id: int, year: int | None = None, month: int | None = None,
                  *, start: dt.date | None = None, end: dt.date | None = None) -> list[Meeting]:
    """The group's meetings by date (and time); optionally one month or a date range."""
    with store.session() as s:
        q = select(Meeting).where(Meeting.group_id == group_id)
        if year is not None and month is not None:
            first = dt.date(year, month, 1)
            nxt = dt.date(year + (month == 12), month % 12 + 1, 1)
            q = q.where(Meeting.date >= first, Meeting.date < nxt)
        elif year is not None:
            q = q.where(Meeting.date >= dt.date(year, 1, 1), Meeting.date <= dt.date(year, 12, 31))
        if start is not None:
            q = q.where(Meeting.date >= start)
        if end is not None:
            q = q.where(Meeting.date <= end)
        rows = list(s.exec(q))
    rows.sort(key=lambda m: (m.date, m.start_time or dt.time(0), m.id))
    return rows


def meeting_days(store: Store, group_id: int, year: int, month: int) -> dict[dt.date, int]:
    """Meeting count per day in a month (for the calendar)."""
    days: dict[dt.date, int] = {}
    for m in list_meetings(store, group_id, year, month):
        days[m.date] = days.get(m.date, 0) + 1
    return days
