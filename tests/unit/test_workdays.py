"""Danish working days against the official holiday dates 2026-2028 (written out by hand)."""

import datetime as dt

import pytest

from secretary_app.domain.workdays import add_working_days, is_working_day, working_days_between

D = dt.date
# Official Danish public holidays (helligdage) 2026-2028; Store Bededag was abolished from 2024.
OFFICIAL = {
    2026: [D(2026, 1, 1), D(2026, 4, 2), D(2026, 4, 3), D(2026, 4, 5), D(2026, 4, 6), D(2026, 5, 14),
           D(2026, 5, 24), D(2026, 5, 25), D(2026, 12, 25), D(2026, 12, 26)],
    2027: [D(2027, 1, 1), D(2027, 3, 25), D(2027, 3, 26), D(2027, 3, 28), D(2027, 3, 29), D(2027, 5, 6),
           D(2027, 5, 16), D(2027, 5, 17), D(2027, 12, 25), D(2027, 12, 26)],
    2028: [D(2028, 1, 1), D(2028, 4, 13), D(2028, 4, 14), D(2028, 4, 16), D(2028, 4, 17), D(2028, 5, 25),
           D(2028, 6, 4), D(2028, 6, 5), D(2028, 12, 25), D(2028, 12, 26)],
}


@pytest.mark.parametrize("day", [d for days in OFFICIAL.values() for d in days])
def test_official_holidays_are_not_working_days(day):
    assert not is_working_day(day)


def test_issue_example_easter_2026():
    assert add_working_days(D(2026, 3, 30), 10) == D(2026, 4, 16)  # Monday -> Thursday


@pytest.mark.parametrize("start, n, expected", [
    (D(2027, 3, 22), 10, D(2027, 4, 8)),   # Easter 2027: 25, 26, 29 March closed
    (D(2028, 4, 10), 10, D(2028, 4, 27)),  # Easter 2028: 13, 14, 17 April closed
    (D(2026, 12, 21), 5, D(2026, 12, 29)),  # Christmas 2026: 25 Dec is a Friday, 26 a Saturday
    (D(2027, 12, 22), 3, D(2027, 12, 27)),  # Christmas 2027 on a weekend: no weekday lost
    (D(2027, 12, 30), 1, D(2027, 12, 31)),  # New Year's Day 2028 is a Saturday
    (D(2026, 12, 30), 2, D(2027, 1, 4)),    # New Year's Day 2027 (Friday) closed
    (D(2028, 12, 22), 2, D(2028, 12, 28)),  # 25 and 26 Dec 2028 are Monday and Tuesday
])
def test_add_working_days_across_holidays(start, n, expected):
    assert add_working_days(start, n) == expected
    assert working_days_between(start, expected) == n


def test_extra_closing_days_yearly_and_once():
    extra = ("06-05", "12-24", "12-31", "2026-05-15")
    assert not is_working_day(D(2026, 6, 5), extra)   # Grundlovsdag (Friday)
    assert is_working_day(D(2026, 6, 5))
    assert not is_working_day(D(2027, 12, 24), extra)
    assert not is_working_day(D(2026, 5, 15), extra)
    assert is_working_day(D(2027, 5, 14), extra)      # the one-off date does not repeat
    # Christmas 2026 with 24 and 31 December closed: 22, 23, 28, 29, 30 Dec, then 4 Jan.
    assert add_working_days(D(2026, 12, 21), 6, extra) == D(2027, 1, 4)
    # A JSON list as stored on the council works too.
    assert add_working_days(D(2026, 12, 21), 6, '["12-24", "12-31"]') == D(2027, 1, 4)


def test_bad_closing_day_is_refused():
    with pytest.raises(ValueError):
        is_working_day(D(2026, 1, 5), ("24-12",))
