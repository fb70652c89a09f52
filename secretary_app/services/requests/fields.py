"""What a request's form fields may hold: dates, minutes, tags, and the error that names a field."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any, Iterable

from secretary_app.domain import vocab
from secretary_app.domain.dates import COPENHAGEN, to_local, utc_now
from secretary_app.domain.errors import ValidationError
from secretary_app.domain.validation import clean_text


MAX_ESTIMATE_MINUTES = 100 * 60  # more than 100 hours on one request is a typo


MAX_LOG_MINUTES = 16 * 60  # one time entry covers at most one long working day


MAX_TAGS = 20


TAG_MAX = 40


NOTE_MAX = 1000


STATUS_CODES = vocab.codes(vocab.REQUEST_STATUSES)


CHANNEL_CODES = vocab.codes(vocab.CHANNELS)


_TAG_SPLIT = re.compile(r"[\s,;]+")


_TAG_OK = re.compile(r"^[\w\-æøå.#+/]+$", re.UNICODE)


def field_error(da: str, en: str, field: str) -> ValidationError:
    return ValidationError(da, en, field=field)


def received_local_date(received_at: dt.datetime) -> dt.date:
    return to_local(received_at).date()


def _received_from_date(day: dt.date) -> dt.datetime:
    """A received date typed without a time: noon Copenhagen time, stored as naive UTC."""
    local = dt.datetime.combine(day, dt.time(12, 0), tzinfo=COPENHAGEN)
    return local.astimezone(dt.timezone.utc).replace(tzinfo=None)


def _as_received(value: Any) -> dt.datetime:
    if value is None or (isinstance(value, str) and not value.strip()):
        return utc_now()  # an empty field means "now", as None does
    if isinstance(value, dt.datetime):
        if value.tzinfo is not None:
            return value.astimezone(dt.timezone.utc).replace(tzinfo=None)
        return value
    if isinstance(value, dt.date):
        return _received_from_date(value)
    if isinstance(value, str):
        return _received_from_date(parse_date_field(value, "received", "Modtaget-datoen", "The received date"))
    raise field_error("Modtaget-datoen er ugyldig.", "The received date is invalid.", "received")


def parse_date_field(value: Any, field: str, da: str, en: str) -> dt.date | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        from secretary_app.domain.dates import parse_date

        try:
            return parse_date(value)
        except ValueError:
            raise field_error(f"{da} »{value}« er ikke en gyldig dato (brug ÅÅÅÅ-MM-DD eller DD-MM-ÅÅÅÅ).",
                              f"{en} '{value}' is not a valid date (use YYYY-MM-DD or DD-MM-YYYY).", field)
    raise field_error(f"{da} er ugyldig.", f"{en} is invalid.", field)


def check_year(day: dt.date | None, field: str, da: str, en: str) -> None:
    if day is not None and not (2000 <= day.year <= 2100):
        raise field_error(f"{da} {day.isoformat()} ligger uden for 2000-2100.",
                          f"{en} {day.isoformat()} is outside 2000-2100.", field)


def clean_tags(value: str | Iterable[str] | None) -> str:
    """Free tags: lower case, split on spaces/commas, no duplicates, stored space-separated."""
    if value is None:
        return ""
    raw = value if isinstance(value, str) else " ".join(value)
    raw = clean_text(raw, "Mærkerne", "The tags", max_len=2000, required=False)
    out: list[str] = []
    for tag in _TAG_SPLIT.split(raw.lower()):
        tag = tag.strip().lstrip("#")
        if not tag or tag in out:
            continue
        if len(tag) > TAG_MAX or not _TAG_OK.match(tag):
            raise field_error(f"Mærket »{tag[:50]}« er ugyldigt (højst {TAG_MAX} tegn, bogstaver, tal og -).",
                              f"The tag '{tag[:50]}' is invalid (at most {TAG_MAX} characters: letters, digits, -).",
                              "tags")
        out.append(tag)
    if len(out) > MAX_TAGS:
        raise field_error(f"Højst {MAX_TAGS} mærker pr. opgave (ikke {len(out)}).",
                          f"At most {MAX_TAGS} tags per request (not {len(out)}).", "tags")
    return " ".join(out)


def clean_minutes(value: Any, field: str, da: str, en: str, maximum: int, *, allow_none: bool) -> int | None:
    if value is None or value == "":
        if allow_none:
            return None
        raise field_error(f"{da} mangler.", f"{en} is missing.", field)
    if isinstance(value, str) and not value.strip().isdigit():
        from secretary_app.domain.durations import parse_duration  # 2:00, 2 t, 90 min

        value = parse_duration(value, maximum=maximum)
        if value is None and allow_none:
            return None
    try:
        if isinstance(value, bool):
            raise TypeError
        if isinstance(value, float) and not value.is_integer():
            raise TypeError
        minutes = int(value)
    except (TypeError, ValueError):
        raise field_error(f"{da} skal være et helt antal minutter (ikke »{value}«).",
                          f"{en} must be a whole number of minutes (not '{value}').", field)
    if minutes <= 0:
        raise field_error(f"{da} skal være større end 0 minutter (ikke {minutes}).",
                          f"{en} must be more than 0 minutes (not {minutes}).", field)
    if minutes > maximum:
        raise field_error(f"{da} på {minutes} minutter er urimeligt lang (højst {maximum} minutter).",
                          f"{en} of {minutes} minutes is unreasonably long (at most {maximum} minutes).", field)
    return minutes
