"""The monthly activity log: time and tasks per member and task type for one party group.

Definitions (the same in the GUI, the PDF, the XLSX and the CSV):

* A request is *received* in the period when its ``received_at`` (naive UTC) falls in
  the period's Copenhagen-local days: 23:30 local on the 31st belongs to that month,
  00:30 local on the 1st to the next, whatever the daylight-saving offset.
* *Completed / open / declined* count the requests received in the period by their
  status now (the schema keeps no completion timestamp).
* *Minutes logged* are the time entries whose ``work_date`` (a local date) falls in the
  period, whenever their request was received. The detail list therefore holds every
  request received in the period or worked on in it, and its minutes add up to the total.
* Trashed requests (``deleted_at`` set) and their time are left out; only the chosen
  group's rows are read.

Everything is computed with a handful of aggregate queries, never one per row.
"""

from __future__ import annotations

import datetime as dt

from secretary_app.domain.activity import (  # the report's types, re-exported for the GUI and CLI
    ActivityReport, Counts, GuardLine, GuardSummary, Period, QuestionLine, QuestionSummary, RequestLine, SummaryRow,
    default_filename, format_minutes, hours_decimal, month_period, range_period, resolve_period,
)
from secretary_app.domain.catalogue import QUESTION_CODE
from secretary_app.domain.dates import COPENHAGEN, local_today
from secretary_app.domain.vocab import OPEN_STATUSES, REQUEST_STATUSES, label
from secretary_app.domain.workdays import answer_due, stored_closing_days
from secretary_app.store.engine import Store


def _ts(moment: dt.datetime) -> str:
    # The text form SQLAlchemy stores for naive datetimes: bounds compare as strings.
    return moment.strftime("%Y-%m-%d %H:%M:%S")


def _parse_ts(text) -> dt.datetime:
    if isinstance(text, dt.datetime):
        return text
    return dt.datetime.fromisoformat(str(text))


def _parse_date(text) -> dt.date | None:
    if text is None or text == "":
        return None
    if isinstance(text, dt.date):
        return text
    return dt.date.fromisoformat(str(text)[:10])


