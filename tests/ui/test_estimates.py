"""Estimates typed as people write them, saved as minutes and shown as t:mm."""

import pytest

from secretary_app.services import requests as svc
from secretary_app.ui.board.request_dialog import RequestDialog


@pytest.mark.parametrize("typed, minutes, shown", [("2:00", 120, "2:00"), ("2 t", 120, "2:00"),
                                                    ("90 min", 90, "1:30"), ("1,5 t", 90, "1:30")])
def test_estimate_is_read_the_way_it_is_written(main_window, qtbot, typed, minutes, shown):
    page = main_window.show_page("board")
    dlg = RequestDialog(main_window.ctx, main_window.ctx.group_id, None, page.member_id, main_window)
    qtbot.addWidget(dlg)
    dlg.title_edit.setText("Notat om parkeringszoner")
    dlg.type.setCurrentIndex(dlg.type.findData("research_memo"))
    dlg.estimate.setText(typed)
    assert dlg.save()
    assert svc.get_request(main_window.ctx.store, dlg.saved_id).estimated_minutes == minutes
    again = RequestDialog(main_window.ctx, main_window.ctx.group_id, dlg.saved_id, parent=main_window)
    qtbot.addWidget(again)
    assert again.estimate.text() == shown


def test_an_estimate_that_is_no_time_is_named_and_nothing_is_saved(main_window, qtbot):
    page = main_window.show_page("board")
    before = len(svc.list_requests(main_window.ctx.store, main_window.ctx.group_id))
    dlg = RequestDialog(main_window.ctx, main_window.ctx.group_id, None, page.member_id, main_window)
    qtbot.addWidget(dlg)
    dlg.title_edit.setText("Notat om parkeringszoner")
    dlg.estimate.setText("to timer")
    assert not dlg.save()
    assert "to timer" in dlg.error.text() and "2:00" in dlg.error.text()
    assert len(svc.list_requests(main_window.ctx.store, main_window.ctx.group_id)) == before
