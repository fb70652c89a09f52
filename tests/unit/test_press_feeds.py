"""Feeds read from a local server: RSS 2.0, Atom, bad dates and HTML in titles, 304, a timeout, a
20 MB feed; no duplicates on a second read; a failing source names itself and stores nothing."""

from __future__ import annotations

import json

import pytest

from secretary_app.domain.errors import AppError
from secretary_app.services import groups
from secretary_app.services.press import clippings, sources, watch
from secretary_app.services.press.fetch import FetchError
from secretary_app.store.press_models import PressClipping

from tests.unit.press_server import FeedServer


@pytest.fixture
def server():
    with FeedServer() as srv:
        yield srv


@pytest.fixture
def members(store, group):
    aisha = groups.create_member(store, group.id, groups.MemberInput(name="Aisha Rahimi",
                                                                      committees="Teknik- og Miljøudvalget"))
    jonas = groups.create_member(store, group.id, groups.MemberInput(name="Jonas Skovgaard"))
    watch.add_terms(store, group.id, aisha.id, "cykelsti, Ålholmvej")
    watch.add_terms(store, group.id, jonas.id, "Amager, skole", "Amager Bakke, fodbold")
    return aisha, jonas


def _count(store):
    with store.session() as s:
        return len(list(s.exec(__import__("sqlmodel").select(PressClipping))))


def test_rss2_is_read_matched_and_not_duplicated_on_a_second_read(store, group, members, server):
    url = server.serve_file("/rss", "rss2.xml")
    first = sources.read_feed(store, group.id, url)
    assert {r.title for r in first.new} == {"Ny cykelsti på Ålholmvej", "Fodbold på Amager Bakke",
                                            "Vejret bliver koldt"}
    hit = next(r for r in first.new if r.title.startswith("Ny cykelsti"))
    assert hit.members == ["Aisha Rahimi"] and hit.terms == ["cykelsti", "Ålholmvej"]
    assert hit.outlet == "Amager Bladet" and hit.author == "Jens Jensen"
    assert hit.summary == "Cykelstierne på strækningen bliver bredere."
    # The exclusions keep the football story away from Jonas; nobody watches the weather.
    assert [r.title for r in clippings.inbox(store, group.id)] == ["Ny cykelsti på Ålholmvej"]

    again = sources.read_feed(store, group.id, url)
    assert again.new == [] and again.seen == 3 and _count(store) == 3


def test_atom_and_the_same_article_from_a_second_feed(store, group, members, server):
    sources.read_feed(store, group.id, server.serve_file("/rss", "rss2.xml"))
    result = sources.read_feed(store, group.id, server.serve_file("/atom", "atom.xml", "application/atom+xml"))
    # The second entry links the local paper's article (www., trailing slash): not stored twice.
    assert [r.title for r in result.new] == ["Skolerne får nye legepladser"] and result.seen == 1
    row = result.new[0]
    assert row.outlet == "Kommunens nyheder" and row.members == ["Jonas Skovgaard"] and row.terms == ["skole"]
    assert row.published_at.isoformat() == "2026-12-01T11:00:00"
    assert "legepladser i 2027" in clippings.clipping_text(store, row.id)


def test_bad_dates_and_html_in_titles(store, group, members, server):
    result = sources.read_feed(store, group.id, server.serve_file("/bad", "bad_dates.xml"))
    titles = {r.title: r for r in result.new}
    assert set(titles) == {"Cykelsti & fortov på Ålholmvej", "Cykelstien lukker", "År 1066"}
    assert all(r.published_at is None for r in result.new)  # unreadable or absurd dates are dropped
    assert titles["Cykelstien lukker"].terms == ["cykelsti"]
    assert titles["Cykelsti & fortov på Ålholmvej"].outlet == "Lokalavisen & Co"


def test_a_second_read_is_conditional_and_304_adds_nothing(store, group, members, server):
    url = server.url("/etag")
    assert len(sources.read_feed(store, group.id, url).new) == 3
    second = sources.read_feed(store, group.id, url)
    assert second.not_modified and second.new == []
    headers = server.requests[-1][1]
    assert headers.get("If-None-Match") == '"v1"'
    assert headers.get("If-Modified-Since") == "Tue, 01 Dec 2026 10:00:00 GMT"
    assert "Medlemssekretaer" in headers.get("User-Agent", "")


def test_a_feed_that_does_not_answer_in_time_is_a_timeout_naming_it(store, group, server):
    url = server.url("/slow")
    with pytest.raises(FetchError) as err:
        sources.read_feed(store, group.id, url, timeout=0.5)
    assert err.value.reason == "timeout" and url in err.value.message("en")
    assert _count(store) == 0


@pytest.mark.parametrize("path", ["/huge", "/huge-length"])
def test_a_20_mb_feed_is_refused(store, group, server, path):
    with pytest.raises(FetchError) as err:
        sources.read_feed(store, group.id, server.url(path))
    assert err.value.reason == "too_large" and "MB" in err.value.message("da")
    assert _count(store) == 0


def test_404_html_and_unreachable_sources_name_themselves(store, group, server):
    server.routes["/page"] = (200, b"<!doctype html><html><body><p>Hej</p></body></html>", {"Content-Type": "text/html"})
    for path, reason in (("/missing", "not_found"), ("/page", "not_feed")):
        with pytest.raises(FetchError) as err:
            sources.read_feed(store, group.id, server.url(path))
        assert err.value.reason == reason and server.url(path) in err.value.message("da")
    with pytest.raises(FetchError) as err:
        sources.read_feed(store, group.id, "http://127.0.0.1:9/feed")
    assert err.value.reason == "offline"
    with pytest.raises(FetchError):
        sources.read_feed(store, group.id, "file:///etc/passwd")
    assert _count(store) == 0


