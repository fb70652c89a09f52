"""The press digest as an A4 PDF with Qt's own writer (QPdfWriter + QTextDocument), laid out
from the same HTML as the mail body, so the two never disagree."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPdfWriter, QTextDocument

from secretary_app.exports.activity_pdf import ensure_gui_app
from secretary_app.exports.atomic import atomic_output
from secretary_app.exports.press_digest import Digest, digest_html

DPI = 300
MARGIN_MM = 20


def write_pdf(digest: Digest, target: Path | str) -> Path:
    ensure_gui_app()
    document = QTextDocument()
    font = QFont("DejaVu Sans")
    font.setPointSizeF(10)
    document.setDefaultFont(font)
    document.setHtml(digest_html(digest, full_page=False).replace("Calibri,Arial,", "'DejaVu Sans',"))
    document.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, digest.title)
    with atomic_output(target) as tmp:
        writer = QPdfWriter(str(tmp))
        writer.setResolution(DPI)
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                         QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
                                         QPageLayout.Unit.Millimeter))
        writer.setTitle(digest.title)
        writer.setCreator("Medlemssekretær")
        document.print_(writer)
        del writer  # finish the file before it is renamed
    return Path(target)
