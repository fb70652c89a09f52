"""Reading agenda and meeting plan files: plain text, PDF (its bookmarks first, then its
text layer) and HTML pages, with size limits and a clear message for anything hostile
(binary data, a huge file, a PDF that unpacks to far more than it holds, deep nesting)."""

from __future__ import annotations

import io
import logging
from pathlib import Path

from secretary_app.domain.agenda import Agenda, AgendaError, agenda_from_outline, parse_agenda
from secretary_app.domain.agenda.html_reader import html_text, looks_like_html
from secretary_app.domain.agenda.meeting_plan import MeetingPlan, parse_meeting_plan
from secretary_app.domain.agenda.text_layout import MAX_TEXT_CHARS
from secretary_app.domain.errors import ValidationError

# pypdf warns about every repair it makes ("EOF marker not found"); the user gets our message
# instead, and a damaged file's fragments stay out of the terminal and the log.
logging.getLogger("pypdf").setLevel(logging.ERROR)

MAX_FILE_BYTES = 50 * 1024 * 1024  # an agenda PDF with its appendices; more is a mistake
MAX_TEXT_FILE_BYTES = 20 * 1024 * 1024  # text or HTML: far more than any agenda
MAX_PDF_PAGES = 2000
MAX_OUTLINE_ENTRIES = 5000
MAX_OUTLINE_DEPTH = 12


def _utf16(data: bytes) -> str | None:
    """Text saved as "Unicode" by Windows programs (UTF-16, with or without a byte order mark)."""
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        encoding = "utf-16"
    else:
        sample = data[:4096]
        odd, even = sample[1::2], sample[0::2]
        if len(sample) < 8 or len(data) % 2:
            return None
        if odd.count(0) > 0.9 * len(odd) and even.count(0) == 0:
            encoding = "utf-16-le"
        elif even.count(0) > 0.9 * len(even) and odd.count(0) == 0:
            encoding = "utf-16-be"
        else:
            return None
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError:
        return None
    if any(ord(ch) < 32 and ch not in "\n\r\t\f" for ch in text[:65536]):
        return None
    return text.lstrip("\ufeff")


def decode(data: bytes) -> str:
    text = _utf16(data)
    if text is not None:
        return text
    if b"\x00" in data[:65536]:
        raise AgendaError("Filen er binær og ikke en tekstfil, webside eller PDF.",
                          "The file is binary, not a text file, web page or PDF.", 1)
    for enc in ("utf-8-sig", "cp1252"):
        try:
            return data.decode(enc)
        except UnicodeDecodeError:
            continue
    return data.decode("latin-1")


def _bomb() -> AgendaError:
    return AgendaError(
        f"PDF-filen pakker sig ud til langt mere, end den fylder (over {MAX_TEXT_CHARS // 1_000_000} "
        "mio. tegn eller en enkelt del over grænsen); den læses ikke (en såkaldt dekomprimeringsbombe).",
        f"The PDF unpacks to far more than its size (over {MAX_TEXT_CHARS // 1_000_000} million "
        "characters, or one part over the limit); it is not read (a so-called decompression bomb).", None)


def _pdf(data: bytes) -> tuple[str, list[tuple[int, str]]]:
    """The text layer page by page, and the bookmarks as (level, title)."""
    from pypdf import PdfReader
    from pypdf.errors import LimitReachedError, PdfReadError, PyPdfError

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            try:
                # A wrong password is not an exception: decrypt says NOT_DECRYPTED (0).
                opened = reader.decrypt("")
            except Exception:  # noqa: BLE001 - pypdf raises several kinds here
                opened = 0
            if not opened:
                raise AgendaError("PDF-filen er krypteret med adgangskode.",
                                  "The PDF is password protected.", None)
        pages = reader.pages
        if len(pages) > MAX_PDF_PAGES:
            raise AgendaError(f"PDF-filen har over {MAX_PDF_PAGES} sider.",
                              f"The PDF has more than {MAX_PDF_PAGES} pages.", None)
        texts: list[str] = []
        size = 0
        for page in pages:
            text = page.extract_text() or ""
            size += len(text)
            if size > MAX_TEXT_CHARS:
                raise _bomb()
            texts.append(text)
        entries: list[tuple[int, str]] = []
        try:
            _walk(reader.outline, 0, entries)
        except (PyPdfError, ValueError, KeyError, TypeError, AttributeError, IndexError, RecursionError):
            entries = []  # broken bookmarks: the text still says what the items are
    except AgendaError:
        raise
    except (LimitReachedError, MemoryError):
        raise _bomb() from None
    except (PdfReadError, PyPdfError, ValueError, KeyError, TypeError, AttributeError, IndexError,
            RecursionError, OSError) as exc:
        raise AgendaError(f"PDF-filen kan ikke læses ({type(exc).__name__}).",
                          f"The PDF cannot be read ({type(exc).__name__}).", None) from exc
    return "\n\f".join(texts), entries


