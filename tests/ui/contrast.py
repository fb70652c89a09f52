"""Contrast as painted: the background is a region's most common colour, the text its pixel
furthest from it (the full-coverage core of a glyph). WCAG 2 ratios."""

from __future__ import annotations

import contextlib
from collections import Counter

from PySide6.QtCore import QRect
from PySide6.QtGui import QColor, QImage, QPalette

from secretary_app.ui.colours import contrast

R = QPalette.ColorRole

DARK = {R.Window: "#2b2b2b", R.WindowText: "#e6e6e6", R.Base: "#1e1e1e", R.AlternateBase: "#262626",
        R.Text: "#e6e6e6", R.Button: "#353535", R.ButtonText: "#e6e6e6", R.Highlight: "#3d7bd9",
        R.HighlightedText: "#ffffff", R.Mid: "#555555", R.PlaceholderText: "#9a9a9a", R.Light: "#505050",
        R.Dark: "#151515", R.Midlight: "#404040", R.Shadow: "#000000", R.BrightText: "#ffffff",
        R.ToolTipBase: "#353535", R.ToolTipText: "#e6e6e6", R.Link: "#8ab4f8"}
# Windows' "High contrast black", as Qt hands it over.
HIGH = {R.Window: "#000000", R.WindowText: "#ffffff", R.Base: "#000000", R.AlternateBase: "#000000",
        R.Text: "#ffffff", R.Button: "#000000", R.ButtonText: "#ffffff", R.Highlight: "#1aebff",
        R.HighlightedText: "#000000", R.Mid: "#ffffff", R.PlaceholderText: "#c0c0c0", R.Light: "#ffffff",
        R.Dark: "#ffffff", R.Midlight: "#ffffff", R.Shadow: "#ffffff", R.BrightText: "#ffffff",
        R.ToolTipBase: "#000000", R.ToolTipText: "#ffffff", R.Link: "#ffff00"}


@contextlib.contextmanager
def system_palette_of(app, colours: dict | None):
    """The application's palette set to ``colours`` (None: left as it is), restored afterwards."""
    before = QPalette(app.palette())
    if colours is not None:
        pal = QPalette()
        for role, colour in colours.items():
            pal.setColor(role, QColor(colour))
        app.setPalette(pal)
    try:
        yield
    finally:
        app.setPalette(before)


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
