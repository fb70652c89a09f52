"""Writing a draft to DOCX, PDF, text or Markdown (temporary file, then rename).

No Qt here: the PDF exporter (which needs Qt) is imported only when a PDF is asked for."""

from __future__ import annotations

from pathlib import Path

from secretary_app.domain import vocab
from secretary_app.exports import route
from secretary_app.exports.draft_document import ExportDoc
from secretary_app.services.lookup import get_or_not_found
from secretary_app.store.engine import Store
from secretary_app.store.models import Draft, Member, PartyGroup


FORMATS = route.formats("draft")


def export_doc(store: Store, draft_id: int, lang: str = "da") -> ExportDoc:
    with store.session() as s:
        d = get_or_not_found(s, Draft, draft_id)
        member = s.get(Member, d.member_id)
        group = s.get(PartyGroup, d.group_id)
        return ExportDoc(d.id, d.title, d.kind, vocab.label(vocab.DRAFT_KINDS, d.kind, lang),
                         member.name if member else "", group.name if group else "", d.body, d.body_format,
                         d.plain_text, d.updated_at)


def check_format(fmt: str | None, out: Path | str) -> str:
    return route.check_format("draft", fmt, out)


def export_draft(store: Store, draft_id: int, fmt: str, out: Path | str, lang: str = "da") -> Path:
    """Write the draft to ``out`` (temporary file, then rename: never half a file)."""
    from secretary_app.exports.atomic import check_writable_target

    out = check_writable_target(Path(out))
    fmt = check_format(fmt, out)
    return route.export("draft", export_doc(store, draft_id, lang), fmt, out)
