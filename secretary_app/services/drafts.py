"""Drafts (udkast): speeches, debate articles, press releases, proposals ... for one member.

The GUI editor autosaves through ``save_body`` (one short UPDATE; the FTS5 triggers keep
``draft_fts`` in step), the CLI lists and exports. Named versions are snapshots in
``draft_version``; restoring one first snapshots the current text, so nothing is lost.
No Qt here: the PDF exporter (which needs Qt) is imported only when a PDF is asked for.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import func, text
from sqlmodel import Session, select

from secretary_app import paths
from secretary_app.domain import vocab
from secretary_app.domain.changes import Kind, changes
from secretary_app.domain.dates import COPENHAGEN, format_datetime, format_long, local_today, utc_now
from secretary_app.domain.draft_html import html_to_text, looks_like_html, text_to_html
from secretary_app.domain.draft_templates import DEFAULT_LIMITS, fill_template, template_path
from secretary_app.domain.errors import NotFoundError, ValidationError
from secretary_app.domain.speaking_time import clamp_wpm, text_stats
from secretary_app.domain.validation import NAME_MAX, clean_text
from secretary_app.store.engine import Store
from secretary_app.store.models import (
    AgendaItem, Council, Draft, DraftVersion, Meeting, Member, PartyGroup, Request,
)

KIND_CODES = vocab.codes(vocab.DRAFT_KINDS)
FORMATS = ("docx", "pdf", "txt", "md")
# About 90,000 words (a 20,000-word speech is some 130,000 characters): far more than any
# speech or article. A 200,000-word paste is refused with a message; the draft stays as it was.
PLAIN_MAX = 600_000
BODY_MAX = 8_000_000  # the HTML around that text
VERSION_NAME_MAX = 120
MAX_LIMIT_SECONDS = 4 * 3600
MAX_LIMIT_CHARS = 1_000_000
# Control characters other than tab and line breaks (NUL bytes from broken files, etc.).
_BAD_CHARS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def _err(da: str, en: str, field: str) -> ValidationError:
    return ValidationError(da, en, field=field)


def template_folder() -> Path:
    return paths.get_asset("templates", "drafts")


def strip_control_chars(value: str) -> tuple[str, int]:
    """Remove NUL and other control characters; returns the text and how many went."""
    cleaned, n = _BAD_CHARS.subn("", value or "")
    return cleaned, n


def check_body(body: str, plain_text: str | None) -> None:
    """Refuse what must not be stored: control characters and absurd sizes."""
    if plain_text is not None:
        if len(plain_text) > PLAIN_MAX:
            raise _err(f"Teksten er for lang ({len(plain_text):,} tegn; højst {PLAIN_MAX:,}). "
                       f"Udkastet er ikke ændret.".replace(",", "."),
                       f"The text is too long ({len(plain_text):,} characters; at most {PLAIN_MAX:,}). "
                       f"The draft was not changed.", "body")
        if _BAD_CHARS.search(plain_text):
            raise _err("Teksten indeholder ugyldige kontroltegn (fx NUL-bytes). Udkastet er ikke ændret.",
                       "The text contains invalid control characters (such as NUL bytes). "
                       "The draft was not changed.", "body")
    if len(body or "") > BODY_MAX:
        raise _err("Dokumentet er for stort til at gemme. Udkastet er ikke ændret.",
                   "The document is too large to save. The draft was not changed.", "body")
    if "\x00" in (body or ""):
        raise _err("Dokumentet indeholder NUL-bytes. Udkastet er ikke ændret.",
                   "The document contains NUL bytes. The draft was not changed.", "body")


def _kind(kind: str | None) -> str:
    kind = (kind or "").strip()
    if kind not in KIND_CODES:
        # Danish labels are accepted too (tale, debatindlæg ...)
        for term in vocab.DRAFT_KINDS:
            if kind.casefold() in (term.da.casefold(), term.en.casefold()):
                return term.code
        raise _err(f"Ukendt udkasttype »{kind}« (brug {', '.join(KIND_CODES)}).",
                   f"Unknown draft kind '{kind}' (use {', '.join(KIND_CODES)}).", "kind")
    return kind


def _limit(value: Any, maximum: int, field: str, da: str, en: str) -> int | None:
    if value in (None, "", 0):
        return None
    try:
        if isinstance(value, bool):
            raise TypeError
        n = int(value)
    except (TypeError, ValueError):
        raise _err(f"{da} skal være et helt tal (ikke »{value}«).", f"{en} must be a whole number (not '{value}').",
                   field)
    if n < 0 or n > maximum:
        raise _err(f"{da} skal ligge mellem 0 og {maximum}.", f"{en} must be between 0 and {maximum}.", field)
    return n or None


def _get(s: Session, draft_id: int) -> Draft:
    draft = s.get(Draft, draft_id)
    if draft is None:
        raise NotFoundError(f"Udkastet med id {draft_id} findes ikke.", f"There is no draft with id {draft_id}.",
                            field="id")
    return draft


def _member(s: Session, group_id: int, member_id: Any) -> Member:
    try:
        mid = int(member_id)
    except (TypeError, ValueError):
        raise _err("Vælg et medlem.", "Choose a member.", "member")
    member = s.get(Member, mid)
    if member is None:
        raise NotFoundError(f"Medlemmet med id {mid} findes ikke.", f"There is no member with id {mid}.",
                            field="member")
    if member.group_id != group_id:
        raise _err(f"{member.name} er ikke medlem af denne partigruppe.",
                   f"{member.name} is not a member of this party group.", "member")
    return member


def _links(s: Session, group_id: int, request_id: Any, agenda_item_id: Any) -> tuple[int | None, int | None]:
    rid = aid = None
    if request_id not in (None, ""):
        req = s.get(Request, int(request_id))
        if req is None or req.group_id != group_id:
            raise NotFoundError(f"Opgaven med id {request_id} findes ikke i gruppen.",
                                f"There is no request with id {request_id} in the group.", field="request")
        rid = req.id
    if agenda_item_id not in (None, ""):
        item = s.get(AgendaItem, int(agenda_item_id))
        meeting = s.get(Meeting, item.meeting_id) if item else None
        if item is None or meeting is None or meeting.group_id != group_id:
            raise NotFoundError(f"Dagsordenspunktet med id {agenda_item_id} findes ikke i gruppen.",
                                f"There is no agenda item with id {agenda_item_id} in the group.",
                                field="agenda_item")
        aid = item.id
    return rid, aid


# --- templates -----------------------------------------------------------------------------------

def template_values(s: Session, member: Member, title: str, request_id: int | None,
                    agenda_item_id: int | None, today: dt.date | None = None) -> dict[str, str]:
    group = s.get(PartyGroup, member.group_id)
    council = s.get(Council, group.council_id) if group else None
    committees = [c for c in (member.committees or "").splitlines() if c.strip()]
    case = ""
    if agenda_item_id:
        item = s.get(AgendaItem, agenda_item_id)
        if item is not None:
            case = " ".join(x for x in (item.case_number, "–" if item.case_number else "", item.title) if x)
    if not case and request_id:
        req = s.get(Request, request_id)
        if req is not None:
            case = req.title
    council_name = (council.name if council else "") or "kommunalbestyrelsen"
    return {
        "titel": title,
        "medlem": member.name,
        "gruppe": group.name if group else "",
        "forsamling": council_name,
        "dato": format_long(today or local_today()),
        "udvalg_komma": (", " + committees[0]) if committees else "",
        "email": member.email,
        "telefon": member.phone,
        "sag": case,
    }


def template_html(kind: str, values: dict[str, str]) -> str:
    path = template_path(template_folder(), _kind(kind))
    try:
        raw = path.read_text(encoding="utf-8")
    except OSError:
        raw = "<h1>{{titel}}</h1><p></p>"  # a missing resource must not stop the work
    return fill_template(raw, values)


# --- create, read, update -------------------------------------------------------------------------

@changes(Kind.DRAFTS)
def create_draft(store: Store, group_id: int, member_id: int, kind: str, title: str = "", *,
                 request_id: int | None = None, agenda_item_id: int | None = None,
                 body: str | None = None, limit_seconds: Any = "default", limit_chars: Any = "default",
                 today: dt.date | None = None) -> Draft:
    """A new draft; without ``body`` it starts from the kind's Danish template."""
    kind = _kind(kind)
    title = clean_text(title, "Titlen", "The title", max_len=NAME_MAX, required=False)
    with store.session() as s:
        member = _member(s, group_id, member_id)
        rid, aid = _links(s, group_id, request_id, agenda_item_id)
        if not title:
            title = vocab.label(vocab.DRAFT_KINDS, kind)
        if body is None:
            body = template_html(kind, template_values(s, member, title, rid, aid, today))
        elif not looks_like_html(body):
            body = text_to_html(body)
        plain = html_to_text(body)
        check_body(body, plain)
        d_secs, d_chars = DEFAULT_LIMITS.get(kind, (None, None))
        draft = Draft(group_id=group_id, member_id=member.id, request_id=rid, agenda_item_id=aid, kind=kind,
                      title=title, body=body, body_format="html", plain_text=plain,
                      limit_seconds=d_secs if limit_seconds == "default" else _limit(
                          limit_seconds, MAX_LIMIT_SECONDS, "limit_seconds", "Tidsgrænsen", "The time limit"),
                      limit_chars=d_chars if limit_chars == "default" else _limit(
                          limit_chars, MAX_LIMIT_CHARS, "limit_chars", "Tegngrænsen", "The character limit"))
        s.add(draft)
        s.flush()
        return draft


