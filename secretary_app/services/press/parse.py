"""Turning bytes into clipping candidates: feeds (feedparser), article pages (lxml) and press
digests that arrive by mail (the standard library's ``email``; ``.msg`` arrives with the mail
intake). Nothing here fetches or touches the database.
"""

from __future__ import annotations

import calendar
import datetime as dt
import email
import email.policy
import email.utils
import html
import json
import re
import urllib.parse
from dataclasses import dataclass

from secretary_app.services.press.fetch import FetchError

TEXT_MAX = 200_000  # characters of article text kept per clipping
SUMMARY_MAX = 2_000
TITLE_MAX = 500


@dataclass
class Item:
    """One article as a source describes it (all text plain, times naive UTC)."""

    title: str
    url: str = ""
    guid: str = ""
    outlet: str = ""
    author: str = ""
    summary: str = ""
    body_text: str = ""
    published_at: dt.datetime | None = None


@dataclass
class Parsed:
    title: str  # the feed's (or page's, or mail's) own title
    items: list[Item]


_TAG = re.compile(r"<[^>]+>")
_SCRIPT = re.compile(r"<(script|style)\b.*?</\1\s*>", re.I | re.S)
_MAIL_NAME = re.compile(r"^\S+@\S+\s*\((.+)\)$")
_SPACE = re.compile(r"[ \t\r\f\v]+")
_CTRL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def plain(text: str | None, limit: int = TEXT_MAX) -> str:
    """HTML or escaped HTML as plain text on one line per paragraph."""
    if not text:
        return ""
    text = html.unescape(text) if "&lt;" in text else text
    text = html.unescape(_TAG.sub(" ", _SCRIPT.sub(" ", text)))
    text = _CTRL.sub("", text)
    lines = [" ".join(_SPACE.sub(" ", line).split()) for line in text.splitlines()]
    return "\n".join(line for line in lines if line)[:limit]


def web_link(url: str | None) -> str:
    """The address if it is http(s), else nothing: a feed's ``javascript:`` or ``file:`` link
    must never be opened, nor reach a digest the members click in."""
    url = (url or "").strip()
    return url[:2000] if url.lower().startswith(("http://", "https://")) else ""


def _one_line(text: str | None, limit: int) -> str:
    return " ".join(plain(text, limit * 2).split())[:limit]


# --- feeds ---------------------------------------------------------------------------------

def parse_feed(data: bytes, name: str) -> Parsed:
    """RSS or Atom bytes → items. Not a feed (an HTML page, garbage) → FetchError naming it."""
    import feedparser

    # Bytes only: given a string, feedparser would fetch it as a URL.
    parsed = feedparser.parse(bytes(data), sanitize_html=True, resolve_relative_uris=False)
    if not parsed.get("version") and not parsed.entries:
        raise FetchError(f"{name} er ikke et RSS- eller Atom-feed.", f"{name} is not an RSS or Atom feed.",
                         "not_feed")
    feed_title = _one_line(parsed.feed.get("title"), TITLE_MAX)
    items = []
    for entry in parsed.entries:
        title = _one_line(entry.get("title"), TITLE_MAX)
        link = web_link(entry.get("link"))
        if not title and not link:
            continue
        content = ""
        if entry.get("content"):
            content = "\n".join(plain(c.get("value")) for c in entry.content)
        summary = plain(entry.get("summary"), SUMMARY_MAX)
        source = entry.get("source") or {}
        items.append(Item(
            title=title or link, url=link, guid=(entry.get("id") or "").strip()[:1000],
            outlet=_one_line(source.get("title"), 200) if source.get("title") else feed_title,
            author=_author(entry.get("author")),
            summary=summary,
            body_text=content if content and content != summary else "",
            published_at=_struct_time(entry.get("published_parsed") or entry.get("updated_parsed")),
        ))
    return Parsed(feed_title, items)


def _author(text: str | None) -> str:
    """RSS writes ``mail@example.dk (Jens Jensen)``; the digest wants the name."""
    text = _one_line(text, 200)
    m = _MAIL_NAME.match(text)
    return m.group(1).strip() if m else text


