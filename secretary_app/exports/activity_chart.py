"""Horizontal bar chart of logged time, painted with QPainter (QtCharts is not shipped).

One painter routine serves both the reports page (a widget) and the PDF (a QPdfWriter),
so the chart on screen is the chart on paper. Sizes derive from the painter's font
metrics, so the same code works at 96 dpi on screen and 300 dpi in the PDF.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen

from secretary_app.domain.activity import format_minutes

ACCENT = QColor("#c8102e")  # the app's accent (navigation highlight)
SECOND = QColor("#3b6e8f")
_GRID = QColor("#d9d9d9")
_TEXT = QColor("#222222")
_MUTED = QColor("#666666")


def nice_step(max_hours: float, ticks: int = 5) -> float:
    """A round tick distance (1, 2, 5 × 10^n hours) giving about ``ticks`` grid lines."""
    if max_hours <= 0:
        return 1.0
    raw = max_hours / ticks
    magnitude = 10 ** int(f"{raw:e}".split("e")[1])
    for m in (1, 2, 2.5, 5, 10):
        if raw <= m * magnitude:
            return m * magnitude
    return 10 * magnitude


LABEL_SHARE = 0.42  # of the chart's width, at most, for the labels left of the bars


def label_width(fm: QFontMetricsF, width: float, labels: list[str]) -> float:
    line = fm.height()
    return min(width * LABEL_SHARE, max((fm.horizontalAdvance(lbl) for lbl in labels), default=0) + line)


def row_height(fm: QFontMetricsF, width: float | None = None, labels: list[str] | None = None) -> float:
    """One bar's height: two lines when a label does not fit on one (it then wraps)."""
    line = fm.height()
    if width and labels:
        room = label_width(fm, width, labels) - line * 0.5
        if any(fm.horizontalAdvance(lbl) > room for lbl in labels):
            return line * 2.5
    return line * 1.45


def wrap_label(fm: QFontMetricsF, text: str, width: float) -> str:
    """The label on at most two lines: words fill the first, the rest is elided on the second."""
    if fm.horizontalAdvance(text) <= width:
        return text
    words, first = text.split(), ""
    while words and fm.horizontalAdvance((first + " " + words[0]).strip()) <= width:
        first = (first + " " + words.pop(0)).strip()
    if not first:  # one long word: cut it
        return fm.elidedText(text, Qt.TextElideMode.ElideRight, width)
    return first + "\n" + fm.elidedText(" ".join(words), Qt.TextElideMode.ElideRight, width)


def chart_height(font: QFont, count: int, device=None, width: float | None = None,
                 labels: list[str] | None = None) -> float:
    """The height ``paint_bars`` needs for ``count`` bars with this font (and, given the
    chart's width and labels, with labels that wrap)."""
    fm = QFontMetricsF(font, device) if device is not None else QFontMetricsF(font)
    line = fm.height()
    return line * 1.6 + max(count, 1) * row_height(fm, width, labels) + line * 1.5


def paint_bars(painter: QPainter, rect: QRectF, title: str, items: list[tuple[str, int]],
               color: QColor = ACCENT, empty_text: str = "Ingen tid registreret", lang: str = "da",
               ink: tuple[QColor, QColor, QColor] | None = None) -> None:
    """Bars of minutes (shown as t:mm) with hour grid lines; ``items`` is (label, minutes).
    ``ink`` is (text, muted text, grid) for a screen's palette; paper gets dark grey on white."""
    TEXT, MUTED, GRID = ink or (_TEXT, _MUTED, _GRID)  # noqa: N806 - the module's names, per call
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    base = painter.font()
    fm = QFontMetricsF(base, painter.device())
    line = fm.height()
    bold = QFont(base)
    bold.setBold(True)
    painter.setFont(bold)
    painter.setPen(TEXT)
    painter.drawText(QRectF(rect.left(), rect.top(), rect.width(), line * 1.3),
                     Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, title)
    painter.setFont(base)
    top = rect.top() + line * 1.6
    if not items:
        painter.setPen(MUTED)
        painter.drawText(QRectF(rect.left(), top, rect.width(), line * 1.45),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, empty_text)
        painter.restore()
        return

    labels = [lbl for lbl, _ in items]
    row_h = row_height(fm, rect.width(), labels)
    label_w = label_width(fm, rect.width(), labels)
    value_w = fm.horizontalAdvance("0000:00") + line * 0.5
    bar_left = rect.left() + label_w
    bar_w = max(rect.width() - label_w - value_w, line)
    max_minutes = max(m for _, m in items)
    step = nice_step(max_minutes / 60)
    scale_hours = step * max(1, -(-max_minutes / 60 // step)) if max_minutes else step
    bottom = top + len(items) * row_h

    # Grid lines and hour labels under them.
    painter.setPen(QPen(GRID, max(line * 0.05, 1.0)))
    small = QFont(base)
    small.setPointSizeF(base.pointSizeF() * 0.85)
    ticks = int(round(scale_hours / step))
    for i in range(ticks + 1):
        x = bar_left + bar_w * (i * step / scale_hours)
        painter.drawLine(QPointF(x, top), QPointF(x, bottom))
    painter.setFont(small)
    painter.setPen(MUTED)
    for i in range(ticks + 1):
        hours = i * step
        x = bar_left + bar_w * (i * step / scale_hours)
        text = (f"{hours:g}" + (" h" if i == ticks else "") if lang == "en"
                else f"{hours:g}".replace(".", ",") + (" t" if i == ticks else ""))
        painter.drawText(QRectF(x - line * 2, bottom + line * 0.15, line * 4, line * 1.2),
                         Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, text)
    painter.setFont(base)

    for i, (lbl, minutes) in enumerate(items):
        y = top + i * row_h
        painter.setPen(TEXT)
        text = wrap_label(fm, lbl, label_w - line * 0.5)
        painter.drawText(QRectF(rect.left(), y, label_w - line * 0.5, row_h),
                         Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, text)
        width = bar_w * (minutes / 60) / scale_hours if scale_hours else 0
        if minutes > 0:
            painter.fillRect(QRectF(bar_left, y + row_h * 0.18, max(width, line * 0.08), row_h * 0.64), color)
        painter.setPen(TEXT if minutes else MUTED)
        painter.drawText(QRectF(bar_left + width + line * 0.3, y, value_w, row_h),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, format_minutes(minutes))
    painter.restore()


def type_items(report) -> list[tuple[str, int]]:
    return [(row.label, row.counts.minutes) for row in report.by_type if row.counts.minutes or row.counts.received]


def member_items(report) -> list[tuple[str, int]]:
    return [(row.label, row.counts.minutes) for row in report.by_member]
