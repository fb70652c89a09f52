"""Named versions: snapshots in ``draft_version``; restoring one first keeps the current text."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func
from sqlmodel import select

from secretary_app.domain.changes import Kind, changes
from secretary_app.domain.dates import format_datetime, utc_now
from secretary_app.domain.validation import clean_text
from secretary_app.services.drafts.checks import VERSION_NAME_MAX
from secretary_app.services.lookup import get_or_not_found
from secretary_app.store.engine import Store
from secretary_app.store.models import Draft, DraftVersion


@dataclass
class VersionRow:
    id: int
    draft_id: int
    name: str
    created_at: dt.datetime
    chars: int


@changes(Kind.DRAFTS)
def create_version(store: Store, draft_id: int, name: str | None = None) -> DraftVersion:
    """A named snapshot of the draft as it is in the store now (flush the editor first)."""
    name = clean_text(name, "Versionens navn", "The version's name", max_len=VERSION_NAME_MAX, required=False)
    with store.session() as s:
        draft = get_or_not_found(s, Draft, draft_id)
        if not name:
            n = s.exec(select(func.count()).select_from(DraftVersion)
                       .where(DraftVersion.draft_id == draft_id)).one()
            name = f"Version {n + 1} – {format_datetime(utc_now())}"
        version = DraftVersion(draft_id=draft.id, name=name, body=draft.body, body_format=draft.body_format,
                               plain_text=draft.plain_text)
        s.add(version)
        s.flush()
        return version


def list_versions(store: Store, draft_id: int) -> list[VersionRow]:
    with store.session() as s:
        rows = s.exec(select(DraftVersion.id, DraftVersion.draft_id, DraftVersion.name, DraftVersion.created_at,
                             func.length(DraftVersion.plain_text))
                      .where(DraftVersion.draft_id == draft_id)
                      .order_by(DraftVersion.created_at.desc(), DraftVersion.id.desc())).all()
    return [VersionRow(*r) for r in rows]


def get_version(store: Store, version_id: int) -> DraftVersion:
    with store.session() as s:
        v = get_or_not_found(s, DraftVersion, version_id)
        return v


@changes(Kind.DRAFTS)
def restore_version(store: Store, version_id: int) -> Draft:
    """Put a version's text back; the current text is first kept as a version of its own."""
    with store.session() as s:
        v = get_or_not_found(s, DraftVersion, version_id)
        draft = get_or_not_found(s, Draft, v.draft_id)
        if draft.body != v.body:
            s.add(DraftVersion(draft_id=draft.id, name=f"Før gendannelse af »{v.name}«"[:VERSION_NAME_MAX],
                               body=draft.body, body_format=draft.body_format, plain_text=draft.plain_text))
        draft.body, draft.body_format, draft.plain_text = v.body, v.body_format, v.plain_text
        draft.updated_at = utc_now()
        s.add(draft)
        return draft


@changes(Kind.DRAFTS)
def delete_version(store: Store, version_id: int) -> None:
    with store.session() as s:
        v = s.get(DraftVersion, version_id)
        if v is not None:
            s.delete(v)
