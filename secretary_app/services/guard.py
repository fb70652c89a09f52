"""The guard's use cases: check a request, record the verdict, record the secretary's decision.

The guard advises; the secretary decides. Every verdict that changes and every decision is
appended to ``guard_event`` (append-only: a database trigger refuses updates and deletes), so
the audit log shows when, what the guard said and why, what was decided and the written
justification. One session per use case: nothing is half-saved.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func
from sqlmodel import select

from secretary_app.domain import guard as engine
from secretary_app.domain.changes import Kind, changes
from secretary_app.domain.dates import COPENHAGEN, utc_now
from secretary_app.domain.errors import ValidationError
from secretary_app.domain.guard import GuardResult, Reason
from secretary_app.domain.validation import TEXT_MAX, clean_text
from secretary_app.services.lookup import get_or_not_found
from secretary_app.store.engine import Store
from secretary_app.store.models import GuardEvent, Request

ACTIONS = ("declined", "accepted", "rewritten")
JUSTIFICATION_MAX = 4000
# Kept on the request when the secretary declines without typing a reason (Danish: it is
# what the member sees in the decline reason field).
DEFAULT_DECLINE_REASON = {
    "party_political": "Partipolitisk arbejde – uden for medlemssekretærordningen (KSL § 16, stk. 11).",
    "outside_role": "Uden for hvervet – medlemmets private forhold (KSL § 16, stk. 11).",
}


def check_text(text: str, task_type_code: str | None = None) -> GuardResult:
    return engine.check(text, task_type_code)


def check_request(title: str, description: str = "", task_type_code: str | None = None) -> GuardResult:
    """Check what a request asks for: its title and description together."""
    text = "\n".join(part for part in ((title or "").strip(), (description or "").strip()) if part)
    return engine.check(text, task_type_code)


def _signature(verdict: str, reasons: list[dict[str, Any]]) -> tuple:
    return verdict, tuple((r.get("rule"), r.get("match")) for r in reasons)


def event_reasons(event: GuardEvent) -> list[Reason]:
    """The reasons stored with an event (both languages), tolerant of hand-edited rows."""
    try:
        data = json.loads(event.reasons_json or "[]")
    except ValueError:
        return []
    return [Reason.from_dict(d) for d in data if isinstance(d, dict)]


def _last_event(s, request_id: int) -> GuardEvent | None:
    return s.exec(select(GuardEvent).where(GuardEvent.request_id == request_id)
                  .order_by(GuardEvent.at.desc(), GuardEvent.id.desc()).limit(1)).first()



@changes(Kind.GUARD_EVENTS | Kind.REQUESTS)
def record_check(store: Store, group_id: int, request_id: int | None, result: GuardResult) -> GuardEvent | None:
    """Log a verdict and keep it on the request. Returns the new event, or None when the verdict
    and reasons are the same as in the request's last event (saving twice does not flood the log)."""
    reasons = [r.to_dict() for r in result.reasons]
    with store.session() as s:
        if request_id is not None:
            req = get_or_not_found(s, Request, request_id)
            if req.group_id != group_id:
                raise ValidationError("Opgaven hører til en anden partigruppe.",
                                      "The request belongs to another party group.", field="group")
            last = _last_event(s, request_id)
            if req.guard_verdict != result.verdict:
                req.guard_verdict = result.verdict
                s.add(req)
            if last is not None and _signature(last.verdict, json.loads(last.reasons_json or "[]")) \
                    == _signature(result.verdict, reasons):
                return None
        event = GuardEvent(group_id=group_id, request_id=request_id, at=utc_now(), verdict=result.verdict,
                           reasons_json=json.dumps(reasons, ensure_ascii=False), action="check")
        s.add(event)
        s.flush()
        s.refresh(event)
        return event


