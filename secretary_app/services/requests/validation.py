"""A full set of request fields checked together against the group's members, types, meetings
and closing days (create, or update merged onto the old values)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func
from sqlmodel import Session, select

from secretary_app.domain.catalogue import QUESTION_CODE
from secretary_app.domain.errors import NotFoundError
from secretary_app.domain.validation import NAME_MAX, TEXT_MAX, clean_text
from secretary_app.domain.workdays import answer_due, stored_closing_days
from secretary_app.services.lookup import get_or_not_found
from secretary_app.services.requests.fields import (
    CHANNEL_CODES, MAX_ESTIMATE_MINUTES, _as_received, check_year, clean_minutes, clean_tags, field_error, parse_date_field, received_local_date,
)
from secretary_app.store.engine import Store
from secretary_app.store.models import AgendaItem, Council, Meeting, Member, PartyGroup, Request, TaskType


def closing_days_for_group(s: Session, group_id: int) -> tuple[str, ...]:
    row = s.exec(select(Council.extra_closing_days).join(PartyGroup, PartyGroup.council_id == Council.id)
                 .where(PartyGroup.id == group_id)).first()
    return stored_closing_days(row)


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
            raise field_error("Vælg en opgavetype.", "Choose a task type.", "type")
        tt = s.exec(select(TaskType).where(TaskType.group_id == group_id, TaskType.code == code)).first()
        if tt is None:
            known = ", ".join(t.code for t in s.exec(select(TaskType).where(
                TaskType.group_id == group_id, TaskType.active == True)  # noqa: E712
                .order_by(TaskType.position)))
            raise NotFoundError(f"Ukendt opgavetype »{code}«. Gruppens typer: {known or 'ingen'}.",
                                f"Unknown task type '{code}'. The group's types: {known or 'none'}.",
                                field="type")
    if tt.group_id != group_id:
        raise field_error(f"Opgavetypen »{tt.label_da}« hører til en anden partigruppe.",
                          f"The task type '{tt.label_en or tt.label_da}' belongs to another party group.", "type")
    return tt


def group_member(s: Session, group_id: int, member_id: Any) -> Member:
    """The member ``member_id`` (as typed or chosen), who must belong to the group."""
    try:
        mid = int(member_id)
    except (TypeError, ValueError):
        raise field_error("Vælg et medlem.", "Choose a member.", "member")
    member = get_or_not_found(s, Member, mid)
    if member.group_id != group_id:
        raise field_error(f"{member.name} er ikke medlem af denne partigruppe.",
                          f"{member.name} is not a member of this party group.", "member")
    return member


def column_end(s: Session, member_id: int, status: str, exclude: int | None = None) -> float:
    q = select(func.max(Request.position)).where(
        Request.member_id == member_id, Request.status == status, Request.deleted_at.is_(None))
    if exclude is not None:
        q = q.where(Request.id != exclude)
    top = s.exec(q).one()
    return (top or 0.0) + 1.0


def validate_fields(s: Session, group_id: int, data: dict[str, Any]) -> dict[str, Any]:
    """Clean a full set of request fields (create, or update merged onto the old values)."""
    out: dict[str, Any] = {}
    out["member_id"] = group_member(s, group_id, data.get("member_id")).id
    tt = _resolve_type(s, group_id, data.get("task_type"))
    if not tt.active and data.get("_type_changed", True):
        raise field_error(f"Opgavetypen »{tt.label_da}« er deaktiveret i gruppens katalog.",
                          f"The task type '{tt.label_en or tt.label_da}' is deactivated in the group's catalogue.",
                          "type")
    out["task_type_id"] = tt.id
    out["title"] = clean_text(data.get("title"), "Titlen", "The title", max_len=NAME_MAX)
    out["description"] = clean_text(data.get("description"), "Beskrivelsen", "The description",
                                    max_len=TEXT_MAX, required=False, multiline=True)
    channel = (data.get("channel") or "email").strip().lower()
    if channel not in CHANNEL_CODES:
        raise field_error(f"Ukendt kanal »{channel}« (brug {', '.join(CHANNEL_CODES)}).",
                          f"Unknown channel '{channel}' (use {', '.join(CHANNEL_CODES)}).", "channel")
    out["channel"] = channel
    received_at = _as_received(data.get("received_at"))
    received = received_local_date(received_at)
    check_year(received, "received", "Modtaget-datoen", "The received date")
    out["received_at"] = received_at
    due = parse_date_field(data.get("due_date"), "due", "Fristen", "The due date")
    check_year(due, "due", "Fristen", "The due date")
    if due is not None and due < received:
        raise field_error(f"Fristen {due:%d-%m-%Y} ligger før modtagelsesdatoen {received:%d-%m-%Y}.",
                          f"The due date {due.isoformat()} is before the received date {received.isoformat()}.",
                          "due")
    out["due_date"] = due
    try:
        priority = int(data.get("priority", 1) if data.get("priority") is not None else 1)
    except (TypeError, ValueError):
        priority = -1
    if priority not in (0, 1, 2):
        raise field_error("Prioriteten skal være 0 (lav), 1 (normal) eller 2 (høj).",
                          "The priority must be 0 (low), 1 (normal) or 2 (high).", "priority")
    out["priority"] = priority
    out["estimated_minutes"] = clean_minutes(data.get("estimated_minutes"), "estimated_minutes",
                                             "Det anslåede tidsforbrug", "The estimate",
                                             MAX_ESTIMATE_MINUTES, allow_none=True)
    out["tags"] = clean_tags(data.get("tags"))
    sent = parse_date_field(data.get("sent_date"), "sent", "Afsendelsesdatoen", "The sent date")
    answered = parse_date_field(data.get("answered_date"), "answered", "Svardatoen", "The answer date")
    check_year(sent, "sent", "Afsendelsesdatoen", "The sent date")
    check_year(answered, "answered", "Svardatoen", "The answer date")
    is_question = tt.code == QUESTION_CODE
    if not is_question and (sent or answered):
        raise field_error(f"Afsendelses- og svardato bruges kun til politikerspørgsmål, ikke »{tt.label_da}«.",
                          "Sent and answer dates apply only to questions to the administration.", "sent")
    if answered and not sent:
        raise field_error("Angiv hvornår spørgsmålet blev sendt, før svardatoen.",
                          "Enter when the question was sent before the answer date.", "sent")
    if answered and sent and answered < sent:
        raise field_error(f"Svardatoen {answered:%d-%m-%Y} ligger før afsendelsen {sent:%d-%m-%Y}.",
                          f"The answer date {answered.isoformat()} is before the sent date {sent.isoformat()}.",
                          "answered")
    out["sent_date"] = sent
    out["answered_date"] = answered
    out["answer_due"] = (answer_due(sent, closing_days_for_group(s, group_id))
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
            raise field_error("Dagsordenspunktet hører til et andet møde.",
                              "The agenda item belongs to another meeting.", "agenda_item")
    out["meeting_id"] = int(meeting_id) if meeting_id is not None else None
    out["agenda_item_id"] = int(agenda_item_id) if agenda_item_id is not None else None
    return out
