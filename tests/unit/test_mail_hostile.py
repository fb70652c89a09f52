"""Hostile mails a real inbox holds: odd attachment names, huge recipient lists, dates at the
edge of the calendar. Each is imported or refused with a message; nothing unsafe on disk."""

from __future__ import annotations

import datetime as dt
import os

import pytest
from sqlmodel import select

import mailkit
from secretary_app.domain.mail import read_mail_bytes
from secretary_app.services import groups, mail_intake
from secretary_app.services.mail_files import safe_name
from secretary_app.store.models import MailAttachment


@pytest.fixture
def council(store, group):
    anna = groups.create_member(store, group.id, groups.MemberInput(name="Anna Jensen", email="anna.jensen@kk-demo.dk"))
    return store, group, anna


@pytest.mark.parametrize("name", ["con.tar.gz", "CON .txt", "conin$", "COM¹.txt", "nul.txt", "Aux"])
def test_windows_device_names_are_never_stored_as_such(name):
    stored = safe_name(name)
    assert stored.split(".", 1)[0].strip().lower() not in {"con", "nul", "aux", "conin$", "com¹"}


def test_a_right_to_left_override_cannot_disguise_the_extension():
    assert safe_name("faktura\u202egnp.exe") == "fakturagnp.exe"


@pytest.mark.parametrize("name", ["会議の議事録と添付資料について" * 10 + ".pdf", "😀" * 100 + ".txt"])
def test_long_names_in_wide_scripts_fit_the_file_system(name):
    stored = safe_name(name)
    assert len(stored.encode("utf-8")) <= 200
    assert stored.endswith(name.rsplit(".", 1)[1])


def test_a_mail_with_japanese_and_disguised_attachment_names_is_imported(council, tmp_path, data_dir):
    store, group, anna = council
    path = tmp_path / "bilag.eml"
    path.write_bytes(mailkit.danish_mail(subject="Bilag fra Japan", attachments=[
        ("会議の議事録と添付資料について説明します" * 8 + ".pdf", "application/pdf", b"%PDF"),
        ("faktura\u202egnp.exe", "application/octet-stream", b"MZ"),
        ("con.tar.gz", "application/gzip", b"\x1f\x8b")]))
    result = mail_intake.import_mail(store, group.id, path)
    assert result.action == "created", result.error and result.error.en
    with store.session() as s:
        rows = s.exec(select(MailAttachment).order_by(MailAttachment.id)).all()
    assert [r.name for r in rows][1:] == ["fakturagnp.exe", "con.tar.gz"]
    assert rows[2].stored_name == "_con.tar.gz"
    on_disk = [n for d in (data_dir / "mail").iterdir() for n in os.listdir(d)]
    assert not any("\u202e" in n for n in on_disk)


def test_a_mail_to_thousands_keeps_the_first_recipients():
    data = (b"From: Anna Jensen <anna.jensen@kk-demo.dk>\r\nTo: "
            + b", ".join(b"Borger %d <b%d@example.dk>" % (i, i) for i in range(5000))
            + b"\r\nSubject: Til alle\r\n\r\nHej alle\r\n")
    mail = read_mail_bytes(data)
    assert mail.sender.address == "anna.jensen@kk-demo.dk"
    assert 100 <= len(mail.to) <= 1000
    assert mail.to[0].address == "b0@example.dk" and mail.to[0].name == "Borger 0"


@pytest.mark.parametrize("date", ["Fri, 31 Dec 9999 23:59:00 -1200", "Mon, 1 Jan 0001 00:00:00 +1400"])
def test_a_date_at_the_edge_of_the_calendar_is_dropped_not_fatal(council, tmp_path, date):
    store, group, anna = council
    path = tmp_path / "dato.eml"
    path.write_bytes(b"From: Anna Jensen <anna.jensen@kk-demo.dk>\r\nSubject: Skolevej\r\nDate: "
                     + date.encode() + b"\r\n\r\nKan du finde tallene?\r\n")
    mail = mail_intake.read_mail_file(path)
    assert mail.subject == "Skolevej"
    assert mail.sent is None or dt.date(1900, 1, 1) < mail.sent.date() < dt.date(9999, 12, 31)
    result = mail_intake.import_mail(store, group.id, path)
    assert result.action == "created"


