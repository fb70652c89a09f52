"""Reading .eml and Outlook .msg files: the real samples, generated Outlook items, hostile files."""

from __future__ import annotations

import datetime as dt
import io
import json
import os
import struct
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

import mailkit
from secretary_app.domain.mail import limits, read_mail, read_mail_bytes
from secretary_app.domain.mail.rtf import decompress, rtf_to_text
from secretary_app.domain.mail.model import strip_subject_prefixes

SAMPLES = Path(__file__).resolve().parents[2] / ".." / "shared" / "mail-samples"
need_samples = pytest.mark.skipif(not SAMPLES.is_dir(), reason="../shared/mail-samples is not beside the checkout")

# Checked by hand against each file (Outlook's own view of the .msg, the raw headers of the .eml):
# subject, sender name, sender address, number of attachments (inline images count).
EXPECTED = [
    ("EmailWith2Attachments.msg", "E-mail with 2 attachments", "Spelde van, CMMA (Kees)", "kees.van.spelde@achmea.nl", 2),
    ("EmailWithAttachments.msg", "This is the subject", "Kees", "peterpan@neverland.com", 2),
    ("EmailWithISO_8859_1_From.eml", "Test", "Some ßtring", "some@example.com", 0),
    ("EmailWithInnerMailAndAttachments.msg", "Outer mail", "", "", 3),  # an unsent draft: no sender
    ("EmailWithMsgAttachment.msg", "FW: Msg Attachment Test", "Daniel Triendl", "d.triendl@cp-solutions.at", 1),
    ("EmailWithMultilineSubject.eml",
     "One Two Three Four Five Six Seven Eight Nine Ten Eleven Twelve Thirteen Fourteen Fifteen", "", "noreply@abc.def", 0),
    ("EmailWithReactions.msg", "Test read receipts", "test1", "test1@readreceipts.onmicrosoft.com", 0),
    ("EmailWithSpecialCharsInSubject.msg",
     "Un sujet bien défini Àéroport mañana être ouïe électricité così próxima à Ô", "Julie Clarebots",
     "Julie.Clarebots@qbere.com", 0),
    ("EmailWithSpecialCharsInSubject_2.msg", "Un sujet très bien défini", "Julie Clarebots", "Julie.Clarebots@qbere.com", 0),
    ("EmailWithUnknownContentDispositionParam.eml", "Test unknown Content-Disposition parameter", "", "sender@example.com", 1),
    ("HtmlSampleEmail.msg", "HtmlSampleEmail", "Wilson, Chris", "Chris.Wilson@leeds.gov.uk", 0),
    ("HtmlSampleEmailWithAttachment.msg", "HtmlSampleEmailWithAttachment", "Wilson, Chris", "Chris.Wilson@leeds.gov.uk", 1),
    ("IssueSample.eml", "CC 2 of TEST BANK, NATIONAL ASSOCIATION", "", "TestNotices@test1234.com", 1),
    ("IssueSample_working_base64.eml", "CC 2 of TEST BANK, NATIONAL ASSOCIATION", "", "TestNotices@test1234.com", 1),
    ("RtfSampleEmail.msg", "RtfSampleEmail", "Wilson, Chris", "Chris.Wilson@leeds.gov.uk", 0),
    ("RtfSampleEmailWithAttachment.msg", "RtfSampleEmailWithAttachment", "Wilson, Chris", "Chris.Wilson@leeds.gov.uk", 1),
    ("RtfWithShortRussianString.msg", "", "", "", 0),  # a body only
    ("TestWithAttachments.eml", "FW: Test with attachments", "Kees van Spelde", "keesvanspelde@hotmail.com", 3),
    ("TestWithAttachmentsAndInlines.eml", "Object - subject", "Müller Peter", "Peter.Mueller@domain.ch", 7),
    ("TestWithInlineHavingContentDisposition.eml", "Sujet %%%%%%%%%%%%%%%%%%%%%%%%%%%%%%", "Brüller Peter",
     "Peter.Mueller@domain.ch", 2),
    ("TestWithInlineHavingNoContentDisposition.eml", "Sujet %%%%%%%%%%%%%%%%%%%%%%%%%%%%%%", "Müller Peter",
     "Peter.Bruelhart@domain.ch", 2),
    ("TestWithInlineHavingWindows1252Fields.eml", "Object - subject", "Müller Peter", "Peter.Mueller@domain.ch", 0),
    ("TxtSampleEmail.msg", "TxtSampleEmail", "Wilson, Chris", "Chris.Wilson@leeds.gov.uk", 0),
    ("TxtSampleEmailWithAttachment.msg", "TxtSampleEmailWithAttachment", "Wilson, Chris", "Chris.Wilson@leeds.gov.uk", 1),
    ("UTF-8_Test.eml", "【要確認】●普通自転車（", "設備予約systemシステム", "system@example.com", 0),
    # The sender is Exchange-internal (EX); the SMTP address comes from the sent item's creator.
    ("sender_not_found_from_exchange.msg", "TR: CHANTIER ST CHEF", "Myriam VAREME", "dsi@arcencielrecyclage.fr", 0),
]


