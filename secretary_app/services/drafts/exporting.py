"""Writing a draft to DOCX, PDF, text or Markdown (temporary file, then rename).

No Qt here: the PDF exporter (which needs Qt) is imported only when a PDF is asked for."""

from __future__ import annotations

from pathlib import Path

from secretary_app.domain import vocab
from secretary_app.domain.errors import ValidationError
from secretary_app.exports.draft_document import ExportDoc
from secretary_app.services.lookup import get_or_not_found
from secretary_app.services.requests import field_error
from secretary_app.store.engine import Store
from secretary_app.store.models import Draft, Member, PartyGroup


FORMATS = ("docx", "pdf", "txt", "md")


def export_doc(store: Store, draft_id: int, lang: str = "da") -> ExportDoc:
    with store.session() as s:
        d = get_or_not_found(s, Draft, draft_id)
        member = s.get(Member, d.member_id)
        group = s.get(PartyGroup, d.group_id)
        return ExportDoc(d.id, d.title, d.kind, vocab.label(vocab.DRAFT_KINDS, d.kind, lang),
                         member.name if member else "", group.name if group else "", d.body, d.body_format,
                         d.plain_text, d.updated_at)


def check_format(fmt: str | None, out: Path | str) -> str:
    fmt = (fmt or Path(out).suffix.lstrip(".")).lower()
    if fmt == "markdown":
        fmt = "md"
    if fmt == "text":
        fmt = "txt"
    if not fmt:
        raise field_error("Angiv --format docx, pdf, txt eller md, eller et filnavn med en af de endelser.",
                   "Give --format docx, pdf, txt or md, or a file name with one of those suffixes.", "format")
    if fmt not in FORMATS:
        raise field_error(f"Ukendt format »{fmt}«; vælg docx, pdf, txt eller md.",
                   f"Unknown format '{fmt}'; choose docx, pdf, txt or md.", "format")
    return fmt


def export_draft(store: Store, draft_id: int, fmt: str, out: Path | str, lang: str = "da") -> Path:
    """Write the draft to ``out`` (temporary file, then rename: never half a file)."""
    from secretary_app.exports.atomic import check_writable_target

    out = check_writable_target(Path(out))
    fmt = check_format(fmt, out)
    doc = export_doc(store, draft_id, lang)
    try:
        if fmt == "docx":
            from secretary_app.exports.draft_docx import write_docx

            return write_docx(doc, out)
        if fmt == "pdf":
            from secretary_app.exports.draft_pdf import write_pdf

            return write_pdf(doc, out)
        from secretary_app.exports.draft_text import write_markdown, write_text

        return write_markdown(doc, out) if fmt == "md" else write_text(doc, out)
    except OSError as exc:  # read-only folder, full disk, a folder that vanished ...
        reason = exc.strerror or str(exc)
        raise ValidationError(f"Filen {out} kunne ikke skrives ({reason}). Udkastet er uændret.",
                              f"The file {out} could not be written ({reason}). The draft is unchanged.",
                              field="out") from exc
