"""SQLModel tables. The schema itself is owned by the Alembic migrations in
``migrations/versions``; these classes must match them (a test compares the two).

Conventions: datetimes are naive UTC (``domain.dates.utc_now``), plain dates are
Copenhagen-local calendar dates; lists and structured values are JSON text, never
pickles.
"""

from __future__ import annotations

import datetime as dt
from typing import Optional

from sqlalchemy import Column, ForeignKey, Index, Integer, UniqueConstraint, text
from pydantic import NaiveDatetime
from sqlmodel import Field, SQLModel

from secretary_app.domain.dates import utc_now

# Stored as naive UTC (SQLite has no time zones); shown in Copenhagen time by the UI.
Utc = NaiveDatetime


def _fk(target: str, ondelete: str = "CASCADE", nullable: bool = False, index: bool = True):
    return Field(
        default=None,
        sa_column=Column(Integer, ForeignKey(target, ondelete=ondelete), nullable=nullable, index=index),
    )


# --- revision 0001: the council, its party groups, members and task catalogue ----------


class Council(SQLModel, table=True):
    __tablename__ = "council"
    id: Optional[int] = Field(default=None, primary_key=True)
    name: str = Field(unique=True)
    # JSON list of extra closing days: "MM-DD" for every year or "YYYY-MM-DD" once.
    extra_closing_days: str = Field(default="[]")
    created_at: Utc = Field(default_factory=utc_now)


class PartyGroup(SQLModel, table=True):
    __tablename__ = "party_group"
    __table_args__ = (
        UniqueConstraint("council_id", "name", name="uq_party_group_name"),
        UniqueConstraint("council_id", "list_letter", name="uq_party_group_letter"),
    )
    id: Optional[int] = Field(default=None, primary_key=True)
    council_id: int = _fk("council.id")
    name: str
    list_letter: str
    created_at: Utc = Field(default_factory=utc_now)


class Member(SQLModel, table=True):
    __tablename__ = "member"
    id: Optional[int] = Field(default=None, primary_key=True)
    group_id: int = _fk("party_group.id")
    name: str
    committees: str = Field(default="")  # one committee per line
    email: str = Field(default="")
    phone: str = Field(default="")
    active_from: Optional[dt.date] = None
    active_to: Optional[dt.date] = None
    words_per_minute: int = Field(default=130)
    created_at: Utc = Field(default_factory=utc_now)


class TaskType(SQLModel, table=True):
    __tablename__ = "task_type"
    __table_args__ = (UniqueConstraint("group_id", "code", name="uq_task_type_code"),)
    id: Optional[int] = Field(default=None, primary_key=True)
    group_id: int = _fk("party_group.id")
    code: str
    label_da: str
    label_en: str = Field(default="")
    description: str = Field(default="")
    legal_note: str = Field(default="")
    active: bool = Field(default=True)
    position: int = Field(default=0)


# --- revision 0002: the work itself -----------------------------------------------------


class Meeting(SQLModel, table=True):
    __tablename__ = "meeting"
    id: Optional[int] = Field(default=None, primary_key=True)
    group_id: int = _fk("party_group.id")
    uid: str = Field(unique=True)  # stable across exports (ICS UID)
    body_kind: str = Field(default="council")  # vocab.MEETING_BODIES
    body_name: str = Field(default="")
    title: str = Field(default="")
    date: dt.date
    start_time: Optional[dt.time] = None
    end_time: Optional[dt.time] = None
    place: str = Field(default="")
    group_meeting_start: Optional[dt.time] = None
    group_meeting_end: Optional[dt.time] = None
    notes: str = Field(default="")
    source: str = Field(default="")  # file name or "plan" / "manual"
    created_at: Utc = Field(default_factory=utc_now)


class AgendaItem(SQLModel, table=True):
    __tablename__ = "agenda_item"
    id: Optional[int] = Field(default=None, primary_key=True)
    meeting_id: int = _fk("meeting.id")
    position: int = Field(default=0)
    number: str
    title: str
    case_number: str = Field(default="")
    initials: str = Field(default="")
    sections_json: str = Field(default="{}")  # {"Baggrund": "...", "Indstilling": "..."}
    attachments: int = Field(default=0)  # count of "./." markers


