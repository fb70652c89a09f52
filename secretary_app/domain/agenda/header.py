"""The meeting header before the first item: date and time (``Dato: 26-01-2026 10:30``,
``Mødedato`` with the value on the next line, ``den 27. august 2025 kl. 16.00``,
``05-12-2017 17:00:00``, ``Tid: 17:00 - 19:10``), place, body, title and the group
meetings' time. Without a dated header, the date the minutes give the meeting
(``beslutning i mødet den 31. marts 2020``, ``Mødet startede kl. 15.30``)."""

from __future__ import annotations

import re

from secretary_app.domain.agenda.model import AgendaError, AgendaHeader
from secretary_app.domain.agenda.text_layout import PATTERN_SPAN, Doc, Paragraph, nice_case, unspace
from secretary_app.domain.danish_dates_lexer import (
    LONG_DATE_RE, NUM_DATE_RE, FoundDate, find_date, find_time_range,
)
from secretary_app.domain.dates import WEEKDAYS_DA

BODY_RE = re.compile(r"(KKR|kommunekontaktråd|borgerrepræsentation|kommunalbestyrelse|byråd"
                     r"|regionsråd|udvalg)", re.IGNORECASE)
_GROUP_MEETING_RE = re.compile(r"gruppemøde|formøde|gruppeformøde|politiske grupper", re.IGNORECASE)
_DATE_LABEL_RE = re.compile(r"^(?:møde)?dato(?:\s+og\s+(?:tid|tidspunkt|sted))?\s*[:.]?\s*(?P<v>.*)$",
                            re.IGNORECASE)
_TIME_LABEL_RE = re.compile(r"^(?:mødetidspunkt|starttidspunkt|tidspunkt|mødetid|mødestart|klokkeslæt|tid og sted"
                            r"|tid|kl|starttid|start)\s*[:.]\s*(?P<v>.*)$",
                            re.IGNORECASE)
_PLACE_LABEL_RE = re.compile(r"^(?:mødested|sted|mødelokale|lokale|adresse)\s*:\s*(?P<v>.*)$",
                             re.IGNORECASE)
_END_LABEL_RE = re.compile(r"^(?:sluttidspunkt|sluttid|slut|afsluttet)\s*[:.]\s*(?P<v>.*)$",
                           re.IGNORECASE)
_BODY_LABEL_RE = re.compile(r"^(?:udvalg|mødeforum|forum)\s*:\s*(?P<v>.*)$", re.IGNORECASE)
# "Økonomiudvalgets beslutning i mødet den 31. marts 2020", "Beslutning i Byrådet den 18-02-2019"
_MEETING_DATE_RE = re.compile(r"\b(?:mødet|møde|beslutning)\b[^\n.]{0,80}?\bden\s+(?=\d)", re.IGNORECASE)
_STARTED_RE = re.compile(r"\bmødet\s+(?:startede|begyndte|start(?:er)?|begynder|blev\s+(?:indledt|åbnet|sat))"
                         r"\b[^.\n]{0,30}?\bkl\.?\s*(?=\d)", re.IGNORECASE)
HEADER_SCAN = 400  # a header is never longer; labels beyond are other meetings (Sagsforløb)


def _value(doc: Doc, i: int, value: str, stop: int) -> str:
    """A label's value, on its own line or (web pages) the next non-blank line."""
    value = value.strip()
    if value:
        return value
    for j in range(i + 1, min(stop, i + 4)):
        if doc.text[j]:
            s = doc.text[j]
            if not re.match(r"^[\wæøå ]{1,20}:", s, re.IGNORECASE):
                return s
            break
    return ""


def weekday_warning(found: FoundDate, line: int) -> str:
    real = WEEKDAYS_DA[found.date.weekday()]
    return (f"Linje {line}: {found.weekday} passer ikke med datoen {found.date:%d-%m-%Y}, "
            f"som er en {real}.")


