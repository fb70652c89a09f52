"""Mail intake: Danish mails become prefilled requests, threads join, nothing half-imported."""

from __future__ import annotations

import datetime as dt
import json
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from sqlmodel import select

import mailkit
from secretary_app.domain.mail import read_mail
from secretary_app.services import groups, mail_intake, mail_threads
from secretary_app.services import requests as svc
from secretary_app.services.mail_files import stored_file
from secretary_app.store.models import MailAttachment, MailMessage, Request

CET = dt.timezone(dt.timedelta(hours=1))

DANISH_CASES = [
    # (body, subject, expected new_text)
    ("Hej Lise\n\nKan du finde tallene for vejbump på Skolevej?\n\nMed venlig hilsen\nAnna Jensen\n"
     "Byrådsmedlem (A)\nTlf. 20 30 40 50\n\nFra: Lise Holm <lise@kk-demo.dk>\nSendt: 2. marts 2026 14:02\n"
     "Til: Anna Jensen <anna.jensen@kk-demo.dk>\nEmne: Vejbump\n\nHej Anna, hvad skal jeg finde?\n",
     "SV: Vejbump", "Hej Lise\n\nKan du finde tallene for vejbump på Skolevej?"),
    ("Jeg vil gerne have et notat om skolebusserne.\n\nMvh\nAnna\n\nSendt fra min iPhone\n\n"
     "Den 3. marts 2026 kl. 09.15 skrev Lise Holm <lise@kk-demo.dk>:\n> Hvad skal notatet handle om?\n",
     "SV: Notat", "Jeg vil gerne have et notat om skolebusserne."),
    ("Please find the figures.\n\nBest regards\nAnna\n\n-----Original Message-----\nFrom: Lise Holm\n"
     "Sent: Monday, March 2, 2026 2:02 PM\nTo: Anna Jensen\nSubject: Figures\n\nCan you send them?\n",
     "RE: Figures", "Please find the figures."),
    ("Lise, kan du svare borgeren?\n\nVh Anna\n\n-----Oprindelig meddelelse-----\nFra: Borger Hansen\n"
     "Sendt: 1. marts 2026\nTil: Anna Jensen\nEmne: Hul i vejen\n\nDer er et stort hul ved nr. 12.\n",
     "VS: Hul i vejen", "Lise, kan du svare borgeren?\n\n-----Oprindelig meddelelse-----"),
    ("Kan vi mødes torsdag om budgettet?\n\n-- \nAnna Jensen\nByrådsmedlem\n"
     "Denne e-mail kan indeholde fortrolige oplysninger.\n", "Budget", "Kan vi mødes torsdag om budgettet?"),
]


@pytest.mark.parametrize("body, subject, expected", DANISH_CASES)
def test_danish_mails_new_text(tmp_path, body, subject, expected):
    path = tmp_path / "m.eml"
    path.write_bytes(mailkit.danish_mail(subject=subject, body=body))
    mail = read_mail(path)
    assert mail.subject == subject
    if subject.startswith("VS:"):
        # A forward: the member's own lines, then the forwarded mail, is what is handled.
        from secretary_app.domain.message_text import split_message

        parts = split_message(mail.text, subject=mail.subject)
        assert parts.forwarded and parts.new == "Lise, kan du svare borgeren?"
        assert "hul ved nr. 12" in parts.to_handle
    else:
        assert mail.new_text == expected


def test_encoded_headers_and_danish_attachment_names(tmp_path):
    path = tmp_path / "m.eml"
    path.write_bytes(mailkit.danish_mail(sender=("Søren Kjærgaard", "soren@kk-demo.dk"), subject="Høring om Åløkke",
                                         attachments=[("Høringssvar – Åløkke.pdf", "application/pdf", b"%PDF")]))
    raw = path.read_bytes()
    assert b"=?utf-8?" in raw  # the headers really are encoded words
    mail = read_mail(path)
    assert mail.sender.name == "Søren Kjærgaard" and mail.subject == "Høring om Åløkke"
    assert mail.attachments[0].name == "Høringssvar – Åløkke.pdf"


@pytest.fixture
def council(store, group):
    m = groups.create_member(store, group.id, groups.MemberInput(name="Anna Jensen", email="anna.jensen@kk-demo.dk"))
    other = groups.create_member(store, group.id, groups.MemberInput(name="Bo Berg", email=""))
    return store, group, m, other


def _write(tmp_path, name, **kw) -> Path:
    path = tmp_path / name
    path.write_bytes(mailkit.danish_mail(**kw))
    return path