class Request(SQLModel, table=True):
    __tablename__ = "request"
    __table_args__ = (
        Index("ix_request_board", "member_id", "status", "position"),
        Index("ix_request_received", "group_id", "received_at"),
        Index("ix_request_trash", "group_id", sqlite_where=text("deleted_at IS NOT NULL")),
    )
    id: Optional[int] = Field(default=None, primary_key=True)
    group_id: int = _fk("party_group.id")
    member_id: int = _fk("member.id")
    task_type_id: int = _fk("task_type.id", ondelete="RESTRICT")
    title: str
    description: str = Field(default="")
    channel: str = Field(default="email")  # vocab.CHANNELS
    received_at: Utc = Field(default_factory=utc_now)
    due_date: Optional[dt.date] = None
    status: str = Field(default="new", index=True)  # vocab.REQUEST_STATUSES
    priority: int = Field(default=1)
    estimated_minutes: Optional[int] = None
    tags: str = Field(default="")  # space-separated, lower case
    position: float = Field(default=0.0)  # order within its board column
    # Questions to the administration (politician_question): ten working days to answer.
    sent_date: Optional[dt.date] = None
    answer_due: Optional[dt.date] = None
    answered_date: Optional[dt.date] = None
    answer_to_all: Optional[bool] = None
    decline_reason: str = Field(default="")
    guard_verdict: Optional[str] = None  # vocab.GUARD_VERDICTS, latest check
    guard_decision: Optional[str] = None  # None | "accepted" | "declined" | "rewritten"
    meeting_id: Optional[int] = _fk("meeting.id", ondelete="SET NULL", nullable=True)
    agenda_item_id: Optional[int] = _fk("agenda_item.id", ondelete="SET NULL", nullable=True)
    deleted_at: Optional[Utc] = None  # in the trash when set
    created_at: Utc = Field(default_factory=utc_now)
    updated_at: Utc = Field(default_factory=utc_now)


class TimeEntry(SQLModel, table=True):
    __tablename__ = "time_entry"
    id: Optional[int] = Field(default=None, primary_key=True)
    request_id: int = _fk("request.id")
    work_date: dt.date = Field(index=True)  # Copenhagen-local date the work was done
    minutes: int
    note: str = Field(default="")
    started_at: Optional[Utc] = None  # UTC, set by the GUI timer
    created_at: Utc = Field(default_factory=utc_now)


class GuardEvent(SQLModel, table=True):
    """Append-only audit log of guard verdicts and the secretary's decisions."""

    __tablename__ = "guard_event"
    id: Optional[int] = Field(default=None, primary_key=True)
    group_id: int = _fk("party_group.id")
    request_id: Optional[int] = _fk("request.id", ondelete="SET NULL", nullable=True)
    at: Utc = Field(default_factory=utc_now)
    verdict: str  # vocab.GUARD_VERDICTS
    reasons_json: str = Field(default="[]")
    action: str = Field(default="check")  # check | declined | accepted | rewritten
    justification: str = Field(default="")


class Draft(SQLModel, table=True):
    __tablename__ = "draft"
    id: Optional[int] = Field(default=None, primary_key=True)
    group_id: int = _fk("party_group.id")
    member_id: int = _fk("member.id")
    request_id: Optional[int] = _fk("request.id", ondelete="SET NULL", nullable=True)
    agenda_item_id: Optional[int] = _fk("agenda_item.id", ondelete="SET NULL", nullable=True)
    kind: str = Field(default="speech")  # vocab.DRAFT_KINDS
    title: str = Field(default="")
    body: str = Field(default="")  # the document in body_format
    body_format: str = Field(default="html")  # "html" (QTextDocument) or "markdown"
    plain_text: str = Field(default="")  # for search, counts and speaking time
    limit_seconds: Optional[int] = None
    limit_chars: Optional[int] = None
    sent_members_at: Optional[Utc] = None
    sent_media_at: Optional[Utc] = None
    deleted_at: Optional[Utc] = None
    created_at: Utc = Field(default_factory=utc_now)
    updated_at: Utc = Field(default_factory=utc_now)