@need_samples
def test_every_sample_is_listed():
    names = {p.name for p in SAMPLES.iterdir() if p.suffix in (".msg", ".eml")}
    assert names == {row[0] for row in EXPECTED}


@need_samples
@pytest.mark.parametrize("name, subject, sender_name, sender_address, attachments", EXPECTED)
def test_samples(name, subject, sender_name, sender_address, attachments):
    mail = read_mail(SAMPLES / name)
    assert mail.subject == subject
    assert mail.sender.name == sender_name
    assert mail.sender.address == sender_address
    assert len(mail.attachments) == attachments
    assert mail.kind == "note"
    json.dumps(mail.to_json())


@need_samples
def test_sample_bodies_are_readable_text():
    rtf = read_mail(SAMPLES / "RtfWithShortRussianString.msg")
    assert "Имя пользователя" in rtf.text
    html = read_mail(SAMPLES / "HtmlSampleEmail.msg")
    assert "<" not in html.text[:200] and html.text.strip()
    for name in ("RtfSampleEmail.msg", "TxtSampleEmail.msg", "HtmlSampleEmail.msg"):
        assert len(read_mail(SAMPLES / name).text) > 1000


@need_samples
def test_sample_times_are_copenhagen_time():
    mail = read_mail(SAMPLES / "EmailWithAttachments.msg")
    assert mail.sent.isoformat() == "2016-12-03T19:08:54+01:00"
    assert read_mail(SAMPLES / "sender_not_found_from_exchange.msg").sent.utcoffset() == dt.timedelta(hours=2)


@need_samples
def test_sample_nested_mail_and_its_attachments():
    mail = read_mail(SAMPLES / "EmailWithInnerMailAndAttachments.msg")
    inner = mail.attachments[2].message
    assert inner is not None and inner.subject == "Inner mail"
    assert [a.name for a in inner.attachments] == ["INNER 1.pdf", "INNER 2.pdf"]
    assert [a.name for a in mail.attachments[:2]] == ["OUTER 1.pdf", "OUTER 2.pdf"]
    assert mail.attachments[0].size == 15832


@need_samples
def test_inline_images_are_marked():
    mail = read_mail(SAMPLES / "EmailWithAttachments.msg")
    assert [(a.name, a.inline) for a in mail.attachments] == [("peterpan.jpg", False), ("tinkerbell.jpg", True)]


# --- generated Outlook items ------------------------------------------------------------

def _msg(tmp_path, tree, name="x.msg") -> Path:
    path = tmp_path / name
    path.write_bytes(mailkit.ole_bytes(tree))
    return path


def test_unicode_msg_with_danish_attachment_name(tmp_path):
    path = _msg(tmp_path, mailkit.simple_msg(attachments=[("Høringssvar æøå.pdf", "application/pdf", b"%PDF" * 50)]))
    mail = read_mail(path)
    assert mail.subject == "Vejbump på Skolevej"
    assert mail.sender.label() == "Anna Jensen <anna.jensen@kk-demo.dk>"
    assert mail.to[0].address == "lise@kk-demo.dk"
    assert [(a.name, a.size, a.content_type) for a in mail.attachments] == [("Høringssvar æøå.pdf", 200, "application/pdf")]
    assert mail.new_text == "Hej Lise\n\nKan du finde tallene?"


@pytest.mark.parametrize("codepage, text", [(1252, "Særlige ønsker på Åboulevarden"), (1251, "Привет из Москвы"),
                                            (932, "会議の資料")])
def test_non_unicode_msg_uses_its_code_page(tmp_path, codepage, text):
    tree = mailkit.simple_msg(unicode=False, codepage=codepage, subject=text, body=text)
    mail = read_mail(_msg(tmp_path, tree))
    assert mail.subject == text
    assert mail.text == text


