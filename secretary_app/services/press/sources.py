"""Sources of clippings: feeds added by URL (read on demand and on a schedule, conditionally and
no more often than their interval), a feed or mail file, a pasted article or article URL.

Every import is all or nothing: the bytes are fetched and parsed before the one transaction that
stores the new clippings and the source's ``ETag``/``Last-Modified``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from sqlmodel import select

from secretary_app.domain.changes import Kind, changes
from secretary_app.domain.dates import utc_now
from secretary_app.domain.errors import NotFoundError, ValidationError
from secretary_app.services.press import clippings, watch
from secretary_app.services.press.fetch import MAX_BYTES, FetchError, check_url, fetch
from secretary_app.services.press.parse import Parsed, parse_article, parse_eml, parse_feed, \
    parse_pasted_text
from secretary_app.store.engine import Store
from secretary_app.store.press_models import PressSource

MIN_INTERVAL_MINUTES = 15  # polite: a feed is never read more often on the schedule
DEFAULT_INTERVAL_MINUTES = 60
RETRY_AFTER_ERROR_MINUTES = 30


@dataclass(frozen=True)
class SourceRow:
    id: int
    kind: str
    url: str
    title: str
    interval_minutes: int
    last_checked_at: dt.datetime | None
    last_ok_at: dt.datetime | None
    last_error: str
    keep_text: bool

    @property
    def offline(self) -> bool:
        return self.last_error == "offline"


def _row(src: PressSource) -> SourceRow:
    return SourceRow(src.id, src.kind, src.url, src.title, src.interval_minutes, src.last_checked_at,
                     src.last_ok_at, src.last_error, src.keep_text)


@changes(Kind.CLIPPINGS)
def add_feed(store: Store, group_id: int, url: str, title: str = "", interval_minutes: int = DEFAULT_INTERVAL_MINUTES,
             keep_text: bool = True) -> SourceRow:
    url = check_url(url)
    if interval_minutes < MIN_INTERVAL_MINUTES:
        raise ValidationError(f"Et feed læses højst hvert {MIN_INTERVAL_MINUTES}. minut.",
                              f"A feed is read at most every {MIN_INTERVAL_MINUTES} minutes.", field="interval")
    with store.session() as s:
        src = s.exec(select(PressSource).where(PressSource.group_id == group_id, PressSource.url == url)).first()
        if src is None:
            src = PressSource(group_id=group_id, kind="feed", url=url, title=title.strip()[:200],
                              interval_minutes=interval_minutes, keep_text=keep_text)
            s.add(src)
            s.flush()
        return _row(src)


@changes(Kind.CLIPPINGS)
def remove_source(store: Store, source_id: int) -> None:
    with store.session() as s:
        src = s.get(PressSource, source_id)
        if src is not None:
            s.delete(src)


def list_sources(store: Store, group_id: int, kind: str | None = "feed") -> list[SourceRow]:
    with store.session() as s:
        q = select(PressSource).where(PressSource.group_id == group_id)
        if kind:
            q = q.where(PressSource.kind == kind)
        return [_row(src) for src in sorted(s.exec(q), key=lambda x: (x.title or x.url).casefold())]


def _save(store: Store, group_id: int, parsed: Parsed, *, url: str, kind: str, fetched=None,
          always_inbox: bool = False) -> clippings.ImportResult:
    matcher = watch.matcher(store, group_id)
    with store.session() as s:
        src = s.exec(select(PressSource).where(PressSource.group_id == group_id, PressSource.url == url)).first()
        if src is None:
            src = PressSource(group_id=group_id, kind=kind, url=url, title=parsed.title[:200])
            s.add(src)
            s.flush()
        if not src.title and parsed.title:
            src.title = parsed.title[:200]
        for item in parsed.items:
            item.outlet = item.outlet or src.title
        ids, seen = clippings.store_items(s, group_id, parsed.items, matcher, source_id=src.id,
                                          keep_text=src.keep_text, always_inbox=always_inbox)
        now = utc_now()
        src.last_checked_at = src.last_ok_at = now
        src.last_error = ""
        if fetched is not None:
            src.etag, src.last_modified = fetched.etag[:500], fetched.last_modified[:100]
        s.add(src)
        new = clippings._rows(s, clippings._sorted([s.get(clippings.PressClipping, i) for i in ids]))
    return clippings.ImportResult(parsed.title or url, new, seen)


def _note_error(store: Store, group_id: int, url: str, reason: str) -> None:
    with store.session() as s:
        src = s.exec(select(PressSource).where(PressSource.group_id == group_id, PressSource.url == url)).first()
        if src is not None:
            src.last_checked_at, src.last_error = utc_now(), reason
            s.add(src)


@changes(Kind.CLIPPINGS)
def read_feed(store: Store, group_id: int, url: str, *, timeout: float | None = None,
              max_bytes: int = MAX_BYTES) -> clippings.ImportResult:
    """Fetch the feed now (conditionally when it was read before) and store what is new."""
    url = check_url(url)
    with store.session() as s:
        src = s.exec(select(PressSource).where(PressSource.group_id == group_id, PressSource.url == url)).first()
        etag, modified = (src.etag, src.last_modified) if src else ("", "")
    kwargs = {"timeout": timeout} if timeout else {}
    try:
        got = fetch(url, etag=etag, last_modified=modified, max_bytes=max_bytes, **kwargs)
        if got.not_modified:
            with store.session() as s:
                src = s.exec(select(PressSource).where(PressSource.group_id == group_id,
                                                       PressSource.url == url)).first()
                src.last_checked_at = src.last_ok_at = utc_now()
                src.last_error = ""
                s.add(src)
            return clippings.ImportResult(src.title or url, [], 0, not_modified=True)
        parsed = parse_feed(got.body, url)
    except FetchError as exc:
        _note_error(store, group_id, url, exc.reason)
        raise
    return _save(store, group_id, parsed, url=url, kind="feed", fetched=got)


def due_sources(store: Store, group_id: int, now: dt.datetime | None = None) -> list[SourceRow]:
    """Feeds whose interval has passed (after an error, wait at least the retry time)."""
    now = now or utc_now()
    out = []
    for src in list_sources(store, group_id):
        if src.last_checked_at is None:
            out.append(src)
            continue
        wait = max(src.interval_minutes, MIN_INTERVAL_MINUTES)
        if src.last_error:
            wait = min(wait, RETRY_AFTER_ERROR_MINUTES)
        if now - src.last_checked_at >= dt.timedelta(minutes=wait):
            out.append(src)
    return out


@dataclass
class RoundResult:
    results: list[clippings.ImportResult]
    errors: list[tuple[str, FetchError]]

    @property
    def offline(self) -> bool:
        return bool(self.errors) and not self.results and all(e.reason == "offline" for _, e in self.errors)


@changes(Kind.CLIPPINGS)
def read_due(store: Store, group_id: int, *, force: bool = False, cancelled=lambda: False) -> RoundResult:
    """One scheduled round (or, with ``force``, every feed now). One feed failing stops no other."""
    sources = list_sources(store, group_id) if force else due_sources(store, group_id)
    results, errors = [], []
    for src in sources:
        if cancelled():
            break
        try:
            results.append(read_feed(store, group_id, src.url))
        except FetchError as exc:
            errors.append((src.url, exc))
    return RoundResult(results, errors)


def is_offline(store: Store, group_id: int) -> bool:
    """Every feed's last attempt failed for want of a network."""
    rows = list_sources(store, group_id)
    return bool(rows) and all(r.offline for r in rows)


