"""Read an agenda or minutes: the text reader, and the same from a PDF's bookmarks or an
HTML page's structure (their readers hand this module what they found).

Bad input raises AgendaError (a ValidationError) naming the problem and the line.
"""

from __future__ import annotations

import re
from typing import Any

from secretary_app.domain.agenda.header import parse_header
from secretary_app.domain.agenda.items import parse_item
from secretary_app.domain.agenda.line_kinds import (
    GROUP_HEADING_RE, PUNKT_ALONE_RE, SAG_NR_RE, TITLE_CASE_RE, case_of, heading_of, section_name,
)
from secretary_app.domain.agenda.model import Agenda, AgendaError, AgendaItemData, is_closed_title
from secretary_app.domain.agenda.outline import Candidate, choose, find_candidates
from secretary_app.domain.agenda.text_layout import Doc, check_text

MAX_UNREAD = 200


def _keep(line: str) -> bool:
    return bool(case_of(line) or section_name(line) or heading_of(line) or TITLE_CASE_RE.search(line)
                or SAG_NR_RE.match(line) or PUNKT_ALONE_RE.match(line))


def _no_items(doc: Doc) -> AgendaError:
    last = max((i for i, s in enumerate(doc.text) if s), default=0) + 1
    return AgendaError(
        "Ingen nummererede dagsordenspunkter fundet (fx »1. Titel«, »Punkt 1: Titel« eller "
        "nummeret alene på en linje); filen ligner ikke en dagsorden. Læsningen stoppede ved "
        "filens slutning",
        "No numbered agenda items found (such as '1. Title', 'Punkt 1: Title' or the number "
        "alone on a line); the file does not look like an agenda. Reading stopped at the end "
        "of the file", last)


def _group_heading_before(doc: Doc, start: int, stop: int) -> str | None:
    for j in range(max(start, stop - 4), stop):
        s = doc.visible(j)
        if s and GROUP_HEADING_RE.match(s):
            return s
    return None


def parse_agenda(text: Any) -> Agenda:
    """Parse an agenda's (or minutes') text."""
    lines = check_text(text)
    doc = Doc(lines)
    doc.find_furniture(_keep)
    cands = find_candidates(doc)
    chain = choose(doc, cands)
    if not chain:
        raise _no_items(doc)
    warnings: list[str] = []
    first = min(c.index for c in chain)
    header = parse_header(doc, first, warnings)
    items: list[AgendaItemData] = []
    heading = ""
    group = ""
    order = sorted(chain, key=lambda c: c.index)
    stops = {id(c): (order[k + 1].index if k + 1 < len(order) else len(lines)) for k, c in enumerate(order)}
    prev_index = 0
    for k, cand in enumerate(chain):
        nxt = chain[k + 1] if k + 1 < len(chain) else None
        stop = stops[id(cand)]
        found = _group_heading_before(doc, prev_index, cand.index)
        if found:
            group = found
        prev_index = cand.title_index + 1
        if nxt is not None and len(nxt.number) > len(cand.number) \
                and nxt.number[:len(cand.number)] == cand.number:
            heading = cand.title  # a group heading ("1. KKR") with items under it
            continue
        items.append(parse_item(doc, cand, stop, heading if len(cand.number) > 1 else group))
    has_structure = any(i.case_number or i.sections for i in items)
    if not has_structure and len(items) < 2:
        raise AgendaError(
            "Der er kun ét nummereret punkt og hverken sagsnumre eller afsnit (Baggrund, "
            "Indstilling ...); filen ligner ikke en dagsorden",
            "There is only one numbered item and neither case numbers nor sections "
            "(Baggrund, Indstilling ...); the file does not look like an agenda",
            chain[0].index + 1)
    if header.date is None:
        warnings.append("Mødedatoen står ikke i dokumentet; skriv den i gennemsynet.")
    chosen = {c.index for c in chain}
    unread = [(c.index + 1, doc.text[c.index][:200]) for c in cands
              if c.index not in chosen and c.index >= first and not c.toc][:MAX_UNREAD]
    minutes = bool(re.search(r"\breferat\b", header.title, re.IGNORECASE)) or any(i.decision for i in items)
    return Agenda(header, items, warnings, unread, minutes)


