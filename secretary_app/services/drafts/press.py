"""Press releases: members get them before, or at the latest with, the media."""

from __future__ import annotations

import datetime as dt
from typing import Any

from secretary_app.domain.changes import Kind, changes
from secretary_app.domain.dates import COPENHAGEN, format_datetime, utc_now
from secretary_app.services.lookup import get_or_not_found
from secretary_app.services.requests import field_error
from secretary_app.store.engine import Store
from secretary_app.store.models import Draft


def press_order_warning(members_at: dt.datetime | None, media_at: dt.datetime | None,
                        lang: str = "da") -> str | None:
    """Members get press releases before, or at the latest at the same time as, the media."""
    if media_at is None:
        return None
    if members_at is None:
        return ("Pressemeddelelsen er sendt til medierne, men ikke til kommunalbestyrelsens medlemmer. "
                "Medlemmerne skal have den senest samtidig med medierne."
                if lang != "en" else
                "The press release went to the media but not to the council members. "
                "Members must get it at the latest at the same time as the media.")
    if media_at < members_at:
        return (f"Medierne fik pressemeddelelsen før medlemmerne ({format_datetime(media_at)} før "
                f"{format_datetime(members_at)}). Medlemmerne skal have den senest samtidig med medierne."
                if lang != "en" else
                f"The media got the press release before the members ({format_datetime(media_at)} before "
                f"{format_datetime(members_at)}). Members must get it at the latest at the same time.")
    return None


def _as_utc(value: Any, field: str) -> dt.datetime | None:
    if value in (None, ""):
        return None
    if isinstance(value, str):
        try:
            value = dt.datetime.fromisoformat(value.strip())
        except ValueError:
            raise field_error(f"»{value}« er ikke et gyldigt tidspunkt (brug ÅÅÅÅ-MM-DD TT:MM).",
                              f"'{value}' is not a valid time (use YYYY-MM-DD HH:MM).", field)
        if value.tzinfo is None:
            value = value.replace(tzinfo=COPENHAGEN)  # typed times are local
    if not isinstance(value, dt.datetime):
        raise field_error("Ugyldigt tidspunkt.", "Invalid time.", field)
    if value.tzinfo is not None:
        value = value.astimezone(dt.timezone.utc).replace(tzinfo=None)
    return value


@changes(Kind.DRAFTS)
def set_sent_times(store: Store, draft_id: int, members_at: Any = None, media_at: Any = None,
                   lang: str = "da") -> tuple[Draft, str | None]:
    """Record when a press release went to the council members and to the media.

    Naive datetimes are UTC, aware ones are converted, strings are Copenhagen local time.
    Returns the draft and a warning when the media would get it first (it is still saved:
    the secretary records what happened)."""
    m_at, p_at = _as_utc(members_at, "sent_members_at"), _as_utc(media_at, "sent_media_at")
    with store.session() as s:
        draft = get_or_not_found(s, Draft, draft_id)
        draft.sent_members_at, draft.sent_media_at = m_at, p_at
        draft.updated_at = utc_now()
        s.add(draft)
    return draft, press_order_warning(m_at, p_at, lang)
