"""Requests (tasks) from council members: intake, board moves, trash, time logging, search.

Every function takes the store first, validates its input and saves in one transaction,
so bad input raises a ValidationError naming the problem and nothing is half-saved.
The board reads its cards through ``board_cards`` (one query per board, no per-card
queries) and filters text through ``search_request_ids`` (SQLite FTS5 ``request_fts``).
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass
from typing import Any, Iterable

from sqlalchemy import func, text
from sqlmodel import Session, select

from secretary_app.domain import vocab
from secretary_app.domain.changes import Kind, changes
from secretary_app.domain.dates import COPENHAGEN, local_today, to_local, utc_now
from secretary_app.domain.errors import NotFoundError, ValidationError
from secretary_app.domain.validation import NAME_MAX, TEXT_MAX, clean_text
from secretary_app.domain.workdays import add_working_days, parse_closing_days, ANSWER_WORKING_DAYS
from secretary_app.store.engine import Store
from secretary_app.store.models import (
    AgendaItem, Council, Meeting, Member, PartyGroup, Request, TaskType, TimeEntry,
)

QUESTION_CODE = "politician_question"
MAX_ESTIMATE_MINUTES = 100 * 60  # more than 100 hours on one request is a typo
MAX_LOG_MINUTES = 16 * 60  # one time entry covers at most one long working day
MAX_TAGS = 20
TAG_MAX = 40
NOTE_MAX = 1000
STATUS_CODES = vocab.codes(vocab.REQUEST_STATUSES)
CHANNEL_CODES = vocab.codes(vocab.CHANNELS)
_TAG_SPLIT = re.compile(r"[\s,;]+")
_TAG_OK = re.compile(r"^[\w\-æøå.#+/]+$", re.UNICODE)


# --- small helpers ----------------------------------------------------------------------------

def _err(da: str, en: str, field: str) -> ValidationError:
    return ValidationError(da, en, field=field)


def received_local_date(received_at: dt.datetime) -> dt.date:
    return to_local(received_at).date()


def _received_from_date(day: dt.date) -> dt.datetime:
    """A received date typed without a time: noon Copenhagen time, stored as naive UTC."""
    local = dt.datetime.combine(day, dt.time(12, 0), tzinfo=COPENHAGEN)
    return local.astimezone(dt.timezone.utc).replace(tzinfo=None)


def _as_received(value: Any) -> dt.datetime:
    if value is None or (isinstance(value, str) and not value.strip()):
        return utc_now()  # an empty field means "now", as None does
    if isinstance(value, dt.datetime):
        if value.tzinfo is not None:
            return value.astimezone(dt.timezone.utc).replace(tzinfo=None)
        return value
    if isinstance(value, dt.date):
        return _received_from_date(value)
    if isinstance(value, str):
        return _received_from_date(_as_date(value, "received", "Modtaget-datoen", "The received date"))
    raise _err("Modtaget-datoen er ugyldig.", "The received date is invalid.", "received")


def _as_date(value: Any, field: str, da: str, en: str) -> dt.date | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        from secretary_app.domain.dates import parse_date

        try:
            return parse_date(value)
        except ValueError:
            raise _err(f"{da} »{value}« er ikke en gyldig dato (brug ÅÅÅÅ-MM-DD eller DD-MM-ÅÅÅÅ).",
                       f"{en} '{value}' is not a valid date (use YYYY-MM-DD or DD-MM-YYYY).", field)
    raise _err(f"{da} er ugyldig.", f"{en} is invalid.", field)


def _check_year(day: dt.date | None, field: str, da: str, en: str) -> None:
    if day is not None and not (2000 <= day.year <= 2100):
        raise _err(f"{da} {day.isoformat()} ligger uden for 2000-2100.",
                   f"{en} {day.isoformat()} is outside 2000-2100.", field)


def clean_tags(value: str | Iterable[str] | None) -> str:
    """Free tags: lower case, split on spaces/commas, no duplicates, stored space-separated."""
    if value is None:
        return ""
    raw = value if isinstance(value, str) else " ".join(value)
    raw = clean_text(raw, "Mærkerne", "The tags", max_len=2000, required=False)
    out: list[str] = []
    for tag in _TAG_SPLIT.split(raw.lower()):
        tag = tag.strip().lstrip("#")
        if not tag or tag in out:
            continue
        if len(tag) > TAG_MAX or not _TAG_OK.match(tag):
            raise _err(f"Mærket »{tag[:50]}« er ugyldigt (højst {TAG_MAX} tegn, bogstaver, tal og -).",
                       f"The tag '{tag[:50]}' is invalid (at most {TAG_MAX} characters: letters, digits, -).",
                       "tags")
        out.append(tag)
    if len(out) > MAX_TAGS:
        raise _err(f"Højst {MAX_TAGS} mærker pr. opgave (ikke {len(out)}).",
                   f"At most {MAX_TAGS} tags per request (not {len(out)}).", "tags")
    return " ".join(out)


def _minutes(value: Any, field: str, da: str, en: str, maximum: int, *, allow_none: bool) -> int | None:
    if value is None or value == "":
        if allow_none:
            return None
        raise _err(f"{da} mangler.", f"{en} is missing.", field)
    if isinstance(value, str) and not value.strip().isdigit():
        from secretary_app.domain.durations import parse_duration  # 2:00, 2 t, 90 min

        value = parse_duration(value, maximum=maximum)
        if value is None and allow_none:
            return None
    try:
        if isinstance(value, bool):
            raise TypeError
        if isinstance(value, float) and not value.is_integer():
            raise TypeError
        minutes = int(value)
    except (TypeError, ValueError):
        raise _err(f"{da} skal være et helt antal minutter (ikke »{value}«).",
                   f"{en} must be a whole number of minutes (not '{value}').", field)
    if minutes <= 0:
        raise _err(f"{da} skal være større end 0 minutter (ikke {minutes}).",
                   f"{en} must be more than 0 minutes (not {minutes}).", field)
    if minutes > maximum:
        raise _err(f"{da} på {minutes} minutter er urimeligt lang (højst {maximum} minutter).",
                   f"{en} of {minutes} minutes is unreasonably long (at most {maximum} minutes).", field)
    return minutes


def closing_days_for_group(s: Session, group_id: int) -> tuple[str, ...]:
    row = s.exec(select(Council.extra_closing_days).join(PartyGroup, PartyGroup.council_id == Council.id)
                 .where(PartyGroup.id == group_id)).first()
    try:
        return parse_closing_days(row or "[]")
    except ValueError:
        return ()  # a broken setting must not stop the board; the settings dialog reports it


def group_closing_days(store: Store, group_id: int) -> tuple[str, ...]:
    with store.session() as s:
        return closing_days_for_group(s, group_id)


def _resolve_type(s: Session, group_id: int, ref: Any) -> TaskType:
    tt: TaskType | None = None
    if isinstance(ref, TaskType):
        ref = ref.id
    if isinstance(ref, int) or (isinstance(ref, str) and ref.strip().isdigit()):
        tt = s.get(TaskType, int(ref))
        if tt is None:
            raise NotFoundError(f"Opgavetypen med id {ref} findes ikke.",
                                f"There is no task type with id {ref}.", field="type")
    else:
        code = (ref or "").strip().lower()
        if not code:
            raise _err("Vælg en opgavetype.", "Choose a task type.", "type")
        tt = s.exec(select(TaskType).where(TaskType.group_id == group_id, TaskType.code == code)).first()
        if tt is None:
            known = ", ".join(t.code for t in s.exec(select(TaskType).where(
                TaskType.group_id == group_id, TaskType.active == True)  # noqa: E712
                .order_by(TaskType.position)))
            raise NotFoundError(f"Ukendt opgavetype »{code}«. Gruppens typer: {known or 'ingen'}.",
                                f"Unknown task type '{code}'. The group's types: {known or 'none'}.",
                                field="type")
    if tt.group_id != group_id:
        raise _err(f"Opgavetypen »{tt.label_da}« hører til en anden partigruppe.",
                   f"The task type '{tt.label_en or tt.label_da}' belongs to another party group.", "type")
    return tt


def _resolve_member(s: Session, group_id: int, member_id: Any) -> Member:
    try:
        mid = int(member_id)
    except (TypeError, ValueError):
        raise _err("Vælg et medlem.", "Choose a member.", "member")
    member = s.get(Member, mid)
    if member is None:
        raise NotFoundError(f"Medlemmet med id {mid} findes ikke.",
                            f"There is no member with id {mid}.", field="member")
    if member.group_id != group_id:
        raise _err(f"{member.name} er ikke medlem af denne partigruppe.",
                   f"{member.name} is not a member of this party group.", "member")
    return member


def _get(s: Session, request_id: int) -> Request:
    req = s.get(Request, request_id)
    if req is None:
        raise NotFoundError(f"Opgaven med id {request_id} findes ikke.",
                            f"There is no request with id {request_id}.", field="id")
    return req


def _column_end(s: Session, member_id: int, status: str, exclude: int | None = None) -> float:
    q = select(func.max(Request.position)).where(
        Request.member_id == member_id, Request.status == status, Request.deleted_at.is_(None))
    if exclude is not None:
        q = q.where(Request.id != exclude)
    top = s.exec(q).one()
    return (top or 0.0) + 1.0


# --- validation shared by create and update --------------------------------------------------

_FIELDS = ("member_id", "task_type_id", "title", "description", "channel", "received_at",
           "due_date", "priority", "estimated_minutes", "tags", "sent_date", "answered_date",
           "answer_to_all", "decline_reason", "meeting_id", "agenda_item_id")


def _validate(s: Session, group_id: int, data: dict[str, Any]) -> dict[str, Any]:
    """Clean a full set of request fields (create, or update merged onto the old values)."""
    out: dict[str, Any] = {}
    out["member_id"] = _resolve_member(s, group_id, data.get("member_id")).id
    tt = _resolve_type(s, group_id, data.get("task_type"))
    if not tt.active and data.get("_type_changed", True):
        raise _err(f"Opgavetypen »{tt.label_da}« er deaktiveret i gruppens katalog.",
                   f"The task type '{tt.label_en or tt.label_da}' is deactivated in the group's catalogue.",
                   "type")
    out["task_type_id"] = tt.id
    out["title"] = clean_text(data.get("title"), "Titlen", "The title", max_len=NAME_MAX)
    out["description"] = clean_text(data.get("description"), "Beskrivelsen", "The description",
                                    max_len=TEXT_MAX, required=False, multiline=True)
    channel = (data.get("channel") or "email").strip().lower()
    if channel not in CHANNEL_CODES:
        raise _err(f"Ukendt kanal »{channel}« (brug {', '.join(CHANNEL_CODES)}).",
                   f"Unknown channel '{channel}' (use {', '.join(CHANNEL_CODES)}).", "channel")
    out["channel"] = channel
    received_at = _as_received(data.get("received_at"))
    received = received_local_date(received_at)
    _check_year(received, "received", "Modtaget-datoen", "The received date")
    out["received_at"] = received_at
    due = _as_date(data.get("due_date"), "due", "Fristen", "The due date")
    _check_year(due, "due", "Fristen", "The due date")
    if due is not None and due < received:
        raise _err(f"Fristen {due:%d-%m-%Y} ligger før modtagelsesdatoen {received:%d-%m-%Y}.",
                   f"The due date {due.isoformat()} is before the received date {received.isoformat()}.",
                   "due")
    out["due_date"] = due
    try:
        priority = int(data.get("priority", 1) if data.get("priority") is not None else 1)
    except (TypeError, ValueError):
        priority = -1
    if priority not in (0, 1, 2):
        raise _err("Prioriteten skal være 0 (lav), 1 (normal) eller 2 (høj).",
                   "The priority must be 0 (low), 1 (normal) or 2 (high).", "priority")
    out["priority"] = priority
    out["estimated_minutes"] = _minutes(data.get("estimated_minutes"), "estimated_minutes",
                                        "Det anslåede tidsforbrug", "The estimate",
                                        MAX_ESTIMATE_MINUTES, allow_none=True)
    out["tags"] = clean_tags(data.get("tags"))
    sent = _as_date(data.get("sent_date"), "sent", "Afsendelsesdatoen", "The sent date")
    answered = _as_date(data.get("answered_date"), "answered", "Svardatoen", "The answer date")
    _check_year(sent, "sent", "Afsendelsesdatoen", "The sent date")
    _check_year(answered, "answered", "Svardatoen", "The answer date")
    is_question = tt.code == QUESTION_CODE
    if not is_question and (sent or answered):
        raise _err(f"Afsendelses- og svardato bruges kun til politikerspørgsmål, ikke »{tt.label_da}«.",
                   "Sent and answer dates apply only to questions to the administration.", "sent")
    if answered and not sent:
        raise _err("Angiv hvornår spørgsmålet blev sendt, før svardatoen.",
                   "Enter when the question was sent before the answer date.", "sent")
    if answered and sent and answered < sent:
        raise _err(f"Svardatoen {answered:%d-%m-%Y} ligger før afsendelsen {sent:%d-%m-%Y}.",
                   f"The answer date {answered.isoformat()} is before the sent date {sent.isoformat()}.",
                   "answered")
    out["sent_date"] = sent
    out["answered_date"] = answered
    out["answer_due"] = (add_working_days(sent, ANSWER_WORKING_DAYS, closing_days_for_group(s, group_id))
                         if sent else None)
    ata = data.get("answer_to_all")
    out["answer_to_all"] = None if ata is None or not is_question else bool(ata)
    out["decline_reason"] = clean_text(data.get("decline_reason"), "Begrundelsen for afvisning",
                                       "The reason for declining", max_len=2000, required=False,
                                       multiline=True)
    meeting_id = data.get("meeting_id")
    agenda_item_id = data.get("agenda_item_id")
    if meeting_id is not None:
        meeting = s.get(Meeting, int(meeting_id))
        if meeting is None or meeting.group_id != group_id:
            raise NotFoundError(f"Mødet med id {meeting_id} findes ikke i gruppen.",
                                f"There is no meeting with id {meeting_id} in the group.", field="meeting")
    if agenda_item_id is not None:
        item = s.get(AgendaItem, int(agenda_item_id))
        if item is None:
            raise NotFoundError(f"Dagsordenspunktet med id {agenda_item_id} findes ikke.",
                                f"There is no agenda item with id {agenda_item_id}.", field="agenda_item")
        if meeting_id is None:
            meeting_id = item.meeting_id
        elif item.meeting_id != int(meeting_id):
            raise _err("Dagsordenspunktet hører til et andet møde.",
                       "The agenda item belongs to another meeting.", "agenda_item")
    out["meeting_id"] = int(meeting_id) if meeting_id is not None else None
    out["agenda_item_id"] = int(agenda_item_id) if agenda_item_id is not None else None
    return out


# --- use cases --------------------------------------------------------------------------------

@changes(Kind.REQUESTS)
def create_request(store: Store, group_id: int, member_id: int, task_type_code_or_id: Any, title: str,
                   description: str = "", channel: str = "email", received_at: Any = None,
                   due_date: Any = None, sent_date: Any = None, priority: int = 1,
                   estimated_minutes: Any = None, tags: Any = "", meeting_id: int | None = None,
                   agenda_item_id: int | None = None, *, status: str = "new",
                   answered_date: Any = None, answer_to_all: bool | None = None) -> Request:
    """A new request at the bottom of its member's column (status ``new`` unless told)."""
    if status not in STATUS_CODES:
        raise _err(f"Ukendt status »{status}«.", f"Unknown status '{status}'.", "status")
    with store.session() as s:
        if s.get(PartyGroup, group_id) is None:
            raise NotFoundError(f"Partigruppen med id {group_id} findes ikke.",
                                f"There is no party group with id {group_id}.", field="group")
        clean = _validate(s, group_id, dict(
            member_id=member_id, task_type=task_type_code_or_id, title=title, description=description,
            channel=channel, received_at=received_at, due_date=due_date, sent_date=sent_date,
            priority=priority, estimated_minutes=estimated_minutes, tags=tags, meeting_id=meeting_id,
            agenda_item_id=agenda_item_id, answered_date=answered_date, answer_to_all=answer_to_all))
        req = Request(group_id=group_id, status=status,
                      position=_column_end(s, clean["member_id"], status), **clean)
        s.add(req)
        s.flush()
        return req


