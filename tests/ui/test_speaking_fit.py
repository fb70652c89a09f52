"""The speaking view (F5) fits small screens with a long title, its countdown always shows
mm:ss in full, and *Talefremvisning* is a visible toolbar button (not behind "››") at 1280 px."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QToolButton

LONG = ("Tale til punkt 1.4 Valg af formand og næstformand for KKR Hovedstaden 2026-2030 "
        "(SAG-2024-04469) med forslag til ændret mødeplan og budgetopfølgning for hele perioden")


@pytest.mark.parametrize("size", [(1280, 720), (1366, 768)])
def test_speaking_view_fits_with_a_long_title(qtbot, size):
    from secretary_app.ui.drafts.speaking import SpeakingView

    body = "<h1>Overskrift</h1>" + "<p>Tak, formand. Det her er en tale om budgettet.</p>" * 40
    view = SpeakingView(LONG, body, "html", None, 130, 25 * 60)
    qtbot.addWidget(view)
    view.resize(*size)
    view.show()
    qtbot.waitExposed(view)
    assert view.minimumSizeHint().width() <= size[0]
    assert view.width() <= size[0] and view.height() <= size[1]
    view.advance(26 * 60)  # over the limit: "−1:00" is the widest it gets
    for _ in range(3):
        qtbot.wait(20)
    text = view.countdown.text()
    assert ":" in text
    need = view.countdown.fontMetrics().horizontalAdvance(text)
    assert view.countdown.width() >= need  # no digit cut off
    assert view.countdown.geometry().right() <= view.width()
    assert view.title_label.geometry().right() <= view.countdown.geometry().left()
    assert view.title_label.wordWrap()


def test_speaking_button_is_visible_in_the_danish_toolbar_at_1280(qtbot, main_window):
    window = main_window
    window.resize(1280, 720)
    page = window.show_page("drafts")
    assert page.model.rowCount() > 0
    page.view.setCurrentIndex(page.model.index(0))
    qtbot.wait(50)
    act = page.editor.act_speak
    buttons = [w for w in act.associatedObjects() if isinstance(w, QToolButton)]
    assert buttons, "Talefremvisning has no button"
    assert any(b.isVisible() and b.width() > 0 and b.mapTo(window, b.rect().topRight()).x() <= window.width()
               for b in buttons)
    assert any(b.text() == "Talefremvisning" for b in buttons)
