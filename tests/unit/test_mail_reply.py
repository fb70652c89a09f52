"""Reply drafts to the member and forwards to the administration's mailbox (.eml, unsent)."""

from __future__ import annotations

import datetime as dt
import stat
from email import message_from_bytes
from email.policy import default

import pytest

import mailkit
from secretary_app.domain.errors import ValidationError
from secretary_app.services import groups, mail_intake, mail_reply, mail_threads
from secretary_app.services import requests as svc


@pytest.fixture
def imported(store, group, tmp_path):
    anna = groups.create_member(store, group.id, groups.MemberInput(name="Anna Jensen", email="anna.jensen@kk-demo.dk"))
    path = tmp_path / "q.eml"
    path.write_bytes(mailkit.danish_mail(
        subject="Spørgsmål til forvaltningen om skolebusser", message_id="<q1@kk-demo.dk>",
        body="Kan du stille et spørgsmål til forvaltningen om, hvor mange børn der tager skolebussen?\n\nMvh Anna",
        attachments=[("Køreplan æøå.pdf", "application/pdf", b"%PDF-1.4 plan")]))
    result = mail_intake.import_mail(store, group.id, path)
    assert result.action == "created"
    return store, group, anna, result.request_id


def _read(path):
    return message_from_bytes(path.read_bytes(), policy=default)


def test_reply_draft(imported):
    store, group, anna, rid = imported
    draft = mail_reply.write_reply(store, rid, "Hej Anna\n\nSpørgsmålet er sendt.\n\nVh Lise")
    assert stat.S_IMODE(draft.path.stat().st_mode) == 0o600
    msg = _read(draft.path)
    assert msg["Subject"] == "SV: Spørgsmål til forvaltningen om skolebusser"
    assert msg["To"].addresses[0].addr_spec == "anna.jensen@kk-demo.dk"
    assert msg["In-Reply-To"] == "<q1@kk-demo.dk>"
    assert msg["X-Unsent"] == "1"
    body = msg.get_body().get_content().replace("\r\n", "\n")
    assert body.startswith("Hej Anna\n\nSpørgsmålet er sendt.")
    assert "skrev Anna Jensen:\n> Kan du stille et spørgsmål" in body
    directions = [m.direction for m in mail_threads.request_mails(store, rid)]
    assert directions == ["in", "reply"]


def test_forward_to_the_administration_with_the_deadline(imported):
    store, group, anna, rid = imported
    with pytest.raises(ValidationError) as info:
        mail_reply.write_admin_forward(store, rid)
    assert "postkasse" in info.value.da
    mail_reply.set_admin_mailbox(store, group.id, "politikerspoergsmaal@kk-demo.dk")
    assert svc.get_request(store, rid).task_type_id is not None
    draft = mail_reply.write_admin_forward(store, rid, today=dt.date(2026, 3, 30))
    # Ten working days from Monday 30 March 2026, over Easter (2, 3, 6 April are holidays).
    assert draft.deadline == dt.date(2026, 4, 16)
    msg = _read(draft.path)
    assert msg["To"].addresses[0].addr_spec == "politikerspoergsmaal@kk-demo.dk"
    body = msg.get_body().get_content().replace("\r\n", "\n")
    assert "Svarfrist: 16. april 2026 (10 arbejdsdage efter 30. marts 2026)" in body
    assert [p.get_filename() for p in msg.iter_attachments()] == ["Køreplan æøå.pdf"]
    req = svc.get_request(store, rid)
    assert req.sent_date == dt.date(2026, 3, 30) and req.answer_due == dt.date(2026, 4, 16)


def test_admin_mailbox_must_be_an_address(store, group):
    with pytest.raises(ValidationError):
        mail_reply.set_admin_mailbox(store, group.id, "ikke en adresse")
    assert mail_reply.set_admin_mailbox(store, group.id, " forv@kk-demo.dk ") == "forv@kk-demo.dk"
    assert mail_reply.admin_mailbox(store, group.id) == "forv@kk-demo.dk"
