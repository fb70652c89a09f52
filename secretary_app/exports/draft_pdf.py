"""A draft as an A4 PDF with Qt's own PDF writer (QPdfWriter + QTextDocument.print_).

QTextDocument lays the rich text out exactly as the editor shows it (headings, lists, bold,
italic, right-to-left scripts) and numbers the pages. Needs a QGuiApplication for fonts: the
CLI has none, so ``ensure_gui_app`` (shared with the activity log PDF) starts an offscreen one.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPdfWriter, QTextDocument

from secretary_app.domain.draft_html import text_to_html
from secretary_app.exports.activity_pdf import ensure_gui_app
from secretary_app.exports.atomic import atomic_output
from secretary_app.exports.draft_document import ExportDoc

DPI = 300
MARGIN_MM = 20
FONT_FAMILY = "DejaVu Sans"
FONT_PT = 11


def build_text_document(doc: ExportDoc) -> QTextDocument:
    document = QTextDocument()
    font = QFont(FONT_FAMILY)
    font.setPointSizeF(FONT_PT)
    document.setDefaultFont(font)
    document.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, doc.title)
    if doc.body_format == "html":
        document.setHtml(doc.body)
    else:
        document.setHtml(text_to_html(doc.body))
    return document


def print_to_pdf(document: QTextDocument, target: Path | str, title: str) -> Path:
    """Lay ``document`` out on A4 pages (20 mm margins, numbered) into ``target``, atomically."""
    ensure_gui_app()
    with atomic_output(target) as tmp:
        writer = QPdfWriter(str(tmp))
        writer.setResolution(DPI)
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                         QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
                                         QPageLayout.Unit.Millimeter))
        writer.setTitle(title)
        writer.setCreator("Medlemssekretær")
        document.print_(writer)
        del writer  # finish the file before it is renamed
    return Path(target)


def write_pdf(doc: ExportDoc, target: Path | str) -> Path:
    ensure_gui_app()
    return print_to_pdf(build_text_document(doc), target, doc.title)
