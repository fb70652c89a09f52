"""Taking in, editing, timing and trashing requests from the board, as the secretary does."""

import datetime as dt

from PySide6.QtCore import QDate

from secretary_app.services import requests as svc
from secretary_app.ui.board.request_dialog import RequestDialog
from secretary_app.ui.board.time_panel import RequestTimer
from secretary_app.ui.board.trash_dialog import TrashDialog


def board(window):
    return window.show_page("board")


def on_board(page, request_id):
    return [c.status for col in page.columns.values() for c in col.model.cards if c.id == request_id]


def new_dialog(window, page):
    return RequestDialog(window.ctx, window.ctx.group_id, None, page.member_id, window)


def test_new_request_lands_on_the_members_board_and_undo_takes_it_back(main_window, qtbot):
    page = board(main_window)
    dlg = new_dialog(main_window, page)
    qtbot.addWidget(dlg)
    dlg.title_edit.setText("Notat om cykelstier på Amager")
    dlg.description.setPlainText("Baggrund til udvalgsmødet.")
    dlg.tags.setText("trafik Amager")
    dlg.type.setCurrentIndex(dlg.type.findData("research_memo"))
    assert dlg.save()
    rid = dlg.saved_id
    req = svc.get_request(main_window.ctx.store, rid)
    assert (req.member_id, req.title, req.tags, req.status) == (page.member_id, "Notat om cykelstier på Amager",
                                                                 "trafik amager", "new")
    assert on_board(page, rid) == ["new"]
    assert dlg.tabs.count() == 2  # the time tab appears once the request exists
    main_window.ctx.undo_stack.undo()
    assert svc.get_request(main_window.ctx.store, rid).deleted_at is not None
    assert on_board(page, rid) == []
    main_window.ctx.undo_stack.redo()
    assert on_board(page, rid) == ["new"]


def test_bad_input_is_named_and_nothing_is_saved(main_window, qtbot):
    page = board(main_window)
    before = len(svc.list_requests(main_window.ctx.store, main_window.ctx.group_id, include_deleted=True))
    dlg = new_dialog(main_window, page)
    qtbot.addWidget(dlg)
    dlg.title_edit.setText("Tale til budgetdebatten")
    dlg.received.setDate(QDate(2026, 3, 10))
    dlg.due.check.setChecked(True)
    dlg.due.edit.setDate(QDate(2026, 3, 2))
    assert not dlg.save()
    assert "Fristen 02-03-2026 ligger før modtagelsesdatoen 10-03-2026" in dlg.error.text()
    assert dlg.error.isVisibleTo(dlg)
    dlg.title_edit.setText("   ")
    dlg.due.check.setChecked(False)
    assert not dlg.save()
    assert "Titlen" in dlg.error.text()
    after = len(svc.list_requests(main_window.ctx.store, main_window.ctx.group_id, include_deleted=True))
    assert after == before


def test_question_shows_its_ten_working_day_deadline_across_easter(main_window, qtbot):
    page = board(main_window)
    dlg = new_dialog(main_window, page)
    qtbot.addWidget(dlg)
    dlg.type.setCurrentIndex(dlg.type.findData("politician_question"))
    assert dlg.question_box.isVisibleTo(dlg)
    dlg.title_edit.setText("Spørgsmål om skolebusser")
    dlg.received.setDate(QDate(2026, 3, 30))
    dlg.sent.check.setChecked(True)
    dlg.sent.edit.setDate(QDate(2026, 3, 30))
    assert dlg.answer_due.text().startswith("16. april 2026")
    dlg.answered.check.setChecked(True)
    dlg.answered.edit.setDate(QDate(2026, 4, 20))
    assert "for sent" in dlg.answer_due.text()
    dlg.answer_to_all.setChecked(True)
    assert dlg.save()
    req = svc.get_request(main_window.ctx.store, dlg.saved_id)
    assert (req.sent_date, req.answer_due, req.answered_date, req.answer_to_all) == (
        dt.date(2026, 3, 30), dt.date(2026, 4, 16), dt.date(2026, 4, 20), True)
    # Another type hides the question fields and does not store them.
    dlg.type.setCurrentIndex(dlg.type.findData("speech"))
    assert not dlg.question_box.isVisibleTo(dlg)


def test_edit_and_undo_restores_the_old_values(main_window, qtbot):
    page = board(main_window)
    # One the guard has not flagged: saving a flagged one asks for the decision first.
    card = next(c for c in page.columns["new"].model.cards if c.guard_verdict in (None, "ok"))
    dlg = RequestDialog(main_window.ctx, main_window.ctx.group_id, card.id, parent=main_window)
    qtbot.addWidget(dlg)
    dlg.title_edit.setText("Notat til udvalget, ny titel")
    dlg.status.setCurrentIndex(dlg.status.findData("waiting"))
    assert dlg.save()
    assert on_board(page, card.id) == ["waiting"]
    assert svc.get_request(main_window.ctx.store, card.id).title == "Notat til udvalget, ny titel"
    main_window.ctx.undo_stack.undo()
    req = svc.get_request(main_window.ctx.store, card.id)
    assert (req.title, req.status, req.position) == (card.title, "new", card.position)
    assert on_board(page, card.id) == ["new"]