def build_report(store: Store, group_id: int, period: Period, member_id: int | None = None,
                 *, today: dt.date | None = None, lang: str = "da") -> ActivityReport:
    """The activity log of one party group (optionally one member) for ``period``."""
    from secretary_app.domain.errors import NotFoundError

    start_utc, end_utc = period.utc_bounds()
    today = today or local_today()
    with store.session() as s:
        conn = s.connection()

        def q(sql: str, params: dict) -> list:
            return conn.exec_driver_sql(sql, params).fetchall()

        head = q("SELECT g.name, g.list_letter, c.name, c.extra_closing_days FROM party_group g "
                 "JOIN council c ON c.id = g.council_id WHERE g.id = :g", {"g": group_id})
        if not head:
            raise NotFoundError(f"Partigruppen med id {group_id} findes ikke.",
                                f"There is no party group with id {group_id}.")
        group_name, letter, council_name, closing_json = head[0]
        members = q("SELECT id, name, active_from, active_to FROM member WHERE group_id = :g ORDER BY name",
                    {"g": group_id})
        member_name = None
        if member_id is not None:
            found = [m for m in members if m[0] == member_id]
            if not found:
                raise NotFoundError(f"Medlemmet med id {member_id} er ikke med i gruppen.",
                                    f"Member {member_id} is not in the group.")
            member_name = found[0][1]
        types = q("SELECT id, code, label_da, label_en, position, active FROM task_type "
                  "WHERE group_id = :g ORDER BY position, id", {"g": group_id})

        p = {"g": group_id, "m": member_id, "a": _ts(start_utc), "b": _ts(end_utc),
             "d0": period.start.isoformat(), "d1": period.end.isoformat()}
        member_cond = "" if member_id is None else " AND r.member_id = :m"
        open_list = ", ".join(f"'{code}'" for code in OPEN_STATUSES)
        received = q(
            "SELECT r.member_id, r.task_type_id, COUNT(*),"
            " SUM(r.status = 'done'), SUM(r.status IN (" + open_list + ")), SUM(r.status = 'declined')"
            " FROM request r WHERE r.group_id = :g AND r.deleted_at IS NULL"
            " AND r.received_at >= :a AND r.received_at < :b" + member_cond +
            " GROUP BY r.member_id, r.task_type_id", p)
        logged = q(
            "SELECT r.member_id, r.task_type_id, SUM(t.minutes) FROM time_entry t"
            " JOIN request r ON r.id = t.request_id"
            " WHERE t.work_date >= :d0 AND t.work_date <= :d1"
            " AND r.group_id = :g AND r.deleted_at IS NULL" + member_cond +
            " GROUP BY r.member_id, r.task_type_id", p)
        detail = q(
            "SELECT r.id, r.member_id, r.task_type_id, r.title, r.received_at, r.status,"
            " COALESCE(w.minutes, 0), r.received_at >= :a AND r.received_at < :b"
            " FROM request r LEFT JOIN (SELECT t.request_id AS request_id, SUM(t.minutes) AS minutes"
            "   FROM time_entry t WHERE t.work_date >= :d0 AND t.work_date <= :d1 GROUP BY t.request_id) w"
            "   ON w.request_id = r.id"
            " WHERE r.group_id = :g AND r.deleted_at IS NULL" + member_cond +
            " AND ((r.received_at >= :a AND r.received_at < :b) OR w.minutes IS NOT NULL)"
            " ORDER BY r.received_at, r.id", p)
        questions = q(
            "SELECT r.id, r.member_id, r.title, r.received_at, r.sent_date, r.answer_due, r.answered_date,"
            " r.status FROM request r JOIN task_type tt ON tt.id = r.task_type_id"
            " WHERE r.group_id = :g AND r.deleted_at IS NULL AND tt.code = :code"
            " AND r.received_at >= :a AND r.received_at < :b" + member_cond +
            " ORDER BY r.received_at, r.id", {**p, "code": QUESTION_CODE})
        # Guard events follow their request's member; an event without a request counts for
        # the whole group only. Events on trashed requests go with them.
        guard = q(
            "SELECT SUM(e.action = 'check'), SUM(e.action = 'check' AND e.verdict <> 'ok'),"
            " SUM(e.action = 'declined'),"
            " SUM(e.action = 'accepted' AND TRIM(e.justification) <> '')"
            " FROM guard_event e LEFT JOIN request r ON r.id = e.request_id"
            " WHERE e.group_id = :g AND e.at >= :a AND e.at < :b"
            " AND (e.request_id IS NULL OR r.deleted_at IS NULL)"
            + member_cond, p)
        justifications = q(
            "SELECT COALESCE(r.title, ''), e.justification FROM guard_event e"
            " LEFT JOIN request r ON r.id = e.request_id"
            " WHERE e.group_id = :g AND e.at >= :a AND e.at < :b AND e.action = 'accepted'"
            " AND TRIM(e.justification) <> '' AND (e.request_id IS NULL OR r.deleted_at IS NULL)"
            + member_cond + " ORDER BY e.at, e.id", p)
        guard_rows = q(
            "SELECT e.at, e.request_id, r.member_id, COALESCE(r.title, ''), e.verdict, e.action,"
            " e.reasons_json, COALESCE(e.justification, '') FROM guard_event e"
            " LEFT JOIN request r ON r.id = e.request_id"
            " WHERE e.group_id = :g AND e.at >= :a AND e.at < :b"
            " AND (e.action <> 'check' OR e.verdict <> 'ok')"
            " AND (e.request_id IS NULL OR r.deleted_at IS NULL)" + member_cond + " ORDER BY e.at, e.id", p)

    member_names = {m[0]: m[1] for m in members}
    type_label = {t[0]: (t[3] if lang == "en" and t[3] else t[2]) for t in types}
    type_order = {t[0]: i for i, t in enumerate(types)}

    cells: dict[tuple[int, int], Counts] = {}
    for mid, tid, n, done, opened, declined in received:
        c = cells.setdefault((mid, tid), Counts())
        c.received, c.completed, c.open, c.declined = n, done or 0, opened or 0, declined or 0
    for mid, tid, minutes in logged:
        cells.setdefault((mid, tid), Counts()).minutes = int(minutes or 0)

    # Every member of the group who was active in the period (or has data) gets a line,
    # so a member with nothing logged shows as 0, not as missing.
    shown_members = [m for m in members
                     if (member_id is None or m[0] == member_id) and (
                         any(k[0] == m[0] for k in cells) or _overlaps(m[2], m[3], period))]
    by_member = []
    for mid, name, *_ in shown_members:
        c = Counts()
        for (m2, _t), v in cells.items():
            if m2 == mid:
                c.add(v)
        by_member.append(SummaryRow((mid,), name, c))
    by_type = []
    for t in types:
        tid, active = t[0], t[5]
        c = Counts()
        for (_m, t2), v in cells.items():
            if t2 == tid:
                c.add(v)
        if active or c.received or c.minutes:
            by_type.append(SummaryRow((tid,), type_label[tid], c))
    by_member_type = [
        SummaryRow(key, member_names.get(key[0], "?"), v, type_label.get(key[1], "?"))
        for key, v in sorted(cells.items(), key=lambda kv: (member_names.get(kv[0][0], ""),
                                                             type_order.get(kv[0][1], 0)))
    ]
    totals = Counts()
    for v in cells.values():
        totals.add(v)

    status_da = {t.code: t.label(lang) for t in REQUEST_STATUSES}
    lines = [
        RequestLine(rid, _to_local(_parse_ts(rec)), member_names.get(mid, "?"), type_label.get(tid, "?"),
                    title, status, status_da.get(status, label(REQUEST_STATUSES, status, lang)),
                    int(minutes), bool(inside))
        for rid, mid, tid, title, rec, status, minutes, inside in detail
    ]

    qs = QuestionSummary()
    extra = stored_closing_days(closing_json)
    deadlines: dict[dt.date, dt.date] = {}  # many questions share a sending day
    for rid, mid, title, rec, sent, due, answered, status in questions:
        sent_d = _parse_date(sent) or _to_local(_parse_ts(rec)).date()
        due_d = _parse_date(due)
        if due_d is None:
            if sent_d not in deadlines:
                deadlines[sent_d] = answer_due(sent_d, extra)
            due_d = deadlines[sent_d]
        answered_d = _parse_date(answered)
        if answered_d is not None:
            outcome = "within" if answered_d <= due_d else "late"
        elif status in ("done", "declined"):
            # Closed without an answer date: count it by the deadline, not as waiting.
            outcome = "within" if today <= due_d else "late"
        else:
            outcome = "pending" if today <= due_d else "overdue"
        setattr(qs, outcome, getattr(qs, outcome) + 1)
        qs.total += 1
        qs.lines.append(QuestionLine(rid, member_names.get(mid, "?"), title, sent_d, due_d, answered_d, outcome))

    g = guard[0] if guard else (0, 0, 0, 0)
    gs = GuardSummary(int(g[0] or 0), int(g[1] or 0), int(g[2] or 0), int(g[3] or 0),
                      [(t, j) for t, j in justifications],
                      [GuardLine(_to_local(_parse_ts(at)), rid, member_names.get(mid, "") if mid else "", title,
                                 verdict, action, _reason_names(reasons, lang), justification)
                       for at, rid, mid, title, verdict, action, reasons, justification in guard_rows])

    return ActivityReport(
        group_id=group_id, group_name=group_name, list_letter=letter, council_name=council_name,
        period=period, member_id=member_id, member_name=member_name,
        generated_at=dt.datetime.now(COPENHAGEN).replace(microsecond=0, tzinfo=None),
        by_member=by_member, by_type=by_type, by_member_type=by_member_type, totals=totals,
        requests=lines, questions=qs, guard=gs)


