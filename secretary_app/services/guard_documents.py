"""The guard beyond requests: drafts when they are marked ready or exported, mails at intake.

A speech or a press release can turn into campaign material on its way out (a call to vote for
the party, a candidate's programme), and a mail can carry a request the member never typed
into the board. These are judged by the same guard (``domain.guard``: greetings, signatures and
quoted history are set aside, the sentence that carries a problem is named) and the verdict
goes to the same append-only audit log (``guard_event``) as a request's: linked to the draft's
request when it has one, and marked with where the text came from, so the log says "draft 12,
export" or "mail at intake". The guard advises; exporting a flagged draft stays the
secretary's decision.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from secretary_app.domain import guard as engine
from secretary_app.domain.dates import utc_now
from secretary_app.domain.changes import Kind, changes
from secretary_app.domain.errors import NotFoundError, ValidationError
from secretary_app.domain.guard import GuardResult
from secretary_app.store.engine import Store
from secretary_app.store.models import Draft, GuardEvent, Request

OCCASIONS = ("ready", "export", "intake")
SOURCE_KEY = "source"


@dataclass(frozen=True)
class DocumentCheck:
    result: GuardResult
    event_id: int | None

    @property
    def flagged(self) -> bool:
        return self.result.flagged


def source_of(reasons: list[Any]) -> dict[str, Any] | None:
    """The marker a document check leaves in an event's reasons, or None for a request check."""
    for item in reasons:
        if isinstance(item, dict) and SOURCE_KEY in item and "rule" not in item:
            return item
    return None


def _record(store: Store, group_id: int, request_id: int | None, result: GuardResult,
            source: dict[str, Any]) -> int:
    reasons = [source] + [r.to_dict() for r in result.reasons]
    with store.session() as s:
        event = GuardEvent(group_id=group_id, request_id=request_id, at=utc_now(), verdict=result.verdict,
                           reasons_json=json.dumps(reasons, ensure_ascii=False), action="check")
        s.add(event)
        s.flush()
        s.refresh(event)
        return event.id


def _last_draft_event(s, draft_id: int) -> GuardEvent | None:
    from sqlmodel import select

    marker = f'"draft_id": {int(draft_id)},'
    rows = s.exec(select(GuardEvent).where(GuardEvent.reasons_json.contains(marker))
                  .order_by(GuardEvent.at.desc(), GuardEvent.id.desc()).limit(1)).all()
    return rows[0] if rows else None


def _draft_text(store: Store, draft_id: int) -> tuple[str, int, int | None]:
    with store.session() as s:
        draft = s.get(Draft, draft_id)
        if draft is None or draft.deleted_at is not None:
            raise NotFoundError(f"Udkastet med id {draft_id} findes ikke.",
                                f"There is no draft with id {draft_id}.", field="id")
        text = "\n".join(p for p in ((draft.title or "").strip(), (draft.plain_text or "").strip()) if p)
        return text, draft.group_id, draft.request_id


def judge_draft(store: Store, draft_id: int) -> GuardResult:
    """The guard's verdict on a draft's title and text (reads only)."""
    return engine.check(_draft_text(store, draft_id)[0])


@changes(Kind.GUARD_EVENTS)
def record_draft_check(store: Store, draft_id: int, occasion: str, result: GuardResult) -> int | None:
    """Log a draft's verdict when it is a flag or differs from the draft's last logged verdict
    (a draft exported ten times unchanged does not flood the log). Returns the event id."""
    if occasion not in OCCASIONS:
        raise ValidationError(f"Ukendt anledning »{occasion}«.", f"Unknown occasion '{occasion}'.",
                              field="occasion")
    _, group_id, request_id = _draft_text(store, draft_id)
    with store.session() as s:
        last = _last_draft_event(s, draft_id)
        last_verdict = last.verdict if last is not None else None
    if result.flagged or (last_verdict is not None and last_verdict != result.verdict):
        return _record(store, group_id, request_id, result,
                       {SOURCE_KEY: "draft", "draft_id": int(draft_id), "occasion": occasion})
    return None


@changes(Kind.GUARD_EVENTS)
def check_draft(store: Store, draft_id: int, occasion: str = "export", *, record: bool = True) -> DocumentCheck:
    """Judge a draft before it leaves the workspace (marked ready, exported) and log it."""
    result = judge_draft(store, draft_id)
    event_id = record_draft_check(store, draft_id, occasion, result) if record else None
    return DocumentCheck(result, event_id)


@changes(Kind.GUARD_EVENTS | Kind.REQUESTS)
def check_mail(store: Store | None, group_id: int | None, text: str, *, subject: str = "",
               request_id: int | None = None) -> DocumentCheck:
    """Judge a mail at intake (subject and body as received). With a store and a group the
    verdict is logged, linked to the request made from the mail when there is one."""
    body = "\n".join(p for p in ((subject or "").strip(), text or "") if p)
    result = engine.check(body)
    event_id = None
    if store is not None and group_id is not None:
        if request_id is not None:
            with store.session() as s:
                req = s.get(Request, request_id)
                if req is None or req.group_id != group_id:
                    raise NotFoundError(f"Opgaven med id {request_id} findes ikke i gruppen.",
                                        f"There is no request with id {request_id} in the group.", field="id")
                if req.guard_verdict != result.verdict:
                    req.guard_verdict = result.verdict
                    s.add(req)
        event_id = _record(store, group_id, request_id, result, {SOURCE_KEY: "mail", "occasion": "intake"})
    return DocumentCheck(result, event_id)