def _thread(tmp_path) -> list[Path]:
    first = _write(tmp_path, "1.eml", subject="Vejbump på Skolevej", message_id="<m1@kk-demo.dk>",
                   body="Hej Lise\n\nKan du finde tallene for vejbump?\n\nMvh Anna",
                   attachments=[("Kort over Skolevej æøå.pdf", "application/pdf", b"%PDF-1.4 kort")])
    second = _write(tmp_path, "2.eml", subject="SV: Vejbump på Skolevej", message_id="<m2@kk-demo.dk>",
                    in_reply_to="<m1@kk-demo.dk>", references=["<m1@kk-demo.dk>"],
                    sent=dt.datetime(2026, 3, 4, 10, 0, tzinfo=CET),
                    body="Her er også billedet.\n\nMvh Anna", attachments=[("foto.jpg", "image/jpeg", b"\xff\xd8\xff")])
    third = _write(tmp_path, "3.eml", subject="SV: SV: Vejbump på Skolevej", message_id="<m3@kk-demo.dk>",
                   sent=dt.datetime(2026, 3, 5, 10, 0, tzinfo=CET), body="Tak!\n\nMvh Anna")
    return [first, second, third]


def test_thread_of_three_mails_is_one_request(council, tmp_path):
    store, group, anna, _ = council
    files = _thread(tmp_path)
    # Given newest first: the importer still starts with the oldest.
    results = mail_intake.import_mail_files(store, group.id, list(reversed(files)))
    assert [r.action for r in results] == ["attached", "attached", "created"]
    request_id = results[2].request_id
    assert {r.request_id for r in results} == {request_id}
    req = svc.get_request(store, request_id)
    assert req.title == "Vejbump på Skolevej" and req.member_id == anna.id and req.channel == "email"
    assert req.description == "Hej Lise\n\nKan du finde tallene for vejbump?"
    assert svc.received_local_date(req.received_at) == dt.date(2026, 3, 3)
    mails = mail_threads.request_mails(store, request_id)
    assert [m.subject for m in mails] == ["Vejbump på Skolevej", "SV: Vejbump på Skolevej", "SV: SV: Vejbump på Skolevej"]
    atts = mail_threads.request_attachments(store, request_id)
    assert [a.name for a in atts] == ["Kort over Skolevej æøå.pdf", "foto.jpg"]
    for att in atts:
        row = mail_threads.get_mail(store, att.mail_id)
        path = stored_file(row.stored_dir, att.stored_name)
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
        assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    original = stored_file(mails[0].stored_dir, mails[0].original_name)
    assert original.read_bytes() == files[0].read_bytes()
    again = mail_intake.import_mail_files(store, group.id, files)
    assert [r.action for r in again] == ["duplicate"] * 3


def test_conversation_index_joins_a_thread(council, tmp_path):
    store, group, anna, _ = council
    index = bytes(range(22))
    one = mailkit.simple_msg(subject="Budget 2027", extra=[(0x0071, mailkit.PT_BINARY, index)])
    two = mailkit.simple_msg(subject="Et helt andet emne", extra=[(0x0071, mailkit.PT_BINARY, index + b"\x01" * 5)],
                             sent=dt.datetime(2026, 3, 4, 8, 0, tzinfo=dt.timezone.utc))
    (tmp_path / "a.msg").write_bytes(mailkit.ole_bytes(one))
    (tmp_path / "b.msg").write_bytes(mailkit.ole_bytes(two))
    results = mail_intake.import_mail_files(store, group.id, [tmp_path / "a.msg", tmp_path / "b.msg"])
    assert [r.action for r in results] == ["created", "attached"]


def test_same_subject_after_sv_joins_only_with_a_prefix(council, tmp_path):
    store, group, anna, _ = council
    a = _write(tmp_path, "a.eml", subject="Skolebusser")
    b = _write(tmp_path, "b.eml", subject="SV: Skolebusser", sent=dt.datetime(2026, 3, 6, 9, 0, tzinfo=CET))
    c = _write(tmp_path, "c.eml", subject="Skolebusser", sent=dt.datetime(2026, 3, 7, 9, 0, tzinfo=CET))
    results = mail_intake.import_mail_files(store, group.id, [a, b, c])
    assert [r.action for r in results] == ["created", "attached", "created"]


