"""What a draft may hold (kinds, sizes, no control characters, limits) and whom it may link to."""

from __future__ import annotations

import re
from typing import Any

from sqlmodel import Session

from secretary_app.domain import vocab
from secretary_app.domain.errors import NotFoundError
from secretary_app.services.requests.fields import field_error
from secretary_app.store.models import AgendaItem, Meeting, Request


KIND_CODES = vocab.codes(vocab.DRAFT_KINDS)


# About 90,000 words (a 20,000-word speech is some 130,000 characters): far more than any
# speech or article. A 200,000-word paste is refused with a message; the draft stays as it was.
PLAIN_MAX = 600_000


BODY_MAX = 8_000_000  # the HTML around that text


VERSION_NAME_MAX = 120


MAX_LIMIT_SECONDS = 4 * 3600


MAX_LIMIT_CHARS = 1_000_000


# Control characters other than tab and line breaks (NUL bytes from broken files, etc.).
_BAD_CHARS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def strip_control_chars(value: str) -> tuple[str, int]:
    """Remove NUL and other control characters; returns the text and how many went."""
    cleaned, n = _BAD_CHARS.subn("", value or "")
    return cleaned, n


def check_body(body: str, plain_text: str | None) -> None:
    """Refuse what must not be stored: control characters and absurd sizes."""
    if plain_text is not None:
        if len(plain_text) > PLAIN_MAX:
            raise field_error(f"Teksten er for lang ({len(plain_text):,} tegn; højst {PLAIN_MAX:,}). "
                              f"Udkastet er ikke ændret.".replace(",", "."),
                              f"The text is too long ({len(plain_text):,} characters; at most {PLAIN_MAX:,}). "
                              f"The draft was not changed.", "body")
        if _BAD_CHARS.search(plain_text):
            raise field_error("Teksten indeholder ugyldige kontroltegn (fx NUL-bytes). Udkastet er ikke ændret.",
                              "The text contains invalid control characters (such as NUL bytes). "
                              "The draft was not changed.", "body")
    if len(body or "") > BODY_MAX:
        raise field_error("Dokumentet er for stort til at gemme. Udkastet er ikke ændret.",
                          "The document is too large to save. The draft was not changed.", "body")
    if "\x00" in (body or ""):
        raise field_error("Dokumentet indeholder NUL-bytes. Udkastet er ikke ændret.",
                          "The document contains NUL bytes. The draft was not changed.", "body")


def clean_kind(kind: str | None) -> str:
    kind = (kind or "").strip()
    if kind not in KIND_CODES:
        # Danish labels are accepted too (tale, debatindlæg ...)
        for term in vocab.DRAFT_KINDS:
            if kind.casefold() in (term.da.casefold(), term.en.casefold()):
                return term.code
        raise field_error(f"Ukendt udkasttype »{kind}« (brug {', '.join(KIND_CODES)}).",
                          f"Unknown draft kind '{kind}' (use {', '.join(KIND_CODES)}).", "kind")
    return kind


def clean_limit(value: Any, maximum: int, field: str, da: str, en: str) -> int | None:
    if value in (None, "", 0):
        return None
    try:
        if isinstance(value, bool):
            raise TypeError
        n = int(value)
    except (TypeError, ValueError):
        raise field_error(f"{da} skal være et helt tal (ikke »{value}«).", f"{en} must be a whole number (not '{value}').",
                          field)
    if n < 0 or n > maximum:
        raise field_error(f"{da} skal ligge mellem 0 og {maximum}.", f"{en} must be between 0 and {maximum}.", field)
    return n or None


def clean_links(s: Session, group_id: int, request_id: Any, agenda_item_id: Any) -> tuple[int | None, int | None]:
    rid = aid = None
    if request_id not in (None, ""):
        req = s.get(Request, int(request_id))
        if req is None or req.group_id != group_id:
            raise NotFoundError(f"Opgaven med id {request_id} findes ikke i gruppen.",
                                f"There is no request with id {request_id} in the group.", field="request")
        rid = req.id
    if agenda_item_id not in (None, ""):
        item = s.get(AgendaItem, int(agenda_item_id))
        meeting = s.get(Meeting, item.meeting_id) if item else None
        if item is None or meeting is None or meeting.group_id != group_id:
            raise NotFoundError(f"Dagsordenspunktet med id {agenda_item_id} findes ikke i gruppen.",
                                f"There is no agenda item with id {agenda_item_id} in the group.",
                                field="agenda_item")
        aid = item.id
    return rid, aid
