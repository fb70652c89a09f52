"""Guard service: verdicts and decisions go to the append-only audit log."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import text

from secretary_app.domain.errors import ValidationError
from secretary_app.services import groups
from secretary_app.services import guard as svc
from secretary_app.services import requests as reqs


@pytest.fixture
def member(store, group):
    return groups.create_member(store, group.id, groups.MemberInput("Anna Jensen"))


def _request(store, group, member, title, description=""):
    return reqs.create_request(store, group.id, member.id, "speech", title, description=description)


def test_check_request_reads_title_and_description():
    assert svc.check_request("Tale", "til partiets sommerfest", "speech").verdict == "party_political"
    assert svc.check_request("Tale til indvielsen af skolen", "", "speech").verdict == "ok"


def test_record_check_sets_verdict_and_does_not_flood_the_log(store, group, member):
    r = _request(store, group, member, "Tale til landsmødet")
    result = svc.check_request(r.title, r.description, "speech")
    assert svc.record_check(store, group.id, r.id, result) is not None
    assert svc.record_check(store, group.id, r.id, result) is None  # unchanged: not logged again
    assert reqs.get_request(store, r.id).guard_verdict == "party_political"
    ok = svc.check_request("Tale til indvielsen af skolen", "", "speech")
    assert svc.record_check(store, group.id, r.id, ok) is not None
    log = svc.audit_log(store, request_id=r.id)
    assert [e.verdict for e in log] == ["party_political", "ok"]
    assert svc.event_reasons(log[0])[0].rule == "party.organisation"
    assert reqs.get_request(store, r.id).guard_verdict == "ok"


def test_accept_requires_a_justification_and_saves_nothing_without(store, group, member):
    r = _request(store, group, member, "Tale til partiets sommerfest")
    svc.record_check(store, group.id, r.id, svc.check_request(r.title))
    with pytest.raises(ValidationError) as exc:
        svc.decide(store, r.id, "accepted", "   ")
    assert "Begrundelsen" in exc.value.da
    assert [e.action for e in svc.audit_log(store, request_id=r.id)] == ["check"]
    event = svc.decide(store, r.id, "accepted", "Talen handler om kommunens budget, aftalt med gruppen.")
    assert event.action == "accepted" and event.verdict == "party_political"
    assert svc.event_reasons(event)  # the reasons are kept with the decision
    assert reqs.get_request(store, r.id).guard_decision == "accepted"


def test_decline_sets_status_and_reason(store, group, member):
    r = _request(store, group, member, "Skriv et nyhedsbrev til partiforeningens medlemmer")
    svc.record_check(store, group.id, r.id, svc.check_request(r.title))
    svc.decide(store, r.id, "declined", "Partipolitisk – henvis til partiets sekretariat.")
    got = reqs.get_request(store, r.id)
    assert got.status == "declined" and got.decline_reason.startswith("Partipolitisk")
    assert got.guard_decision == "declined"
    r2 = _request(store, group, member, "Book flybilletter til Mallorca for mig og familien")
    svc.record_check(store, group.id, r2.id, svc.check_request(r2.title))
    svc.decide(store, r2.id, "declined")
    assert "private" in reqs.get_request(store, r2.id).decline_reason


def test_unknown_action_and_request(store, group, member):
    r = _request(store, group, member, "X")
    with pytest.raises(ValidationError):
        svc.decide(store, r.id, "ignored")
    with pytest.raises(Exception):
        svc.decide(store, 999_999, "rewritten")


def test_audit_log_is_append_only(store, group, member):
    r = _request(store, group, member, "Tale til landsmødet")
    svc.record_check(store, group.id, r.id, svc.check_request(r.title))
    with pytest.raises(Exception):
        with store.session() as s:
            s.exec(text("UPDATE guard_event SET verdict = 'ok'"))
    assert svc.audit_log(store, group.id)[0].verdict == "party_political"


def test_summary_counts_flagged_declined_and_accepted(store, group, member):
    a = _request(store, group, member, "Tale til landsmødet")
    b = _request(store, group, member, "Nyhedsbrev til partiforeningens medlemmer")
    c = _request(store, group, member, "Tale til indvielsen af skolen")
    for r in (a, b, c):
        svc.record_check(store, group.id, r.id, svc.check_request(r.title))
    svc.decide(store, a.id, "declined", "Partipolitisk")
    svc.decide(store, b.id, "accepted", "Aftalt med gruppeformanden")
    today = dt.date.today()
    got = svc.summary(store, group.id, today - dt.timedelta(days=1), today + dt.timedelta(days=2))
    assert (got.checks, got.flagged, got.declined, got.accepted_with_justification) == (3, 2, 1, 1)
    empty = svc.summary(store, group.id, today + dt.timedelta(days=5), today + dt.timedelta(days=6))
    assert empty.as_dict() == {"checks": 0, "flagged": 0, "declined": 0,
                               "accepted_with_justification": 0, "rewritten": 0}
