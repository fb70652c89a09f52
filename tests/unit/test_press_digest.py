"""Triage decides what reaches the digest; the digest reads back as it should in every format;
kept clippings and time count in the monthly activity log as press monitoring."""

from __future__ import annotations

import datetime as dt

import pytest

from secretary_app.domain.errors import AppError
from secretary_app.services import groups, reports
from secretary_app.services.press import activity, clippings, digest, sources, watch


@pytest.fixture
def inbox(store, group):
    aisha = groups.create_member(store, group.id, groups.MemberInput(name="Aisha Rahimi"))
    jonas = groups.create_member(store, group.id, groups.MemberInput(name="Jonas Skovgaard"))
    watch.add_terms(store, group.id, aisha.id, "cykelsti")
    watch.add_terms(store, group.id, jonas.id, "skole")
    for title, day in (("Ny cykelsti på Ålholmvej", 1), ("Skolerne får legepladser", 2), ("Cykelstien er glat", 3)):
        sources.import_article(store, group.id, text=f"{title}\nResumé af »{title}«.\nBrødtekst.")
    rows = {r.title: r for r in clippings.inbox(store, group.id)}
    return aisha, jonas, rows


def _docx_text(path):
    from docx import Document

    return "\n".join(p.text for p in Document(str(path)).paragraphs)


def test_kept_clippings_reach_the_digest_and_dismissed_ones_do_not(store, group, inbox, tmp_path):
    aisha, jonas, rows = inbox
    clippings.keep(store, rows["Ny cykelsti på Ålholmvej"].id, [aisha.id])
    clippings.keep(store, rows["Skolerne får legepladser"].id, [jonas.id, None])
    clippings.dismiss(store, rows["Cykelstien er glat"].id)
    today = dt.date.today()
    doc = digest.build_digest(store, group.id, digest.period(today - dt.timedelta(days=1), today + dt.timedelta(days=1)))
    assert [s.heading for s in doc.sections] == ["Hele gruppen", "Aisha Rahimi", "Jonas Skovgaard"]
    assert [t.name for t in doc.sections[1].topics] == ["cykelsti"]
    out = digest.export_digest(doc, "docx", tmp_path / "klip.docx")
    text = _docx_text(out)
    from docx import Document

    xml = Document(str(out)).element.xml  # headlines are hyperlinks, outside paragraph.text
    assert "Ny cykelsti på Ålholmvej" in xml and "Skolerne får legepladser" in xml
    assert "Cykelstien er glat" not in xml
    assert "Aisha Rahimi" in text and "Hele gruppen" in text
    html = (digest.export_digest(doc, "html", tmp_path / "klip.html")).read_text(encoding="utf-8")
    assert "Skolerne får legepladser" in html and "Cykelstien er glat" not in html and "<style" not in html
    one = digest.build_digest(store, group.id, digest.period(today - dt.timedelta(days=1), today + dt.timedelta(days=1)),
                              member_id=aisha.id)
    assert [s.heading for s in one.sections] == ["Aisha Rahimi"] and one.count == 1


def test_pdf_digest_is_written(store, group, inbox, tmp_path):
    from pypdf import PdfReader

    aisha, _, rows = inbox
    clippings.keep(store, rows["Ny cykelsti på Ålholmvej"].id, [aisha.id])
    today = dt.date.today()
    path = digest.export_digest(digest.build_digest(store, group.id, digest.week(today)), "pdf", tmp_path / "k.pdf")
    text = " ".join(PdfReader(str(path)).pages[0].extract_text().split())
    assert "Ny cykelsti" in text and "Aisha Rahimi" in text


def test_undo_of_a_triage_step_restores_the_inbox_and_the_count(store, group, inbox):
    aisha, _, rows = inbox
    cid = rows["Ny cykelsti på Ålholmvej"].id
    state = clippings.keep(store, cid, [aisha.id])
    assert clippings.clipping_row(store, cid).status == "kept"
    clippings.restore(store, state)
    row = clippings.clipping_row(store, cid)
    assert row.status == "new" and row.kept_for == []
    assert cid in [r.id for r in clippings.inbox(store, group.id)]


def test_kept_clippings_and_time_count_as_press_monitoring_in_the_activity_log(store, group, inbox):
    aisha, _, rows = inbox
    clippings.keep(store, rows["Ny cykelsti på Ålholmvej"].id, [aisha.id])
    clippings.keep(store, rows["Cykelstien er glat"].id, [aisha.id])
    activity.log_press_time(store, group.id, aisha.id, 25)
    from secretary_app.domain.dates import local_today
    from secretary_app.services import requests as request_svc

    today = local_today()
    report = reports.build_report(store, group.id, reports.range_period(today.replace(day=1), today))
    press = [r for r in report.by_type if r.label == "Presseovervågning"]
    assert press and press[0].counts.minutes == 25 and press[0].counts.received == 1
    monthly = [r for r in request_svc.list_requests(store, group.id, member_id=aisha.id)
               if r.title.startswith("Presseovervågning")]
    assert len(monthly) == 1 and monthly[0].description.startswith("2 presseklip gemt")
    with pytest.raises(AppError):
        activity.log_press_time(store, group.id, aisha.id, "lots")


def test_bad_digest_input_is_a_clear_error(store, group):
    with pytest.raises(AppError):
        digest.period("i går")
    with pytest.raises(AppError):
        digest.period("2026-12-05", "2026-12-01")
    with pytest.raises(AppError):
        digest.check_format("odt", "x.odt")


def test_cli_digest_writes_the_file(store, group, inbox, tmp_path, capsys):
    from secretary_app.cli import main

    aisha, _, rows = inbox
    clippings.keep(store, rows["Ny cykelsti på Ålholmvej"].id, [aisha.id])
    store.close()
    from secretary_app.domain.dates import local_today

    today = local_today().isoformat()  # the digest counts Copenhagen days, also just after midnight
    out = tmp_path / "d.html"
    assert main(["press", "digest", "--group", "T", "--member", "Aisha Rahimi", "--from", today, "--to", today,
                 "--format", "html", "--out", str(out)]) == 0
    assert "Ny cykelsti på Ålholmvej" in out.read_text(encoding="utf-8")
    assert main(["press", "digest", "--group", "T", "--from", "x", "--out", str(out)]) == 2


def test_cli_logs_press_time(store, group, inbox, capsys):
    import json

    from secretary_app.cli import main

    store.close()
    assert main(["press", "log-time", "--group", "T", "--member", "Aisha Rahimi", "--minutes", "40"]) == 0
    assert json.loads(capsys.readouterr().out)["minutes"] == 40
    assert main(["press", "log-time", "--group", "T", "--member", "Aisha Rahimi", "--minutes", "x"]) == 2


def test_a_clipping_starts_a_debate_article_and_a_question_linked_to_it(store, group, inbox):
    from secretary_app.services import drafts
    from secretary_app.services import requests as request_svc
    from secretary_app.services.press import actions

    aisha, _, rows = inbox
    cid = rows["Ny cykelsti på Ålholmvej"].id
    draft = actions.start_draft(store, cid, aisha.id)
    req = actions.start_question(store, cid, aisha.id)
    clip = clippings.get_clipping(store, cid)
    assert (clip.draft_id, clip.request_id) == (draft.id, req.id)
    assert drafts.get_draft(store, draft.id).kind == "debate_article"
    assert "Ny cykelsti på Ålholmvej" in drafts.get_draft(store, draft.id).plain_text
    got = request_svc.get_request(store, req.id)
    assert got.title == "Spørgsmål om: Ny cykelsti på Ålholmvej" and "amager" not in got.description.lower()
