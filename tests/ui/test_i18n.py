"""Danish by default, English through Qt's translation files."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from secretary_app.paths import get_asset
from secretary_app.ui.i18n import install_translators


@pytest.fixture
def english(qapp):
    if not get_asset("translations", "secretary_app_en.qm").exists():
        pytest.fail("secretary_app_en.qm is missing: build it with `make translations`")
    assert install_translators(qapp, "en")
    yield
    install_translators(qapp, "da")


def _titles(window):
    return [window.nav.item(i).text() for i in range(window.nav.count())]


def test_danish_is_the_default(main_window):
    assert "Medlemmer" in _titles(main_window)
    assert [a.text() for a in main_window.menuBar().actions()][:2] == ["&Filer", "&Redigér"]


def test_english_is_selectable(english, qtbot, demo_store):
    from secretary_app.services.settings import Settings
    from secretary_app.ui.main_window import MainWindow

    demo_store.close()
    window = MainWindow(settings=Settings(language="en"), lang="en", seed_demo=False)
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.store_ready, timeout=20_000):
        window.open_store()
    assert "Members" in _titles(window) and "Task types" in _titles(window)
    assert [a.text() for a in window.menuBar().actions()][0] == "&File"
    assert QApplication.translate("MembersPage", "Nyt medlem …") == "New member …"


def test_texts_once_hidden_from_the_translation_are_english(english, qapp):
    """Form buttons, the press table, the shortcut overview and the tray menu were Danish in
    English: their texts went through a helper lupdate could not read."""
    from secretary_app.ui.forms import FormDialog
    from secretary_app.ui.help import page_shortcuts
    from secretary_app.ui.press.model import ClippingModel

    dlg = FormDialog(None, "x")
    texts = [b.text() for b in dlg.buttons.buttons()]
    assert "Save" in texts and "Cancel" in texts
    model = ClippingModel()
    headers = [model.headerData(c, Qt.Orientation.Horizontal)
               for c in range(model.columnCount())]
    assert "Published" in headers and "Headline" in headers
    assert ("Task board", "Ctrl+N", "New request") in [(w, k, t) for w, k, t in page_shortcuts()]
    assert QApplication.translate("Reminders", "Vis I dag") == "Show Today"
