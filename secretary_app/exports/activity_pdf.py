"""Activity log as an A4 PDF for the group chair (QPdfWriter + QPainter).

The page is laid out in two passes: the first decides where every block and table
row goes (so the footer can say "Side 2 af 5"), the second paints. Tables break
between rows, never inside one, and repeat their column headings on the next page.
Painting rows directly (no QTextDocument) keeps a full year of 10,000 rows fast.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from PySide6.QtCore import QMarginsF, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QGuiApplication, QPageLayout, QPageSize, QPainter, QPdfWriter, QPen

from secretary_app.domain.dates import format_long, format_short
from secretary_app.exports.activity_chart import ACCENT, SECOND, chart_height, member_items, paint_bars, type_items
from secretary_app.exports.atomic import atomic_output
from secretary_app.domain.activity import ActivityReport, Counts, format_minutes

DPI = 300
MARGIN_MM = 16
FONT_FAMILY = "DejaVu Sans"  # bundled on Linux; Qt falls back to the system sans elsewhere
HEAD_FILL = QColor("#efebe5")
ZEBRA = QColor("#f8f6f3")
RULE = QColor("#bbbbbb")
TEXT = QColor("#222222")
MUTED = QColor("#666666")


def ensure_gui_app() -> None:
    """Fonts need a QGuiApplication; the CLI has none, so start an offscreen one."""
    if QGuiApplication.instance() is None:
        import os
        import sys

        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        global _app  # keep it alive for the process
        _app = QGuiApplication(sys.argv[:1])


_app = None


@dataclass
class Column:
    title: str
    weight: float
    align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft
    fit: bool = False  # as wide as its widest value (dates, numbers); the rest share what is left


class _Flow:
    """Places blocks top to bottom across pages; painting happens later."""

    def __init__(self, top: float, bottom: float):
        self.top, self.bottom = top, bottom
        self.pages: list[list[tuple[float, Callable[[QPainter, float], None]]]] = [[]]
        self.y = top

    def new_page(self) -> None:
        self.pages.append([])
        self.y = self.top

    def fits(self, height: float) -> bool:
        return self.y + height <= self.bottom

    def add(self, height: float, paint: Callable[[QPainter, float], None]) -> None:
        if not self.fits(height) and self.y > self.top:
            self.new_page()
        self.pages[-1].append((self.y, paint))
        self.y += height

    def space(self, height: float) -> None:
        if self.y > self.top:
            self.y = min(self.y + height, self.bottom)


def write_pdf(report: ActivityReport, target: Path | str) -> Path:
    ensure_gui_app()
    with atomic_output(target) as tmp:
        _render(report, str(tmp))
    return Path(target)


def _render(report: ActivityReport, filename: str) -> None:
    writer = QPdfWriter(filename)
    writer.setResolution(DPI)
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                     QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter))
    writer.setTitle(f"Aktivitetslog – {report.group_name} – {report.period.label()}")
    writer.setCreator("Medlemssekretær")
    mm = DPI / 25.4
    width, height = 210 * mm, 297 * mm
    left, right = MARGIN_MM * mm, width - MARGIN_MM * mm
    content_w = right - left

    def font(size: float, bold: bool = False) -> QFont:
        f = QFont(FONT_FAMILY)
        f.setStyleHint(QFont.StyleHint.SansSerif)
        f.setPointSizeF(size)
        f.setBold(bold)
        return f

    body, body_b = font(8.5), font(8.5, True)
    small = font(7.5)
    h1, h2 = font(20, True), font(11.5, True)
    fm = QFontMetricsF(body, writer)
    line = fm.height()
    row_h = line * 1.55

    header_bottom = MARGIN_MM * mm + line * 2.2
    footer_top = height - MARGIN_MM * mm - line * 1.2
    flow = _Flow(header_bottom + line, footer_top - line)

    def text(p: QPainter, rect: QRectF, s: str, f: QFont = body, color: QColor = TEXT,
             align=Qt.AlignmentFlag.AlignLeft) -> None:
        p.setFont(f)
        p.setPen(color)
        p.drawText(rect, align | Qt.AlignmentFlag.AlignVCenter, s)

    # --- title block (first page) ---------------------------------------------------------------
    who = report.member_name or "Alle medlemmer"
    title_h = QFontMetricsF(h1, writer).height() * 1.25
    flow.add(title_h, lambda p, y: text(p, QRectF(left, y, content_w, title_h), "Aktivitetslog", h1))
    sub = f"{report.group_name} ({report.list_letter}) · {report.period.label().capitalize()} · {who}"
    flow.add(line * 1.6, lambda p, y: text(p, QRectF(left, y, content_w, line * 1.6), sub, font(11)))
    meta = (f"{report.council_name} · periode {format_short(report.period.start)}–"
            f"{format_short(report.period.end)} · dannet {format_long(report.generated_at.date())}")
    flow.add(line * 1.5, lambda p, y: text(p, QRectF(left, y, content_w, line * 1.5), meta, small, MUTED))
    flow.space(line * 0.8)

    # Key figures in a row of boxes.
    t = report.totals
    figures = (("Opgaver modtaget", str(t.received)), ("Færdige", str(t.completed)), ("Åbne", str(t.open)),
               ("Afviste", str(t.declined)), ("Tid registreret", format_minutes(t.minutes) + " t"))
    box_h = line * 3.4

    def paint_figures(p: QPainter, y: float) -> None:
        gap = line * 0.6
        w = (content_w - gap * (len(figures) - 1)) / len(figures)
        for i, (caption, value) in enumerate(figures):
            x = left + i * (w + gap)
            p.fillRect(QRectF(x, y, w, box_h), HEAD_FILL)
            p.fillRect(QRectF(x, y, line * 0.18, box_h), ACCENT)
            text(p, QRectF(x + line * 0.7, y + line * 0.25, w - line, line * 1.2), caption, small, MUTED)
            text(p, QRectF(x + line * 0.7, y + line * 1.35, w - line, line * 1.8), value, font(14, True))

    flow.add(box_h, paint_figures)
    flow.space(line * 1.2)

    # --- the chart --------------------------------------------------------------------------------
    for caption, items, color in (("Timer pr. opgavetype", type_items(report), ACCENT),
                                  ("Timer pr. medlem", member_items(report), SECOND)):
        h = chart_height(body, len(items), writer, width=content_w, labels=[x for x, _ in items])

        def paint_chart(p: QPainter, y: float, caption=caption, items=items, color=color, h=h) -> None:
            p.setFont(body)
            paint_bars(p, QRectF(left, y, content_w, h), caption, items, color)

        flow.add(h, paint_chart)
        flow.space(line * 0.8)

    # --- tables -----------------------------------------------------------------------------------
    def table(heading: str, columns: list[Column], rows: list[tuple], total: tuple | None = None,
              note: str = "") -> None:
        pad = line * 0.35
        bold_fm = QFontMetricsF(body_b, writer)
        fixed: dict[int, float] = {}
        for i, c in enumerate(columns):
            if c.fit:
                values = {str(r[i]) for r in rows} | ({str(total[i])} if total else set())
                fixed[i] = max([line * 3.2, bold_fm.horizontalAdvance(c.title)] +
                               [bold_fm.horizontalAdvance(v) for v in values]) + 2 * pad
        weights = sum(c.weight for i, c in enumerate(columns) if i not in fixed) or 1.0
        free = content_w - sum(fixed.values())
        xs, x = [], left
        for i, c in enumerate(columns):
            w = fixed.get(i, free * c.weight / weights)
            xs.append((x, w))
            x += w
        head_h = QFontMetricsF(h2, writer).height() * 1.5

        def paint_heading(s: str):
            return lambda p, y: text(p, QRectF(left, y, content_w, head_h), s, h2)

        def paint_row(values: tuple, kind: str, zebra: bool):
            def paint(p: QPainter, y: float) -> None:
                if kind == "head":
                    p.fillRect(QRectF(left, y, content_w, row_h), HEAD_FILL)
                elif zebra:
                    p.fillRect(QRectF(left, y, content_w, row_h), ZEBRA)
                if kind == "total":
                    p.setPen(QPen(TEXT, line * 0.06))
                    p.drawLine(QPointF(left, y), QPointF(right, y))
                f = body_b if kind in ("head", "total") else body
                p.setFont(f)
                metrics = QFontMetricsF(f, p.device())
                for (cx, cw), col, value in zip(xs, columns, values):
                    s = metrics.elidedText(str(value), Qt.TextElideMode.ElideRight, cw - 2 * pad)
                    text(p, QRectF(cx + pad, y, cw - 2 * pad, row_h), s, f, TEXT, col.align)
            return paint

        header = tuple(c.title for c in columns)
        # Keep the heading with its column titles and at least two rows.
        needed = head_h + row_h * (2 + min(2, len(rows) or 1))
        if not flow.fits(needed):
            flow.new_page()
        flow.add(head_h, paint_heading(heading))
        if note:
            flow.add(line * 1.4, lambda p, y: text(p, QRectF(left, y, content_w, line * 1.4), note, small, MUTED))
        flow.add(row_h, paint_row(header, "head", False))
        if not rows:
            flow.add(row_h, lambda p, y: text(p, QRectF(left + pad, y, content_w, row_h), "Ingen", body, MUTED))
        for i, values in enumerate(rows):
            if not flow.fits(row_h):
                flow.new_page()
                flow.add(head_h, paint_heading(f"{heading} (fortsat)"))
                flow.add(row_h, paint_row(header, "head", False))
            flow.add(row_h, paint_row(values, "row", i % 2 == 1))
        if total is not None:
            if not flow.fits(row_h):
                flow.new_page()
                flow.add(head_h, paint_heading(f"{heading} (fortsat)"))
                flow.add(row_h, paint_row(header, "head", False))
            flow.add(row_h, paint_row(total, "total", False))
        flow.space(line * 1.5)

    R = Qt.AlignmentFlag.AlignRight
    count_cols = [Column("Modtaget", 1.1, R, True), Column("Færdige", 1.0, R, True), Column("Åbne", 0.8, R, True),
                  Column("Afviste", 0.9, R, True), Column("Timer", 1.0, R, True)]

    def counts(c: Counts) -> tuple:
        return (c.received, c.completed, c.open, c.declined, format_minutes(c.minutes))

    table("Pr. medlem", [Column("Medlem", 4.2)] + count_cols,
          [(r.label, *counts(r.counts)) for r in report.by_member], ("I alt", *counts(report.totals)),
          note="Modtaget, færdige, åbne og afviste tæller opgaver modtaget i perioden; "
               "timer er al tid registreret i perioden (t:mm).")
    table("Pr. opgavetype", [Column("Opgavetype", 4.2)] + count_cols,
          [(r.label, *counts(r.counts)) for r in report.by_type], ("I alt", *counts(report.totals)))

    q = report.questions
    table("Politikerspørgsmål – svar inden for 10 arbejdsdage",
          [Column("Besvaret inden for fristen", 1.4, R), Column("Besvaret for sent", 1.1, R),
           Column("Afventer svar", 1.0, R), Column("Frist overskredet", 1.1, R), Column("I alt", 0.7, R)],
          [(q.within, q.late, q.pending, q.overdue, q.total)])
    if q.lines:
        table("Politikerspørgsmål i perioden",
              [Column("Medlem", 2.2), Column("Spørgsmål", 3.6), Column("Sendt", 1.1, fit=True), Column("Svarfrist", 1.1, fit=True),
               Column("Besvaret", 1.1, fit=True), Column("Status", 1.2, fit=True)],
              [(ql.member, ql.title, format_short(ql.sent), format_short(ql.due), format_short(ql.answered),
                ql.outcome_label()) for ql in q.lines])

    g = report.guard
    table("Vagtens afgørelser",
          [Column("Kontroller", 1.0, R), Column("Markeret som tvivlsom", 1.4, R), Column("Afvist", 0.9, R),
           Column("Accepteret med begrundelse", 1.7, R)],
          [(g.checks, g.flagged, g.declined, g.accepted_with_justification)])
    if g.justifications:
        table("Begrundelser for accepterede opgaver", [Column("Opgave", 2.0), Column("Begrundelse", 4.0)],
              [(title or "–", why.strip()) for title, why in g.justifications])

    table("Opgaver", [Column("Modtaget", 1.55, fit=True), Column("Medlem", 1.7, fit=True), Column("Opgavetype", 2.7),
                      Column("Titel", 3.4), Column("Status", 1.3, fit=True), Column("Timer", 0.8, R, fit=True)],
          [(f"{format_short(ln.received_local.date())} {ln.received_local:%H:%M}" + ("" if ln.in_period else " *"),
            ln.member, ln.task_type, ln.title, ln.status_label, format_minutes(ln.minutes))
           for ln in report.requests],
          ("I alt", "", "", f"{len(report.requests)} opgaver", "", format_minutes(report.totals.minutes)),
          note="* modtaget uden for perioden; med her for tid registreret i perioden.")

    # --- paint --------------------------------------------------------------------------------------
    total_pages = len(flow.pages)
    generated = f"Dannet {format_long(report.generated_at.date())} kl. {report.generated_at:%H:%M}"
    header_left = f"Aktivitetslog · {report.group_name} ({report.list_letter})"
    painter = QPainter(writer)
    try:
        for number, ops in enumerate(flow.pages, start=1):
            if number > 1:
                writer.newPage()
            top = MARGIN_MM * mm
            text(painter, QRectF(left, top, content_w, line * 1.5), header_left, small, MUTED)
            text(painter, QRectF(left, top, content_w, line * 1.5), report.period.label().capitalize(), small,
                 MUTED, Qt.AlignmentFlag.AlignRight)
            painter.fillRect(QRectF(left, top + line * 1.7, content_w, line * 0.12), ACCENT)
            painter.setPen(QPen(RULE, line * 0.04))
            painter.drawLine(QPointF(left, footer_top), QPointF(right, footer_top))
            text(painter, QRectF(left, footer_top + line * 0.2, content_w, line * 1.2), generated, small, MUTED)
            text(painter, QRectF(left, footer_top + line * 0.2, content_w, line * 1.2),
                 f"Side {number} af {total_pages}", small, MUTED, Qt.AlignmentFlag.AlignRight)
            for y, paint in ops:
                paint(painter, y)
    finally:
        painter.end()