def _struct_time(value) -> dt.datetime | None:
    if not value:
        return None
    try:
        moment = dt.datetime.fromtimestamp(calendar.timegm(value), dt.timezone.utc).replace(tzinfo=None)
    except (OverflowError, ValueError, OSError):
        return None
    return moment if 1990 <= moment.year <= 2100 else None


# --- article pages ---------------------------------------------------------------------------

def parse_article(data: bytes | str, url: str = "") -> Item:
    """Title, outlet, date, author and text from an article page, where its HTML has them
    (Open Graph and article meta tags, JSON-LD, ``<time>``, ``<article>`` paragraphs)."""
    import lxml.html

    if isinstance(data, bytes):
        data = data.decode("utf-8", "replace") if b"charset" not in data[:2048].lower() else data
    try:
        doc = lxml.html.document_fromstring(data)
    except (ValueError, lxml.etree.ParserError):
        raise FetchError(f"{url or 'Teksten'} er ikke en artikel, der kan læses.",
                         f"{url or 'The text'} is not an article that can be read.", "not_feed") from None

    def meta(*names: str) -> str:
        for n in names:
            for attr in ("property", "name", "itemprop"):
                found = doc.xpath(f"//meta[@{attr}=$n]/@content", n=n)
                if found and found[0].strip():
                    return found[0].strip()
        return ""

    ld = _json_ld(doc)
    title = meta("og:title", "twitter:title") or ld.get("headline", "") or \
        _first_text(doc, "//h1") or _first_text(doc, "//title")
    outlet = meta("og:site_name", "application-name") or _publisher(ld) or \
        (urllib.parse.urlsplit(url).hostname or "").removeprefix("www.")
    published = _iso(meta("article:published_time", "datePublished", "date", "dc.date")
                     or ld.get("datePublished", "") or _first_attr(doc, "//time/@datetime"))
    author = meta("author", "article:author", "byl") or _ld_author(ld)
    for bad in doc.xpath("//script|//style|//nav|//footer|//header|//aside|//form|//noscript"):
        bad.drop_tree()
    scope = doc.xpath("//article") or doc.xpath("//main") or [doc]
    paragraphs = [" ".join(p.text_content().split()) for p in scope[0].iter("p")]
    body = "\n".join(p for p in paragraphs if len(p) >= 30)[:TEXT_MAX]
    summary = meta("og:description", "description", "twitter:description") or (body.split("\n")[0] if body else "")
    if not title and not body:
        raise FetchError(f"{url or 'Teksten'} har hverken overskrift eller brødtekst.",
                         f"{url or 'The text'} has neither a headline nor body text.", "not_feed")
    return Item(title=_one_line(title, TITLE_MAX) or _one_line(body, 120), url=web_link(meta("og:url")) or web_link(url),
                outlet=_one_line(outlet, 200), author=_one_line(author, 200),
                summary=_one_line(summary, SUMMARY_MAX), body_text=body, published_at=published)


def parse_pasted_text(text: str) -> Item:
    """A pasted article: HTML is read as a page; plain text has its headline on the first line."""
    text = (text or "").strip()
    if re.search(r"<(html|body|article|p|h1|div)\b", text[:5000], re.I):
        return parse_article(text)
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    if not lines:
        raise FetchError("Der er ingen tekst at gemme som klip.", "There is no text to keep as a clipping.",
                         "not_feed")
    body = "\n".join(lines[1:])[:TEXT_MAX]
    return Item(title=lines[0][:TITLE_MAX], summary=(lines[1] if len(lines) > 1 else "")[:SUMMARY_MAX],
                body_text=body)


def _first_text(doc, path: str) -> str:
    found = doc.xpath(path)
    return " ".join(found[0].text_content().split()) if found else ""


def _first_attr(doc, path: str) -> str:
    found = doc.xpath(path)
    return str(found[0]).strip() if found else ""


def _json_ld(doc) -> dict:
    for node in doc.xpath("//script[@type='application/ld+json']"):
        try:
            data = json.loads(node.text_content())
        except ValueError:
            continue
        for obj in data if isinstance(data, list) else data.get("@graph", [data]) if isinstance(data, dict) else []:
            if isinstance(obj, dict) and "Article" in str(obj.get("@type", "")):
                return obj
    return {}


