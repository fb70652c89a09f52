"""Hostile feeds from a local server on 127.0.0.1 (never the internet): a server that drips its
answer, a redirect loop, links that are not web addresses, and look-alike headlines."""

from __future__ import annotations

import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from secretary_app.services import groups
from secretary_app.services.press import clippings, fetch, sources, watch


def _rss(*items: tuple[str, str, str]) -> bytes:
    entries = "".join(f"<item><title>{t}</title><link>{link}</link><guid>{g}</guid>"
                      "<pubDate>Tue, 01 Dec 2026 10:00:00 GMT</pubDate><description>Om cykelstien</description></item>"
                      for t, link, g in items)
    return (f"<?xml version='1.0' encoding='utf-8'?><rss version='2.0'><channel><title>Lokalavisen</title>"
            f"{entries}</channel></rss>").encode()


FEEDS = {
    "/links": _rss(("Cykelsti: læs mere", "javascript:alert(1)", "j1"),
                   ("Cykelsti: se filen", "file:///etc/passwd", "j2"),
                   ("Cykelsti: på nettet", "https://avis.example/ok", "j3")),
    "/budgets": _rss(("Byrådet vedtager cykelsti for 2026", "https://avis.example/2026", "b1"),
                     ("Byrådet vedtager cykelsti for 2027", "https://avis.example/2027", "b2"),
                     ("Byrådet vedtager cykelsti for 2026!", "https://avis.example/2026-opdateret", "b3")),
}


class _Handler(BaseHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def do_GET(self):
        if self.path == "/loop":
            self.send_response(302)
            self.send_header("Location", "/loop")
            self.end_headers()
            return
        if self.path == "/drip":
            # A whole feed, one byte at a time: every byte comes well within the socket timeout.
            self.send_response(200)
            self.send_header("Content-Type", "application/rss+xml")
            self.end_headers()
            try:
                for byte in _rss(("Cykelsti", "https://avis.example/drip", "d1")):
                    self.wfile.write(bytes([byte]))
                    self.wfile.flush()
                    time.sleep(0.01)
            except (BrokenPipeError, ConnectionResetError):
                pass
            return
        body = FEEDS.get(self.path)
        self.send_response(200 if body else 404)
        self.send_header("Content-Length", str(len(body or b"")))
        self.end_headers()
        self.wfile.write(body or b"")


@pytest.fixture
def server():
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield lambda path: f"http://127.0.0.1:{httpd.server_address[1]}{path}"
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture
def karen(store, group):
    member = groups.create_member(store, group.id, groups.MemberInput(name="Karen Holm"))
    watch.add_terms(store, group.id, member.id, "cykelsti")
    return member


def test_a_server_that_drips_its_answer_is_cut_off(server):
    with pytest.raises(fetch.FetchError) as err:
        fetch.fetch(server("/drip"), timeout=0.2)
    assert err.value.reason == "timeout" and "langsomt" in err.value.da and "/drip" in err.value.en


def test_a_redirect_loop_says_so(store, group, server):
    with pytest.raises(fetch.FetchError) as err:
        sources.read_feed(store, group.id, server("/loop"), timeout=2)
    assert "viderestiller" in err.value.da and "redirects" in err.value.en


def test_links_that_are_not_web_addresses_are_not_kept(store, group, karen, server):
    sources.read_feed(store, group.id, server("/links"), timeout=2)
    urls = sorted(r.url for r in clippings.list_clippings(store, group.id))
    assert urls == ["", "", "https://avis.example/ok"]


def test_headlines_that_differ_only_by_a_number_are_two_stories(store, group, karen, server):
    sources.read_feed(store, group.id, server("/budgets"), timeout=2)
    titles = sorted(r.title for r in clippings.list_clippings(store, group.id))
    assert titles == ["Byrådet vedtager cykelsti for 2026", "Byrådet vedtager cykelsti for 2027"]