def get_draft(store: Store, draft_id: int) -> Draft:
    with store.session() as s:
        return _get(s, draft_id)


@changes(Kind.DRAFTS)
def save_body(store: Store, draft_id: int, body: str, plain_text: str | None = None) -> dt.datetime:
    """The autosave: store the document (and its plain text, if it changed) in one UPDATE.

    ``plain_text=None`` means "the words did not change" (only formatting): the FTS index is
    then left alone, which keeps the save cheap. Returns the saved time (naive UTC)."""
    check_body(body, plain_text)
    now = utc_now()
    stamp = now.strftime("%Y-%m-%d %H:%M:%S.%f")  # SQLAlchemy's SQLite DateTime format
    if plain_text is None:
        sql, params = "UPDATE draft SET body = ?, updated_at = ? WHERE id = ?", (body, stamp, draft_id)
    else:
        sql = "UPDATE draft SET body = ?, plain_text = ?, updated_at = ? WHERE id = ?"
        params = (body, plain_text, stamp, draft_id)
    with store.engine.begin() as conn:
        result = conn.exec_driver_sql(sql, params)
        if result.rowcount != 1:
            raise NotFoundError(f"Udkastet med id {draft_id} findes ikke.",
                                f"There is no draft with id {draft_id}.", field="id")
    return now


