"""Danish date formatting and parsing (``26. januar 2026``, ``26-01-2026``)."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

COPENHAGEN = ZoneInfo("Europe/Copenhagen")

MONTHS_DA = ("januar", "februar", "marts", "april", "maj", "juni", "juli",
             "august", "september", "oktober", "november", "december")
MONTHS_EN = ("January", "February", "March", "April", "May", "June", "July",
             "August", "September", "October", "November", "December")
WEEKDAYS_DA = ("mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag")
WEEKDAYS_EN = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def format_long(d: dt.date | None, lang: str = "da") -> str:
    """``26. januar 2026`` (English: ``26 January 2026``)."""
    if d is None:
        return ""
    if lang == "en":
        return f"{d.day} {MONTHS_EN[d.month - 1]} {d.year}"
    return f"{d.day}. {MONTHS_DA[d.month - 1]} {d.year}"


def weekday_name(d: dt.date, lang: str = "da") -> str:
    """``torsdag`` (English: ``Thursday``)."""
    return (WEEKDAYS_EN if lang == "en" else WEEKDAYS_DA)[d.weekday()]


def format_short(d: dt.date | None) -> str:
    """``26-01-2026``: the numeric form Danish forms and agendas use."""
    if d is None:
        return ""
    return f"{d.day:02d}-{d.month:02d}-{d.year:04d}"


def format_month(year: int, month: int, lang: str = "da") -> str:
    names = MONTHS_EN if lang == "en" else MONTHS_DA
    return f"{names[month - 1]} {year}"


def format_datetime(moment: dt.datetime | None, lang: str = "da") -> str:
    """A UTC timestamp shown in Copenhagen local time: ``26-01-2026 10:30``."""
    if moment is None:
        return ""
    local = to_local(moment)
    return f"{format_short(local.date())} {local:%H:%M}"


def to_local(moment: dt.datetime) -> dt.datetime:
    """Stored datetimes are naive UTC; show and group them in Copenhagen time."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.timezone.utc)
    return moment.astimezone(COPENHAGEN)


def utc_now() -> dt.datetime:
    """Naive UTC, the form the store keeps."""
    return dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)


def local_today() -> dt.date:
    return dt.datetime.now(COPENHAGEN).date()


def parse_date(text: str) -> dt.date:
    """Accept ISO (2026-01-26) and Danish numeric (26-01-2026, 26.01.2026, 26/1/2026) dates."""
    s = (text or "").strip()
    if not s:
        raise ValueError("tom dato")
    try:
        return dt.date.fromisoformat(s)
    except ValueError:
        pass
    for sep in ("-", ".", "/"):
        parts = s.split(sep)
        if len(parts) == 3 and all(p.isdigit() for p in parts):
            day, month, year = (int(p) for p in parts)
            if year < 100:
                year += 2000
            return dt.date(year, month, day)
    raise ValueError(f"ugyldig dato: {text!r} (brug ÅÅÅÅ-MM-DD eller DD-MM-ÅÅÅÅ)")
