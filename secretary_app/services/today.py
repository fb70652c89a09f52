"""What needs the secretary today, across every member of one party group (the *I dag* page).

Plain reads; each line names what it points at (page and id) so the page can open it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlmodel import select

from secretary_app.domain.dates import local_today, utc_now
from secretary_app.domain.vocab import OPEN_STATUSES
from secretary_app.domain.workdays import answer_due
from secretary_app.store.engine import Store
from secretary_app.store.models import AgendaItem, Draft, Meeting, Member, Request, TaskType

SECTIONS = ("overdue", "today", "week", "answers", "waiting", "flagged", "meetings", "press")
WAITING_DAYS = 14  # a request waiting on others this long is worth a nudge
FLAGGED_DAYS = 14  # "new" flagged requests: received within this many days and undecided


@dataclass(frozen=True)
class TodayItem:
    section: str
    title: str
    day: dt.date | None  # the date the line is about (deadline, meeting date, sent date)
    page: str  # "board" | "meetings" | "drafts"
    target_id: int
    member: str = ""
    count: int = 0  # meetings: unprepared items; answers: working days late


@dataclass
class TodayOverview:
    today: dt.date
    items: dict[str, list[TodayItem]] = field(default_factory=lambda: {s: [] for s in SECTIONS})

    @property
    def empty(self) -> bool:
        return not any(self.items.values())

    def total(self) -> int:
        return sum(len(v) for v in self.items.values())


def _closing_days(s, group_id: int) -> tuple[str, ...]:
    from secretary_app.services.requests import closing_days_for_group

    return closing_days_for_group(s, group_id)


def overview(store: Store, group_id: int, today: dt.date | None = None) -> TodayOverview:
    today = today or local_today()
    week_end = today + dt.timedelta(days=6 - today.weekday())  # through Sunday
    out = TodayOverview(today)
    with store.session() as s:
        names = {m.id: m.name for m in s.exec(select(Member).where(Member.group_id == group_id))}
        question_types = {t.id for t in s.exec(select(TaskType).where(
            TaskType.group_id == group_id, TaskType.code == "politician_question"))}
        extra = _closing_days(s, group_id)
        open_reqs = list(s.exec(select(Request).where(
            Request.group_id == group_id, Request.deleted_at.is_(None),
            Request.status.in_(OPEN_STATUSES))))
        # The page's day, not the clock's: an overview asked for another day (a test, a demo made
        # for a fixed date) counts waiting and newly flagged requests back from that day.
        now = utc_now()
        if today != local_today():
            now = dt.datetime.combine(today, now.time())
        for r in open_reqs:
            who = names.get(r.member_id, "")
            if r.due_date is not None:
                section = ("overdue" if r.due_date < today else "today" if r.due_date == today
                           else "week" if r.due_date <= week_end else None)
                if section:
                    out.items[section].append(TodayItem(section, r.title, r.due_date, "board", r.id, who,
                                                        (today - r.due_date).days if section == "overdue" else 0))
            if r.task_type_id in question_types and r.sent_date and not r.answered_date:
                due = r.answer_due or answer_due(r.sent_date, extra)
                if due < today:
                    from secretary_app.domain.workdays import working_days_between

                    late = working_days_between(due, today, extra)
                    out.items["answers"].append(TodayItem("answers", r.title, due, "board", r.id, who, late))
            if r.status == "waiting" and r.updated_at <= now - dt.timedelta(days=WAITING_DAYS):
                out.items["waiting"].append(TodayItem("waiting", r.title, r.updated_at.date(), "board", r.id, who,
                                                      (now - r.updated_at).days))
            if (r.guard_verdict not in (None, "ok") and r.guard_decision is None
                    and r.received_at >= now - dt.timedelta(days=FLAGGED_DAYS)):
                out.items["flagged"].append(TodayItem("flagged", r.title, r.received_at.date(), "board", r.id, who))
        meetings = list(s.exec(select(Meeting).where(
            Meeting.group_id == group_id, Meeting.date >= today,
            Meeting.date <= today + dt.timedelta(days=7)).order_by(Meeting.date, Meeting.start_time)))
        for m in meetings:
            items = [a.id for a in s.exec(select(AgendaItem).where(AgendaItem.meeting_id == m.id))]
            if not items:
                continue
            prepared = set(s.exec(select(Request.agenda_item_id).where(
                Request.agenda_item_id.in_(items), Request.deleted_at.is_(None))).all())
            prepared |= set(s.exec(select(Draft.agenda_item_id).where(
                Draft.agenda_item_id.in_(items), Draft.deleted_at.is_(None))).all())
            unprepared = len([a for a in items if a not in prepared])
            if unprepared:
                title = m.title or m.body_name or ""
                out.items["meetings"].append(TodayItem("meetings", title, m.date, "meetings", m.id, "", unprepared))
        for d in s.exec(select(Draft).where(
                Draft.group_id == group_id, Draft.kind == "press_release", Draft.deleted_at.is_(None),
                Draft.sent_members_at.is_(None))):
            out.items["press"].append(TodayItem("press", d.title, d.updated_at.date(), "drafts", d.id,
                                                names.get(d.member_id, "")))
    order = {"overdue": lambda i: i.day, "today": lambda i: i.member, "week": lambda i: i.day,
             "answers": lambda i: i.day, "waiting": lambda i: i.day, "flagged": lambda i: i.day,
             "meetings": lambda i: i.day, "press": lambda i: i.day}
    for key, items in out.items.items():
        items.sort(key=order[key], reverse=key == "flagged")
    return out