def get_request(store: Store, request_id: int) -> Request:
    with store.session() as s:
        return _get(s, request_id)


def editable_fields(req: Request) -> dict[str, Any]:
    """The fields ``update_request`` takes, as they are now (the UI keeps this for undo)."""
    return dict(member_id=req.member_id, task_type=req.task_type_id, title=req.title,
                description=req.description, channel=req.channel, received_at=req.received_at,
                due_date=req.due_date, priority=req.priority, estimated_minutes=req.estimated_minutes,
                tags=req.tags, sent_date=req.sent_date, answered_date=req.answered_date,
                answer_to_all=req.answer_to_all, decline_reason=req.decline_reason,
                meeting_id=req.meeting_id, agenda_item_id=req.agenda_item_id, status=req.status)


@changes(Kind.REQUESTS)
def update_request(store: Store, request_id: int, **changes: Any) -> Request:
    """Change any of the fields of ``editable_fields``; everything is re-validated together."""
    unknown = set(changes) - set(editable_fields(Request(group_id=0, member_id=0, task_type_id=0, title="")))
    if "task_type_code_or_id" in changes:
        changes["task_type"] = changes.pop("task_type_code_or_id")
        unknown.discard("task_type_code_or_id")
    if unknown:
        raise _err(f"Ukendte felter: {', '.join(sorted(unknown))}.",
                   f"Unknown fields: {', '.join(sorted(unknown))}.", "fields")
    with store.session() as s:
        req = _get(s, request_id)
        data = editable_fields(req)
        type_changed = "task_type" in changes and changes["task_type"] not in (req.task_type_id, None)
        if type_changed:
            old_tt = s.get(TaskType, req.task_type_id)
            type_changed = not (isinstance(changes["task_type"], str) and old_tt
                                and changes["task_type"].strip().lower() == old_tt.code)
        data.update(changes)
        data["_type_changed"] = type_changed  # a request may keep a type deactivated later
        status = data.pop("status")
        if status not in STATUS_CODES:
            raise _err(f"Ukendt status »{status}«.", f"Unknown status '{status}'.", "status")
        clean = _validate(s, req.group_id, data)
        if clean["member_id"] != req.member_id or status != req.status:
            req.position = _column_end(s, clean["member_id"], status, exclude=req.id)
        for key, value in clean.items():
            setattr(req, key, value)
        req.status = status
        req.updated_at = utc_now()
        s.add(req)
        return req


