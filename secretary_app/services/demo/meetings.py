"""Demo meetings: the KKR Hovedstaden plan and agendas (public KL documents shipped in
resources/samples), fortnightly council meetings, monthly committee meetings, and a few
requests and drafts linked to agenda items."""

from __future__ import annotations

import copy
import datetime as dt

from secretary_app import paths
from secretary_app.domain.agenda_parser import parse_agenda
from secretary_app.domain.changes import Kind, changes
from secretary_app.domain.meeting_plan import parse_meeting_plan
from secretary_app.services import meetings
from secretary_app.store.engine import Store

KKR = "KKR Hovedstaden"
COUNCIL = "Borgerrepræsentationen"
COMMITTEE = "Teknik- og Miljøudvalget"


def _sample(name: str) -> str:
    return paths.get_asset("samples", name).read_text(encoding="utf-8")


def _council_days(first: dt.date, last: dt.date) -> list[dt.date]:
    """Every other Thursday, with a summer break in July."""
    day = first + dt.timedelta(days=(3 - first.weekday()) % 7)
    out = []
    while day <= last:
        if day.month != 7:
            out.append(day)
        day += dt.timedelta(days=14)
    return out


@changes(Kind.STORE)
def seed(store: Store, ctx) -> None:
    kkr_2026 = _sample("kkr_hovedstaden_2026.txt")
    agenda_2026 = parse_agenda(kkr_2026)
    agenda_2022 = parse_agenda(_sample("kkr_hovedstaden_2022.txt"))
    plan = parse_meeting_plan(kkr_2026)
    council_agenda = parse_agenda(_sample("borgerrepraesentationen_2026-03-12.txt"))
    council_days = _council_days(dt.date(2026, 1, 8), ctx.today + dt.timedelta(days=70))
    count = 0
    for gi, group_id in enumerate(ctx.group_ids):
        res = meetings.import_meeting_plan(store, group_id, plan, body_name=KKR, body_kind="kkr")
        count += len(res.created)
        kkr = meetings.import_agenda(store, group_id, agenda_2026, source="kkr_hovedstaden_2026.txt")
        meetings.import_agenda(store, group_id, agenda_2022, source="kkr_hovedstaden_2022.txt")
        count += 1
        council_meetings = []
        for k, day in enumerate(council_days):
            if day == council_agenda.meeting.date or (k % 3 == 0):
                # some council meetings carry the sample agenda, moved to their date
                a = copy.deepcopy(council_agenda)
                a.meeting.date = day
                council_meetings.append(meetings.import_agenda(store, group_id, a, source="demo").meeting)
            else:
                meetings.create_meeting(store, group_id, day, body_kind="council", body_name=COUNCIL,
                                        start_time="17:30", end_time="22:00",
                                        place="Rådhuset, Borgerrepræsentationens mødesal",
                                        group_meeting_start="16:00", group_meeting_end="17:15")
            count += 1
        month = dt.date(2026, 1, 1)
        while month <= ctx.today + dt.timedelta(days=60):
            day = month + dt.timedelta(days=(0 - month.weekday()) % 7 + 7)  # 2nd Monday
            if month.month != 7:
                meetings.create_meeting(store, group_id, day, body_kind="committee", body_name=COMMITTEE,
                                        start_time="15:00", end_time="17:00",
                                        place="Rådhuset, udvalgsværelse 3")
                count += 1
            month = dt.date(month.year + (month.month == 12), month.month % 12 + 1, 1)
        if gi < 2:
            _link_examples(store, ctx, group_id, kkr.items, council_meetings)
    ctx.counts["meetings"] = count


def _link_examples(store: Store, ctx, group_id: int, kkr_items, council_meetings) -> None:
    members = ctx.member_ids.get(group_id) or []
    if not members:
        return
    by_number = {it.number: it for it in kkr_items}
    item = by_number.get("1.4")
    if item is not None:
        received = dt.datetime(2026, 1, 14, 9, 0)
        meetings.create_request_for_item(store, item.id, members[0], "speech",
                                         due_date=dt.date(2026, 1, 23), received_at=received,
                                         status="done")
    upcoming = [m for m in council_meetings if m.date > ctx.today]
    if upcoming:
        items = meetings.list_items(store, upcoming[0].id)
        if items:
            target = items[min(2, len(items) - 1)]
            meetings.create_request_for_item(store, target.id, members[-1], "speech")
            meetings.create_draft_for_item(store, target.id, members[-1], "speech")
