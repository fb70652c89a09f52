"""Meetings and agendas: create/update/delete, list by month, import agendas and meeting
plans, and link requests and drafts to agenda items.

Each use case is one transaction: an agenda import stores the meeting and all its items
or nothing. Re-importing the same meeting (same group, date and body) updates it.
"""

from __future__ import annotations

import datetime as dt
import importlib
import json
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import func
from sqlmodel import Session, select

from secretary_app.domain import vocab
from secretary_app.domain.agenda_parser import Agenda, AgendaError, AgendaItemData, parse_agenda
from secretary_app.domain.changes import Kind, changes
from secretary_app.domain.dates import format_short, local_today
from secretary_app.domain.errors import NotFoundError, ValidationError
from secretary_app.domain.meeting_plan import MeetingPlan, parse_meeting_plan
from secretary_app.domain.validation import NAME_MAX, TEXT_MAX, clean_text
from secretary_app.domain.workdays import is_working_day
from secretary_app.store.engine import Store
from secretary_app.store.models import AgendaItem, Draft, Meeting, Member, PartyGroup, Request

BODY_CODES = vocab.codes(vocab.MEETING_BODIES)
MAX_FILE_BYTES = 50 * 1024 * 1024  # an agenda PDF with its appendices; more is a mistake
MAX_PDF_PAGES = 2000


# --- reading files ------------------------------------------------------------------------


def _decode(data: bytes) -> str:
    if b"\x00" in data[:65536]:
        raise AgendaError("Filen er binær og ikke en tekstfil eller PDF.",
                          "The file is binary, not a text file or a PDF.", 1)
    for enc in ("utf-8-sig", "cp1252"):
        try:
            return data.decode(enc)
        except UnicodeDecodeError:
            continue
    return data.decode("latin-1")


def pdf_text(data: bytes) -> str:
    """The text of a PDF, page by page (pypdf); an error if it has no text layer."""
    import io

    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            try:
                reader.decrypt("")
            except Exception:  # noqa: BLE001 - pypdf raises several kinds here
                raise AgendaError("PDF-filen er krypteret med adgangskode.",
                                  "The PDF is password protected.", None)
        pages = reader.pages
        if len(pages) > MAX_PDF_PAGES:
            raise AgendaError(f"PDF-filen har over {MAX_PDF_PAGES} sider.",
                              f"The PDF has more than {MAX_PDF_PAGES} pages.", None)
        texts = [(page.extract_text() or "") for page in pages]
    except AgendaError:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, AttributeError, IndexError) as exc:
        raise AgendaError(f"PDF-filen kan ikke læses ({exc}).", f"The PDF cannot be read ({exc}).",
                          None) from exc
    text = "\n\f".join(texts)
    if not text.strip():
        raise AgendaError("PDF-filen indeholder ingen tekst (måske en scannet side uden tekstlag).",
                          "The PDF contains no text (perhaps a scan without a text layer).", None)
    return text


def read_document(path: Path | str) -> str:
    """Text of a .txt or .pdf file, with clear errors for missing, empty or binary files."""
    path = Path(path)
    if not path.is_file():
        raise ValidationError(f"Filen {path} findes ikke.", f"The file {path} does not exist.",
                              field="file")
    size = path.stat().st_size
    if size == 0:
        raise AgendaError(f"Filen {path.name} er tom.", f"The file {path.name} is empty.", 1)
    if size > MAX_FILE_BYTES:
        raise ValidationError(f"Filen {path.name} er for stor ({size // 1_000_000} MB).",
                              f"The file {path.name} is too large ({size // 1_000_000} MB).",
                              field="file")
    data = path.read_bytes()
    if data.lstrip()[:5] == b"%PDF-":
        return pdf_text(data)
    return _decode(data)


def parse_agenda_file(path: Path | str) -> Agenda:
    return parse_agenda(read_document(path))


