"""Lists of requests, the trash, and full-text search (SQLite FTS5 ``request_fts``)."""

from __future__ import annotations

import re
from typing import Any

from sqlmodel import select

from secretary_app.services.requests.fields import STATUS_CODES, field_error
from secretary_app.store.engine import Store
from secretary_app.store.models import Request


def list_requests(store: Store, group_id: int, member_id: int | None = None, status: str | None = None,
                  include_deleted: bool = False) -> list[Request]:
    if status is not None and status not in STATUS_CODES:
        raise field_error(f"Ukendt status »{status}« (brug {', '.join(STATUS_CODES)}).",
                          f"Unknown status '{status}' (use {', '.join(STATUS_CODES)}).", "status")
    with store.session() as s:
        q = select(Request).where(Request.group_id == group_id)
        if member_id is not None:
            q = q.where(Request.member_id == member_id)
        if status is not None:
            q = q.where(Request.status == status)
        if not include_deleted:
            q = q.where(Request.deleted_at.is_(None))
        return list(s.exec(q.order_by(Request.member_id, Request.status, Request.position, Request.id)))


def list_trash(store: Store, group_id: int) -> list[Request]:
    with store.session() as s:
        return list(s.exec(select(Request).where(Request.group_id == group_id,
                                                 Request.deleted_at.is_not(None))
                           .order_by(Request.deleted_at.desc())))


_WORD = re.compile(r"\w+", re.UNICODE)


def trash_count(store: Store, group_id: int) -> int:
    with store.engine.connect() as conn:
        return int(conn.exec_driver_sql(
            "SELECT COUNT(*) FROM request WHERE group_id = ? AND deleted_at IS NOT NULL", (group_id,)).scalar())


def fts_query(user_text: str) -> str | None:
    """Turn what a user types into a safe FTS5 query: every word must match, as a prefix."""
    words = _WORD.findall((user_text or "")[:500])
    if not words:
        return None
    return " ".join(f'"{w}"*' for w in words[:20])


def search_request_ids(store: Store, group_id: int, query: str, member_id: int | None = None,
                       include_deleted: bool = False) -> list[int]:
    """Ids of the group's requests whose title, description or tags match, best first."""
    match = fts_query(query)
    if match is None:
        return []
    sql = ("SELECT r.id FROM request_fts CROSS JOIN request r ON r.id = request_fts.rowid "
           "WHERE request_fts MATCH :m AND r.group_id = :g")
    params: dict[str, Any] = {"m": match, "g": group_id}
    if member_id is not None:
        sql += " AND r.member_id = :mid"
        params["mid"] = member_id
    if not include_deleted:
        sql += " AND r.deleted_at IS NULL"
    sql += " ORDER BY bm25(request_fts)"
    with store.engine.connect() as conn:
        return [row[0] for row in conn.exec_driver_sql(_positional(sql, params), _values(sql, params))]


def _positional(sql: str, params: dict[str, Any]) -> str:
    return re.sub(r":(\w+)", "?", sql)


def _values(sql: str, params: dict[str, Any]) -> tuple:
    return tuple(params[name] for name in re.findall(r":(\w+)", sql))


def search_requests(store: Store, group_id: int, query: str, member_id: int | None = None) -> list[Request]:
    ids = search_request_ids(store, group_id, query, member_id)
    if not ids:
        return []
    with store.session() as s:
        by_id = {r.id: r for r in s.exec(select(Request).where(Request.id.in_(ids)))}
    return [by_id[i] for i in ids if i in by_id]