def _reason_names(reasons_json: str | None, lang: str) -> list[tuple[str, str, str]]:
    """(name, words found, explanation) of a stored event's reasons: rule names, never ids."""
    import json

    from secretary_app.domain.guard import Reason, default_rulebook

    try:
        data = json.loads(reasons_json or "[]")
    except ValueError:
        return []
    book = default_rulebook()
    en = lang == "en"
    model_name = book.model_names[1 if en else 0]
    names = {rule.id: rule.names[1 if en else 0] for rule in book.rules}
    unknown = "A guard rule" if en else "En af vagtens regler"  # a rule since removed from the file
    out = []
    for d in data:
        if not isinstance(d, dict) or "rule" not in d:
            continue  # a draft's or a mail's marker of where the text came from
        r = Reason.from_dict(d)
        name = model_name if r.rule.startswith("model.") else (r.name_en if en else r.name_da)
        out.append((name or names.get(r.rule) or unknown, r.match, r.explanation(lang)))
    return out


def last_month_with_time(store: Store, group_id: int, before: dt.date, member_id: int | None = None):
    """(year, month) of the newest month before ``before``'s month with time logged, or None."""
    with store.session() as s:
        row = s.connection().exec_driver_sql(
            "SELECT MAX(t.work_date) FROM time_entry t JOIN request r ON r.id = t.request_id"
            " WHERE r.group_id = :g AND r.deleted_at IS NULL AND t.work_date < :d"
            + ("" if member_id is None else " AND r.member_id = :m"),
            {"g": group_id, "d": before.replace(day=1).isoformat(), "m": member_id}).fetchone()
    day = _parse_date(row[0]) if row else None
    return (day.year, day.month) if day else None


def _overlaps(active_from, active_to, period: Period) -> bool:
    start, end = _parse_date(active_from), _parse_date(active_to)
    return (start is None or start <= period.end) and (end is None or end >= period.start)


def _to_local(moment: dt.datetime) -> dt.datetime:
    return moment.replace(tzinfo=dt.timezone.utc).astimezone(COPENHAGEN).replace(tzinfo=None)
