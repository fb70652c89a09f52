"""Lists of drafts (no bodies), full-text search (FTS5 ``draft_fts``) and JSON for the CLI."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, text
from sqlmodel import select

from secretary_app.domain import vocab
from secretary_app.domain.speaking_time import clamp_wpm, text_stats
from secretary_app.services.drafts.checks import clean_kind
from secretary_app.services.drafts.press import press_order_warning
from secretary_app.services.lookup import get_or_not_found
from secretary_app.services.requests import fts_query
from secretary_app.store.engine import Store
from secretary_app.store.models import Draft, Member


@dataclass
class DraftRow:
    """What the list shows (no bodies: cheap for hundreds of drafts)."""

    id: int
    member_id: int
    member_name: str
    kind: str
    title: str
    request_id: int | None
    agenda_item_id: int | None
    chars: int
    updated_at: dt.datetime
    created_at: dt.datetime
    sent_members_at: dt.datetime | None
    sent_media_at: dt.datetime | None
    deleted_at: dt.datetime | None

    def kind_label(self, lang: str = "da") -> str:
        return vocab.label(vocab.DRAFT_KINDS, self.kind, lang)


def list_drafts(store: Store, group_id: int, member_id: int | None = None, *, include_deleted: bool = False,
                trash: bool = False, kind: str | None = None) -> list[DraftRow]:
    with store.session() as s:
        q = (select(Draft.id, Draft.member_id, Member.name, Draft.kind, Draft.title, Draft.request_id,
                    Draft.agenda_item_id, func.length(Draft.plain_text), Draft.updated_at, Draft.created_at,
                    Draft.sent_members_at, Draft.sent_media_at, Draft.deleted_at)
             .join(Member, Member.id == Draft.member_id).where(Draft.group_id == group_id))
        if member_id is not None:
            q = q.where(Draft.member_id == member_id)
        if kind:
            q = q.where(Draft.kind == clean_kind(kind))
        if trash:
            q = q.where(Draft.deleted_at.is_not(None))
        elif not include_deleted:
            q = q.where(Draft.deleted_at.is_(None))
        rows = s.exec(q.order_by(Draft.updated_at.desc(), Draft.id.desc())).all()
    return [DraftRow(*r) for r in rows]


def search_draft_ids(store: Store, group_id: int, query: str, member_id: int | None = None) -> list[int]:
    """Ids of the group's drafts whose title or text matches (FTS5 ``draft_fts``), best first."""
    match = fts_query(query)
    if match is None:
        return []
    sql = ("SELECT d.id FROM draft_fts CROSS JOIN draft d ON d.id = draft_fts.rowid "
           "WHERE draft_fts MATCH :m AND d.group_id = :g AND d.deleted_at IS NULL")
    params: dict[str, Any] = {"m": match, "g": group_id}
    if member_id is not None:
        sql += " AND d.member_id = :mid"
        params["mid"] = member_id
    sql += " ORDER BY bm25(draft_fts) LIMIT 500"
    with store.session() as s:
        return [r[0] for r in s.exec(text(sql).bindparams(**params))]


def search_snippets(store: Store, group_id: int, query: str) -> dict[int, str]:
    """A short snippet of matching text per draft (for tooltips in the list)."""
    match = fts_query(query)
    if match is None:
        return {}
    sql = ("SELECT d.id, snippet(draft_fts, 1, '»', '«', ' … ', 12) FROM draft_fts "
           "CROSS JOIN draft d ON d.id = draft_fts.rowid WHERE draft_fts MATCH :m AND d.group_id = :g LIMIT 500")
    with store.session() as s:
        return {r[0]: r[1] for r in s.exec(text(sql).bindparams(m=match, g=group_id))}


def draft_dict(store: Store, draft_id: int, lang: str = "da") -> dict[str, Any]:
    with store.session() as s:
        d = get_or_not_found(s, Draft, draft_id)
        member = s.get(Member, d.member_id)
        wpm = clamp_wpm(member.words_per_minute if member else None)
    stats = text_stats(d.plain_text, wpm, d.limit_seconds, d.limit_chars)
    return {
        "id": d.id, "group_id": d.group_id, "member_id": d.member_id,
        "member": member.name if member else "", "kind": d.kind,
        "kind_label": vocab.label(vocab.DRAFT_KINDS, d.kind, lang), "title": d.title,
        "request_id": d.request_id, "agenda_item_id": d.agenda_item_id,
        "words": stats.words, "chars": stats.chars, "speaking_seconds": stats.seconds, "words_per_minute": wpm,
        "limit_seconds": d.limit_seconds, "limit_chars": d.limit_chars, "over_limit": stats.over,
        "sent_members_at": _iso(d.sent_members_at), "sent_media_at": _iso(d.sent_media_at),
        "press_warning": press_order_warning(d.sent_members_at, d.sent_media_at, lang),
        "deleted": d.deleted_at is not None,
        "created_at": _iso(d.created_at), "updated_at": _iso(d.updated_at),
    }


def drafts_as_dicts(store: Store, rows: list[DraftRow], lang: str = "da") -> list[dict[str, Any]]:
    return [draft_dict(store, r.id, lang) for r in rows]


def _iso(moment: dt.datetime | None) -> str | None:
    return moment.replace(tzinfo=dt.timezone.utc).isoformat() if moment else None
