"""One Danish: Annuller spelled one way (Qt's own), a dialog's command ends in an ellipsis,
month names lowercase, and the board's shortcut hint names the keys in the user's language."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractButton

from secretary_app.ui.i18n import install_translators


def _buttons(widget) -> list[str]:
    return [b.text() for b in widget.findChildren(QAbstractButton) if b.text()]


def test_cancel_is_spelled_as_qt_spells_it_everywhere(main_window, qtbot):
    from secretary_app.ui.board.done_time import DoneTimeDialog
    from secretary_app.ui.board.request_dialog import RequestDialog
    from secretary_app.ui.settings_dialog import SettingsDialog

    board = main_window.show_page("board")
    dialogs = [RequestDialog(main_window.ctx, main_window.ctx.group_id, None, board.member_id, main_window),
               SettingsDialog(main_window.settings, main_window), DoneTimeDialog("Tale", 0, main_window)]
    texts = [t for d in dialogs for t in _buttons(d)]
    for d in dialogs:
        d.deleteLater()
    assert "Annuller" in texts and "Annullér" not in texts
    edit = [a.text() for a in main_window.edit_menu.actions()]
    assert any(t.startswith("Annuller fortryd") for t in edit) and not any("Annullér" in t for t in edit)


def test_commands_that_open_a_dialog_end_in_an_ellipsis(main_window):
    members = main_window.show_page("members")
    assert "Nyt medlem …" in _buttons(members)
    assert "Nyt medlem …" in [a.text() for a in members.actions()]
    board = main_window.show_page("board")
    assert board.new_button.text() == "Ny opgave …" and board.trash_button.text().endswith(" …")


def test_month_names_are_lowercase_in_danish(main_window):
    reports = main_window.show_page("reports")
    months = [reports.month_combo.itemText(i) for i in range(reports.month_combo.count())]
    assert months[0] == "januar" and months[11] == "december"


def test_the_board_hint_names_the_delete_key_in_the_users_language(main_window, qapp):
    board = main_window.show_page("board")
    hint = board.hint.text()
    assert "Delete papirkurv" not in hint and "læg i papirkurven" in hint
    from secretary_app.ui.board.page import BoardPage

    assert install_translators(qapp, "en")
    try:
        english = BoardPage(main_window.ctx)
        assert "move to trash" in english.hint.text() and "Delete trash" not in english.hint.text()
        english.deleteLater()
    finally:
        install_translators(qapp, "da")
