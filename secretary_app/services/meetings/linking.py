"""Requests and drafts made for an agenda item, prefilled from it, and what is linked to an item."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlmodel import select

from secretary_app.domain.changes import Kind, changes
from secretary_app.domain.dates import local_today
from secretary_app.domain.validation import NAME_MAX
from secretary_app.domain.workdays import is_working_day
from secretary_app.services.drafts import create_draft
from secretary_app.services.lookup import get_or_not_found
from secretary_app.services.meetings.agenda import item_sections, meeting_label
from secretary_app.services.requests import create_request, group_closing_days
from secretary_app.store.engine import Store
from secretary_app.store.models import AgendaItem, Draft, Meeting, Member, Request


def working_day_before(day: dt.date, closing: tuple[str, ...] = ()) -> dt.date:
    d = day - dt.timedelta(days=1)
    while not is_working_day(d, closing):
        d -= dt.timedelta(days=1)
    return d


def item_context(store: Store, item_id: int) -> tuple[AgendaItem, Meeting]:
    with store.session() as s:
        it = get_or_not_found(s, AgendaItem, item_id)
        return it, get_or_not_found(s, Meeting, it.meeting_id)


def item_caption(item: AgendaItem, lang: str = "da") -> str:
    """``punkt 1.4 Valg af formand ... (SAG-2024-04469)`` (English: ``item 1.4 ...``)."""
    case = f" ({item.case_number})" if item.case_number else ""
    return f"{'item' if lang == 'en' else 'punkt'} {item.number} {item.title}{case}"


RECOMMENDATION_MAX = 4000  # a long recommendation is cut: the agenda itself holds it all


def item_recommendation(item: AgendaItem) -> str:
    """The item's *Indstilling* (also "Indstilling og beslutning"), or ""."""
    for name, text in item_sections(item).items():
        if name.strip().lower().startswith("indstilling"):
            text = text.strip()
            return text if len(text) <= RECOMMENDATION_MAX else text[:RECOMMENDATION_MAX].rstrip() + " …"
    return ""


def item_reference(item: AgendaItem) -> str:
    """``SAG-2024-04469 – Valg af formand ...``: the case number without the case officer's initials."""
    return " – ".join(x for x in (item.case_number, item.title) if x)


def suggested_due(meeting_date: dt.date, closing: tuple[str, ...] = (),
                  today: dt.date | None = None) -> tuple[dt.date | None, str | None]:
    """A due date before the meeting and, when there is none, why: ``"past"`` (the meeting
    was held) or ``"today"`` (it is today). The working day before the meeting, or today when
    that has passed but the meeting is still ahead."""
    today = today or local_today()
    if meeting_date < today:
        return None, "past"
    if meeting_date == today:
        return None, "today"
    due = working_day_before(meeting_date, closing)
    return (due if due >= today else today), None


def suggested_link(store: Store, item_id: int, kind_label: str = "", lang: str = "da") -> dict[str, Any]:
    """What a new request/draft for an item is prefilled with: title, description (the
    meeting with its date, the item, its case number and *Indstilling*), due date and
    ``due_note`` (why there is no due date; see ``suggested_due``)."""
    item, meeting = item_context(store, item_id)
    caption = item_caption(item, lang)
    joiner = "for" if lang == "en" else "til"
    title = f"{kind_label} {joiner} {caption}" if kind_label else caption[0].upper() + caption[1:]
    due, note = suggested_due(meeting.date, group_closing_days(store, meeting.group_id))
    desc = f"{meeting_label(meeting)}\n{item.number} {item.title}"
    if item.case_number:
        desc += f"\nSagsnr. {item.case_number}"
    recommendation = item_recommendation(item)
    if recommendation:
        desc += f"\n\nIndstilling:\n{recommendation}"
    return {"title": title[:NAME_MAX], "description": desc, "due_date": due, "due_note": note,
            "meeting_id": meeting.id, "meeting_date": meeting.date, "agenda_item_id": item.id,
            "group_id": meeting.group_id}


@changes(Kind.REQUESTS)
def create_request_for_item(store: Store, item_id: int, member_id: int, task_type: Any = "speech",
                            *, title: str | None = None, description: str | None = None,
                            due_date: Any = "suggested", **extra: Any) -> Request:
    """A request for a member linked to the agenda item (and its meeting)."""
    sug = suggested_link(store, item_id)
    return create_request(
        store, sug["group_id"], member_id, task_type, title if title is not None else sug["title"],
        description=description if description is not None else sug["description"],
        due_date=sug["due_date"] if due_date == "suggested" else due_date,
        meeting_id=sug["meeting_id"], agenda_item_id=item_id, **extra)


@changes(Kind.DRAFTS)
def create_draft_for_item(store: Store, item_id: int, member_id: int, kind: str = "speech",
                          *, title: str | None = None, **extra: Any):
    """A draft (speech, memo ...) for a member linked to the agenda item."""
    sug = suggested_link(store, item_id)
    return create_draft(store, sug["group_id"], member_id, kind=kind,
                               title=title if title is not None else sug["title"],
                               agenda_item_id=item_id, **extra)


def linked_items(store: Store, agenda_item_id: int) -> dict[str, list]:
    """Requests and drafts (not in the trash) linked to an agenda item."""
    with store.session() as s:
        get_or_not_found(s, AgendaItem, agenda_item_id)
        members = {m.id: m.name for m in s.exec(select(Member))}
        reqs = list(s.exec(select(Request).where(Request.agenda_item_id == agenda_item_id,
                                                 Request.deleted_at.is_(None)).order_by(Request.id)))
        drafts = list(s.exec(select(Draft).where(Draft.agenda_item_id == agenda_item_id,
                                                 Draft.deleted_at.is_(None)).order_by(Draft.id)))
    return {
        "requests": [{"id": r.id, "title": r.title, "status": r.status, "member": members.get(r.member_id, ""),
                      "member_id": r.member_id, "due_date": r.due_date} for r in reqs],
        "drafts": [{"id": d.id, "title": d.title, "kind": d.kind, "member": members.get(d.member_id, ""),
                    "member_id": d.member_id} for d in drafts],
    }
