"""The archive: done requests untouched for longer than a chosen number of days leave the board.

Nothing is moved or copied: a request is archived when it is done and was last changed before
the cut-off, so reports and search read it as always. Restoring one puts it back on the board
(its last change becomes now); undo gives it its old time back.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from secretary_app.domain.changes import Kind, changes
from secretary_app.domain.dates import utc_now
from secretary_app.domain.errors import ValidationError
from secretary_app.services.lookup import get_or_not_found
from secretary_app.store.engine import Store
from secretary_app.store.models import Member, Request

DEFAULT_DAYS = 30
MIN_DAYS, MAX_DAYS = 1, 3650

# Appended to the board query: not an archived card.
BOARD_FILTER = " AND NOT (r.status = 'done' AND datetime(r.updated_at) < datetime(?))"


def cutoff(days: int, now: dt.datetime | None = None) -> dt.datetime:
    """The moment before which a done request counts as archived (naive UTC, as stored)."""
    days = max(MIN_DAYS, min(MAX_DAYS, int(days)))
    return (now or utc_now()) - dt.timedelta(days=days)


@dataclass(slots=True)
class ArchivedRequest:
    id: int
    title: str
    member_name: str
    done_at: dt.datetime  # naive UTC: the last change


def list_archived(store: Store, group_id: int, days: int, query: str = "",
                  member_id: int | None = None) -> list[ArchivedRequest]:
    """Archived requests of the group, latest first; ``query`` searches as the board does."""
    from sqlmodel import select

    from secretary_app.services.requests.search import search_request_ids

    ids = set(search_request_ids(store, group_id, query, member_id)) if query.strip() else None
    limit = cutoff(days)
    with store.session() as s:
        q = (select(Request, Member.name).join(Member, Member.id == Request.member_id)
             .where(Request.group_id == group_id, Request.status == "done", Request.deleted_at.is_(None),
                    Request.updated_at < limit).order_by(Request.updated_at.desc(), Request.id.desc()))
        if member_id is not None:
            q = q.where(Request.member_id == member_id)
        rows = s.exec(q).all()
    return [ArchivedRequest(r.id, r.title, name, r.updated_at) for r, name in rows if ids is None or r.id in ids]


@changes(Kind.REQUESTS)
def set_last_change(store: Store, request_id: int, moment: dt.datetime | None = None) -> dt.datetime:
    """Put a request back on the board (``moment`` now) or back in the archive (its old time).
    Returns the time it had, for undo."""
    with store.session() as s:
        req = get_or_not_found(s, Request, request_id)
        if req.status != "done" or req.deleted_at is not None:
            raise ValidationError("Kun færdige opgaver ligger i arkivet.",
                                  "Only done requests are in the archive.", field="status")
        old = req.updated_at
        req.updated_at = moment or utc_now()
        s.add(req)
        return old