@changes(Kind.GUARD_EVENTS | Kind.REQUESTS)
def decide(store: Store, request_id: int, action: str, justification: str = "") -> GuardEvent:
    """Record the secretary's decision on a (flagged) request.

    ``declined``: the request gets status Afvist and the reason is kept as its decline reason.
    ``accepted``: the secretary goes ahead; a written justification is required.
    ``rewritten``: the request was reworded to stay within the scheme.
    """
    if action not in ACTIONS:
        raise ValidationError(f"Ukendt beslutning »{action}« (brug declined, accepted eller rewritten).",
                              f"Unknown decision '{action}' (use declined, accepted or rewritten).",
                              field="action")
    text = clean_text(justification, "Begrundelsen", "The justification", max_len=JUSTIFICATION_MAX,
                      required=(action == "accepted"), multiline=True)
    with store.session() as s:
        req = get_or_not_found(s, Request, request_id)
        last = _last_event(s, request_id)
        verdict = req.guard_verdict or (last.verdict if last else engine.VERDICT_OK)
        reasons_json = last.reasons_json if last is not None and last.verdict == verdict else "[]"
        now = utc_now()
        if action == "declined":
            if not text:
                text = DEFAULT_DECLINE_REASON.get(verdict, "Afvist efter vagtens vurdering.")
            if req.status != "declined":
                top = s.exec(select(func.max(Request.position)).where(
                    Request.member_id == req.member_id, Request.status == "declined",
                    Request.deleted_at.is_(None))).one()
                req.position = (top or 0.0) + 1.0
            req.status = "declined"
            req.decline_reason = text[:TEXT_MAX]
        req.guard_decision = action
        req.updated_at = now
        s.add(req)
        event = GuardEvent(group_id=req.group_id, request_id=req.id, at=now, verdict=verdict,
                           reasons_json=reasons_json, action=action, justification=text)
        s.add(event)
        s.flush()
        s.refresh(event)
        return event


def audit_log(store: Store, group_id: int | None = None, request_id: int | None = None) -> list[GuardEvent]:
    """Events oldest first, for a group and/or one request."""
    with store.session() as s:
        q = select(GuardEvent)
        if group_id is not None:
            q = q.where(GuardEvent.group_id == group_id)
        if request_id is not None:
            q = q.where(GuardEvent.request_id == request_id)
        return list(s.exec(q.order_by(GuardEvent.at, GuardEvent.id)).all())


@dataclass
class GuardSummary:
    checks: int = 0
    flagged: int = 0
    declined: int = 0
    accepted_with_justification: int = 0
    rewritten: int = 0

    def as_dict(self) -> dict[str, int]:
        return dict(self.__dict__)


def _utc_bound(value: dt.date | dt.datetime) -> dt.datetime:
    """A Copenhagen-local date means its local midnight; a datetime is naive UTC already."""
    if isinstance(value, dt.datetime):
        return value.astimezone(dt.timezone.utc).replace(tzinfo=None) if value.tzinfo else value
    local = dt.datetime(value.year, value.month, value.day, tzinfo=COPENHAGEN)
    return local.astimezone(dt.timezone.utc).replace(tzinfo=None)


def summary(store: Store, group_id: int, start: dt.date | dt.datetime, end: dt.date | dt.datetime) -> GuardSummary:
    """Counts for the monthly report: from ``start`` up to, not including, ``end``
    (dates are Copenhagen-local days). Flagged counts distinct requests with a flagged check."""
    a, b = _utc_bound(start), _utc_bound(end)
    out = GuardSummary()
    flagged_requests: set[Any] = set()
    with store.session() as s:
        rows = s.exec(select(GuardEvent).where(GuardEvent.group_id == group_id, GuardEvent.at >= a,
                                               GuardEvent.at < b)).all()
        for e in rows:
            if e.action == "check":
                out.checks += 1
                if e.verdict != engine.VERDICT_OK:
                    flagged_requests.add(e.request_id if e.request_id is not None else ("event", e.id))
            elif e.action == "declined":
                out.declined += 1
            elif e.action == "accepted" and (e.justification or "").strip():
                out.accepted_with_justification += 1
            elif e.action == "rewritten":
                out.rewritten += 1
    out.flagged = len(flagged_requests)
    return out
