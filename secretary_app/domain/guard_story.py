"""When a flag in a request's story gives way to its errand, and which label a mixed request gets.

A request often tells a story before it asks, or remarks on the member's news between its
errands ("Jeg er væk torsdag til tandlæge"). ``guard_clauses`` finds where each sentence asks and
whether the ask is council work; this module decides, for ``guard_judge``, whether a rule or model
flag found in the story gives way (``ask_yields``), and relabels a request whose private words are
the story of a party errand (``party_errand``), whose party words are news beside a private
errand (``news_errand``), or whose party words belong to the member's own club
(``own_association``). Pure Python: imports nothing of ours but ``domain``.
"""

from __future__ import annotations

import copy
import dataclasses
import re
from typing import TYPE_CHECKING

from secretary_app.domain import guard_clauses
from secretary_app.domain.guard import OUTSIDE, PARTY, VERDICT_OK, GuardResult, Reason
from secretary_app.domain.guard_patterns import alternation, compile_pattern
from secretary_app.domain.guard_text import for_rules

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
    if guard_clauses.private_lead(piece):
        return False
    if i in guard_clauses.quoted_passage(part.pieces):
        return True
    return guard_clauses.tells(piece) or guard_clauses.remark(piece, part.pieces[i - 1] if i else "")


def story_sentences(part: Part) -> frozenset[int]:
    """The sentences that only tell or remark: no errand of their own."""
    return frozenset(i for i in range(len(part.pieces)) if _story(part, i))


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
    # A question in a quoted letter asks the secretary nothing ("Hvad er et valgløfte værd?").
    quoted = guard_clauses.quoted_passage(part.pieces)
    found = [(i, a) for i, a in guard_clauses.asks(part.pieces) if i not in quoted]
    if not found:
        return False
    carriers: set[int] = set()
    seat_ask = ""  # (a long one) the question about the seat that a flagged sentence is context of
    told: set[int] = set()  # (a short request) the sentences that hold the flag's matches
    lead: dict[int, int] = {}  # (a long one) sentences with party news before their ask: where it starts
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
                # Party words yield only inside a citizen's report, before the ask, or as the
                # member's news of a party event that is over ("Jeg kom hjem fra landsmødet i
                # søndags"), in a sentence that asks for nothing.
                rep = 0 if si in quoted else guard_clauses.reported_from(part.pieces[si])
                if (rep is None or off < rep) and not (
                        not guard_clauses.direct_ask(part.pieces[si])
                        and guard_clauses.past_event(part.pieces[si], off, off + len(r.match))):
                    return False
            a = at.get(si)
            if a is not None and off >= a and not office:
                return False
            if long:
                # A question about the seat keeps its private context in the sentences around
                # it ("min butikschef siger ... Kan jeg få tabt arbejdsfortjeneste?").
                seat = [x for x in part.pieces[max(0, si - 1):si + 2] if guard_clauses.office_ask(x)]
                if seat:
                    office = True
                    if a is None:  # the sentence tells the context of that question: it is the ask
                        seat_ask = seat[0]
                elif r.kind == PARTY and a is not None:
                    # "Idéen har stået i vores partiprogram i årevis, men nu vil jeg gerne have
                    # den på byrådets dagsorden": the news before the ask of its sentence, when
                    # that ask is council work read alone.
                    own = part.pieces[si][a:]
                    if not (guard_clauses.council_ask(own) and book.check_rules(own).verdict == VERDICT_OK
                            and part.model.posterior(own)[0].get("permitted", 0.0) >= p["ask"]):
                        return False
                    lead[si] = a
                    continue
                elif not _story(part, si) or (r.rule.startswith(FRAMING) and a is not None):
                    # The member's club, firm or job named in a sentence that asks for something
                    # ("menighedsrådet, hvor jeg sidder – kan du lave deres budget?") is that errand.
                    return False
                carriers.add(si)
            else:
                told.add(si)
    if long and carriers and not office:
        # "Jeg skal holde tale ved indvielsen ... som formand for udvalget. (...) Kan du lave et
        # udkast?": the errand is the request without its story sentences, not the ask alone.
        # A rule names each of its matches once: the news of the same party event again ("Det
        # var i øvrigt et godt landsmøde") is story too.
        carriers |= {i for i in range(len(part.pieces)) if i not in carriers and _party_news(book, part, i)}
        rest = [x[lead.get(i, 0):] for i, x in enumerate(part.pieces) if i not in carriers]
        if not any(guard_clauses.ask_start(x) is not None for x in rest):
            return False
        ask_text = " ".join(rest)
    # "Pia skal holde en tale i kommunalbestyrelsen om planen. Hun vil gerne have, at talen nævner
    # Farum Sø. Hun har holdt en lignende tale på partiets landsmøde.": a short request may name
    # its council business beside the ask, when the party words are only the member's news.
    if not office and not guard_clauses.council_ask(ask_text):
        rest = " ".join(x for i, x in enumerate(part.pieces) if i not in told)
        if not (told and all(r.kind == PARTY for r in result.reasons if r.weight > 0)
                and guard_clauses.council_ask(rest)):
            return False
        ask_text = rest
    # An ask about the story itself ("Kan du lave en pressemeddelelse om det?") takes it up.
    if result is not None and any(r.kind == PARTY and r.weight > 0 for r in result.reasons) \
            and _ABOUT_IT.search(ask_text):
        return False
    if not office and book.check_rules(ask_text).verdict != VERDICT_OK:
        return False
    if seat_ask:
        # (the other asks must not be the member's own errands: "Kan du bestille gaven til ham?")
        others = " ".join(part.pieces[i][a:] for i, a in found if part.pieces[i] != seat_ask)
        if others and book.check_rules(others).verdict != VERDICT_OK:
            seat_ask = ""
    post, _ = part.model.posterior(seat_ask or ask_text)
    return post.get("permitted", 0.0) >= p["ask"]


