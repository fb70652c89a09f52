"""Contrast as painted: the background is a region's most common colour, the text its pixel
furthest from it (the full-coverage core of a glyph). WCAG 2 ratios."""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import QRect
from PySide6.QtGui import QColor, QImage

from secretary_app.ui.colours import contrast


def pixels(image: QImage, rect: QRect | None = None) -> list[int]:
    rect = rect or image.rect()
    rect = rect.intersected(image.rect())
    return [image.pixel(x, y) & 0xFFFFFF for y in range(rect.top(), rect.bottom() + 1)
            for x in range(rect.left(), rect.right() + 1)]


def background(image: QImage, rect: QRect | None = None) -> QColor:
    return QColor(Counter(pixels(image, rect)).most_common(1)[0][0])


def text_contrast(image: QImage, rect: QRect | None = None) -> float:
    """The ratio between the region's background and its strongest text pixel."""
    counts = Counter(pixels(image, rect))
    bg = QColor(counts.most_common(1)[0][0])
    return max((contrast(QColor(p), bg) for p in counts), default=1.0)


def bounding_box_of(image: QImage, rect: QRect, bg: QColor) -> QRect | None:
    """The box of pixels in ``rect`` that differ from ``bg`` (a badge on a card)."""
    xs, ys = [], []
    for y in range(rect.top(), rect.bottom() + 1):
        for x in range(rect.left(), rect.right() + 1):
            if QColor(image.pixel(x, y)).rgb() != bg.rgb():
                xs.append(x)
                ys.append(y)
    if not xs:
        return None
    return QRect(min(xs), min(ys), max(xs) - min(xs) + 1, max(ys) - min(ys) + 1)