def parse_plan_file(path: Path | str) -> MeetingPlan:
    return parse_meeting_plan(read_document(path))


# --- validation helpers -------------------------------------------------------------------


def _group(s: Session, group_id: int) -> PartyGroup:
    g = s.get(PartyGroup, group_id)
    if g is None:
        raise NotFoundError(f"Partigruppen med id {group_id} findes ikke.",
                            f"There is no party group with id {group_id}.", field="group")
    return g


def _meeting(s: Session, meeting_id: int) -> Meeting:
    m = s.get(Meeting, meeting_id)
    if m is None:
        raise NotFoundError(f"Mødet med id {meeting_id} findes ikke.",
                            f"There is no meeting with id {meeting_id}.", field="meeting")
    return m


def _item(s: Session, item_id: int) -> AgendaItem:
    it = s.get(AgendaItem, item_id)
    if it is None:
        raise NotFoundError(f"Dagsordenspunktet med id {item_id} findes ikke.",
                            f"There is no agenda item with id {item_id}.", field="agenda_item")
    return it


def _as_date(value: Any) -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    from secretary_app.domain.dates import parse_date

    try:
        return parse_date(str(value or ""))
    except ValueError:
        raise ValidationError(f"Mødedatoen »{value}« er ugyldig (brug DD-MM-ÅÅÅÅ).",
                              f"The meeting date '{value}' is invalid (use YYYY-MM-DD).", field="date")


def _as_time(value: Any, name_da: str, name_en: str, fld: str) -> dt.time | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.time):
        return value.replace(second=0, microsecond=0)
    text = str(value).strip().replace(".", ":")
    try:
        h, _, m = text.partition(":")
        return dt.time(int(h), int(m or 0))
    except ValueError:
        raise ValidationError(f"{name_da} »{value}« er ugyldigt (brug TT:MM).",
                              f"{name_en} '{value}' is invalid (use HH:MM).", field=fld)


