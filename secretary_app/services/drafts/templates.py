"""The Danish template a new draft starts from, filled with the member's details."""

from __future__ import annotations

import datetime as dt
import html
from pathlib import Path

from sqlmodel import Session

from secretary_app import paths
from secretary_app.domain.dates import format_long, local_today
from secretary_app.domain.draft_templates import fill_template, template_path
from secretary_app.services.drafts.checks import clean_kind
from secretary_app.store.models import AgendaItem, Council, Meeting, Member, PartyGroup, Request


def template_folder() -> Path:
    return paths.get_asset("templates", "drafts")


def template_values(s: Session, member: Member, title: str, request_id: int | None,
                    agenda_item_id: int | None, today: dt.date | None = None) -> dict[str, str]:
    group = s.get(PartyGroup, member.group_id)
    council = s.get(Council, group.council_id) if group else None
    committees = [c for c in (member.committees or "").splitlines() if c.strip()]
    case = ""
    day = today or local_today()
    item = s.get(AgendaItem, agenda_item_id) if agenda_item_id else None
    meeting = s.get(Meeting, item.meeting_id) if item is not None and item.meeting_id else None
    if item is not None:
        from secretary_app.services.meetings.linking import item_recommendation, item_reference

        case = item_reference(item)
        if meeting is not None:
            day = meeting.date  # a draft for an agenda item is dated for its meeting
    if not case and request_id:
        req = s.get(Request, request_id)
        if req is not None:
            case = req.title
    council_name = (council.name if council else "") or "kommunalbestyrelsen"
    values = {
        "titel": title,
        "medlem": member.name,
        "gruppe": group.name if group else "",
        "forsamling": council_name,
        "dato": format_long(day),
        "udvalg_komma": (", " + committees[0]) if committees else "",
        "email": member.email,
        "telefon": member.phone,
        "sag": case,
    }
    if item is not None:
        values["indstilling"] = item_recommendation(item)
    return values


def _reference_block(raw: str, values: dict[str, str]) -> str:
    """The agenda item a draft is for, as a reference under the draft's header: its case
    (unless the template already names it) and its *Indstilling*."""
    parts = []
    if values.get("sag") and "{{sag}}" not in raw:
        parts.append(f"<p><b>Sag:</b> {html.escape(values['sag'], quote=False)}</p>")
    if values.get("indstilling"):
        text = html.escape(values["indstilling"], quote=False).replace("\n", "<br />")
        parts.append(f"<p><b>Indstilling:</b> <i>{text}</i></p>")
    return "".join(parts)


def template_html(kind: str, values: dict[str, str]) -> str:
    path = template_path(template_folder(), clean_kind(kind))
    try:
        raw = path.read_text(encoding="utf-8")
    except OSError:
        raw = "<h1>{{titel}}</h1><p></p>"  # a missing resource must not stop the work
    out = fill_template(raw, values)
    if "indstilling" not in values:
        return out
    block = _reference_block(raw, values)
    # under the header: after the first paragraph that follows the title
    head = out.find("</h1>")
    cut = out.find("</p>", head if head >= 0 else 0)
    return out + block if cut < 0 else out[:cut + 4] + block + out[cut + 4:]