@changes(Kind.REQUESTS)
def move_request(store: Store, request_id: int, status: str, position: float | None = None) -> Request:
    """Put a request in a board column (status) at a position (the column sorts by position).

    ``position=None`` puts it at the bottom of the column."""
    if status not in STATUS_CODES:
        raise _err(f"Ukendt status »{status}«.", f"Unknown status '{status}'.", "status")
    with store.session() as s:
        req = _get(s, request_id)
        if req.deleted_at is not None:
            raise _err("Opgaven ligger i papirkurven; gendan den først.",
                       "The request is in the trash; restore it first.", "id")
        if position is None:
            position = _column_end(s, req.member_id, status, exclude=req.id)
        req.status = status
        req.position = float(position)
        req.updated_at = utc_now()
        s.add(req)
        return req


@changes(Kind.REQUESTS)
def move_request_to_index(store: Store, request_id: int, status: str, index: int) -> Request:
    """Insert a request at ``index`` among its member's cards in ``status`` (others keep order).

    Renumbers the column in the same transaction when the gap between neighbours is used up."""
    if status not in STATUS_CODES:
        raise _err(f"Ukendt status »{status}«.", f"Unknown status '{status}'.", "status")
    with store.session() as s:
        req = _get(s, request_id)
        rows = s.exec(select(Request.id, Request.position).where(
            Request.member_id == req.member_id, Request.status == status,
            Request.deleted_at.is_(None), Request.id != req.id)
            .order_by(Request.position, Request.id)).all()
        index = max(0, min(int(index), len(rows)))
        before = rows[index - 1][1] if index > 0 else None
        after = rows[index][1] if index < len(rows) else None
        if before is None and after is None:
            pos = 1.0
        elif before is None:
            pos = after - 1.0
        elif after is None:
            pos = before + 1.0
        else:
            pos = (before + after) / 2.0
        if (before is not None and pos <= before) or (after is not None and pos >= after):
            # Floating-point gap exhausted: renumber the whole column 1, 2, 3 ...
            ids = [r[0] for r in rows]
            ids.insert(index, req.id)
            for n, rid in enumerate(ids, start=1):
                s.exec(text("UPDATE request SET position = :p WHERE id = :i").bindparams(p=float(n), i=rid))
            s.expire_all()
            req = _get(s, request_id)
            pos = float(index + 1)
        req.status = status
        req.position = pos
        req.updated_at = utc_now()
        s.add(req)
        return req