EDITABLE = ("title", "kind", "member_id", "request_id", "agenda_item_id", "limit_seconds", "limit_chars")


@changes(Kind.DRAFTS)
def update_draft(store: Store, draft_id: int, **changes: Any) -> Draft:
    unknown = set(changes) - set(EDITABLE)
    if unknown:
        raise _err(f"Ukendte felter: {', '.join(sorted(unknown))}.",
                   f"Unknown fields: {', '.join(sorted(unknown))}.", "fields")
    with store.session() as s:
        draft = _get(s, draft_id)
        if "title" in changes:
            draft.title = clean_text(changes["title"], "Titlen", "The title", max_len=NAME_MAX)
        if "kind" in changes:
            draft.kind = _kind(changes["kind"])
        if "member_id" in changes:
            draft.member_id = _member(s, draft.group_id, changes["member_id"]).id
        if "request_id" in changes or "agenda_item_id" in changes:
            rid, aid = _links(s, draft.group_id, changes.get("request_id", draft.request_id),
                              changes.get("agenda_item_id", draft.agenda_item_id))
            draft.request_id, draft.agenda_item_id = rid, aid
        if "limit_seconds" in changes:
            draft.limit_seconds = _limit(changes["limit_seconds"], MAX_LIMIT_SECONDS, "limit_seconds",
                                         "Tidsgrænsen", "The time limit")
        if "limit_chars" in changes:
            draft.limit_chars = _limit(changes["limit_chars"], MAX_LIMIT_CHARS, "limit_chars",
                                       "Tegngrænsen", "The character limit")
        draft.updated_at = utc_now()
        s.add(draft)
        return draft


@changes(Kind.DRAFTS)
def trash_draft(store: Store, draft_id: int) -> Draft:
    with store.session() as s:
        draft = _get(s, draft_id)
        if draft.deleted_at is None:
            draft.deleted_at = utc_now()
            s.add(draft)
        return draft


@changes(Kind.DRAFTS)
def restore_draft(store: Store, draft_id: int) -> Draft:
    with store.session() as s:
        draft = _get(s, draft_id)
        draft.deleted_at = None
        s.add(draft)
        return draft


@changes(Kind.DRAFTS)
def purge_draft(store: Store, draft_id: int) -> None:
    with store.session() as s:
        draft = s.get(Draft, draft_id)
        if draft is not None:
            s.exec(text("DELETE FROM draft_version WHERE draft_id = :i").bindparams(i=draft_id))
            s.delete(draft)


