"""Danish working days: Monday to Friday except public holidays and the municipality's
own closing days (for example Grundlovsdag, 24 and 31 December).

Public holidays come from the ``holidays`` package (``country_holidays("DK")``), so
Easter and Whitsun move correctly every year. Extra closing days are strings:
``"MM-DD"`` closes that day every year, ``"YYYY-MM-DD"`` closes one date.
Questions to the administration must be answered within ten working days.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import re
from typing import Iterable

ANSWER_WORKING_DAYS = 10

_YEARLY = re.compile(r"^(\d{2})-(\d{2})$")
_ONCE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")


@functools.lru_cache(maxsize=64)
def _public_holidays(year: int) -> frozenset[dt.date]:
    # Imported lazily: the package is large and only needed once per year asked for.
    import holidays

    return frozenset(holidays.country_holidays("DK", years=[year]).keys())


def parse_closing_days(items: Iterable[str] | str | None) -> tuple[str, ...]:
    """Validate closing-day strings; accepts a JSON list (as stored on Council) or an iterable.

    Raises ValueError naming the first bad entry."""
    if items is None:
        return ()
    if isinstance(items, str):
        text = items.strip()
        if not text:
            return ()
        try:
            items = json.loads(text)
        except ValueError as exc:
            raise ValueError(f"closing days are not a JSON list: {text[:60]!r}") from exc
        if not isinstance(items, list):
            raise ValueError("closing days must be a JSON list")
    out = []
    for raw in items:
        value = str(raw).strip()
        m = _YEARLY.match(value)
        if m:
            dt.date(2024, int(m.group(1)), int(m.group(2)))  # leap year: 02-29 allowed
            out.append(value)
            continue
        if _ONCE.match(value):
            dt.date.fromisoformat(value)
            out.append(value)
            continue
        raise ValueError(f"not a closing day (use MM-DD or YYYY-MM-DD): {value!r}")
    return tuple(out)


def stored_closing_days(text: str | None) -> tuple[str, ...]:
    """The council's stored closing days; a broken value reads as none, so it cannot stop
    the board or a report (the settings dialog names the problem)."""
    try:
        return parse_closing_days(text or "[]")
    except ValueError:
        return ()


@functools.lru_cache(maxsize=256)
def _extra_set(extra: tuple[str, ...], year: int) -> frozenset[dt.date]:
    days = set()
    for value in extra:
        m = _YEARLY.match(value)
        if m:
            try:
                days.add(dt.date(year, int(m.group(1)), int(m.group(2))))
            except ValueError:  # 02-29 in a common year
                pass
        elif _ONCE.match(value):
            d = dt.date.fromisoformat(value)
            if d.year == year:
                days.add(d)
    return frozenset(days)


def _norm(extra: Iterable[str] | str | None) -> tuple[str, ...]:
    if not extra:
        return ()
    if isinstance(extra, str):
        return _parse_cached(extra)
    return _parse_cached(tuple(str(v) for v in extra))


@functools.lru_cache(maxsize=64)
def _parse_cached(extra: tuple[str, ...] | str) -> tuple[str, ...]:
    return parse_closing_days(list(extra) if isinstance(extra, tuple) else extra)


def is_working_day(day: dt.date, extra: Iterable[str] | str = ()) -> bool:
    if day.weekday() >= 5:
        return False
    if day in _public_holidays(day.year):
        return False
    return day not in _extra_set(_norm(extra), day.year)


def add_working_days(start: dt.date, n: int, extra: Iterable[str] | str = ()) -> dt.date:
    """The n-th working day after ``start`` (start itself is not counted).

    ``add_working_days(date(2026, 3, 30), 10) == date(2026, 4, 16)``: Easter 2026 closes
    Maundy Thursday, Good Friday and Easter Monday."""
    if n < 0:
        raise ValueError("n must not be negative")
    ex = _norm(extra)
    day = start
    left = n
    while left > 0:
        day += dt.timedelta(days=1)
        if is_working_day(day, ex):
            left -= 1
    return day


def working_days_between(start: dt.date, end: dt.date, extra: Iterable[str] | str = ()) -> int:
    """Working days after ``start`` up to and including ``end``; negative when end < start.

    ``working_days_between(d, add_working_days(d, n)) == n``."""
    ex = _norm(extra)
    if end == start:
        return 0
    sign = 1
    if end < start:
        start, end, sign = end, start, -1
    count = 0
    day = start
    while day < end:
        day += dt.timedelta(days=1)
        if is_working_day(day, ex):
            count += 1
    return sign * count


def answer_due(sent: dt.date, extra: Iterable[str] | str = ()) -> dt.date:
    """The deadline for a question to the administration sent on ``sent``."""
    return add_working_days(sent, ANSWER_WORKING_DAYS, extra)
