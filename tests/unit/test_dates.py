"""Danish dates: 26. januar 2026 and 26-01-2026; Copenhagen local time for stored UTC."""

from __future__ import annotations

import datetime as dt

import pytest

from secretary_app.domain import dates


def test_long_and_short_danish_formats():
    d = dt.date(2026, 1, 26)
    assert dates.format_long(d) == "26. januar 2026"
    assert dates.format_long(d, "en") == "26 January 2026"
    assert dates.format_short(d) == "26-01-2026"
    assert dates.format_month(2026, 5) == "maj 2026"
    assert dates.format_long(None) == "" and dates.format_short(None) == ""


def test_stored_utc_is_shown_in_copenhagen_time_across_dst():
    winter = dt.datetime(2026, 1, 31, 22, 30)  # 23:30 local (CET)
    summer = dt.datetime(2026, 7, 31, 21, 30)  # 23:30 local (CEST)
    assert dates.format_datetime(winter) == "31-01-2026 23:30"
    assert dates.format_datetime(summer) == "31-07-2026 23:30"
    assert dates.to_local(dt.datetime(2026, 1, 31, 23, 30)).date() == dt.date(2026, 2, 1)


@pytest.mark.parametrize("text", ["2026-01-26", "26-01-2026", "26.01.2026", "26/1/2026", " 26-1-26 "])
def test_parse_accepts_iso_and_danish_numeric(text):
    assert dates.parse_date(text) == dt.date(2026, 1, 26)


@pytest.mark.parametrize("text", ["", "31-02-2026", "i morgen", "2026-13-01"])
def test_parse_rejects_bad_dates(text):
    with pytest.raises(ValueError):
        dates.parse_date(text)
