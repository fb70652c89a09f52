"""What one line of an agenda is: a section heading (``Baggrund``, ``Beslutning i ...``),
a case number line (``SAG-2024-04469 rojh``, ``Sagsnr.: 24/12345``, ``Åbent - 01.00.00-G01-93-16``),
a group heading (``A. Sager til afgørelse``) or a numbered item heading in one of the layouts
councils print: ``1.2. Titel``, ``1. Titel``, ``1.Titel``, ``1 Titel``, ``Punkt 5: Titel``,
``Pkt. 5 Titel``, ``Indholdsfortegnelse1. Titel`` (glued by a web page's text).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from secretary_app.domain.agenda.text_layout import PATTERN_SPAN
from secretary_app.domain.danish_dates_lexer import MONTH_ALT, WEEKDAY_ALT

ATTACHMENT_RE = re.compile(r"(?:(?<=\s)|^)\./\.+")

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
    "Andre konsekvenser", "Bemærkninger", "Afgørelse", "Beslutninger", "Beslutningspunkter",
    "Sagsforløb", "Tidligere behandling", "Administrativ indstilling", "Personale",
    "Personalemæssige konsekvenser", "Retsregler og andre forskrifter", "Sagsresume",
    "Indstillinger", "Bilagsliste", "Bilagsfortegnelse", "Protokol", "Protokollat",
    "Supplerende oplysninger", "Sagens tidligere behandling", "Lovgivning", "Handicappolitik",
)
_SECTION_KEYS = {n.lower(): n for n in SECTION_NAMES}
# "Beslutning i Borgerrepræsentationen den 12. marts 2026", "Forvaltningens indstilling"
_SECTION_PREFIX_RE = re.compile(
    r"^(?:(?:beslutning|indstilling|supplerende sagsfremstilling|referat|sagsfremstilling)"
    r"\s+(?:i|fra|til|den|på|af)\b.*"
    r"|\w+s\s+(?:indstilling|vurdering|beslutning|bemærkninger))$", re.IGNORECASE)


def is_section_word(text: str) -> bool:
    """Exactly a known section heading (``Beslutning``), not one of the longer forms."""
    return text.strip().rstrip(":").strip().lower() in _SECTION_KEYS


def section_name(text: str) -> str | None:
    """The section a heading line opens, or None."""
    if len(text) > 200:
        return None
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
CASE_LINE_RE = re.compile(rf"^(?:(?i:åbent|åben|lukket)\s*[-–:]\s*)?(?P<case>{_CASE_NO})(?:\s+(?P<ini>{_INITIALS}))?$")
LABELLED_CASE_RE = re.compile(
    r"^(?:sagsnr|sags\s*nr|sagsnummer|sags-?id|j\.?\s*nr|journalnr|journalnummer|"
    r"dok(?:ument)?\.?\s*nr)\.?\s*:?\s*"
    r"(?P<case>[A-Za-zÆØÅæøå0-9][\w./-]*\d[\w./-]*)"
    r"(?:\s*[,;]?\s*(?:sagsbehandler|initialer|sb)\.?\s*:?\s*(?P<ini>.+?))?\s*$",
    re.IGNORECASE)
OFFICER_RE = re.compile(r"^(?:sagsbehandler|initialer|sb)\.?\s*:\s*(?P<ini>.+?)\s*$", re.IGNORECASE)
TITLE_CASE_RE = re.compile(rf"\s*[(\[]\s*(?:sagsnr\.?:?\s*)?(?P<case>{_CASE_NO})\s*[)\]]\s*$",
                           re.IGNORECASE)


def initials_of(text: str | None) -> str:
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
    if len(text) > 200:
        return None
    s = " ".join(text.split())
    m = CASE_LINE_RE.match(s)
    if m:
        return m.group("case"), m.group("ini") or ""
    m = LABELLED_CASE_RE.match(s)
    if m:
        return m.group("case").rstrip(".,;"), initials_of(m.group("ini"))
    return None


# --- item headings ----------------------------------------------------------------------

_PUNKT_RE = re.compile(r"^(?:(?:dagsordens)?(?:punkt|pkt\.?)|sag(?:\s+nr\.?)?)\s*(?P<n>\d{1,4})\s*[.:)]?\s+"
                       r"(?P<title>\S.*)$", re.IGNORECASE)
# "Punkt 5" alone on its line, the title below
PUNKT_ALONE_RE = re.compile(r"^(?:(?:dagsordens)?(?:punkt|pkt\.?)|sag\s+nr\.?)\s*(?P<n>\d{1,4})\s*[.:]?$",
                            re.IGNORECASE)
_DOTTED_RE = re.compile(r"^(?P<n>\d{1,4}(?:\.\d{1,3}){0,3})\.\s+(?P<title>\S.*)$")
_SUBNUMBER_RE = re.compile(r"^(?P<n>\d{1,4}(?:\.\d{1,3}){1,3})\s+(?P<title>\S.*)$")
_NOSPACE_RE = re.compile(r"^(?P<n>\d{1,4})\.(?P<title>[A-ZÆØÅ][^\d.].*)$")
_NODOT_RE = re.compile(r"^(?P<n>\d{1,3})\s+(?P<title>[A-ZÆØÅ\"”“'(].*)$")
_GLUED_RE = re.compile(r"^(?P<pre>[A-ZÆØÅa-zæøå]{4,})(?P<n>\d{1,3})\.\s*(?P<title>[A-ZÆØÅ].*)$")
TOC_TAIL_RE = re.compile(r"(?:\s*(?:\.{3,}|…{2,})\s*|\s{3,}|\t)\s*\d{1,4}\s*$")
_DATE_START_RE = re.compile(rf"^(?:(?:{WEEKDAY_ALT})\b|(?:{MONTH_ALT})\b)", re.IGNORECASE)
GROUP_HEADING_RE = re.compile(
    r"^(?:(?:[A-H]|[IVX]{1,4})\.\s+[A-ZÆØÅ].{2,120}"
    r"|(?:åbne|lukkede|åben|lukket)\s+(?:dagsordens)?(?:punkter|sager|dagsorden|møde)"
    r"|sager\s+til\s+\w+.{0,60})$", re.IGNORECASE)
SAG_NR_RE = re.compile(r"^sag\s+nr\.?\s*(?P<n>\d{1,4})\.?$", re.IGNORECASE)
_LETTERS_RE = re.compile(r"[A-Za-zÆØÅæøåÄÖÜäöüé]")


@dataclass
class HeadingLine:
    number: tuple[int, ...]
    title: str
    style: str  # "dot" (1. / 1.2. / 1.Titel), "nodot" (1 Titel), "punkt" (Punkt 1:), "bare"
    toc: bool = False  # with dot leaders or a page number: a table of contents line


def heading_of(text: str) -> HeadingLine | None:
    """The item number and title when ``text`` could open an item."""
    if len(text) > PATTERN_SPAN:
        text = text[:PATTERN_SPAN]
    style = "dot"
    m = _PUNKT_RE.match(text)
    if m:
        style = "punkt"
    else:
        m = _DOTTED_RE.match(text) or _SUBNUMBER_RE.match(text) or _NOSPACE_RE.match(text) \
            or _GLUED_RE.match(text)
        if not m:
            m = _NODOT_RE.match(text)
            style = "nodot"
    if not m:
        return None
    number = tuple(int(p) for p in m.group("n").split("."))
    title = m.group("title").strip()
    toc = False
    tail = TOC_TAIL_RE.search(title)
    if tail:
        title, toc = title[:tail.start()].rstrip(" ."), True
    if not title or not _LETTERS_RE.search(title) or number[0] == 0 or any(p > 999 for p in number[1:]):
        return None
    first = title[0]
    if style != "punkt" and first.isalpha() and not first.isupper():
        return None  # "1. stedfortræder på liste V ..." continues a sentence
    if style == "nodot" and (_DATE_START_RE.match(title) or number[0] > 999):
        return None
    if len(number) == 1 and _DATE_START_RE.match(title) and re.match(r"^\S+\s+(?:den\s+)?\d", title):
        return None  # "2026 Mandag den 26. januar" is a plan row
    return HeadingLine(number, title, style, toc)