FRAMING = ("private.association", "private.business", "private.job")
_ABOUT_IT = re.compile(r"\b(?:om|af|fra|til|about|of|on)\s+(?:det|den|dem|dette|it|this|that)\s*+(?:[.?!,]|og\b|and\b|$)")


def _party_news(book, part: Part, i: int) -> bool:
    """Sentence ``i`` is story that asks for nothing, holds only party matches, and its first one
    is news of an event that is over (``guard_clauses.past_event``)."""
    piece = part.pieces[i]
    if not _story(part, i) or guard_clauses.direct_ask(piece):
        return False
    found = book.check_rules(piece, part.sentences[i].text)
    hits = [(found.positions.get(j, -1), r) for j, r in enumerate(found.reasons) if r.weight > 0]
    if not hits or any(r.kind != PARTY or at < 0 for at, r in hits):
        return False
    # The sentence tells of the event its first party word is news of ("Valgnatten gik fint for
    # os, tre mandater i storkredsen"): the rest of it is that news too.
    at, r = min(hits, key=lambda h: h[0])
    return guard_clauses.past_event(piece, at, at + len(r.match))


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


# Party rules whose words any association uses (its dues, general meeting, members, board
# election, volunteers, "afdelingen"), with the matches that are generic (None: all of them).
_ASSOCIATION_WORDS: dict[str, re.Pattern | None] = {
    "party.membership_dues": None, "party.general_meeting": None, "party.members": None,
    "party.branch_hint": None, "party.election_words": None, "party.newsletter": None,
    # "stille op som formand", "genopstiller", not "kandidatliste"
    "party.candidacy": re.compile(r"stille[rs]?\s+op\b|genopstill"),
    # a union's, a scout group's or a club's district, branch or youth section
    "party.organisation": re.compile(r"kreds|afd|ungdomsafd"),
    "party.fundraising": re.compile(r"donat|doner|donor|fundrais|lodsed|indsaml"),
    # a collection, a sponsor or a petition: "indsamling", "samler underskrifter", not "stillere"
    "party.money_hint": re.compile(r"indsaml|samle\s+(?:penge\s+)?ind|sponsor"),
    "party.campaign_logistics": re.compile(r"saml\w*\s+underskrift"),
    "party.member_list": None,
    # a board or an auditor re-elected
    "party.vote_appeal": re.compile(r"genvalg"),
}


def _named(book, name: str) -> re.Pattern | None:
    """One of rules.json's ``lists`` as one expression, compiled once per book: ``non_party_org``
    (unions, clubs, church councils, homeowners' associations) or ``party_names``."""
    cache = book.__dict__.setdefault("_named_lists", {})
    if name not in cache:
        names = getattr(book, "lists", {}).get(name, [])
        cache[name] = re.compile(alternation([compile_pattern(n) for n in names])) if names else None
    return cache[name]


