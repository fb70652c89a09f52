"""The text layer of an agenda: checked and normalised lines, wrapped lines joined with
end-of-line hyphenation undone, and page furniture (running headers, footers, page numbers)
told apart from the text.

Everything here is linear in the input: paragraphs are built from pieces and joined once.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any

from secretary_app.domain.agenda.model import AgendaError

# The largest text any reader accepts (a 50 MB PDF rarely holds a tenth of that as text).
MAX_TEXT_CHARS = 16_000_000
# Longer lines are never headings, case numbers or dates; patterns look at this much.
PATTERN_SPAN = 600

_JOIN_WORDS = {"og", "eller", "samt", "til", "som", "&", "and", "or"}


def glue(a: str, b: str) -> tuple[int, str]:
    """How to join line ``a`` and its continuation ``b``: (characters to drop from the end
    of ``a``, separator). ``Ho-`` + ``vedstaden`` -> ``Hovedstaden``; ``SMV-`` + ``målgruppen``
    and ``2030-`` + ``fremskrivning`` keep the hyphen, ``Lov-`` + ``og`` keeps it with a space
    (a shared compound: "Lov- og ...")."""
    if not a.endswith("-") or len(a) < 2 or not b:
        return 0, " "
    before = a[-2]
    first_word = b.split()[0].lower()
    if before == " ":
        # "videninsti -" + "tution" is a PDF artefact of hyphenation; a spaced dash
        # followed by a new word is punctuation.
        if len(a) >= 3 and a[-3].isalpha() and a[-3].islower() and b[0].islower() \
                and first_word not in _JOIN_WORDS:
            return 2, ""
        return 0, " "
    if first_word in _JOIN_WORDS:
        return 0, " "
    if before.isupper() or before.isdigit() or not before.isalpha():
        return 0, ""
    if b[0].isupper() or b[0].isdigit():
        return 0, ""
    return 1, ""


def join_wrapped(a: str, b: str) -> str:
    """Join a line and its continuation, undoing hyphenation at the line end (see ``glue``)."""
    a = a.rstrip()
    b = b.strip()
    if not a:
        return b
    if not b:
        return a
    drop, sep = glue(a, b)
    return a[:len(a) - drop] + sep + b


class Paragraph:
    """Wrapped lines joined into one text, in time linear in their total length."""

    def __init__(self) -> None:
        self.pieces: list[str] = []

    def add(self, line: str) -> None:
        line = line.strip()
        if not line:
            return
        if self.pieces:
            last = self.pieces[-1]
            drop, sep = glue(last, line)
            if drop:
                self.pieces[-1] = last[:len(last) - drop]
            if sep:
                self.pieces.append(sep)
        self.pieces.append(line)

    def last_word(self) -> str:
        return self.pieces[-1].split()[-1] if self.pieces else ""

    def ends_with(self, suffix: str) -> bool:
        return bool(self.pieces) and self.pieces[-1].endswith(suffix)

    def text(self) -> str:
        return "".join(self.pieces)

    def __bool__(self) -> bool:
        return bool(self.pieces)


def unspace(text: str) -> str:
    """``K K R  H O V E D S T A D E N`` -> ``KKR HOVEDSTADEN``."""
    words = [w for w in re.split(r"\s{2,}", text.strip()) if w]
    if not words:
        return text
    letters = [w.split(" ") for w in words]
    if sum(len(t) for t in letters) >= 4 and all(len(c) == 1 for t in letters for c in t):
        return " ".join("".join(t) for t in letters)
    return text


def nice_case(text: str) -> str:
    """``KKR HOVEDSTADEN`` -> ``KKR Hovedstaden`` (short all-caps words are acronyms)."""
    if text.upper() != text:
        return text
    return " ".join(w if len(w) <= 3 else w[:1] + w[1:].lower() for w in text.split())


_TRANSLATE = {0x00A0: " ", 0x2007: " ", 0x202F: " ", 0x00AD: "", 0x2010: "-", 0x2011: "-",
              0x200B: "", 0xFEFF: "", 0x09: " "}


def normalise(text: str) -> str:
    text = unicodedata.normalize("NFC", text)
    for code, to in _TRANSLATE.items():  # str.replace per character is far faster than translate
        ch = chr(code)
        if ch in text:
            text = text.replace(ch, to)
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n")


def check_text(text: Any) -> list[str]:
    """The lines of ``text``, or an AgendaError if it is empty, binary or too large."""
    if isinstance(text, (bytes, bytearray)):
        raise AgendaError("Filen er ikke tekst.", "The file is not text.", 1)
    if not isinstance(text, str) or not text.strip():
        raise AgendaError("Filen er tom.", "The file is empty.", 1)
    if len(text) > MAX_TEXT_CHARS:
        raise AgendaError(
            f"Teksten er for lang ({len(text) // 1_000_000} mio. tegn; højst "
            f"{MAX_TEXT_CHARS // 1_000_000} mio.); en dagsorden er meget kortere.",
            f"The text is too long ({len(text) // 1_000_000} million characters; at most "
            f"{MAX_TEXT_CHARS // 1_000_000} million); an agenda is much shorter.", 1)
    if text.lstrip()[:5] == "%PDF-":
        raise AgendaError("Filen er en PDF; læs den via import af dagsorden, så teksten udtrækkes.",
                          "The file is a PDF; import it as an agenda so its text is extracted.", 1)
    lines = normalise(text).split("\n")
    bad = 0
    for no, line in enumerate(lines, 1):
        if line.isprintable():
            continue
        for ch in line:
            if ch == "\ufffd" or (unicodedata.category(ch) in ("Cc", "Cs", "Co")):
                bad += 1
                if ch == "\x00" or bad > 8:
                    raise AgendaError("Filen ser ud til at være binære data, ikke tekst.",
                                      "The file looks like binary data, not text.", no)
    return lines


PAGE_NO_RE = re.compile(r"^(?:(?:side|page)\s*\d{1,4}(?:\s*(?:af|/|of)\s*\d{1,4})?"
                        r"|\d{1,3}\s*(?:/|af)\s*\d{1,3}|-\s*\d{1,4}\s*-|\d{1,3})$", re.IGNORECASE)
BARE_NUMBER_RE = re.compile(r"^\d{1,4}$")


class Doc:
    """The lines of a document: ``raw`` as read, ``text`` stripped, ``drop`` the furniture."""

    def __init__(self, lines: list[str]):
        self.raw = lines
        self.text = [ln.strip() for ln in lines]
        self.drop: set[int] = set()
        self.repeated: set[str] = set()  # lines printed three times or more, word for word
        self.double_spaced = self._spacing()

    def _spacing(self) -> bool:
        """PDF extraction often puts an empty line after every text line; then only
        whitespace-only lines or several empty lines separate paragraphs."""
        t = self.text
        gaps = pairs = 0
        for i in range(len(t) - 2):
            if t[i] and not self.raw[i + 1] and t[i + 2]:
                gaps += 1
            if t[i] and t[i + 1]:
                pairs += 1
        return gaps > pairs

    def find_furniture(self, keep) -> None:
        """Drop page numbers, KL's mission box and running headers/footers; ``keep(line)``
        says a line is structure (an item heading, a case number ...) and never furniture."""
        t = self.text
        for i, s in enumerate(t):
            if s and PAGE_NO_RE.match(s):
                self.drop.add(i)
        # KL's mission/vision box, printed on the cover and sometimes on every page.
        for i, s in enumerate(t):
            if s.lower() in ("mission", "vision"):
                ahead = " ".join(x for x in t[i + 1:i + 6] if x)
                if ahead.startswith("KL "):
                    self.drop.add(i)
                    for j in range(i + 1, min(len(t), i + 24)):
                        if t[j]:
                            self.drop.add(j)
                            if t[j].endswith("."):
                                break
        # Running headers/footers: the same line (but for its numbers) three or more times,
        # looking like a header (a page number, a date, "Dagsorden"...).
        groups: dict[str, list[int]] = {}
        exact: dict[str, int] = {}
        for i, s in enumerate(t):
            if 4 <= len(s) <= 160:
                groups.setdefault(re.sub(r"\d+", "#", s.lower()), []).append(i)
            if s:
                exact[s] = exact.get(s, 0) + 1
        self.repeated = {s for s, n in exact.items() if n >= 3}
        for key, where in groups.items():
            if len(where) < 3:
                continue
            sample = t[where[0]]
            if keep(sample) or not re.search(r"[^\W\d_]{3}", sample):
                continue
            variants = {t[i] for i in where[:50]}
            pageish = re.search(r"\bside\b|\bpage\b|dagsorden|referat|mødedato|#-#-#|#\.#\.#", key)
            if pageish or len(variants) >= 3:
                self.drop.update(where)

    def visible(self, i: int) -> str:
        return "" if i in self.drop else self.text[i]
