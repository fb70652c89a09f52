"""Danish dates and times as agendas and meeting plans print them.

``Mandag den 26. januar 2026``, ``26. jan. 2026``, ``26-01-2026``, ``2026-01-26``, a time
``kl. 10.00-12.00`` / ``17:00 - 19:10`` / ``kl. 17``. The lexer finds them inside running
text; reading a whole header or plan is the readers' job (``domain/agenda``).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from secretary_app.domain.dates import MONTHS_DA, WEEKDAYS_DA

MONTH_NUMBERS = {name: i + 1 for i, name in enumerate(MONTHS_DA)}
MONTH_NUMBERS.update({"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
                      "sep": 9, "sept": 9, "okt": 10, "nov": 11, "dec": 12})
WEEKDAY_NUMBERS = {name: i for i, name in enumerate(WEEKDAYS_DA)}
WEEKDAY_NUMBERS.update({"loerdag": 5, "soendag": 6, "man": 0, "tirs": 1, "ons": 2, "tors": 3,
                        "fre": 4, "lør": 5, "søn": 6})

WEEKDAY_ALT = "|".join(sorted(WEEKDAY_NUMBERS, key=len, reverse=True))
MONTH_ALT = "|".join(sorted(MONTH_NUMBERS, key=len, reverse=True))

# "Mandag den 26. januar 2026", "26. jan. 2026", "torsdag 12. marts"
LONG_DATE_RE = re.compile(
    rf"(?:\b(?P<wd>{WEEKDAY_ALT})\.?,?\s+(?:(?:den|d\.)\s+)?)?"
    rf"\b(?P<d>\d{{1,2}})\.\s*(?P<m>{MONTH_ALT})\.?(?:\s+(?P<y>\d{{4}}))?\b",
    re.IGNORECASE)
# "26-01-2026", "26.01.2026", "26/1/26" (the same separator twice, so 10.30-12.00 is no date)
NUM_DATE_RE = re.compile(
    rf"(?:\b(?P<wd>{WEEKDAY_ALT})\.?,?\s+(?:den\s+)?)?"
    r"\b(?P<d>\d{1,2})(?P<sep>[-./])(?P<m>\d{1,2})(?P=sep)(?P<y>\d{4}|\d{2})\b(?![-./]\d)",
    re.IGNORECASE)
ISO_DATE_RE = re.compile(r"\b(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})\b")
TIME_RANGE_RE = re.compile(
    r"(?:\bkl\.?\s*)?\b(?P<h1>\d{1,2})[.:](?P<m1>\d{2})\b"
    r"(?:\s*(?:-|–|—|til)\s*(?:kl\.?\s*)?(?P<h2>\d{1,2})(?:[.:](?P<m2>\d{2}))?\b)?",
    re.IGNORECASE)
KL_HOUR_RE = re.compile(r"\bkl\.?\s*(?P<h1>\d{1,2})\b(?![.:]\d)", re.IGNORECASE)


@dataclass(frozen=True)
class FoundDate:
    date: dt.date
    weekday: str | None  # the weekday named in the text, lower case
    start: int
    end: int

    @property
    def weekday_conflict(self) -> bool:
        if not self.weekday:
            return False
        wanted = WEEKDAY_NUMBERS.get(self.weekday.lower().rstrip("."))
        return wanted is not None and wanted != self.date.weekday()


def year_of(text: str | None, default_year: int | None) -> int | None:
    if text is None:
        return default_year
    y = int(text)
    return y + 2000 if y < 100 else y


def find_date(text: str, default_year: int | None = None) -> FoundDate | None:
    """The first valid Danish date in ``text`` (long, numeric or ISO form)."""
    found: list[FoundDate] = []
    for m in LONG_DATE_RE.finditer(text):
        year = year_of(m.group("y"), default_year)
        if year is None:
            continue
        try:
            day = dt.date(year, MONTH_NUMBERS[m.group("m").lower()], int(m.group("d")))
        except (ValueError, KeyError):
            continue
        found.append(FoundDate(day, (m.group("wd") or "").lower() or None, m.start(), m.end()))
        break
    for m in NUM_DATE_RE.finditer(text):
        try:
            day = dt.date(year_of(m.group("y"), None), int(m.group("m")), int(m.group("d")))
        except (ValueError, TypeError):
            continue
        found.append(FoundDate(day, (m.group("wd") or "").lower() or None, m.start(), m.end()))
        break
    for m in ISO_DATE_RE.finditer(text):
        try:
            day = dt.date(int(m.group("y")), int(m.group("m")), int(m.group("d")))
        except ValueError:
            continue
        found.append(FoundDate(day, None, m.start(), m.end()))
        break
    return min(found, key=lambda f: f.start) if found else None


def clock(h: str | None, m: str | None) -> dt.time | None:
    if h is None:
        return None
    try:
        return dt.time(int(h), int(m or 0))
    except ValueError:
        return None


def find_time_range(text: str) -> tuple[dt.time | None, dt.time | None]:
    """``kl. 10.00-12.00`` -> (10:00, 12:00); ``10:30`` -> (10:30, None); ``kl. 17`` -> 17:00."""
    for m in TIME_RANGE_RE.finditer(text):
        start = clock(m.group("h1"), m.group("m1"))
        if start is None:
            continue
        end = clock(m.group("h2"), m.group("m2")) if m.group("h2") else None
        if end is not None and end <= start:
            end = None
        return start, end
    m = KL_HOUR_RE.search(text)
    if m:
        return clock(m.group("h1"), "0"), None
    return None, None
