"""Task-type codes (``policy_development``) are for files and scripts: the GUI shows labels."""

from __future__ import annotations

from PySide6.QtCore import Qt

from secretary_app.domain.catalogue import code_for_label
from secretary_app.services import groups


def test_a_code_is_made_from_the_danish_label():
    assert code_for_label("Høringssvar") == "hoeringssvar"
    assert code_for_label("Høringssvar", {"hoeringssvar"}) == "hoeringssvar_2"
    assert code_for_label("2. behandling") == "type_2_behandling"
    assert code_for_label("!!!") == "type"


def test_the_catalogue_and_the_forms_show_labels_not_codes(main_window, qtbot):
    from secretary_app.ui.board.request_dialog import RequestDialog
    from secretary_app.ui.catalogue_page import TaskTypeDialog, TaskTypeTableModel

    store, gid = main_window.ctx.store, main_window.ctx.group_id
    codes = {t.code for t in groups.list_task_types(store, gid)}
    page = main_window.show_page("catalogue")
    assert page.table.isColumnHidden(TaskTypeTableModel.CODE)
    shown = {page.model.headerData(c, Qt.Orientation.Horizontal) for c in range(page.model.columnCount())
             if not page.table.isColumnHidden(c)}
    assert "Kode" not in shown
    dlg = TaskTypeDialog(main_window.ctx, None, main_window)
    qtbot.addWidget(dlg)
    assert not dlg.code.isVisibleTo(dlg)
    dlg.label_da.setText("Høringssvar")
    dlg.operation().run()
    assert groups.find_task_type(store, gid, "hoeringssvar").label_da == "Høringssvar"
    board = main_window.show_page("board")
    request = RequestDialog(main_window.ctx, gid, None, board.member_id, main_window)
    qtbot.addWidget(request)
    texts = {request.type.itemText(i) for i in range(request.type.count())}
    texts |= {board.type_filter.itemText(i) for i in range(board.type_filter.count())}
    assert texts and not texts & codes and not any("_" in t for t in texts)
