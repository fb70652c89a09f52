"""How the guard reaches a verdict on text as it arrives: mail parts, sentences, rules and model.

1. **Parts.** A mail is split (``message_text.split_message``) into what the writer wrote,
   quoted history and the signature; a greeting line ("Hej Mette,") is dropped too. Only the
   new part is judged at full strength, so a signature naming the party or history about other
   things does not flag a request. When the new part is only a covering note ("se nedenfor")
   or the mail is a forward, the quoted part is read as weaker evidence: it must clear higher
   thresholds.
2. **Sentences.** The part is split into sentences; each is normalised for the rules
   (``guard_text.for_rules``) and the rules read them joined, so every match is known to come
   from one sentence. Sentences that ask for nothing (social lines, a greeting, a disclaimer
   such as "det står partiforeningen for", a time preface: ``guard_asides``) are read by
   neither rules nor model, and a relative who only tells of the matter is masked. A long
   request that is mostly council work can hide one party errand: when the whole text stays
   under the threshold, a sentence with hits of its own is judged alone too (without the
   rules that counter-evidence elsewhere in a short request cancelled).
3. **Rules and model.** The rules keep the explicit phrases; the model (``guard_model``) reads
   the wording, for the whole part and for each sentence. A rule flag stands unless the model
   is all but certain the text is council work and no strong rule fired; the model flags alone
   when it is confident and can name the words it went by.

The thresholds live under ``model.judge`` in ``rules.json``; ``bench/train_guard_model.py``
reports the figures they give on sets the model was not trained on.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from secretary_app.domain import guard_clauses
from secretary_app.domain.guard import COUNCIL, OUTSIDE, PARTY, VERDICT_OK, GuardResult, Reason
from secretary_app.domain.guard_gate import around, gated, news
from secretary_app.domain.guard_asides import GREETING, OFFER, REFUSAL, aside, mask_sources, social
from secretary_app.domain.guard_story import (FRAMING, LONG_SENTENCES, ask_yields, association_flag, index_of,
                                              news_errand, own_association, party_errand, story_sentences)
from secretary_app.domain.guard_model import STOPWORDS
from secretary_app.domain.guard_model_flag import model_flag as _model_flag
from secretary_app.domain.guard_text import Sentence, as_text, for_rules, sentences
from secretary_app.domain.message_text import split_message

DEFAULTS = {
    "whole": 0.60,  # model alone, whole text: probability of the flagged label
    "sentence": 1.01,  # model alone, one sentence of several (above 1: never)
    "long_sentence": 0.95,  # the same in a long request (LONG_SENTENCES or more)
    "veto": 0.60,  # the model's certainty of "permitted" that overrides weak rule flags
    "strong": 2.0,  # a rule of at least this weight needs "veto_strong" to be overridden
    "veto_strong": 1.01,
    "q_perm": 0.85,  # quoted history is read only when the new part is below this "permitted"
    "quoted": 0.80,  # model on quoted history (forwards, covering notes)
    "short": 12,  # a new part of at most this many words is a covering note: read the quote
    "context": 0.75,  # the model's "permitted" on a flagged sentence read with its neighbours
    "context_strong": 0.80,  # the same for a flag with a rule of weight "strong" or more
    "context_alone": 0.60,  # ... unless the sentence read alone is this sure of the flag: then
    "context_sure": 0.90,  # its neighbours must be this sure of council work
    "ask": 0.50,  # the model's "permitted" on the ask alone, for a story's outside flag to yield
    "veto_sentence": 1.01,  # the carrying sentence's "permitted" for a veto in a long request (min with the veto)
    "gate_whole": 1.01,  # the model's "permitted" on the whole part for any rule flag to give way, when
    "gate_context": 0.10,  # ... every carrying sentence with its neighbours is at least this,
    "gate_alone": 0.90,  # ... and the sentence alone is below this for the flag
    "gate_clause": 1.01,  # ... and the clause around the match alone below this
    "news_whole": 1.01,  # the model's "permitted" on the whole for a flag carried only by news (``guard_gate.news``)
    "party_over": 0.85,  # the model's "party" that makes a private rule flag party work
    "short_gain": 3.0,  # in a note of at most SHORT_WORDS words, the model's flag needs a word this telling
}
_GREETING = GREETING
_POINTS_AT_QUOTE = re.compile(
    r"\b(?:nedenfor|nedenstående|herunder|forneden|det\s+her|den\s+her|dette|sådan\s+e[nt]|svar\s+dem|"
    r"svare\s+dem|de\s+skal\s+bruge|deres\s+(?:mail|spørgsmål|invitation|forespørgsel)|"
    # the sender of the quoted mail, or the mail itself ("den tale, de beder om", "svar ham")
    r"(?:de|han|hun)\s+(?:beder|bad|spørger|spurgte|skriver|skrev|vil\s+have|ønsker|foreslår|inviterer)|"
    # ("hans" only after "ud fra", "efter", "på", "i": "ring til Hans" names a person)
    r"svar(?:e)?\s+(?:ham|hende)|(?:til|for|fra|med|om)\s+(?:ham|hende|dem)(?:\s+her)?|"
    r"(?:ud\s+fra|efter|på|i)\s+(?:hans|hendes)|mailen|invitationen|henvendelsen|anmodningen|"
    r"forespørgslen|skemaet|det\s+vedhæftede|på\s+mine\s+vegne|"
    r"below|this\s+one|the\s+one\s+below|reply\s+to\s+(?:them|him|her)|answer\s+(?:them|him|her)|they\s+need|"
    r"they\s+(?:ask|want|write)|(?:he|she)\s+(?:asks|wants|writes)|(?:his|her|their)\s+(?:mail|email|request|invitation)|"
    r"the\s+(?:mail|email|invitation|request|form)|(?:to|for|from|with)\s+(?:him|them)|(?:from|on|to|with|in)\s+his)\b", re.IGNORECASE)
_WORDS = re.compile(r"\w+")
_SUBJECT = re.compile(r"^\s*(?:emne|subject|vedr|re|sv|fw|fwd|vs)\s*:", re.IGNORECASE)
_THANKS = re.compile(r"^\s*+(?:tak|tusind tak|mange tak|thanks|thank you|thx|tak skal du have|tak for hjælpen|"
                     r"på forhånd tak|(?:venlig |de bedste |mange |kærlig )?hilsen|mvh|vh|kh|bh|"
                     r"(?:best |kind |warm )?regards|best|cheers|thanks in advance)\s*+[!.,]*+\s*+$",
                     re.IGNORECASE)
MAX_JUDGED = 20_000  # characters of a part read by the model sentence by sentence


@dataclass
class Part:
    text: str
    sentences: list[Sentence]
    rules: GuardResult
    rule_sentence: dict[int, int]  # reason index -> sentence index
    pieces: list[str] = field(default_factory=list)  # the sentences as the rules read them
    starts: list[int] = field(default_factory=list)  # where each piece starts in what they read
    alone: list[tuple[int, GuardResult]] = field(default_factory=list)
    news_alone: list[tuple[int, GuardResult]] = field(default_factory=list)  # (``news_errand``)
    news_covers: bool = False  # every party word is news of an event that is over (``news_errand``)
    whole: dict[str, float] | None = None
    whole_words: list = field(default_factory=list)
    model: Any = None
    _per_sentence: list | None = None
    _context: dict[int, dict[str, float]] = field(default_factory=dict)
    _read: dict[str, dict[str, float]] = field(default_factory=dict)

    def read(self, text: str) -> dict[str, float]:
        """The model on a piece of this part (a sentence alone, a clause), read once: the context
        check and the gate both ask for the same sentence."""
        post = self._read.get(text)
        if post is None:
            post = self._read[text] = self.model.posterior(text)[0]
        return post

    def context(self, i: int) -> dict[str, float] | None:
        """The model on sentence ``i`` read with the sentence before and after it: whether a
        phrase is an errand or part of council work often shows only in the next sentence
        ("Min bror har budt på opgaven. Er jeg inhabil?")."""
        if self.model is None or self.whole is None:
            return None
        if len(self.sentences) <= 3:
            return self.whole
        post = self._context.get(i)
        if post is None:
            lo, hi = max(0, i - 1), min(len(self.sentences), i + 2)
            post = self._context[i] = self.model.posterior(" ".join(s.text for s in self.sentences[lo:hi]))[0]
        return post

    @property
    def per_sentence(self) -> list[tuple[int, dict[str, float], list]]:
        """The model on each sentence of several, computed when first asked for (rarely:
        only a flag needs it, to name its sentence)."""
        if self._per_sentence is None:
            self._per_sentence = []
            if self.model is not None and len(self.sentences) > 1:
                budget = MAX_JUDGED
                for i, s in enumerate(self.sentences):
                    budget -= len(s.text)
                    if budget < 0:
                        break
                    post, per_word = self.model.posterior(s.text)
                    self._per_sentence.append((i, post, per_word))
        return self._per_sentence


@dataclass
class Signals:
    main: Part
    quoted_text: str = ""
    new_text: str = ""
    book: Any = None
    # The quote even when it is not read as the request: who sent it may own the words.
    history: str = ""
    _quoted: Part | None = None
    _new_words: int | None = None

    @property
    def new_words(self) -> int:
        """Words in the new part (counted when first asked for: only a model flag needs it)."""
        if self._new_words is None:
            self._new_words = len(_WORDS.findall(self.new_text))
        return self._new_words

    @property
    def quoted(self) -> Part | None:
        if self._quoted is None and self.quoted_text and self.book is not None:
            self._quoted = _part(self.book, self.quoted_text)
        return self._quoted


def prepare(text: str) -> tuple[str, str, bool]:
    """(new part, quoted part, whether the quoted part should be read)."""
    if "\n" not in text and ">" not in text:
        return text, "", False  # one line (an SMS, a request title): nothing to split
    try:
        parts = split_message(text)
    except Exception:  # a pathological mail must never stop a check
        return text, "", False
    new = parts.new
    lines = new.split("\n")
    # A subject line above a body that says the errand itself names the topic, not the errand:
    # "Emne: Valgplakater i krydsene" over a question about the rules for posters on roads.
    if lines and _SUBJECT.match(lines[0]) and len(_WORDS.findall("\n".join(lines[1:]))) > DEFAULTS["short"]:
        lines.pop(0)
    while lines and (not lines[0].strip() or _GREETING.match(lines[0])):
        lines.pop(0)
    # "Tak!" and a name under it: a sign-off the mail split does not know.
    tail = [i for i, line in enumerate(lines) if _THANKS.match(line)]
    if tail and len(lines) - tail[-1] <= 7 and tail[-1] > 0 and all(
            len(_WORDS.findall(line)) <= 8 for line in lines[tail[-1]:]):
        lines = lines[:tail[-1]]
    new = "\n".join(lines).strip()
    if not new and not parts.quoted:
        new = text
    quoted = parts.quoted
    # The quote is read when the mail is a forward, the note is short, the note points at it
    # ("Kan du skrive sådan en præsentation? De skal bruge den inden fredag", "Svar dem"), or
    # the note takes up the quote's own words ("Tilmeld mig som delegeret" over a mail about
    # the delegates' registration).
    read_quoted = bool(quoted) and (parts.forwarded or len(_WORDS.findall(new)) <= DEFAULTS["short"]
                                    or _POINTS_AT_QUOTE.search(new) is not None or _shares_words(new, quoted))
    return new, quoted, read_quoted


SHARED_STEMS = 1  # distinct content words a note must share with the quote to be about it
_CONTENT = re.compile(r"[^\W\d_]{5,}")


def _stems(text: str) -> set[str]:
    return {w[:5] for w in _CONTENT.findall(text.lower()) if w not in STOPWORDS}


def _shares_words(note: str, quoted: str) -> bool:
    return len(_stems(note) & _stems(quoted)) >= SHARED_STEMS


_social = social


def _without_social_ends(sents: list[Sentence]) -> list[Sentence]:
    lo, hi = 0, len(sents)
    while lo < hi and (_social(sents[lo].text) or (lo == 0 and guard_clauses.notes_intro(sents[lo].text))):
        lo += 1
    while hi > lo and _social(sents[hi - 1].text):
        hi -= 1
    return sents[lo:hi] if hi > lo else sents


# A disclaimer that points back ("Det har jeg sagt nej til", "Det vil jeg selv klare").
# ("Det med mødelokalet skal du ikke røre" names a matter of its own.)
_BACK = re.compile(r"^(?:(?:men|og|ps|så)\W+)?(?:det|dem|den|dette|that|this|it)\s+(?:har|er|var|vil|skal|må|kan|"
                   r"klarer|tager|ordner|står|laver|gør|siger|sagde|blander|bliver|jeg|du|vi|de|i|is|was|i'll|"
                   r"we|they|you)\b")


def _declined_before(sents: list[Sentence], pieces: list[str], kinds: list[str | None], i: int) -> bool:
    """Sentence ``i`` asks for nothing and the disclaimer after it is about it: it points back
    or takes up its words ("Jeg fik en sms fra vores folketingskandidat, der vil med til mødet.
    Det har jeg sagt nej til."). What the member declines is no errand either."""
    if i + 1 >= len(pieces) or kinds[i + 1] != "declines" or kinds[i] is not None:
        return False
    if guard_clauses.direct_ask(pieces[i]):  # a need may be declined ("De vil have en folder. Den laver de selv.")
        return False
    after = pieces[i + 1].strip()
    # (the words as written: a sender masked for the rules is still what the disclaimer takes up)
    return _BACK.match(after) is not None or bool(_stems(sents[i].text) & _stems(sents[i + 1].text))


def _without_asides(sents: list[Sentence], pieces: list[str]) -> tuple[list[Sentence], list[str]]:
    """Drop the sentences that ask for nothing (``guard_asides``) and what a disclaimer
    declines, never all of them."""
    kinds = [aside(s.text, p, i == 0) for i, (s, p) in enumerate(zip(sents, pieces))]
    keep = [i for i, p in enumerate(pieces) if kinds[i] is None
            and not (OFFER.match(p) and i + 1 < len(pieces) and REFUSAL.match(pieces[i + 1]))
            and not _declined_before(sents, pieces, kinds, i)]
    if not keep or len(keep) == len(sents):
        return sents, pieces
    return [sents[i] for i in keep], [pieces[i] for i in keep]


def _part(book, text: str) -> Part:
    sents = sentences(text)
    found = len(sents)
    if len(sents) > 1:
        sents = _without_social_ends(sents)
    pieces = [mask_sources(for_rules(s.text)) for s in sents]
    if len(sents) > 1:
        sents, pieces = _without_asides(sents, pieces)
    asides = len(sents) < found
    starts, pos = [], 0
    for piece in pieces:
        starts.append(pos)
        pos += len(piece) + 1
    joined = "\n".join(pieces)
    # Quote the words as written when normalising kept every position (almost always).
    long = len(sents) >= LONG_SENTENCES
    rules = book.check_rules(joined, "\n".join(s.text for s in sents), by_line=long)
    which = {}
    for i, p in rules.positions.items():
        if p >= 0:
            which[i] = index_of(starts, p)
    part = Part(text, sents, rules, which, pieces, starts)
    if rules.verdict == VERDICT_OK and len(sents) > 1:
        hit_sentences = sorted({which[len(rules.reasons) + j] for j, r in enumerate(rules.counter)
                                if r.kind in (PARTY, OUTSIDE) and r.weight > 0
                                and len(rules.reasons) + j in which})
        # In a short request counter-evidence counts from any sentence: a rule it cancelled for
        # the whole does not come back when one sentence is read alone.
        skip = frozenset() if long else frozenset(
            r.rule for r in rules.counter if r.kind in (PARTY, OUTSIDE) and r.weight == 0)
        for i in hit_sentences:
            alone = book.check_rules(pieces[i], sents[i].text, skip=skip)
            if alone.verdict != VERDICT_OK:
                part.alone.append((i, alone))
    model = book.model
    if model is not None:
        part.model = model
        # A sentence that asks for nothing (a greeting, a disclaimer, a preface) is not read by
        # the model either: "det står partiforeningen for" says nothing about the errand.
        whole = " ".join(s.text for s in sents) if asides else text
        part.whole, part.whole_words = model.posterior(whole[:MAX_JUDGED])
    return part


def _sentence_index(part: Part, text: str) -> int | None:
    return next((i for i, s in enumerate(part.sentences) if s.text == text), None)


def signals(book, text: Any) -> Signals | None:
    raw = as_text(text)
    if not raw.strip():
        return None
    new, quoted, read_quoted = prepare(raw)
    return Signals(_part(book, new), quoted if read_quoted else "", new, book, quoted)


def _with_sentence(reason: Reason, sentence: str) -> Reason:
    return Reason(reason.rule, reason.match, reason.explanation_da, reason.explanation_en, reason.kind,
                  reason.weight, reason.name_da, reason.name_en, sentence)


def _rule_result(part: Part, result: GuardResult, sentence_of) -> GuardResult:
    reasons = [_with_sentence(r, sentence_of(i)) for i, r in enumerate(result.reasons)]
    return GuardResult(result.verdict, reasons, result.score, result.scores, result.counter)


def _quote_rules_flag(sig: Signals, own: GuardResult) -> bool:
    """The quote read with a note holds a rule flag of another label than the note's own model
    flag ``own``."""
    q = sig.quoted
    return q is not None and q.rules.verdict not in (VERDICT_OK, own.verdict)


def decide(book, sig: Signals | None, params: dict[str, float] | None = None) -> GuardResult:
    p = dict(DEFAULTS)
    p.update(params if params is not None else getattr(book, "judge", {}) or {})
    if sig is None:
        return GuardResult(VERDICT_OK, [], 0.0, {PARTY: 0.0, OUTSIDE: 0.0})
    part = sig.main

    def sentence_of(i: int) -> str:
        idx = part.rule_sentence.get(i)
        return part.sentences[idx].text if idx is not None and idx < len(part.sentences) else ""

    def in_context(result: GuardResult, where: Part, carrying: set) -> bool:
        """Every sentence that carries a rule's match, read with its neighbours, is council
        work to the model: the phrase is context of council business (a relative in a
        conflict-of-interest question, an election in a question about polling stations), and
        the flag gives way (a strong rule's to a surer model; and when the sentence itself, read
        alone, leans to the flag, only to a model all but sure of its neighbours)."""
        if not carrying or None in carrying:
            return False
        strong = max((r.weight for r in result.reasons), default=0.0) >= p["strong"]
        limit = p["context_strong"] if strong else p["context"]
        for i in carrying:
            post = where.context(i)
            council = post.get("permitted", 0.0) if post is not None else -1.0
            if council < limit:
                return False
            # "Skriv også min tale til landsmødet" amid council work: the neighbours are council
            # work, but the sentence itself is the errand.
            if council < p["context_sure"] and i < len(where.sentences) and where.read(
                    around(where.sentences[i].text, result.reasons)).get(result.verdict, 0.0) >= p["context_alone"]:
                return False
        return True

    def vetoed(result: GuardResult, post: dict[str, float] | None, where: Part | None = None,
               carrying: set | None = None) -> bool:
        """The model is sure the text is council work: a rule flag gives way (a strong rule
        only to an even surer model). In a long request the sentence that carries the flag
        must be council work too."""
        if post is None:
            return False
        if where is not None:
            if carrying is None:
                carrying = {where.rule_sentence.get(i) for i in range(len(result.reasons))}
            # (what is left past the splitter's last sentence is no sentence to read in context)
            unsplit = any(i is not None and i < len(where.sentences) and len(where.sentences[i].text) > MAX_JUDGED
                          for i in carrying)
            if not unsplit and (in_context(result, where, carrying) or gated(result, post, where, carrying, p)
                                or news(post, where, carrying, p)):
                return True
        strong = max((r.weight for r in result.reasons), default=0.0) >= p["strong"]
        limit = p["veto_strong"] if strong else p["veto"]
        if post.get("permitted", 0.0) < limit:
            return False
        if where is not None and len(where.sentences) >= LONG_SENTENCES and where.model is not None:
            carrying = {where.rule_sentence.get(i) for i in range(len(result.reasons))}
            # The sentence that carries the flag, read alone, must lean to council work too (less
            # sure than the whole: one sentence of a council request says less).
            s_limit = min(limit, p["veto_sentence"])
            for j, spost, _ in where.per_sentence:
                if j in carrying and spost.get("permitted", 0.0) < s_limit:
                    return False
        return True

    def sentence_flag(found: list[tuple[int, GuardResult]], rules: GuardResult) -> GuardResult | None:
        """The first sentence read alone whose flag stands (no veto, no story that gives way)."""
        for i, alone in found:
            post = next((post for j, post, _ in part.per_sentence if j == i), None) if part.model else None
            if not vetoed(alone, post, part, {i}) and not ask_yields(book, part, alone, p, sentence=i):
                text = part.sentences[i].text
                reasons = [_with_sentence(r, text) for r in alone.reasons]
                return GuardResult(alone.verdict, reasons, alone.score, alone.scores, rules.counter)
        return None

    party_errand(book, part)
    news_errand(book, part)
    own_association(book, part, sig.history)
    rules = part.rules
    if rules.verdict != VERDICT_OK:
        if not vetoed(rules, part.whole, part) and not ask_yields(book, part, rules, p):
            # "Kom og mød vores kandidater ... Tag naboen med": a private word in what the model
            # reads as plainly party work is party work (the member's own club or job excepted).
            if rules.verdict == OUTSIDE and part.whole is not None \
                    and part.whole.get(PARTY, 0.0) >= p["party_over"] \
                    and not any(r.rule.startswith(FRAMING) for r in rules.reasons):
                flag = _model_flag(book, part, dict(p, whole=p["party_over"]), only=PARTY)
                if flag is not None:
                    return flag
            # Party words that are all news, beside a private errand: the errand gives the label.
            flag = sentence_flag(part.news_alone, rules) if rules.verdict == PARTY and part.news_covers else None
            return flag or _rule_result(part, rules, sentence_of)
        # Party news gave way: a private sentence it hid from the rules is still judged.
        # So is an errand of its own elsewhere in a long request, that the model reads as private
        # or party work ("Vi er ved at flytte ... - skrive til min udlejer og opsige lejemålet").
        carrying = frozenset(part.rule_sentence.get(i) for i in range(len(rules.reasons))) - {None}
        flag = sentence_flag(part.news_alone, rules) or (
            _model_flag(book, part, p, skip=carrying | story_sentences(part)) if carrying else None)
        if flag is not None:
            return flag
        return GuardResult(VERDICT_OK, [], rules.score, rules.scores, rules.reasons + rules.counter)
    flag = sentence_flag([(i, association_flag(book, part, alone, sentence=i) or alone) for i, alone in part.alone],
                         rules)
    if flag is not None:
        return flag
    own = _model_flag(book, part, p)
    if own is not None and own.verdict == OUTSIDE and len(part.pieces) > 1 and ask_yields(
            book, part, None, p, sentence=_sentence_index(part, own.reasons[0].sentence)):
        own = None
    # A covering note ("se nedenfor") says too little for the model: the quote speaks first.
    # So do the quote's explicit phrases over the model's reading of a note that only says
    # what to do with it ("Kan du svare ham og få det sat i gang?" above a branch's mail).
    if own is not None and sig.new_words > p["short"] and not _quote_rules_flag(sig, own):
        return own
    # Quoted history counts only when the new part does not settle the matter itself.
    # A new part that names council business itself (a committee, the administration) has said
    # what the forward is for: the quote is background, not the request.
    # So does a question about the member's own seat ("kan jeg få tabt arbejdsfortjeneste?").
    # (unless the note points at the quote: "Kan du svare ja på mine vegne? Får jeg diæter?")
    apart = sig.quoted is not None and guard_clauses.points_apart(part.pieces, _POINTS_AT_QUOTE)
    names_council = (any(r.kind == COUNCIL and r.weight != 0 for r in rules.counter) and not apart) or (
        bool(part.pieces) and guard_clauses.office_ask(" ".join(part.pieces))
        and not _POINTS_AT_QUOTE.search(sig.new_text))
    if sig.quoted is not None and not names_council and (
            apart or part.whole is None or part.whole.get("permitted", 0.0) < p["q_perm"]):
        q = sig.quoted
        # A note that asks for council work ("Kan du svare borgeren om legepladsen?"): the
        # citizen's own birthday or move in the quote is background (``guard_story``).
        council_note = (not apart and ask_yields(book, part, None, p)) or guard_clauses.to_the_council(sig.history)
        if q.rules.verdict != VERDICT_OK and not vetoed(q.rules, q.whole, q) and not (
                q.rules.verdict == OUTSIDE and council_note):
            def q_sentence(i: int) -> str:
                idx = q.rule_sentence.get(i)
                return q.sentences[idx].text if idx is not None and idx < len(q.sentences) else ""
            return _rule_result(q, q.rules, q_sentence)
        flag = _model_flag(book, q, p, quoted=True)
        if flag is not None and not (flag.verdict == OUTSIDE and council_note):
            return flag
    if own is not None:
        return own
    return GuardResult(VERDICT_OK, [], rules.score, rules.scores, rules.counter)


def judge(book, text: Any) -> GuardResult:
    return decide(book, signals(book, text))
