"""One row by id, or a NotFoundError naming what is missing (Danish and English)."""

from __future__ import annotations

from typing import TypeVar

from sqlmodel import Session

from secretary_app.domain.errors import NotFoundError
from secretary_app.store.models import (
    AgendaItem, Council, Draft, DraftVersion, Meeting, Member, PartyGroup, Request, TaskType,
)

T = TypeVar("T")

# model -> (Danish noun with article, English noun, the form field it belongs to)
_NAMES: dict[type, tuple[str, str, str]] = {
    Council: ("Kommunen", "council", "council"),
    PartyGroup: ("Partigruppen", "party group", "group"),
    Member: ("Medlemmet", "member", "member"),
    TaskType: ("Opgavetypen", "task type", "type"),
    Request: ("Opgaven", "request", "id"),
    Draft: ("Udkastet", "draft", "id"),
    DraftVersion: ("Versionen", "version", "version"),
    Meeting: ("Mødet", "meeting", "meeting"),
    AgendaItem: ("Dagsordenspunktet", "agenda item", "agenda_item"),
}


def get_or_not_found(s: Session, model: type[T], row_id: int, field: str | None = None) -> T:
    row = s.get(model, row_id)
    if row is None:
        da, en, default_field = _NAMES[model]
        raise NotFoundError(f"{da} med id {row_id} findes ikke.", f"There is no {en} with id {row_id}.",
                            field=field or default_field)
    return row