def test_unknown_sender_needs_a_member_and_can_be_remembered(council, tmp_path):
    store, group, anna, bo = council
    path = _write(tmp_path, "bo.eml", sender=("Bo Berg", "bo.privat@example.dk"), subject="Tale til indvielsen")
    result = mail_intake.import_mail(store, group.id, path)
    assert result.action == "error" and "ikke et kendt medlem" in result.error.da
    with store.session() as s:
        assert s.exec(select(Request).where(Request.title == "Tale til indvielsen")).first() is None
    intake = mail_intake.prepare(store, group.id, path)
    assert intake.member_id is None and intake.type_code == "speech"
    done = mail_intake.commit(store, group.id, intake, member_id=bo.id, remember_address=True)
    assert done.action == "created"
    assert groups.get_member(store, bo.id).email == "bo.privat@example.dk"  # the empty field is filled
    other = _write(tmp_path, "anna2.eml", sender=("Anna", "anna.privat@example.dk"), subject="Notat om parkering")
    intake = mail_intake.prepare(store, group.id, other)
    mail_intake.commit(store, group.id, intake, member_id=anna.id, remember_address=True)
    assert mail_threads.find_member_by_address(store, group.id, "ANNA.PRIVAT@example.dk").id == anna.id
    assert groups.get_member(store, anna.id).email == "anna.jensen@kk-demo.dk"


def test_guard_verdict_is_prefilled_and_recorded(council, tmp_path):
    store, group, anna, _ = council
    path = _write(tmp_path, "valg.eml", subject="Valgkampagne",
                  body="Kan du lave vores valgplakater og dele løbesedler ud til valgkampen?\n\nMvh Anna")
    intake = mail_intake.prepare(store, group.id, path)
    assert intake.guard_verdict not in (None, "ok", "permitted")
    result = mail_intake.commit(store, group.id, intake)
    assert svc.get_request(store, result.request_id).guard_verdict == intake.guard_verdict


def test_meeting_request_becomes_a_meeting(council, tmp_path):
    store, group, anna, _ = council
    start = dt.datetime(2026, 3, 10, 15, 0, tzinfo=dt.timezone.utc)
    tree = mailkit.simple_msg(message_class="IPM.Schedule.Meeting.Request", subject="Møde om skolebusser",
                              extra=[(0x8000, mailkit.PT_SYSTIME, start),
                                     (0x8001, mailkit.PT_SYSTIME, start + dt.timedelta(hours=1)),
                                     (0x8002, mailkit.PT_UNICODE, "Rådhuset")])
    tree["__nameid_version1.0"] = mailkit.name_map([(mailkit.PSETID_APPOINTMENT, 0x820D),
                                                    (mailkit.PSETID_APPOINTMENT, 0x820E),
                                                    (mailkit.PSETID_APPOINTMENT, 0x8208)])
    (tmp_path / "m.msg").write_bytes(mailkit.ole_bytes(tree))
    result = mail_intake.import_mail(store, group.id, tmp_path / "m.msg")
    assert result.action == "meeting"
    from secretary_app.services import meetings

    m = meetings.get_meeting(store, result.meeting_id)
    assert (m.date, m.start_time, m.end_time, m.place) == (dt.date(2026, 3, 10), dt.time(16, 0), dt.time(17, 0), "Rådhuset")


def test_contact_card_is_named_not_imported(council, tmp_path):
    store, group, anna, _ = council
    (tmp_path / "c.msg").write_bytes(mailkit.ole_bytes(mailkit.simple_msg(message_class="IPM.Contact")))
    result = mail_intake.import_mail(store, group.id, tmp_path / "c.msg")
    assert result.action == "error" and "kontaktkort" in result.error.da


def _nothing_left(store, data_dir) -> None:
    with store.session() as s:
        assert s.exec(select(MailMessage)).all() == []
        assert s.exec(select(MailAttachment)).all() == []
        assert s.exec(select(Request).where(Request.channel == "email", Request.title.like("%Fjendtlig%"))).all() == []
    mail_dir = data_dir / "mail"
    assert not mail_dir.exists() or list(mail_dir.iterdir()) == []


