"""Requests as the CLI prints them (ISO dates)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func
from sqlmodel import select

from secretary_app.domain.catalogue import QUESTION_CODE
from secretary_app.services.requests.editing import get_request
from secretary_app.services.requests.fields import received_local_date
from secretary_app.store.engine import Store
from secretary_app.store.models import Member, Request, TaskType, TimeEntry


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
