"""Press monitoring in the monthly activity log: one *Presseovervågning* request per member and
month (task type ``press_monitoring``) that counts the clippings kept for the member and holds the
time spent, so the activity log, its exports and the board show it like any other task."""

from __future__ import annotations

import datetime as dt
import re

from sqlmodel import Session, select

from secretary_app.domain.changes import Kind, changes
from secretary_app.services.requests.fields import MAX_LOG_MINUTES, clean_minutes
from secretary_app.services.requests.validation import column_end
from secretary_app.domain.dates import COPENHAGEN, format_month, local_today
from secretary_app.domain.errors import NotFoundError
from secretary_app.services import requests as request_svc
from secretary_app.store.engine import Store
from secretary_app.store.models import Request, TaskType

CODE = "press_monitoring"
TAG = "presseklip"
_COUNT = re.compile(r"^(\d+) presseklip gemt", re.M)


def _local_day(moment: dt.datetime) -> dt.date:
    return moment.replace(tzinfo=dt.timezone.utc).astimezone(COPENHAGEN).date()


@changes(Kind.CLIPPINGS | Kind.REQUESTS | Kind.TIME_ENTRIES)
def monthly_request(s: Session, group_id: int, member_id: int, day: dt.date) -> Request:
    """The member's press-monitoring request for the month of ``day``, made on first use."""
    task_type = s.exec(select(TaskType).where(TaskType.group_id == group_id, TaskType.code == CODE)).first()
    if task_type is None:
        raise NotFoundError("Gruppen har ikke opgavetypen Presseovervågning (press_monitoring); tilføj den i "
                            "kataloget.", "The group has no task type Press monitoring (press_monitoring); add it "
                            "in the catalogue.", field="type")
    title = f"Presseovervågning {format_month(day.year, day.month)}"
    found = s.exec(select(Request).where(
        Request.group_id == group_id, Request.member_id == member_id, Request.task_type_id == task_type.id,
        Request.title == title, Request.deleted_at.is_(None))).first()
    if found is not None:
        return found
    start = dt.datetime(day.year, day.month, 1, 9, 0, tzinfo=COPENHAGEN).astimezone(dt.timezone.utc)
    req = Request(group_id=group_id, member_id=member_id, task_type_id=task_type.id, title=title,
                  description="0 presseklip gemt.", channel="other", received_at=start.replace(tzinfo=None),
                  status="in_progress", tags=TAG,
                  position=column_end(s, member_id, "in_progress"))
    s.add(req)
    s.flush()
    return req


@changes(Kind.CLIPPINGS | Kind.REQUESTS | Kind.TIME_ENTRIES)
def count_clipping(s: Session, group_id: int, member_id: int, moment: dt.datetime) -> Request:
    """One more clipping kept for the member in the month it was published (in the caller's
    transaction)."""
    req = monthly_request(s, group_id, member_id, _local_day(moment))
    m = _COUNT.search(req.description or "")
    n = int(m.group(1)) + 1 if m else 1
    line = f"{n} presseklip gemt."
    req.description = _COUNT.sub(line.rstrip("."), req.description, count=1) if m else \
        (line + ("\n" + req.description if req.description else ""))
    s.add(req)
    return req


@changes(Kind.CLIPPINGS | Kind.REQUESTS | Kind.TIME_ENTRIES)
def uncount_clipping(s: Session, group_id: int, member_id: int, moment: dt.datetime) -> None:
    """Undo of ``count_clipping``."""
    req = monthly_request(s, group_id, member_id, _local_day(moment))
    m = _COUNT.search(req.description or "")
    if m and int(m.group(1)) > 0:
        req.description = _COUNT.sub(f"{int(m.group(1)) - 1} presseklip gemt", req.description, count=1)
        s.add(req)


@changes(Kind.REQUESTS | Kind.TIME_ENTRIES)
def log_press_time(store: Store, group_id: int, member_id: int, minutes, day: dt.date | None = None,
                   note: str = ""):
    """Time spent on press monitoring for a member, on the month's request."""
    day = day or local_today()
    clean_minutes(minutes, "minutes", "Tidsforbruget", "The time spent", MAX_LOG_MINUTES,
                  allow_none=False)  # a bad value must not leave an empty request behind
    with store.session() as s:
        req = monthly_request(s, group_id, member_id, day)
        rid = req.id
    return request_svc.log_time(store, rid, minutes, work_date=day, note=note)
