"""Text as it arrives, made fit for the guard: normalised spelling and sentences.

Requests reach the secretary as SMS notes, forwarded mails, dictated voice memos and English or
mixed text, with ``ae/oe/aa`` for ``æ/ø/å``, missing diacritics, hyphenated or split compounds
and shorthand. Two forms are made here:

* ``for_rules``: the text the rules read, with typographic marks unified, ASCII spellings of
  Danish letters restored (``moede`` -> ``møde``, only in texts that have no æ/ø/å of their own)
  and common shorthand written out (``pls``, ``fb``, ``mvh`` ...). Positions may shift, so the
  reasons quote this form when it differs from what was typed.
* ``skeleton``: the form the model reads, where spelling variants collapse onto one key
  (æ, ae -> a; ø, oe -> o; å, aa -> a; é -> e; doubled letters once), so ``møde``, ``moede`` and
  ``mode`` look alike and a typo or missing diacritic costs little.

``sentences`` splits a text into sentences with their character spans (for sentence-level
reasons and the highlight in the request dialog). Pure Python: imports nothing of ours but
``domain``.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

_QUOTES = str.maketrans({
    "\u2019": "'", "\u2018": "'", "\u00b4": "'", "`": "'", "\u201c": '"', "\u201d": '"',
    "\u201e": '"', "\u00ab": '"', "\u00bb": '"', "\u2013": "-", "\u2014": "-", "\u2010": "-",
    "\u2011": "-", "\u2212": "-", "\u00a0": " ", "\u202f": " ", "\u200b": "",
})
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_DANISH_LETTER = re.compile(r"[æøå]")
_ASCII_DANISH = re.compile(r"(?<=[a-zæøå])(ae|oe|aa)|\b(aa|ae|oe)(?=[a-zæøå])")
# Words where ae/oe/aa are not a Danish letter written in ASCII (English and loan words).
_NOT_DANISH = frozenset("""
does goes shoe shoes toe toes canoe israel michael raphael aero aerobic poet poem poems poetry
phoenix zoe joe joel noel coed aaron aarhus aalborg aabenraa haag bazaar maersk kaare
naboer naboerne naboers naboernes videoer videoerne radioer radioerne kontoer kontoerne
""".split())

# Shorthand seen in SMS notes and dictated memos, written out so the rules read them.
_SHORTHAND = {
    "pls": "please", "plz": "please", "fb": "facebook", "insta": "instagram", "ig": "instagram",
    "mvh": "med venlig hilsen", "vh": "venlig hilsen", "ku": "kunne", "ha": "have", "bla": "blandt andet",
    "m": "med", "ang": "angående", "vedr": "vedrørende", "evt": "eventuelt", "pga": "på grund af",
    "mht": "med hensyn til", "ifm": "i forbindelse med", "medl": "medlemmer", "afd": "afdeling",
    "gen.forsamling": "generalforsamling", "genf": "generalforsamling", "gf": "generalforsamling",
    "forv": "forvaltningen", "udv": "udvalget", "kb": "kommunalbestyrelsen",
    "spm": "spørgsmål", "pressemedd": "pressemeddelelse", "idag": "i dag", "igår": "i går",
    "imorgen": "i morgen", "iaften": "i aften", "asap": "hurtigst muligt", "thx": "tak", "tnx": "tak",
    "u": "you", "ur": "your", "b4": "before", "msg": "message",
}


def _by_first_letter(keys: list[str]) -> str:
    """``k1|k2|...`` grouped by first letter (``g(?:enf|f)|p(?:ls|lz)``), order kept within a
    letter: two keys that start differently never match at the same place, so the expression
    matches the same, and the search tries one letter instead of every key at each word."""
    groups: dict[str, list[str]] = {}
    for k in keys:
        groups.setdefault(k[0], []).append(re.escape(k[1:]))
    return "|".join(re.escape(c) + "(?:" + "|".join(g) + ")" for c, g in groups.items())


_SHORT_RX = re.compile(r"\b(" + _by_first_letter(sorted(_SHORTHAND, key=len, reverse=True)) + r")\b(?!['-]\w)")


def as_text(text: object) -> str:
    if text is None:
        return ""
    if isinstance(text, (bytes, bytearray)):
        return bytes(text).decode("utf-8", errors="replace")
    return text if isinstance(text, str) else str(text)


# The characters _QUOTES maps: most texts have none, and a search for them is much faster than
# translate(), which looks up every character of the text in a dictionary.
_SPECIAL = re.compile("[" + re.escape("".join(chr(c) for c in _QUOTES)) + r"\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def clean(text: object) -> str:
    """Lower case, typographic quotes and dashes unified, control characters removed; the
    length stays the same, so positions in it are positions in what was typed."""
    text = as_text(text)
    if _SPECIAL.search(text) is None:  # nearly always: nothing to unify or remove
        return text.lower()
    return _CONTROL.sub(" ", text.translate(_QUOTES)).lower()


# A noun in -a with its definite ending (skemaet, klimaets, dilemmaet) has no æ there.
_A_NOUN_END = re.compile(r"(?<=[a-zæøå]{3})aets?$")


def _restore_word(m: re.Match) -> str:
    word = m.group(0)
    if word in _NOT_DANISH or len(word) < 3:
        return word
    end = _A_NOUN_END.search(word)
    stem, tail = (word[:end.start()], word[end.start():]) if end else (word, "")
    return _ASCII_DANISH.sub(lambda x: {"ae": "æ", "oe": "ø", "aa": "å"}[x.group(1) or x.group(2)], stem) + tail


_WORD = re.compile(r"[a-zæøåéü]+")


_ASCII_PAIR = re.compile(r"ae|oe|aa")


def needs_restoring(text: str) -> bool:
    """Whether ``restore_danish`` changes anything it is given: no æ/ø/å, some ae/oe/aa."""
    return not _DANISH_LETTER.search(text) and _ASCII_PAIR.search(text) is not None


def restore_danish(text: str) -> str:
    """``moede`` -> ``møde`` in a lower-cased text that has no æ/ø/å of its own."""
    if not needs_restoring(text):
        return text
    return _WORD.sub(_restore_word, text)


def restore_word(word: str) -> str:
    """``restore_danish`` on one word of a text that needs it (the same result, word by word:
    it changes letters only inside runs of letters)."""
    return _WORD.sub(_restore_word, word)


def _written_out(m: re.Match) -> str:
    # Not after an apostrophe: "I'm" is no "I'med". (Tested here, not in the expression, so
    # the search still starts from the key's first letter.)
    at = m.start()
    if at and m.string[at - 1] in "'’":
        return m.group(0)
    return _SHORTHAND[m.group(1)]


def expand_shorthand(text: str) -> str:
    return _SHORT_RX.sub(_written_out, text)


# A compound written in two words or with a hyphen ("valg plakater", "lokal-afdelingen",
# "parti foreningen"): the rules are written for the joined word. Only first parts that are
# compound heads in party and council vocabulary, and never before a small word ("valg af").
_SPLIT_COMPOUND = re.compile(
    r"\b(" + "|".join(("valg", "parti", "lokal", "kreds", "medlems", "kampagne", "kandidat", "stemme", "kommunal",
                       "folketings", "regions", "hoved", "lands")) + r")"
    r"[ -](?!(?:af|til|i|på|om|for|og|eller|er|var|med|ved|den|det|de|der|en|et|som|at|skal|kan|vil|har|"
    r"blev|bliver|ikke|mellem|efter|inden|før|næste|sidste|this|the|and|for|of)\b)([a-zæøå]{4,})")


_COMPOUND_HEADS = ("valg", "parti", "lokal", "kreds", "medlems", "kampagne", "kandidat", "stemme", "kommunal",
                   "folketings", "regions", "hoved", "lands")
# Most texts hold no head before a space or hyphen: one search grouped by first letter says so.
_MAYBE_COMPOUND = re.compile(r"(?:" + _by_first_letter(list(_COMPOUND_HEADS)) + r")[ -]")


def join_compounds(text: str) -> str:
    if _MAYBE_COMPOUND.search(text) is None:
        return text
    return _SPLIT_COMPOUND.sub(r"\1\2", text)


def for_rules(text: object) -> str:
    """The lower-cased text the rules read (see module docstring)."""
    return join_compounds(expand_shorthand(restore_danish(clean(text))))


_SKELETON_MAP = str.maketrans({"æ": "a", "ø": "o", "å": "a", "é": "e", "è": "e", "ü": "u", "ö": "o",
                               "ä": "a", "á": "a", "í": "i", "ó": "o", "ú": "u"})
_ASCII_PAIRS = re.compile(r"ae|oe|aa")
_DOUBLE = re.compile(r"(\w)\1+")


def skeleton_word(word: str) -> str:
    """One key for a word's spelling variants: møde, moede, mode -> "mode"."""
    w = _ASCII_PAIRS.sub(lambda m: m.group(0)[0], word.translate(_SKELETON_MAP))
    w = _DOUBLE.sub(r"\1", w)
    if any(ord(c) > 127 for c in w):
        w = "".join(c for c in unicodedata.normalize("NFKD", w) if not unicodedata.combining(c))
    return w


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str