def test_exchange_sender_resolved_to_smtp(tmp_path):
    tree = mailkit.simple_msg(sender=("Anna Jensen", "/O=KK/OU=EXCHANGE/CN=RECIPIENTS/CN=ANNA"),
                              extra=[(0x0C1E, mailkit.PT_UNICODE, "EX"),
                                     (0x5D01, mailkit.PT_UNICODE, "anna.jensen@kk-demo.dk")])
    mail = read_mail(_msg(tmp_path, tree))
    assert mail.sender.address == "anna.jensen@kk-demo.dk"


def test_exchange_sender_without_smtp_has_no_address(tmp_path):
    props = [(0x001A, mailkit.PT_UNICODE, "IPM.Note"), (0x0037, mailkit.PT_UNICODE, "Hej"),
             (0x0C1A, mailkit.PT_UNICODE, "Anna Jensen"), (0x0C1E, mailkit.PT_UNICODE, "EX"),
             (0x0C1F, mailkit.PT_UNICODE, "/O=KK/OU=EXCHANGE/CN=RECIPIENTS/CN=ANNA")]
    mail = read_mail(_msg(tmp_path, mailkit.msg_tree(props)))
    assert mail.sender.name == "Anna Jensen"
    assert mail.sender.address == ""


def test_meeting_request_is_a_meeting(tmp_path):
    start = dt.datetime(2026, 3, 10, 15, 0, tzinfo=dt.timezone.utc)
    tree = mailkit.simple_msg(
        message_class="IPM.Schedule.Meeting.Request", subject="Møde om skolebusser",
        extra=[(0x8000, mailkit.PT_SYSTIME, start), (0x8001, mailkit.PT_SYSTIME, start + dt.timedelta(hours=1)),
               (0x8002, mailkit.PT_UNICODE, "Rådhuset, lokale 12")])
    tree["__nameid_version1.0"] = mailkit.name_map(
        [(mailkit.PSETID_APPOINTMENT, 0x820D), (mailkit.PSETID_APPOINTMENT, 0x820E), (mailkit.PSETID_APPOINTMENT, 0x8208)])
    mail = read_mail(_msg(tmp_path, tree))
    assert mail.kind == "meeting_request"
    assert mail.meeting.start.isoformat() == "2026-03-10T16:00:00+01:00"
    assert mail.meeting.end.isoformat() == "2026-03-10T17:00:00+01:00"
    assert mail.meeting.location == "Rådhuset, lokale 12"
    assert mail.to_json()["meeting"]["location"] == "Rådhuset, lokale 12"


@pytest.mark.parametrize("message_class, kind", [
    ("IPM.Appointment", "appointment"), ("IPM.Contact", "contact"), ("IPM.StickyNote", "sticky_note"),
    ("IPM.Task", "task"), ("IPM.Note.SMIME.MultipartSigned", "note"), ("IPM.DistList", "distribution_list"),
    ("REPORT.IPM.Note.NDR", "report"), ("IPM.Schedule.Meeting.Canceled", "meeting_cancellation"),
])
def test_outlook_item_kinds(tmp_path, message_class, kind):
    mail = read_mail(_msg(tmp_path, mailkit.simple_msg(message_class=message_class)))
    assert mail.kind == kind
    assert mail.to_json()["kind"] == kind


def test_contact_details(tmp_path):
    tree = mailkit.simple_msg(message_class="IPM.Contact", subject="Borger Hansen",
                              extra=[(0x3001, mailkit.PT_UNICODE, "Borger Hansen"),
                                     (0x3A1C, mailkit.PT_UNICODE, "+45 20 30 40 50")])
    mail = read_mail(_msg(tmp_path, tree))
    assert mail.details["display_name"] == "Borger Hansen"
    assert mail.details["mobile_phone"] == "+45 20 30 40 50"


def test_mails_nested_two_deep(tmp_path):
    innermost = mailkit.msg_tree([(0x001A, mailkit.PT_UNICODE, "IPM.Note"), (0x0037, mailkit.PT_UNICODE, "Borgerens mail"),
                                  (0x1000, mailkit.PT_UNICODE, "Der er hul i vejen.")],
                                 attachments=[([(0x3707, mailkit.PT_UNICODE, "foto.jpg")], b"\xff\xd8" * 100)],
                                 embedded=True)
    middle = mailkit.msg_tree([(0x001A, mailkit.PT_UNICODE, "IPM.Note"), (0x0037, mailkit.PT_UNICODE, "VS: Borgerens mail")],
                              attachments=[([(0x3001, mailkit.PT_UNICODE, "Borgerens mail")], innermost)], embedded=True)
    tree = mailkit.simple_msg(subject="VS: VS: Borgerens mail")
    tree["__attach_version1.0_#00000000"] = mailkit.msg_tree(
        [], attachments=[([(0x3001, mailkit.PT_UNICODE, "VS: Borgerens mail")], middle)])["__attach_version1.0_#00000000"]
    header = bytearray(tree["__properties_version1.0"])
    header[20:24] = struct.pack("<I", 1)
    tree["__properties_version1.0"] = bytes(header)
    mail = read_mail(_msg(tmp_path, tree))
    second = mail.attachments[0].message
    third = second.attachments[0].message
    assert second.subject == "VS: Borgerens mail"
    assert third.subject == "Borgerens mail" and third.text == "Der er hul i vejen."
    assert third.attachments[0].name == "foto.jpg"