def test_guard_flags_while_typing_and_the_card_carries_the_badge(main_window, qtbot):
    page = board(main_window)
    dlg = new_dialog(main_window, page)
    qtbot.addWidget(dlg)
    dlg.title_edit.setText("Tale til partiets 1. maj-arrangement")
    with qtbot.waitSignal(dlg.guard.checked, timeout=3000) as blocker:
        dlg.description.setPlainText("Opfordr folk til at stemme på os.")
    assert blocker.args == ["party_political"]
    assert "Partipolitisk" in dlg.guard.verdict_label.text()
    dlg.ask_guard_choice = lambda: "declined"  # saved with the decision in one step
    assert dlg.save()
    card = next(c for col in page.columns.values() for c in col.model.cards if c.id == dlg.saved_id)
    assert card.guard_verdict == "party_political"


def test_time_entries_and_the_stopwatch_add_up(main_window, qtbot):
    page = board(main_window)
    card = page.columns["in_progress"].model.cards[0]
    store = main_window.ctx.store
    start = svc.total_minutes(store, card.id)
    dlg = RequestDialog(main_window.ctx, main_window.ctx.group_id, card.id, parent=main_window)
    qtbot.addWidget(dlg)
    panel = dlg.time_panel
    panel.minutes.setValue(45)
    panel.note.setText("Research")
    panel.add_entry()
    assert svc.total_minutes(store, card.id) == start + 45
    assert "min)" in panel.total.text() and str(start + 45) in panel.total.text()
    panel.toggle_timer()
    timer = RequestTimer.of(main_window.ctx)
    assert timer.running and timer.request_id == card.id
    assert panel.timer_button.text().startswith("Stop tidtagning")
    timer.started_at -= dt.timedelta(minutes=12, seconds=10)  # as if 12 minutes went by
    panel.toggle_timer()
    assert not timer.running
    assert svc.total_minutes(store, card.id) == start + 45 + 13  # rounded up to whole minutes
    assert panel.entries.topLevelItemCount() == len(svc.list_time_entries(store, card.id))
    # A future date is refused with a message; nothing is logged.
    panel.date.setMaximumDate(QDate(2100, 1, 1))
    panel.date.setDate(QDate.currentDate().addDays(30))
    panel.add_entry()
    assert "fremtiden" in panel.error.text()
    assert svc.total_minutes(store, card.id) == start + 58


def test_filters_by_type_tag_and_deadline(main_window):
    page = board(main_window)
    page.member_combo.setCurrentIndex(0)  # the whole group's open work
    everything = [c for col in page.columns.values() for c in col.model.cards]
    code = everything[0].type_code
    page.type_filter.setCurrentIndex(page.type_filter.findData(code))
    shown = [c for col in page.columns.values() for c in col.model.cards]
    assert shown and all(c.type_code == code for c in shown) and len(shown) < len(everything)
    page.type_filter.setCurrentIndex(0)
    tag = next(c.tags.split()[0] for c in everything if c.tags)
    page.tag_filter.setCurrentIndex(page.tag_filter.findData(tag))
    shown = [c for col in page.columns.values() for c in col.model.cards]
    assert shown and all(tag in c.tags.split() for c in shown)
    page.tag_filter.setCurrentIndex(0)
    page.overdue_only.setCurrentIndex(page.overdue_only.findData("overdue"))
    shown = [c for col in page.columns.values() for c in col.model.cards]
    assert all(c.is_overdue(page.today) for c in shown)
    assert len(shown) == sum(1 for c in everything if c.is_overdue(page.today))


def test_trash_dialog_restores_a_deleted_request(main_window, qtbot):
    page = board(main_window)
    card = page.columns["new"].model.cards[0]
    page._select(card.id)
    page.trash_selected()
    assert on_board(page, card.id) == []
    assert "(" in page.trash_button.text()
    dlg = TrashDialog(main_window.ctx, main_window.ctx.group_id, main_window)
    qtbot.addWidget(dlg)
    items = [dlg.tree.topLevelItem(i) for i in range(dlg.tree.topLevelItemCount())]
    target = next(i for i in items if i.text(0) == card.title)
    dlg.tree.setCurrentItem(target)
    dlg.restore_selected()
    assert on_board(page, card.id) == ["new"]
    assert svc.get_request(main_window.ctx.store, card.id).deleted_at is None


def test_write_a_draft_from_a_request_opens_it_linked(main_window, qtbot):
    from secretary_app.services import drafts

    page = board(main_window)
    dlg = new_dialog(main_window, page)
    qtbot.addWidget(dlg)
    dlg.title_edit.setText("Tale om skolebyggeri til BR")
    dlg.type.setCurrentIndex(dlg.type.findData("speech"))
    draft_id = dlg.write_draft()
    assert draft_id is not None
    d = drafts.get_draft(main_window.ctx.store, draft_id)
    assert (d.kind, d.title, d.request_id, d.member_id) == ("speech", "Tale om skolebyggeri til BR", dlg.saved_id,
                                                           page.member_id)
    drafts_page = main_window.pages["drafts"]
    assert main_window.stack.currentWidget() is drafts_page
    assert drafts_page.editor.draft.id == draft_id
