"""The task board in the real main window on demo data: drop, reorder, undo, keyboard, filter."""

import pytest
from PySide6.QtCore import QMimeData, QModelIndex

from secretary_app.services import requests as svc
from secretary_app.ui.board.page import MIME


def board(window):
    page = next(p for p in window.findChildren(object) if getattr(p, "key", None) == "board")
    page.set_group(window.ctx.group_id)
    return page


def drop(page, request_id, status, row):
    mime = QMimeData()
    mime.setData(MIME, str(request_id).encode())
    page.columns[status].model.dropMimeData(mime, None, row, 0, QModelIndex())


@pytest.mark.slow
def test_drag_to_other_column_and_reorder_survive_reopen_and_undo(main_window):
    page = board(main_window)
    card = page.columns["new"].model.cards[0]
    drop(page, card.id, "in_progress", 0)
    assert page.columns["in_progress"].model.cards[0].id == card.id
    assert card.id not in [c.id for c in page.columns["new"].model.cards]
    ip = page.columns["in_progress"].model.cards
    assert len(ip) > 2
    drop(page, ip[-1].id, "in_progress", 0)
    first = ip[-1].id
    assert page.columns["in_progress"].model.cards[0].id == first
    from secretary_app.services.opening import open_store
    st = open_store(main_window.ctx.store.path)
    assert svc.get_request(st, card.id).status == "in_progress"
    reopened = [c.id for c in svc.board_cards(st, main_window.ctx.group_id, card.member_id)
                if c.status == "in_progress"]
    st.close()
    assert reopened[0] == first  # the new order survived closing and reopening the store
    main_window.ctx.undo_stack.undo()
    main_window.ctx.undo_stack.undo()
    assert svc.get_request(main_window.ctx.store, card.id).status == "new"
    assert card.id in [c.id for c in page.columns["new"].model.cards]


def test_keyboard_move_trash_and_filter(main_window):
    page = board(main_window)
    card = page.columns["new"].model.cards[0]
    page._select(card.id)
    page.move_selected(+1)
    assert svc.get_request(main_window.ctx.store, card.id).status == "in_progress"
    page._select(card.id)
    page.trash_selected()
    assert svc.get_request(main_window.ctx.store, card.id).deleted_at is not None
    main_window.ctx.undo_stack.undo()
    assert svc.get_request(main_window.ctx.store, card.id).deleted_at is None
    word = card.title.split()[-1]
    page.filter_edit.setText(word)
    shown = [c for col in page.columns.values() for c in col.model.cards]
    assert card.id in [c.id for c in shown]
    matches = set(svc.search_request_ids(main_window.ctx.store, main_window.ctx.group_id, word, page.member_id))
    assert {c.id for c in shown} == matches & {c.id for c in page._cards}
    assert len(shown) < len(page._cards)
    page.filter_edit.setText("")
    assert sum(len(col.model.cards) for col in page.columns.values()) == len(page._cards)
