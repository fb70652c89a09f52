"""The Danish template a new draft starts from, filled with the member's details."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from sqlmodel import Session

from secretary_app import paths
from secretary_app.domain.dates import format_long, local_today
from secretary_app.domain.draft_templates import fill_template, template_path
from secretary_app.services.drafts.checks import clean_kind
from secretary_app.store.models import AgendaItem, Council, Member, PartyGroup, Request


def template_folder() -> Path:
    return paths.get_asset("templates", "drafts")


def template_values(s: Session, member: Member, title: str, request_id: int | None,
                    agenda_item_id: int | None, today: dt.date | None = None) -> dict[str, str]:
    group = s.get(PartyGroup, member.group_id)
    council = s.get(Council, group.council_id) if group else None
    committees = [c for c in (member.committees or "").splitlines() if c.strip()]
    case = ""
    if agenda_item_id:
        item = s.get(AgendaItem, agenda_item_id)
        if item is not None:
            case = " ".join(x for x in (item.case_number, "–" if item.case_number else "", item.title) if x)
    if not case and request_id:
        req = s.get(Request, request_id)
        if req is not None:
            case = req.title
    council_name = (council.name if council else "") or "kommunalbestyrelsen"
    return {
        "titel": title,
        "medlem": member.name,
        "gruppe": group.name if group else "",
        "forsamling": council_name,
        "dato": format_long(today or local_today()),
        "udvalg_komma": (", " + committees[0]) if committees else "",
        "email": member.email,
        "telefon": member.phone,
        "sag": case,
    }


def template_html(kind: str, values: dict[str, str]) -> str:
    path = template_path(template_folder(), clean_kind(kind))
    try:
        raw = path.read_text(encoding="utf-8")
    except OSError:
        raw = "<h1>{{titel}}</h1><p></p>"  # a missing resource must not stop the work
    return fill_template(raw, values)
