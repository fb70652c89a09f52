"""The model's own flag on a part of a request (``guard_judge``): the whole part, or one sentence of
a long one, read by ``guard_model``, with the words that weighed most as the reason. Pure Python:
imports nothing of ours but ``domain``."""

from __future__ import annotations

from typing import TYPE_CHECKING

from secretary_app.domain import guard_clauses
from secretary_app.domain.guard import OUTSIDE, PARTY, GuardResult, Reason
from secretary_app.domain.guard_model import STOPWORDS
from secretary_app.domain.guard_story import LONG_SENTENCES
from secretary_app.domain.guard_text import skeleton_word

if TYPE_CHECKING:
    from secretary_app.domain.guard_judge import Part

_STOP_SKELETONS = frozenset(skeleton_word(w) for w in STOPWORDS)
SHORT_WORDS = 3  # content words (no stop words) of a note the model reads with care


def model_reason(book, label: str, words: list[str], sentence: str, quoted: bool) -> Reason:
    why_da, why_en = book.model_why
    base_da, base_en = book.basis.get(label, ("", ""))
    if quoted:
        why_da = "Den videresendte eller citerede tekst beder om det. " + why_da
        why_en = "The forwarded or quoted text asks for it. " + why_en
    da = " ".join(s for s in (why_da, base_da) if s)
    en = " ".join(s for s in (why_en, base_en) if s)
    name_da, name_en = book.model_names
    return Reason(f"model.{label}", ", ".join(words), da, en, label, 0.0, name_da, name_en, sentence)


def _gains(model, label: str, per_word: list) -> list[float]:
    """What each distinct content word (no stop words) adds to ``label`` against "permitted"."""
    i, p = model.labels.index(label), model.labels.index("permitted")
    return list({w: sc[i] - sc[p] for w, sc in per_word if len(w) > 2 and w not in STOPWORDS
                 and skeleton_word(w) not in _STOP_SKELETONS}.values())


def model_flag(book, part: Part, p: dict, quoted: bool = False, only: str | None = None,
                skip: frozenset = frozenset()) -> GuardResult | None:
    """The model's flag on a part (for the label ``only``, if given), or None. With ``skip``
    (the sentences of a flag that gave way) only another sentence of a long part can flag."""
    model = book.model
    if model is None or part.whole is None:
        return None
    if skip and len(part.sentences) <= LONG_SENTENCES + 1:
        return None
    # (with ``skip`` the whole part does not flag: the flag that gave way was read in it)
    t_whole = 1.01 if skip else p["quoted"] if quoted else p["whole"]
    t_sentence = p["sentence"] if len(part.sentences) < LONG_SENTENCES else min(p["sentence"], p["long_sentence"])
    t_one = t_sentence if skip else max(t_sentence, t_whole)
    best, told = None, guard_clauses.quoted_passage(part.pieces)  # (a quoted letter's sentences are its writer's)
    for label in (PARTY, OUTSIDE) if only is None else (only,):
        prob = part.whole.get(label, 0.0)
        if prob >= t_whole and (best is None or prob > best[1]):
            best = (label, prob, part.whole_words, None)
        for i, post, per_word in (part.per_sentence if t_sentence <= 1.0 else ()):
            sp = post.get(label, 0.0) if i not in told else 0.0
            if i not in skip and sp >= t_one and (best is None or sp > best[1]):
                best = (label, sp, per_word, i)
    if best is None:
        return None
    label, prob, per_word, idx = best
    words = model.explain(label, per_word)
    # One sentence of a long text flags only on two words or more: a lone "needs" is noise.
    if not words or (idx is not None and len(words) < 2):
        return None
    # A note of a few words ("Flyt mødet til torsdag", "Ring tilbage") gives the model little to
    # go by: it flags alone only on a word that tells on its own ("frisør", "valgplakater").
    gains = _gains(model, label, per_word)
    if len(gains) <= SHORT_WORDS and max(gains, default=0.0) < p["short_gain"]:
        return None
    if skip and len(gains) <= SHORT_WORDS:  # (an errand of its own is told in a clause, not a list's noun)
        return None
    if idx is None and part.per_sentence:
        # The sentence that leans most towards the label carries the reason.
        idx = max(part.per_sentence, key=lambda t: t[1].get(label, 0.0))[0]
    sentence = part.sentences[idx].text if idx is not None else (part.sentences[0].text if part.sentences else "")
    reason = model_reason(book, label, words, sentence, quoted)
    return GuardResult(label, [reason], round(prob, 3), {label: round(prob, 3)}, part.rules.counter)