def test_compressed_rtf_example_from_the_specification():
    data = bytes.fromhex("2d0000002b0000004c5a4675f1c5c7a703000a00726370673132354232"
                         "0af32068656c090020627705b06c647d0a800fa0")
    rtf = decompress(data)
    assert rtf == b"{\\rtf1\\ansi\\ansicpg1252\\pard hello world}\r\n"
    assert rtf_to_text(rtf) == "hello world"


def test_rtf_text_and_encapsulated_html():
    rtf = (b"{\\rtf1\\ansi\\ansicpg1252{\\fonttbl{\\f0 Arial;}}\\pard Hej Lise,\\par "
           b"Kan du finde tallene for \\'e6\\'f8\\'e5 og \\u8364?\\par}")
    assert rtf_to_text(rtf) == "Hej Lise,\nKan du finde tallene for æøå og €\n"
    html = (b"{\\rtf1\\ansi\\ansicpg1252\\fromhtml1 {\\*\\htmltag19 <html>}{\\*\\htmltag64 <p>}"
            b"\\htmlrtf {\\htmlrtf0 Bl\\'e5b\\'e6r{\\*\\htmltag72 </p>}\\htmlrtf }\\htmlrtf0 {\\*\\htmltag27 </html>}}")
    assert rtf_to_text(html) == "<html><p>Blåbær</p></html>"


def test_subject_prefixes():
    assert strip_subject_prefixes("SV: VS: Vejbump") == "Vejbump"
    assert strip_subject_prefixes("RE: FW: TR: Fwd: AW: Vejbump") == "Vejbump"
    assert strip_subject_prefixes("Svar på høring") == "Svar på høring"


# --- hostile files ----------------------------------------------------------------------

def _refused(path_or_bytes) -> str:
    with pytest.raises(limits.MailError) as info:
        if isinstance(path_or_bytes, bytes):
            read_mail_bytes(path_or_bytes)
        else:
            read_mail(path_or_bytes)
    return info.value.da


