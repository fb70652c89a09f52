"""The activity log's figures: month bounds in Copenhagen time, trash, other groups, questions, guard."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from secretary_app.domain.errors import NotFoundError, ValidationError
from secretary_app.services import reports
from test_reports_dataset import MARCH, MARCH_BO_MINUTES, NOVEMBER, OCTOBER, OTHER_GROUP_TITLE, TODAY, \
    TRASHED_TITLE, build_dataset

CPH = ZoneInfo("Europe/Copenhagen")


@pytest.fixture
def data(store):
    return build_dataset(store)


def march(store, data, member=None):
    return reports.build_report(store, data.group_id, reports.month_period("2026-03"), member, today=TODAY)


def test_march_totals_match_the_hand_count(store, data):
    r = march(store, data)
    t = r.totals
    assert (t.received, t.completed, t.open, t.declined, t.minutes) == (
        MARCH["received"], MARCH["completed"], MARCH["open"], MARCH["declined"], MARCH["minutes"])
    got = {row.label: (row.counts.received, row.counts.completed, row.counts.open, row.counts.declined,
                       row.counts.minutes) for row in r.by_member}
    assert got == MARCH["by_member"]
    assert r.group_name == "Testpartiet" and r.period.label() == "marts 2026"


def test_month_bounds_follow_copenhagen_time_including_daylight_saving(store, data):
    r = march(store, data)
    ids = {ln.request_id for ln in r.requests if ln.in_period}
    rid = data.requests
    assert rid["r1"] in ids  # 00:30 local on 1 March
    assert rid["r3"] in ids  # 23:30 local (CEST) on 31 March
    assert rid["r10"] in ids  # 01:30 local on the night the clocks go forward
    assert rid["r4"] not in {ln.request_id for ln in r.requests}  # 00:30 local on 1 April
    # 23:30 local on 28 February: not received in March, but its March time is listed.
    early = [ln for ln in r.requests if ln.request_id == rid["r2"]]
    assert len(early) == 1 and not early[0].in_period and early[0].minutes == 20
    assert early[0].received_local == dt.datetime(2026, 2, 28, 23, 30)

    october = reports.build_report(store, data.group_id, reports.month_period("2026-10"), today=TODAY)
    november = reports.build_report(store, data.group_id, reports.month_period("2026-11"), today=TODAY)
    assert (october.totals.received, october.totals.minutes) == (OCTOBER["received"], OCTOBER["minutes"])
    assert (november.totals.received, november.totals.minutes) == (NOVEMBER["received"], NOVEMBER["minutes"])
    assert [ln.request_id for ln in october.requests] == [rid["r11"]]
    assert [ln.request_id for ln in november.requests] == [rid["r12"]]


def test_period_bounds_in_utc():
    assert reports.month_period("2026-03").utc_bounds() == (dt.datetime(2026, 2, 28, 23), dt.datetime(2026, 3, 31, 22))
    assert reports.month_period("2026-10").utc_bounds() == (dt.datetime(2026, 9, 30, 22), dt.datetime(2026, 10, 31, 23))


def test_trash_and_other_groups_never_count(store, data):
    r = march(store, data)
    titles = {ln.title for ln in r.requests}
    assert TRASHED_TITLE not in titles and OTHER_GROUP_TITLE not in titles
    assert "Xenia Xu" not in {row.label for row in r.by_member}
    other = reports.build_report(store, data.other_group_id, reports.month_period("2026-03"), today=TODAY)
    assert other.totals.minutes == 500 and [ln.title for ln in other.requests] == [OTHER_GROUP_TITLE]
    assert other.guard.flagged == 1


def test_detail_lines_add_up_to_the_total_and_to_the_type_table(store, data):
    r = march(store, data)
    assert len(r.requests) == MARCH["lines"]
    assert sum(ln.minutes for ln in r.requests) == r.totals.minutes
    assert sum(row.counts.minutes for row in r.by_type) == r.totals.minutes
    assert sum(row.counts.received for row in r.by_type) == r.totals.received
    assert sum(row.counts.minutes for row in r.by_member_type) == r.totals.minutes
    # Requests are listed in the order they arrived.
    assert [ln.received_local for ln in r.requests] == sorted(ln.received_local for ln in r.requests)


def test_one_member(store, data):
    r = march(store, data, data.members["Bo Bech"])
    assert r.member_name == "Bo Bech"
    assert [row.label for row in r.by_member] == ["Bo Bech"]
    assert r.totals.minutes == MARCH_BO_MINUTES
    assert {ln.member for ln in r.requests} == {"Bo Bech"}
    assert r.guard.declined == 1 and r.guard.accepted_with_justification == 1
    with pytest.raises(NotFoundError):
        march(store, data, data.members["Xenia Xu"])  # another group's member


def test_questions_within_and_after_ten_working_days(store, data):
    q = march(store, data).questions
    assert {k: getattr(q, k) for k in MARCH["questions"]} == MARCH["questions"]
    by_title = {ql.title: ql for ql in q.lines}
    assert by_title["Spørgsmål om ventelister"].due == dt.date(2026, 3, 16)
    assert by_title["Spørgsmål om vejarbejde"].outcome == "late"
    # Easter 2026 (Maundy Thursday, Good Friday, Easter Monday) moves the deadline.
    assert by_title["Spørgsmål om svømmehal"].due == dt.date(2026, 4, 13)
    before = reports.build_report(store, data.group_id, reports.month_period("2026-03"),
                                  today=dt.date(2026, 4, 1)).questions
    assert (before.pending, before.overdue) == (1, 0)


def test_guard_summary(store, data):
    g = march(store, data).guard
    assert {k: getattr(g, k) for k in MARCH["guard"]} == MARCH["guard"]
    assert g.justifications == [("Pressen om metroen", "Knyttet til udvalgets sag om metroen")]


def test_empty_month_lists_every_member_with_zero(store, data):
    r = reports.build_report(store, data.group_id, reports.month_period("2025-06"), today=TODAY)
    assert r.totals.minutes == 0 and r.requests == []
    # The members joined in January 2026: June 2025 shows nobody rather than inventing rows.
    assert r.by_member == []
    r = reports.build_report(store, data.group_id, reports.month_period("2026-06"), today=TODAY)
    assert [row.counts.minutes for row in r.by_member] == [0, 0, 0]


@pytest.mark.parametrize("text", ["2026-13", "2026-00", "26-03", "marts", "", "2026/03", "2026-3-1"])
def test_malformed_month_is_refused_with_a_clear_message(text):
    with pytest.raises(ValidationError) as exc:
        reports.month_period(text)
    assert "ÅÅÅÅ-MM" in exc.value.da


def test_ranges():
    p = reports.resolve_period(None, "2026-03-01", "31-03-2026")
    assert p == reports.month_period("2026-03") and p.is_month
    p = reports.resolve_period(None, "2026-01-01", "2026-12-31")
    assert not p.is_month and p.label() == "1. januar 2026 – 31. december 2026"
    with pytest.raises(ValidationError):
        reports.resolve_period(None, "2026-03-31", "2026-03-01")
    with pytest.raises(ValidationError):
        reports.resolve_period("2026-03", "2026-03-01", "2026-03-31")
    with pytest.raises(ValidationError):
        reports.resolve_period(None, "i går", "2026-03-31")


def test_a_year_range_equals_the_sum_of_its_months(store, data):
    year = reports.build_report(store, data.group_id, reports.resolve_period(None, "2026-01-01", "2026-12-31"),
                                today=TODAY)
    months = [reports.build_report(store, data.group_id, reports.month_period(f"2026-{m:02d}"), today=TODAY)
              for m in range(1, 13)]
    assert year.totals.minutes == sum(m.totals.minutes for m in months)
    assert year.totals.received == sum(m.totals.received for m in months)


def test_format_minutes():
    assert reports.format_minutes(0) == "0:00"
    assert reports.format_minutes(238) == "3:58"
    assert reports.format_minutes(6005) == "100:05"
    assert reports.hours_decimal(135) == "2,25" and reports.hours_decimal(135, ".") == "2.25"


# --- against a brute-force count, on random data around the month boundaries ------------------------

_moments = st.datetimes(min_value=dt.datetime(2026, 2, 27), max_value=dt.datetime(2026, 4, 2)).map(
    lambda d: d.replace(microsecond=0))
_request = st.tuples(_moments, st.sampled_from(["new", "in_progress", "waiting", "done", "declined"]),
                     st.booleans(), st.lists(st.tuples(st.dates(dt.date(2026, 2, 27), dt.date(2026, 4, 2)),
                                                       st.integers(1, 600)), max_size=3))


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(rows=st.lists(_request, max_size=25))
def test_totals_equal_a_brute_force_count(store, rows):
    from sqlmodel import select

    from secretary_app.services import groups
    from secretary_app.store.models import Member, Request, TaskType, TimeEntry

    count = len(groups.list_groups(store))
    g = groups.create_group(store, f"Gruppe {count}", "Q" + chr(65 + count // 26) + chr(65 + count % 26))
    with store.session() as s:
        m = Member(group_id=g.id, name="M")
        s.add(m)
        s.flush()
        tt = s.exec(select(TaskType).where(TaskType.group_id == g.id)).first()
        for at, status, trashed, entries in rows:
            r = Request(group_id=g.id, member_id=m.id, task_type_id=tt.id, title="x", received_at=at,
                        status=status, deleted_at=dt.datetime(2026, 5, 1) if trashed else None)
            s.add(r)
            s.flush()
            for day, minutes in entries:
                s.add(TimeEntry(request_id=r.id, work_date=day, minutes=minutes))
    rep = reports.build_report(store, g.id, reports.month_period("2026-03"), today=TODAY)

    def local_month(at):
        local = at.replace(tzinfo=dt.timezone.utc).astimezone(CPH)
        return (local.year, local.month)

    live = [r for r in rows if not r[2]]
    assert rep.totals.received == sum(1 for r in live if local_month(r[0]) == (2026, 3))
    assert rep.totals.completed == sum(1 for r in live if local_month(r[0]) == (2026, 3) and r[1] == "done")
    assert rep.totals.minutes == sum(mins for r in live for day, mins in r[3] if (day.year, day.month) == (2026, 3))
    assert sum(ln.minutes for ln in rep.requests) == rep.totals.minutes
