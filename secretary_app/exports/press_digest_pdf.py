"""The press digest as an A4 PDF with Qt's own writer (QPdfWriter + QTextDocument), laid out
from the same HTML as the mail body, so the two never disagree."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QFont, QTextDocument

from secretary_app.exports.activity_pdf import ensure_gui_app
from secretary_app.exports.draft_pdf import print_to_pdf
from secretary_app.exports.press_digest import Digest, digest_html


def write_pdf(digest: Digest, target: Path | str) -> Path:
    ensure_gui_app()
    document = QTextDocument()
    font = QFont("DejaVu Sans")
    font.setPointSizeF(10)
    document.setDefaultFont(font)
    document.setHtml(digest_html(digest, full_page=False).replace("Calibri,Arial,", "'DejaVu Sans',"))
    document.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, digest.title)
    return print_to_pdf(document, target, digest.title)