def parse_header(doc: Doc, stop: int, warnings: list[str]) -> AgendaHeader:
    head = AgendaHeader()
    t = doc.text
    stop = min(stop, HEADER_SCAN)
    date_line = None
    for i in range(stop):
        s = t[i][:PATTERN_SPAN]
        if not s:
            continue
        m = _DATE_LABEL_RE.match(s)
        if m and head.date is None:
            v = _value(doc, i, m.group("v"), stop)
            found = find_date(v)
            if found is None and v and re.search(r"\d", v) and len(v) < 60:
                raise AgendaError(f"Mødedatoen »{v}« kan ikke læses "
                                  "(brug fx 26-01-2026 eller 26. januar 2026).",
                                  f"The meeting date '{v}' cannot be read "
                                  "(use e.g. 26-01-2026 or 26 January 2026).", i + 1)
            if found:
                head.date, date_line = found.date, i
                start, end = find_time_range(v[found.end:])
                if start:
                    head.start_time, head.end_time = start, end
                if found.weekday_conflict:
                    warnings.append(weekday_warning(found, i + 1))
            continue
        m = _TIME_LABEL_RE.match(s)
        if m and head.start_time is None:
            head.start_time, end = find_time_range(_value(doc, i, m.group("v"), stop))
            head.end_time = head.end_time or end
            continue
        m = _END_LABEL_RE.match(s)
        if m and head.end_time is None:
            head.end_time = find_time_range(_value(doc, i, m.group("v"), stop))[0]
            continue
        m = _BODY_LABEL_RE.match(s)
        if m and not head.body:
            head.body = _value(doc, i, m.group("v"), stop)[:120]
            continue
        m = _PLACE_LABEL_RE.match(s)
        if m and not head.place:
            place = _value(doc, i, m.group("v"), stop)
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
            head.place = place.strip().rstrip(".").strip()[:200]
            continue
    if head.date is None:
        # No "Dato:" label: the first full date in the header ("Torsdag den 12. marts 2026").
        for i in range(stop):
            if i in doc.drop or not t[i]:
                continue
            s = t[i][:PATTERN_SPAN]
            found = find_date(s)
            if found and (LONG_DATE_RE.search(s) or NUM_DATE_RE.search(s)):
                head.date, date_line = found.date, i
                if head.start_time is None:
                    head.start_time, head.end_time = find_time_range(s[found.end:][:40])
                if found.weekday_conflict:
                    warnings.append(weekday_warning(found, i + 1))
                break
    if head.date is None:
        _date_from_minutes(doc, head)
    if head.start_time is None:
        for s in t:
            m = _STARTED_RE.search(s[:PATTERN_SPAN])
            if m:
                head.start_time = find_time_range(s[m.end():][:40])[0]
                break
    _body_and_title(doc, head, stop, date_line)
    _group_meeting(doc, head, stop)
    return head


def _date_from_minutes(doc: Doc, head: AgendaHeader) -> None:
    for s in doc.text:
        m = _MEETING_DATE_RE.search(s[:PATTERN_SPAN])
        if m:
            found = find_date(s[m.end():][:40])
            if found and found.start == 0:
                head.date = found.date
                return


def _body_and_title(doc: Doc, head: AgendaHeader, stop: int, date_line: int | None) -> None:
    """The body: a letter-spaced title or a line naming a council, committee or KKR."""
    t = doc.text
    for i in range(stop):
        s = t[i]
        if not s or i in doc.drop or len(s) > 80 or i == date_line:
            continue
        if _DATE_LABEL_RE.match(s) or _PLACE_LABEL_RE.match(s) or _TIME_LABEL_RE.match(s):
            continue
        u = unspace(s)
        if not head.title and re.fullmatch(r"(?:dagsorden|referat|indkaldelse)\b.*", u, re.IGNORECASE) \
                and len(u) <= 60:
            head.title = nice_case(re.sub(r"\s+\d{4}$", "", u))
            m = BODY_RE.search(u)
            if m and not head.body:
                rest = re.sub(r"^(?:dagsorden|referat|indkaldelse)\s+(?:for|til)?\s*", "", u,
                              flags=re.IGNORECASE)
                rest = re.sub(r"^(?:mødet?\s+i\s+)", "", rest, flags=re.IGNORECASE)
                rest = re.split(r"\s+(?:den|d\.)\s+", rest)[0]
                head.body = nice_case(rest.strip(" -–,"))
            continue
        if not head.body and BODY_RE.search(u) and not u.endswith(".") and len(u.split()) <= 8:
            head.body = nice_case(re.sub(r"^mødet?\s+i\s+", "", u, flags=re.IGNORECASE).strip(" -–,"))


def _group_meeting(doc: Doc, head: AgendaHeader, stop: int) -> None:
    """Group meetings before the meeting: "gruppemøder ... i tidsrummet fra kl. 09:00-10:30"."""
    para = Paragraph()
    for i in range(stop):
        if doc.text[i] and i not in doc.drop:
            para.add(doc.text[i])
    text = para.text()
    if not _GROUP_MEETING_RE.search(text):
        return
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
