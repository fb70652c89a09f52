"""Board cards show enough to tell them apart: a title on two lines, time against the estimate,
the deadline as a person says it, the meeting by name and time; the group's open work shows no
always-empty Færdig and Afvist columns."""

from __future__ import annotations

import dataclasses
import datetime as dt

from PySide6.QtGui import QFont, QFontMetrics

from secretary_app.services import requests as svc
from secretary_app.ui.board.cards import CardDelegate, title_lines
from secretary_app.ui.i18n import install_translators


def board(window):
    page = window.show_page("board")
    page.set_group(window.ctx.group_id)
    return page


def test_a_long_title_wraps_to_two_lines_and_is_elided_after_the_second(qapp):
    fm = QFontMetrics(QFont())
    title = "Møde med borgergruppen om trafiksikkerhed ved skolen på Amager og cykelstien langs havnen"
    width = fm.horizontalAdvance("Møde med borgergruppen")
    lines = title_lines(fm, title, width)
    assert len(lines) == 2 and lines[0].startswith("Møde med") and lines[1].endswith("…")
    assert all(fm.horizontalAdvance(line) <= width for line in lines)
    # Nine such cards no longer read alike: the second line differs.
    other = title_lines(fm, "Møde med borgergruppen om skolevejen", width)
    assert other[1] != lines[1]
    assert title_lines(fm, "Kort titel", width) == ["Kort titel"]


def test_card_lines_say_deadline_time_and_meeting(main_window):
    page = board(main_window)
    card = next(c for col in page.columns.values() for c in col.model.cards if c.status == "in_progress")
    delegate = CardDelegate(page)
    today = page.today
    card = dataclasses.replace(card, due_date=today + dt.timedelta(days=3), type_code="speech",
                               minutes=90, estimate=120, tags="", meeting_title="KKR Hovedstaden 26-01-2026 10:30")
    assert delegate.card_lines(card)[1:] == ["Frist om 3 dage", "Tid 1:30 / 2:00  ·  KKR Hovedstaden 26-01-2026 10:30"]
    assert delegate.card_lines(dataclasses.replace(card, due_date=today))[1].startswith("Frist i dag")
    assert delegate.card_lines(dataclasses.replace(card, due_date=today + dt.timedelta(days=1)))[1] \
        .startswith("Frist i morgen")
    assert delegate.card_lines(dataclasses.replace(card, due_date=today - dt.timedelta(days=25)))[1] \
        .startswith("25 dage over fristen")
    assert delegate.card_lines(dataclasses.replace(card, estimate=0))[2].split("  ·  ")[0] == "Tid 1:30"


def test_card_lines_in_english(main_window, qapp):
    page = board(main_window)
    card = page.columns["new"].model.cards[0]
    today = page.today
    card = dataclasses.replace(card, due_date=today - dt.timedelta(days=25), type_code="speech",
                               minutes=30, estimate=60, tags="")
    assert install_translators(qapp, "en")
    try:
        assert CardDelegate(page).card_lines(card)[1:] == ["25 days overdue", "Time 0:30 / 1:00"]
        due = dataclasses.replace(card, due_date=today + dt.timedelta(days=3))
        assert CardDelegate(page).card_lines(due)[1].startswith("Due in 3 days")
    finally:
        install_translators(qapp, "da")


def _link(store, request_id, meeting_id):
    from secretary_app.store.models import Request

    with store.session() as s:
        row = s.get(Request, request_id)
        row.meeting_id = meeting_id
        s.add(row)


def test_meeting_label_names_the_body_date_and_time(demo_store):
    from secretary_app.services import meetings as msvc
    from secretary_app.services.groups import list_groups

    store = demo_store
    group_id = list_groups(store)[0].id
    req = svc.list_requests(store, group_id)[0]
    kkr = msvc.create_meeting(store, group_id, dt.date(2026, 1, 26), body_kind="kkr", body_name="KKR Hovedstaden",
                              start_time=dt.time(10, 30))
    _link(store, req.id, kkr.id)
    card = next(c for c in svc.board_cards(store, group_id, req.member_id) if c.id == req.id)
    assert card.meeting_title == "KKR Hovedstaden 26-01-2026 10:30"
    unnamed = msvc.create_meeting(store, group_id, dt.date(2026, 2, 2), body_kind="council", body_name="")
    _link(store, req.id, unnamed.id)
    card = next(c for c in svc.board_cards(store, group_id, req.member_id, lang="en") if c.id == req.id)
    assert card.meeting_title == "City council 02-02-2026"


def test_the_whole_group_view_hides_the_done_and_declined_columns(main_window):
    page = board(main_window)
    assert page.columns["done"].isVisibleTo(page) and page.columns["declined"].isVisibleTo(page)
    page.member_combo.setCurrentIndex(page.member_combo.findData(None))
    assert not page.columns["done"].isVisibleTo(page) and not page.columns["declined"].isVisibleTo(page)
    assert page.columns["new"].isVisibleTo(page)
    page.member_combo.setCurrentIndex(1)
    assert page.columns["done"].isVisibleTo(page)


