"""Parse the text of a Danish municipal agenda (KKR, kommunalbestyrelse, udvalg).

Pure Python: the service layer extracts text from PDFs and passes it here.

What the parser understands (all seen in real agendas):

* a header before the first item: the body (``K K R  H O V E D S T A D E N`` letter-spaced
  or ``Økonomiudvalget``), ``Dato: 26-01-2026 10:30`` or ``Mødedato: Torsdag den 12. marts
  2026 kl. 17.00``, ``Sted:``/``Mødested:`` (continued while a line ends with a comma) and a
  sentence about group meetings ("gruppemøder ... kl. 09:00-10:30");
* numbered items ``1.2. Title`` under group headings ``1. KKR``, or flat ``302. Title``,
  with titles wrapped over several lines and end-of-line hyphenation undone;
* case numbers with initials (``SAG-2024-04469 rojh``), labelled ones (``Sagsnr.: 24/12345``,
  ``Sagsnr. 00.01.00-A00-1-26``) or in brackets after the title (``(2026-0012345)``);
* sections (Baggrund, Indstilling, Sagsfremstilling, Resume, Beslutning, ...) and
  attachment markers ``./.``.

Numbered lines inside the body text ("2. Det fremgår her, ...") and tables of contents
are told apart from items by choosing the longest consistent numbering sequence.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass, field
from typing import Any

from secretary_app.domain.dates import MONTHS_DA, WEEKDAYS_DA
from secretary_app.domain.errors import ValidationError

# --- errors ---------------------------------------------------------------------------


class AgendaError(ValidationError):
    """Bad input, with the (1-based) line where reading stopped."""

    def __init__(self, da: str, en: str, line: int | None = None):
        if line is not None:
            da = f"{da} (linje {line})"
            en = f"{en} (line {line})"
        super().__init__(da, en, field="file")
        self.line = line


# --- Danish dates and times (shared with meeting_plan) --------------------------------

MONTH_NUMBERS = {name: i + 1 for i, name in enumerate(MONTHS_DA)}
MONTH_NUMBERS.update({"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
                      "sep": 9, "sept": 9, "okt": 10, "nov": 11, "dec": 12})
WEEKDAY_NUMBERS = {name: i for i, name in enumerate(WEEKDAYS_DA)}
WEEKDAY_NUMBERS.update({"loerdag": 5, "soendag": 6, "man": 0, "tirs": 1, "ons": 2, "tors": 3,
                        "fre": 4, "lør": 5, "søn": 6})

_WEEKDAY_ALT = "|".join(sorted(WEEKDAY_NUMBERS, key=len, reverse=True))
_MONTH_ALT = "|".join(sorted(MONTH_NUMBERS, key=len, reverse=True))

# "Mandag den 26. januar 2026", "26. jan. 2026", "torsdag 12. marts"
LONG_DATE_RE = re.compile(
    rf"(?:\b(?P<wd>{_WEEKDAY_ALT})\.?,?\s+(?:(?:den|d\.)\s+)?)?"
    rf"\b(?P<d>\d{{1,2}})\.\s*(?P<m>{_MONTH_ALT})\.?(?:\s+(?P<y>\d{{4}}))?\b",
    re.IGNORECASE)
# "26-01-2026", "26.01.2026", "26/1/26" (the same separator twice, so 10.30-12.00 is no date)
NUM_DATE_RE = re.compile(
    rf"(?:\b(?P<wd>{_WEEKDAY_ALT})\.?,?\s+(?:den\s+)?)?"
    r"\b(?P<d>\d{1,2})(?P<sep>[-./])(?P<m>\d{1,2})(?P=sep)(?P<y>\d{4}|\d{2})\b(?![-./]\d)",
    re.IGNORECASE)
ISO_DATE_RE = re.compile(r"\b(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})\b")
TIME_RANGE_RE = re.compile(
    r"(?:\bkl\.?\s*)?\b(?P<h1>\d{1,2})[.:](?P<m1>\d{2})\b"
    r"(?:\s*(?:-|–|—|til)\s*(?:kl\.?\s*)?(?P<h2>\d{1,2})(?:[.:](?P<m2>\d{2}))?\b)?",
    re.IGNORECASE)
KL_HOUR_RE = re.compile(r"\bkl\.?\s*(?P<h1>\d{1,2})\b(?![.:]\d)", re.IGNORECASE)


@dataclass(frozen=True)
class FoundDate:
    date: dt.date
    weekday: str | None  # the weekday named in the text, lower case
    start: int
    end: int

    @property
    def weekday_conflict(self) -> bool:
        if not self.weekday:
            return False
        wanted = WEEKDAY_NUMBERS.get(self.weekday.lower().rstrip("."))
        return wanted is not None and wanted != self.date.weekday()


def _year(text: str | None, default_year: int | None) -> int | None:
    if text is None:
        return default_year
    y = int(text)
    return y + 2000 if y < 100 else y


def find_date(text: str, default_year: int | None = None) -> FoundDate | None:
    """The first valid Danish date in ``text`` (long, numeric or ISO form)."""
    found: list[FoundDate] = []
    for m in LONG_DATE_RE.finditer(text):
        year = _year(m.group("y"), default_year)
        if year is None:
            continue
        try:
            day = dt.date(year, MONTH_NUMBERS[m.group("m").lower()], int(m.group("d")))
        except (ValueError, KeyError):
            continue
        found.append(FoundDate(day, (m.group("wd") or "").lower() or None, m.start(), m.end()))
        break
    for m in NUM_DATE_RE.finditer(text):
        try:
            day = dt.date(_year(m.group("y"), None), int(m.group("m")), int(m.group("d")))
        except (ValueError, TypeError):
            continue
        found.append(FoundDate(day, (m.group("wd") or "").lower() or None, m.start(), m.end()))
        break
    for m in ISO_DATE_RE.finditer(text):
        try:
            day = dt.date(int(m.group("y")), int(m.group("m")), int(m.group("d")))
        except ValueError:
            continue
        found.append(FoundDate(day, None, m.start(), m.end()))
        break
    return min(found, key=lambda f: f.start) if found else None


def _clock(h: str | None, m: str | None) -> dt.time | None:
    if h is None:
        return None
    try:
        return dt.time(int(h), int(m or 0))
    except ValueError:
        return None


def find_time_range(text: str) -> tuple[dt.time | None, dt.time | None]:
    """``kl. 10.00-12.00`` -> (10:00, 12:00); ``10:30`` -> (10:30, None); ``kl. 17`` -> 17:00."""
    for m in TIME_RANGE_RE.finditer(text):
        start = _clock(m.group("h1"), m.group("m1"))
        if start is None:
            continue
        end = _clock(m.group("h2"), m.group("m2")) if m.group("h2") else None
        if end is not None and end <= start:
            end = None
        return start, end
    m = KL_HOUR_RE.search(text)
    if m:
        return _clock(m.group("h1"), "0"), None
    return None, None


# --- text clean-up ----------------------------------------------------------------------

_JOIN_WORDS = {"og", "eller", "samt", "til", "som", "&", "and", "or"}
_BULLET_RE = re.compile(r"^(?:[-–—•▪●*]|\(?[a-zæøå]\))\s+")
_LIST_RE = re.compile(r"^\d{1,2}[.)]\s+\S")
_NUMBER_BEFORE = {"og", "eller", "til", "stk.", "nr.", "§", "§§", "kap.", "pkt.", "punkt", "side", "jf.", "i", "den"}
ATTACHMENT_RE = re.compile(r"(?:(?<=\s)|^)\./\.+")


def join_wrapped(a: str, b: str) -> str:
    """Join a line and its continuation, undoing hyphenation at the line end.

    ``Ho-`` + ``vedstaden`` -> ``Hovedstaden``; ``SMV-`` + ``målgruppen`` keeps the hyphen
    (an acronym), ``Lov-`` + ``og`` keeps it (a shared compound: "Lov- og ...")."""
    a = a.rstrip()
    b = b.strip()
    if not a:
        return b
    if not b:
        return a
    if a.endswith("-") and len(a) >= 2:
        before = a[-2]
        first_word = b.split()[0].lower()
        if before == " ":
            # "videninsti -" + "tution" is a PDF artefact of hyphenation; a spaced dash
            # followed by a new word is punctuation.
            if len(a) >= 3 and a[-3].isalpha() and a[-3].islower() and b[0].islower() \
                    and first_word not in _JOIN_WORDS:
                return a[:-2] + b
            return a + " " + b
        if first_word in _JOIN_WORDS:
            return a + " " + b
        if before.isupper() or before.isdigit() or not before.isalpha():
            return a + b
        if b[0].isupper() or b[0].isdigit():
            return a + b
        return a[:-1] + b
    return a + " " + b


def _unspace(text: str) -> str:
    """``K K R  H O V E D S T A D E N`` -> ``KKR HOVEDSTADEN``."""
    words = [w for w in re.split(r"\s{2,}", text.strip()) if w]
    if not words:
        return text
    letters = [w.split(" ") for w in words]
    if sum(len(t) for t in letters) >= 4 and all(len(c) == 1 for t in letters for c in t):
        return " ".join("".join(t) for t in letters)
    return text


def _nice_case(text: str) -> str:
    """``KKR HOVEDSTADEN`` -> ``KKR Hovedstaden`` (short all-caps words are acronyms)."""
    if text.upper() != text:
        return text
    return " ".join(w if len(w) <= 3 else w[:1] + w[1:].lower() for w in text.split())


def _normalise(text: str) -> str:
    text = unicodedata.normalize("NFC", text)
    table = {0x00A0: " ", 0x2007: " ", 0x202F: " ", 0x00AD: "", 0x2010: "-", 0x2011: "-",
             0x200B: "", 0xFEFF: ""}
    return text.translate(table).replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n")


def check_text(text: Any) -> list[str]:
    """The lines of ``text``, or an AgendaError if it is empty or binary."""
    if isinstance(text, (bytes, bytearray)):
        raise AgendaError("Filen er ikke tekst.", "The file is not text.", 1)
    if not isinstance(text, str) or not text.strip():
        raise AgendaError("Filen er tom.", "The file is empty.", 1)
    if text.lstrip().startswith("%PDF-"):
        raise AgendaError("Filen er en PDF; læs den via import af dagsorden, så teksten udtrækkes.",
                          "The file is a PDF; import it as an agenda so its text is extracted.", 1)
    lines = _normalise(text).split("\n")
    bad = 0
    for no, line in enumerate(lines, 1):
        for ch in line:
            if ch == "\ufffd" or (unicodedata.category(ch) in ("Cc", "Cs", "Co") and ch != "\t"):
                bad += 1
                if ch == "\x00" or bad > 8:
                    raise AgendaError("Filen ser ud til at være binære data, ikke tekst.",
                                      "The file looks like binary data, not text.", no)
    return lines


# --- line kinds -------------------------------------------------------------------------

SECTION_NAMES = (
    "Baggrund", "Indstilling", "Sagsfremstilling", "Resume", "Resumé", "Problemstilling",
    "Løsning", "Beslutning", "Sagsbeskrivelse", "Sagens baggrund", "Sagens indhold",
    "Supplerende sagsfremstilling", "Økonomi", "Økonomiske konsekvenser", "Videre proces",
    "Bilag", "Høring", "Kommunikation", "Lovgrundlag", "Retsgrundlag", "Tidsplan", "Vurdering",
    "Konsekvenser", "Politisk behandling", "Alternativer", "Risici", "Miljøvurdering",
    "Miljøkonsekvenser", "Klimakonsekvenser", "Borgerinddragelse", "Fremtidig proces",
    "Forslag til beslutning", "Beslutningsforslag", "Formål", "Indhold", "Udtalelser",
    "Sagens forløb", "Historik", "Bevilling", "Beskrivelse", "Orientering", "Referat",
    "Indstilling og beslutning", "Motivering", "Begrundelse", "Sagens behandling",
    "Andre konsekvenser", "Bemærkninger", "Afgørelse",
)
_SECTION_KEYS = {n.lower(): n for n in SECTION_NAMES}
# "Beslutning i Borgerrepræsentationen den 12. marts 2026", "Forvaltningens indstilling"
_SECTION_PREFIX_RE = re.compile(
    r"^(?:(?:beslutning|indstilling|supplerende sagsfremstilling|referat)"
    r"\s+(?:i|fra|til|den|på|af)\b.*"
    r"|\w+s\s+(?:indstilling|vurdering|beslutning|bemærkninger))$", re.IGNORECASE)


def section_name(text: str) -> str | None:
    """The section a heading line opens, or None."""
    s = text.strip().rstrip(":").strip()
    # A heading starts with a capital and is not a wrapped sentence.
    if not s or len(s) > 90 or not s[0].isupper() or s.endswith((".", ",", "-", ";")):
        return None
    if s.count("(") != s.count(")"):
        return None
    known = _SECTION_KEYS.get(s.lower())
    if known:
        return known
    if len(s.split()) <= 12 and _SECTION_PREFIX_RE.match(s):
        return s[0].upper() + s[1:]
    return None


_CASE_NO = (r"[A-ZÆØÅ]{2,6}-\d{4}-\d{3,7}"  # SAG-2024-04469, DAG-2019-00336
            r"|\d{2}\.\d{2}\.\d{2}-[A-ZÆØÅ]\d{2}-\d+-\d{2}"  # KLE: 00.01.00-A00-1-26
            r"|\d{4}-\d{5,8}"  # 2024-012345 (Copenhagen); never a year range like 2026-2030
            r"|\d{2}/\d{3,8}(?:-\d+)?"  # 24/12345
            r"|\d{4}/\d{3,8}")  # 2024/12345
_INITIALS = r"[a-zæøå]{2,6}\d{0,2}"
CASE_LINE_RE = re.compile(rf"^(?P<case>{_CASE_NO})(?:\s+(?P<ini>{_INITIALS}))?$")
LABELLED_CASE_RE = re.compile(
    r"^(?:sagsnr|sags\s*nr|sagsnummer|sags-?id|j\.?\s*nr|journalnr|journalnummer|"
    r"dok(?:ument)?\.?\s*nr)\.?\s*:?\s*"
    r"(?P<case>[A-Za-zÆØÅæøå0-9][\w./-]*\d[\w./-]*)"
    r"(?:\s*[,;]?\s*(?:sagsbehandler|initialer|sb)\.?\s*:?\s*(?P<ini>.+?))?\s*$",
    re.IGNORECASE)
OFFICER_RE = re.compile(r"^(?:sagsbehandler|initialer|sb)\.?\s*:\s*(?P<ini>.+?)\s*$", re.IGNORECASE)
TITLE_CASE_RE = re.compile(rf"\s*[(\[]\s*(?:sagsnr\.?:?\s*)?(?P<case>{_CASE_NO})\s*[)\]]\s*$",
                           re.IGNORECASE)


def _initials(text: str | None) -> str:
    """Initials only when they look like initials ("rojh", "abc12"), not a full name."""
    if not text:
        return ""
    t = text.strip()
    m = re.search(r"\(([a-zæøå]{2,6}\d{0,2})\)\s*$", t)  # "Lise Jensen (ljen)"
    if m:
        return m.group(1)
    t = t.strip("()")
    return t if re.fullmatch(_INITIALS, t) else ""


def case_of(text: str) -> tuple[str, str] | None:
    """(case number, initials) when ``text`` is a case number line."""
    s = " ".join(text.split())
    m = CASE_LINE_RE.match(s)
    if m:
        return m.group("case"), m.group("ini") or ""
    m = LABELLED_CASE_RE.match(s)
    if m:
        return m.group("case").rstrip(".,;"), _initials(m.group("ini"))
    return None


_NUMBER_RE = re.compile(
    r"^(?:(?:punkt|pkt\.?)\s+(?P<p>\d{1,4})[.:]?|(?P<n>\d{1,4}(?:\.\d{1,3}){0,3})(?P<dot>\.)?)"
    r"\s+(?P<title>\S.*)$", re.IGNORECASE)
_TOC_RE = re.compile(r"(?:\.{3,}|…{2,}|\s{3,}|\t)\s*\d{1,4}\s*$")
PAGE_NO_RE = re.compile(r"^(?:(?:side|page)\s*\d{1,4}(?:\s*(?:af|/|of)\s*\d{1,4})?"
                        r"|\d{1,3}\s*(?:/|af)\s*\d{1,3}|-\s*\d{1,4}\s*-|\d{1,3})$", re.IGNORECASE)


@dataclass
class _Candidate:
    index: int  # into the line list
    number: tuple[int, ...]
    title: str
    weight: float = 1.0


def _candidate(text: str) -> tuple[tuple[int, ...], str] | None:
    m = _NUMBER_RE.match(text)
    if not m:
        return None
    title = m.group("title").strip()
    if m.group("p"):
        number = (int(m.group("p")),)
    else:
        parts = tuple(int(p) for p in m.group("n").split("."))
        # "3 Title" is too often a table row; a flat item needs its dot ("302. Title").
        if len(parts) == 1 and not m.group("dot"):
            return None
        number = parts
    if not re.search(r"[A-Za-zÆØÅæøåÄÖÜäöüé]", title) or _TOC_RE.search(title):
        return None
    if number[0] == 0 or any(p > 999 for p in number[1:]):
        return None
    return number, title


# --- the result -------------------------------------------------------------------------


@dataclass
class AgendaItemData:
    number: str
    title: str
    case_number: str = ""
    initials: str = ""
    sections: dict[str, str] = field(default_factory=dict)
    attachments: int = 0
    heading: str = ""  # the group heading it sits under ("KKR")
    line: int = 0

    @property
    def is_eventuelt(self) -> bool:
        return self.title.strip().rstrip(".").lower() in ("eventuelt", "evt.", "evt")

    def to_dict(self) -> dict[str, Any]:
        return {"number": self.number, "title": self.title, "case_number": self.case_number,
                "initials": self.initials, "sections": dict(self.sections),
                "attachments": self.attachments, "heading": self.heading,
                "eventuelt": self.is_eventuelt, "line": self.line}


@dataclass
class AgendaHeader:
    date: dt.date | None = None
    start_time: dt.time | None = None
    end_time: dt.time | None = None
    place: str = ""
    body: str = ""
    title: str = ""
    group_meeting_start: dt.time | None = None
    group_meeting_end: dt.time | None = None

    @property
    def body_kind(self) -> str:
        return body_kind_of(self.body)

    def to_dict(self) -> dict[str, Any]:
        hm = (lambda t: t.strftime("%H:%M") if t else None)
        return {"date": self.date.isoformat() if self.date else None, "time": hm(self.start_time),
                "end_time": hm(self.end_time), "place": self.place, "body": self.body,
                "body_kind": self.body_kind, "title": self.title,
                "group_meeting": {"start": hm(self.group_meeting_start),
                                  "end": hm(self.group_meeting_end)}}


@dataclass
class Agenda:
    meeting: AgendaHeader
    items: list[AgendaItemData]
    warnings: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {"meeting": self.meeting.to_dict(), "items": [i.to_dict() for i in self.items],
                "warnings": list(self.warnings)}


def body_kind_of(body: str) -> str:
    """vocab.MEETING_BODIES code for a body name."""
    b = body.lower()
    if "kkr" in b or "kommunekontaktråd" in b:
        return "kkr"
    if re.search(r"udvalg", b):
        return "committee"
    if re.search(r"borgerrepræsentation|kommunalbestyrelse|byråd|kommunalråd|regionsråd", b):
        return "council"
    return "other" if b else "council"


# --- the parser ---------------------------------------------------------------------------

_BODY_RE = re.compile(r"(KKR|kommunekontaktråd|borgerrepræsentation|kommunalbestyrelse|byråd"
                      r"|regionsråd|udvalg)", re.IGNORECASE)
_GROUP_MEETING_RE = re.compile(r"gruppemøde|formøde|gruppeformøde|politiske grupper", re.IGNORECASE)
_DATE_LABEL_RE = re.compile(r"^(?:møde)?dato(?:\s+og\s+(?:tid|tidspunkt|sted))?\s*[:.]?\s*(?P<v>.*)$",
                            re.IGNORECASE)
_TIME_LABEL_RE = re.compile(r"^(?:mødetidspunkt|tidspunkt|mødetid|tid|kl|starttid|start)\s*[:.]\s*(?P<v>.*)$",
                            re.IGNORECASE)
_PLACE_LABEL_RE = re.compile(r"^(?:mødested|sted|mødelokale|lokale|adresse)\s*:\s*(?P<v>.*)$",
                             re.IGNORECASE)
_END_LABEL_RE = re.compile(r"^(?:sluttidspunkt|sluttid|slut|afsluttet)\s*[:.]\s*(?P<v>.*)$",
                           re.IGNORECASE)


class _Doc:
    def __init__(self, lines: list[str]):
        self.raw = lines
        self.text = [ln.strip() for ln in lines]
        self.drop: set[int] = set()
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

    def find_furniture(self) -> None:
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
        for i, s in enumerate(t):
            if 4 <= len(s) <= 160:
                groups.setdefault(re.sub(r"\d+", "#", s.lower()), []).append(i)
        for key, where in groups.items():
            if len(where) < 3:
                continue
            sample = t[where[0]]
            if case_of(sample) or section_name(sample) or _candidate(sample) \
                    or TITLE_CASE_RE.search(sample) or not re.search(r"[^\W\d_]{3}", sample):
                continue
            variants = {t[i] for i in where}
            pageish = re.search(r"\bside\b|\bpage\b|dagsorden|referat|mødedato|#-#-#|#\.#\.#", key)
            if pageish or len(variants) >= 3:
                self.drop.update(where)

    def visible(self, i: int) -> str:
        return "" if i in self.drop else self.text[i]


def _candidates(doc: _Doc) -> list[_Candidate]:
    out: list[_Candidate] = []
    for i, s in enumerate(doc.text):
        if not s or i in doc.drop:
            continue
        c = _candidate(s)
        if c:
            out.append(_Candidate(i, c[0], c[1]))
    # Weigh each: a case number or a section heading right after it means a real item.
    for k, c in enumerate(out):
        stop = out[k + 1].index if k + 1 < len(out) else len(doc.text)
        seen = 0
        w = 1.0
        has_case = bool(TITLE_CASE_RE.search(c.title))
        has_section = False
        for j in range(c.index + 1, min(stop, c.index + 40)):
            s = doc.visible(j)
            if not s:
                continue
            seen += 1
            if seen <= 8 and case_of(s):
                has_case = True
            if seen <= 12 and section_name(s):
                has_section = True
        if has_case:
            w += 2.0
        if has_section:
            w += 1.0
        if c.title[0].islower():
            w -= 0.7
        if re.search(r",\s+(?:at|der|som|og|men)\s", c.title) or c.title.endswith((",", ";")):
            w -= 0.5
        c.weight = max(w, 0.1)
    return out


MAX_GAP = 5  # closed items are left out of public agendas: 302, 303, 306


def _choose(cands: list[_Candidate]) -> list[_Candidate]:
    """The heaviest chain of candidates whose numbers follow each other (see module doc)."""
    n = len(cands)
    if n == 0:
        return []
    best = [0.0] * n
    prev = [-1] * n
    by_prefix: dict[tuple[int, ...], list[int]] = {}
    for i, c in enumerate(cands):
        num = c.number
        best[i] = c.weight
        options: list[tuple[float, int]] = []
        # the next sibling (or a sibling of an ancestor), maybe after a gap; any earlier
        # candidate under that sibling's number is a valid predecessor
        if num[-1] > 1 or len(num) > 0:
            for gap in range(1, MAX_GAP + 1):
                if num[-1] - gap < 1:
                    break
                key = num[:-1] + (num[-1] - gap,)
                for j in by_prefix.get(key, ()):
                    options.append((best[j] - 0.4 * (gap - 1), j))
        # the first child of its parent
        if len(num) > 1 and num[-1] == 1:
            for j in by_prefix.get(num[:-1], ()):
                if cands[j].number == num[:-1]:
                    options.append((best[j], j))
        if options:
            score, j = max(options)
            if score + c.weight > best[i]:
                best[i] = score + c.weight
                prev[i] = j
        for k in range(1, len(num) + 1):
            by_prefix.setdefault(num[:k], []).append(i)
    i = max(range(n), key=lambda k: (best[k], -k))
    chain = []
    while i != -1:
        chain.append(cands[i])
        i = prev[i]
    chain.reverse()
    return chain


def _paragraphs(doc: _Doc, indices: list[int]) -> str:
    """Reflow body lines into paragraphs (joined wraps, hyphenation undone)."""
    paras: list[list[str]] = [[]]
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
        numbered = _LIST_RE.match(s) and cur and cur[-1].split()[-1].lower() not in _NUMBER_BEFORE
        if not cur or _BULLET_RE.match(s) or numbered or cur[-1].endswith(":"):
            cur.append(s)
        else:
            cur[-1] = join_wrapped(cur[-1], s)
    return "\n\n".join("\n".join(p) for p in paras if p).strip()


def _parse_item(doc: _Doc, cand: _Candidate, stop: int, heading: str) -> AgendaItemData:
    title = cand.title
    i = cand.index + 1
    taken = 0
    # Title continuation: adjacent lines (or across blanks after a hyphen) that are
    # neither a case number, a section heading nor a bullet.
    while i < stop and taken < 4:
        s = doc.visible(i)
        if not s:
            if title.endswith("-") and i + 1 < stop:
                i += 1
                continue
            break
        if case_of(s) or section_name(s) or _BULLET_RE.match(s) or len(title) > 250:
            break
        title = join_wrapped(title, s)
        taken += 1
        i += 1
    title = " ".join(title.split())
    item = AgendaItemData(number=".".join(str(p) for p in cand.number), title=title,
                          heading=heading, line=cand.index + 1)
    m = TITLE_CASE_RE.search(item.title)
    if m:
        item.case_number = m.group("case")
        item.title = item.title[:m.start()].rstrip(" -–,")
    # Case number lines right after the title; then the sections.
    current: str | None = None
    body: dict[str, list[int]] = {}
    order: list[str] = []
    seen_text = 0
    for j in range(i, stop):
        s = doc.visible(j)
        if s and seen_text <= 6 and current is None:
            found = case_of(s)
            if found:
                if not item.case_number:
                    item.case_number = found[0]
                if found[1] and not item.initials:
                    item.initials = found[1]
                continue
            officer = OFFICER_RE.match(s)
            if officer:
                item.initials = item.initials or _initials(officer.group("ini"))
                continue
        if s:
            seen_text += 1
            item.attachments += len(ATTACHMENT_RE.findall(s))
            name = section_name(s)
            if name:
                key = name
                n = 2
                while key in body:
                    key = f"{name} ({n})"
                    n += 1
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
        text = _paragraphs(doc, body[key])
        if text or key != "Tekst":
            item.sections[key] = text
    return item


def _parse_header(doc: _Doc, stop: int, warnings: list[str]) -> AgendaHeader:
    head = AgendaHeader()
    t = doc.text
    date_line = None
    for i in range(stop):
        s = t[i]
        if not s:
            continue
        m = _DATE_LABEL_RE.match(s)
        if m and head.date is None:
            found = find_date(m.group("v"))
            if found is None and m.group("v").strip() and re.search(r"\d", m.group("v")):
                raise AgendaError(f"Mødedatoen »{m.group('v').strip()}« kan ikke læses "
                                  "(brug fx 26-01-2026 eller 26. januar 2026).",
                                  f"The meeting date '{m.group('v').strip()}' cannot be read "
                                  "(use e.g. 26-01-2026 or 26 January 2026).", i + 1)
            if found:
                head.date, date_line = found.date, i
                rest = m.group("v")[found.end:]
                head.start_time, head.end_time = find_time_range(rest)
                if found.weekday_conflict:
                    warnings.append(_weekday_warning(found, i + 1))
            continue
        m = _TIME_LABEL_RE.match(s)
        if m and head.start_time is None:
            head.start_time, end = find_time_range(m.group("v"))
            head.end_time = head.end_time or end
            continue
        m = _END_LABEL_RE.match(s)
        if m and head.end_time is None:
            head.end_time = find_time_range(m.group("v"))[0]
            continue
        m = _PLACE_LABEL_RE.match(s)
        if m and not head.place:
            place = m.group("v").strip()
            j = i + 1
            blanks = 0
            while place.endswith(",") and j < stop and blanks <= 2:
                nxt = t[j]
                j += 1
                if not nxt:
                    blanks += 1
                    continue
                blanks = 0
                place = place + " " + nxt
            head.place = place.strip().rstrip(".").strip()
            continue
    if head.date is None:
        # No "Dato:" label: the first full date in the header ("Torsdag den 12. marts 2026").
        for i in range(stop):
            if i in doc.drop or not t[i]:
                continue
            found = find_date(t[i])
            if found and (LONG_DATE_RE.search(t[i]) or NUM_DATE_RE.search(t[i])):
                head.date, date_line = found.date, i
                if head.start_time is None:
                    head.start_time, head.end_time = find_time_range(t[i][found.end:])
                if found.weekday_conflict:
                    warnings.append(_weekday_warning(found, i + 1))
                break
    # The body: a letter-spaced title or a line naming a council, committee or KKR.
    for i in range(stop):
        s = t[i]
        if not s or i in doc.drop or len(s) > 80 or i == date_line:
            continue
        if _DATE_LABEL_RE.match(s) or _PLACE_LABEL_RE.match(s) or _TIME_LABEL_RE.match(s):
            continue
        u = _unspace(s)
        if not head.title and re.fullmatch(r"(?:dagsorden|referat|indkaldelse)\b.*", u, re.IGNORECASE) \
                and len(u) <= 60:
            head.title = _nice_case(re.sub(r"\s+\d{4}$", "", u))
            m = _BODY_RE.search(u)
            if m and not head.body:
                rest = re.sub(r"^(?:dagsorden|referat|indkaldelse)\s+(?:for|til)?\s*", "", u,
                              flags=re.IGNORECASE)
                rest = re.sub(r"^(?:mødet?\s+i\s+)", "", rest, flags=re.IGNORECASE)
                head.body = _nice_case(rest.split(" den ")[0].strip(" -–,"))
            continue
        if not head.body and _BODY_RE.search(u) and not u.endswith(".") and len(u.split()) <= 8:
            head.body = _nice_case(u.strip(" -–,"))
    # Group meetings before the meeting: "gruppemøder ... i tidsrummet fra kl. 09:00-10:30".
    text = ""
    for i in range(stop):
        if t[i] and i not in doc.drop:
            text = join_wrapped(text, t[i]) if text else t[i]
    for sentence in re.split(r"(?<=[.!?])\s+(?=[A-ZÆØÅ])", text):
        kw = _GROUP_MEETING_RE.search(sentence)
        if kw:
            # the time after the word ("gruppemøder ... kl. 09:00-10:30") is the group's
            start, end = find_time_range(sentence[kw.start():])
            if start is None:
                start, end = find_time_range(sentence)
            if start:
                head.group_meeting_start, head.group_meeting_end = start, end
                break
    return head


def _weekday_warning(found: FoundDate, line: int) -> str:
    real = WEEKDAYS_DA[found.date.weekday()]
    return (f"Linje {line}: {found.weekday} passer ikke med datoen {found.date:%d-%m-%Y}, "
            f"som er en {real}.")


def parse_agenda(text: Any) -> Agenda:
    """Parse an agenda's text. Raises AgendaError (a ValidationError) naming the problem."""
    lines = check_text(text)
    doc = _Doc(lines)
    doc.find_furniture()
    chain = _choose(_candidates(doc))
    if not chain:
        last = max((i for i, s in enumerate(doc.text) if s), default=0) + 1
        raise AgendaError(
            "Ingen nummererede dagsordenspunkter fundet (fx »1.2. Titel« eller »302. Titel«); "
            "filen ligner ikke en dagsorden. Læsningen stoppede ved filens slutning",
            "No numbered agenda items found (such as '1.2. Title' or '302. Title'); the file "
            "does not look like an agenda. Reading stopped at the end of the file", last)
    warnings: list[str] = []
    first = chain[0].index
    header = _parse_header(doc, first, warnings)
    if header.date is None:
        raise AgendaError(
            "Dagsordenens hoved har ingen mødedato (fx »Dato: 26-01-2026 10:30«); læsningen "
            "stoppede ved første punkt",
            "The agenda header has no meeting date (such as 'Dato: 26-01-2026 10:30'); reading "
            "stopped at the first item", first + 1)
    items: list[AgendaItemData] = []
    heading = ""
    for k, cand in enumerate(chain):
        nxt = chain[k + 1] if k + 1 < len(chain) else None
        stop = nxt.index if nxt else len(lines)
        if nxt is not None and len(nxt.number) > len(cand.number) \
                and nxt.number[:len(cand.number)] == cand.number:
            heading = cand.title  # a group heading ("1. KKR") with items under it
            continue
        item = _parse_item(doc, cand, stop, heading if len(cand.number) > 1 else "")
        items.append(item)
    has_structure = any(i.case_number or i.sections for i in items)
    if not has_structure and len(items) < 2:
        raise AgendaError(
            "Der er kun ét nummereret punkt og hverken sagsnumre eller afsnit (Baggrund, "
            "Indstilling ...); filen ligner ikke en dagsorden",
            "There is only one numbered item and neither case numbers nor sections "
            "(Baggrund, Indstilling ...); the file does not look like an agenda",
            chain[0].index + 1)
    return Agenda(header, items, warnings)
