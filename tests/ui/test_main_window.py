"""The main window: loads the store, switches party groups, edits members and the catalogue."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog

from secretary_app.services import groups


def _member_names(window):
    page = window.pages["members"]
    return sorted(page.model.member_at(r).name for r in range(page.model.rowCount()))


def test_window_opens_with_groups_and_members(main_window):
    assert main_window.group_combo.count() >= 3
    assert main_window.isVisible()
    assert main_window.nav.count() == len(main_window.pages)
    main_window.show_page("members")
    assert main_window.pages["members"].model.rowCount() > 0
    assert "Medlemssekretær" in main_window.windowTitle()


def test_switching_group_shows_only_that_groups_members(main_window, qtbot):
    store = main_window.ctx.store
    all_groups = groups.list_groups(store)
    for g in all_groups:
        main_window.select_group(g.id)
        expected = sorted(m.name for m in groups.list_members(store, g.id))
        assert _member_names(main_window) == expected
        assert main_window.ctx.group_id == g.id
        assert g.name in main_window.windowTitle()
    # catalogue follows too
    last = all_groups[-1]
    cat = main_window.pages["catalogue"]
    assert cat.model.rowCount() == len(groups.list_task_types(store, last.id))


def _answer_dialog(qtbot, fill, *, then_accept=True):
    """Fill the next modal dialog when it opens, then press Save."""
    seen = {}

    def handle():
        dlg = QApplication.activeModalWidget()
        if dlg is None:
            QTimer.singleShot(20, handle)
            return
        seen["dialog"] = dlg
        fill(dlg)
        if then_accept:
            dlg.accept()
        if dlg.isVisible():  # refused: keep the error text, then cancel
            seen["error"] = dlg.error.text()
            dlg.reject()

    QTimer.singleShot(0, handle)
    return seen


def test_new_member_with_bad_email_shows_inline_error_and_saves_nothing(main_window, qtbot):
    main_window.show_page("members")
    page = main_window.pages["members"]
    before = page.model.rowCount()

    def fill(dlg):
        dlg.name.setText("Ny Person")
        dlg.email.setText("ikke gyldig")

    seen = _answer_dialog(qtbot, fill)
    page.new_member()
    assert "e-mailadresse" in seen["error"]
    assert page.model.rowCount() == before


def test_new_member_then_undo_and_redo(main_window, qtbot):
    main_window.show_page("members")
    page = main_window.pages["members"]
    before = _member_names(main_window)

    seen = _answer_dialog(qtbot, lambda dlg: dlg.name.setText("Ulla Undo"))
    page.new_member()
    assert "error" not in seen
    assert "Ulla Undo" in _member_names(main_window)
    main_window.ctx.undo_stack.undo()
    assert _member_names(main_window) == before
    main_window.ctx.undo_stack.redo()
    assert "Ulla Undo" in _member_names(main_window)


def test_catalogue_add_rename_and_deactivate(main_window, qtbot):
    page = main_window.show_page("catalogue")
    store = main_window.ctx.store
    gid = main_window.ctx.group_id
    n = page.model.rowCount()

    def fill_new(dlg):
        dlg.code.setText("hearing_response")
        dlg.label_da.setText("Høringssvar")
        dlg.label_en.setText("Consultation responses")

    _answer_dialog(qtbot, fill_new)
    page.new_type()
    assert page.model.rowCount() == n + 1
    row = [page.model.type_at(r).code for r in range(page.model.rowCount())].index("hearing_response")
    page.table.selectRow(row)

    _answer_dialog(qtbot, lambda dlg: dlg.label_da.setText("Høringssvar til forvaltningen"))
    page.edit_type()
    assert groups.find_task_type(store, gid, "hearing_response").label_da == "Høringssvar til forvaltningen"
    main_window.ctx.undo_stack.undo()
    assert groups.find_task_type(store, gid, "hearing_response").label_da == "Høringssvar"

    page.table.selectRow(row)
    page.toggle_active()
    assert not groups.find_task_type(store, gid, "hearing_response").active
    assert page.model.index(row, page.model.ACTIVE).data() == "Nej"


def test_duplicate_list_letter_in_group_dialog_is_refused_inline(main_window, qtbot):
    existing = groups.list_groups(main_window.ctx.store)[0]

    def fill(dlg):
        dlg.name.setText("Helt Ny Gruppe")
        dlg.letter.setText(existing.list_letter)

    seen = _answer_dialog(qtbot, fill)
    main_window.new_group()
    assert "bruges allerede" in seen["error"]
    assert main_window.group_combo.count() == len(groups.list_groups(main_window.ctx.store))


def test_new_group_appears_in_switcher_and_is_selected(main_window, qtbot):
    def fill(dlg):
        dlg.name.setText("Lokallisten")
        dlg.letter.setText("L")

    _answer_dialog(qtbot, fill)
    main_window.new_group()
    assert main_window.group_combo.currentText() == "L – Lokallisten"
    assert main_window.pages["catalogue"].model.rowCount() == 10
    assert main_window.pages["members"].model.rowCount() == 0