def _reread(book, part: Part, skip: frozenset[str], sentence: int | None = None) -> GuardResult:
    """The rules on the request (or on its sentence ``sentence`` alone) without the rules in ``skip``."""
    if sentence is not None:
        return book.check_rules(part.pieces[sentence], part.sentences[sentence].text, skip=skip)
    return book.check_rules("\n".join(part.pieces), "\n".join(s.text for s in part.sentences),
                            by_line=len(part.sentences) >= LONG_SENTENCES, skip=skip)


def _association_reason(book, match: str, weight: float) -> Reason | None:
    rule = next((r for r in book.rules if r.id == "private.association"), None)
    if rule is None:
        return None
    da, en = rule.explanation
    return Reason(rule.id, match, da, en, rule.kind, min(rule.weight, weight), *rule.names)


def association_flag(book, part: Part, result: GuardResult, sentence: int | None = None,
                     quoted: str = "") -> GuardResult | None:
    """A party flag that rests only on words any association uses (kontingent, generalforsamling,
    medlemmerne, stille op som formand) in a request that names the member's own club or
    association ("Jeg er kasserer i roklubben") or an organisation that is no party
    (jagtforeningen, FOA, menighedsrådet) is that association's errand: the same flag, as
    outside the office. ``sentence``: ``result`` is that sentence read alone. ``quoted``: the
    mail quoted under the request, as written; who sent it may name the organisation
    ("Fra: Kasserer, Hadsund Roklub" under "Kan du sætte regnskabet op til generalforsamlingen?").
    None: no change."""
    if result.verdict != PARTY:
        return None
    for r in result.reasons:
        if r.weight > 0 and r.rule not in _ASSOCIATION_WORDS:
            return None
        generic = _ASSOCIATION_WORDS.get(r.rule)
        if r.weight > 0 and generic is not None and not generic.match(r.match.lower()):
            return None
    # The party's organisation named but cancelled by counter-evidence ("FOA" cancels
    # "lokalafdelingen"), or a party's name, still says whose meeting it is.
    if any(r.rule == "party.organisation" and not _ASSOCIATION_WORDS[r.rule].match(r.match.lower())
           for r in result.counter):
        return None
    # Read unmasked: the sender a note points at ("Se nedenfor fra andelsforeningen") is masked
    # for the rules, but still says whose association it is.
    text = "\n".join(for_rules(s.text) for s in part.sentences)
    if len(text) != sum(len(x) + 1 for x in part.pieces) - 1:
        text = "\n".join(part.pieces)
    parties = _named(book, "party_names")
    if parties is not None and parties.search(text):
        return None
    if quoted:
        quoted = for_rules(quoted)
        if parties is not None and parties.search(quoted):
            return None
    in_quote = False
    rx = _named(book, "non_party_org")
    org = rx.search(text) if rx is not None else None
    if org is None and quoted and rx is not None:
        org, in_quote = rx.search(quoted), True
    if org is None and result.scores.get(OUTSIDE, 0.0) < book.threshold:
        return None
    skip = frozenset(r.rule for r in result.reasons)
    own = _reread(book, part, skip, sentence)
    # The member's own association, or a private matter of theirs in a request that names one
    # ("Vi samler underskrifter i andelsforeningen ... Jeg er selv andelshaver").
    if own.verdict == OUTSIDE and (org is not None or any(r.rule.startswith("private.association")
                                                          for r in own.reasons)):
        return own
    if result.scores.get(OUTSIDE, 0.0) >= book.threshold:
        return None
    if org is None or own.verdict != VERDICT_OK:
        return None
    # No rule names the member's own association, but the organisation the party words belong
    # to is named: the flag stands, as that association's errand.
    # Quote the name as written when normalising kept every position (almost always).
    shown = "\n".join(s.text for s in part.sentences)
    written = shown[org.start():org.end()] if not in_quote and len(shown) == len(org.string) else org.group(0)
    # Weak evidence (an organisation named beside words any association uses): the model may
    # still read it as council work, as it may any flag of the threshold's weight ("Sæt et møde
    # op med Lærerkredsen om inklusionen", a sailing club writing about the harbour's fees).
    reason = _association_reason(book, written, book.threshold)
    if reason is None:
        return None
    score = max(result.score, book.threshold)
    if in_quote:  # the sentence that holds the association's words carries the reason
        at = result.positions.get(0, -1) if result.positions else -1
    else:
        at = org.start() - (part.starts[sentence] if sentence is not None else 0)
    return GuardResult(OUTSIDE, [reason], score, {PARTY: 0.0, OUTSIDE: score}, own.counter, {0: at})


