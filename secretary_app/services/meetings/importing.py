"""Importing an agenda or a meeting plan: one transaction; re-importing the same meeting
(same group, date and body) updates it."""

from __future__ import annotations

import datetime as dt
import json
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlmodel import Session, select

from secretary_app.domain.agenda_parser import Agenda, AgendaItemData, parse_agenda
from secretary_app.domain.changes import Kind, changes
from secretary_app.domain.errors import ValidationError
from secretary_app.domain.meeting_plan import MeetingPlan, parse_meeting_plan
from secretary_app.domain.validation import NAME_MAX, clean_text
from secretary_app.services.lookup import get_or_not_found
from secretary_app.services.meetings.documents import parse_agenda_file
from secretary_app.services.meetings.editing import check_times, clean_fields, unlink_items
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


def _find_same(s: Session, group_id: int, date: dt.date, body_kind: str, body_name: str) -> Meeting | None:
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
    """Store a parsed agenda: one transaction, updating the meeting if it exists.

    Items are matched on their number; items no longer on the agenda are removed, and what
    was linked to them stays but unlinked."""
    if isinstance(agenda, str):
        agenda = parse_agenda(agenda)
    head = agenda.meeting
    if head.date is None:
        raise ValidationError("Dagsordenen har ingen mødedato.", "The agenda has no meeting date.",
                              field="date")
    name = body_name if body_name is not None else head.body
    kind = body_kind or head.body_kind
    clean = clean_fields(dict(date=head.date, body_kind=kind, body_name=name, title=head.title,
                        place=head.place, start_time=head.start_time, end_time=head.end_time,
                        group_meeting_start=head.group_meeting_start,
                        group_meeting_end=head.group_meeting_end, source=source))
    numbers = [i.number for i in agenda.items]
    if len(set(numbers)) != len(numbers):
        dup = next(n for n in numbers if numbers.count(n) > 1)
        raise ValidationError(f"Punkt {dup} står flere gange på dagsordenen.",
                              f"Item {dup} appears more than once on the agenda.", field="file")
    with store.session() as s:
        get_or_not_found(s, PartyGroup, group_id)
        meeting = _find_same(s, group_id, head.date, kind, name)
        created = meeting is None
        if created:
            meeting = Meeting(group_id=group_id, uid=str(uuid.uuid4()), **clean)
        else:
            for k, v in clean.items():
                # keep what the agenda does not say (a plan's end time, a typed note)
                if v not in (None, "") or k in ("date", "body_kind"):
                    setattr(meeting, k, v)
        check_times(meeting)
        s.add(meeting)
        s.flush()
        old = {it.number: it for it in s.exec(select(AgendaItem).where(AgendaItem.meeting_id == meeting.id))}
        kept: list[AgendaItem] = []
        for pos, data in enumerate(agenda.items):
            it = old.pop(data.number, None) or AgendaItem(meeting_id=meeting.id, number=data.number, title="")
            _fill_item(it, data, pos)
            s.add(it)
            kept.append(it)
        unlink_items(s, [it.id for it in old.values()])
        for it in old.values():
            s.delete(it)
        s.flush()
        return ImportResult(meeting, kept, created, list(agenda.warnings))


def _fill_item(it: AgendaItem, data: AgendaItemData, pos: int) -> None:
    it.position = pos
    it.title = clean_text(data.title, "Punktets titel", "The item title", max_len=1000)
    it.case_number = data.case_number[:100]
    it.initials = data.initials[:20]
    it.sections_json = json.dumps(data.sections, ensure_ascii=False)
    it.attachments = data.attachments


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
            meeting = _find_same(s, group_id, entry.date, kind, name)
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
