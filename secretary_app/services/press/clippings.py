"""Clippings: stored once (same GUID, URL, or near-identical headline from the same outlet),
matched against the group's watch lists, triaged (keep for a member, dismiss, tone), searched.

A clipping that matched nobody is kept as ``unmatched``: it is searchable, it is not shown again
when the feed is read again, and it moves to the inbox when a new watch term matches it.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import urllib.parse
from dataclasses import dataclass, field

from sqlalchemy import or_
from sqlmodel import Session, select

from secretary_app.domain.changes import Kind, changes
from secretary_app.domain.dates import utc_now
from secretary_app.domain.errors import NotFoundError, ValidationError
from secretary_app.domain.press_match import Hit, Matcher, headline_key, near_same_headline
from secretary_app.services.press import watch
from secretary_app.services.press.parse import Item
from secretary_app.store.engine import Store
from secretary_app.store.models import Member
from secretary_app.store.press_models import PressClipping, PressClippingMember

STATUSES = ("new", "unmatched", "kept", "dismissed")
TONES = ("positive", "neutral", "negative")
NEAR_DAYS = 7  # a near-identical headline counts as the same story within a week


@dataclass
class ClippingRow:
    """What the inbox, the CLI and the digest show of a clipping."""

    id: int
    title: str
    outlet: str
    url: str
    published_at: dt.datetime | None
    fetched_at: dt.datetime
    author: str
    summary: str
    status: str
    tone: str | None
    members: list[str] = field(default_factory=list)  # names; "" stands for the whole group
    member_ids: list[int | None] = field(default_factory=list)
    kept_for: list[int | None] = field(default_factory=list)
    terms: list[str] = field(default_factory=list)
    request_id: int | None = None
    draft_id: int | None = None

    @property
    def moment(self) -> dt.datetime:
        return self.published_at or self.fetched_at

    def as_dict(self) -> dict:
        return {"id": self.id, "title": self.title, "outlet": self.outlet, "url": self.url,
                "published": self.published_at.isoformat() + "Z" if self.published_at else None,
                "members": [m for m in self.members if m], "terms": self.terms, "status": self.status,
                "tone": self.tone, "author": self.author, "summary": self.summary}


_TRACKING = re.compile(r"^(utm_|fbclid$|gclid$|mc_|ref$|referrer$|cmpid$|xtor$)", re.I)


def url_key(url: str) -> str:
    """The URL as the same article: no tracking parameters or fragment, host lower case, no
    trailing slash, http and https alike."""
    url = (url or "").strip()
    if not url:
        return ""
    parts = urllib.parse.urlsplit(url)
    query = urllib.parse.urlencode([(k, v) for k, v in urllib.parse.parse_qsl(parts.query, keep_blank_values=True)
                                    if not _TRACKING.match(k)])
    host = (parts.hostname or "").lower().removeprefix("www.")
    return f"{host}{parts.path.rstrip('/') or '/'}{'?' + query if query else ''}"


@dataclass
class ImportResult:
    source: str
    new: list[ClippingRow]
    seen: int  # items already stored (duplicates)
    not_modified: bool = False


def _duplicate(s: Session, group_id: int, item: Item, ukey: str, hkey: str) -> PressClipping | None:
    conds = []
    if item.guid:
        conds.append(PressClipping.guid == item.guid)
    if ukey:
        conds.append(PressClipping.url_key == ukey)
    conds.append(PressClipping.headline_key == hkey)
    found = s.exec(select(PressClipping).where(PressClipping.group_id == group_id, or_(*conds)).limit(1)).first()
    if found is not None:
        return found
    # Near-identical headline (an edited headline, a typo fixed) from the same outlet, same week.
    outlet_prefix = hkey.partition("|")[0] + "|"
    when = item.published_at or utc_now()
    near = s.exec(select(PressClipping.id, PressClipping.headline_key).where(
        PressClipping.group_id == group_id, PressClipping.headline_key.startswith(outlet_prefix),
        PressClipping.fetched_at >= when - dt.timedelta(days=NEAR_DAYS)))
    for cid, key in near:
        if near_same_headline(key, hkey):
            return s.get(PressClipping, cid)
    return None


def _match_rows(hits: list[Hit]) -> dict[int | None, list[str]]:
    by_member: dict[int | None, list[str]] = {}
    for hit in hits:
        by_member.setdefault(hit.owner, [])
        if hit.term not in by_member[hit.owner]:
            by_member[hit.owner].append(hit.term)
    return by_member


@changes(Kind.CLIPPINGS | Kind.REQUESTS | Kind.TIME_ENTRIES)
def store_items(s: Session, group_id: int, items: list[Item], matcher: Matcher, *, source_id: int | None = None,
                keep_text: bool = True, always_inbox: bool = False) -> tuple[list[int], int]:
    """Add the items that are new, in the caller's transaction. Returns (new ids, duplicates).

    ``always_inbox``: a pasted article or a mail digest was chosen by the secretary, so it goes to
    the inbox even when no watch term matched."""
    new_ids, seen = [], 0
    for item in items:
        outlet = item.outlet or ""
        ukey, hkey = url_key(item.url), headline_key(outlet, item.title)
        if _duplicate(s, group_id, item, ukey, hkey) is not None:
            seen += 1
            continue
        body = item.body_text if keep_text else ""
        hits = matcher.match(item.title, item.summary, body or item.body_text)
        by_member = _match_rows(hits)
        clip = PressClipping(group_id=group_id, source_id=source_id, guid=item.guid, url=item.url, url_key=ukey,
                             headline_key=hkey, outlet=outlet, title=item.title, author=item.author,
                             summary=item.summary, body_text=body, published_at=item.published_at,
                             status="new" if by_member or always_inbox else "unmatched")
        s.add(clip)
        s.flush()
        for member_id, terms in by_member.items():
            s.add(PressClippingMember(clipping_id=clip.id, member_id=member_id, terms_json=json.dumps(terms)))
        new_ids.append(clip.id)
    s.flush()
    return new_ids, seen


@changes(Kind.CLIPPINGS)
def rematch(store: Store, group_id: int) -> int:
    """Match the inbox and the unmatched clippings again after the watch lists changed; returns how
    many clippings moved into the inbox. Kept and dismissed clippings keep what the secretary set."""
    matcher = watch.matcher(store, group_id)
    moved = 0
    with store.session() as s:
        clips = list(s.exec(select(PressClipping).where(PressClipping.group_id == group_id,
                                                        PressClipping.status.in_(("new", "unmatched")))))
        for clip in clips:
            by_member = _match_rows(matcher.match(clip.title, clip.summary, clip.body_text))
            old = {r.member_id: r for r in s.exec(select(PressClippingMember).where(
                PressClippingMember.clipping_id == clip.id))}
            for member_id, row in old.items():
                if member_id not in by_member and not row.kept:
                    s.delete(row)
            for member_id, terms in by_member.items():
                row = old.get(member_id) or PressClippingMember(clipping_id=clip.id, member_id=member_id)
                row.terms_json = json.dumps(terms)
                s.add(row)
            if by_member and clip.status == "unmatched":
                clip.status = "new"
                moved += 1
                s.add(clip)
    return moved


# --- reading -----------------------------------------------------------------------------------

def _rows(s: Session, clips: list[PressClipping]) -> list[ClippingRow]:
    if not clips:
        return []
    ids = [c.id for c in clips]
    names = {m.id: m.name for m in s.exec(select(Member).where(Member.group_id == clips[0].group_id))}
    links: dict[int, list[PressClippingMember]] = {}
    for chunk in range(0, len(ids), 500):
        for link in s.exec(select(PressClippingMember).where(PressClippingMember.clipping_id.in_(ids[chunk:chunk + 500]))):
            links.setdefault(link.clipping_id, []).append(link)
    out = []
    for c in clips:
        mine = sorted(links.get(c.id, []), key=lambda r: (r.member_id is not None, names.get(r.member_id, "")))
        terms: list[str] = []
        for link in mine:
            for t in json.loads(link.terms_json or "[]"):
                if t not in terms:
                    terms.append(t)
        out.append(ClippingRow(
            c.id, c.title, c.outlet, c.url, c.published_at, c.fetched_at, c.author, c.summary, c.status, c.tone,
            members=[names.get(r.member_id, "") for r in mine], member_ids=[r.member_id for r in mine],
            kept_for=[r.member_id for r in mine if r.kept], terms=terms, request_id=c.request_id,
            draft_id=c.draft_id))
    return out


def _sorted(clips: list[PressClipping]) -> list[PressClipping]:
    return sorted(clips, key=lambda c: (c.published_at or c.fetched_at, c.id), reverse=True)


def list_clippings(store: Store, group_id: int, *, member_id: int | None = None, statuses=None,
                   start: dt.datetime | None = None, end: dt.datetime | None = None, kept_only: bool = False,
                   limit: int | None = None) -> list[ClippingRow]:
    """Newest first. ``start``/``end`` bound the published (else fetched) time, naive UTC, end
    excluded. ``member_id`` keeps the clippings matched or kept for that member."""
    with store.session() as s:
        q = select(PressClipping).where(PressClipping.group_id == group_id)
        if statuses:
            q = q.where(PressClipping.status.in_(tuple(statuses)))
        if member_id is not None or kept_only:
            sub = select(PressClippingMember.clipping_id)
            if member_id is not None:
                sub = sub.where(PressClippingMember.member_id == member_id)
            if kept_only:
                sub = sub.where(PressClippingMember.kept.is_(True))
            q = q.where(PressClipping.id.in_(sub))
        clips = list(s.exec(q))
        if start is not None:
            clips = [c for c in clips if (c.published_at or c.fetched_at) >= start]
        if end is not None:
            clips = [c for c in clips if (c.published_at or c.fetched_at) < end]
        clips = _sorted(clips)[:limit] if limit else _sorted(clips)
        return _rows(s, clips)


def inbox(store: Store, group_id: int, limit: int | None = None) -> list[ClippingRow]:
    return list_clippings(store, group_id, statuses=("new",), limit=limit)


def get_clipping(store: Store, clipping_id: int) -> PressClipping:
    with store.session() as s:
        clip = s.get(PressClipping, clipping_id)
        if clip is None:
            raise NotFoundError(f"Presseklippet med id {clipping_id} findes ikke.",
                                f"There is no clipping with id {clipping_id}.")
        return clip


def clipping_row(store: Store, clipping_id: int) -> ClippingRow:
    clip = get_clipping(store, clipping_id)
    with store.session() as s:
        return _rows(s, [clip])[0]


def search_ids(store: Store, group_id: int, query: str) -> list[int]:
    """Clippings whose headline, summary, text or outlet match every word (as a prefix), best first."""
    from secretary_app.services.requests import fts_query

    match = fts_query(query)
    if match is None:
        return []
    with store.engine.connect() as conn:
        return [r[0] for r in conn.exec_driver_sql(
            "SELECT c.id FROM press_clipping_fts CROSS JOIN press_clipping c ON c.id = press_clipping_fts.rowid "
            "WHERE press_clipping_fts MATCH ? AND c.group_id = ? ORDER BY bm25(press_clipping_fts)",
            (match, group_id))]


def search(store: Store, group_id: int, query: str) -> list[ClippingRow]:
    ids = search_ids(store, group_id, query)
    if not ids:
        return []
    with store.session() as s:
        by_id = {c.id: c for c in s.exec(select(PressClipping).where(PressClipping.id.in_(ids)))}
        return _rows(s, [by_id[i] for i in ids if i in by_id])


# --- triage ------------------------------------------------------------------------------------

@dataclass(frozen=True)
class TriageState:
    """What a triage step changed, so it can be undone exactly."""

    clipping_id: int
    status: str
    kept_for: tuple[int | None, ...]
    manual: tuple[int | None, ...]  # member rows that only exist because of the keep


def _get(s: Session, clipping_id: int) -> PressClipping:
    clip = s.get(PressClipping, clipping_id)
    if clip is None:
        raise NotFoundError(f"Presseklippet med id {clipping_id} findes ikke.",
                            f"There is no clipping with id {clipping_id}.")
    return clip


@changes(Kind.CLIPPINGS | Kind.REQUESTS)
def keep(store: Store, clipping_id: int, member_ids: list[int | None]) -> TriageState:
    """Keep the clipping for these members (None: the whole group); they get it in their digest."""
    if not member_ids:
        raise ValidationError("Vælg mindst ét medlem, klippet gemmes for.",
                              "Choose at least one member to keep the clipping for.", field="member")
    with store.session() as s:
        clip = _get(s, clipping_id)
        links = {r.member_id: r for r in s.exec(select(PressClippingMember).where(
            PressClippingMember.clipping_id == clipping_id))}
        before = TriageState(clipping_id, clip.status, tuple(m for m, r in links.items() if r.kept), ())
        manual = []
        for member_id in member_ids:
            watch._check_member(s, clip.group_id, member_id)
            row = links.get(member_id)
            if row is None:
                row = PressClippingMember(clipping_id=clipping_id, member_id=member_id)
                manual.append(member_id)
            row.kept = True
            s.add(row)
        clip.status, clip.decided_at = "kept", utc_now()
        s.add(clip)
        s.flush()
        from secretary_app.services.press import activity

        for member_id in member_ids:
            if member_id is not None:
                activity.count_clipping(s, clip.group_id, member_id, clip.published_at or clip.fetched_at)
    return TriageState(before.clipping_id, before.status, before.kept_for, tuple(manual))


@changes(Kind.CLIPPINGS | Kind.REQUESTS)
def dismiss(store: Store, clipping_id: int) -> TriageState:
    with store.session() as s:
        clip = _get(s, clipping_id)
        links = list(s.exec(select(PressClippingMember).where(PressClippingMember.clipping_id == clipping_id)))
        before = TriageState(clipping_id, clip.status, tuple(r.member_id for r in links if r.kept), ())
        from secretary_app.services.press import activity

        for row in links:
            if row.kept:
                row.kept = False
                s.add(row)
                if row.member_id is not None:
                    activity.uncount_clipping(s, clip.group_id, row.member_id, clip.published_at or clip.fetched_at)
        clip.status, clip.decided_at = "dismissed", utc_now()
        s.add(clip)
    return before


@changes(Kind.CLIPPINGS | Kind.REQUESTS)
def restore(store: Store, state: TriageState) -> None:
    """Undo a keep or a dismiss: the status and kept members as they were."""
    from secretary_app.services.press import activity

    with store.session() as s:
        clip = _get(s, state.clipping_id)
        for row in s.exec(select(PressClippingMember).where(PressClippingMember.clipping_id == state.clipping_id)):
            if row.kept and row.member_id not in state.kept_for and row.member_id is not None:
                activity.uncount_clipping(s, clip.group_id, row.member_id, clip.published_at or clip.fetched_at)
            elif not row.kept and row.member_id in state.kept_for and row.member_id is not None:
                activity.count_clipping(s, clip.group_id, row.member_id, clip.published_at or clip.fetched_at)
            if row.member_id in state.manual:
                s.delete(row)
            else:
                row.kept = row.member_id in state.kept_for
                s.add(row)
        clip.status = state.status
        clip.decided_at = None if state.status in ("new", "unmatched") else clip.decided_at
        s.add(clip)


@changes(Kind.CLIPPINGS)
def set_tone(store: Store, clipping_id: int, tone: str | None) -> str | None:
    """Returns the tone before, for undo."""
    if tone is not None and tone not in TONES:
        raise ValidationError(f"Ukendt tone »{tone}«; brug positive, neutral eller negative.",
                              f"Unknown tone '{tone}'; use positive, neutral or negative.", field="tone")
    with store.session() as s:
        clip = _get(s, clipping_id)
        before, clip.tone = clip.tone, tone
        s.add(clip)
        return before


@changes(Kind.CLIPPINGS)
def link(store: Store, clipping_id: int, *, request_id: int | None = None, draft_id: int | None = None) -> None:
    with store.session() as s:
        clip = _get(s, clipping_id)
        if request_id is not None:
            clip.request_id = request_id
        if draft_id is not None:
            clip.draft_id = draft_id
        s.add(clip)


def clipping_text(store: Store, clipping_id: int) -> str:
    return get_clipping(store, clipping_id).body_text