def own_association(book, part: Part, quoted: str = "") -> None:
    """The request's rule flag as its association's errand (``association_flag``)."""
    own = association_flag(book, part, part.rules, quoted=quoted)
    if own is not None:
        part.rules = own
        part.rule_sentence = {i: index_of(part.starts, p) for i, p in own.positions.items() if p >= 0}


def party_errand(book, part: Part) -> None:
    """A request flagged for the member's private life whose errand is party work reads as
    party work: the private words are its story (``_private_in_story``)."""
    rules = part.rules
    if rules.verdict != OUTSIDE or rules.scores.get(PARTY, 0.0) < book.threshold or not _private_in_story(part, rules):
        return
    skip = frozenset(r.rule for r in rules.reasons if r.kind == OUTSIDE)
    party = _reread(book, part, skip)
    # Weak party words ("generalforsamling", "vedtægter") may belong to the private association
    # the story names; only party evidence that is strong on its own takes over.
    if party.verdict != PARTY or party.score < STRONG_PARTY:
        return
    part.rules = party
    part.rule_sentence = {i: index_of(part.starts, p) for i, p in party.positions.items() if p >= 0}


def news_errand(book, part: Part) -> None:
    """A long request flagged for party words, some of them the member's news of a party event
    that is over ("Valgnatten gik fint for os ... Og så skal du lige sætte indkaldelsen op til
    Jagtforeningens generalforsamling"), is read by the rules without the news sentences: a
    private errand found there (or an association's words of the member's own club) gives the
    label; a private sentence that only the council words of the whole cancelled is kept in
    ``part.news_alone`` for ``guard_judge`` to judge alone if the news gives way."""
    rules = part.rules
    if rules.verdict != PARTY or len(part.pieces) <= LONG_SENTENCES:
        return
    carriers = set()
    for i, r in enumerate(rules.reasons):
        if r.weight <= 0:
            continue
        si = part.rule_sentence.get(i)
        if si is not None and si not in carriers and _party_news(book, part, si):
            carriers.add(si)
    if not carriers:
        return
    # The news sentences blanked: positions in what the rules read stay the same.
    pieces = [" " * len(x) if i in carriers else x for i, x in enumerate(part.pieces)]
    shown = [" " * len(s.text) if i in carriers else s.text for i, s in enumerate(part.sentences)]
    rest = book.check_rules("\n".join(pieces), "\n".join(shown), by_line=True)
    if rest.verdict == PARTY:
        # What is left may be the member's own association's words ("indkaldelsen til
        # jagtforeningens generalforsamling"): its errand, as the whole would read without the news.
        without = copy.copy(part)
        without.pieces = pieces
        without.sentences = [dataclasses.replace(x, text=t) for x, t in zip(part.sentences, shown)]
        rest = association_flag(book, without, rest) or rest
    if rest.verdict == OUTSIDE:
        part.rules = rest
        part.rule_sentence = {i: index_of(part.starts, p) for i, p in rest.positions.items() if p >= 0}
        return
    # A private word the council words of the whole cancelled is read in its sentence alone, as
    # it would be without the news (``guard_judge``: ``Part.alone``).
    n = len(rest.reasons)
    for j, r in enumerate(rest.counter):
        at = rest.positions.get(n + j, -1) if rest.positions else -1
        if r.kind == OUTSIDE and r.weight > 0 and at >= 0:
            i = index_of(part.starts, at)
            if i not in carriers and all(i != k for k, _ in part.news_alone):
                alone = book.check_rules(part.pieces[i], part.sentences[i].text)
                if alone.verdict == OUTSIDE:
                    part.news_alone.append((i, alone))
    part.news_covers = all(part.rule_sentence.get(i) in carriers for i, r in enumerate(rules.reasons) if r.weight > 0)

