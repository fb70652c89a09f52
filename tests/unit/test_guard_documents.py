"""The guard on drafts (marked ready, exported) and mails at intake: same verdicts, same log."""

from __future__ import annotations

import json

import pytest

from secretary_app.domain.errors import NotFoundError, ValidationError
from secretary_app.services import drafts as dsvc
from secretary_app.services import groups
from secretary_app.services import guard as gsvc
from secretary_app.services import guard_documents as docs
from secretary_app.services import requests as reqs

CAMPAIGN = ("Byrådet har vedtaget nye cykelstier i Hasle.\n"
            "Derfor: stem på mig og sæt dit kryds ved liste A ved kommunalvalget.")


@pytest.fixture
def member(store, group):
    return groups.create_member(store, group.id, groups.MemberInput("Anna Jensen"))


def test_a_press_release_that_turned_into_campaign_material_is_flagged_and_logged(store, group, member):
    d = dsvc.create_draft(store, group.id, member.id, "press_release", "Cykelstier")
    dsvc.save_body(store, d.id, "<p>x</p>", CAMPAIGN)
    check = docs.check_draft(store, d.id, "export")
    assert check.flagged and check.result.verdict == "party_political"
    assert "stem på mig" in check.result.reasons[0].sentence
    event = gsvc.audit_log(store, group_id=group.id)[-1]
    assert event.id == check.event_id and event.verdict == "party_political" and event.action == "check"
    assert json.loads(event.reasons_json)[0] == {"source": "draft", "draft_id": d.id, "occasion": "export"}
    assert docs.source_of(json.loads(event.reasons_json))["occasion"] == "export"
    # The marker is not shown as a reason.
    assert all(r.rule for r in gsvc.event_reasons(event))
    # Exported again unchanged: logged again (a flag is always logged); made clean: logged once.
    dsvc.save_body(store, d.id, "<p>x</p>", "Byrådet har vedtaget nye cykelstier i Hasle.")
    assert docs.check_draft(store, d.id, "ready").event_id is not None
    assert docs.check_draft(store, d.id, "ready").event_id is None


def test_a_clean_draft_leaves_no_event_and_bad_input_is_refused(store, group, member):
    d = dsvc.create_draft(store, group.id, member.id, "speech", "Tale til indvielsen af legepladsen")
    dsvc.save_body(store, d.id, "<p>x</p>", "Kære alle, i dag åbner vi den nye legeplads i Hasle.")
    assert docs.check_draft(store, d.id).event_id is None
    with pytest.raises(ValidationError):
        docs.check_draft(store, d.id, "printed")
    with pytest.raises(NotFoundError):
        docs.check_draft(store, 99999)


def test_a_mail_at_intake_is_judged_on_what_the_writer_asks(store, group, member):
    mail = ("Hej Mette,\n\nKan du finde forvaltningens svar om skolebussen?\n\nMvh\nJens\n"
            "Byrådsmedlem, Venstre – stem personligt på Jens\n")
    assert not docs.check_mail(None, None, mail).flagged
    forward = ("Kan du klare det her?\n\n---------- Forwarded message ----------\nFra: Lokalforeningen\n\n"
               "Vi skal have trykt valgfoldere til kampagnen og hængt valgplakater op.\n")
    r = reqs.create_request(store, group.id, member.id, "speech", "Fra mail")
    check = docs.check_mail(store, group.id, forward, subject="Fwd: Valgkamp", request_id=r.id)
    assert check.flagged and check.event_id is not None
    assert reqs.get_request(store, r.id).guard_verdict == "party_political"
    event = gsvc.audit_log(store, request_id=r.id)[-1]
    assert json.loads(event.reasons_json)[0] == {"source": "mail", "occasion": "intake"}
