"""What a mail file holds, whatever its format."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from secretary_app.domain.message_text import split_message

# Outlook's message classes, by the kind the app shows them as.
KINDS = (
    ("ipm.schedule.meeting.request", "meeting_request"),
    ("ipm.schedule.meeting.canceled", "meeting_cancellation"),
    ("ipm.schedule.meeting.resp", "meeting_response"),
    ("ipm.appointment", "appointment"),
    ("ipm.contact", "contact"),
    ("ipm.distlist", "distribution_list"),
    ("ipm.stickynote", "sticky_note"),
    ("ipm.task", "task"),
    ("ipm.activity", "journal"),
    ("report.", "report"),
    ("ipm.note", "note"),
    ("ipm.post", "note"),
    ("ipm", "note"),
)

_PREFIX = re.compile(r"^\s*(?:(?:sv|vs|re|fw|fwd|tr|aw|wg|antw|odp|r)\s*(?:\[\d+\])?\s*:\s*)+", re.I)


def kind_of(message_class: str) -> str:
    lowered = (message_class or "IPM.Note").lower()
    for prefix, kind in KINDS:
        if lowered.startswith(prefix):
            return kind
    return "other"


def strip_subject_prefixes(subject: str) -> str:
    """'SV: VS: Vejbump' -> 'Vejbump' (Danish, English and German reply/forward prefixes)."""
    return _PREFIX.sub("", subject or "").strip()


@dataclass(frozen=True)
class Address:
    name: str = ""
    address: str = ""

    def to_json(self) -> dict:
        return {"name": self.name, "address": self.address}

    def label(self) -> str:
        if self.name and self.address:
            return f"{self.name} <{self.address}>"
        return self.name or self.address


@dataclass
class MeetingInfo:
    start: dt.datetime | None = None
    end: dt.datetime | None = None
    location: str = ""

    def to_json(self) -> dict:
        return {
            "start": self.start.isoformat() if self.start else None,
            "end": self.end.isoformat() if self.end else None,
            "location": self.location,
        }


@dataclass
class Attachment:
    name: str
    content_type: str
    data: bytes = field(repr=False, default=b"")
    inline: bool = False
    content_id: str = ""
    # An attached mail (Outlook's embedded message or MIME message/rfc822).
    message: MailMessage | None = None
    size_hint: int = 0

    @property
    def size(self) -> int:
        return len(self.data) or self.size_hint

    def to_json(self) -> dict:
        out = {"name": self.name, "size": self.size, "content_type": self.content_type}
        if self.inline:
            out["inline"] = True
        if self.message is not None:
            out["message"] = self.message.to_json()
        return out


@dataclass
class MailMessage:
    format: str  # "eml" or "msg"
    message_class: str = "IPM.Note"
    subject: str = ""
    sender: Address = field(default_factory=Address)
    to: list[Address] = field(default_factory=list)
    cc: list[Address] = field(default_factory=list)
    sent: dt.datetime | None = None
    received: dt.datetime | None = None
    text: str = ""
    html: str = ""
    attachments: list[Attachment] = field(default_factory=list)
    message_id: str = ""
    in_reply_to: str = ""
    references: list[str] = field(default_factory=list)
    conversation_index: bytes = b""
    conversation_topic: str = ""
    meeting: MeetingInfo | None = None
    # Contact cards, tasks and notes: the few fields worth showing, by name.
    details: dict[str, str] = field(default_factory=dict)

    @property
    def kind(self) -> str:
        return kind_of(self.message_class)

    @property
    def topic(self) -> str:
        return strip_subject_prefixes(self.conversation_topic or self.subject)

    @property
    def new_text(self) -> str:
        return split_message(self.text, subject=self.subject).new

    def to_json(self) -> dict:
        out = {
            "kind": self.kind,
            "format": self.format,
            "message_class": self.message_class,
            "subject": self.subject,
            "from": self.sender.to_json(),
            "to": [a.to_json() for a in self.to],
            "cc": [a.to_json() for a in self.cc],
            "sent": self.sent.isoformat() if self.sent else None,
            "received": self.received.isoformat() if self.received else None,
            "text": self.text,
            "new_text": self.new_text,
            "attachments": [a.to_json() for a in self.attachments],
            "message_id": self.message_id,
            "in_reply_to": self.in_reply_to,
            "references": self.references,
        }
        if self.conversation_index:
            out["conversation_index"] = self.conversation_index.hex()
        if self.meeting is not None:
            out["meeting"] = self.meeting.to_json()
        if self.details:
            out["details"] = dict(self.details)
        return out
