"""Importing an agenda or minutes through a review: read the file into a ``Review`` (the
meeting and its items as the review table shows them, with the lines not understood), let
the secretary fix it, then store exactly that.

Re-importing a changed agenda (a supplementary agenda, the minutes after the meeting)
updates the same meeting: items are matched by number and title (then by title alone when
renumbered, then by number when the title was reworded), so links to requests and drafts
stay; the minutes' decisions (``Beslutning``) are added to the items' sections. An old
item no longer on the agenda is removed, unless something is linked to it: then it is
kept and named in the warnings. One transaction: all or nothing.
"""

from __future__ import annotations

import copy
import datetime as dt
import json
import re
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlmodel import Session, select

from secretary_app.domain.agenda import Agenda, AgendaItemData, body_kind_of, is_closed_title
from secretary_app.domain.changes import Kind, changes
from secretary_app.domain.errors import ValidationError
from secretary_app.domain.validation import NAME_MAX, clean_text
from secretary_app.services import agenda_files
from secretary_app.services.lookup import get_or_not_found
from secretary_app.services.meetings.agenda import item_sections
from secretary_app.services.meetings.editing import check_times, clean_fields
from secretary_app.services.meetings.importing import ImportResult, find_same
from secretary_app.store.engine import Store
from secretary_app.store.models import AgendaItem, Draft, Meeting, PartyGroup, Request

MAX_ITEMS = 2000


