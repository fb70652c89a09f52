"""Read a plan of meeting dates as councils print them::

    Byrådsmøder 2012                      2026
    ... følgende onsdage kl. 17.00:       Mandag den 26. januar (konstituerende møde)
    18. januar                            Onsdag den 25. marts
    Vinterferie                           ...
    19. september kl. 15.00 (1. budgetbehandling)
                                          Møderne afholdes fra kl. 10.00-12.00 ...

The year comes from a heading (``2026``, ``Byrådsmøder 2012``), the intro (``i 2012``), the
table form ``2022  Fredag den 25. marts`` or the date itself. Dates with or without a
weekday, month before day (``Januar 20.``), two dates on one line (``18. og 25. januar``,
``6. juni og 20. juni``), a line's own time and note; holiday lines and bracketed side
events are not meetings. A body heading (``Økonomiudvalget``) names the body for the dates
under it. A weekday that contradicts its date is reported as a problem on its line.
Pure Python; the service layer stores the meetings.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Any

from secretary_app.domain.agenda.model import AgendaError
from secretary_app.domain.agenda.text_layout import PATTERN_SPAN, Paragraph, check_text, join_wrapped
from secretary_app.domain.danish_dates_lexer import (
    MONTH_ALT, MONTH_NUMBERS, WEEKDAY_ALT, WEEKDAY_NUMBERS, find_time_range,
)
from secretary_app.domain.dates import WEEKDAYS_DA

_YEAR_RE = re.compile(r"^(?P<y>(?:19|20)\d{2})\s*(?P<rest>.*)$")
_WD = rf"(?:(?P<wd>{WEEKDAY_ALT})\.?,?\s+(?:(?:den|d\.)\s+)?)"
_ENTRY_RE = re.compile(
    rf"^{_WD}?(?P<d>\d{{1,2}})\.\s*(?:(?:og|&|,)\s*(?P<d2>\d{{1,2}})\.\s*)?(?P<m>{MONTH_ALT})\.?"
    r"(?:\s+(?P<y>(?:19|20)\d{2}))?\b(?P<rest>.*)$", re.IGNORECASE)
_MONTH_FIRST_RE = re.compile(
    rf"^{_WD}?(?P<m>{MONTH_ALT})\.?\s+(?P<d>\d{{1,2}})\.?(?:\s+(?P<y>(?:19|20)\d{{2}}))?(?![\d:])(?P<rest>.*)$",
    re.IGNORECASE)
# "Mandag 26-01-2026" / "Mandag den 26.01.2026"
_NUM_ENTRY_RE = re.compile(
    rf"^{_WD}?(?P<d>\d{{1,2}})(?P<sep>[-./])(?P<m>\d{{1,2}})(?P=sep)(?P<y>\d{{4}})\b(?P<rest>.*)$",
    re.IGNORECASE)
_MORE_RE = re.compile(r"^\s*(?:,|og|&|samt|/|;|\s)\s*")
# a table row "Økonomiudvalget  12. januar  9. februar": the body, then its dates
_BODY_ROW_RE = re.compile(
    r"^(?P<body>(?:[A-ZÆØÅ][^\d:]{0,60}?)?(?:udvalg(?:et)?|byråd(?:et)?|kommunalbestyrelsen?|regionsråd(?:et)?"
    r"|borgerrepræsentationen|KKR [A-ZÆØÅ][\wæøå]+))\s*[:–-]?\s+(?P<rest>\S.*)$", re.IGNORECASE)
# what may follow a date without a weekday on its line: a time and a note in brackets
_PLAIN_REST_RE = re.compile(r"^\s*[,;:-]?\s*(?:kl\.?\s*\d{1,2}(?:[.:]\d{2})?(?:\s*[-–]\s*\d{1,2}(?:[.:]\d{2})?)?)?"
                            r"\s*[,;-]?\s*(?:\(.*)?$", re.IGNORECASE)
_YEAR_HEADING_RE = re.compile(r"(?<![-\d./])(?P<y>(?:19|20)\d{2})(?![-\d./])")
_MEETING_WORD_RE = re.compile(r"møde|byråd|udvalg|kommunalbestyrelse|regionsråd|kkr|plan|kalender",
                              re.IGNORECASE)
_BODY_HEADING_RE = re.compile(
    r"^(?:[A-ZÆØÅ][\wæøåÆØÅ &,.-]{0,60}?)?(?:udvalg(?:et)?|byråd(?:et)?|kommunalbestyrelsen?|regionsråd(?:et)?"
    r"|borgerrepræsentationen|magistraten|KKR [A-ZÆØÅ][\wæøå]+)$", re.IGNORECASE)
_BODY_IN_TEXT_RE = re.compile(
    r"\b(?P<b>(?:[A-ZÆØÅ][\wæøå]+\s+)?(?:Byråd(?:et)?|Kommunalbestyrelsen?|Regionsråd(?:et)?)"
    r"|KKR\s+[A-ZÆØÅ][\wæøå]+"
    r"|[A-ZÆØÅ][\wæøå-]*udvalg(?:et)?)\b")
_DEFAULT_TIME_RE = re.compile(r"møder(?:ne)?\s+(?:afholdes|holdes|starter|begynder|er)\b"
                              r"|\b(?:afholder|holder)\b.*møder", re.IGNORECASE)
_GROUP_RE = re.compile(r"gruppemøde|formøde|politiske grupper", re.IGNORECASE)


@dataclass
class PlanProblem:
    line: int
    da: str
    en: str

    def message(self, lang: str = "da") -> str:
        return self.en if lang == "en" else self.da


@dataclass
class PlanEntry:
    date: dt.date
    weekday: str  # as written ("" when the line names none)
    note: str = ""
    line: int = 0
    start_time: dt.time | None = None  # only when the line names its own time
    end_time: dt.time | None = None
    body: str = ""  # the body heading the date stands under, if the plan has several

    @property
    def weekday_ok(self) -> bool:
        if not self.weekday:
            return True
        return WEEKDAY_NUMBERS.get(self.weekday.lower().rstrip(".")) == self.date.weekday()


@dataclass
class MeetingPlan:
    entries: list[PlanEntry]
    start_time: dt.time | None = None
    end_time: dt.time | None = None
    group_meeting_start: dt.time | None = None
    group_meeting_end: dt.time | None = None
    place: str = ""
    body: str = ""  # the body the plan names in its heading or intro
    problems: list[PlanProblem] = field(default_factory=list)

    def times_for(self, entry: PlanEntry) -> tuple[dt.time | None, dt.time | None,
                                                   dt.time | None, dt.time | None]:
        """(start, end, group start, group end) for one meeting.

        The group meeting is the one the text states, else the hour before the meeting."""
        start = entry.start_time or self.start_time
        end = entry.end_time if entry.start_time else self.end_time
        if entry.start_time is None and self.group_meeting_start is not None:
            return start, end, self.group_meeting_start, self.group_meeting_end
        if start is None or start.hour < 1:
            return start, end, None, None
        return start, end, start.replace(hour=start.hour - 1), start

    def to_dict(self) -> dict[str, Any]:
        hm = (lambda t: t.strftime("%H:%M") if t else None)
        out = []
        for e in self.entries:
            s, en, gs, ge = self.times_for(e)
            out.append({"date": e.date.isoformat(), "weekday": e.weekday, "note": e.note,
                        "line": e.line, "time": hm(s), "end_time": hm(en),
                        "body": e.body or self.body,
                        "group_meeting": {"start": hm(gs), "end": hm(ge)},
                        "weekday_ok": e.weekday_ok})
        return {"meetings": out, "time": hm(self.start_time), "end_time": hm(self.end_time),
                "group_meeting": {"start": hm(self.group_meeting_start),
                                  "end": hm(self.group_meeting_end)},
                "place": self.place, "body": self.body,
                "problems": [{"line": p.line, "message": p.da, "message_en": p.en}
                             for p in self.problems]}


def _note(rest: str, lines: list[str], i: int) -> tuple[str, int]:
    """A note in brackets after the date, maybe wrapped over the next lines."""
    rest = rest.strip()
    k = rest.find("(")
    if k < 0:
        return "", i
    text = rest[k:]
    j = i + 1
    while ")" not in text and j < len(lines) and j <= i + 6:
        s = lines[j].strip()
        j += 1
        if s:
            text = join_wrapped(text, s)
    if ")" not in text:
        return text.strip("() "), i
    return text[1:text.index(")")].strip(), j - 1


def _month_no(text: str) -> int:
    return int(text) if text.isdigit() else MONTH_NUMBERS.get(text.lower().rstrip("."), 0)


def _dates_on_line(s: str) -> tuple[list[tuple[str, str, str | None, str]], str, bool] | None:
    """The dates a line opens with, as (day, month, year, weekday) texts, the rest of the
    line, and whether the first one named a weekday."""
    found: list[tuple[str, str, str | None, str]] = []
    rest = s
    first_wd = None
    while True:
        m = _NUM_ENTRY_RE.match(rest) or _ENTRY_RE.match(rest) or _MONTH_FIRST_RE.match(rest)
        if not m:
            break
        wd = m.group("wd") or ""
        if first_wd is None:
            first_wd = bool(wd)
        found.append((m.group("d"), m.group("m"), m.group("y"), wd))
        if "d2" in m.groupdict() and m.group("d2"):
            found.append((m.group("d2"), m.group("m"), m.group("y"), ""))
        rest = m.group("rest")
        more = _MORE_RE.match(rest)
        if not more:
            break
        nxt = rest[more.end():]
        if not (_NUM_ENTRY_RE.match(nxt) or _ENTRY_RE.match(nxt) or _MONTH_FIRST_RE.match(nxt)):
            break
        rest = nxt
    if not found:
        return None
    return found, rest, bool(first_wd)


def _heading_year(s: str, year: int | None) -> int | None:
    """``Byrådsmøder 2012``, ``Mødeplan 2026``; the intro's ``i 2012`` before any year."""
    m = _YEAR_HEADING_RE.search(s)
    if not m or len(_YEAR_HEADING_RE.findall(s)) != 1:
        return None
    words = len(s.split())
    if words <= 4 and _MEETING_WORD_RE.search(s):
        return int(m.group("y"))
    if year is None and _MEETING_WORD_RE.search(s) and re.search(rf"\bi\s+{m.group('y')}\b", s):
        return int(m.group("y"))
    return None


