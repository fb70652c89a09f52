"""One item's text: the title (wrapped lines joined), its case number and officer's
initials, and its sections (Baggrund, Indstilling, Beslutning ...) as paragraphs."""

from __future__ import annotations

import re

from secretary_app.domain.agenda.line_kinds import (
    ATTACHMENT_RE, GROUP_HEADING_RE, OFFICER_RE, SAG_NR_RE, TITLE_CASE_RE, case_of, heading_of, initials_of,
    section_name,
)
from secretary_app.domain.agenda.model import AgendaItemData, is_closed_title
from secretary_app.domain.agenda.outline import Candidate
from secretary_app.domain.agenda.text_layout import BARE_NUMBER_RE, Doc, Paragraph, join_wrapped

_BULLET_RE = re.compile(r"^(?:[-–—•▪●*]|\(?[a-zæøå]\))\s+")
_LIST_RE = re.compile(r"^\d{1,2}[.)]\s+\S")
_NUMBER_BEFORE = {"og", "eller", "til", "stk.", "nr.", "§", "§§", "kap.", "pkt.", "punkt", "side",
                  "jf.", "i", "den"}


def paragraphs(doc: Doc, indices: list[int]) -> str:
    """Reflow body lines into paragraphs (joined wraps, hyphenation undone)."""
    paras: list[list[Paragraph]] = [[]]
    blank_run = 0
    for i in indices:
        raw = doc.raw[i]
        s = doc.visible(i)
        if not s:
            if i in doc.drop:
                continue
            blank_run += 1
            # double spaced: an empty line is just a wrap, a line of spaces is a paragraph end
            if not doc.double_spaced or raw.strip() != raw or blank_run >= 2:
                if paras[-1]:
                    paras.append([])
            continue
        blank_run = 0
        s = ATTACHMENT_RE.sub("", s).strip()
        if not s:
            continue
        cur = paras[-1]
        # "indstiller, at\n1. ..." starts a list; "§ 15 stk. 1 og\n2. Det ..." is a wrapped sentence
        numbered = _LIST_RE.match(s) and cur and cur[-1].last_word().lower() not in _NUMBER_BEFORE
        if not cur or _BULLET_RE.match(s) or numbered or cur[-1].ends_with(":"):
            cur.append(Paragraph())
        cur[-1].add(s)
    return "\n\n".join("\n".join(p.text() for p in para) for para in paras if para).strip()


def read_title(doc: Doc, cand: Candidate, stop: int) -> tuple[str, int]:
    """The title with its wrapped lines, and the first line after it."""
    title = cand.title
    i = cand.title_index + 1
    taken = 0
    while i < stop and taken < 4:
        s = doc.visible(i)
        if not s:
            if title.endswith("-") and i + 1 < stop:
                i += 1
                continue
            break
        if case_of(s) or section_name(s) or _BULLET_RE.match(s) or len(title) > 250 \
                or heading_of(s) or GROUP_HEADING_RE.match(s) or BARE_NUMBER_RE.match(s) \
                or s in doc.repeated or s == cand.title or SAG_NR_RE.match(s):
            break
        title = join_wrapped(title, s)
        taken += 1
        i += 1
    return " ".join(title.split()), i


def parse_item(doc: Doc, cand: Candidate, stop: int, heading: str) -> AgendaItemData:
    title, i = read_title(doc, cand, stop)
    item = AgendaItemData(number=".".join(str(p) for p in cand.number), title=title,
                          heading=heading, line=cand.index + 1)
    m = TITLE_CASE_RE.search(item.title)
    if m:
        item.case_number = m.group("case")
        item.title = item.title[:m.start()].rstrip(" -–,")
    item.closed = is_closed_title(item.title) or bool(re.match(r"lukke", heading, re.IGNORECASE))
    if cand.from_toc:
        return item
    # Case number lines right after the title; then the sections.
    current: str | None = None
    body: dict[str, list[int]] = {}
    order: list[str] = []
    counts: dict[str, int] = {}
    seen_text = 0
    for j in range(i, stop):
        s = doc.visible(j)
        if s and seen_text <= 6 and current is None:
            found = case_of(s)
            if found:
                if not item.case_number:
                    item.case_number = found[0]
                    if s.lower().startswith("lukket"):
                        item.closed = True
                if found[1] and not item.initials:
                    item.initials = found[1]
                continue
            officer = OFFICER_RE.match(s)
            if officer:
                item.initials = item.initials or initials_of(officer.group("ini"))
                continue
            if s == title or GROUP_HEADING_RE.match(s):  # the title or group printed again
                continue
        if s:
            seen_text += 1
            item.attachments += len(ATTACHMENT_RE.findall(s))
            name = section_name(s)
            if name:
                n = counts.get(name, 0) + 1
                counts[name] = n
                key = name if n == 1 else f"{name} ({n})"
                current = key
                body[key] = []
                order.append(key)
                continue
        if current is None:
            if not s:
                continue
            current = "Tekst"
            body[current] = []
            order.append(current)
        body[current].append(j)
    for key in order:
        text = paragraphs(doc, body[key])
        if text or key != "Tekst":
            item.sections[key] = text
    return item
