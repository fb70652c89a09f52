"""Time logged on a request."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import func
from sqlmodel import select

from secretary_app.domain.changes import Kind, changes
from secretary_app.domain.dates import local_today
from secretary_app.domain.validation import clean_text
from secretary_app.services.lookup import get_or_not_found
from secretary_app.services.requests.fields import (
    MAX_LOG_MINUTES, NOTE_MAX, check_year, clean_minutes, field_error, parse_date_field,
)
from secretary_app.store.engine import Store
from secretary_app.store.models import Request, TimeEntry


@changes(Kind.TIME_ENTRIES)
def log_time(store: Store, request_id: int, minutes: Any, work_date: Any = None, note: str = "",
             started_at: dt.datetime | None = None) -> TimeEntry:
    minutes = clean_minutes(minutes, "minutes", "Tidsforbruget", "The time spent", MAX_LOG_MINUTES,
                            allow_none=False)
    day = parse_date_field(work_date, "date", "Datoen", "The date") or local_today()
    check_year(day, "date", "Datoen", "The date")
    if day > local_today() + dt.timedelta(days=1):
        raise field_error(f"Datoen {day:%d-%m-%Y} ligger i fremtiden; tid registreres for udført arbejde.",
                          f"The date {day.isoformat()} is in the future; log time for work already done.", "date")
    note = clean_text(note, "Noten", "The note", max_len=NOTE_MAX, required=False)
    with store.session() as s:
        req = get_or_not_found(s, Request, request_id)
        if req.deleted_at is not None:
            raise field_error("Opgaven ligger i papirkurven; gendan den før du registrerer tid.",
                              "The request is in the trash; restore it before logging time.", "id")
        entry = TimeEntry(request_id=request_id, work_date=day, minutes=minutes, note=note,
                          started_at=started_at)
        s.add(entry)
        s.flush()
        return entry


def list_time_entries(store: Store, request_id: int) -> list[TimeEntry]:
    with store.session() as s:
        return list(s.exec(select(TimeEntry).where(TimeEntry.request_id == request_id)
                           .order_by(TimeEntry.work_date, TimeEntry.id)))


@changes(Kind.TIME_ENTRIES)
def delete_time_entry(store: Store, entry_id: int) -> TimeEntry | None:
    with store.session() as s:
        entry = s.get(TimeEntry, entry_id)
        if entry is not None:
            s.delete(entry)
        return entry


def total_minutes(store: Store, request_id: int) -> int:
    with store.session() as s:
        return int(s.exec(select(func.coalesce(func.sum(TimeEntry.minutes), 0))
                          .where(TimeEntry.request_id == request_id)).one())
