"""Creating, editing, moving, trashing and restoring requests; each call is one transaction."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import text
from sqlmodel import select

from secretary_app.domain.changes import Kind, changes
from secretary_app.domain.dates import utc_now
from secretary_app.services.lookup import get_or_not_found
from secretary_app.services.requests.fields import STATUS_CODES, field_error
from secretary_app.services.requests.validation import column_end, validate_fields
from secretary_app.store.engine import Store
from secretary_app.store.models import PartyGroup, Request, TaskType


@changes(Kind.REQUESTS)
def create_request(store: Store, group_id: int, member_id: int, task_type_code_or_id: Any, title: str,
                   description: str = "", channel: str = "email", received_at: Any = None,
                   due_date: Any = None, sent_date: Any = None, priority: int = 1,
                   estimated_minutes: Any = None, tags: Any = "", meeting_id: int | None = None,
                   agenda_item_id: int | None = None, *, status: str = "new",
                   answered_date: Any = None, answer_to_all: bool | None = None) -> Request:
    """A new request at the bottom of its member's column (status ``new`` unless told)."""
    if status not in STATUS_CODES:
        raise field_error(f"Ukendt status »{status}«.", f"Unknown status '{status}'.", "status")
    with store.session() as s:
        get_or_not_found(s, PartyGroup, group_id)
        clean = validate_fields(s, group_id, dict(
            member_id=member_id, task_type=task_type_code_or_id, title=title, description=description,
            channel=channel, received_at=received_at, due_date=due_date, sent_date=sent_date,
            priority=priority, estimated_minutes=estimated_minutes, tags=tags, meeting_id=meeting_id,
            agenda_item_id=agenda_item_id, answered_date=answered_date, answer_to_all=answer_to_all))
        req = Request(group_id=group_id, status=status,
                      position=column_end(s, clean["member_id"], status), **clean)
        s.add(req)
        s.flush()
        return req


def get_request(store: Store, request_id: int) -> Request:
    with store.session() as s:
        return get_or_not_found(s, Request, request_id)


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
        raise field_error(f"Ukendte felter: {', '.join(sorted(unknown))}.",
                          f"Unknown fields: {', '.join(sorted(unknown))}.", "fields")
    with store.session() as s:
        req = get_or_not_found(s, Request, request_id)
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
            raise field_error(f"Ukendt status »{status}«.", f"Unknown status '{status}'.", "status")
        clean = validate_fields(s, req.group_id, data)
        if clean["member_id"] != req.member_id or status != req.status:
            req.position = column_end(s, clean["member_id"], status, exclude=req.id)
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
        raise field_error(f"Ukendt status »{status}«.", f"Unknown status '{status}'.", "status")
    with store.session() as s:
        req = get_or_not_found(s, Request, request_id)
        if req.deleted_at is not None:
            raise field_error("Opgaven ligger i papirkurven; gendan den først.",
                              "The request is in the trash; restore it first.", "id")
        if position is None:
            position = column_end(s, req.member_id, status, exclude=req.id)
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
        raise field_error(f"Ukendt status »{status}«.", f"Unknown status '{status}'.", "status")
    with store.session() as s:
        req = get_or_not_found(s, Request, request_id)
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
            req = get_or_not_found(s, Request, request_id)
            pos = float(index + 1)
        req.status = status
        req.position = pos
        req.updated_at = utc_now()
        s.add(req)
        return req


@changes(Kind.REQUESTS)
def trash_request(store: Store, request_id: int) -> Request:
    with store.session() as s:
        req = get_or_not_found(s, Request, request_id)
        if req.deleted_at is None:
            req.deleted_at = utc_now()
            s.add(req)
        return req


@changes(Kind.REQUESTS)
def restore_request(store: Store, request_id: int) -> Request:
    """Back from the trash, at the bottom of its old column."""
    with store.session() as s:
        req = get_or_not_found(s, Request, request_id)
        if req.deleted_at is not None:
            req.deleted_at = None
            req.position = column_end(s, req.member_id, req.status, exclude=req.id)
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
        req = get_or_not_found(s, Request, request_id)
        req.status, req.position, req.deleted_at = status, float(position), deleted_at
        req.updated_at = utc_now()
        s.add(req)
