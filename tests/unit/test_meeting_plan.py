"""Meeting-plan parser: the KKR plans in both seed agendas, weekday contradictions, bad input."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from secretary_app.domain.errors import ValidationError
from secretary_app.domain.meeting_plan import parse_meeting_plan

DATA = Path(__file__).resolve().parents[1] / "data" / "agendas"


def test_kkr_2026_plan_from_the_whole_agenda():
    plan = parse_meeting_plan((DATA / "kkr_hovedstaden_2026.txt").read_text(encoding="utf-8"))
    dates = [e.date for e in plan.entries]
    assert len(dates) == 21
    assert dates[:5] == [dt.date(2026, 1, 26), dt.date(2026, 3, 25), dt.date(2026, 6, 16),
                         dt.date(2026, 9, 4), dt.date(2026, 11, 20)]
    assert dates[-1] == dt.date(2030, 1, 23)
    assert plan.entries[0].note == "konstituerende møde 2026-2030"
    assert (plan.start_time, plan.end_time) == (dt.time(10), dt.time(12))
    # the plan's own sentence (09:00-10:00), not the agenda header's 09:00-10:30
    assert (plan.group_meeting_start, plan.group_meeting_end) == (dt.time(9), dt.time(10))
    assert plan.place == "Glostrup Park Hotel i Glostrup"
    assert plan.problems == []
    assert all(e.weekday_ok for e in plan.entries)


def test_kkr_2022_table_layout_with_wrapped_note():
    plan = parse_meeting_plan((DATA / "kkr_hovedstaden_2022.txt").read_text(encoding="utf-8"))
    assert len(plan.entries) == 20
    assert plan.entries[0].date == dt.date(2022, 3, 25)
    assert plan.entries[-1].date == dt.date(2026, 1, 26)
    assert plan.entries[-1].note == "konstituerende møde"
    assert plan.times_for(plan.entries[0]) == (dt.time(10), dt.time(12), dt.time(9), dt.time(10))


def test_group_meeting_defaults_to_the_hour_before():
    plan = parse_meeting_plan("2026\nTorsdag den 12. marts kl. 17.30-21.00\n\nMøderne afholdes kl. 16.00.\n")
    assert plan.times_for(plan.entries[0]) == (dt.time(17, 30), dt.time(21), dt.time(16, 30), dt.time(17, 30))


def test_weekday_contradicting_the_date_is_reported_with_its_line():
    plan = parse_meeting_plan("2026\nMandag den 26. januar\nTirsdag den 25. marts\n")
    assert [e.date for e in plan.entries] == [dt.date(2026, 1, 26), dt.date(2026, 3, 25)]
    assert not plan.entries[1].weekday_ok
    assert len(plan.problems) == 1
    p = plan.problems[0]
    assert p.line == 3 and "onsdag" in p.da and "tirsdag" in p.da


def test_invalid_date_and_missing_year_are_problems():
    plan = parse_meeting_plan("Mandag den 26. januar\n2026\nMandag den 30. februar\nOnsdag den 25. marts\n")
    assert [e.date for e in plan.entries] == [dt.date(2026, 3, 25)]
    assert [p.line for p in plan.problems] == [1, 3]


@pytest.mark.parametrize("text", ["", "Hej\nDer er ingen datoer her.\n", "2026\n", "\x00\x01"])
def test_no_dates_is_an_error(text):
    with pytest.raises(ValidationError):
        parse_meeting_plan(text)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(st.sampled_from([
    "2026", "2027  Fredag den 9. september", "Mandag den 26. januar (konstituerende", "møde)",
    "Onsdag den 31. april", "Møderne afholdes fra kl. 10.00-12.00.", "gruppemøder kl. 25:99-10:00",
    "Fredag 30-02-2026", "", "(", ")"]), st.text(max_size=30)), max_size=60))
def test_random_plans_never_crash(lines):
    try:
        plan = parse_meeting_plan("\n".join(lines))
    except ValidationError:
        return
    for e in plan.entries:
        plan.times_for(e)
    plan.to_dict()
