"""Parse a meeting plan for a period, such as the KKR plan in an agenda::

    2026
    Mandag den 26. januar (konstituerende møde 2026-2030)
    Onsdag den 25. marts
    ...
    Møderne afholdes fra kl. 10.00-12.00. ... gruppemøder ... kl. 09:00-10:00.

Also the table form ``2022  Fredag den 25. marts`` (year and date on one line) and dates
with their own year or time (``Torsdag den 12. marts 2026 kl. 17.00``). A weekday that
contradicts its date is reported as a problem on its line, never silently accepted.
Pure Python; the service layer stores the meetings.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Any

from secretary_app.domain.agenda.model import AgendaError
from secretary_app.domain.agenda.text_layout import check_text, join_wrapped
from secretary_app.domain.danish_dates_lexer import (
    MONTH_ALT, MONTH_NUMBERS, WEEKDAY_ALT, WEEKDAY_NUMBERS, find_time_range,
)
from secretary_app.domain.dates import WEEKDAYS_DA

_YEAR_RE = re.compile(r"^(?P<y>(?:19|20)\d{2})\s*(?P<rest>.*)$")
_ENTRY_RE = re.compile(
    rf"^(?P<wd>{WEEKDAY_ALT})\.?,?\s+(?:(?:den|d\.)\s+)?(?P<d>\d{{1,2}})\.\s*(?P<m>{MONTH_ALT})\.?"
    r"(?:\s+(?P<y>(?:19|20)\d{2}))?\b(?P<rest>.*)$", re.IGNORECASE)
# "Mandag 26-01-2026" / "Mandag den 26.01.2026"
_NUM_ENTRY_RE = re.compile(
    rf"^(?P<wd>{WEEKDAY_ALT})\.?,?\s+(?:den\s+)?(?P<d>\d{{1,2}})(?P<sep>[-./])(?P<m>\d{{1,2}})"
    r"(?P=sep)(?P<y>\d{4})\b(?P<rest>.*)$", re.IGNORECASE)
_DEFAULT_TIME_RE = re.compile(r"møder(?:ne)?\s+(?:afholdes|holdes|starter|begynder|er)\b", re.IGNORECASE)
_GROUP_RE = re.compile(r"gruppemøde|formøde|politiske grupper", re.IGNORECASE)
_PLACE_RE = re.compile(r"(?:placeret|afholdes|holdes)\s+på\s+(?P<p>[^.]+?)(?:\.|$)", re.IGNORECASE)


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
    weekday: str  # as written
    note: str = ""
    line: int = 0
    start_time: dt.time | None = None  # only when the line names its own time
    end_time: dt.time | None = None

    @property
    def weekday_ok(self) -> bool:
        return WEEKDAY_NUMBERS.get(self.weekday.lower().rstrip(".")) == self.date.weekday()


@dataclass
class MeetingPlan:
    entries: list[PlanEntry]
    start_time: dt.time | None = None
    end_time: dt.time | None = None
    group_meeting_start: dt.time | None = None
    group_meeting_end: dt.time | None = None
    place: str = ""
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
                        "group_meeting": {"start": hm(gs), "end": hm(ge)},
                        "weekday_ok": e.weekday_ok})
        return {"meetings": out, "time": hm(self.start_time), "end_time": hm(self.end_time),
                "group_meeting": {"start": hm(self.group_meeting_start),
                                  "end": hm(self.group_meeting_end)},
                "place": self.place,
                "problems": [{"line": p.line, "message": p.da, "message_en": p.en}
                             for p in self.problems]}


def _note(rest: str, lines: list[str], i: int) -> tuple[str, int]:
    """A note in brackets after the date, maybe wrapped over the next lines."""
    rest = rest.strip()
    if not rest.startswith("("):
        return "", i
    text = rest
    j = i + 1
    while ")" not in text and j < len(lines) and j <= i + 6:
        s = lines[j].strip()
        j += 1
        if s:
            text = join_wrapped(text, s)
    if ")" not in text:
        return text.strip("() "), i
    return text[1:text.index(")")].strip(), j - 1


def parse_meeting_plan(text: Any) -> MeetingPlan:
    """Parse a plan; AgendaError (a ValidationError) when no meeting dates are found."""
    lines = check_text(text)
    plan = MeetingPlan(entries=[])
    year: int | None = None
    i = 0
    seen: set[dt.date] = set()
    prose: list[tuple[int, str]] = []
    while i < len(lines):
        s = lines[i].strip()
        no = i + 1
        if not s:
            i += 1
            continue
        m = _YEAR_RE.match(s)
        if m and (not m.group("rest") or _ENTRY_RE.match(m.group("rest"))
                  or _NUM_ENTRY_RE.match(m.group("rest"))):
            year = int(m.group("y"))
            s = m.group("rest").strip()
            if not s:
                i += 1
                continue
        m = _ENTRY_RE.match(s) or _NUM_ENTRY_RE.match(s)
        if not m:
            prose.append((i, s))
            i += 1
            continue
        y = int(m.group("y")) if m.group("y") else year
        if y is None:
            plan.problems.append(PlanProblem(
                no, f"Linje {no}: »{s}« har intet årstal (skriv året på linjen før, fx »2026«).",
                f"Line {no}: '{s}' has no year (put the year on the line before, e.g. '2026')."))
            i += 1
            continue
        month = m.group("m")
        month_no = int(month) if month.isdigit() else MONTH_NUMBERS.get(month.lower().rstrip("."))
        try:
            day = dt.date(y, month_no or 0, int(m.group("d")))
        except ValueError:
            plan.problems.append(PlanProblem(
                no, f"Linje {no}: »{s}« er ikke en gyldig dato.", f"Line {no}: '{s}' is not a valid date."))
            i += 1
            continue
        note, last = _note(m.group("rest"), lines, i)
        rest = m.group("rest")
        start, end = find_time_range(rest) if re.search(r"\bkl\b|\d[.:]\d{2}", rest) else (None, None)
        entry = PlanEntry(date=day, weekday=m.group("wd"), note=note, line=no,
                          start_time=start, end_time=end)
        if not entry.weekday_ok:
            real = WEEKDAYS_DA[day.weekday()]
            plan.problems.append(PlanProblem(
                no, f"Linje {no}: {entry.weekday.lower()} passer ikke med {day:%d-%m-%Y}, som er en {real}.",
                f"Line {no}: {entry.weekday} does not match {day:%d-%m-%Y}, which is a "
                f"{day:%A}."))
        if day in seen:
            plan.problems.append(PlanProblem(
                no, f"Linje {no}: {day:%d-%m-%Y} står to gange i planen.",
                f"Line {no}: {day:%d-%m-%Y} is listed twice in the plan."))
        else:
            seen.add(day)
            plan.entries.append(entry)
        i = last + 1
    if not plan.entries:
        raise AgendaError(
            "Ingen mødedatoer fundet (fx »2026« og derunder »Mandag den 26. januar«); "
            + (plan.problems[0].da if plan.problems else "læsningen stoppede ved filens slutning"),
            "No meeting dates found (such as '2026' followed by 'Mandag den 26. januar'); "
            + (plan.problems[0].en if plan.problems else "reading stopped at the end of the file"),
            plan.problems[0].line if plan.problems else len(lines))
    # Default times, the group meeting and the place from the prose around the dates.
    # Only prose near the dates: a whole agenda may mention other times in its header.
    first, last = plan.entries[0].line, plan.entries[-1].line
    text = ""
    for i, s in prose:
        if not (first - 40 <= i + 1 <= last + 40):
            continue
        text = join_wrapped(text, s) if text else s
    for sentence in re.split(r"(?<=[.!?])\s+(?=[A-ZÆØÅ])", text):
        if plan.start_time is None and _DEFAULT_TIME_RE.search(sentence):
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
    return plan
