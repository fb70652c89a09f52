"""Colours taken from the palette, so a light, dark or high-contrast system theme stays readable.

Every text colour handed out here meets WCAG 2's 4.5:1 contrast against the background it is
meant for (``readable``); accents and tints start from the app's own colours and are moved
towards black or white until they do. Widgets ask for a colour when they are styled, never
write a hex value of their own (``tests/ui/test_palette_contrast.py`` checks the result).
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QColor, QGuiApplication, QPalette

AA = 4.5  # WCAG 2 AA for text
ACCENT = "#c8102e"  # the app's red: navigation selection, figure borders

Role = QPalette.ColorRole


def palette(widget=None) -> QPalette:
    return widget.palette() if widget is not None else QGuiApplication.palette()


def luminance(colour: QColor) -> float:
    """WCAG 2 relative luminance."""
    def channel(v: float) -> float:
        return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF())


def contrast(a: QColor, b: QColor) -> float:
    la, lb = sorted((luminance(QColor(a)), luminance(QColor(b))), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def blend(a: QColor, b: QColor, amount: float) -> QColor:
    """``amount`` of the way from ``a`` to ``b``."""
    a, b = QColor(a), QColor(b)
    return QColor.fromRgbF(a.redF() + (b.redF() - a.redF()) * amount, a.greenF() + (b.greenF() - a.greenF()) * amount,
                           a.blueF() + (b.blueF() - a.blueF()) * amount)


def is_dark(pal: QPalette | None = None) -> bool:
    pal = pal or palette()
    return luminance(pal.color(Role.Window)) < 0.4


def high_contrast(pal: QPalette | None = None) -> bool:
    """The palette is a high-contrast one: a dark window with text at the far end of the scale
    (Windows' high-contrast themes hand Qt such a palette). Qt 6.10's contrastPreference() is not
    asked: its PySide wrapper was found deleted under the tests."""
    pal = pal or palette()
    window, text = pal.color(Role.Window), pal.color(Role.WindowText)
    return is_dark(pal) and contrast(window, text) >= 15


def readable(fg: QColor, bg: QColor, ratio: float = AA) -> QColor:
    """``fg``, moved towards black or white (whichever ``bg`` is not) until it reads on ``bg``."""
    fg, bg = QColor(fg), QColor(bg)
    if contrast(fg, bg) >= ratio:
        return fg
    target = QColor("#000000") if luminance(bg) > 0.18 else QColor("#ffffff")
    for step in range(1, 21):
        candidate = blend(fg, target, step / 20)
        if contrast(candidate, bg) >= ratio:
            return candidate
    return target


def _bg(pal: QPalette, bg) -> QColor:
    """The background meant: a colour, "window" (labels on the window) or None (Base: lists, cards)."""
    if bg is None:
        return pal.color(Role.Base)
    if isinstance(bg, str) and bg == "window":
        return pal.color(Role.Window)
    return QColor(bg)


def text(pal: QPalette | None = None, bg=None) -> QColor:
    pal = pal or palette()
    return readable(pal.color(Role.Text), _bg(pal, bg))


def muted(pal: QPalette | None = None, bg=None) -> QColor:
    """Secondary text (hints, counts, inactive rows): softer than the text, still AA."""
    pal = pal or palette()
    bg = _bg(pal, bg)
    return readable(blend(pal.color(Role.Text), bg, 0.35), bg)


def danger(pal: QPalette | None = None, bg=None) -> QColor:
    """Errors and overdue deadlines: red that reads on ``bg`` (Base by default)."""
    pal = pal or palette()
    bg = _bg(pal, bg)
    return readable(QColor("#ff8a80") if luminance(bg) < 0.18 else QColor("#b00020"), bg)


def warning(pal: QPalette | None = None, bg=None) -> QColor:
    pal = pal or palette()
    bg = _bg(pal, bg)
    return readable(QColor("#ffd180") if luminance(bg) < 0.18 else QColor("#7a5a00"), bg)


def success(pal: QPalette | None = None, bg=None) -> QColor:
    pal = pal or palette()
    bg = _bg(pal, bg)
    return readable(QColor("#8fdc9a") if luminance(bg) < 0.18 else QColor("#1b5e20"), bg)


def tint(pal: QPalette | None, colour: str, amount: float = 0.14) -> tuple[QColor, QColor]:
    """A lightly tinted panel (note, banner) and its text colour."""
    pal = pal or palette()
    base = pal.color(Role.Base)
    if high_contrast(pal):
        return base, text(pal, base)
    bg = blend(base, QColor(colour), amount if not is_dark(pal) else amount * 1.6)
    return bg, readable(pal.color(Role.Text), bg)


def selection(pal: QPalette | None = None) -> tuple[QColor, QColor]:
    """Background and text of a selected navigation entry: the app's red with white, or the
    system's highlight in high contrast."""
    pal = pal or palette()
    if high_contrast(pal):
        bg = pal.color(Role.Highlight)
        return bg, readable(pal.color(Role.HighlightedText), bg)
    bg = QColor(ACCENT)
    return bg, readable(QColor("#ffffff"), bg)


def badge(kind: str, pal: QPalette | None = None) -> tuple[QColor, QColor]:
    """A guard badge's fill and text: "party_political" red, "outside_role" orange."""
    fill = QColor("#b3261e") if kind == "party_political" else QColor("#a04000")
    pal = pal or palette()
    if high_contrast(pal):  # a plain frame of text colour reads best; filled with the text colour
        fill = pal.color(Role.Text)
        return fill, readable(pal.color(Role.Base), fill)
    return fill, readable(QColor("#ffffff"), fill)


def focus(pal: QPalette | None = None, bg=None) -> QColor:
    """The keyboard focus frame: the highlight colour when it stands out (3:1, WCAG 1.4.11)
    against the window, otherwise the text colour."""
    pal = pal or palette()
    bg = QColor(bg) if bg is not None else pal.color(Role.Window)
    colour = pal.color(Role.Highlight)
    if contrast(colour, bg) >= 3.0 and contrast(colour, pal.color(Role.Base)) >= 3.0:
        return colour
    return readable(colour, bg, 3.0) if contrast(readable(colour, bg, 3.0), pal.color(Role.Base)) >= 3.0 \
        else pal.color(Role.WindowText)


def css(colour: QColor) -> str:
    return QColor(colour).name()


def fg_css(colour: QColor, bold: bool = False) -> str:
    """A label's style sheet: ``color: #rrggbb;`` (and bold)."""
    return f"color: {css(colour)};" + (" font-weight: 600;" if bold else "")


def navigation_css(pal: QPalette | None = None) -> str:
    """The page list: the selected page in the app's red (the highlight in high contrast)."""
    pal = pal or palette()
    bg = blend(pal.color(Role.Window), pal.color(Role.Base), 0.5)
    sel_bg, sel_fg = selection(pal)
    return ("QListWidget#navigation { border: none; padding-top: 6px;"
            f" background: {css(bg)}; color: {css(readable(pal.color(Role.Text), bg))}; }}"
            "QListWidget#navigation::item { padding: 6px 10px; border-radius: 4px; margin: 1px 6px; }"
            f"QListWidget#navigation::item:selected {{ background: {css(sel_bg)}; color: {css(sel_fg)}; }}"
            # No page can be opened (the welcome): greyed, and no page looks chosen.
            f"QListWidget#navigation:disabled {{ color: {css(blend(pal.color(Role.Text), bg, 0.55))}; }}"
            "QListWidget#navigation::item:selected:disabled { background: transparent; color: "
            f"{css(blend(pal.color(Role.Text), bg, 0.55))}; }}")


class _PaletteFollower(QObject):
    """A child of the styled widget, so the connection ends with it."""

    def __init__(self, widget, apply):
        super().__init__(widget)
        self._apply = apply
        app = QGuiApplication.instance()
        if app is not None:
            # Qt 6 keeps this signal (deprecated for QEvent::ApplicationPaletteChange, which only
            # windows receive); it fires for setPalette and for a system theme change alike.
            app.paletteChanged.connect(self.palette_changed)

    def palette_changed(self, _palette=None) -> None:
        self._apply()


def follow_palette(widget, apply) -> None:
    """Style ``widget`` now with ``apply()``, and again when the system palette changes (the user
    switches to a dark or high-contrast theme while the app runs)."""
    apply()
    _PaletteFollower(widget, apply)