def test_moving_a_card_without_time_to_done_asks_for_the_time_spent(main_window):
    page = board(main_window)
    store = main_window.ctx.store
    card = page.columns["new"].model.cards[0]
    for e in svc.list_time_entries(store, card.id):
        svc.delete_time_entry(store, e.id)
    page.reload()
    asked = []
    page.ask_done_time = lambda c: asked.append(c.id) or None  # cancelled: the card stays
    page._push_move(card.id, "done", 0)
    assert asked == [card.id] and svc.get_request(store, card.id).status == card.status
    page.ask_done_time = lambda c: 75
    page._push_move(card.id, "done", 0)
    assert svc.get_request(store, card.id).status == "done"
    assert svc.total_minutes(store, card.id) == 75
    main_window.ctx.undo_stack.undo()  # one step back: the move and the time it logged
    assert svc.get_request(store, card.id).status == card.status and svc.total_minutes(store, card.id) == 0
    page.ask_done_time = lambda c: 0  # skipped: moved, no time
    page._push_move(card.id, "done", 0)
    assert svc.get_request(store, card.id).status == "done" and svc.total_minutes(store, card.id) == 0
    # A card with time logged is not asked about.
    other = next(c for c in page._cards if c.minutes and c.status != "done")
    asked.clear()
    page.ask_done_time = lambda c: asked.append(c.id) or None
    page._push_move(other.id, "done", 0)
    assert asked == [] and svc.get_request(store, other.id).status == "done"


def _age(store, request_id, days):
    from secretary_app.domain.dates import utc_now
    from secretary_app.store.models import Request

    with store.session() as s:
        row = s.get(Request, request_id)
        row.updated_at = utc_now() - dt.timedelta(days=days)
        s.add(row)


def test_old_done_cards_go_to_the_archive_searchable_and_restorable(main_window, qtbot):
    from secretary_app.ui.board.archive_dialog import ArchiveDialog

    page = board(main_window)
    store = main_window.ctx.store
    done = svc.list_requests(store, main_window.ctx.group_id, page.member_id, status="done")
    old, recent = done[0], done[1]
    _age(store, old.id, 45)
    _age(store, recent.id, 10)
    page.reload()
    on_board = {c.id for c in page.columns["done"].model.cards}
    assert old.id not in on_board and recent.id in on_board
    # Still found by search and counted by the services that read all requests.
    assert old.id in svc.search_request_ids(store, main_window.ctx.group_id, old.title.split()[0], page.member_id)
    assert old.id in {r.id for r in svc.list_requests(store, main_window.ctx.group_id, page.member_id)}
    dialog = ArchiveDialog(main_window.ctx, main_window.ctx.group_id, page.archive_days(), page.member_id, page)
    qtbot.addWidget(dialog)
    listed = [dialog.tree.topLevelItem(i).data(0, 0x0100) for i in range(dialog.tree.topLevelItemCount())]
    assert old.id in listed and recent.id not in listed
    dialog.search.setText("zzzingenting")
    assert dialog.tree.topLevelItemCount() == 0
    dialog.search.setText(old.title)
    item = next(dialog.tree.topLevelItem(i) for i in range(dialog.tree.topLevelItemCount())
                if dialog.tree.topLevelItem(i).data(0, 0x0100) == old.id)
    item.setSelected(True)
    dialog.restore_selected()
    assert old.id in {c.id for c in page.columns["done"].model.cards}
    assert old.id not in [dialog.tree.topLevelItem(i).data(0, 0x0100) for i in range(dialog.tree.topLevelItemCount())]
    main_window.ctx.undo_stack.undo()
    assert old.id not in {c.id for c in page.columns["done"].model.cards}
    # A longer setting brings it back; the setting is what decides.
    main_window.ctx.settings.archive_days = 60
    page.reload()
    assert old.id in {c.id for c in page.columns["done"].model.cards}


class RecordingPainter:
    """Paints on an image and remembers every text drawn (what the card shows, as drawn)."""

    def __init__(self, painter):
        self._painter = painter
        self.texts: list[str] = []

    def drawText(self, *args):  # noqa: N802 - Qt's name
        self.texts.append(next(a for a in args if isinstance(a, str)))
        return self._painter.drawText(*args)

    def __getattr__(self, name):
        return getattr(self._painter, name)


def painted_card_texts(view, row: int) -> list[str]:
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtWidgets import QStyleOptionViewItem

    index = view.model().index(row, 0)
    option = QStyleOptionViewItem()
    option.initFrom(view)
    option.rect = view.visualRect(index)
    option.font = view.font()
    image = QImage(view.viewport().size(), QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    recorder = RecordingPainter(painter)
    try:
        view.itemDelegate().paint(recorder, option, index)
    finally:
        painter.end()
    return recorder.texts


def test_at_1280x720_the_card_shows_logged_time_against_the_estimate_in_full(main_window, qtbot):
    window = main_window
    window.resize(1280, 720)
    page = board(window)
    qtbot.wait(50)
    column = page.columns["in_progress"]
    assert column.view.viewport().width() < 240  # the narrow column of a laptop screen
    card = dataclasses.replace(column.model.cards[0], due_date=page.today - dt.timedelta(days=37), minutes=240,
                               estimate=90, tags="presse budget", meeting_title="KKR Hovedstaden 26-01-2026 10:30",
                               status="in_progress", answer_due=None)
    column.model.set_cards([card])
    texts = painted_card_texts(column.view, 0)
    assert "37 dage over fristen" in texts
    time_line = next(t for t in texts if t.startswith("Tid"))
    assert time_line.startswith("Tid 4:00 / 1:30"), texts  # the time itself is never the part cut
    # A card without a deadline shows its time on the line the deadline would take.
    column.model.set_cards([dataclasses.replace(card, due_date=None, tags="", meeting_title="")])
    assert "Tid 4:00 / 1:30" in painted_card_texts(column.view, 0)
