"""Which numbered lines are the agenda's items.

Every line that could open an item is a candidate. A candidate is *marked* when a case
number or a section heading (Baggrund, Sagsfremstilling, Beslutning ...) follows it: a real
item with a body. Candidates that follow each other with no text between them form a *run*
(a list); a run that is mostly unmarked is a list inside the text (participants, numbered
conditions, decision points, attachments) or a table of contents, never a set of bodied items.

When the document has bodied items, the items are the candidates printed in the same layout as
those (``Punkt 5:``, ``5.``, ``5`` or the number alone on a line), outside lists, chosen as the
heaviest chain whose numbers follow each other (closed items may leave gaps), plus any
bodied item printed out of numeric order. A table of contents before the first item
supplies the items the body does not have (an excerpt, a list-only page). Without bodied
items, the heaviest chain among all candidates is the agenda (a list of items only).

Each step looks a bounded number of lines ahead, so the whole is linear in the input.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from secretary_app.domain.agenda.line_kinds import (
    GROUP_HEADING_RE, PUNKT_ALONE_RE, SAG_NR_RE, TITLE_CASE_RE, case_of, heading_of, is_section_word, section_name,
)
from secretary_app.domain.agenda.text_layout import BARE_NUMBER_RE, Doc

MAX_GAP = 5  # closed items are left out of public agendas: 302, 303, 306
LOOK_AHEAD = 12  # non-blank lines after a heading in which its case number or section shows


@dataclass
class Candidate:
    index: int  # the line that opens it
    number: tuple[int, ...]
    title: str
    style: str
    toc: bool = False
    title_index: int = -1  # the line holding the title (the next one for a bare number)
    weight: float = 1.0
    marked: bool = False
    run: int = 0
    from_toc: bool = False  # taken from the table of contents: no body of its own


def _title_like(doc: Doc, s: str) -> bool:
    return (bool(s) and len(s) <= 300 and s[0].isupper() and heading_of(s) is None
            and not BARE_NUMBER_RE.match(s) and case_of(s) is None and not is_section_word(s)
            and s not in doc.repeated and not GROUP_HEADING_RE.match(s))


def _next_text(doc: Doc, i: int, limit: int = 3) -> int | None:
    for j in range(i + 1, min(len(doc.text), i + 1 + limit)):
        if doc.text[j]:
            return j
    return None


def find_candidates(doc: Doc) -> list[Candidate]:
    out: list[Candidate] = []
    t = doc.text
    last_taken = -1
    for i, s in enumerate(t):
        if not s:
            continue
        if BARE_NUMBER_RE.match(s):
            # the number alone, the title on the next line (web pages, some PDFs)
            j = _next_text(doc, i)
            if j is not None and j not in doc.drop and _title_like(doc, t[j]) and 0 < int(s) <= 999:
                out.append(Candidate(i, (int(s),), t[j], "bare", title_index=j))
                last_taken = j
            continue
        if i in doc.drop:
            continue
        m = PUNKT_ALONE_RE.match(s)
        if m and not s.lower().startswith("sag"):
            j = _next_text(doc, i)
            if j is not None and j not in doc.drop and _title_like(doc, t[j]) and int(m.group("n")) > 0:
                out.append(Candidate(i, (int(m.group("n")),), t[j], "punkt", title_index=j))
                last_taken = j
            continue
        m = SAG_NR_RE.match(s)
        if m:
            # "Titel" then "Sag nr. 129": the number printed after the title
            p = i - 1
            while p > last_taken and p >= i - 3 and not t[p]:
                p -= 1
            if p > last_taken and _title_like(doc, t[p]) and int(m.group("n")) > 0:
                out.append(Candidate(p, (int(m.group("n")),), t[p], "sagnr", title_index=p))
                last_taken = i
            continue
        h = heading_of(s)
        if h:
            out.append(Candidate(i, h.number, h.title, h.style, h.toc, title_index=i))
            last_taken = i
    out.sort(key=lambda c: c.index)
    return out


def weigh(doc: Doc, cands: list[Candidate]) -> None:
    """Mark and weigh each candidate: a case number or a section right after it means an item."""
    n = len(doc.text)
    for k, c in enumerate(cands):
        stop = cands[k + 1].index if k + 1 < len(cands) else n
        has_case = bool(TITLE_CASE_RE.search(c.title))
        has_section = False
        seen = 0
        for j in range(c.title_index + 1, min(stop, c.title_index + 60)):
            s = doc.visible(j)
            if not s:
                continue
            seen += 1
            if seen <= 8 and case_of(s):
                has_case = True
            if section_name(s):
                has_section = True
            if seen >= LOOK_AHEAD or has_section:
                break
        c.marked = has_case or has_section
        w = 1.0 + 2.0 * has_case + 1.0 * has_section
        if c.title.endswith((",", ";")) or (" at " in c.title and ", " in c.title):
            w -= 0.5
        if c.toc:
            w = 0.8
        if c.style == "bare" and not c.marked:
            w = 0.3
        c.weight = max(w, 0.1)


def _family(style: str) -> str:
    return style


def find_runs(doc: Doc, cands: list[Candidate]) -> dict[int, list[Candidate]]:
    """Group candidates printed one after the other (at most one wrapped line between)."""
    runs: dict[int, list[Candidate]] = {}
    run = 0
    for k, c in enumerate(cands):
        if k:
            p = cands[k - 1]
            between = 0
            for j in range(p.title_index + 1, c.index):
                s = doc.visible(j)
                if s and not GROUP_HEADING_RE.match(s):
                    between += 1
                    if between > 1:
                        break
            if between > 1 or _family(p.style) != _family(c.style) or p.toc != c.toc:
                run += 1
        c.run = run
        runs.setdefault(run, []).append(c)
    return runs


def best_chain(cands: list[Candidate]) -> list[Candidate]:
    """The heaviest chain of candidates whose numbers follow each other: the next sibling
    (maybe after a gap), or the first child of a parent (``1. KKR`` then ``1.1.``)."""
    n = len(cands)
    if n == 0:
        return []
    best = [0.0] * n
    prev = [-1] * n
    under: dict[tuple[int, ...], tuple[float, int]] = {}  # best chain ending under a number
    exact: dict[tuple[int, ...], tuple[float, int]] = {}
    for i, c in enumerate(cands):
        num = c.number
        best[i] = c.weight
        options: list[tuple[float, int]] = []
        for gap in range(1, MAX_GAP + 1):
            if num[-1] - gap < 1:
                break
            key = num[:-1] + (num[-1] - gap,)
            if key in under:
                score, j = under[key]
                options.append((score - 0.4 * (gap - 1), j))
        if len(num) > 1 and num[-1] == 1 and num[:-1] in exact:
            options.append(exact[num[:-1]])
        if options:
            score, j = max(options)
            if score + c.weight > best[i]:
                best[i] = score + c.weight
                prev[i] = j
        for k in range(1, len(num) + 1):
            key = num[:k]
            if key not in under or best[i] >= under[key][0]:
                under[key] = (best[i], i)
        if num not in exact or best[i] >= exact[num][0]:
            exact[num] = (best[i], i)
    i = max(range(n), key=lambda k: (best[k], -k))
    chain = []
    while i != -1:
        chain.append(cands[i])
        i = prev[i]
    chain.reverse()
    return chain


def _toc_titles(doc: Doc, run: list[Candidate]) -> None:
    """A table of contents entry wrapped over two lines."""
    from secretary_app.domain.agenda.text_layout import join_wrapped

    for k, c in enumerate(run):
        stop = run[k + 1].index if k + 1 < len(run) else c.index + 2
        for j in range(c.index + 1, min(stop, c.index + 2, len(doc.text))):
            s = doc.visible(j)
            if s and not GROUP_HEADING_RE.match(s) and heading_of(s) is None:
                c.title = join_wrapped(c.title, s)


def choose(doc: Doc, cands: list[Candidate]) -> list[Candidate]:
    """The items, in printed order (see the module docstring)."""
    weigh(doc, cands)
    runs = find_runs(doc, cands)
    bodied = [c for c in cands if c.marked and not c.toc]
    if not bodied:
        return best_chain(cands)
    family = Counter(_family(c.style) for c in bodied).most_common(1)[0][0]
    # a group item ("1. KKR") right before its first child ("1.1.") is no list entry
    parents = {id(p) for p, c in zip(cands, cands[1:])
               if len(c.number) > len(p.number) and c.number[:len(p.number)] == p.number}
    first_bodied = bodied[0].index
    lists = set()
    for r, members in runs.items():
        entries = [m for m in members if id(m) not in parents]
        # the last entry of a list is followed by the item's next section; the others are not
        if len(entries) >= 2 and 2 * sum(m.marked for m in entries[:-1]) < len(entries) - 1:
            # lists in the text start again at 1; short items at the end ("3. Orientering",
            # "4. Eventuelt") continue the agenda's numbers
            if entries[0].index < first_bodied or entries[0].number[-1] == 1:
                lists.add(r)
    # a list's last entry may be followed by the item's next section: kept, but light
    pool = [c for c in cands if _family(c.style) == family and not c.toc
            and (c.run not in lists or c.marked or id(c) in parents)]
    for c in pool:
        if c.run in lists and id(c) not in parents:
            c.weight = 0.5
    chain = best_chain(pool)
    used = {c.number for c in chain}
    # bodied items printed out of numeric order ("17" between 6 and 7 in its group)
    in_chain = {id(c) for c in chain}
    extra = [c for c in pool if c.marked and c.run not in lists and c.number not in used
             and id(c) not in in_chain]
    for c in extra:
        if c.number not in used:
            used.add(c.number)
            chain.append(c)
    chain.sort(key=lambda c: c.index)
    # a table of contents before the first item fills in what the body lacks
    first = chain[0].index if chain else len(doc.text)
    best_toc: list[Candidate] = []
    for r in lists:
        members = runs[r]
        if members[0].index >= first or len(members) <= len(best_toc):
            continue
        numbers = {m.number for m in members}
        if 2 * len(numbers & used) >= len(used) and len(numbers) > len(used & numbers):
            best_toc = members
    if not best_toc or {m.number for m in best_toc} <= used:
        return chain
    _toc_titles(doc, best_toc)
    body = {c.number: c for c in chain}
    out: list[Candidate] = []
    seen: set[tuple[int, ...]] = set()
    for m in best_toc:
        if m.number in seen:
            continue
        seen.add(m.number)
        if m.number in body:
            out.append(body.pop(m.number))
        else:
            m.from_toc = True
            out.append(m)
    for c in chain:  # bodied items the table of contents does not list, after their predecessor
        if c.number in body:
            k = max((n for n, o in enumerate(out) if not o.from_toc and o.index < c.index), default=len(out) - 1)
            out.insert(k + 1, c)
    return out
