"""Durations typed by people: ``2:00``, ``2 t``, ``1,5 t``, ``90 min``, ``1 t 30 min``, shown as t:mm."""

from __future__ import annotations

import re

from secretary_app.domain.errors import ValidationError

MAX_MINUTES = 100 * 60

_CLOCK = re.compile(r"^(\d{1,3}):([0-5]\d)$")
_NUMBER = r"(\d+(?:[.,]\d+)?)"
_HOURS = r"(?:t|tim|time|timer|h|hr|hrs|hour|hours)"
_MINS = r"(?:m|min|mins|minut|minutter|minute|minutes)"
_PARTS = re.compile(rf"^(?:{_NUMBER}\s*{_HOURS}\.?)?\s*(?:{_NUMBER}\s*{_MINS}\.?)?$")


def _bad(text: str) -> ValidationError:
    return ValidationError(
        f"»{text}« er ikke en tid. Skriv fx 2:00, 2 t, 1,5 t eller 90 min.",
        f"'{text}' is not a duration. Write e.g. 2:00, 2 h, 1.5 h or 90 min.", field="estimated_minutes")


def parse_duration(text: str | None, maximum: int = MAX_MINUTES) -> int | None:
    """Minutes, or None for an empty field. A bare number is minutes (``90`` = 1:30)."""
    raw = (text or "").strip()
    if not raw:
        return None
    key = " ".join(raw.casefold().split())
    if len(key) > 40:
        raise _bad(raw[:40] + " …")
    if m := _CLOCK.match(key):
        minutes = int(m.group(1)) * 60 + int(m.group(2))
    elif re.fullmatch(r"\d+", key):
        minutes = int(key)
    else:
        m = _PARTS.match(key)
        if not m or not (m.group(1) or m.group(2)):
            raise _bad(raw)
        hours = float(m.group(1).replace(",", ".")) if m.group(1) else 0.0
        mins = float(m.group(2).replace(",", ".")) if m.group(2) else 0.0
        minutes = round(hours * 60 + mins)
    if minutes <= 0:
        raise ValidationError(f"»{raw}« er ingen tid; skriv mindst 1 minut eller lad feltet stå tomt.",
                              f"'{raw}' is no time; write at least 1 minute or leave the field empty.",
                              field="estimated_minutes")
    if minutes > maximum:
        raise ValidationError(
            f"{format_hm(minutes)} er urimeligt lang (højst {format_hm(maximum)}).",
            f"{format_hm(minutes)} is unreasonably long (at most {format_hm(maximum)}).",
            field="estimated_minutes")
    return minutes


def format_hm(minutes: int | None) -> str:
    """``90`` -> ``1:30``; None -> ``""``."""
    if minutes is None:
        return ""
    return f"{minutes // 60}:{minutes % 60:02d}"
