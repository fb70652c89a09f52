"""Drafts service: create from templates, autosave, versions, press-release order, search, bad input."""

from __future__ import annotations

import datetime as dt

import pytest

from secretary_app.domain.errors import NotFoundError, ValidationError
from secretary_app.services import drafts as svc
from secretary_app.services import groups


@pytest.fixture
def member(store, group):
    return groups.create_member(store, group.id, groups.MemberInput(name="Anna Berg", words_per_minute=120,
                                                                    email="anna@example.dk", phone="12345678"))


def test_create_from_each_template(store, group, member):
    for kind in svc.KIND_CODES:
        d = svc.create_draft(store, group.id, member.id, kind, "Cykelstier", today=dt.date(2026, 3, 2))
        assert d.body_format == "html" and d.plain_text
        assert "{{" not in d.body
    speech = svc.list_drafts(store, group.id, kind="speech")[0]
    full = svc.get_draft(store, speech.id)
    assert full.limit_seconds == 300
    assert "Anna Berg" in full.plain_text and "2. marts 2026" in full.plain_text
    press = svc.get_draft(store, svc.list_drafts(store, group.id, kind="press_release")[0].id)
    assert "12345678" in press.plain_text and "anna@example.dk" in press.plain_text
    access = svc.get_draft(store, svc.list_drafts(store, group.id, kind="access_request")[0].id)
    assert "Til borgmester" in access.plain_text and "§ 9" in access.plain_text


def test_access_request_names_the_case_from_the_request(store, group, member):
    from secretary_app.services import requests as rsvc

    req = rsvc.create_request(store, group.id, member.id, "research_memo", "Salg af grunden ved Nordhavn")
    d = svc.create_draft(store, group.id, member.id, "access_request", request_id=req.id)
    assert "Salg af grunden ved Nordhavn" in d.plain_text
    assert d.request_id == req.id


def test_autosave_updates_body_text_and_search(store, group, member):
    d = svc.create_draft(store, group.id, member.id, "memo", "Notat", body="<p>gammel tekst</p>")
    before = svc.get_draft(store, d.id).updated_at
    svc.save_body(store, d.id, "<p>ny tekst om svømmehaller</p>", "ny tekst om svømmehaller")
    got = svc.get_draft(store, d.id)
    assert got.plain_text == "ny tekst om svømmehaller" and got.updated_at >= before
    assert svc.search_draft_ids(store, group.id, "svømmehal") == [d.id]
    assert svc.search_draft_ids(store, group.id, "gammel") == []
    # formatting-only change: plain text untouched, search unchanged
    svc.save_body(store, d.id, "<p><b>ny tekst om svømmehaller</b></p>", None)
    assert svc.search_draft_ids(store, group.id, "SVØMMEHAL") == [d.id]  # diacritics removed
    assert "<b>" in svc.get_draft(store, d.id).body


def test_bad_input_leaves_the_draft_intact(store, group, member):
    d = svc.create_draft(store, group.id, member.id, "speech", "Tale", body="<p>god tekst</p>")
    with pytest.raises(ValidationError) as e:
        svc.save_body(store, d.id, "<p>nul\x00byte</p>", "nul\x00byte")
    assert "NUL" in e.value.da and "NUL" in e.value.en
    huge = "ord " * 200_000
    with pytest.raises(ValidationError) as e:
        svc.save_body(store, d.id, f"<p>{huge}</p>", huge)
    assert "for lang" in e.value.da
    assert svc.get_draft(store, d.id).plain_text == "god tekst"
    with pytest.raises(NotFoundError):
        svc.save_body(store, 9999, "<p>x</p>", "x")
    with pytest.raises(ValidationError):
        svc.create_draft(store, group.id, member.id, "valgfolder", "x")
    # right-to-left text is just text
    rtl = "مرحبا بالعالم — שלום"
    svc.save_body(store, d.id, f"<p>{rtl}</p>", rtl)
    assert svc.get_draft(store, d.id).plain_text == rtl


