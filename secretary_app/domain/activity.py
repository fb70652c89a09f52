"""The activity log as plain data: its period, counts, lines, and how minutes are written.

Built by ``services.reports.build_report``; the PDF, XLSX and CSV writers and the report
page read only these types.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass, field

from secretary_app.domain.dates import COPENHAGEN, format_long, format_month, format_short
from secretary_app.domain.errors import ValidationError


@dataclass(frozen=True)
class Period:
    """Copenhagen-local calendar days ``start`` .. ``end`` (both included)."""

    start: dt.date
    end: dt.date

    @property
    def is_month(self) -> bool:
        last = calendar.monthrange(self.start.year, self.start.month)[1]
        return self.start.day == 1 and self.end == self.start.replace(day=last)

    def label(self, lang: str = "da") -> str:
        if self.is_month:
            return format_month(self.start.year, self.start.month, lang)
        return f"{format_long(self.start, lang)} – {format_long(self.end, lang)}"

    def slug(self) -> str:
        if self.is_month:
            return f"{self.start:%Y-%m}"
        return f"{self.start:%Y-%m-%d}_{self.end:%Y-%m-%d}"

    def utc_bounds(self) -> tuple[dt.datetime, dt.datetime]:
        """[first local midnight, midnight after the last day) as naive UTC."""
        return _local_midnight_utc(self.start), _local_midnight_utc(self.end + dt.timedelta(days=1))


def _local_midnight_utc(day: dt.date) -> dt.datetime:
    local = dt.datetime(day.year, day.month, day.day, tzinfo=COPENHAGEN)
    return local.astimezone(dt.timezone.utc).replace(tzinfo=None)


_MONTH_RE = re.compile(r"^\s*(\d{4})-(\d{1,2})\s*$")


def month_period(text: str) -> Period:
    """``2026-03`` → 1–31 March 2026. Anything else is a clear error."""
    m = _MONTH_RE.match(text or "")
    if not m or not 1 <= int(m.group(2)) <= 12 or int(m.group(1)) < 1900:
        raise ValidationError(f"»{text}« er ikke en måned; skriv den som ÅÅÅÅ-MM, fx 2026-03.",
                              f"'{text}' is not a month; write it as YYYY-MM, e.g. 2026-03.", field="month")
    year, month = int(m.group(1)), int(m.group(2))
    return Period(dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1]))


def range_period(start: dt.date, end: dt.date) -> Period:
    if end < start:
        raise ValidationError(f"Slutdatoen {format_short(end)} ligger før startdatoen {format_short(start)}.",
                              f"The end date {end} is before the start date {start}.", field="to")
    if (end - start).days > 366 * 5:
        raise ValidationError("Perioden må højst være fem år.", "The period may be at most five years.",
                              field="to")
    return Period(start, end)


@dataclass
class Counts:
    received: int = 0
    completed: int = 0
    open: int = 0
    declined: int = 0
    minutes: int = 0

    def add(self, other: "Counts") -> None:
        self.received += other.received
        self.completed += other.completed
        self.open += other.open
        self.declined += other.declined
        self.minutes += other.minutes


@dataclass
class SummaryRow:
    """One line of a summary table: a member, a task type, or a member × task type pair."""

    key: tuple
    label: str
    counts: Counts
    secondary: str = ""  # the task type in member × type rows


@dataclass
class RequestLine:
    request_id: int
    received_local: dt.datetime  # Copenhagen local time
    member: str
    task_type: str
    title: str
    status: str
    status_label: str
    minutes: int  # logged in the period
    in_period: bool  # received in the period (else: listed for the time logged in it)


@dataclass
class QuestionLine:
    request_id: int
    member: str
    title: str
    sent: dt.date
    due: dt.date
    answered: dt.date | None
    outcome: str  # within | late | pending | overdue

    OUTCOME_DA = {"within": "Rettidigt", "late": "For sent", "pending": "Afventer", "overdue": "Overskredet"}
    OUTCOME_EN = {"within": "On time", "late": "Late", "pending": "Pending", "overdue": "Overdue"}

    def outcome_label(self, lang: str = "da") -> str:
        return (self.OUTCOME_EN if lang == "en" else self.OUTCOME_DA)[self.outcome]


@dataclass
class QuestionSummary:
    total: int = 0
    within: int = 0
    late: int = 0
    pending: int = 0  # unanswered, deadline not yet passed
    overdue: int = 0  # unanswered, deadline passed
    lines: list[QuestionLine] = field(default_factory=list)


@dataclass
class GuardLine:
    """One of the guard's flags or decisions in the period, as the log's guard table shows it."""

    at: dt.datetime  # Copenhagen local, naive
    request_id: int | None
    member: str
    title: str
    verdict: str  # ok | party_political | outside_role
    action: str  # check | declined | accepted | rewritten
    reasons: list[tuple[str, str, str]]  # (rule name as a secretary reads it, words found, explanation)
    justification: str


@dataclass
class GuardSummary:
    checks: int = 0
    flagged: int = 0  # a check whose verdict was not "ok"
    declined: int = 0
    accepted_with_justification: int = 0
    justifications: list[tuple[str, str]] = field(default_factory=list)  # (request title, text)
    lines: list[GuardLine] = field(default_factory=list)  # flagged checks and every decision


@dataclass
class ActivityReport:
    group_id: int
    group_name: str
    list_letter: str
    council_name: str
    period: Period
    member_id: int | None
    member_name: str | None
    generated_at: dt.datetime  # Copenhagen local, naive
    by_member: list[SummaryRow]
    by_type: list[SummaryRow]
    by_member_type: list[SummaryRow]
    totals: Counts
    requests: list[RequestLine]
    questions: QuestionSummary
    guard: GuardSummary

    @property
    def title_da(self) -> str:
        return "Aktivitetslog"

    def scope_label(self, lang: str = "da") -> str:
        who = self.member_name or ("Alle medlemmer" if lang != "en" else "All members")
        return f"{self.list_letter} – {self.group_name} · {who}"


def format_minutes(minutes: int) -> str:
    """Minutes as ``t:mm`` (``7:05``): exact to the minute, as the log promises."""
    sign = "-" if minutes < 0 else ""
    minutes = abs(int(minutes))
    return f"{sign}{minutes // 60}:{minutes % 60:02d}"


def hours_decimal(minutes: int, decimal: str = ",") -> str:
    """``7,08`` (Danish) or ``7.08``: hours with two decimals, for CSV readers."""
    return f"{minutes / 60:.2f}".replace(".", decimal)


def resolve_period(month: str | None = None, start: str | dt.date | None = None,
                   end: str | dt.date | None = None) -> Period:
    """A month (``YYYY-MM``) or a start/end pair (ISO or Danish dates), as the CLI takes them."""
    from secretary_app.domain.dates import parse_date

    if month and (start or end):
        raise ValidationError("Angiv enten en måned eller en periode (fra/til), ikke begge.",
                              "Give either a month or a from/to range, not both.", field="month")
    if month:
        return month_period(month)
    if not (start and end):
        raise ValidationError("Angiv en måned (ÅÅÅÅ-MM) eller både en fra- og en til-dato.",
                              "Give a month (YYYY-MM) or both a from and a to date.", field="month")

    def as_date(value, name_da, name_en):
        if isinstance(value, dt.date):
            return value
        try:
            return parse_date(value)
        except ValueError:
            raise ValidationError(f"{name_da} »{value}« er ikke en dato (brug ÅÅÅÅ-MM-DD eller DD-MM-ÅÅÅÅ).",
                                  f"{name_en} '{value}' is not a date (use YYYY-MM-DD or DD-MM-YYYY).",
                                  field=name_en.lower()) from None

    return range_period(as_date(start, "Fra-datoen", "From"), as_date(end, "Til-datoen", "To"))


def default_filename(report: ActivityReport, ext: str) -> str:
    who = f"-{_safe(report.member_name)}" if report.member_name else ""
    return f"aktivitetslog-{_safe(report.list_letter)}{who}-{report.period.slug()}.{ext}"


def _safe(text: str) -> str:
    return re.sub(r"[^\w]+", "-", text, flags=re.UNICODE).strip("-").lower() or "x"
