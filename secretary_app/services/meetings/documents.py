"""Reading agenda and meeting-plan files: text or PDF (pypdf), with clear errors for empty,
binary, encrypted or oversized files."""

from __future__ import annotations

from pathlib import Path

from secretary_app.domain.agenda_parser import Agenda, AgendaError, parse_agenda
from secretary_app.domain.errors import ValidationError
from secretary_app.domain.meeting_plan import MeetingPlan, parse_meeting_plan


MAX_FILE_BYTES = 50 * 1024 * 1024  # an agenda PDF with its appendices; more is a mistake


MAX_PDF_PAGES = 2000


def _decode(data: bytes) -> str:
    if b"\x00" in data[:65536]:
        raise AgendaError("Filen er binær og ikke en tekstfil eller PDF.",
                          "The file is binary, not a text file or a PDF.", 1)
    for enc in ("utf-8-sig", "cp1252"):
        try:
            return data.decode(enc)
        except UnicodeDecodeError:
            continue
    return data.decode("latin-1")


def pdf_text(data: bytes) -> str:
    """The text of a PDF, page by page (pypdf); an error if it has no text layer."""
    import io

    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            try:
                reader.decrypt("")
            except Exception:  # noqa: BLE001 - pypdf raises several kinds here
                raise AgendaError("PDF-filen er krypteret med adgangskode.",
                                  "The PDF is password protected.", None)
        pages = reader.pages
        if len(pages) > MAX_PDF_PAGES:
            raise AgendaError(f"PDF-filen har over {MAX_PDF_PAGES} sider.",
                              f"The PDF has more than {MAX_PDF_PAGES} pages.", None)
        texts = [(page.extract_text() or "") for page in pages]
    except AgendaError:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, AttributeError, IndexError) as exc:
        raise AgendaError(f"PDF-filen kan ikke læses ({exc}).", f"The PDF cannot be read ({exc}).",
                          None) from exc
    text = "\n\f".join(texts)
    if not text.strip():
        raise AgendaError("PDF-filen indeholder ingen tekst (måske en scannet side uden tekstlag).",
                          "The PDF contains no text (perhaps a scan without a text layer).", None)
    return text


def read_document(path: Path | str) -> str:
    """Text of a .txt or .pdf file, with clear errors for missing, empty or binary files."""
    path = Path(path)
    if not path.is_file():
        raise ValidationError(f"Filen {path} findes ikke.", f"The file {path} does not exist.",
                              field="file")
    size = path.stat().st_size
    if size == 0:
        raise AgendaError(f"Filen {path.name} er tom.", f"The file {path.name} is empty.", 1)
    if size > MAX_FILE_BYTES:
        raise ValidationError(f"Filen {path.name} er for stor ({size // 1_000_000} MB).",
                              f"The file {path.name} is too large ({size // 1_000_000} MB).",
                              field="file")
    data = path.read_bytes()
    if data.lstrip()[:5] == b"%PDF-":
        return pdf_text(data)
    return _decode(data)


def parse_agenda_file(path: Path | str) -> Agenda:
    return parse_agenda(read_document(path))


def parse_plan_file(path: Path | str) -> MeetingPlan:
    return parse_meeting_plan(read_document(path))