class DraftVersion(SQLModel, table=True):
    __tablename__ = "draft_version"
    id: Optional[int] = Field(default=None, primary_key=True)
    draft_id: int = _fk("draft.id")
    name: str
    body: str
    body_format: str = Field(default="html")
    plain_text: str = Field(default="")
    created_at: Utc = Field(default_factory=utc_now)


# --- revision 0003: data safety ----------------------------------------------------------


class AuditEvent(SQLModel, table=True):
    """Append-only log of data-protection events (e.g. a member's data erased).

    ``summary_json`` holds counts and aggregated minutes only, never personal text."""

    __tablename__ = "audit_event"
    id: Optional[int] = Field(default=None, primary_key=True)
    at: Utc = Field(default_factory=utc_now)
    kind: str  # "member_erased", "member_exported"
    group_id: Optional[int] = _fk("party_group.id", ondelete="SET NULL", nullable=True)
    summary_json: str = Field(default="{}")


# --- revision 0004_mail: requests from the inbox -----------------------------------------


class MailMessage(SQLModel, table=True):
    """A mail imported into a request (or written as a reply); the file itself is kept in
    the data folder under ``stored_dir`` (relative to it), with its attachments."""

    __tablename__ = "mail_message"
    __table_args__ = (Index("ix_mail_message_topic", "group_id", "topic"),)
    id: Optional[int] = Field(default=None, primary_key=True)
    group_id: int = _fk("party_group.id")
    request_id: int = _fk("request.id")
    direction: str = Field(default="in")  # "in" (imported) | "reply" | "forward" (drafts written)
    message_id: str = Field(default="", index=True)
    in_reply_to: str = Field(default="")
    references_json: str = Field(default="[]")
    conversation_key: str = Field(default="", index=True)  # hex of the conversation index's header
    topic: str = Field(default="")  # subject without SV:/RE:/FW:, lower case
    subject: str = Field(default="")
    sender_name: str = Field(default="")
    sender_address: str = Field(default="")
    sent_at: Optional[Utc] = None
    body_text: str = Field(default="")
    new_text: str = Field(default="")
    original_name: str = Field(default="")
    original_sha256: str = Field(default="", index=True)
    stored_dir: str = Field(default="")
    created_at: Utc = Field(default_factory=utc_now)


class MailAttachment(SQLModel, table=True):
    __tablename__ = "mail_attachment"
    id: Optional[int] = Field(default=None, primary_key=True)
    mail_id: int = _fk("mail_message.id")
    request_id: int = _fk("request.id")
    name: str
    content_type: str = Field(default="application/octet-stream")
    size: int = Field(default=0)
    stored_name: str = Field(default="")  # file name inside the mail's stored_dir
    inline: bool = Field(default=False)
    created_at: Utc = Field(default_factory=utc_now)


class MemberMailAddress(SQLModel, table=True):
    """Further sender addresses the secretary chose to remember for a member."""

    __tablename__ = "member_mail_address"
    __table_args__ = (UniqueConstraint("member_id", "address", name="uq_member_mail_address"),)
    id: Optional[int] = Field(default=None, primary_key=True)
    member_id: int = _fk("member.id")
    address: str  # lower case
    created_at: Utc = Field(default_factory=utc_now)


class CouncilMailbox(SQLModel, table=True):
    """The administration's mailbox for questions to the administration, per council."""

    __tablename__ = "council_mailbox"
    council_id: Optional[int] = Field(
        default=None,
        sa_column=Column(Integer, ForeignKey("council.id", ondelete="CASCADE"), primary_key=True),
    )
    admin_address: str = Field(default="")


# --- revision 0005: press monitoring (own module; imported here so the metadata is whole) ---

from secretary_app.store import press_models  # noqa: E402,F401


# --- revision 0006: demo data marked row by row -----------------------------------------


class DemoRow(SQLModel, table=True):
    """A row the demo seeder created (``services/demo/marking.py`` removes exactly these)."""

    __tablename__ = "demo_row"
    table_name: str = Field(primary_key=True)
    row_id: int = Field(primary_key=True)