def parse_meeting_plan(text: Any) -> MeetingPlan:
    """Parse a plan; AgendaError (a ValidationError) when no meeting dates are found."""
    lines = check_text(text)
    plan = MeetingPlan(entries=[])
    year: int | None = None
    body = ""
    i = 0
    seen: set[tuple[dt.date, str]] = set()
    prose: list[tuple[int, str]] = []
    while i < len(lines):
        s = lines[i].strip()[:PATTERN_SPAN]
        no = i + 1
        if not s:
            i += 1
            continue
        m = _YEAR_RE.match(s)
        if m and (not m.group("rest") or _dates_on_line(m.group("rest").strip())):
            year = int(m.group("y"))
            s = m.group("rest").strip()
            if not s:
                i += 1
                continue
        row_body = None
        got = _dates_on_line(s)
        if got is None:
            row = _BODY_ROW_RE.match(s)
            if row:
                got = _dates_on_line(row.group("rest"))
                row_body = row.group("body").strip() if got is not None else None
        if got is not None and not got[2] and not _PLAIN_REST_RE.match(got[1]):
            got = None  # "26. januar 2026 godkendte udvalget ..." is a sentence, not a date line
        if got is None:
            y = _heading_year(s, year)
            if y is not None:
                year = y
            elif _BODY_HEADING_RE.match(s) and len(s.split()) <= 7:
                body = s.rstrip(".:")
            prose.append((i, s))
            i += 1
            continue
        dates, rest, named_weekday = got
        note, last = _note(rest, lines, i)
        start, end = find_time_range(rest) if re.search(r"\bkl\b|\d[.:]\d{2}", rest) else (None, None)
        for d, mo, y_text, wd in dates:
            y = int(y_text) if y_text else year
            if y is None:
                if named_weekday:
                    plan.problems.append(PlanProblem(
                        no, f"Linje {no}: »{s}« har intet årstal (skriv året på linjen før, fx »2026«).",
                        f"Line {no}: '{s}' has no year (put the year on the line before, e.g. '2026')."))
                continue
            try:
                day = dt.date(y, _month_no(mo), int(d))
            except ValueError:
                plan.problems.append(PlanProblem(
                    no, f"Linje {no}: »{s}« er ikke en gyldig dato.", f"Line {no}: '{s}' is not a valid date."))
                continue
            entry = PlanEntry(date=day, weekday=wd, note=note, line=no, start_time=start,
                              end_time=end, body=row_body or body)
            if not entry.weekday_ok:
                real = WEEKDAYS_DA[day.weekday()]
                plan.problems.append(PlanProblem(
                    no, f"Linje {no}: {entry.weekday.lower()} passer ikke med {day:%d-%m-%Y}, som er en {real}.",
                    f"Line {no}: {entry.weekday} does not match {day:%d-%m-%Y}, which is a "
                    f"{day:%A}."))
            if (day, entry.body) in seen:
                plan.problems.append(PlanProblem(
                    no, f"Linje {no}: {day:%d-%m-%Y} står to gange i planen.",
                    f"Line {no}: {day:%d-%m-%Y} is listed twice in the plan."))
            else:
                seen.add((day, entry.body))
                plan.entries.append(entry)
        i = last + 1
    if not plan.entries:
        raise AgendaError(
            "Ingen mødedatoer fundet (fx »2026« og derunder »Mandag den 26. januar«); "
            + (plan.problems[0].da if plan.problems else "læsningen stoppede ved filens slutning"),
            "No meeting dates found (such as '2026' followed by 'Mandag den 26. januar'); "
            + (plan.problems[0].en if plan.problems else "reading stopped at the end of the file"),
            plan.problems[0].line if plan.problems else len(lines))
    if len({e.body for e in plan.entries}) == 1:
        plan.body = plan.entries[0].body
        for e in plan.entries:
            e.body = ""
    _read_prose(plan, prose)
    return plan