def _walk(nodes, level: int, out: list[tuple[int, str]]) -> None:
    if level > MAX_OUTLINE_DEPTH:
        return
    for node in nodes:
        if len(out) >= MAX_OUTLINE_ENTRIES:
            return
        if isinstance(node, list):
            _walk(node, level + 1, out)
        else:
            out.append((level, str(getattr(node, "title", "") or "")))


def pdf_text(data: bytes) -> str:
    """The text of a PDF, page by page; an error if it has no text layer."""
    text, _ = _pdf(data)
    if not text.strip():
        raise AgendaError("PDF-filen indeholder ingen tekst (måske en scannet side uden tekstlag).",
                          "The PDF contains no text (perhaps a scan without a text layer).", None)
    return text


def _read(path: Path | str) -> tuple[str, bytes]:
    path = Path(path)
    if not path.is_file():
        raise ValidationError(f"Filen {path} findes ikke.", f"The file {path} does not exist.",
                              field="file")
    size = path.stat().st_size
    if size == 0:
        raise AgendaError(f"Filen {path.name} er tom.", f"The file {path.name} is empty.", 1)
    if size > MAX_FILE_BYTES:
        raise ValidationError(f"Filen {path.name} er for stor ({size // 1_000_000} MB; højst "
                              f"{MAX_FILE_BYTES // 1_000_000} MB).",
                              f"The file {path.name} is too large ({size // 1_000_000} MB; at most "
                              f"{MAX_FILE_BYTES // 1_000_000} MB).", field="file")
    with open(path, "rb") as fh:
        data = fh.read(MAX_FILE_BYTES + 1)
    if data.lstrip()[:5] == b"%PDF-":
        return "pdf", data
    if len(data) > MAX_TEXT_FILE_BYTES:
        raise ValidationError(f"Filen {path.name} er for stor til en tekst eller webside "
                              f"({len(data) // 1_000_000} MB; højst {MAX_TEXT_FILE_BYTES // 1_000_000} MB).",
                              f"The file {path.name} is too large for a text or web page "
                              f"({len(data) // 1_000_000} MB; at most {MAX_TEXT_FILE_BYTES // 1_000_000} MB).",
                              field="file")
    text = decode(data)
    if path.suffix.lower() in (".html", ".htm", ".xhtml") or looks_like_html(text):
        return "html", text.encode("utf-8")
    return "text", text.encode("utf-8")


def read_document(path: Path | str) -> str:
    """The text of a .txt, .html or .pdf file (a web page as its visible lines)."""
    kind, data = _read(path)
    if kind == "pdf":
        return pdf_text(data)
    text = data.decode("utf-8")
    return html_text(text) if kind == "html" else text


def read_agenda(path: Path | str) -> Agenda:
    """An agenda from a file: a PDF's bookmarks with its text, an HTML page's structure, or text."""
    kind, data = _read(path)
    if kind == "pdf":
        text, outline = _pdf(data)
        if outline:
            return agenda_from_outline(outline, text)
        if not text.strip():
            raise AgendaError("PDF-filen indeholder ingen tekst (måske en scannet side uden tekstlag).",
                              "The PDF contains no text (perhaps a scan without a text layer).", None)
        return parse_agenda(text)
    text = data.decode("utf-8")
    return parse_agenda(html_text(text) if kind == "html" else text)


def read_plan(path: Path | str) -> MeetingPlan:
    return parse_meeting_plan(read_document(path))
