"""Importing an agenda or a meeting plan: one transaction; re-importing the same meeting
(same group, date and body) updates it."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlmodel import Session, select

from secretary_app.domain.agenda import Agenda, parse_agenda
from secretary_app.domain.changes import Kind, changes
from secretary_app.domain.errors import ValidationError
from secretary_app.domain.agenda.meeting_plan import MeetingPlan, parse_meeting_plan
from secretary_app.domain.validation import NAME_MAX, clean_text
from secretary_app.services.lookup import get_or_not_found
from secretary_app.services.meetings.documents import parse_agenda_file
from secretary_app.services.meetings.editing import check_times, clean_fields
from secretary_app.store.engine import Store
from secretary_app.store.models import AgendaItem, Meeting, PartyGroup


@dataclass
class ImportResult:
    meeting: Meeting
    items: list[AgendaItem]
    created: bool
    warnings: list[str] = field(default_factory=list)


def _norm(name: str) -> str:
    return " ".join((name or "").lower().split())


def find_same(s: Session, group_id: int, date: dt.date, body_kind: str, body_name: str) -> Meeting | None:
    """The meeting an import should update: same group, date and body."""
    rows = list(s.exec(select(Meeting).where(Meeting.group_id == group_id, Meeting.date == date)))
    named = [m for m in rows if body_name and _norm(m.body_name) == _norm(body_name)]
    if named:
        return named[0]
    kind = [m for m in rows if m.body_kind == body_kind and (not m.body_name or not body_name)]
    return kind[0] if len(kind) == 1 else None


@changes(Kind.MEETINGS | Kind.AGENDA_ITEMS | Kind.REQUESTS | Kind.DRAFTS)
def import_agenda(store: Store, group_id: int, agenda: Agenda | str, *, body_kind: str | None = None,
                  body_name: str | None = None, source: str = "") -> ImportResult:
    """Store a parsed agenda as read, in one transaction, updating the meeting if it exists
    (items matched as ``agenda_import.save_review`` describes)."""
    from secretary_app.services import agenda_import

    if isinstance(agenda, str):
        agenda = parse_agenda(agenda)
    review = agenda_import.review_of(agenda, source=source, body_name=body_name, body_kind=body_kind)
    result = agenda_import.save_review(store, group_id, review)
    result.warnings[:0] = review.warnings
    return result


@changes(Kind.MEETINGS | Kind.AGENDA_ITEMS | Kind.REQUESTS | Kind.DRAFTS)
def import_agenda_file(store: Store, group_id: int, path: Path | str, **kw: Any) -> ImportResult:
    agenda = parse_agenda_file(path)
    kw.setdefault("source", Path(path).name)
    return import_agenda(store, group_id, agenda, **kw)


@dataclass
class PlanImportResult:
    created: list[Meeting]
    updated: list[Meeting]
    skipped: list[str]  # problems (weekday contradictions ...) left out with skip_problems


@changes(Kind.MEETINGS)
def import_meeting_plan(store: Store, group_id: int, plan: MeetingPlan | str, *, body_name: str,
                        body_kind: str | None = None, place: str | None = None,
                        skip_problems: bool = False, lang: str = "da") -> PlanImportResult:
    """Create (or update) a meeting for every date of the plan, in one transaction.

    A date whose weekday contradicts it is an error naming the line, unless
    ``skip_problems``: then such dates are left out and reported in ``skipped``."""
    if isinstance(plan, str):
        plan = parse_meeting_plan(plan)
    name = clean_text(body_name, "Mødeforum", "The body", max_len=NAME_MAX)
    from secretary_app.domain.agenda_parser import body_kind_of

    kind = body_kind or body_kind_of(name)
    bad_lines = {p.line for p in plan.problems}
    if plan.problems and not skip_problems:
        first = plan.problems[0]
        more = len(plan.problems) - 1
        raise ValidationError(
            first.da + (f" (og {more} andre fejl)" if more else "") + " Intet er importeret.",
            first.en + (f" (and {more} more problems)" if more else "") + " Nothing was imported.",
            field="file")
    result = PlanImportResult([], [], [p.message(lang) for p in plan.problems])
    with store.session() as s:
        get_or_not_found(s, PartyGroup, group_id)
        for entry in plan.entries:
            if entry.line in bad_lines:
                continue
            start, end, g_start, g_end = plan.times_for(entry)
            values = clean_fields(dict(date=entry.date, body_kind=kind, body_name=name,
                                 title=entry.note, start_time=start, end_time=end,
                                 place=place if place is not None else plan.place,
                                 group_meeting_start=g_start, group_meeting_end=g_end))
            meeting = find_same(s, group_id, entry.date, kind, name)
            if meeting is None:
                meeting = Meeting(group_id=group_id, uid=str(uuid.uuid4()), source="plan", **values)
                result.created.append(meeting)
            else:
                for k, v in values.items():
                    if v not in (None, "") and not (k == "start_time" and meeting.start_time):
                        setattr(meeting, k, v)
                result.updated.append(meeting)
            check_times(meeting)
            s.add(meeting)
        s.flush()
    return result
