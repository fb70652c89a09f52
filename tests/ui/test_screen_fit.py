"""The window and every dialog fit the screen they open on; the window's place is remembered."""

from __future__ import annotations

from PySide6.QtCore import QRect


def test_first_window_uses_the_laptop_screen_and_keeps_the_status_bar_on_it():
    from secretary_app.ui.screen import initial_main_geometry

    for w, h in ((1280, 720), (1366, 768), (1920, 1080)):
        area = QRect(0, 0, w, h - 30)  # a panel takes 30 px
        geo = initial_main_geometry(area)
        assert area.contains(geo), (w, h)
    assert initial_main_geometry(QRect(0, 0, 1920, 1050)).width() == 1600


def test_dialogs_are_shrunk_to_the_available_screen(main_window, qtbot):
    from secretary_app.ui.board.request_dialog import RequestDialog
    from secretary_app.ui.help import HelpDialog
    from secretary_app.ui.screen import available
    from secretary_app.ui.settings_dialog import SettingsDialog
    from secretary_app.ui.welcome import SetupDialog

    area = available(main_window)
    for make in (lambda: RequestDialog(main_window.ctx, main_window.ctx.group_id, None, None, main_window),
                 lambda: SetupDialog(main_window.ctx, main_window),
                 lambda: HelpDialog("x", "<p>x</p>", main_window),
                 lambda: SettingsDialog(main_window.settings, main_window)):
        dlg = make()
        qtbot.addWidget(dlg)
        dlg.show()
        assert dlg.width() <= area.width() and dlg.height() <= area.height(), type(dlg).__name__
        dlg.close()


def test_size_and_position_are_remembered(main_window, qtbot):
    from secretary_app.services.settings import Settings
    from secretary_app.ui.main_window import MainWindow

    main_window.resize(800, 570)  # the offscreen screen is 800x600
    main_window.close()
    saved = main_window.settings.window_geometry
    assert saved
    again = MainWindow(settings=Settings(window_geometry=saved), lang="da")
    qtbot.addWidget(again)
    assert (again.width(), again.height()) == (800, 570)