def test_truncated_ole_is_named_damaged(tmp_path):
    whole = mailkit.ole_bytes(mailkit.simple_msg(attachments=[("a.pdf", "application/pdf", b"x" * 20000)]))
    for cut in (600, len(whole) // 2, len(whole) - 700):
        assert "beskadiget eller afkortet" in _refused(whole[:cut]) or "Outlook" in _refused(whole[:cut])


def test_200_mb_msg_is_refused_before_reading(tmp_path, monkeypatch):
    path = tmp_path / "kæmpe.msg"
    with open(path, "wb") as fh:
        fh.write(mailkit.ole_bytes(mailkit.simple_msg()))
        fh.truncate(200 * 1024 * 1024)  # sparse: no 200 MB written to disk
    monkeypatch.setattr(Path, "read_bytes", lambda self: pytest.fail("read before the size check"))
    assert "200 MB" in _refused(path)


def test_ten_thousand_attachments_are_refused(tmp_path):
    tree = mailkit.simple_msg()
    for i in range(10_000):
        tree[f"__attach_version1.0_#{i:08X}"] = {}
    assert "10000 bilag" in _refused(_msg(tmp_path, tree))


def test_ten_thousand_mime_attachments_are_refused():
    parts = "".join(f"--b\r\nContent-Type: text/plain\r\nContent-Disposition: attachment; filename=b{i}.txt\r\n\r\nx\r\n"
                    for i in range(10_000))
    data = ("From: a@kk-demo.dk\r\nSubject: mange\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\n"
            f"{parts}--b--\r\n").encode()
    assert "10000 bilag" in _refused(data)
    # Fewer parts reach the parser; above the limit the reader still refuses them.
    fewer = data.split(b"--b\r\n", 801)
    fewer = b"--b\r\n".join(fewer[:801]) + b"--b--\r\n"
    assert "800 bilag" in _refused(fewer)


def test_recursion_of_nested_mails_is_refused(tmp_path):
    inner = mailkit.msg_tree([(0x0037, mailkit.PT_UNICODE, "bund")], embedded=True)
    for _ in range(limits.MAX_DEPTH + 2):
        inner = mailkit.msg_tree([(0x0037, mailkit.PT_UNICODE, "lag")],
                                 attachments=[([], inner)], embedded=True)
    tree = mailkit.msg_tree([(0x0037, mailkit.PT_UNICODE, "top")], attachments=[([], inner)])
    assert "lag dybt" in _refused(_msg(tmp_path, tree))


def test_recursion_of_nested_mime_mails_is_refused():
    data = mailkit.danish_mail(subject="bund")
    for _ in range(limits.MAX_DEPTH + 2):
        from email import message_from_bytes
        from email.message import EmailMessage
        from email.policy import SMTP, default

        outer = EmailMessage()
        outer["From"] = "a@b.dk"
        outer["Subject"] = "lag"
        outer.set_content("se vedhæftet")
        outer.add_attachment(message_from_bytes(data, policy=default))
        data = outer.as_bytes(policy=SMTP)
    assert "lag dybt" in _refused(data)


def _zip_bomb() -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as archive:
        for i in range(4):
            archive.writestr(f"nul{i}.bin", b"\0" * (40 * 1024 * 1024))
    return buf.getvalue()


@pytest.fixture(scope="module")
def zip_bomb() -> bytes:
    return _zip_bomb()


def test_zip_bomb_attachment_is_refused(zip_bomb, tmp_path):
    assert len(zip_bomb) < 2 * 1024 * 1024
    eml = mailkit.danish_mail(attachments=[("regnskab.zip", "application/zip", zip_bomb)])
    assert "zip-bombe" in _refused(eml)
    msg = mailkit.ole_bytes(mailkit.simple_msg(attachments=[("regnskab.zip", "application/zip", zip_bomb)]))
    assert "zip-bombe" in _refused(msg)


def test_an_ordinary_zip_passes():
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("bilag.txt", "Høringssvar " * 1000)
    mail = read_mail_bytes(mailkit.danish_mail(attachments=[("bilag.zip", "application/zip", buf.getvalue())]))
    assert mail.attachments[0].name == "bilag.zip"


@pytest.mark.parametrize("data, words", [
    (b"", "tom"), (b"\x00\x01\x02garbage" * 100, "hverken"), (b"%PDF-1.7\n...", "hverken"),
    (b"just: text\n\nno mail headers", "ikke en mail"),
])
def test_garbage(data, words):
    assert words in _refused(data)


def test_ole_file_that_is_not_a_mail():
    assert "ikke en Outlook-mail" in _refused(mailkit.ole_bytes({"WordDocument": b"x" * 100}))


def test_cli_mail_read_json_and_errors(tmp_path):
    path = tmp_path / "anna.eml"
    path.write_bytes(mailkit.danish_mail(
        subject="=?utf-8?q?SV=3A_Vejbump_p=C3=A5_Skolevej?=",
        body="Ja tak.\n\nMvh Anna\n\nDen 3. marts 2026 kl. 09.15 skrev Lise Holm <lise@kk-demo.dk>:\n> Skal jeg?\n",
        attachments=[("Høringssvar æøå.pdf", "application/pdf", b"%PDF-1.4 " * 10)]))
    env = dict(os.environ, SECRETARY_APP_DATA_DIR=str(tmp_path / "d"))
    run = subprocess.run([sys.executable, "-m", "secretary_app.cli", "mail", "read", str(path), "--json"],
                         capture_output=True, text=True, env=env)
    assert run.returncode == 0, run.stderr
    out = json.loads(run.stdout)
    assert out["kind"] == "note"
    assert out["subject"] == "SV: Vejbump på Skolevej"
    assert out["from"] == {"name": "Anna Jensen", "address": "anna.jensen@kk-demo.dk"}
    assert out["to"] == [{"name": "Lise Holm", "address": "lise@kk-demo.dk"}]
    assert out["sent"] == "2026-03-03T09:15:00+01:00"
    assert out["new_text"] == "Ja tak."
    assert out["attachments"] == [{"name": "Høringssvar æøå.pdf", "size": 90, "content_type": "application/pdf"}]
    assert out["message_id"].endswith("@kk-demo.dk>") and out["in_reply_to"] == ""
    bad = tmp_path / "bad.msg"
    bad.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 100)
    run = subprocess.run([sys.executable, "-m", "secretary_app.cli", "mail", "read", str(bad)],
                         capture_output=True, text=True, env=env)
    assert run.returncode == 2
    assert "beskadiget" in run.stderr and "Traceback" not in run.stderr