# --- killed half-way ----------------------------------------------------------------------

_CHILD = r"""
import os, sys, time
from pathlib import Path
from secretary_app.services.opening import open_store
from secretary_app.services import mail_intake
from secretary_app.services import mail_files

where = sys.argv[2]
def stop(*args, **kwargs):
    Path(sys.argv[3]).write_text("ready")
    time.sleep(120)  # the test kills the process here
if where == "rows":
    mail_intake._save_rows = stop
else:
    mail_files.Staging.commit = stop
store = open_store()
mail_intake.import_mail(store, int(sys.argv[4]), sys.argv[1])
"""


def _kill_during_intake(tmp_path, data_dir, group, where: str):
    import signal
    import subprocess
    import sys
    import time

    path = tmp_path / "mail.eml"
    path.write_bytes(mailkit.danish_mail(subject="Afbrudt import", attachments=[("kort.pdf", "application/pdf", b"%PDF")]))
    ready = tmp_path / "ready"
    env = {**os.environ, "SECRETARY_APP_DATA_DIR": str(data_dir)}
    child = subprocess.Popen([sys.executable, "-c", _CHILD, str(path), where, str(ready), str(group.id)], env=env)
    try:
        for _ in range(600):
            if ready.exists() or child.poll() is not None:
                break
            time.sleep(0.1)
        assert ready.exists(), "the child never reached the point to kill it at"
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait()
    for folder in (data_dir / "mail").iterdir():
        os.utime(folder, (1_000_000, 1_000_000))  # as if the crash were long ago
    return path


def _requests_titled(store, title):
    from secretary_app.store.models import Request

    with store.session() as s:
        return s.exec(select(Request).where(Request.title == title)).all()


def test_a_kill_before_the_rows_are_saved_leaves_no_request_behind(council, tmp_path, data_dir):
    store, group, anna = council
    _kill_during_intake(tmp_path, data_dir, group, "rows")
    assert len(_requests_titled(store, "Afbrudt import")) == 1  # the crash left it half-made
    assert mail_intake.recover_staging(store) == 1
    assert _requests_titled(store, "Afbrudt import") == []
    assert list((data_dir / "mail").iterdir()) == []


def test_a_kill_after_the_rows_are_saved_keeps_the_mail_whole(council, tmp_path, data_dir):
    from secretary_app.services.mail_files import stored_file

    store, group, anna = council
    _kill_during_intake(tmp_path, data_dir, group, "files")
    mail_intake.recover_staging(store)
    (req,) = _requests_titled(store, "Afbrudt import")
    with store.session() as s:
        (att,) = s.exec(select(MailAttachment).where(MailAttachment.request_id == req.id)).all()
        (row,) = s.exec(select(mail_intake.MailMessage).where(mail_intake.MailMessage.request_id == req.id)).all()
    assert stored_file(row.stored_dir, att.stored_name).read_bytes() == b"%PDF"
    assert stored_file(row.stored_dir, row.original_name).exists()
    assert att.size == 4


def test_an_outlook_mail_to_thousands_is_read_without_olefiles_quadratic_scans(monkeypatch):
    # No clock in tests: olefile's own lookups scan every sibling (minutes for 4,000
    # recipients), so the reader must not call them at all.
    import olefile

    def scan(*args, **kwargs):
        raise AssertionError("olefile's linear scan was used")

    monkeypatch.setattr(olefile.OleFileIO, "_find", scan)
    monkeypatch.setattr(olefile.OleFileIO, "_check_duplicate_stream", scan)
    recipients = [[(0x3001, 0x001F, f"Borger {i}"), (0x3003, 0x001F, f"b{i}@example.dk"),
                   (0x3002, 0x001F, "SMTP"), (0x0C15, 0x0003, 1)] for i in range(300)]
    mail = read_mail_bytes(mailkit.ole_bytes(mailkit.simple_msg(recipients=recipients, attachments=[
        ("kort.pdf", "application/pdf", b"%PDF" * 2000)])))
    assert [a.address for a in mail.to] == [f"b{i}@example.dk" for i in range(300)]
    assert mail.attachments[0].data == b"%PDF" * 2000
