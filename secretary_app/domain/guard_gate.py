"""The gate on a rule's flag (``guard_judge``): on new writers' text most false flags were a rule's
phrase in what the model reads as council work ("Jeg var til DSU's landsmøde i Odense, så jeg er
bagud med mails"), strong rules too. The flag gives way when the model reads the whole part as
council work, no sentence that carries it (read with its neighbours) as plainly the flag, and
neither that sentence alone nor, when it asks for something, the clause around the match as
surely the flag: "(btw også gerne tre bud på et slogan til min kampagne)" stays an errand.
``news``: a flag carried only by sentences that ask for nothing, the next one asking nothing
either, gives way to a whole read as council work at ``news_whole``: out of fold, every such rule
flag with the whole at 0.55 or more was false on the new writers' sets (17 of 17).
The thresholds (``gate_*``, ``news_whole``) live under ``model.judge`` in ``rules.json``. Pure Python."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from secretary_app.domain import guard_clauses
from secretary_app.domain.guard import GuardResult, Reason

if TYPE_CHECKING:
    from secretary_app.domain.guard_judge import Part

_SENTENCE_END = re.compile(r"[.!?]+\s+")


def around(text: str, reasons: list[Reason], width: int = 120) -> str:
    """A sentence, or in a run-on too long to be one, the words around the first match in it."""
    if len(text) <= 3 * width:
        return text
    low = text.lower()
    at = next((k for k in (low.find(r.match.lower()) for r in reasons if r.match) if k >= 0), -1)
    if at < 0:
        return text
    # from the last sentence end before the match to the first after it
    ends = [m.end() for m in _SENTENCE_END.finditer(text, max(0, at - width), at)]
    stop = _SENTENCE_END.search(text, at, at + width)
    return text[ends[-1] if ends else max(0, at - width):stop.end() if stop else at + width]


_CLAUSE_CUT = re.compile(r"[,;:()\[\]\n.!?–]|\s-\s|\b(?:og|men|samt|så|and|but|btw|plus)\b", re.IGNORECASE)


def clause_of(text: str, reasons: list[Reason]) -> str:
    """The clause around the first match in ``text`` (between commas, brackets, "og", "men"):
    "... om genoptræning (btw også gerne tre bud på et slogan til min kampagne)" is an errand of
    its own in a council sentence."""
    low = text.lower()
    at = next((k for k in (low.find(r.match.lower()) for r in reasons if r.match) if k >= 0), -1)
    if at < 0:
        return text
    end = at + len(next(r.match for r in reasons if r.match and low.find(r.match.lower()) == at))
    cuts = [(m.start(), m.end()) for m in _CLAUSE_CUT.finditer(text)]
    lo = max((e for s, e in cuts if e <= at), default=0)
    hi = min((s for s, e in cuts if s >= end), default=len(text))
    return text[lo:hi]


def gated(result: GuardResult, post: dict[str, float], where: Part, carrying: set, p: dict) -> bool:
    """The model reads the whole as council work, no carrying sentence with its neighbours as
    plainly the flag, and no carrying sentence alone as surely the flag: the rule's phrase is
    wording of council work (on new writers' text most false flags are such, strong rules too)."""
    if post.get("permitted", 0.0) < p["gate_whole"] or not carrying or None in carrying:
        return False
    for i in carrying:
        ctx = where.context(i)
        if ctx is None or ctx.get("permitted", 0.0) < p["gate_context"] or i >= len(where.sentences):
            return False
        text = where.sentences[i].text
        if where.read(around(text, result.reasons)).get(result.verdict, 0.0) >= p["gate_alone"]:
            return False
        # (a sentence that asks for nothing is news: "Jeg var til DSU's landsmøde i Odense, så ...")
        if i < len(where.pieces) and not guard_clauses.remark(where.pieces[i]) and where.read(
                clause_of(text, result.reasons)).get(result.verdict, 0.0) >= p["gate_clause"]:
            return False
    return True


def news(post: dict[str, float], where: Part, carrying: set, p: dict) -> bool:
    """Every sentence that carries the flag asks for nothing, nor does the one after it, the ask
    is elsewhere, and the model reads the whole as council work: the party or private words are
    the member's news ("Det var en rå valgkamp. Nu skal vi arbejde. Kan du ..."), however plainly
    they read alone. ("Kredsen skal skrive vores valgprogram. Kan du lave et udkast?" asks about
    the news.)"""
    if not carrying or None in carrying or len(where.pieces) <= len(carrying):
        return False
    if post.get("permitted", 0.0) < p["news_whole"]:
        return False
    return all(i < len(where.pieces) and guard_clauses.remark(where.pieces[i])
               and (i + 1 >= len(where.pieces) or guard_clauses.remark(where.pieces[i + 1])) for i in carrying)