def member_wpm(store: Store, member_id: int) -> int:
    with store.session() as s:
        member = s.get(Member, member_id)
        return clamp_wpm(member.words_per_minute if member else None)


# --- press releases ---------------------------------------------------------------------------

def press_order_warning(members_at: dt.datetime | None, media_at: dt.datetime | None,
                        lang: str = "da") -> str | None:
    """Members get press releases before, or at the latest at the same time as, the media."""
    if media_at is None:
        return None
    if members_at is None:
        return ("Pressemeddelelsen er sendt til medierne, men ikke til kommunalbestyrelsens medlemmer. "
                "Medlemmerne skal have den senest samtidig med medierne."
                if lang != "en" else
                "The press release went to the media but not to the council members. "
                "Members must get it at the latest at the same time as the media.")
    if media_at < members_at:
        return (f"Medierne fik pressemeddelelsen før medlemmerne ({format_datetime(media_at)} før "
                f"{format_datetime(members_at)}). Medlemmerne skal have den senest samtidig med medierne."
                if lang != "en" else
                f"The media got the press release before the members ({format_datetime(media_at)} before "
                f"{format_datetime(members_at)}). Members must get it at the latest at the same time.")
    return None


def _as_utc(value: Any, field: str) -> dt.datetime | None:
    if value in (None, ""):
        return None
    if isinstance(value, str):
        try:
            value = dt.datetime.fromisoformat(value.strip())
        except ValueError:
            raise _err(f"»{value}« er ikke et gyldigt tidspunkt (brug ÅÅÅÅ-MM-DD TT:MM).",
                       f"'{value}' is not a valid time (use YYYY-MM-DD HH:MM).", field)
        if value.tzinfo is None:
            value = value.replace(tzinfo=COPENHAGEN)  # typed times are local
    if not isinstance(value, dt.datetime):
        raise _err("Ugyldigt tidspunkt.", "Invalid time.", field)
    if value.tzinfo is not None:
        value = value.astimezone(dt.timezone.utc).replace(tzinfo=None)
    return value


@changes(Kind.DRAFTS)
def set_sent_times(store: Store, draft_id: int, members_at: Any = None, media_at: Any = None,
                   lang: str = "da") -> tuple[Draft, str | None]:
    """Record when a press release went to the council members and to the media.

    Naive datetimes are UTC, aware ones are converted, strings are Copenhagen local time.
    Returns the draft and a warning when the media would get it first (it is still saved:
    the secretary records what happened)."""
    m_at, p_at = _as_utc(members_at, "sent_members_at"), _as_utc(media_at, "sent_media_at")
    with store.session() as s:
        draft = _get(s, draft_id)
        draft.sent_members_at, draft.sent_media_at = m_at, p_at
        draft.updated_at = utc_now()
        s.add(draft)
    return draft, press_order_warning(m_at, p_at, lang)


# --- lists and search -----------------------------------------------------------------------------

@dataclass
class DraftRow:
    """What the list shows (no bodies: cheap for hundreds of drafts)."""

    id: int
    member_id: int
    member_name: str
    kind: str
    title: str
    request_id: int | None
    agenda_item_id: int | None
    chars: int
    updated_at: dt.datetime
    created_at: dt.datetime
    sent_members_at: dt.datetime | None
    sent_media_at: dt.datetime | None
    deleted_at: dt.datetime | None

    def kind_label(self, lang: str = "da") -> str:
        return vocab.label(vocab.DRAFT_KINDS, self.kind, lang)


def list_drafts(store: Store, group_id: int, member_id: int | None = None, *, include_deleted: bool = False,
                trash: bool = False, kind: str | None = None) -> list[DraftRow]:
    with store.session() as s:
        q = (select(Draft.id, Draft.member_id, Member.name, Draft.kind, Draft.title, Draft.request_id,
                    Draft.agenda_item_id, func.length(Draft.plain_text), Draft.updated_at, Draft.created_at,
                    Draft.sent_members_at, Draft.sent_media_at, Draft.deleted_at)
             .join(Member, Member.id == Draft.member_id).where(Draft.group_id == group_id))
        if member_id is not None:
            q = q.where(Draft.member_id == member_id)
        if kind:
            q = q.where(Draft.kind == _kind(kind))
        if trash:
            q = q.where(Draft.deleted_at.is_not(None))
        elif not include_deleted:
            q = q.where(Draft.deleted_at.is_(None))
        rows = s.exec(q.order_by(Draft.updated_at.desc(), Draft.id.desc())).all()
    return [DraftRow(*r) for r in rows]


