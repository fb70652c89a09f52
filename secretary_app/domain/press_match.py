"""Watch terms matched in Danish press text: inflections, compounds, names and exclusions.

Danish inflects by suffix (``cykelsti`` → ``cykelstien``, ``cykelstierne``), writes compounds as
one word with the head last (``supercykelsti``, ``cykelstiprojekt``) and marks the genitive with
``-s`` (``Ålholmvejs``). A term therefore matches a word of the text when

* the word is the term, or the term plus an inflectional ending (``-en``, ``-erne``, ``-s`` …),
  also after the common stem changes (doubled final consonant ``bus`` → ``bussen``, a dropped
  ``e`` ``cykel`` → ``cyklerne``);
* for lower-case terms of at least ``COMPOUND_MIN`` letters: the term stands inside a compound,
  as its head (followed by an ending) or as its first part;
* a term written with a capital letter is a name or place: only the word itself and its
  genitive (``Ålholmvejs``, ``Hansens``), never a compound, so ``Bo`` does not hit ``bolig``.

A phrase (``Amager Strand``) matches consecutive words; only its last word inflects.

Exclusions belong to one term. One that contains the term (``Amager Bakke`` for ``Amager``)
removes only the occurrences inside it; any other (``fodbold``) removes the term from a text
that mentions it anywhere, as a media-monitoring NOT does.

``aa`` is read as ``å`` on both sides, so ``Aalholmvej`` and ``Ålholmvej`` are the same street.
Pure Python: no database, no Qt.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from typing import Iterable, Sequence

COMPOUND_MIN = 4

# Inflectional endings of nouns, adjectives and verbs, genitive forms included.
SUFFIXES = frozenset({
    "", "e", "en", "ens", "er", "ere", "erne", "ernes", "ers", "es", "et", "ets", "ene", "enes",
    "n", "ne", "nes", "ns", "r", "rne", "rnes", "rs", "s", "t", "ts", "te", "tes", "de", "ede",
    "es", "ste", "est", "este", "ning", "ningen", "ninger", "ningerne",
})
NAME_SUFFIXES = frozenset({"", "s"})
_MAX_SUFFIX = max(map(len, SUFFIXES))

_WORD = re.compile(r"[^\W_]+", re.UNICODE)


def normalise(word: str) -> str:
    """Lower case, NFC, ``aa`` read as ``å``."""
    return unicodedata.normalize("NFC", word).lower().replace("aa", "å")


def split_terms(text: str) -> list[str]:
    """``"cykelsti, Ålholmvej; skolemad"`` → three terms (commas, semicolons or new lines)."""
    seen: dict[str, str] = {}
    for part in re.split(r"[,;\n]", text or ""):
        term = " ".join(part.split()).strip("\"'»«")
        if term and normalise(term) not in seen:
            seen[normalise(term)] = term
    return list(seen.values())


@dataclass(frozen=True)
class WatchTerm:
    """One term of a watch list. ``owner`` is whatever the caller uses (a member id, None for the
    whole group); ``key`` identifies the term in results."""

    key: object
    text: str
    owner: object = None
    exclusions: tuple[str, ...] = ()


@dataclass(frozen=True)
class Hit:
    key: object
    owner: object
    term: str
    spans: tuple[tuple[int, int], ...]  # character offsets in the matched text, for highlighting


@dataclass
class _Pattern:
    words: tuple[str, ...]  # normalised
    is_name: bool


def _pattern(text: str) -> _Pattern | None:
    words = tuple(normalise(w) for w in _WORD.findall(text))
    if not words:
        return None
    return _Pattern(words, any(ch.isupper() for ch in text))


def _stems(word: str) -> tuple[str, ...]:
    """The forms an inflected word may start with: ``cykel`` also ``cykl``, ``bus`` also ``buss``."""
    forms = [word]
    if len(word) >= 4 and word[-2] == "e" and word[-1] in "lrn":
        forms.append(word[:-2] + word[-1])
    if len(word) >= 3 and word[-1] not in "aeiouyæøå" and word[-2] in "aeiouyæøå":
        forms.append(word + word[-1])
    return tuple(forms)


def word_matches(token: str, word: str, *, last: bool = True, name: bool = False) -> bool:
    """Does a normalised text word hit a normalised term word?"""
    if token == word:
        return True
    if name:
        return last and token == word + "s"
    if not last:
        return False
    for stem in _stems(word):
        if token.startswith(stem) and token[len(stem):] in SUFFIXES:
            return True
    if len(word) < COMPOUND_MIN:
        return False
    at = token.find(word)
    while at >= 0:
        rest = token[at + len(word):]
        if at > 0 and rest in SUFFIXES:  # the head of a compound: supercykelstien
            return True
        if len(rest) >= 3:  # the first part of a compound: cykelstiprojekt, skolemadsordning
            return True
        at = token.find(word, at + 1)
    for stem in _stems(word)[1:]:
        at = token.find(stem)
        if at > 0 and token[at + len(stem):] in SUFFIXES:
            return True
    return False


@dataclass
class _Compiled:
    term: WatchTerm
    pattern: int  # index into Matcher._patterns
    inside: list[int] = field(default_factory=list)   # exclusions containing the term
    anywhere: list[int] = field(default_factory=list)  # plain NOT exclusions


class Matcher:
    """Compiled watch terms; ``match(text)`` returns the hits.

    Terms and exclusions are patterns in one index by their first word, and what a word of the
    text hits is cached, so a long run over many clippings costs about one dictionary look-up
    per word."""

    def __init__(self, terms: Iterable[WatchTerm]):
        self._patterns: list[_Pattern] = []
        self._terms: list[_Compiled] = []
        seen: dict[tuple, int] = {}

        def add(pat: _Pattern) -> int:
            key = (pat.words, pat.is_name)
            if key not in seen:
                seen[key] = len(self._patterns)
                self._patterns.append(pat)
            return seen[key]

        for term in terms:
            pat = _pattern(term.text)
            if pat is None:
                continue
            comp = _Compiled(term, add(pat))
            for ex in term.exclusions:
                ex_pat = _pattern(ex)
                if ex_pat is None:
                    continue
                (comp.inside if _find(list(ex_pat.words), pat) else comp.anywhere).append(add(ex_pat))
            self._terms.append(comp)
        # Every first word (and its stem forms) by itself: a word of the text is a candidate for a
        # pattern only if it contains one of these, which slices of a few lengths find at once.
        self._index: dict[str, set[int]] = {}
        for n, pat in enumerate(self._patterns):
            for form in _stems(pat.words[0]):
                self._index.setdefault(form, set()).add(n)
        self._lengths = sorted({len(k) for k in self._index})
        self._cache: dict[str, tuple[str, tuple[int, ...]]] = {}

    def __len__(self) -> int:
        return len(self._terms)

    def _lookup(self, raw: str) -> tuple[str, tuple[int, ...]]:
        cached = self._cache.get(raw)
        if cached is not None:
            return cached
        token = normalise(raw)
        maybe: set[int] = set()
        for length in self._lengths:
            if length > len(token):
                break
            for i in range(len(token) - length + 1):
                hit = self._index.get(token[i:i + length])
                if hit:
                    maybe |= hit
        found = []
        for n in sorted(maybe):
            pat = self._patterns[n]
            if word_matches(token, pat.words[0], last=len(pat.words) == 1, name=pat.is_name):
                found.append(n)
        result = (token, tuple(found))
        if len(self._cache) < 500_000:
            self._cache[raw] = result
        return result

    def match(self, *texts: str) -> list[Hit]:
        """Hits over the texts joined by new lines (headline, summary, body)."""
        text = "\n".join(t for t in texts if t)
        found_at: dict[int, list[tuple[int, int]]] = {}
        tokens: list[tuple[int, int]] = []
        words: list[str] = []
        pending: list[tuple[int, int]] = []  # (pattern, word index) of phrases to check
        for i, m in enumerate(_WORD.finditer(text)):
            word, pats = self._lookup(m.group())
            tokens.append(m.span())
            words.append(word)
            for n in pats:
                if len(self._patterns[n].words) == 1:
                    found_at.setdefault(n, []).append((i, i + 1))
                else:
                    pending.append((n, i))
        for n, i in pending:
            pat = self._patterns[n]
            if _phrase_at(words, i, pat):
                found_at.setdefault(n, []).append((i, i + len(pat.words)))
        hits: list[Hit] = []
        for comp in self._terms:
            found = found_at.get(comp.pattern)
            if not found:
                continue
            if any(ex in found_at for ex in comp.anywhere):
                continue
            if comp.inside:
                blocked = [r for ex in comp.inside for r in found_at.get(ex, ())]
                found = [f for f in found if not any(b0 <= f[0] and f[1] <= b1 for b0, b1 in blocked)]
            if found:
                spans = tuple((tokens[a][0], tokens[b - 1][1]) for a, b in found)
                hits.append(Hit(comp.term.key, comp.term.owner, comp.term.text, spans))
        return hits


def _phrase_at(words: Sequence[str], i: int, pat: _Pattern) -> bool:
    k = len(pat.words)
    if i + k > len(words):
        return False
    for j, w in enumerate(pat.words):
        if not word_matches(words[i + j], w, last=j == k - 1, name=pat.is_name):
            return False
    return True


def _find(words: Sequence[str], pat: _Pattern) -> list[tuple[int, int]]:
    out = []
    k = len(pat.words)
    for i in range(len(words) - k + 1):
        if word_matches(words[i], pat.words[0], last=k == 1, name=pat.is_name) and _phrase_at(words, i, pat):
            out.append((i, i + k))
    return out


def merge_spans(spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """Overlapping highlight spans joined, in order."""
    out: list[tuple[int, int]] = []
    for a, b in sorted(spans):
        if out and a <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], b))
        else:
            out.append((a, b))
    return out


# --- duplicates ---------------------------------------------------------------------------

_PUNCT = re.compile(r"[^\w]+", re.UNICODE)
NEAR_HEADLINE = 0.9


def headline_key(outlet: str, title: str) -> str:
    """``"Amager Bladet|ny cykelsti på ålholmvej"``: case, punctuation and spacing ignored."""
    def norm(text: str) -> str:
        return " ".join(_PUNCT.sub(" ", normalise(text or "")).split())
    return f"{norm(outlet)}|{norm(title)}"


def near_same_headline(key_a: str, key_b: str) -> bool:
    """Same outlet and headlines that differ by a word or a typo (an updated headline)."""
    outlet_a, _, title_a = key_a.partition("|")
    outlet_b, _, title_b = key_b.partition("|")
    if outlet_a != outlet_b or not title_a or not title_b:
        return False
    if title_a == title_b:
        return True
    return SequenceMatcher(None, title_a, title_b).ratio() >= NEAR_HEADLINE


# --- suggested topics ---------------------------------------------------------------------

def committee_topics(committees: str) -> list[str]:
    """A member's committees (one per line) as suggested watch terms: the committee's name and
    the subjects in it, ``Teknik- og Miljøudvalget`` → ``Teknik- og Miljøudvalget``, ``teknik``,
    ``miljø``."""
    out: list[str] = []
    for line in (committees or "").splitlines():
        name = line.strip()
        if not name:
            continue
        out.append(name)
        core = re.sub(r"(udvalg(et)?|forvaltning(en)?)$", "", name, flags=re.I).strip(" -")
        for part in re.split(r"\s*(?:-\s*og|,|\bog\b|-)\s*", core):
            part = part.strip(" -")
            part = part.lower()
            if len(part) >= 6 and part.endswith("s"):  # linking s of a compound: ungdoms-
                part = part[:-1]
            elif len(part) >= 5 and part.endswith("e"):  # linking e: børne-
                part = part[:-1]
            if len(part) >= 4:
                out.append(part)
    return list(dict.fromkeys(out))
