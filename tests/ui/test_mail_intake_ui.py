"""Mail intake in the real window: files dropped on the board and the member list, the
prefilled dialog, a thread of three mails into one request, its attachments and original."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication

import mailkit
from secretary_app.services import groups, mail_threads
from secretary_app.services import requests as svc

CET = dt.timezone(dt.timedelta(hours=1))


def _member(window):
    store, gid = window.ctx.store, window.ctx.group_id
    member = next(m for m in groups.list_members(store, gid) if m.email)
    return member


def _drop(widget, paths: list[Path]) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    enter = QDragEnterEvent(QPoint(20, 20), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, enter)
    assert enter.isAccepted()
    drop = QDropEvent(QPointF(20, 20), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, drop)
    assert drop.isAccepted()


def _thread(tmp_path, member) -> list[Path]:
    sender = (member.name, member.email)
    specs = [
        ("1.eml", "Trafiktal for Skolevej", "<t1@kk-demo.dk>", None, dt.datetime(2026, 11, 2, 9, 15, tzinfo=CET),
         "Hej\n\nKan du finde trafiktallene for Skolevej?\n\nMvh", [("Kort æøå.pdf", "application/pdf", b"%PDF-1.4 k")]),
        ("2.eml", "SV: Trafiktal for Skolevej", "<t2@kk-demo.dk>", "<t1@kk-demo.dk>",
         dt.datetime(2026, 11, 3, 9, 15, tzinfo=CET), "Her er også et foto.", [("foto.jpg", "image/jpeg", b"\xff\xd8")]),
        ("3.eml", "SV: SV: Trafiktal for Skolevej", "<t3@kk-demo.dk>", "<t2@kk-demo.dk>",
         dt.datetime(2026, 11, 4, 9, 15, tzinfo=CET), "Tak for det!", []),
    ]
    out = []
    for name, subject, mid, reply_to, sent, body, atts in specs:
        path = tmp_path / name
        path.write_bytes(mailkit.danish_mail(sender=sender, subject=subject, message_id=mid, in_reply_to=reply_to,
                                             references=[reply_to] if reply_to else None, sent=sent, body=body,
                                             attachments=atts))
        out.append(path)
    return out


@pytest.fixture
def opened(monkeypatch):
    calls: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: calls.append(url.toLocalFile()) or True))
    return calls


def test_thread_dropped_on_the_board_becomes_one_request_with_its_files(main_window, qtbot, tmp_path, opened):
    member = _member(main_window)
    board = main_window.show_page("board")
    files = _thread(tmp_path, member)
    _drop(board, files)
    intake = main_window.mail_intake
    qtbot.waitUntil(lambda: len(intake.last_results) == 3, timeout=20_000)
    assert sorted(r.action for r in intake.last_results) == ["attached", "attached", "created"]
    rid = next(r.request_id for r in intake.last_results if r.action == "created")
    req = svc.get_request(main_window.ctx.store, rid)
    assert req.title == "Trafiktal for Skolevej" and req.member_id == member.id and req.channel == "email"
    assert "2 mails føjet til tråde" in intake.last_message.text()
    assert "1 nye opgaver" in intake.last_message.text()
    intake.last_message.close()

    from secretary_app.ui.board.request_dialog import RequestDialog

    dlg = RequestDialog(main_window.ctx, main_window.ctx.group_id, rid, parent=main_window)
    qtbot.addWidget(dlg)
    panel = dlg.mail_panel
    assert panel.history.count() == 3
    assert [panel.attachments.item(i).text().split(" (")[0] for i in range(panel.attachments.count())] == \
        ["Kort æøå.pdf", "foto.jpg"]
    path = panel.open_selected_attachment()
    assert opened[-1] == str(path) and path.name == "Kort æøå.pdf" and path.read_bytes() == b"%PDF-1.4 k"
    original = panel.open_selected_original()
    assert opened[-1] == str(original) and original.read_bytes() == files[0].read_bytes()


def test_one_mail_opens_the_prefilled_dialog_and_enter_saves_it(main_window, qtbot, tmp_path):
    member = _member(main_window)
    board = main_window.show_page("board")
    path = tmp_path / "tale.eml"
    path.write_bytes(mailkit.danish_mail(
        sender=(member.name, member.email), subject="Tale til indvielsen af Åløkke Skole",
        body="Hej\n\nKan du skrive en tale til indvielsen på fredag?\n\nMed venlig hilsen\n" + member.name,
        attachments=[("Program æøå.pdf", "application/pdf", b"%PDF")]))
    _drop(board, [path])
    intake = main_window.mail_intake
    qtbot.waitUntil(lambda: intake.last_dialog is not None and intake.last_dialog.isVisible(), timeout=20_000)
    dialog = intake.last_dialog
    assert dialog.title_edit.text() == "Tale til indvielsen af Åløkke Skole"
    assert dialog.description.toPlainText() == "Hej\n\nKan du skrive en tale til indvielsen på fredag?"
    assert dialog.member.currentData() == member.id
    assert dialog.type.currentData() == "speech"
    assert dialog.channel.currentData() == "email"
    assert "1 bilag" in dialog.banner.text() and not dialog.unknown.isVisible()
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.result is not None, timeout=20_000)
    assert not dialog.isVisible()
    rid = dialog.result.request_id
    assert [m.subject for m in mail_threads.request_mails(main_window.ctx.store, rid)] == \
        ["Tale til indvielsen af Åløkke Skole"]
    qtbot.waitUntil(lambda: rid in [c.id for col in board.columns.values() for c in col.model.cards], timeout=10_000)
    main_window.ctx.undo_stack.undo()
    qtbot.waitUntil(lambda: svc.get_request(main_window.ctx.store, rid).deleted_at is not None, timeout=10_000)


def test_unknown_sender_dropped_on_the_member_list_asks_and_remembers(main_window, qtbot, tmp_path):
    store, gid = main_window.ctx.store, main_window.ctx.group_id
    members = main_window.show_page("members")
    target = groups.list_members(store, gid)[1]
    members.table.selectRow(1)
    path = tmp_path / "privat.eml"
    path.write_bytes(mailkit.danish_mail(sender=(target.name, "privat.adresse@example.dk"), subject="Notat om parkering",
                                         body="Kan du lave et notat om parkeringen ved stationen?"))
    _drop(members, [path])
    intake = main_window.mail_intake
    qtbot.waitUntil(lambda: intake.last_dialog is not None and intake.last_dialog.isVisible(), timeout=20_000)
    dialog = intake.last_dialog
    assert dialog.unknown.isVisible() and "privat.adresse@example.dk" in dialog.unknown.text()
    assert dialog.remember.isChecked()
    dialog.member.setCurrentIndex(dialog.member.findData(target.id))
    dialog.save_and_close()
    qtbot.waitUntil(lambda: dialog.result is not None, timeout=20_000)
    found = mail_threads.find_member_by_address(store, gid, "privat.adresse@example.dk")
    assert found is not None and found.id == target.id


def test_hostile_file_dropped_gives_a_message_and_nothing_is_saved(main_window, qtbot, tmp_path):
    board = main_window.show_page("board")
    path = tmp_path / "afkortet.msg"
    whole = mailkit.ole_bytes(mailkit.simple_msg(attachments=[("a.pdf", "application/pdf", b"x" * 9000)]))
    path.write_bytes(whole[: len(whole) // 2])
    before = len(svc.list_requests(main_window.ctx.store, main_window.ctx.group_id))
    _drop(board, [path])
    intake = main_window.mail_intake
    qtbot.waitUntil(lambda: intake.last_message is not None and intake.last_message.isVisible(), timeout=20_000)
    assert "beskadiget" in intake.last_message.text()
    assert len(svc.list_requests(main_window.ctx.store, main_window.ctx.group_id)) == before


def test_outlook_virtual_file_drop_is_read(main_window, qtbot, tmp_path):
    """Outlook's FileGroupDescriptorW/FileContents, as Qt on Windows names them (built here by hand)."""
    import struct

    from secretary_app.ui.mail.drop import has_mail, save_virtual_mail, virtual_names

    name = "Vejbump på Skolevej.msg"
    descriptor = struct.pack("<I", 1) + (b"\0" * 72 + name.encode("utf-16-le")).ljust(592, b"\0")
    data = mailkit.ole_bytes(mailkit.simple_msg())
    mime = QMimeData()
    mime.setData('application/x-qt-windows-mime;value="FileGroupDescriptorW"', descriptor)
    mime.setData('application/x-qt-windows-mime;value="FileContents"', data)
    assert has_mail(mime) and virtual_names(descriptor) == [name]
    saved = save_virtual_mail(mime, tmp_path / "in")
    assert saved[0].name.endswith(name) and saved[0].read_bytes() == data
    assert oct(saved[0].stat().st_mode & 0o777) == "0o600"


def test_import_mail_menu_entry_exists(main_window):
    action = next(a for a in main_window.file_menu.actions() if a.objectName() == "importMail")
    assert action.text() == "Importér mail …"
