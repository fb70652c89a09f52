"""A known data set for the activity log, with the figures a secretary would count by hand.

Shared by the report tests (unit, exports, CLI, GUI). Copenhagen is UTC+1 in winter and
UTC+2 from 29 March 2026 02:00 to 25 October 2026 03:00; the rows sit right on those
month boundaries.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

U = dt.datetime  # naive UTC, as the store keeps it
D = dt.date
TODAY = D(2026, 4, 20)


@dataclass
class Dataset:
    group_id: int
    other_group_id: int
    members: dict[str, int] = field(default_factory=dict)
    requests: dict[str, int] = field(default_factory=dict)


# Expected March 2026 figures for group T (all members).
MARCH = {
    "received": 7, "completed": 4, "open": 2, "declined": 1, "minutes": 238,
    "by_member": {"Anna Andersen": (3, 2, 1, 0, 180), "Bo Bech": (4, 2, 1, 1, 58), "Cecilie Carlsen": (0, 0, 0, 0, 0)},
    "lines": 8,
    "questions": {"total": 3, "within": 1, "late": 1, "overdue": 1, "pending": 0},
    "guard": {"checks": 2, "flagged": 1, "declined": 1, "accepted_with_justification": 1},
}
MARCH_BO_MINUTES = 58
OCTOBER = {"received": 1, "minutes": 40}
NOVEMBER = {"received": 1, "minutes": 0}
OTHER_GROUP_TITLE = "Hemmelig sag i Andenpartiet"
TRASHED_TITLE = "Slettet notat om parkering"


def build_dataset(store) -> Dataset:
    """Insert the rows directly in one transaction (the request service is another feature's)."""
    from sqlmodel import select

    from secretary_app.services import groups
    from secretary_app.store.models import GuardEvent, Member, Request, TaskType, TimeEntry

    g = groups.create_group(store, "Testpartiet", "T")
    x = groups.create_group(store, "Andenpartiet", "X")
    data = Dataset(g.id, x.id)
    with store.session() as s:
        types = {(t.group_id, t.code): t.id for t in s.exec(select(TaskType))}
        for gid, name in ((g.id, "Anna Andersen"), (g.id, "Bo Bech"), (g.id, "Cecilie Carlsen"),
                          (x.id, "Xenia Xu")):
            m = Member(group_id=gid, name=name, active_from=D(2026, 1, 1))
            s.add(m)
            s.flush()
            data.members[name] = m.id

        def req(key, gid, member, code, title, received, status, entries=(), deleted=None, **kw):
            r = Request(group_id=gid, member_id=data.members[member], task_type_id=types[(gid, code)],
                        title=title, received_at=received, status=status, deleted_at=deleted, **kw)
            s.add(r)
            s.flush()
            data.requests[key] = r.id
            for day, minutes in entries:
                s.add(TimeEntry(request_id=r.id, work_date=day, minutes=minutes))
            return r

        A, B = "Anna Andersen", "Bo Bech"
        # 00:30 local on 1 March (23:30 UTC the day before): March.
        req("r1", g.id, A, "research_memo", "Notat om skolebyggeri", U(2026, 2, 28, 23, 30), "done",
            [(D(2026, 3, 2), 90), (D(2026, 3, 31), 45), (D(2026, 4, 1), 30)])
        # 23:30 local on 28 February: February; its time on 1 March counts in March.
        req("r2", g.id, A, "speech", "Tale om budgettet", U(2026, 2, 28, 22, 30), "done",
            [(D(2026, 3, 1), 20)])
        # 23:30 local (summer time) on 31 March: March.
        req("r3", g.id, B, "press_monitoring", "Pressen om metroen", U(2026, 3, 31, 21, 30), "new",
            [(D(2026, 3, 31), 15)])
        # 00:30 local on 1 April: April.
        req("r4", g.id, B, "press_monitoring", "Pressen om cykelstier", U(2026, 3, 31, 22, 30), "in_progress",
            [(D(2026, 4, 1), 60)])
        req("r5", g.id, B, "policy_development", "Valgkampsfolder", U(2026, 3, 10, 9, 0), "declined",
            decline_reason="Partipolitisk")
        req("r6", g.id, A, "politician_question", "Spørgsmål om ventelister", U(2026, 3, 2, 8, 0), "done",
            [(D(2026, 3, 2), 25)], sent_date=D(2026, 3, 2), answered_date=D(2026, 3, 13))
        req("r7", g.id, B, "politician_question", "Spørgsmål om vejarbejde", U(2026, 3, 3, 8, 0), "done",
            [(D(2026, 3, 3), 10)], sent_date=D(2026, 3, 3), answered_date=D(2026, 3, 20))
        # Sent 25 March; Easter 2026 (2, 3 and 6 April) moves the deadline to 13 April.
        req("r8", g.id, A, "politician_question", "Spørgsmål om svømmehal", U(2026, 3, 25, 10, 0), "waiting",
            sent_date=D(2026, 3, 25))
        req("r9", g.id, A, "research_memo", TRASHED_TITLE, U(2026, 3, 15, 10, 0), "done",
            [(D(2026, 3, 16), 120)], deleted=U(2026, 3, 20, 12, 0))
        # 01:30 local on 29 March, half an hour before the clocks go forward.
        req("r10", g.id, B, "speech", "Tale til borgermødet", U(2026, 3, 29, 0, 30), "done",
            [(D(2026, 3, 29), 33)])
        # Autumn: 23:30 local on 31 October (UTC+1 again) is October, 00:30 on 1 November is November.
        req("r11", g.id, B, "speech", "Tale til Allehelgen", U(2026, 10, 31, 22, 30), "done",
            [(D(2026, 10, 31), 40)])
        req("r12", g.id, A, "speech", "Tale til julemarkedet", U(2026, 10, 31, 23, 30), "new")
        # The other group: must never appear in group T's log.
        req("x1", x.id, "Xenia Xu", "research_memo", OTHER_GROUP_TITLE, U(2026, 3, 10, 9, 0), "done",
            [(D(2026, 3, 11), 500)])

        rid = data.requests
        for gid, request, at, verdict, action, why in (
            (g.id, "r1", U(2026, 3, 1, 9), "ok", "check", ""),
            (g.id, "r5", U(2026, 3, 10, 9), "party_political", "check", ""),
            (g.id, "r5", U(2026, 3, 10, 10), "party_political", "declined", ""),
            (g.id, "r3", U(2026, 3, 31, 21, 31), "outside_role", "accepted", "Knyttet til udvalgets sag om metroen"),
            (g.id, "r10", U(2026, 3, 29, 1), "party_political", "accepted", "  "),
            (g.id, "r9", U(2026, 3, 15, 10), "outside_role", "check", ""),  # trashed request
            (g.id, "r2", U(2026, 2, 28, 22, 30), "party_political", "check", ""),  # February
            (x.id, "x1", U(2026, 3, 10, 9), "party_political", "check", ""),  # other group
        ):
            s.add(GuardEvent(group_id=gid, request_id=rid[request], at=at, verdict=verdict, action=action,
                             justification=why))
    return data
