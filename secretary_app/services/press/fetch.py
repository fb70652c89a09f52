"""Fetching a feed or an article page with the standard library, politely and within limits.

feedparser never fetches by itself: this module gets the bytes (timeout, size cap, conditional
``If-None-Match`` / ``If-Modified-Since``, only http and https, no cookies) and hands them on.
Every failure is an ``AppError`` naming the address, with a ``reason`` the source remembers
(``offline`` tells the page to say the app is offline rather than that the feed is broken).
"""

from __future__ import annotations

import socket
import time
import ssl
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass

from secretary_app import __version__
from secretary_app.domain.errors import AppError

TIMEOUT_SECONDS = 15.0
MAX_BYTES = 10 * 1024 * 1024  # the largest real news feeds are a few hundred kB
USER_AGENT = f"Medlemssekretaer/{__version__} (press monitoring; polite, conditional requests)"
ACCEPT = "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, " \
         "text/html;q=0.8, */*;q=0.5"


class FetchError(AppError):
    """The address could not be read; ``reason`` is one of offline, timeout, not_found, too_large,
    http, bad_url, not_feed."""

    def __init__(self, da: str, en: str, reason: str):
        super().__init__(da, en, field="source")
        self.reason = reason


@dataclass(frozen=True)
class Fetched:
    url: str  # after redirects
    status: int  # 200, or 304 when the server says nothing changed
    body: bytes
    etag: str = ""
    last_modified: str = ""
    content_type: str = ""

    @property
    def not_modified(self) -> bool:
        return self.status == 304


def check_url(url: str) -> str:
    url = (url or "").strip()
    parts = urllib.parse.urlsplit(url)
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        raise FetchError(f"»{url[:200]}« er ikke en webadresse (http:// eller https://).",
                         f"'{url[:200]}' is not a web address (http:// or https://).", "bad_url")
    return url


class _OnlyHttp(urllib.request.HTTPRedirectHandler):
    """Follow redirects, but never to ftp: or file: (urllib would)."""

    max_redirections = 5

    def redirect_request(self, req, fp, code, msg, headers, newurl):
        if urllib.parse.urlsplit(newurl).scheme.lower() not in ("http", "https"):
            raise FetchError(f"{req.full_url} viderestiller til en adresse, der ikke er http(s).",
                             f"{req.full_url} redirects to an address that is not http(s).", "bad_url")
        return super().redirect_request(req, fp, code, msg, headers, newurl)


def _opener() -> urllib.request.OpenerDirector:
    # No ProxyHandler from the environment surprises, no FileHandler, no FTPHandler.
    handlers = [urllib.request.ProxyHandler(), urllib.request.HTTPHandler(),
                urllib.request.HTTPSHandler(context=ssl.create_default_context()), _OnlyHttp(),
                urllib.request.HTTPErrorProcessor(), urllib.request.HTTPDefaultErrorHandler()]
    opener = urllib.request.OpenerDirector()
    for handler in handlers:
        opener.add_handler(handler)
    return opener


def fetch(url: str, *, etag: str = "", last_modified: str = "", timeout: float = TIMEOUT_SECONDS,
          max_bytes: int = MAX_BYTES) -> Fetched:
    url = check_url(url)
    headers = {"User-Agent": USER_AGENT, "Accept": ACCEPT, "Accept-Encoding": "identity"}
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    request = urllib.request.Request(url, headers=headers)
    try:
        with _opener().open(request, timeout=timeout) as response:
            length = response.headers.get("Content-Length")
            if length and length.isdigit() and int(length) > max_bytes:
                raise _too_large(url, max_bytes)
            chunks, total = [], 0
            deadline = time.monotonic() + 4 * timeout  # a server that drips bytes is cut off too
            while True:
                if time.monotonic() > deadline:
                    raise FetchError(f"{url} sender for langsomt (ikke færdig efter {4 * timeout:g} sekunder).",
                                     f"{url} sends too slowly (not finished after {4 * timeout:g} seconds).",
                                     "timeout")
                # read1: what has arrived, not a full 64 kB (which a server could drip for days)
                chunk = response.read1(64 * 1024)
                if not chunk:
                    break
                total += len(chunk)
                if total > max_bytes:
                    raise _too_large(url, max_bytes)
                chunks.append(chunk)
            return Fetched(response.geturl(), response.status, b"".join(chunks),
                           response.headers.get("ETag", "") or "", response.headers.get("Last-Modified", "") or "",
                           response.headers.get("Content-Type", "") or "")
    except FetchError:
        raise
    except urllib.error.HTTPError as exc:
        if exc.code == 304:
            return Fetched(url, 304, b"", etag, last_modified)
        if exc.code in (301, 302, 303, 307, 308):
            raise FetchError(f"{url} viderestiller i ring eller for mange gange (HTTP {exc.code}).",
                             f"{url} redirects in a loop or too many times (HTTP {exc.code}).", "http") from None
        if exc.code in (404, 410):
            raise FetchError(f"{url} findes ikke (HTTP {exc.code}).", f"{url} does not exist (HTTP {exc.code}).",
                             "not_found") from None
        raise FetchError(f"{url} svarede med fejl (HTTP {exc.code}).", f"{url} answered with an error "
                         f"(HTTP {exc.code}).", "http") from None
    except (socket.timeout, TimeoutError):
        raise _timeout(url, timeout) from None
    except urllib.error.URLError as exc:
        if isinstance(exc.reason, (socket.timeout, TimeoutError)):
            raise _timeout(url, timeout) from None
        if isinstance(exc.reason, socket.gaierror):
            raise FetchError(f"{url} kan ikke nås: ingen netforbindelse, eller navnet findes ikke. "
                             "Allerede hentede klip kan stadig bruges.",
                             f"{url} cannot be reached: no network, or the name does not exist. "
                             "Clippings already fetched can still be used.", "offline") from None
        raise FetchError(f"{url} kan ikke nås ({_short_reason(exc.reason)}).",
                         f"{url} cannot be reached ({_short_reason(exc.reason)}).", "offline") from None
    except (ConnectionError, OSError, ValueError) as exc:
        raise FetchError(f"{url} kan ikke nås ({_short_reason(exc)}).", f"{url} cannot be reached "
                         f"({_short_reason(exc)}).", "offline") from None


def _short_reason(reason) -> str:
    return str(getattr(reason, "strerror", None) or reason)[:120]


def _too_large(url: str, max_bytes: int) -> FetchError:
    mb = max_bytes // (1024 * 1024)
    return FetchError(f"{url} er større end {mb} MB og hentes ikke.",
                      f"{url} is larger than {mb} MB and is not fetched.", "too_large")


def _timeout(url: str, timeout: float) -> FetchError:
    return FetchError(f"{url} svarede ikke inden for {timeout:g} sekunder.",
                      f"{url} did not answer within {timeout:g} seconds.", "timeout")
