"""Creating and editing drafts; the GUI editor autosaves through ``save_body``."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import text

from secretary_app.domain import vocab
from secretary_app.domain.changes import Kind, changes
from secretary_app.domain.dates import utc_now
from secretary_app.domain.draft_html import html_to_text, looks_like_html, text_to_html
from secretary_app.domain.draft_templates import DEFAULT_LIMITS
from secretary_app.domain.errors import NotFoundError
from secretary_app.domain.speaking_time import clamp_wpm
from secretary_app.domain.validation import NAME_MAX, clean_text
from secretary_app.services.drafts.checks import (
    MAX_LIMIT_CHARS, MAX_LIMIT_SECONDS, check_body, clean_kind, clean_limit, clean_links,
)
from secretary_app.services.drafts.templates import template_html, template_values
from secretary_app.services.lookup import get_or_not_found
from secretary_app.services.requests import field_error
from secretary_app.services.requests.validation import group_member
from secretary_app.store.engine import Store
from secretary_app.store.models import Draft, Member


@changes(Kind.DRAFTS)
def create_draft(store: Store, group_id: int, member_id: int, kind: str, title: str = "", *,
                 request_id: int | None = None, agenda_item_id: int | None = None,
                 body: str | None = None, limit_seconds: Any = "default", limit_chars: Any = "default",
                 today: dt.date | None = None) -> Draft:
    """A new draft; without ``body`` it starts from the kind's Danish template."""
    kind = clean_kind(kind)
    title = clean_text(title, "Titlen", "The title", max_len=NAME_MAX, required=False)
    with store.session() as s:
        member = group_member(s, group_id, member_id)
        rid, aid = clean_links(s, group_id, request_id, agenda_item_id)
        if not title:
            title = vocab.label(vocab.DRAFT_KINDS, kind)
        if body is None:
            body = template_html(kind, template_values(s, member, title, rid, aid, today))
        elif not looks_like_html(body):
            body = text_to_html(body)
        plain = html_to_text(body)
        check_body(body, plain)
        d_secs, d_chars = DEFAULT_LIMITS.get(kind, (None, None))
        draft = Draft(group_id=group_id, member_id=member.id, request_id=rid, agenda_item_id=aid, kind=kind,
                      title=title, body=body, body_format="html", plain_text=plain,
                      limit_seconds=d_secs if limit_seconds == "default" else clean_limit(
                          limit_seconds, MAX_LIMIT_SECONDS, "limit_seconds", "Tidsgrænsen", "The time limit"),
                      limit_chars=d_chars if limit_chars == "default" else clean_limit(
                          limit_chars, MAX_LIMIT_CHARS, "limit_chars", "Tegngrænsen", "The character limit"))
        s.add(draft)
        s.flush()
        return draft


def get_draft(store: Store, draft_id: int) -> Draft:
    with store.session() as s:
        return get_or_not_found(s, Draft, draft_id)


@changes(Kind.DRAFTS)
def save_body(store: Store, draft_id: int, body: str, plain_text: str | None = None) -> dt.datetime:
    """The autosave: store the document (and its plain text, if it changed) in one UPDATE.

    ``plain_text=None`` means "the words did not change" (only formatting): the FTS index is
    then left alone, which keeps the save cheap. Returns the saved time (naive UTC)."""
    check_body(body, plain_text)
    now = utc_now()
    stamp = now.strftime("%Y-%m-%d %H:%M:%S.%f")  # SQLAlchemy's SQLite DateTime format
    if plain_text is None:
        sql, params = "UPDATE draft SET body = ?, updated_at = ? WHERE id = ?", (body, stamp, draft_id)
    else:
        sql = "UPDATE draft SET body = ?, plain_text = ?, updated_at = ? WHERE id = ?"
        params = (body, plain_text, stamp, draft_id)
    with store.engine.begin() as conn:
        result = conn.exec_driver_sql(sql, params)
        if result.rowcount != 1:
            raise NotFoundError(f"Udkastet med id {draft_id} findes ikke.",
                                f"There is no draft with id {draft_id}.", field="id")
    return now


EDITABLE = ("title", "kind", "member_id", "request_id", "agenda_item_id", "limit_seconds", "limit_chars")


@changes(Kind.DRAFTS)
def update_draft(store: Store, draft_id: int, **changes: Any) -> Draft:
    unknown = set(changes) - set(EDITABLE)
    if unknown:
        raise field_error(f"Ukendte felter: {', '.join(sorted(unknown))}.",
                          f"Unknown fields: {', '.join(sorted(unknown))}.", "fields")
    with store.session() as s:
        draft = get_or_not_found(s, Draft, draft_id)
        if "title" in changes:
            draft.title = clean_text(changes["title"], "Titlen", "The title", max_len=NAME_MAX)
        if "kind" in changes:
            draft.kind = clean_kind(changes["kind"])
        if "member_id" in changes:
            draft.member_id = group_member(s, draft.group_id, changes["member_id"]).id
        if "request_id" in changes or "agenda_item_id" in changes:
            rid, aid = clean_links(s, draft.group_id, changes.get("request_id", draft.request_id),
                                   changes.get("agenda_item_id", draft.agenda_item_id))
            draft.request_id, draft.agenda_item_id = rid, aid
        if "limit_seconds" in changes:
            draft.limit_seconds = clean_limit(changes["limit_seconds"], MAX_LIMIT_SECONDS, "limit_seconds",
                                              "Tidsgrænsen", "The time limit")
        if "limit_chars" in changes:
            draft.limit_chars = clean_limit(changes["limit_chars"], MAX_LIMIT_CHARS, "limit_chars",
                                            "Tegngrænsen", "The character limit")
        draft.updated_at = utc_now()
        s.add(draft)
        return draft


@changes(Kind.DRAFTS)
def trash_draft(store: Store, draft_id: int) -> Draft:
    with store.session() as s:
        draft = get_or_not_found(s, Draft, draft_id)
        if draft.deleted_at is None:
            draft.deleted_at = utc_now()
            s.add(draft)
        return draft


@changes(Kind.DRAFTS)
def restore_draft(store: Store, draft_id: int) -> Draft:
    with store.session() as s:
        draft = get_or_not_found(s, Draft, draft_id)
        draft.deleted_at = None
        s.add(draft)
        return draft


@changes(Kind.DRAFTS)
def purge_draft(store: Store, draft_id: int) -> None:
    with store.session() as s:
        draft = s.get(Draft, draft_id)
        if draft is not None:
            s.exec(text("DELETE FROM draft_version WHERE draft_id = :i").bindparams(i=draft_id))
            s.delete(draft)


def member_wpm(store: Store, member_id: int) -> int:
    with store.session() as s:
        member = s.get(Member, member_id)
        return clamp_wpm(member.words_per_minute if member else None)
