"""A leaving member: open their board, export their data, erase them (with confirmation)."""

import json
import zipfile

from secretary_app.services import groups
from secretary_app.services import requests as svc


def members_page(window):
    return window.show_page("members")


def select(page, name):
    for row in range(page.proxy.rowCount()):
        if page.proxy.index(row, 0).data() == name:
            page.table.setCurrentIndex(page.proxy.index(row, 0))
            return page.selected_member()
    raise AssertionError(name)


def test_open_board_export_and_erase_a_member(main_window, tmp_path, monkeypatch):
    page = members_page(main_window)
    store = main_window.ctx.store
    member = select(page, page.proxy.index(0, 0).data())
    page.open_board()
    board = main_window.pages["board"]
    assert main_window.stack.currentWidget() is board and board.member_id == member.id

    main_window.show_page("members")
    page.ask_save_path = lambda m: str(tmp_path / "data.zip")
    from PySide6.QtWidgets import QMessageBox
    monkeypatch.setattr(QMessageBox, "information", staticmethod(lambda *a, **k: None))
    assert page.export_member_data() == str(tmp_path / "data.zip")
    with zipfile.ZipFile(tmp_path / "data.zip") as z:
        payload = json.loads(z.read("member.json"))
    assert payload["member"]["name"] == member.name
    assert len(payload["requests"]) == len(svc.list_requests(store, member.group_id, member.id,
                                                                include_deleted=True))

    page.confirm_erase = lambda m: False  # cancelled: nothing happens
    assert not page.erase_member_data()
    assert any(m.id == member.id for m in groups.list_members(store, member.group_id))

    page.confirm_erase = lambda m: True
    assert page.erase_member_data()
    assert all(m.id != member.id for m in groups.list_members(store, member.group_id))
    assert svc.list_requests(store, member.group_id, member.id, include_deleted=True) == []
    names = [page.proxy.index(r, 0).data() for r in range(page.proxy.rowCount())]
    assert member.name not in names
