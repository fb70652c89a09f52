"""The board's cards: one query per board, no ORM objects (thousands of cards per board)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from secretary_app.domain import vocab
from secretary_app.domain.catalogue import QUESTION_CODE
from secretary_app.services.requests.fields import received_local_date
from secretary_app.store.engine import Store


@dataclass(slots=True)
class Card:
    """What a board card shows; read in one query, no ORM objects (thousands per board)."""

    id: int
    member_id: int
    member_name: str
    type_code: str
    type_label: str
    title: str
    status: str
    position: float
    received: dt.date
    due_date: dt.date | None
    priority: int
    tags: str
    sent_date: dt.date | None
    answer_due: dt.date | None
    answered_date: dt.date | None
    guard_verdict: str | None
    guard_decision: str | None
    meeting_title: str
    minutes: int
    deleted_at: dt.datetime | None
    estimate: int = 0  # minutes; 0 when none was given

    @property
    def is_question(self) -> bool:
        return self.type_code == QUESTION_CODE

    def deadline(self) -> dt.date | None:
        """The date that matters on the card: the answer deadline for an unanswered question."""
        if self.is_question and self.answer_due and not self.answered_date:
            return self.answer_due
        return self.due_date

    def is_overdue(self, today: dt.date) -> bool:
        d = self.deadline()
        return d is not None and d < today and self.status in vocab.OPEN_STATUSES


_BOARD_SQL = """
SELECT r.id, r.member_id, m.name, t.code, t.label_da, t.label_en, r.title, r.status, r.position,
       r.received_at, r.due_date, r.priority, r.tags, r.sent_date, r.answer_due, r.answered_date,
       r.guard_verdict, r.guard_decision, mt.body_name, mt.date,
       COALESCE(te.minutes, 0), r.deleted_at, COALESCE(r.estimated_minutes, 0), mt.body_kind, mt.start_time
FROM request r
JOIN member m ON m.id = r.member_id
JOIN task_type t ON t.id = r.task_type_id
LEFT JOIN meeting mt ON mt.id = r.meeting_id
LEFT JOIN (SELECT request_id, SUM(minutes) AS minutes FROM time_entry GROUP BY request_id) te
       ON te.request_id = r.id
WHERE r.group_id = ? {where}
ORDER BY r.status, r.position, r.id
"""


_BOARD_SQL_MEMBER = _BOARD_SQL.replace(
    "LEFT JOIN (SELECT request_id, SUM(minutes) AS minutes FROM time_entry GROUP BY request_id) te\n"
    "       ON te.request_id = r.id",
    "LEFT JOIN (SELECT e.request_id, SUM(e.minutes) AS minutes FROM time_entry e "
    "JOIN request x ON x.id = e.request_id WHERE x.member_id = ? GROUP BY e.request_id) te "
    "ON te.request_id = r.id")


def _d(value: Any) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


def _utc_received_local(value: Any) -> dt.date:
    if isinstance(value, str):
        value = dt.datetime.fromisoformat(value)
    return received_local_date(value)


def _meeting_label(body: str | None, kind: str | None, day: Any, start: Any, lang: str) -> str:
    """``KKR Hovedstaden 26-01-2026 10:30``: the body by name (or its kind, translated), the
    day and the start time, as the meetings page labels it."""
    name = body or next((t.en if lang == "en" else t.da for t in vocab.MEETING_BODIES if t.code == kind), "")
    time = f" {str(start)[:5]}" if start else ""
    return f"{name} {_d(day):%d-%m-%Y}{time}".strip()


def board_cards(store: Store, group_id: int, member_id: int | None = None, *, trash: bool = False,
                open_only: bool = False, lang: str = "da", archive_days: int | None = None) -> list[Card]:
    """All cards of a member's board (or the whole group's), sorted by status and position;
    with ``archive_days``, done cards untouched for longer are left out (they are archived)."""
    where = " AND r.deleted_at IS NOT NULL" if trash else " AND r.deleted_at IS NULL"
    params: list[Any] = []
    sql = _BOARD_SQL
    if member_id is not None:
        sql = _BOARD_SQL_MEMBER
        params.append(member_id)
    params.append(group_id)
    if member_id is not None:
        where += " AND r.member_id = ?"
        params.append(member_id)
    if open_only:
        where += " AND r.status IN ('new', 'in_progress', 'waiting')"
    if archive_days is not None and not trash:
        from secretary_app.services.requests.archive import BOARD_FILTER, cutoff

        where += BOARD_FILTER
        params.append(str(cutoff(archive_days)))
    sql = sql.format(where=where)
    cards: list[Card] = []
    append = cards.append
    received_cache: dict[str, dt.date] = {}
    with store.engine.connect() as conn:
        rows = conn.exec_driver_sql(sql, tuple(params)).fetchall()
    for (rid, mid, mname, code, lda, len_, title, status, pos, rec, due, prio, tags, sent, adue,
         answered, gv, gd, mbody, mdate, minutes, deleted, estimate, mkind, mstart) in rows:
        # received_at is text 'YYYY-MM-DD HH:MM:SS...'; the local date depends on the hour only.
        key = rec[:13] if isinstance(rec, str) else str(rec)[:13]
        rday = received_cache.get(key)
        if rday is None:
            rday = received_cache[key] = _utc_received_local(rec)
        mtitle = _meeting_label(mbody, mkind, mdate, mstart, lang) if mdate else ""
        append(Card(rid, mid, mname, code, (len_ or lda) if lang == "en" else lda, title, status,
                    pos, rday, _d(due), prio, tags, _d(sent), _d(adue), _d(answered), gv, gd,
                    mtitle, minutes,
                    dt.datetime.fromisoformat(deleted) if isinstance(deleted, str) else deleted, estimate))
    return cards