def search_draft_ids(store: Store, group_id: int, query: str, member_id: int | None = None) -> list[int]:
    """Ids of the group's drafts whose title or text matches (FTS5 ``draft_fts``), best first."""
    from secretary_app.services.requests import fts_query

    match = fts_query(query)
    if match is None:
        return []
    sql = ("SELECT d.id FROM draft_fts JOIN draft d ON d.id = draft_fts.rowid "
           "WHERE draft_fts MATCH :m AND d.group_id = :g AND d.deleted_at IS NULL")
    params: dict[str, Any] = {"m": match, "g": group_id}
    if member_id is not None:
        sql += " AND d.member_id = :mid"
        params["mid"] = member_id
    sql += " ORDER BY bm25(draft_fts) LIMIT 500"
    with store.session() as s:
        return [r[0] for r in s.exec(text(sql).bindparams(**params))]


def search_snippets(store: Store, group_id: int, query: str) -> dict[int, str]:
    """A short snippet of matching text per draft (for tooltips in the list)."""
    from secretary_app.services.requests import fts_query

    match = fts_query(query)
    if match is None:
        return {}
    sql = ("SELECT d.id, snippet(draft_fts, 1, '»', '«', ' … ', 12) FROM draft_fts "
           "JOIN draft d ON d.id = draft_fts.rowid WHERE draft_fts MATCH :m AND d.group_id = :g LIMIT 500")
    with store.session() as s:
        return {r[0]: r[1] for r in s.exec(text(sql).bindparams(m=match, g=group_id))}


def draft_dict(store: Store, draft_id: int, lang: str = "da") -> dict[str, Any]:
    with store.session() as s:
        d = _get(s, draft_id)
        member = s.get(Member, d.member_id)
        wpm = clamp_wpm(member.words_per_minute if member else None)
    stats = text_stats(d.plain_text, wpm, d.limit_seconds, d.limit_chars)
    return {
        "id": d.id, "group_id": d.group_id, "member_id": d.member_id,
        "member": member.name if member else "", "kind": d.kind,
        "kind_label": vocab.label(vocab.DRAFT_KINDS, d.kind, lang), "title": d.title,
        "request_id": d.request_id, "agenda_item_id": d.agenda_item_id,
        "words": stats.words, "chars": stats.chars, "speaking_seconds": stats.seconds, "words_per_minute": wpm,
        "limit_seconds": d.limit_seconds, "limit_chars": d.limit_chars, "over_limit": stats.over,
        "sent_members_at": _iso(d.sent_members_at), "sent_media_at": _iso(d.sent_media_at),
        "press_warning": press_order_warning(d.sent_members_at, d.sent_media_at, lang),
        "deleted": d.deleted_at is not None,
        "created_at": _iso(d.created_at), "updated_at": _iso(d.updated_at),
    }


def drafts_as_dicts(store: Store, rows: list[DraftRow], lang: str = "da") -> list[dict[str, Any]]:
    return [draft_dict(store, r.id, lang) for r in rows]


def _iso(moment: dt.datetime | None) -> str | None:
    return moment.replace(tzinfo=dt.timezone.utc).isoformat() if moment else None


# --- versions ---------------------------------------------------------------------------------------

@dataclass
class VersionRow:
    id: int
    draft_id: int
    name: str
    created_at: dt.datetime
    chars: int


@changes(Kind.DRAFTS)
def create_version(store: Store, draft_id: int, name: str | None = None) -> DraftVersion:
    """A named snapshot of the draft as it is in the store now (flush the editor first)."""
    name = clean_text(name, "Versionens navn", "The version's name", max_len=VERSION_NAME_MAX, required=False)
    with store.session() as s:
        draft = _get(s, draft_id)
        if not name:
            n = s.exec(select(func.count()).select_from(DraftVersion)
                       .where(DraftVersion.draft_id == draft_id)).one()
            name = f"Version {n + 1} – {format_datetime(utc_now())}"
        version = DraftVersion(draft_id=draft.id, name=name, body=draft.body, body_format=draft.body_format,
                               plain_text=draft.plain_text)
        s.add(version)
        s.flush()
        return version


