"""A read-only first look at the store with the standard library's sqlite3.

The ORM costs a third of a second to import; the secretary should see the party
groups and the member list before that. This is used only when the schema is
already at head, and the real services take over as soon as they are loaded.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from secretary_app.domain.errors import AppError
from secretary_app.domain.vocab import OPEN_STATUSES
from secretary_app.store import revision


@dataclass(frozen=True)
class GroupRow:
    id: int
    name: str
    list_letter: str


@dataclass(frozen=True)
class MemberRow:
    id: int
    group_id: int
    name: str
    committees: str
    email: str
    phone: str
    active_from: dt.date | None
    active_to: dt.date | None
    words_per_minute: int


@dataclass(frozen=True)
class Preview:
    groups: list[GroupRow]
    group_id: int
    members: list[MemberRow]
    open_counts: dict[int, int]


def _date(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value[:10]) if value else None


def preview(db_file: Path, prefer_group: int | None = None) -> Preview | None:
    """Groups, and the members of the preferred (or first) group; None if not ready."""
    state = revision.check(db_file)
    if not state.current:
        return None
    from secretary_app.store.cipher import errors, open_file

    try:
        con = open_file(db_file, mode="ro", timeout=2)
    except AppError:
        return None
    try:
        groups = [GroupRow(*r) for r in con.execute(
            "SELECT id, name, list_letter FROM party_group ORDER BY list_letter, name")]
        if not groups:
            return None
        ids = {g.id for g in groups}
        group_id = prefer_group if prefer_group in ids else groups[0].id
        members = [
            MemberRow(r[0], r[1], r[2], r[3], r[4], r[5], _date(r[6]), _date(r[7]), r[8])
            for r in con.execute(
                "SELECT id, group_id, name, committees, email, phone, active_from, active_to,"
                " words_per_minute FROM member WHERE group_id = ? ORDER BY name", (group_id,))
        ]
        marks = ",".join("?" * len(OPEN_STATUSES))
        counts = dict(con.execute(
            f"SELECT member_id, count(*) FROM request WHERE group_id = ? AND deleted_at IS NULL"
            f" AND status IN ({marks}) GROUP BY member_id", (group_id, *OPEN_STATUSES)))
        return Preview(groups, group_id, members, counts)
    except errors():
        return None  # the full open reports the problem properly
    finally:
        con.close()
