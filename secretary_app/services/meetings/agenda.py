"""Agenda items and how meetings are labelled and counted for the calendar and the board."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import func
from sqlmodel import select

from secretary_app.domain import vocab
from secretary_app.domain.dates import format_short
from secretary_app.services.lookup import get_or_not_found
from secretary_app.store.engine import Store
from secretary_app.store.models import AgendaItem, Draft, Meeting, Request


def list_items(store: Store, meeting_id: int) -> list[AgendaItem]:
    with store.session() as s:
        return list(s.exec(select(AgendaItem).where(AgendaItem.meeting_id == meeting_id)
                           .order_by(AgendaItem.position, AgendaItem.id)))


def items_by_meeting(store: Store, meeting_ids: list[int]) -> dict[int, list[AgendaItem]]:
    """The agenda items of several meetings, in order (one query)."""
    out: dict[int, list[AgendaItem]] = {}
    if meeting_ids:
        with store.session() as s:
            for it in s.exec(select(AgendaItem).where(AgendaItem.meeting_id.in_(meeting_ids))
                             .order_by(AgendaItem.position, AgendaItem.id)):
                out.setdefault(it.meeting_id, []).append(it)
    return out


def item_counts(store: Store, meeting_ids: list[int]) -> dict[int, int]:
    """Number of agenda items per meeting (one query)."""
    if not meeting_ids:
        return {}
    with store.session() as s:
        return dict(s.exec(select(AgendaItem.meeting_id, func.count()).where(
            AgendaItem.meeting_id.in_(meeting_ids)).group_by(AgendaItem.meeting_id)).all())


def item_sections(item: AgendaItem) -> dict[str, str]:
    try:
        data = json.loads(item.sections_json or "{}")
    except ValueError:
        return {}
    return data if isinstance(data, dict) else {}


def body_label(m: Meeting, lang: str = "da") -> str:
    if m.body_name:
        return m.body_name
    for t in vocab.MEETING_BODIES:
        if t.code == m.body_kind:
            return t.en if lang == "en" else t.da
    return m.body_kind


def meeting_label(m: Meeting, lang: str = "da") -> str:
    """``KKR Hovedstaden 26-01-2026 10:30`` (the board card shows this)."""
    time = f" {m.start_time:%H:%M}" if m.start_time else ""
    return f"{body_label(m, lang)} {format_short(m.date)}{time}"


def meeting_labels(store: Store, meeting_ids: list[int], lang: str = "da") -> dict[int, str]:
    ids = [i for i in set(meeting_ids) if i is not None]
    if not ids:
        return {}
    with store.session() as s:
        return {m.id: meeting_label(m, lang) for m in s.exec(select(Meeting).where(Meeting.id.in_(ids)))}


def link_counts(store: Store, meeting_id: int) -> dict[int, int]:
    """Requests + drafts (not in the trash) linked to each item of a meeting."""
    with store.session() as s:
        ids = list(s.exec(select(AgendaItem.id).where(AgendaItem.meeting_id == meeting_id)))
        if not ids:
            return {}
        counts = {i: 0 for i in ids}
        for item_id, n in s.exec(select(Request.agenda_item_id, func.count()).where(
                Request.agenda_item_id.in_(ids), Request.deleted_at.is_(None)).group_by(Request.agenda_item_id)):
            counts[item_id] += n
        for item_id, n in s.exec(select(Draft.agenda_item_id, func.count()).where(
                Draft.agenda_item_id.in_(ids), Draft.deleted_at.is_(None)).group_by(Draft.agenda_item_id)):
            counts[item_id] += n
        return counts


def meeting_to_dict(m: Meeting, items: list[AgendaItem] | None = None) -> dict[str, Any]:
    hm = (lambda t: t.strftime("%H:%M") if t else None)
    out = {"id": m.id, "uid": m.uid, "body_kind": m.body_kind, "body": m.body_name, "title": m.title,
           "date": m.date.isoformat(), "time": hm(m.start_time), "end_time": hm(m.end_time),
           "place": m.place, "group_meeting": {"start": hm(m.group_meeting_start),
                                               "end": hm(m.group_meeting_end)}}
    if items is not None:
        out["items"] = [{"id": i.id, "number": i.number, "title": i.title, "case_number": i.case_number,
                         "initials": i.initials, "sections": item_sections(i),
                         "attachments": i.attachments} for i in items]
    return out