def _read_prose(plan: MeetingPlan, prose: list[tuple[int, str]]) -> None:
    """Default times, the group meeting, the place and the body from the prose around the
    dates. Only prose near the dates: a whole agenda may mention other times in its header."""
    first, last = plan.entries[0].line, plan.entries[-1].line
    para = Paragraph()
    for i, s in prose:
        if first - 40 <= i + 1 <= last + 40 and not s.startswith("("):
            para.add(s)
    text = para.text()
    for sentence in re.split(r"(?<=[.!?:])\s+(?=[A-ZÆØÅ])", text):
        if plan.start_time is None and _DEFAULT_TIME_RE.search(sentence) and not _GROUP_RE.search(sentence):
            start, end = find_time_range(sentence)
            if start:
                plan.start_time, plan.end_time = start, end
        kw = _GROUP_RE.search(sentence)
        if plan.group_meeting_start is None and kw:
            start, end = find_time_range(sentence[kw.start():])
            if start:
                plan.group_meeting_start, plan.group_meeting_end = start, end
        if not plan.place:
            pm = re.search(r"placeret\s+på\s+(?P<p>[^.]+?)(?:\.|$)", sentence, re.IGNORECASE)
            if pm:
                plan.place = pm.group("p").strip()
        if not plan.body:
            bm = _BODY_IN_TEXT_RE.search(sentence)
            if bm and _DEFAULT_TIME_RE.search(sentence):
                plan.body = bm.group("b")