@changes(Kind.REQUESTS)
def trash_request(store: Store, request_id: int) -> Request:
    with store.session() as s:
        req = _get(s, request_id)
        if req.deleted_at is None:
            req.deleted_at = utc_now()
            s.add(req)
        return req


@changes(Kind.REQUESTS)
def restore_request(store: Store, request_id: int) -> Request:
    """Back from the trash, at the bottom of its old column."""
    with store.session() as s:
        req = _get(s, request_id)
        if req.deleted_at is not None:
            req.deleted_at = None
            req.position = _column_end(s, req.member_id, req.status, exclude=req.id)
            s.add(req)
        return req


@changes(Kind.REQUESTS | Kind.TIME_ENTRIES)
def purge_request(store: Store, request_id: int) -> None:
    """Delete for good (with its time entries); used to undo a creation and to empty the trash."""
    with store.session() as s:
        req = s.get(Request, request_id)
        if req is not None:
            s.exec(text("DELETE FROM time_entry WHERE request_id = :i").bindparams(i=request_id))
            s.delete(req)


@changes(Kind.REQUESTS)
def restore_position(store: Store, request_id: int, status: str, position: float,
                     deleted_at: dt.datetime | None) -> None:
    """Put a request back exactly as it was (undo of move, trash and restore)."""
    with store.session() as s:
        req = _get(s, request_id)
        req.status, req.position, req.deleted_at = status, float(position), deleted_at
        req.updated_at = utc_now()
        s.add(req)


