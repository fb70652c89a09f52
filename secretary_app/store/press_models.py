"""Tables for press monitoring: watch terms, sources, clippings and who they matched.

Owned by migration 0005 (``migrations/versions/0005_press.py``); the FTS5 index
``press_clipping_fts`` is created there by raw SQL and kept in step by triggers.
"""

from __future__ import annotations

from typing import Optional

from sqlalchemy import Index, UniqueConstraint, text
from sqlmodel import Field, SQLModel

from secretary_app.domain.dates import utc_now
from secretary_app.store.models import Utc, _fk


class PressWatchTerm(SQLModel, table=True):
    """A term on a member's watch list; ``member_id`` NULL means the whole group's list."""

    __tablename__ = "press_watch_term"
    id: Optional[int] = Field(default=None, primary_key=True)
    group_id: int = _fk("party_group.id")
    member_id: Optional[int] = _fk("member.id", nullable=True)
    term: str
    exclusions: str = Field(default="")  # one exclusion per line
    created_at: Utc = Field(default_factory=utc_now)


class PressSource(SQLModel, table=True):
    """A feed added by URL (``kind`` = feed) or where pasted articles and mail digests came from."""

    __tablename__ = "press_source"
    __table_args__ = (UniqueConstraint("group_id", "url", name="uq_press_source_url"),)
    id: Optional[int] = Field(default=None, primary_key=True)
    group_id: int = _fk("party_group.id")
    kind: str = Field(default="feed")  # feed | article | mail | file
    url: str
    title: str = Field(default="")
    keep_text: bool = Field(default=True)  # keep article text locally (some outlets forbid it)
    interval_minutes: int = Field(default=60)
    etag: str = Field(default="")
    last_modified: str = Field(default="")
    last_checked_at: Optional[Utc] = None
    last_ok_at: Optional[Utc] = None
    last_error: str = Field(default="")  # offline | timeout | not_found | too_large | not_feed | http
    created_at: Utc = Field(default_factory=utc_now)


class PressClipping(SQLModel, table=True):
    __tablename__ = "press_clipping"
    __table_args__ = (
        Index("ix_press_clipping_inbox", "group_id", "status", "published_at"),
        Index("ix_press_clipping_url", "group_id", "url_key"),
        Index("ix_press_clipping_guid", "group_id", "guid"),
        Index("ix_press_clipping_headline", "group_id", "headline_key"),
    )
    id: Optional[int] = Field(default=None, primary_key=True)
    group_id: int = _fk("party_group.id")
    source_id: Optional[int] = _fk("press_source.id", ondelete="SET NULL", nullable=True)
    guid: str = Field(default="")
    url: str = Field(default="")
    url_key: str = Field(default="")  # the URL without tracking parameters, fragment, case of host
    headline_key: str = Field(default="")  # press_match.headline_key(outlet, title)
    outlet: str = Field(default="")
    title: str
    author: str = Field(default="")
    summary: str = Field(default="")
    body_text: str = Field(default="")
    published_at: Optional[Utc] = None
    fetched_at: Utc = Field(default_factory=utc_now)
    # new (matched, waiting for triage) | unmatched (kept for search) | kept | dismissed
    status: str = Field(default="new")
    tone: Optional[str] = None  # positive | neutral | negative, set by the secretary
    request_id: Optional[int] = _fk("request.id", ondelete="SET NULL", nullable=True)
    draft_id: Optional[int] = _fk("draft.id", ondelete="SET NULL", nullable=True)
    decided_at: Optional[Utc] = None


class PressClippingMember(SQLModel, table=True):
    """Whose watch terms a clipping matched (``terms_json``), and for whom it was kept."""

    __tablename__ = "press_clipping_member"
    __table_args__ = (
        Index("ix_press_clipping_member_unique", "clipping_id", text("coalesce(member_id, 0)"), unique=True),
    )
    id: Optional[int] = Field(default=None, primary_key=True)
    clipping_id: int = _fk("press_clipping.id")
    member_id: Optional[int] = _fk("member.id", nullable=True)
    terms_json: str = Field(default="[]")
    kept: bool = Field(default=False)