def _clean(data: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    if "date" in data:
        out["date"] = _as_date(data["date"])
        if not 1990 <= out["date"].year <= 2100:
            raise ValidationError("Mødedatoen ligger uden for 1990-2100.",
                                  "The meeting date is outside 1990-2100.", field="date")
    if "body_kind" in data:
        kind = (data["body_kind"] or "council").strip().lower()
        if kind not in BODY_CODES:
            raise ValidationError(f"Ukendt mødetype »{kind}« (brug {', '.join(BODY_CODES)}).",
                                  f"Unknown meeting body '{kind}' (use {', '.join(BODY_CODES)}).",
                                  field="body_kind")
        out["body_kind"] = kind
    for key, da, en in (("body_name", "Mødeforum", "The body"), ("title", "Titlen", "The title"),
                        ("place", "Mødestedet", "The place"), ("source", "Kilden", "The source")):
        if key in data:
            out[key] = clean_text(data[key], da, en, max_len=NAME_MAX, required=False)
    if "notes" in data:
        out["notes"] = clean_text(data["notes"], "Noterne", "The notes", max_len=TEXT_MAX,
                                  required=False, multiline=True)
    for key, da, en in (("start_time", "Starttidspunktet", "The start time"),
                        ("end_time", "Sluttidspunktet", "The end time"),
                        ("group_meeting_start", "Gruppemødets start", "The group meeting start"),
                        ("group_meeting_end", "Gruppemødets slut", "The group meeting end")):
        if key in data:
            out[key] = _as_time(data[key], da, en, key)
    return out


def _check_times(m: Meeting) -> None:
    if m.start_time and m.end_time and m.end_time <= m.start_time:
        raise ValidationError(f"Mødet slutter ({m.end_time:%H:%M}) før det begynder ({m.start_time:%H:%M}).",
                              f"The meeting ends ({m.end_time:%H:%M}) before it starts ({m.start_time:%H:%M}).",
                              field="end_time")
    if m.group_meeting_start and m.group_meeting_end and m.group_meeting_end <= m.group_meeting_start:
        raise ValidationError("Gruppemødet slutter før det begynder.",
                              "The group meeting ends before it starts.", field="group_meeting_end")
    if m.group_meeting_end and not m.group_meeting_start:
        raise ValidationError("Angiv gruppemødets start, når slut er angivet.",
                              "Give the group meeting's start when its end is given.",
                              field="group_meeting_start")


# --- meetings -----------------------------------------------------------------------------


@changes(Kind.MEETINGS)
def create_meeting(store: Store, group_id: int, date: Any, *, body_kind: str = "council",
                   body_name: str = "", title: str = "", start_time: Any = None, end_time: Any = None,
                   place: str = "", group_meeting_start: Any = None, group_meeting_end: Any = None,
                   notes: str = "", source: str = "manual") -> Meeting:
    clean = _clean(dict(date=date, body_kind=body_kind, body_name=body_name, title=title,
                        start_time=start_time, end_time=end_time, place=place,
                        group_meeting_start=group_meeting_start, group_meeting_end=group_meeting_end,
                        notes=notes, source=source))
    with store.session() as s:
        _group(s, group_id)
        m = Meeting(group_id=group_id, uid=str(uuid.uuid4()), **clean)
        _check_times(m)
        s.add(m)
        s.flush()
        return m


@changes(Kind.MEETINGS)
def update_meeting(store: Store, meeting_id: int, **changes: Any) -> Meeting:
    unknown = set(changes) - {"date", "body_kind", "body_name", "title", "start_time", "end_time",
                              "place", "group_meeting_start", "group_meeting_end", "notes", "source"}
    if unknown:
        raise ValidationError(f"Ukendte felter: {', '.join(sorted(unknown))}.",
                              f"Unknown fields: {', '.join(sorted(unknown))}.")
    clean = _clean(changes)
    with store.session() as s:
        m = _meeting(s, meeting_id)
        for k, v in clean.items():
            setattr(m, k, v)
        _check_times(m)
        s.add(m)
        s.flush()
        return m


def get_meeting(store: Store, meeting_id: int) -> Meeting:
    with store.session() as s:
        return _meeting(s, meeting_id)


@changes(Kind.MEETINGS | Kind.AGENDA_ITEMS | Kind.REQUESTS | Kind.DRAFTS)
def delete_meeting(store: Store, meeting_id: int) -> None:
    """Delete a meeting and its agenda; linked requests and drafts stay, unlinked."""
    with store.session() as s:
        m = _meeting(s, meeting_id)
        item_ids = list(s.exec(select(AgendaItem.id).where(AgendaItem.meeting_id == m.id)))
        _unlink(s, item_ids, meeting_id=m.id)
        for it in s.exec(select(AgendaItem).where(AgendaItem.meeting_id == m.id)):
            s.delete(it)
        s.flush()
        s.delete(m)


def _unlink(s: Session, item_ids: list[int], meeting_id: int | None = None) -> None:
    if item_ids:
        for r in s.exec(select(Request).where(Request.agenda_item_id.in_(item_ids))):
            r.agenda_item_id = None
            s.add(r)
        for d in s.exec(select(Draft).where(Draft.agenda_item_id.in_(item_ids))):
            d.agenda_item_id = None
            s.add(d)
    if meeting_id is not None:
        for r in s.exec(select(Request).where(Request.meeting_id == meeting_id)):
            r.meeting_id = None
            s.add(r)


def list_meetings(store: Store, group_id: int, year: int | None = None, month: int | None = None,
                  *, start: dt.date | None = None, end: dt.date | None = None) -> list[Meeting]:
    """The group's meetings by date (and time); optionally one month or a date range."""
    with store.session() as s:
        q = select(Meeting).where(Meeting.group_id == group_id)
        if year is not None and month is not None:
            first = dt.date(year, month, 1)
            nxt = dt.date(year + (month == 12), month % 12 + 1, 1)
            q = q.where(Meeting.date >= first, Meeting.date < nxt)
        elif year is not None:
            q = q.where(Meeting.date >= dt.date(year, 1, 1), Meeting.date <= dt.date(year, 12, 31))
        if start is not None:
            q = q.where(Meeting.date >= start)
        if end is not None:
            q = q.where(Meeting.date <= end)
        rows = list(s.exec(q))
    rows.sort(key=lambda m: (m.date, m.start_time or dt.time(0), m.id))
    return rows


def meeting_days(store: Store, group_id: int, year: int, month: int) -> dict[dt.date, int]:
    """Meeting count per day in a month (for the calendar)."""
    days: dict[dt.date, int] = {}
    for m in list_meetings(store, group_id, year, month):
        days[m.date] = days.get(m.date, 0) + 1
    return days


def list_items(store: Store, meeting_id: int) -> list[AgendaItem]:
    with store.session() as s:
        return list(s.exec(select(AgendaItem).where(AgendaItem.meeting_id == meeting_id)
                           .order_by(AgendaItem.position, AgendaItem.id)))


def item_counts(store: Store, meeting_ids: list[int]) -> dict[int, int]:
    """Number of agenda items per meeting (one query)."""
    if not meeting_ids:
        return {}
    with store.session() as s:
        return dict(s.exec(select(AgendaItem.meeting_id, func.count()).where(
            AgendaItem.meeting_id.in_(meeting_ids)).group_by(AgendaItem.meeting_id)).all())


def get_item(store: Store, item_id: int) -> AgendaItem:
    with store.session() as s:
        return _item(s, item_id)


def item_sections(item: AgendaItem) -> dict[str, str]:
    try:
        data = json.loads(item.sections_json or "{}")
    except ValueError:
        return {}
    return data if isinstance(data, dict) else {}


def body_label(m: Meeting, lang: str = "da") -> str:
    if m.body_name:
        return m.body_name
    for t in vocab.MEETING_BODIES:
        if t.code == m.body_kind:
            return t.en if lang == "en" else t.da
    return m.body_kind


def meeting_label(m: Meeting, lang: str = "da") -> str:
    """``KKR Hovedstaden 26-01-2026 10:30`` (the board card shows this)."""
    time = f" {m.start_time:%H:%M}" if m.start_time else ""
    return f"{body_label(m, lang)} {format_short(m.date)}{time}"


def meeting_labels(store: Store, meeting_ids: list[int], lang: str = "da") -> dict[int, str]:
    ids = [i for i in set(meeting_ids) if i is not None]
    if not ids:
        return {}
    with store.session() as s:
        return {m.id: meeting_label(m, lang) for m in s.exec(select(Meeting).where(Meeting.id.in_(ids)))}


def link_counts(store: Store, meeting_id: int) -> dict[int, int]:
    """Requests + drafts (not in the trash) linked to each item of a meeting."""
    with store.session() as s:
        ids = list(s.exec(select(AgendaItem.id).where(AgendaItem.meeting_id == meeting_id)))
        if not ids:
            return {}
        counts = {i: 0 for i in ids}
        for item_id, n in s.exec(select(Request.agenda_item_id, func.count()).where(
                Request.agenda_item_id.in_(ids), Request.deleted_at.is_(None)).group_by(Request.agenda_item_id)):
            counts[item_id] += n
        for item_id, n in s.exec(select(Draft.agenda_item_id, func.count()).where(
                Draft.agenda_item_id.in_(ids), Draft.deleted_at.is_(None)).group_by(Draft.agenda_item_id)):
            counts[item_id] += n
        return counts


# --- agenda import ------------------------------------------------------------------------


@dataclass
class ImportResult:
    meeting: Meeting
    items: list[AgendaItem]
    created: bool
    warnings: list[str] = field(default_factory=list)


def _norm(name: str) -> str:
    return " ".join((name or "").lower().split())


def _find_same(s: Session, group_id: int, date: dt.date, body_kind: str, body_name: str) -> Meeting | None:
    """The meeting an import should update: same group, date and body."""
    rows = list(s.exec(select(Meeting).where(Meeting.group_id == group_id, Meeting.date == date)))
    named = [m for m in rows if body_name and _norm(m.body_name) == _norm(body_name)]
    if named:
        return named[0]
    kind = [m for m in rows if m.body_kind == body_kind and (not m.body_name or not body_name)]
    return kind[0] if len(kind) == 1 else None


@changes(Kind.MEETINGS | Kind.AGENDA_ITEMS | Kind.REQUESTS | Kind.DRAFTS)
def import_agenda(store: Store, group_id: int, agenda: Agenda | str, *, body_kind: str | None = None,
                  body_name: str | None = None, source: str = "") -> ImportResult:
    """Store a parsed agenda: one transaction, updating the meeting if it exists.

    Items are matched on their number; items no longer on the agenda are removed, and what
    was linked to them stays but unlinked."""
    if isinstance(agenda, str):
        agenda = parse_agenda(agenda)
    head = agenda.meeting
    if head.date is None:
        raise ValidationError("Dagsordenen har ingen mødedato.", "The agenda has no meeting date.",
                              field="date")
    name = body_name if body_name is not None else head.body
    kind = body_kind or head.body_kind
    clean = _clean(dict(date=head.date, body_kind=kind, body_name=name, title=head.title,
                        place=head.place, start_time=head.start_time, end_time=head.end_time,
                        group_meeting_start=head.group_meeting_start,
                        group_meeting_end=head.group_meeting_end, source=source))
    numbers = [i.number for i in agenda.items]
    if len(set(numbers)) != len(numbers):
        dup = next(n for n in numbers if numbers.count(n) > 1)
        raise ValidationError(f"Punkt {dup} står flere gange på dagsordenen.",
                              f"Item {dup} appears more than once on the agenda.", field="file")
    with store.session() as s:
        _group(s, group_id)
        meeting = _find_same(s, group_id, head.date, kind, name)
        created = meeting is None
        if created:
            meeting = Meeting(group_id=group_id, uid=str(uuid.uuid4()), **clean)
        else:
            for k, v in clean.items():
                # keep what the agenda does not say (a plan's end time, a typed note)
                if v not in (None, "") or k in ("date", "body_kind"):
                    setattr(meeting, k, v)
        _check_times(meeting)
        s.add(meeting)
        s.flush()
        old = {it.number: it for it in s.exec(select(AgendaItem).where(AgendaItem.meeting_id == meeting.id))}
        kept: list[AgendaItem] = []
        for pos, data in enumerate(agenda.items):
            it = old.pop(data.number, None) or AgendaItem(meeting_id=meeting.id, number=data.number, title="")
            _fill_item(it, data, pos)
            s.add(it)
            kept.append(it)
        _unlink(s, [it.id for it in old.values()])
        for it in old.values():
            s.delete(it)
        s.flush()
        return ImportResult(meeting, kept, created, list(agenda.warnings))


def _fill_item(it: AgendaItem, data: AgendaItemData, pos: int) -> None:
    it.position = pos
    it.title = clean_text(data.title, "Punktets titel", "The item title", max_len=1000)
    it.case_number = data.case_number[:100]
    it.initials = data.initials[:20]
    it.sections_json = json.dumps(data.sections, ensure_ascii=False)
    it.attachments = data.attachments


@changes(Kind.MEETINGS | Kind.AGENDA_ITEMS | Kind.REQUESTS | Kind.DRAFTS)
def import_agenda_file(store: Store, group_id: int, path: Path | str, **kw: Any) -> ImportResult:
    agenda = parse_agenda_file(path)
    kw.setdefault("source", Path(path).name)
    return import_agenda(store, group_id, agenda, **kw)


# --- meeting plan import --------------------------------------------------------------------


@dataclass
class PlanImportResult:
    created: list[Meeting]
    updated: list[Meeting]
    skipped: list[str]  # problems (weekday contradictions ...) left out with skip_problems


@changes(Kind.MEETINGS)
def import_meeting_plan(store: Store, group_id: int, plan: MeetingPlan | str, *, body_name: str,
                        body_kind: str | None = None, place: str | None = None,
                        skip_problems: bool = False, lang: str = "da") -> PlanImportResult:
    """Create (or update) a meeting for every date of the plan, in one transaction.

    A date whose weekday contradicts it is an error naming the line, unless
    ``skip_problems``: then such dates are left out and reported in ``skipped``."""
    if isinstance(plan, str):
        plan = parse_meeting_plan(plan)
    name = clean_text(body_name, "Mødeforum", "The body", max_len=NAME_MAX)
    from secretary_app.domain.agenda_parser import body_kind_of

    kind = body_kind or body_kind_of(name)
    bad_lines = {p.line for p in plan.problems}
    if plan.problems and not skip_problems:
        first = plan.problems[0]
        more = len(plan.problems) - 1
        raise ValidationError(
            first.da + (f" (og {more} andre fejl)" if more else "") + " Intet er importeret.",
            first.en + (f" (and {more} more problems)" if more else "") + " Nothing was imported.",
            field="file")
    result = PlanImportResult([], [], [p.message(lang) for p in plan.problems])
    with store.session() as s:
        _group(s, group_id)
        for entry in plan.entries:
            if entry.line in bad_lines:
                continue
            start, end, g_start, g_end = plan.times_for(entry)
            values = _clean(dict(date=entry.date, body_kind=kind, body_name=name,
                                 title=entry.note, start_time=start, end_time=end,
                                 place=place if place is not None else plan.place,
                                 group_meeting_start=g_start, group_meeting_end=g_end))
            meeting = _find_same(s, group_id, entry.date, kind, name)
            if meeting is None:
                meeting = Meeting(group_id=group_id, uid=str(uuid.uuid4()), source="plan", **values)
                result.created.append(meeting)
            else:
                for k, v in values.items():
                    if v not in (None, "") and not (k == "start_time" and meeting.start_time):
                        setattr(meeting, k, v)
                result.updated.append(meeting)
            _check_times(meeting)
            s.add(meeting)
        s.flush()
    return result


# --- linking from agenda items -----------------------------------------------------------------


def _closing_days(store: Store, group_id: int) -> tuple[str, ...]:
    try:
        from secretary_app.services.requests import group_closing_days

        return group_closing_days(store, group_id)
    except (ImportError, AttributeError):
        return ()


def working_day_before(day: dt.date, closing: tuple[str, ...] = ()) -> dt.date:
    d = day - dt.timedelta(days=1)
    while not is_working_day(d, closing):
        d -= dt.timedelta(days=1)
    return d


def item_context(store: Store, item_id: int) -> tuple[AgendaItem, Meeting]:
    with store.session() as s:
        it = _item(s, item_id)
        return it, _meeting(s, it.meeting_id)


def item_caption(item: AgendaItem, lang: str = "da") -> str:
    """``punkt 1.4 Valg af formand ... (SAG-2024-04469)`` (English: ``item 1.4 ...``)."""
    case = f" ({item.case_number})" if item.case_number else ""
    return f"{'item' if lang == 'en' else 'punkt'} {item.number} {item.title}{case}"


def suggested_link(store: Store, item_id: int, kind_label: str = "", lang: str = "da") -> dict[str, Any]:
    """What a new request/draft for an item is prefilled with: title, description, due date.

    The due date is the working day before the meeting (None if that is already past)."""
    item, meeting = item_context(store, item_id)
    caption = item_caption(item, lang)
    joiner = "for" if lang == "en" else "til"
    title = f"{kind_label} {joiner} {caption}" if kind_label else caption[0].upper() + caption[1:]
    due = working_day_before(meeting.date, _closing_days(store, meeting.group_id))
    if due < local_today():
        due = None
    desc = f"{meeting_label(meeting)}\n{item.number} {item.title}"
    if item.case_number:
        desc += f"\nSagsnr. {item.case_number}" + (f" ({item.initials})" if item.initials else "")
    return {"title": title[:NAME_MAX], "description": desc, "due_date": due,
            "meeting_id": meeting.id, "agenda_item_id": item.id, "group_id": meeting.group_id}


@changes(Kind.REQUESTS)
def create_request_for_item(store: Store, item_id: int, member_id: int, task_type: Any = "speech",
                            *, title: str | None = None, description: str | None = None,
                            due_date: Any = "suggested", **extra: Any) -> Request:
    """A request for a member linked to the agenda item (and its meeting)."""
    from secretary_app.services.requests import create_request

    sug = suggested_link(store, item_id)
    return create_request(
        store, sug["group_id"], member_id, task_type, title if title is not None else sug["title"],
        description=description if description is not None else sug["description"],
        due_date=sug["due_date"] if due_date == "suggested" else due_date,
        meeting_id=sug["meeting_id"], agenda_item_id=item_id, **extra)


def drafts_available() -> bool:
    try:
        mod = importlib.import_module("secretary_app.services.drafts")
    except ImportError:
        return False
    return hasattr(mod, "create_draft")


@changes(Kind.DRAFTS)
def create_draft_for_item(store: Store, item_id: int, member_id: int, kind: str = "speech",
                          *, title: str | None = None, **extra: Any):
    """A draft (speech, memo ...) for a member linked to the agenda item."""
    if not drafts_available():
        raise ValidationError("Udkast-funktionen er ikke tilgængelig i denne version.",
                              "Drafts are not available in this version.")
    from secretary_app.services import drafts

    sug = suggested_link(store, item_id)
    return drafts.create_draft(store, sug["group_id"], member_id, kind=kind,
                               title=title if title is not None else sug["title"],
                               agenda_item_id=item_id, **extra)


def linked_items(store: Store, agenda_item_id: int) -> dict[str, list]:
    """Requests and drafts (not in the trash) linked to an agenda item."""
    with store.session() as s:
        _item(s, agenda_item_id)
        members = {m.id: m.name for m in s.exec(select(Member))}
        reqs = list(s.exec(select(Request).where(Request.agenda_item_id == agenda_item_id,
                                                 Request.deleted_at.is_(None)).order_by(Request.id)))
        drafts = list(s.exec(select(Draft).where(Draft.agenda_item_id == agenda_item_id,
                                                 Draft.deleted_at.is_(None)).order_by(Draft.id)))
    return {
        "requests": [{"id": r.id, "title": r.title, "status": r.status, "member": members.get(r.member_id, ""),
                      "member_id": r.member_id, "due_date": r.due_date} for r in reqs],
        "drafts": [{"id": d.id, "title": d.title, "kind": d.kind, "member": members.get(d.member_id, ""),
                    "member_id": d.member_id} for d in drafts],
    }


def meeting_to_dict(m: Meeting, items: list[AgendaItem] | None = None) -> dict[str, Any]:
    hm = (lambda t: t.strftime("%H:%M") if t else None)
    out = {"id": m.id, "uid": m.uid, "body_kind": m.body_kind, "body": m.body_name, "title": m.title,
           "date": m.date.isoformat(), "time": hm(m.start_time), "end_time": hm(m.end_time),
           "place": m.place, "group_meeting": {"start": hm(m.group_meeting_start),
                                               "end": hm(m.group_meeting_end)}}
    if items is not None:
        out["items"] = [{"id": i.id, "number": i.number, "title": i.title, "case_number": i.case_number,
                         "initials": i.initials, "sections": item_sections(i),
                         "attachments": i.attachments} for i in items]
    return out