def test_versions_create_list_restore(store, group, member):
    d = svc.create_draft(store, group.id, member.id, "speech", "Tale", body="<p>første</p>")
    v1 = svc.create_version(store, d.id, "Til gruppemødet")
    svc.save_body(store, d.id, "<p>anden</p>", "anden")
    v2 = svc.create_version(store, d.id)
    assert v2.name.startswith("Version 2")
    names = [v.name for v in svc.list_versions(store, d.id)]
    assert set(names) == {"Til gruppemødet", v2.name}
    restored = svc.restore_version(store, v1.id)
    assert restored.plain_text == "første"
    assert svc.get_draft(store, d.id).body == "<p>første</p>"
    # the text before restoring is kept as a version
    names = [v.name for v in svc.list_versions(store, d.id)]
    assert any(n.startswith("Før gendannelse") for n in names)
    svc.delete_version(store, v2.id)
    assert v2.id not in [v.id for v in svc.list_versions(store, d.id)]


def test_press_release_order_warning(store, group, member):
    d = svc.create_draft(store, group.id, member.id, "press_release", "Udspil")
    _, warn = svc.set_sent_times(store, d.id, "2026-03-02 09:00", "2026-03-02 09:00")
    assert warn is None  # same time is allowed
    _, warn = svc.set_sent_times(store, d.id, "2026-03-02 10:00", "2026-03-02 09:30")
    assert warn and "før medlemmerne" in warn
    _, warn = svc.set_sent_times(store, d.id, None, "2026-03-02 09:30", lang="en")
    assert warn and "members" in warn
    got = svc.get_draft(store, d.id)
    # typed local (CET, winter) -> stored UTC
    assert got.sent_media_at == dt.datetime(2026, 3, 2, 8, 30)
    assert svc.draft_dict(store, d.id)["press_warning"]
    with pytest.raises(ValidationError):
        svc.set_sent_times(store, d.id, "i morgen", None)


def test_list_filters_member_trash_and_other_groups(store, group, member):
    other = groups.create_group(store, "Andre", "X")
    om = groups.create_member(store, other.id, groups.MemberInput(name="Ole"))
    b = groups.create_member(store, group.id, groups.MemberInput(name="Bo"))
    d1 = svc.create_draft(store, group.id, member.id, "memo", "A")
    d2 = svc.create_draft(store, group.id, b.id, "memo", "B")
    svc.create_draft(store, other.id, om.id, "memo", "C")
    assert {r.id for r in svc.list_drafts(store, group.id)} == {d1.id, d2.id}
    assert [r.id for r in svc.list_drafts(store, group.id, member.id)] == [d1.id]
    svc.trash_draft(store, d1.id)
    assert [r.id for r in svc.list_drafts(store, group.id)] == [d2.id]
    assert [r.id for r in svc.list_drafts(store, group.id, trash=True)] == [d1.id]
    svc.restore_draft(store, d1.id)
    with pytest.raises(ValidationError):
        svc.create_draft(store, group.id, om.id, "memo", "fremmed medlem")
    svc.update_draft(store, d1.id, title="Ny titel", limit_seconds=240, limit_chars=0)
    got = svc.get_draft(store, d1.id)
    assert (got.title, got.limit_seconds, got.limit_chars) == ("Ny titel", 240, None)
    assert svc.draft_dict(store, d1.id)["words_per_minute"] == 120


def test_demo_seeds_drafts_linked_to_requests(demo_store):
    glist = groups.list_groups(demo_store)
    rows = [r for g in glist for r in svc.list_drafts(demo_store, g.id)]
    assert len(rows) > 40
    assert any(r.request_id for r in rows)
    assert {r.kind for r in rows} == set(svc.KIND_CODES)
    for r in rows:
        if r.kind == "press_release" and r.sent_media_at:
            assert svc.press_order_warning(r.sent_members_at, r.sent_media_at) is None
