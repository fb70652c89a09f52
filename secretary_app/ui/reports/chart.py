"""The activity chart on screen: the same painter routine as the PDF's."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRectF, QSize
from PySide6.QtGui import QFontMetricsF, QPainter, QPalette
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from secretary_app.exports.activity_chart import (
    ACCENT, SECOND, chart_height, member_items, paint_bars, row_height, type_items,
)
from secretary_app.services.reports import format_minutes
from secretary_app.ui import colours


class ActivityChart(QWidget):
    """Hours per task type above hours per member (horizontal bars, t:mm)."""

    def __init__(self, parent=None, lang: str = "da"):
        super().__init__(parent)
        self.lang = lang
        self.setObjectName("activityChart")
        self._types: list[tuple[str, int]] = []
        self._members: list[tuple[str, int]] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.Base)

    def set_report(self, report) -> None:
        self._types = type_items(report) if report else []
        self._members = member_items(report) if report else []
        self.updateGeometry()
        self.update()

    def items(self) -> tuple[list, list]:
        return self._types, self._members

    def _heights(self) -> tuple[float, float]:
        w = self.width() - 16
        return (chart_height(self.font(), len(self._types), width=w, labels=[x for x, _ in self._types]),
                chart_height(self.font(), len(self._members), width=w, labels=[x for x, _ in self._members]))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.updateGeometry()  # labels wrap (or stop wrapping) with the width

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        w = width - 16
        return int(chart_height(self.font(), len(self._types), width=w, labels=[x for x, _ in self._types])
                   + chart_height(self.font(), len(self._members), width=w, labels=[x for x, _ in self._members])
                   + 24)

    def sizeHint(self) -> QSize:
        a, b = self._heights()
        return QSize(420, int(a + b + 24))

    def minimumSizeHint(self) -> QSize:
        return QSize(260, int(sum(self._heights()) + 24))

    def paintEvent(self, _event) -> None:
        p = QPainter(self)
        p.setFont(self.font())
        a, b = self._heights()
        w = self.width() - 16
        pal = colours.palette()
        base = pal.color(QPalette.ColorRole.Base)
        ink = (colours.text(pal, base), colours.muted(pal, base), colours.blend(base, pal.color(QPalette.ColorRole.Text), 0.2))
        paint_bars(p, QRectF(8, 8, w, a), self.tr("Timer pr. opgavetype"), self._types, ACCENT,
                   self.tr("Ingen tid registreret"), self.lang, ink)
        paint_bars(p, QRectF(8, 16 + a, w, b), self.tr("Timer pr. medlem"), self._members, SECOND,
                   self.tr("Ingen tid registreret"), self.lang, ink)
        p.end()

    def item_at(self, y: float) -> tuple[str, int] | None:
        """The bar under a y position (labels may be elided: the tooltip gives them in full)."""
        fm = QFontMetricsF(self.font())
        line = fm.height()
        a, _b = self._heights()
        for top, items in ((8.0, self._types), (16.0 + a, self._members)):
            first = top + line * 1.6
            row_h = row_height(fm, self.width() - 16, [x for x, _ in items])
            row = int((y - first) // row_h)
            if y >= first and 0 <= row < len(items):
                return items[row]
        return None

    def event(self, event) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            hit = self.item_at(event.position().y() if hasattr(event, "position") else event.pos().y())
            if hit:
                QToolTip.showText(event.globalPos(), f"{hit[0]}: {format_minutes(hit[1])} {'h' if self.lang == 'en' else 't'}", self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)