@dataclass
class Review:
    """What the review table shows and what saving stores."""

    date: dt.date | None = None
    start_time: dt.time | None = None
    end_time: dt.time | None = None
    place: str = ""
    body_name: str = ""
    body_kind: str = "council"
    title: str = ""
    group_meeting_start: dt.time | None = None
    group_meeting_end: dt.time | None = None
    items: list[AgendaItemData] = field(default_factory=list)
    unread: list[tuple[int, str]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    source: str = ""
    minutes: bool = False
    meeting_id: int | None = None  # the meeting a save updates (found when read)

    def to_dict(self) -> dict[str, Any]:
        hm = (lambda t: t.strftime("%H:%M") if t else None)
        return {"meeting": {"date": self.date.isoformat() if self.date else None,
                            "time": hm(self.start_time), "end_time": hm(self.end_time),
                            "place": self.place, "body": self.body_name, "body_kind": self.body_kind,
                            "title": self.title, "group_meeting": {"start": hm(self.group_meeting_start),
                                                                   "end": hm(self.group_meeting_end)},
                            "updates_meeting_id": self.meeting_id},
                "items": [i.to_dict() for i in self.items], "minutes": self.minutes,
                "warnings": list(self.warnings), "source": self.source,
                "unread": [{"line": n, "text": t} for n, t in self.unread]}


def review_of(agenda: Agenda, *, source: str = "", body_name: str | None = None,
              body_kind: str | None = None) -> Review:
    head = agenda.meeting
    name = body_name if body_name is not None else head.body
    return Review(date=head.date, start_time=head.start_time, end_time=head.end_time, place=head.place,
                  body_name=name, body_kind=body_kind or body_kind_of(name), title=head.title,
                  group_meeting_start=head.group_meeting_start, group_meeting_end=head.group_meeting_end,
                  items=[copy.deepcopy(i) for i in agenda.items], unread=list(agenda.unread),
                  warnings=list(agenda.warnings), source=source, minutes=agenda.is_minutes)


def read_for_review(store: Store | None, group_id: int | None, path: Path | str, *,
                    body_name: str | None = None, body_kind: str | None = None) -> Review:
    """Read a file (any layout) into a review, with what the stored meeting already says."""
    review = review_of(agenda_files.read_agenda(path), source=Path(path).name,
                       body_name=body_name, body_kind=body_kind)
    if store is not None and group_id is not None and review.date is not None:
        with store.session() as s:
            existing = find_same(s, group_id, review.date, review.body_kind, review.body_name)
            if existing is not None:
                review.meeting_id = existing.id
                for key in ("end_time", "place", "group_meeting_start", "group_meeting_end", "title"):
                    if getattr(review, key) in (None, ""):
                        setattr(review, key, getattr(existing, key))
    return review


# --- editing the review (the table's operations, pure) -----------------------------------

def _number_parts(number: str) -> tuple[int, ...] | None:
    if re.fullmatch(r"\d{1,4}(?:\.\d{1,3})*", number or ""):
        return tuple(int(p) for p in number.split("."))
    return None


def merge_items(items: list[AgendaItemData], row: int) -> list[AgendaItemData]:
    """Join item ``row`` with the next (a title the reader split in two): one item with both
    titles, the first case number, and both texts."""
    if not 0 <= row < len(items) - 1:
        return items
    a, b = items[row], items[row + 1]
    merged = copy.deepcopy(a)
    merged.title = " ".join(f"{a.title} {b.title}".split())
    merged.case_number = a.case_number or b.case_number
    merged.initials = a.initials or b.initials
    merged.attachments = a.attachments + b.attachments
    for key, text in b.sections.items():
        merged.sections[key] = (merged.sections[key] + "\n\n" + text).strip() if key in merged.sections else text
    merged.closed = a.closed or b.closed
    return items[:row] + [merged] + items[row + 2:]


def split_item(items: list[AgendaItemData], row: int, at: int) -> list[AgendaItemData]:
    """Split item ``row``'s title at character ``at`` into two items (two items the reader
    read as one); the new one takes the next number."""
    if not 0 <= row < len(items):
        return items
    item = items[row]
    first, second = item.title[:at].strip(), item.title[at:].strip()
    if not first or not second:
        return items
    a, b = copy.deepcopy(item), AgendaItemData(number="", title=second)
    a.title = first
    parts = _number_parts(item.number)
    b.number = ".".join(str(p) for p in parts[:-1] + (parts[-1] + 1,)) if parts else item.number + "b"
    b.closed = is_closed_title(second)
    return items[:row] + [a, b] + items[row + 1:]


def renumber(items: list[AgendaItemData], start: int = 1) -> list[AgendaItemData]:
    """Number the items start, start+1, ... in the order shown."""
    out = []
    for k, item in enumerate(items):
        item = copy.deepcopy(item)
        item.number = str(start + k)
        out.append(item)
    return out


# --- saving ------------------------------------------------------------------------------

def _key(title: str) -> str:
    return " ".join(re.sub(r"[^\w]+", " ", (title or "").lower()).split())


def _similar(a: str, b: str) -> bool:
    wa, wb = set(_key(a).split()), set(_key(b).split())
    return bool(wa and wb) and len(wa & wb) / max(len(wa), len(wb)) >= 0.5


def _sections(old: AgendaItem | None, new: AgendaItemData) -> str:
    merged: dict[str, str] = {}
    if old is not None:
        merged.update(item_sections(old))
    merged.update({k: v for k, v in new.sections.items() if v or k not in merged})
    return json.dumps(merged, ensure_ascii=False)


def check_review(review: Review) -> None:
    """What saving refuses: no date, no items, an item without number or a number twice."""
    if review.date is None:
        raise ValidationError("Skriv mødedatoen; dokumentet nævner den ikke.",
                              "Enter the meeting date; the document does not give it.", field="date")
    if not review.items:
        raise ValidationError("Dagsordenen har ingen punkter.", "The agenda has no items.", field="items")
    if len(review.items) > MAX_ITEMS:
        raise ValidationError(f"Over {MAX_ITEMS} punkter er ikke en dagsorden.",
                              f"More than {MAX_ITEMS} items is not an agenda.", field="items")
    seen: set[str] = set()
    for item in review.items:
        number = (item.number or "").strip()
        if not number:
            raise ValidationError(f"Punktet »{item.title[:60]}« mangler et nummer.",
                                  f"The item '{item.title[:60]}' has no number.", field="number")
        if number in seen:
            raise ValidationError(f"Punkt {number} står flere gange på dagsordenen.",
                                  f"Item {number} appears more than once on the agenda.", field="number")
        seen.add(number)


def _linked(s: Session, item_ids: list[int]) -> set[int]:
    if not item_ids:
        return set()
    linked = set(s.exec(select(Request.agenda_item_id).where(Request.agenda_item_id.in_(item_ids))))
    linked |= set(s.exec(select(Draft.agenda_item_id).where(Draft.agenda_item_id.in_(item_ids))))
    return {i for i in linked if i is not None}


def _match(old: list[AgendaItem], new: list[AgendaItemData]) -> dict[int, AgendaItem]:
    """Row of the new agenda -> the stored item it continues."""
    free = list(old)
    found: dict[int, AgendaItem] = {}

    def take(pred) -> None:
        for row, data in enumerate(new):
            if row in found:
                continue
            hits = [it for it in free if pred(it, data)]
            if len(hits) >= 1:
                found[row] = hits[0]
                free.remove(hits[0])

    def unique_case(case: str, items) -> bool:
        return bool(case) and sum(1 for i in items if (i.case_number or "").strip() == case) == 1

    def same_case(it: AgendaItem, d: AgendaItemData) -> bool:
        # A supplementary agenda renumbers and retitles, but the case keeps its number.
        case = (d.case_number or "").strip()
        return case == (it.case_number or "").strip() and unique_case(case, new) and unique_case(case, old)

    def only_similar(it: AgendaItem, d: AgendaItemData) -> bool:
        hits = [f for f in free if _similar(f.title, d.title)]
        return hits == [it]

    take(lambda it, d: it.number == d.number and _key(it.title) == _key(d.title))
    take(lambda it, d: _key(it.title) == _key(d.title) and _key(d.title) != "lukket punkt")
    take(same_case)
    take(lambda it, d: it.number == d.number and _similar(it.title, d.title))
    take(only_similar)
    return found


@changes(Kind.MEETINGS | Kind.AGENDA_ITEMS)
def save_review(store: Store, group_id: int, review: Review) -> ImportResult:
    """Store the reviewed meeting and items, updating the meeting it continues."""
    check_review(review)
    name = clean_text(review.body_name, "Mødeforum", "The body", max_len=NAME_MAX, required=False)
    kind = review.body_kind or body_kind_of(name)
    clean = clean_fields(dict(date=review.date, body_kind=kind, body_name=name, title=review.title,
                           place=review.place, start_time=review.start_time, end_time=review.end_time,
                           group_meeting_start=review.group_meeting_start,
                           group_meeting_end=review.group_meeting_end, source=review.source))
    warnings: list[str] = []  # what saving did that the review did not show
    with store.session() as s:
        get_or_not_found(s, PartyGroup, group_id)
        meeting = s.get(Meeting, review.meeting_id) if review.meeting_id else None
        if meeting is not None and meeting.group_id != group_id:
            meeting = None
        if meeting is None:
            meeting = find_same(s, group_id, review.date, kind, name)
        created = meeting is None
        if created:
            meeting = Meeting(group_id=group_id, uid=str(uuid.uuid4()), **clean)
        else:
            for k, v in clean.items():
                # keep what the agenda does not say (a plan's end time, a typed note)
                if v not in (None, "") or k in ("date", "body_kind"):
                    setattr(meeting, k, v)
        check_times(meeting)
        s.add(meeting)
        s.flush()
        old = list(s.exec(select(AgendaItem).where(AgendaItem.meeting_id == meeting.id)
                          .order_by(AgendaItem.position, AgendaItem.id)))
        matched = _match(old, review.items)
        kept: list[AgendaItem] = []
        for pos, data in enumerate(review.items):
            it = matched.get(pos) or AgendaItem(meeting_id=meeting.id, number="", title="")
            it.position = pos
            it.number = clean_text(data.number, "Punktets nummer", "The item number", max_len=20)
            it.title = clean_text(data.title, "Punktets titel", "The item title", max_len=1000)
            it.case_number = (data.case_number or "")[:100]
            it.initials = (data.initials or "")[:20]
            it.attachments = data.attachments
            it.sections_json = _sections(matched.get(pos), data)
            s.add(it)
            kept.append(it)
        used = {id(it) for it in matched.values()}
        gone = [it for it in old if id(it) not in used]
        linked = _linked(s, [it.id for it in gone])
        for it in gone:
            if it.id in linked:
                it.position = len(kept)
                s.add(it)
                kept.append(it)
                warnings.append(f"Punkt {it.number} »{it.title[:60]}« står ikke i den nye dagsorden; "
                                "det er beholdt, fordi opgaver eller udkast er knyttet til det.")
            else:
                s.delete(it)
        s.flush()
        return ImportResult(meeting, kept, created, warnings)


@changes(Kind.MEETINGS | Kind.AGENDA_ITEMS)
def import_file(store: Store, group_id: int, path: Path | str, *, body_name: str | None = None,
                body_kind: str | None = None) -> ImportResult:
    """Read and store without review (the CLI's ``--save``, scripts)."""
    review = read_for_review(store, group_id, path, body_name=body_name, body_kind=body_kind)
    return save_review(store, group_id, review)
