"""Demo requests: Jan 2026 to today for every member, with time entries and questions to the
administration. Bulk insert in one transaction (the FTS triggers index them as they go).

Never party-political content, except a handful of deliberately flagged examples with
guard_verdict set and no decision, so the guard badge shows on the demo board."""

from __future__ import annotations

import datetime as dt

from sqlmodel import select

from secretary_app.domain.changes import Kind, changes
from secretary_app.domain.workdays import add_working_days
from secretary_app.store.models import Request, TaskType, TimeEntry

TOPICS = ("cykelstier på Amagerbrogade", "normering i daginstitutioner", "klimaplanen 2035",
          "budgetforhandlingerne", "ældreplejen i Valby", "skolernes indeklima", "affaldssortering",
          "byggeriet ved Nordhavn", "parkeringszoner", "Ungdommens Uddannelsesvejledning",
          "hjemløseindsatsen", "trafiksikkerhed ved skoler", "kulturhusenes åbningstider",
          "renovering af svømmehaller", "grønne tage", "borgerrådgiverens årsberetning",
          "kommuneplanen", "lokaludvalgenes budget", "bæredygtigt byggeri", "sundhedshusene")
TEMPLATES = {
    "policy_development": "Politikudvikling: forslag om {t}",
    "political_messaging": "Budskaber til udvalgsmødet om {t}",
    "press_monitoring": "Presseovervågning: {t}",
    "research_memo": "Notat om {t}",
    "debate_press_release": "Debatindlæg om {t}",
    "speech": "Tale til borgerrepræsentationen om {t}",
    "politician_question": "Politikerspørgsmål om {t}",
    "member_proposal": "Medlemsforslag om {t}",
    "legal_question": "Inhabilitet i sag om {t}",
    "meeting_coordination": "Møde med borgergruppe om {t}",
}
TAGS = ("budget", "klima", "børn", "ældre", "trafik", "byudvikling", "kultur", "presse", "hastesag", "")
CHANNELS = ("email", "email", "email", "phone", "meeting", "kb_postkasse", "other")
FLAGGED = (
    ("Valgkampsfolder til partiets kandidater", "party_political"),
    ("Hvervning af nye partimedlemmer i lokalafdelingen", "party_political"),
    ("Privat lejekontrakt for medlemmets søn", "outside_role"),
)


@changes(Kind.STORE)
def seed(store, ctx) -> None:
    rng, today = ctx.rng, ctx.today
    start = dt.date(2026, 1, 1)
    rows: list[Request] = []
    entries: list[tuple[int, list[TimeEntry]]] = []
    with store.session() as s:
        for gid in ctx.group_ids:
            types = {t.code: t.id for t in s.exec(select(TaskType).where(TaskType.group_id == gid))}
            codes = [c for c in TEMPLATES if c in types]
            for mid in ctx.member_ids.get(gid, []):
                pos = {}
                day = start
                while day <= today:
                    code = rng.choice(codes)
                    topic = rng.choice(TOPICS)
                    received = day
                    age = (today - received).days
                    if age > 45:
                        status = rng.choice(("done",) * 8 + ("declined",))
                    elif age > 14:
                        status = rng.choice(("done", "done", "waiting", "in_progress"))
                    else:
                        status = rng.choice(("new", "new", "in_progress", "waiting"))
                    due = received + dt.timedelta(days=rng.choice((3, 5, 7, 10, 14, 21))) if rng.random() < 0.7 else None
                    sent = answer_due = answered = None
                    to_all = None
                    if code == "politician_question":
                        sent = received + dt.timedelta(days=rng.choice((0, 1, 2)))
                        sent = min(sent, today)
                        answer_due = add_working_days(sent, 10)
                        due = None
                        if status in ("done", "declined") or (status == "waiting" and rng.random() < 0.3):
                            answered = min(today, sent + dt.timedelta(days=rng.randint(4, 16)))
                            to_all = rng.random() < 0.6
                            status = "done"
                        else:
                            status = "waiting" if status != "new" else "new"
                    key = (mid, status)
                    pos[key] = pos.get(key, 0) + 1
                    tags = " ".join(sorted({rng.choice(TAGS), rng.choice(TAGS)} - {""}))
                    at = dt.datetime.combine(received, dt.time(rng.randint(7, 14), rng.randint(0, 59)))
                    req = Request(group_id=gid, member_id=mid, task_type_id=types[code],
                                  title=TEMPLATES[code].format(t=topic),
                                  description=f"Medlemmet beder om hjælp vedrørende {topic}. "
                                              f"Sagen skal behandles i det relevante udvalg.",
                                  channel=rng.choice(CHANNELS), received_at=at, due_date=due,
                                  status=status, priority=rng.choice((0, 1, 1, 1, 2)),
                                  estimated_minutes=rng.choice((None, 30, 60, 90, 120, 240)),
                                  tags=tags, position=float(pos[key]), sent_date=sent,
                                  answer_due=answer_due, answered_date=answered, answer_to_all=to_all,
                                  created_at=at, updated_at=at)
                    work = []
                    if status != "new":
                        for _ in range(rng.randint(1, 3)):
                            wd = min(today, received + dt.timedelta(days=rng.randint(0, 10)))
                            work.append(TimeEntry(request_id=0, work_date=wd,
                                                  minutes=rng.choice((15, 30, 45, 60, 90, 120)),
                                                  note=rng.choice(("", "research", "skrivearbejde", "telefon"))))
                    rows.append(req)
                    entries.append((len(rows) - 1, work))
                    day += dt.timedelta(days=rng.randint(2, 4))
        # A few deliberately flagged requests (open, no decision yet) so the guard badge shows.
        if ctx.group_ids and ctx.member_ids.get(ctx.group_ids[0]):
            gid = ctx.group_ids[0]
            types = {t.code: t.id for t in s.exec(select(TaskType).where(TaskType.group_id == gid))}
            for n, (title, verdict) in enumerate(FLAGGED):
                mid = ctx.member_ids[gid][n % len(ctx.member_ids[gid])]
                at = dt.datetime.combine(today - dt.timedelta(days=n + 1), dt.time(9, 0))
                rows.append(Request(group_id=gid, member_id=mid, task_type_id=types["research_memo"],
                                    title=title, description="Eksempel til demonstration af vagten.",
                                    received_at=at, status="new", position=0.5, tags="",
                                    guard_verdict=verdict, created_at=at, updated_at=at))
        s.add_all(rows)
        s.flush()
        all_entries = []
        for idx, work in entries:
            for e in work:
                e.request_id = rows[idx].id
                all_entries.append(e)
        s.add_all(all_entries)
    ctx.counts["requests"] = len(rows)
    ctx.counts["time_entries"] = len(all_entries)
