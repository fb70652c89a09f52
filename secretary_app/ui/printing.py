"""*Udskriv …* (Ctrl+P): the board, the draft or the report on the page the user is on.

QtPrintSupport ships with PySide6_Essentials; it is imported only when the user prints.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QTextDocument

from secretary_app.domain.dates import format_short
from secretary_app.domain.durations import format_hm


translate = QCoreApplication.translate  # as translate("Context", "text"), so lupdate finds the text


def _table(title: str, head: tuple[str, ...], rows: list[tuple]) -> str:
    cells = "".join("<tr>" + "".join(f"<td>{escape(str(c))}</td>" for c in r) + "</tr>" for r in rows)
    header = "".join(f"<th align='left'>{escape(h)}</th>" for h in head)
    return (f"<h2>{escape(title)}</h2><table border='1' cellspacing='0' cellpadding='3' width='100%'>"
            f"<thead><tr>{header}</tr></thead>{cells}</table>")


def printable(page) -> QTextDocument | None:
    """What the page would print, or None when it has nothing to print now."""
    key = getattr(page, "key", "")
    doc = QTextDocument()
    if key == "drafts":
        editor = getattr(page, "editor", None)
        if editor is None or getattr(editor, "draft_id", None) is None:
            return None
        return editor.edit.document().clone()
    if key == "board":
        from secretary_app.domain import vocab

        cards = page.visible_cards() if hasattr(page, "visible_cards") else []
        if not cards:
            return None
        lang = page.ctx.lang
        rows = [(vocab.label(vocab.REQUEST_STATUSES, c.status, lang), c.member_name, c.title, c.type_label,
                 format_short(c.due_date) if c.due_date else "") for c in cards]
        doc.setHtml(_table(page.title(), (translate("Printing", "Status"), translate("Printing", "Medlem"),
                                          translate("Printing", "Titel"), translate("Printing", "Opgavetype"),
                                          translate("Printing", "Frist")), rows))
        return doc
    if key == "reports":
        report = getattr(page, "report", None)
        if report is None:
            return None
        rows = [(r.label, r.counts.received, r.counts.completed, r.counts.open, r.counts.declined,
                 format_hm(r.counts.minutes)) for r in report.by_member]
        t = report.totals
        rows.append((translate("Printing", "I alt"), t.received, t.completed, t.open, t.declined, format_hm(t.minutes)))
        doc.setHtml(_table(f"{page.title()} – {report.group_name} – {report.period.label()}",
                           (translate("Printing", "Medlem"), translate("Printing", "Modtaget"),
                            translate("Printing", "Færdige"), translate("Printing", "Åbne"),
                            translate("Printing", "Afviste"), translate("Printing", "Tid")),
                           rows))
        return doc
    return None


def print_page(window, page) -> bool:
    doc = printable(page)
    if doc is None:
        return False
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintDialog(printer, window)
    dialog.setWindowTitle(translate("Printing", "Udskriv"))
    if dialog.exec():
        doc.print_(printer)
        return True
    return False