def _norm_title(s: str) -> str:
    return " ".join(re.sub(r"[^\w]+", " ", s.lower()).split())


def agenda_from_outline(entries: list[tuple[int, str]], text: str) -> Agenda:
    """An agenda from a PDF's bookmarks (``(level, title)``, in order) and its page text.

    The bookmarks give the numbers and titles; the text gives the header, case numbers
    and sections. Bookmarks without numbers (``Godkendelse af dagsorden``) are numbered in
    order; bookmarks that are not items (``Forside``, ``Bilag``, ``Indholdsfortegnelse``)
    are left out."""
    try:
        parsed = parse_agenda(text)
    except AgendaError:
        parsed = None
    numbered: list[tuple[tuple[int, ...], str]] = []
    plain: list[str] = []
    top = min((lvl for lvl, _ in entries), default=0)
    for level, raw in entries:
        title = " ".join((raw or "").split())
        if not title:
            continue
        h = heading_of(title)
        if h and not h.toc:
            numbered.append((h.number, h.title))
        elif level == top and not re.match(r"(?i)^(?:forside|indhold|indholdsfortegnelse|bilag|"
                                           r"deltagere|underskrift|mødeoplysninger|dagsorden|referat)\b",
                                           title):
            plain.append(title)
    outline: list[tuple[str, str]] = []
    if numbered:
        # a group bookmark ("1. KKR") with numbered children is no item of its own
        for k, (num, title) in enumerate(numbered):
            nxt = numbered[k + 1][0] if k + 1 < len(numbered) else None
            if nxt is not None and len(nxt) > len(num) and nxt[:len(num)] == num:
                continue
            outline.append((".".join(str(p) for p in num), title))
    else:
        outline = [("", t) for t in plain]
        # page bookmarks ("Side 3", "Page 3", "3") say nothing about the items
        outline = [(n, t) for n, t in outline
                   if not re.fullmatch(r"(?i)(?:side|page|s\.)?\s*\d{1,4}(?:\s*(?:af|of|/)\s*\d{1,4})?", t)]
    if not outline:
        if parsed is None:
            raise AgendaError("PDF-filens bogmærker viser ingen dagsordenspunkter, og teksten heller ikke.",
                              "The PDF's bookmarks show no agenda items, and neither does its text.", None)
        return parsed
    by_number = {i.number: i for i in parsed.items} if parsed else {}
    by_title = {_norm_title(i.title): i for i in parsed.items} if parsed else {}
    items: list[AgendaItemData] = []
    for pos, (number, title) in enumerate(outline, 1):
        match = by_number.get(number) if number else None
        if match is None:
            match = by_title.get(_norm_title(title))
        if not number:
            number = match.number if match else str(pos)
        item = AgendaItemData(number=number, title=title)
        if match is not None:
            item.case_number, item.initials = match.case_number, match.initials
            item.sections, item.attachments = match.sections, match.attachments
            item.heading, item.line = match.heading, match.line
        m = TITLE_CASE_RE.search(item.title)
        if m:
            item.case_number = item.case_number or m.group("case")
            item.title = item.title[:m.start()].rstrip(" -–,")
        item.closed = is_closed_title(item.title) or (match.closed if match else False)
        items.append(item)
    if parsed is None:
        from secretary_app.domain.agenda.model import AgendaHeader

        warnings: list[str] = []
        try:
            doc = Doc(check_text(text))
            header = parse_header(doc, len(doc.text), warnings)
        except AgendaError:
            header = AgendaHeader()
        if header.date is None:
            warnings.append("Mødedatoen står ikke i dokumentet; skriv den i gennemsynet.")
        return Agenda(header, items, warnings, [], any(i.decision for i in items))
    return Agenda(parsed.meeting, items, parsed.warnings, parsed.unread, parsed.is_minutes)


__all__ = ["Agenda", "AgendaError", "AgendaItemData", "Candidate", "agenda_from_outline", "parse_agenda"]
