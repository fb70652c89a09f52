"""The press digest: the clippings kept for a member (or the whole group) in a day, a week or any
range, grouped by member and topic (the first watch term that matched), newest first."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from sqlmodel import select

from secretary_app.domain.dates import format_datetime, format_long, parse_date, to_local
from secretary_app.domain.errors import ValidationError
from secretary_app.exports.press_digest import Digest, DigestClipping, DigestSection, DigestTopic
from secretary_app.services.reports import Period, range_period
from secretary_app.store.engine import Store
from secretary_app.store.models import Member, PartyGroup
from secretary_app.store.press_models import PressClipping, PressClippingMember

FORMATS = ("docx", "pdf", "html")
TONE_LABELS = {"da": {"positive": "positiv", "neutral": "neutral", "negative": "negativ"},
               "en": {"positive": "positive", "neutral": "neutral", "negative": "negative"}}


def as_date(value: dt.date | str, field: str) -> dt.date:
    if isinstance(value, dt.date):
        return value
    try:
        return parse_date(value)
    except ValueError:
        raise ValidationError(f"»{value}« er ikke en dato; skriv ÅÅÅÅ-MM-DD eller DD-MM-ÅÅÅÅ.",
                              f"'{value}' is not a date; write YYYY-MM-DD or DD-MM-YYYY.", field=field) from None


def period(start: dt.date | str, end: dt.date | str | None = None) -> Period:
    """A day (``end`` left out), a week or any range, both days included."""
    first = as_date(start, "from")
    return range_period(first, as_date(end, "to") if end else first)


def week(day: dt.date) -> Period:
    monday = day - dt.timedelta(days=day.weekday())
    return range_period(monday, monday + dt.timedelta(days=6))


def build_digest(store: Store, group_id: int, per: Period, member_id: int | None = None,
                 lang: str = "da") -> Digest:
    lo, hi = per.utc_bounds()
    with store.session() as s:
        group = s.get(PartyGroup, group_id)
        names = {m.id: m.name for m in s.exec(select(Member).where(Member.group_id == group_id))}
        q = select(PressClippingMember, PressClipping).join(
            PressClipping, PressClipping.id == PressClippingMember.clipping_id).where(
            PressClipping.group_id == group_id, PressClipping.status == "kept",
            PressClippingMember.kept.is_(True))
        if member_id is not None:
            q = q.where(PressClippingMember.member_id == member_id)
        rows = [(link, clip) for link, clip in s.exec(q)
                if lo <= (clip.published_at or clip.fetched_at) < hi]
    whole = "Hele gruppen" if lang != "en" else "The whole group"
    other = "Øvrige" if lang != "en" else "Other"
    sections: dict[int | None, dict[str, list[tuple[dt.datetime, DigestClipping]]]] = {}
    for link, clip in rows:
        terms = json.loads(link.terms_json or "[]")
        topic = terms[0] if terms else other
        when = clip.published_at or clip.fetched_at
        item = DigestClipping(clip.title, clip.outlet, format_datetime(when, lang) if clip.published_at
                              else format_long(to_local(when).date(), lang), clip.url, clip.summary,
                              TONE_LABELS["en" if lang == "en" else "da"].get(clip.tone or "", ""))
        sections.setdefault(link.member_id, {}).setdefault(topic, []).append((when, item))
    order = sorted(sections, key=lambda m: (m is not None, names.get(m, "").casefold()))
    out = []
    for mid in order:
        topics = [DigestTopic(name, [c for _, c in sorted(items, key=lambda x: x[0], reverse=True)])
                  for name, items in sorted(sections[mid].items(), key=lambda kv: kv[0].casefold())]
        out.append(DigestSection(names.get(mid, whole) if mid is not None else whole, topics))
    who = names.get(member_id, "") if member_id is not None else (group.name if group else "")
    if lang == "en":
        title = f"Press clippings for {who}"
        empty = "No clippings were kept in this period."
        footer = "Made with Medlemssekretær (press monitoring)."
    else:
        title = f"Presseklip til {who}"
        empty = "Der er ikke gemt presseklip i perioden."
        footer = "Lavet med Medlemssekretær (presseovervågning)."
    subtitle = f"{group.name if group else ''} · {per.label(lang) if per.start != per.end else format_long(per.start, lang)}"
    return Digest(title, subtitle, out, empty, footer)


def check_format(fmt: str | None, out: Path | str) -> str:
    fmt = (fmt or Path(out).suffix.lstrip(".")).lower()
    if fmt == "htm":
        fmt = "html"
    if fmt not in FORMATS:
        raise ValidationError(f"Ukendt format »{fmt}«; brug docx, pdf eller html.",
                              f"Unknown format '{fmt}'; use docx, pdf or html.", field="format")
    return fmt


def export_digest(digest: Digest, fmt: str, out: Path | str) -> Path:
    from secretary_app.exports import press_digest as ex

    return {"docx": ex.write_docx, "pdf": ex.write_pdf, "html": ex.write_html}[fmt](digest, out)
