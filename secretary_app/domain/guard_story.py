"""When a flag in a request's story gives way to its errand, and which label a mixed request gets.

A request often tells a story before it asks, or remarks on the member's news between its
errands ("Jeg er væk torsdag til tandlæge"). ``guard_clauses`` finds where each sentence asks and
whether the ask is council work; this module decides, for ``guard_judge``, whether a rule or model
flag found in the story gives way (``ask_yields``), and relabels a request whose private words are
the story of a party errand (``party_errand``) or whose party words belong to the member's own
club (``own_association``). Pure Python: imports nothing of ours but ``domain``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from secretary_app.domain import guard_clauses
from secretary_app.domain.guard import OUTSIDE, PARTY, VERDICT_OK, GuardResult

if TYPE_CHECKING:
    from secretary_app.domain.guard_judge import Part

# A request of this many sentences is read as several topics: counter-evidence and the
# model's doubt about the whole do not carry over from one sentence to the next.
LONG_SENTENCES = 3
STRONG_PARTY = 2.0  # rule weight of party evidence that outweighs a private story
MAX_STORY_SENTENCES = 30  # a request longer than this is read errand by errand, without story yields


def index_of(starts: list[int], pos: int) -> int:
    lo = 0
    for i, st in enumerate(starts):
        if st <= pos:
            lo = i
        else:
            break
    return lo


def _story(part: Part, i: int) -> bool:
    """Sentence ``i`` tells who wrote or passed the matter on, or only remarks on the member's
    news (``guard_clauses.remark``)."""
    piece = part.pieces[i]
    return guard_clauses.tells(piece) or guard_clauses.remark(piece, part.pieces[i - 1] if i else "")


def ask_yields(book, part: Part, result: GuardResult | None, p: dict, sentence: int | None = None) -> bool:
    """A flag found in the story of a request gives way to an errand that is council work
    (``guard_clauses``). In a short request the ask holds none of the flag's matches (unless it
    is a question about the member's own office), no rule flags it, and the model reads it as
    council work. In a longer one every sentence that carries the flag only tells who passed
    the matter on or remarks on the member's news, and the rest of the request, read without
    those sentences, asks for council work the same way. Party words yield only inside a
    citizen's report. ``result`` None: a model flag (on ``sentence``), or the quote of a
    forward, weighed against the ask alone."""
    if part.model is None or not part.pieces or len(part.pieces) > MAX_STORY_SENTENCES:
        return False
    long = len(part.pieces) > LONG_SENTENCES
    found = guard_clauses.asks(part.pieces)
    if not found:
        return False
    carriers: set[int] = set()
    if long and result is None:
        # A long request holds several errands; a model flag yields only for a story sentence.
        if sentence is None or not _story(part, sentence):
            return False
        carriers.add(sentence)
    ask_text = " ".join(part.pieces[i][a:] for i, a in found)
    # A question about the member's seat may name it in the sentence before ("My headmaster
    # asks whether I'm entitled to unpaid leave for council meetings. What does the law say?").
    office = guard_clauses.office_ask(ask_text) or (not long and guard_clauses.office_ask(" ".join(part.pieces)))
    if result is not None:
        at = dict(found)
        for i, r in enumerate(result.reasons):
            pos = result.positions.get(i, -1) if result.positions else -1
            if r.weight <= 0:
                continue
            if pos < 0:
                return False
            # A sentence read alone has its matches counted from its own start.
            si = sentence if sentence is not None else index_of(part.starts, pos)
            off = pos if sentence is not None else pos - part.starts[si]
            if r.kind == PARTY:
                # Party words yield only inside a citizen's report, before the ask.
                rep = guard_clauses.reported_from(part.pieces[si])
                if rep is None or off < rep:
                    return False
            a = at.get(si)
            if a is not None and off >= a and not office:
                return False
            if long:
                # A question about the seat keeps its private context in the sentences around
                # it ("min butikschef siger ... Kan jeg få tabt arbejdsfortjeneste?").
                if any(guard_clauses.office_ask(x) for x in part.pieces[max(0, si - 1):si + 2]):
                    office = True
                elif not _story(part, si):
                    return False
                carriers.add(si)
    if long and carriers and not office:
        # "Jeg skal holde tale ved indvielsen ... som formand for udvalget. (...) Kan du lave et
        # udkast?": the errand is the request without its story sentences, not the ask alone.
        rest = [x for i, x in enumerate(part.pieces) if i not in carriers]
        if not any(guard_clauses.ask_start(x) is not None for x in rest):
            return False
        ask_text = " ".join(rest)
    if not office and not guard_clauses.council_ask(ask_text):
        return False
    if not office and book.check_rules(ask_text).verdict != VERDICT_OK:
        return False
    post, _ = part.model.posterior(ask_text)
    return post.get("permitted", 0.0) >= p["ask"]


FRAMING = ("private.association", "private.business", "private.job")


def _private_in_story(part: Part, result: GuardResult) -> bool:
    """Every private match of ``result`` lies in the story of the request: before the ask of its
    sentence, or in a sentence that only tells or remarks ("Min mor har fødselsdag i dag, så jeg
    er lidt væk. Men kan du sende partiforeningens nyhedsbrev ud?")."""
    if not part.pieces or not result.positions:
        return False
    at = dict(guard_clauses.asks(part.pieces))
    if not at:
        return False
    for i, r in enumerate(result.reasons):
        if r.kind != OUTSIDE or r.weight <= 0:
            continue
        # The member's club, firm or job frames the errand ("Jeg er sekretær i grundejerforeningen
        # ... kontingentet hæves"): it is never mere story.
        if r.rule.startswith(FRAMING):
            return False
        pos = result.positions.get(i, -1)
        if pos < 0:
            return False
        si = index_of(part.starts, pos)
        a = at.get(si)
        if a is not None:
            if pos - part.starts[si] >= a:
                return False
        elif not _story(part, si) and not any(j > si for j in at):
            return False
    return True


# Party rules whose words any association uses: the member's own club's dues or general meeting.
_ASSOCIATION_WORDS = frozenset({"party.membership_dues", "party.general_meeting", "party.members"})


def own_association(book, part: Part) -> None:
    """A party flag that rests only on words any association uses (kontingent, generalforsamling,
    medlemmerne) in a request that names the member's own club or association ("Jeg er kasserer
    i roklubben") is that association's errand."""
    rules = part.rules
    if rules.verdict != PARTY or rules.scores.get(OUTSIDE, 0.0) < book.threshold:
        return
    if not all(r.rule in _ASSOCIATION_WORDS for r in rules.reasons if r.weight > 0):
        return
    skip = frozenset(r.rule for r in rules.reasons)
    own = book.check_rules("\n".join(part.pieces), "\n".join(s.text for s in part.sentences),
                           by_line=len(part.sentences) >= LONG_SENTENCES, skip=skip)
    if own.verdict != OUTSIDE or not any(r.rule.startswith("private.association") for r in own.reasons):
        return
    part.rules = own
    part.rule_sentence = {i: index_of(part.starts, p) for i, p in own.positions.items() if p >= 0}


def party_errand(book, part: Part) -> None:
    """A request flagged for the member's private life whose errand is party work reads as
    party work: the private words are its story (``_private_in_story``)."""
    rules = part.rules
    if rules.verdict != OUTSIDE or rules.scores.get(PARTY, 0.0) < book.threshold or not _private_in_story(part, rules):
        return
    skip = frozenset(r.rule for r in rules.reasons if r.kind == OUTSIDE)
    party = book.check_rules("\n".join(part.pieces), "\n".join(s.text for s in part.sentences),
                             by_line=len(part.sentences) >= LONG_SENTENCES, skip=skip)
    # Weak party words ("generalforsamling", "vedtægter") may belong to the private association
    # the story names; only party evidence that is strong on its own takes over.
    if party.verdict != PARTY or party.score < STRONG_PARTY:
        return
    part.rules = party
    part.rule_sentence = {i: index_of(part.starts, p) for i, p in party.positions.items() if p >= 0}
