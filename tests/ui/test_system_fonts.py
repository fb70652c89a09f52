"""The app follows the system's text size and colours: no fixed font sizes in the UI's style
sheets or rich text, sizes scale with the application font, and marks with a hard-coded
background also set their text colour (readable under a dark or high-contrast palette)."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtGui import QColor, QPalette

UI = Path(__file__).resolve().parents[2] / "secretary_app" / "ui"
FIXED = re.compile(r"font-size\s*:\s*\d+(\.\d+)?\s*(pt|px)", re.I)


def test_no_fixed_font_sizes_in_the_ui():
    hits = [f"{p.relative_to(UI)}:{n}" for p in UI.rglob("*.py")
            for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1) if FIXED.search(line)]
    assert hits == []


def test_sizes_scale_with_the_system_font(qtbot):
    from secretary_app.ui.fonts import scale_font
    from PySide6.QtWidgets import QLabel

    small, large = QLabel("a"), QLabel("a")
    qtbot.addWidget(small)
    qtbot.addWidget(large)
    f = large.font()
    f.setPointSizeF(f.pointSizeF() * 2)
    large.setFont(f)
    scale_font(small, 1.6)
    scale_font(large, 1.6)
    assert abs(large.font().pointSizeF() - 2 * small.font().pointSizeF()) < 0.1


def test_meeting_days_stay_readable_in_a_dark_palette(qtbot, store, group, qapp):
    from secretary_app.services import meetings
    from secretary_app.services.settings import Settings
    from secretary_app.ui.context import UiContext
    from secretary_app.ui.meetings.page import MeetingsPage

    old = qapp.palette()
    dark = QPalette(old)
    for role, colour in ((QPalette.ColorRole.Window, "#000000"), (QPalette.ColorRole.Base, "#000000"),
                         (QPalette.ColorRole.Text, "#ffffff"), (QPalette.ColorRole.WindowText, "#ffffff")):
        dark.setColor(role, QColor(colour))
    qapp.setPalette(dark)
    try:
        import datetime as dt

        meetings.create_meeting(store, group.id, dt.date(2026, 3, 12), body_name="Økonomiudvalget")
        ctx = UiContext(store, Settings(), "da")
        ctx.group_id = group.id
        page = MeetingsPage(ctx)
        qtbot.addWidget(page)
        page.set_group(group.id)
        page.show_month(2026, 3)
        fmt = page.calendar.dateTextFormat(QDate(2026, 3, 12))
        bg, fg = fmt.background().color(), fmt.foreground().color()
        assert fmt.foreground().style() != 0  # the text colour is set, not the palette's white
        assert abs(bg.lightness() - fg.lightness()) > 120
    finally:
        qapp.setPalette(old)