def test_offline_state_is_remembered_and_clears_when_a_read_works(store, group, members, server):
    sources.add_feed(store, group.id, "http://127.0.0.1:9/feed")
    round_ = sources.read_due(store, group.id)
    assert round_.offline and sources.is_offline(store, group.id)
    assert sources.due_sources(store, group.id) == []  # polite: not again at once
    sources.add_feed(store, group.id, server.serve_file("/rss", "rss2.xml"))
    round_ = sources.read_due(store, group.id)
    assert not round_.offline and len(round_.results) == 1 and not sources.is_offline(store, group.id)


def test_an_import_that_fails_half_way_stores_nothing(store, group, members, server, monkeypatch):
    url = server.serve_file("/rss", "rss2.xml")
    real = clippings._match_rows
    calls = []

    def boom(hits):
        calls.append(1)
        if len(calls) > 1:
            raise RuntimeError("disk full")
        return real(hits)

    monkeypatch.setattr(clippings, "_match_rows", boom)
    with pytest.raises(RuntimeError):
        sources.read_feed(store, group.id, url)
    monkeypatch.undo()
    assert _count(store) == 0
    assert len(sources.read_feed(store, group.id, url).new) == 3


def test_a_new_watch_term_moves_stored_clippings_into_the_inbox(store, group, members, server):
    sources.read_feed(store, group.id, server.serve_file("/rss", "rss2.xml"))
    watch.add_terms(store, group.id, None, "frost")
    assert clippings.rematch(store, group.id) == 1
    assert "Vejret bliver koldt" in [r.title for r in clippings.inbox(store, group.id)]


def test_search_across_clippings(store, group, members, server):
    sources.read_feed(store, group.id, server.serve_file("/rss", "rss2.xml"))
    assert [r.title for r in clippings.search(store, group.id, "frost")] == ["Vejret bliver koldt"]
    assert [r.title for r in clippings.search(store, group.id, "cykelstier")] == ["Ny cykelsti på Ålholmvej"]


def test_cli_import_prints_what_was_new_and_exits_2_naming_a_bad_source(store, group, members, server, capsys):
    from secretary_app.cli import main

    store.close()
    url = server.serve_file("/rss", "rss2.xml")
    assert main(["press", "import", "--group", "T", url]) == 0
    out = capsys.readouterr().out
    assert "3 nye" in out and "Ny cykelsti på Ålholmvej" in out and "Aisha Rahimi" in out
    assert main(["press", "import", "--group", "T", url]) == 0
    assert "0 nye, 3 fandtes allerede" in capsys.readouterr().out
    for bad in (server.url("/missing"), "http://127.0.0.1:9/x", str(server.url("/nothing"))):
        assert main(["press", "import", "--group", "T", bad]) == 2
        assert bad in capsys.readouterr().err
    assert main(["press", "list", "--group", "T", "--member", "Aisha Rahimi", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [(r["title"], r["outlet"], r["members"], r["terms"]) for r in rows] == [
        ("Ny cykelsti på Ålholmvej", "Amager Bladet", ["Aisha Rahimi"], ["cykelsti", "Ålholmvej"])]
    assert rows[0]["url"].startswith("https://amagerbladet.example/nyheder/1") and rows[0]["published"]


def test_a_mail_digest_is_read_as_clippings(store, group, members, tmp_path):
    from email.message import EmailMessage

    msg = EmailMessage()
    msg["Subject"] = "Dagens presseklip"
    msg["From"] = "Overvågning <klip@monitor.example>"
    msg["Date"] = "Tue, 01 Dec 2026 07:00:00 +0100"
    msg.set_content("Se HTML-udgaven.")
    msg.add_alternative(
        "<html><body><p><a href='https://avis.example/cykel'>Borgere vil have cykelstien forlænget</a>"
        " Valby Bladet - Beboerne samler underskrifter.</p>"
        "<p><a href='https://monitor.example/unsubscribe'>Afmeld nyhedsbrevet her, klik venligst</a></p>"
        "</body></html>", subtype="html")
    path = tmp_path / "klip.eml"
    path.write_bytes(bytes(msg))
    result = sources.import_file(store, group.id, path)
    assert [(r.title, r.outlet, r.members) for r in result.new] == [
        ("Borgere vil have cykelstien forlænget", "Valby Bladet", ["Aisha Rahimi"])]
    with pytest.raises(AppError):
        sources.import_file(store, group.id, tmp_path / "klip.msg")


def test_a_pasted_article_page_keeps_title_outlet_date_and_text(store, group, members):
    page = """<html><head><title>x</title><meta property="og:title" content="Ålholmvej får ny cykelsti">
    <meta property="og:site_name" content="Valby Bladet">
    <meta property="article:published_time" content="2026-11-30T08:15:00+01:00">
    <meta name="author" content="Sara Holm"></head><body><nav>Menu menu menu menu menu menu menu</nav>
    <article><h1>Ålholmvej får ny cykelsti</h1><p>Kommunen begynder arbejdet på strækningen i foråret 2027.</p>
    </article></body></html>"""
    result = sources.import_article(store, group.id, text=page)
    row = result.new[0]
    assert (row.title, row.outlet, row.author) == ("Ålholmvej får ny cykelsti", "Valby Bladet", "Sara Holm")
    assert row.published_at.isoformat() == "2026-11-30T07:15:00" and row.status == "new"
    assert clippings.clipping_text(store, row.id).startswith("Kommunen begynder")