def _publisher(ld: dict) -> str:
    pub = ld.get("publisher")
    return str(pub.get("name", "")) if isinstance(pub, dict) else ""


def _ld_author(ld: dict) -> str:
    author = ld.get("author")
    if isinstance(author, list):
        author = author[0] if author else None
    if isinstance(author, dict):
        return str(author.get("name", ""))
    return str(author or "")


def _iso(text: str) -> dt.datetime | None:
    text = (text or "").strip()
    if not text:
        return None
    try:
        moment = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        try:
            moment = email.utils.parsedate_to_datetime(text)
        except (TypeError, ValueError):
            return None
    if moment.tzinfo is not None:
        moment = moment.astimezone(dt.timezone.utc).replace(tzinfo=None)
    return moment if 1990 <= moment.year <= 2100 else None


# --- press digests by mail ---------------------------------------------------------------------

_SKIP_LINK = re.compile(r"afmeld|unsubscribe|abonnement|subscription|privacy|privatliv|login|log ind|"
                        r"web ?version|browser|kontakt|contact|facebook|linkedin|twitter|instagram", re.I)


def parse_eml(data: bytes, name: str) -> Parsed:
    """A newsletter from a media-monitoring service (``.eml``): each linked headline is an item,
    with the outlet and summary when the mail puts them next to the link."""
    import lxml.html

    try:
        msg = email.message_from_bytes(data, policy=email.policy.default)
    except Exception:  # noqa: BLE001 - the email package raises many kinds on broken input
        raise FetchError(f"{name} kan ikke læses som en mail.", f"{name} cannot be read as a mail.",
                         "not_feed") from None
    if not msg.keys():
        raise FetchError(f"{name} er ikke en mail (.eml).", f"{name} is not a mail (.eml).", "not_feed")
    subject = _one_line(str(msg.get("Subject", "")), TITLE_MAX)
    sent = None
    if msg.get("Date"):
        try:
            sent = email.utils.parsedate_to_datetime(str(msg["Date"]))
            sent = sent.astimezone(dt.timezone.utc).replace(tzinfo=None) if sent.tzinfo else sent
        except (TypeError, ValueError):
            sent = None
    sender = email.utils.parseaddr(str(msg.get("From", "")))[0]
    html_part = msg.get_body(preferencelist=("html",))
    text_part = msg.get_body(preferencelist=("plain",))
    items: list[Item] = []
    if html_part is not None:
        doc = lxml.html.document_fromstring(html_part.get_content() or "<p></p>")
        for a in doc.xpath("//a[@href]"):
            title = " ".join(a.text_content().split())
            href = a.get("href", "").strip()
            if len(title) < 15 or not href.lower().startswith(("http://", "https://")) or _SKIP_LINK.search(title):
                continue
            block = a.getparent()
            while block is not None and block.tag not in ("p", "div", "td", "li", "tr"):
                block = block.getparent()
            context = " ".join((block.text_content() if block is not None else "").split())
            rest = context.replace(title, "", 1).strip(" -–|:")
            items.append(Item(title=title[:TITLE_MAX], url=href, outlet=_outlet_from(rest, href),
                              summary=rest[:SUMMARY_MAX], published_at=sent))
    elif text_part is not None:
        lines = [line.strip() for line in (text_part.get_content() or "").splitlines()]
        for n, line in enumerate(lines):
            if re.match(r"^https?://\S+$", line) and n > 0 and len(lines[n - 1]) >= 15:
                items.append(Item(title=lines[n - 1][:TITLE_MAX], url=line, outlet=_outlet_from("", line),
                                  published_at=sent))
    if not items:
        raise FetchError(f"{name} indeholder ingen artikler med link.", f"{name} holds no linked articles.",
                         "not_feed")
    return Parsed(subject or sender, items)


def _outlet_from(context: str, url: str) -> str:
    m = re.match(r"^\(?([A-ZÆØÅ][\wÆØÅæøå.\- ]{1,40}?)\)?\s*[,|–\-:]", context)
    if m:
        return m.group(1).strip()
    return (urllib.parse.urlsplit(url).hostname or "").removeprefix("www.")