def list_versions(store: Store, draft_id: int) -> list[VersionRow]:
    with store.session() as s:
        rows = s.exec(select(DraftVersion.id, DraftVersion.draft_id, DraftVersion.name, DraftVersion.created_at,
                             func.length(DraftVersion.plain_text))
                      .where(DraftVersion.draft_id == draft_id)
                      .order_by(DraftVersion.created_at.desc(), DraftVersion.id.desc())).all()
    return [VersionRow(*r) for r in rows]


def get_version(store: Store, version_id: int) -> DraftVersion:
    with store.session() as s:
        v = s.get(DraftVersion, version_id)
        if v is None:
            raise NotFoundError(f"Versionen med id {version_id} findes ikke.",
                                f"There is no version with id {version_id}.", field="version")
        return v


@changes(Kind.DRAFTS)
def restore_version(store: Store, version_id: int) -> Draft:
    """Put a version's text back; the current text is first kept as a version of its own."""
    with store.session() as s:
        v = s.get(DraftVersion, version_id)
        if v is None:
            raise NotFoundError(f"Versionen med id {version_id} findes ikke.",
                                f"There is no version with id {version_id}.", field="version")
        draft = _get(s, v.draft_id)
        if draft.body != v.body:
            s.add(DraftVersion(draft_id=draft.id, name=f"Før gendannelse af »{v.name}«"[:VERSION_NAME_MAX],
                               body=draft.body, body_format=draft.body_format, plain_text=draft.plain_text))
        draft.body, draft.body_format, draft.plain_text = v.body, v.body_format, v.plain_text
        draft.updated_at = utc_now()
        s.add(draft)
        return draft


@changes(Kind.DRAFTS)
def delete_version(store: Store, version_id: int) -> None:
    with store.session() as s:
        v = s.get(DraftVersion, version_id)
        if v is not None:
            s.delete(v)


# --- export -------------------------------------------------------------------------------------

@dataclass
class ExportDoc:
    """Everything an exporter needs, read in one transaction."""

    id: int
    title: str
    kind: str
    kind_label: str
    member_name: str
    group_name: str
    body: str
    body_format: str
    plain_text: str
    updated_at: dt.datetime


def export_doc(store: Store, draft_id: int, lang: str = "da") -> ExportDoc:
    with store.session() as s:
        d = _get(s, draft_id)
        member = s.get(Member, d.member_id)
        group = s.get(PartyGroup, d.group_id)
        return ExportDoc(d.id, d.title, d.kind, vocab.label(vocab.DRAFT_KINDS, d.kind, lang),
                         member.name if member else "", group.name if group else "", d.body, d.body_format,
                         d.plain_text, d.updated_at)


def check_format(fmt: str | None, out: Path | str) -> str:
    fmt = (fmt or Path(out).suffix.lstrip(".")).lower()
    if fmt == "markdown":
        fmt = "md"
    if fmt == "text":
        fmt = "txt"
    if not fmt:
        raise _err("Angiv --format docx, pdf, txt eller md, eller et filnavn med en af de endelser.",
                   "Give --format docx, pdf, txt or md, or a file name with one of those suffixes.", "format")
    if fmt not in FORMATS:
        raise _err(f"Ukendt format »{fmt}«; vælg docx, pdf, txt eller md.",
                   f"Unknown format '{fmt}'; choose docx, pdf, txt or md.", "format")
    return fmt


def export_draft(store: Store, draft_id: int, fmt: str, out: Path | str, lang: str = "da") -> Path:
    """Write the draft to ``out`` (temporary file, then rename: never half a file)."""
    from secretary_app.exports.atomic import check_writable_target

    out = check_writable_target(Path(out))
    fmt = check_format(fmt, out)
    doc = export_doc(store, draft_id, lang)
    try:
        if fmt == "docx":
            from secretary_app.exports.draft_docx import write_docx

            return write_docx(doc, out)
        if fmt == "pdf":
            from secretary_app.exports.draft_pdf import write_pdf

            return write_pdf(doc, out)
        from secretary_app.exports.draft_text import write_markdown, write_text

        return write_markdown(doc, out) if fmt == "md" else write_text(doc, out)
    except OSError as exc:  # read-only folder, full disk, a folder that vanished ...
        reason = exc.strerror or str(exc)
        raise ValidationError(f"Filen {out} kunne ikke skrives ({reason}). Udkastet er uændret.",
                              f"The file {out} could not be written ({reason}). The draft is unchanged.",
                              field="out") from exc
