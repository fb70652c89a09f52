"""What an agenda reader returns: the meeting header, the items, and what it could not read."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Any

from secretary_app.domain.errors import ValidationError


class AgendaError(ValidationError):
    """Bad input, with the (1-based) line where reading stopped."""

    def __init__(self, da: str, en: str, line: int | None = None):
        if line is not None:
            da = f"{da} (linje {line})"
            en = f"{en} (line {line})"
        super().__init__(da, en, field="file")
        self.line = line


_CLOSED_RE = re.compile(r"^(?:lukket|lukkede)\b(?:\s+(?:punkt|sag|dagsorden))?\s*[.:]?", re.IGNORECASE)


_CLOSED_TAIL_RE = re.compile(r"(?:\(\s*lukket(?:\s+(?:punkt|sag))?\s*\)|[-–]\s*lukket(?:\s+punkt)?)\s*$",
                             re.IGNORECASE)


def is_closed_title(title: str) -> bool:
    """``Lukket punkt.``, ``Lukket: Køb af landbrugsejendom``: closed to the public."""
    t = title.strip()
    return bool(_CLOSED_RE.match(t) or _CLOSED_TAIL_RE.search(t))


@dataclass
class AgendaItemData:
    number: str
    title: str
    case_number: str = ""
    initials: str = ""
    sections: dict[str, str] = field(default_factory=dict)
    attachments: int = 0
    heading: str = ""  # the group heading it sits under ("KKR", "A. Sager til afgørelse")
    line: int = 0
    closed: bool = False

    @property
    def is_eventuelt(self) -> bool:
        return self.title.strip().rstrip(".").lower() in ("eventuelt", "evt.", "evt")

    @property
    def decision(self) -> str:
        """The minutes' decision (``Beslutning``, ``Beslutninger``, ``Beslutning i ...``)."""
        for key, text in self.sections.items():
            if key.lower().startswith("beslutning") and not key.lower().startswith("beslutningsforslag") \
                    and not key.lower().startswith("beslutningspunkt"):
                return text
        return ""

    def to_dict(self) -> dict[str, Any]:
        return {"number": self.number, "title": self.title, "case_number": self.case_number,
                "initials": self.initials, "sections": dict(self.sections),
                "attachments": self.attachments, "heading": self.heading,
                "eventuelt": self.is_eventuelt, "closed": self.closed,
                "decision": self.decision, "line": self.line}


@dataclass
class AgendaHeader:
    date: dt.date | None = None
    start_time: dt.time | None = None
    end_time: dt.time | None = None
    place: str = ""
    body: str = ""
    title: str = ""
    group_meeting_start: dt.time | None = None
    group_meeting_end: dt.time | None = None

    @property
    def body_kind(self) -> str:
        return body_kind_of(self.body)

    def to_dict(self) -> dict[str, Any]:
        hm = (lambda t: t.strftime("%H:%M") if t else None)
        return {"date": self.date.isoformat() if self.date else None, "time": hm(self.start_time),
                "end_time": hm(self.end_time), "place": self.place, "body": self.body,
                "body_kind": self.body_kind, "title": self.title,
                "group_meeting": {"start": hm(self.group_meeting_start),
                                  "end": hm(self.group_meeting_end)}}


@dataclass
class Agenda:
    meeting: AgendaHeader
    items: list[AgendaItemData]
    warnings: list[str] = field(default_factory=list)
    # lines that looked like items or dates but were not taken (for the review step)
    unread: list[tuple[int, str]] = field(default_factory=list)
    is_minutes: bool = False

    def to_dict(self) -> dict[str, Any]:
        return {"meeting": self.meeting.to_dict(), "items": [i.to_dict() for i in self.items],
                "warnings": list(self.warnings), "minutes": self.is_minutes,
                "unread": [{"line": n, "text": t} for n, t in self.unread]}


def body_kind_of(body: str) -> str:
    """vocab.MEETING_BODIES code for a body name."""
    b = body.lower()
    if "kkr" in b or "kommunekontaktråd" in b:
        return "kkr"
    if re.search(r"udvalg", b):
        return "committee"
    if re.search(r"borgerrepræsentation|kommunalbestyrelse|byråd|kommunalråd|regionsråd", b):
        return "council"
    return "other" if b else "council"