# A sentence ends at . ! ? or a line break; not after an abbreviation or a number ("kl. 19",
# "d. 12.", "bl.a.", "pkt. 7"), so "kl. 19" does not split a request in two.
# Every end starts with a whitespace character; written with that character first, the search
# skips straight to the next space or line break (the same matches as
# ``(?<=[.!?])\s+|\n\s*|(?<=[;:])\s*\n``, several times faster).
# (an emoji ends a sentence too, as SMS are written: "min weekend var fuld af valgkamp 😅 kan du ...")
# A dictated run-on turns to a new errand without a full stop: "... det fik jeg tak øh og så en
# anden ting min far skal på plejehjem ...".
_TURN = "(?=(?i:og\\s+så\\s+(?:en\\s+(?:anden|helt\\s+anden|sidste)\\s+ting|noget\\s+(?:helt\\s+)?andet)\\b))"
_END = re.compile("\\s(?:(?<=[.!?]\\s)\\s*|(?<=\\n)\\s*|(?<=[;:]\\s)\\s*\\n|(?<=[;:]\\n)|"
                  "(?<=[\U0001F300-\U0001FAFF\u2600-\u27BF]\\s)\\s*|" + _TURN + ")")
_ABBREV = re.compile(r"(?:\b(?:kl|ca|nr|pkt|bl\.a|f\.eks|evt|jf|mht|stk|vedr|dvs|mr|mrs|dr|st|tlf|d|ang|"
                     r"inkl|ekskl|pr|fx|mv|osv|ift|iflg|ifm|hhv|vha|mio|mia|kr|el|no|vol|ref|jan|feb|mar|apr|jun|jul|aug|sep|sept|okt|nov|dec|e\.g|i\.e|etc|vs)\.|\d\.)$",
                     re.IGNORECASE)
MAX_SENTENCES = 200


def sentences(text: str) -> list[Sentence]:
    """Sentences of ``text`` with their spans in it (empty ones dropped)."""
    out: list[Sentence] = []
    start = 0
    for m in _END.finditer(text):
        if "\n" not in m.group(0) and _ABBREV.search(text[max(0, m.start() - 8):m.start()]):
            continue
        _add(out, text, start, m.start())
        start = m.end()
        if len(out) >= MAX_SENTENCES:
            break
    _add(out, text, start, len(text))
    return out


def _add(out: list[Sentence], text: str, a: int, b: int) -> None:
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    if b > a and any(c.isalnum() for c in text[a:b]):
        out.append(Sentence(a, b, text[a:b]))


def sentence_at(parts: list[Sentence], pos: int) -> Sentence | None:
    for s in parts:
        if s.start <= pos < s.end:
            return s
    return None