def test_hostile_files_leave_nothing_half_imported(council, tmp_path, data_dir):
    store, group, anna, _ = council
    import io
    import zipfile

    bomb = io.BytesIO()
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("nul.bin", b"\0" * (60 * 1024 * 1024))
    files = []
    (tmp_path / "bomb.eml").write_bytes(mailkit.danish_mail(subject="Fjendtlig", attachments=[
        ("ok.pdf", "application/pdf", b"%PDF"), ("regnskab.zip", "application/zip", bomb.getvalue())]))
    files.append(tmp_path / "bomb.eml")
    whole = mailkit.ole_bytes(mailkit.simple_msg(subject="Fjendtlig", attachments=[("a.pdf", "application/pdf", b"x" * 9000)]))
    (tmp_path / "cut.msg").write_bytes(whole[: len(whole) // 2])
    files.append(tmp_path / "cut.msg")
    with open(tmp_path / "huge.msg", "wb") as fh:
        fh.write(whole)
        fh.truncate(200 * 1024 * 1024)
    files.append(tmp_path / "huge.msg")
    many = mailkit.simple_msg(subject="Fjendtlig")
    for i in range(10_000):
        many[f"__attach_version1.0_#{i:08X}"] = {}
    (tmp_path / "many.msg").write_bytes(mailkit.ole_bytes(many))
    files.append(tmp_path / "many.msg")
    results = mail_intake.import_mail_files(store, group.id, files)
    assert all(r.action == "error" for r in results)
    messages = [r.error.da for r in results]
    assert "zip-bombe" in messages[0] and "beskadiget" in messages[1]
    assert "200 MB" in messages[2] and "10000 bilag" in messages[3]
    _nothing_left(store, data_dir)


def test_a_failure_after_the_files_are_written_removes_them(council, tmp_path, data_dir, monkeypatch):
    store, group, anna, _ = council
    path = _write(tmp_path, "x.eml", subject="Fjendtlig men gyldig",
                  attachments=[("a.pdf", "application/pdf", b"%PDF")])

    def boom(*a, **k):
        raise RuntimeError("disk full")

    monkeypatch.setattr(mail_intake, "_save_rows", boom)
    with pytest.raises(RuntimeError):
        mail_intake.import_mail(store, group.id, path)
    _nothing_left(store, data_dir)


def test_attachment_above_the_cap_gets_a_message(council, tmp_path, monkeypatch):
    store, group, anna, _ = council
    monkeypatch.setattr(mail_intake, "ATTACHMENT_CAP", 1000)
    path = _write(tmp_path, "big.eml", subject="Stort bilag", attachments=[("plan.pdf", "application/pdf", b"x" * 5000)])
    result = mail_intake.import_mail(store, group.id, path)
    assert result.action == "error" and "plan.pdf" in result.error.da and "MB" in result.error.da


def test_cli_import_mail(council, tmp_path, data_dir):
    store, group, anna, bo = council
    store.close()
    files = [str(p) for p in _thread(tmp_path)]
    unknown = _write(tmp_path, "x.eml", sender=("X", "x@example.dk"), subject="Fremmed")
    env = dict(os.environ, SECRETARY_APP_DATA_DIR=str(data_dir))
    run = subprocess.run([sys.executable, "-m", "secretary_app.cli", "tasks", "import-mail", "--group", group.name,
                          *files, str(unknown), "--json"], capture_output=True, text=True, env=env)
    assert run.returncode == 2, run.stderr  # one file could not be imported
    out = json.loads(run.stdout)
    assert [o["action"] for o in out] == ["created", "attached", "attached", "error"]
    assert "ikke et kendt medlem" in out[3]["error"]
    run = subprocess.run([sys.executable, "-m", "secretary_app.cli", "tasks", "import-mail", "--group", group.name,
                          "--member", "Bo Berg", str(unknown)], capture_output=True, text=True, env=env)
    assert run.returncode == 0, run.stderr
    assert json.loads(run.stdout)[0]["action"] == "created"


def test_member_export_holds_the_mails_and_erasure_removes_their_files(council, tmp_path, data_dir):
    from secretary_app.services import members_gdpr

    store, group, anna, _ = council
    mail_intake.import_mail_files(store, group.id, _thread(tmp_path))
    data = members_gdpr.member_data(store, anna.id)
    assert [m["subject"] for m in data["mails"]][0] == "Vejbump på Skolevej"
    assert data["mails"][0]["attachments"][0]["name"] == "Kort over Skolevej æøå.pdf"
    assert any((data_dir / "mail").iterdir())
    members_gdpr.erase_member(store, anna.id)
    assert list((data_dir / "mail").iterdir()) == []
    with store.session() as s:
        assert s.exec(select(MailMessage)).all() == [] and s.exec(select(MailAttachment)).all() == []


def test_a_cancelled_batch_keeps_what_was_imported(council, tmp_path):
    store, group, anna, _ = council
    files = [_write(tmp_path, f"{i}.eml", subject=f"Emne {i}", sent=dt.datetime(2026, 3, 3 + i, 9, 0, tzinfo=CET))
             for i in range(4)]
    seen = []
    results = mail_intake.import_mail_files(store, group.id, files, progress=lambda d, t: seen.append(d) or d < 2)
    assert [r.action for r in results] == ["created", "created", "skipped", "skipped"]
    assert seen == [1, 2] and not results[2].ok