# --- time --------------------------------------------------------------------------------------

@changes(Kind.TIME_ENTRIES)
def log_time(store: Store, request_id: int, minutes: Any, work_date: Any = None, note: str = "",
             started_at: dt.datetime | None = None) -> TimeEntry:
    minutes = _minutes(minutes, "minutes", "Tidsforbruget", "The time spent", MAX_LOG_MINUTES,
                       allow_none=False)
    day = _as_date(work_date, "date", "Datoen", "The date") or local_today()
    _check_year(day, "date", "Datoen", "The date")
    if day > local_today() + dt.timedelta(days=1):
        raise _err(f"Datoen {day:%d-%m-%Y} ligger i fremtiden; tid registreres for udført arbejde.",
                   f"The date {day.isoformat()} is in the future; log time for work already done.", "date")
    note = clean_text(note, "Noten", "The note", max_len=NOTE_MAX, required=False)
    with store.session() as s:
        req = _get(s, request_id)
        if req.deleted_at is not None:
            raise _err("Opgaven ligger i papirkurven; gendan den før du registrerer tid.",
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


# --- lists and search ----------------------------------------------------------------------------

def list_requests(store: Store, group_id: int, member_id: int | None = None, status: str | None = None,
                  include_deleted: bool = False) -> list[Request]:
    if status is not None and status not in STATUS_CODES:
        raise _err(f"Ukendt status »{status}« (brug {', '.join(STATUS_CODES)}).",
                   f"Unknown status '{status}' (use {', '.join(STATUS_CODES)}).", "status")
    with store.session() as s:
        q = select(Request).where(Request.group_id == group_id)
        if member_id is not None:
            q = q.where(Request.member_id == member_id)
        if status is not None:
            q = q.where(Request.status == status)
        if not include_deleted:
            q = q.where(Request.deleted_at.is_(None))
        return list(s.exec(q.order_by(Request.member_id, Request.status, Request.position, Request.id)))


def list_trash(store: Store, group_id: int) -> list[Request]:
    with store.session() as s:
        return list(s.exec(select(Request).where(Request.group_id == group_id,
                                                 Request.deleted_at.is_not(None))
                           .order_by(Request.deleted_at.desc())))


_WORD = re.compile(r"\w+", re.UNICODE)


def trash_count(store: Store, group_id: int) -> int:
    with store.engine.connect() as conn:
        return int(conn.exec_driver_sql(
            "SELECT COUNT(*) FROM request WHERE group_id = ? AND deleted_at IS NOT NULL", (group_id,)).scalar())


def fts_query(user_text: str) -> str | None:
    """Turn what a user types into a safe FTS5 query: every word must match, as a prefix."""
    words = _WORD.findall((user_text or "")[:500])
    if not words:
        return None
    return " ".join(f'"{w}"*' for w in words[:20])


def search_request_ids(store: Store, group_id: int, query: str, member_id: int | None = None,
                       include_deleted: bool = False) -> list[int]:
    """Ids of the group's requests whose title, description or tags match, best first."""
    match = fts_query(query)
    if match is None:
        return []
    sql = ("SELECT r.id FROM request_fts JOIN request r ON r.id = request_fts.rowid "
           "WHERE request_fts MATCH :m AND r.group_id = :g")
    params: dict[str, Any] = {"m": match, "g": group_id}
    if member_id is not None:
        sql += " AND r.member_id = :mid"
        params["mid"] = member_id
    if not include_deleted:
        sql += " AND r.deleted_at IS NULL"
    sql += " ORDER BY bm25(request_fts)"
    with store.engine.connect() as conn:
        return [row[0] for row in conn.exec_driver_sql(_positional(sql, params), _values(sql, params))]


def _positional(sql: str, params: dict[str, Any]) -> str:
    return re.sub(r":(\w+)", "?", sql)


def _values(sql: str, params: dict[str, Any]) -> tuple:
    return tuple(params[name] for name in re.findall(r":(\w+)", sql))


def search_requests(store: Store, group_id: int, query: str, member_id: int | None = None) -> list[Request]:
    ids = search_request_ids(store, group_id, query, member_id)
    if not ids:
        return []
    with store.session() as s:
        by_id = {r.id: r for r in s.exec(select(Request).where(Request.id.in_(ids)))}
    return [by_id[i] for i in ids if i in by_id]


# --- board rows: one query per board ---------------------------------------------------------------

@dataclass(slots=True)
class Card:
    """What a board card shows; read in one query, no ORM objects (thousands per board)."""

    id: int
    member_id: int
    member_name: str
    type_code: str
    type_label: str
    title: str
    status: str
    position: float
    received: dt.date
    due_date: dt.date | None
    priority: int
    tags: str
    sent_date: dt.date | None
    answer_due: dt.date | None
    answered_date: dt.date | None
    guard_verdict: str | None
    guard_decision: str | None
    meeting_title: str
    minutes: int
    deleted_at: dt.datetime | None

    @property
    def is_question(self) -> bool:
        return self.type_code == QUESTION_CODE

    def deadline(self) -> dt.date | None:
        """The date that matters on the card: the answer deadline for an unanswered question."""
        if self.is_question and self.answer_due and not self.answered_date:
            return self.answer_due
        return self.due_date

    def is_overdue(self, today: dt.date) -> bool:
        d = self.deadline()
        return d is not None and d < today and self.status in vocab.OPEN_STATUSES


_BOARD_SQL = """
SELECT r.id, r.member_id, m.name, t.code, t.label_da, t.label_en, r.title, r.status, r.position,
       r.received_at, r.due_date, r.priority, r.tags, r.sent_date, r.answer_due, r.answered_date,
       r.guard_verdict, r.guard_decision, COALESCE(NULLIF(mt.title, ''), mt.body_name, ''), mt.date,
       COALESCE(te.minutes, 0), r.deleted_at
FROM request r
JOIN member m ON m.id = r.member_id
JOIN task_type t ON t.id = r.task_type_id
LEFT JOIN meeting mt ON mt.id = r.meeting_id
LEFT JOIN (SELECT request_id, SUM(minutes) AS minutes FROM time_entry GROUP BY request_id) te
       ON te.request_id = r.id
WHERE r.group_id = ? {where}
ORDER BY r.status, r.position, r.id
"""
_BOARD_SQL_MEMBER = _BOARD_SQL.replace(
    "LEFT JOIN (SELECT request_id, SUM(minutes) AS minutes FROM time_entry GROUP BY request_id) te\n"
    "       ON te.request_id = r.id",
    "LEFT JOIN (SELECT e.request_id, SUM(e.minutes) AS minutes FROM time_entry e "
    "JOIN request x ON x.id = e.request_id WHERE x.member_id = ? GROUP BY e.request_id) te "
    "ON te.request_id = r.id")


def _d(value: Any) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


def _utc_received_local(value: Any) -> dt.date:
    if isinstance(value, str):
        value = dt.datetime.fromisoformat(value)
    return received_local_date(value)


def board_cards(store: Store, group_id: int, member_id: int | None = None, *, trash: bool = False,
                open_only: bool = False, lang: str = "da") -> list[Card]:
    """All cards of a member's board (or the whole group's), sorted by status and position."""
    where = " AND r.deleted_at IS NOT NULL" if trash else " AND r.deleted_at IS NULL"
    params: list[Any] = []
    sql = _BOARD_SQL
    if member_id is not None:
        sql = _BOARD_SQL_MEMBER
        params.append(member_id)
    params.append(group_id)
    if member_id is not None:
        where += " AND r.member_id = ?"
        params.append(member_id)
    if open_only:
        where += " AND r.status IN ('new', 'in_progress', 'waiting')"
    sql = sql.format(where=where)
    cards: list[Card] = []
    append = cards.append
    received_cache: dict[str, dt.date] = {}
    with store.engine.connect() as conn:
        rows = conn.exec_driver_sql(sql, tuple(params)).fetchall()
    for (rid, mid, mname, code, lda, len_, title, status, pos, rec, due, prio, tags, sent, adue,
         answered, gv, gd, mtitle, mdate, minutes, deleted) in rows:
        # received_at is text 'YYYY-MM-DD HH:MM:SS...'; the local date depends on the hour only.
        key = rec[:13] if isinstance(rec, str) else str(rec)[:13]
        rday = received_cache.get(key)
        if rday is None:
            rday = received_cache[key] = _utc_received_local(rec)
        if mtitle and mdate:
            mtitle = f"{mtitle} {_d(mdate):%d-%m-%Y}"
        append(Card(rid, mid, mname, code, (len_ or lda) if lang == "en" else lda, title, status,
                    pos, rday, _d(due), prio, tags, _d(sent), _d(adue), _d(answered), gv, gd,
                    mtitle or "", minutes,
                    dt.datetime.fromisoformat(deleted) if isinstance(deleted, str) else deleted))
    return cards


# --- JSON for the CLI ------------------------------------------------------------------------------

def request_to_dict(req: Request, member: Member | str | None = None, task_type: TaskType | str | None = None,
                    minutes: int | None = None) -> dict[str, Any]:
    """The request as the CLI prints it (ISO dates)."""
    member_name = member.name if isinstance(member, Member) else member
    type_code = task_type.code if isinstance(task_type, TaskType) else task_type
    out: dict[str, Any] = {
        "id": req.id,
        "group_id": req.group_id,
        "member_id": req.member_id,
        "member": member_name,
        "type": type_code,
        "title": req.title,
        "description": req.description,
        "status": req.status,
        "channel": req.channel,
        "received": received_local_date(req.received_at).isoformat(),
        "due": req.due_date.isoformat() if req.due_date else None,
        "priority": req.priority,
        "estimated_minutes": req.estimated_minutes,
        "tags": req.tags.split() if req.tags else [],
        "position": req.position,
    }
    if type_code == QUESTION_CODE:
        out["sent"] = req.sent_date.isoformat() if req.sent_date else None
        out["answer_due"] = req.answer_due.isoformat() if req.answer_due else None
        out["answered"] = req.answered_date.isoformat() if req.answered_date else None
        out["answer_to_all"] = req.answer_to_all
    if req.guard_verdict:
        out["guard_verdict"] = req.guard_verdict
    if minutes is not None:
        out["minutes_logged"] = minutes
    if req.deleted_at is not None:
        out["deleted_at"] = req.deleted_at.isoformat(timespec="seconds")
    return out


def requests_as_dicts(store: Store, requests: list[Request]) -> list[dict[str, Any]]:
    """Several requests with member names, type codes and logged minutes (three queries)."""
    if not requests:
        return []
    with store.session() as s:
        member_ids = {r.member_id for r in requests}
        type_ids = {r.task_type_id for r in requests}
        names = dict(s.exec(select(Member.id, Member.name).where(Member.id.in_(member_ids))).all())
        codes = dict(s.exec(select(TaskType.id, TaskType.code).where(TaskType.id.in_(type_ids))).all())
        minutes = dict(s.exec(select(TimeEntry.request_id, func.sum(TimeEntry.minutes))
                              .where(TimeEntry.request_id.in_([r.id for r in requests]))
                              .group_by(TimeEntry.request_id)).all()) if len(requests) < 30_000 else {}
    return [request_to_dict(r, names.get(r.member_id), codes.get(r.task_type_id),
                            int(minutes.get(r.id, 0))) for r in requests]


def request_dict(store: Store, request_id: int) -> dict[str, Any]:
    return requests_as_dicts(store, [get_request(store, request_id)])[0]