@changes(Kind.CLIPPINGS)
def import_file(store: Store, group_id: int, path: Path | str) -> clippings.ImportResult:
    """A saved feed (``.xml``, ``.rss``, ``.atom``) or a press digest by mail (``.eml``)."""
    path = Path(path).expanduser()
    if path.is_dir():
        raise FetchError(f"{path} er en mappe, ikke en fil.", f"{path} is a folder, not a file.", "not_found")
    if not path.is_file():
        raise FetchError(f"Filen {path} findes ikke.", f"The file {path} does not exist.", "not_found")
    if path.stat().st_size > MAX_BYTES:
        raise FetchError(f"{path} er større end {MAX_BYTES // 2**20} MB og læses ikke.",
                         f"{path} is larger than {MAX_BYTES // 2**20} MB and is not read.", "too_large")
    data = path.read_bytes()
    suffix = path.suffix.lower()
    if suffix == ".msg":
        raise FetchError(f"{path.name}: Outlook-mails (.msg) kan endnu ikke læses; gem mailen som .eml.",
                         f"{path.name}: Outlook mails (.msg) cannot be read yet; save the mail as .eml.", "not_feed")
    if suffix == ".eml" or _looks_like_mail(data):
        return _save(store, group_id, parse_eml(data, str(path)), url=f"mail:{path.name}", kind="mail",
                     always_inbox=True)
    return _save(store, group_id, parse_feed(data, str(path)), url=f"file:{path.name}", kind="file")


def _looks_like_mail(data: bytes) -> bool:
    head = data[:4096].lower()
    return b"\nsubject:" in b"\n" + head and (b"\nfrom:" in b"\n" + head) and not head.lstrip().startswith(b"<")


@changes(Kind.CLIPPINGS | Kind.REQUESTS | Kind.TIME_ENTRIES)
def import_source(store: Store, group_id: int, source: str) -> clippings.ImportResult:
    """What ``press import SOURCE`` reads: a feed URL (added as a source), or a file."""
    if source.strip().lower().startswith(("http://", "https://")):
        add_feed(store, group_id, source)
        return read_feed(store, group_id, source.strip())
    return import_file(store, group_id, source)


@changes(Kind.CLIPPINGS)
def import_article(store: Store, group_id: int, *, url: str = "", text: str = "") -> clippings.ImportResult:
    """A pasted article (text or HTML) or an article URL, fetched once; always in the inbox."""
    if url and not text:
        got = fetch(url)
        item = parse_article(got.body, got.url)
        item.url = item.url or url
    elif text:
        item = parse_pasted_text(text)
        item.url = item.url or url.strip()
    else:
        raise ValidationError("Indsæt en artikel eller en webadresse.", "Paste an article or a web address.",
                              field="article")
    if not item.published_at:
        item.published_at = utc_now()
    return _save(store, group_id, Parsed("", [item]), url="article:", kind="article", always_inbox=True)


def get_source(store: Store, source_id: int) -> SourceRow:
    with store.session() as s:
        src = s.get(PressSource, source_id)
        if src is None:
            raise NotFoundError(f"Kilden med id {source_id} findes ikke.", f"There is no source with id {source_id}.")
        return _row(src)


