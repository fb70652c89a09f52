"""Answers by mail: a reply draft to the member, a forward to the administration's mailbox.

Both are written as ``.eml`` files marked unsent, which Outlook and other mail programs
open as a draft to edit and send; the app never sends mail itself. Each draft is kept with
the request (its history shows it) in the data folder like an imported mail.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from pathlib import Path

from sqlmodel import select

from secretary_app import paths
from secretary_app.domain.dates import format_long, local_today, to_local
from secretary_app.domain.changes import Kind, changes
from secretary_app.domain.errors import NotFoundError, ValidationError
from secretary_app.domain.mail.model import Address, strip_subject_prefixes
from secretary_app.domain.workdays import add_working_days, ANSWER_WORKING_DAYS
from secretary_app.services import mail_threads as threads
from secretary_app.services.mail_files import Staging, stored_file
from secretary_app.services.mail_render import draft_eml
from secretary_app.store.engine import Store
from secretary_app.store.models import (
    Council, CouncilMailbox, MailMessage, Member, PartyGroup, Request, TaskType,
)

QUESTION_CODE = "politician_question"


@dataclass
class Draft:
    path: Path
    mail_id: int
    subject: str
    deadline: dt.date | None = None


def admin_mailbox(store: Store, group_id: int) -> str:
    with store.session() as s:
        group = s.get(PartyGroup, group_id)
        row = s.get(CouncilMailbox, group.council_id) if group else None
        return row.admin_address if row else ""


@changes(Kind.SETTINGS)
def set_admin_mailbox(store: Store, group_id: int, address: str) -> str:
    address = (address or "").strip()
    if address and ("@" not in address or " " in address or len(address) > 320):
        raise ValidationError(f"»{address[:80]}« er ikke en e-mailadresse.",
                              f"'{address[:80]}' is not an e-mail address.", field="email")
    with store.session() as s:
        group = s.get(PartyGroup, group_id)
        if group is None:
            raise NotFoundError(f"Partigruppen med id {group_id} findes ikke.", f"There is no party group with id {group_id}.")
        row = s.get(CouncilMailbox, group.council_id) or CouncilMailbox(council_id=group.council_id)
        row.admin_address = address
        s.add(row)
    return address


def _context(store: Store, request_id: int):
    with store.session() as s:
        req = s.get(Request, request_id)
        if req is None:
            raise NotFoundError(f"Opgaven med id {request_id} findes ikke.", f"There is no request with id {request_id}.")
        member = s.get(Member, req.member_id)
        last = s.exec(select(MailMessage).where(MailMessage.request_id == request_id, MailMessage.direction == "in")
                      .order_by(MailMessage.sent_at.desc(), MailMessage.id.desc())).first()
        code = s.get(TaskType, req.task_type_id).code
        return req, member, last, code


def _quote(row: MailMessage | None, lang: str) -> str:
    if row is None or not row.body_text:
        return ""
    when = format_long(to_local(row.sent_at).date(), lang) if row.sent_at else ""
    who = row.sender_name or row.sender_address
    head = f"Den {when} skrev {who}:" if lang == "da" else f"On {when} {who} wrote:"
    return head + "\n" + "\n".join(f"> {line}" if line else ">" for line in row.body_text.splitlines())


def _keep(store: Store, req: Request, direction: str, subject: str, body: str, data: bytes,
          to: Address, name: str) -> Draft:
    staging = Staging()
    try:
        stored = staging.add(name, data)
        staging.commit()
        with store.session() as s:
            row = MailMessage(group_id=req.group_id, request_id=req.id, direction=direction, subject=subject,
                              sender_name=to.name, sender_address=to.address, topic=threads.topic_of(subject),
                              sent_at=dt.datetime.now(dt.timezone.utc).replace(tzinfo=None), body_text=body,
                              new_text=body, original_name=stored, stored_dir=staging.relative_dir)
            s.add(row)
            s.flush()
            mail_id = row.id
    except BaseException:
        staging.discard()
        raise
    return Draft(path=paths.data_dir() / staging.relative_dir / stored, mail_id=mail_id, subject=subject)


@changes(Kind.MAIL | Kind.REQUESTS)
def write_reply(store: Store, request_id: int, answer: str, lang: str = "da") -> Draft:
    """A reply to the member: ``SV: <subject>``, the answer, the member's last mail quoted."""
    req, member, last, _code = _context(store, request_id)
    address = (member.email.split(",")[0].strip() if member and member.email else "") or (last.sender_address if last else "")
    if not address:
        raise ValidationError(f"Medlemmet {member.name if member else ''} har ingen e-mailadresse; tilføj den på medlemmet.",
                              f"The member {member.name if member else ''} has no e-mail address; add it to the member.",
                              field="email")
    topic = strip_subject_prefixes(last.subject if last else req.title) or req.title
    subject = f"SV: {topic}" if lang == "da" else f"RE: {topic}"
    body = (answer or "").rstrip() + "\n\n" + _quote(last, lang)
    to = Address(member.name if member else "", address)
    refs = threads.references_of(last) if last else []
    data = draft_eml(to=[to], subject=subject, body=body.strip() + "\n",
                     in_reply_to=last.message_id if last else "", references=refs)
    return _keep(store, req, "reply", subject, body, data, to, "Svar.eml" if lang == "da" else "Reply.eml")


@changes(Kind.MAIL | Kind.REQUESTS)
def write_admin_forward(store: Store, request_id: int, question: str = "", lang: str = "da",
                        today: dt.date | None = None) -> Draft:
    """A question to the administration, forwarded to the council's mailbox with its deadline:
    ten working days from today (the sent date is set on the request if it had none)."""
    from secretary_app.services import requests as svc

    req, member, last, code = _context(store, request_id)
    mailbox = admin_mailbox(store, req.group_id)
    if not mailbox:
        raise ValidationError("Forvaltningens postkasse er ikke angivet for kommunen.",
                              "The administration's mailbox is not set for the council.", field="admin_mailbox")
    today = today or local_today()
    sent = req.sent_date or today
    deadline = add_working_days(sent, ANSWER_WORKING_DAYS, svc.group_closing_days(store, req.group_id))
    who = member.name if member else ""
    text = (question or req.description or (last.new_text if last else "")).strip()
    if lang == "da":
        subject = f"Politikerspørgsmål fra {who}: {req.title}"
        body = (f"Til forvaltningen\n\nSpørgsmål fra byrådsmedlem {who}:\n\n{text}\n\n"
                f"Svarfrist: {format_long(deadline, 'da')} (10 arbejdsdage efter {format_long(sent, 'da')}).\n")
    else:
        subject = f"Question from {who}: {req.title}"
        body = (f"To the administration\n\nQuestion from council member {who}:\n\n{text}\n\n"
                f"Answer due: {format_long(deadline, 'en')} (10 working days after {format_long(sent, 'en')}).\n")
    attachments = []
    for att in threads.request_attachments(store, request_id):
        if att.inline:
            continue
        row = threads.get_mail(store, att.mail_id)
        try:
            attachments.append((att.name, att.content_type, stored_file(row.stored_dir, att.stored_name).read_bytes()))
        except (ValidationError, OSError):
            continue
    to = Address("", mailbox)
    data = draft_eml(to=[to], subject=subject, body=body, attachments=attachments)
    draft = _keep(store, req, "forward", subject, body, data, to,
                  "Til forvaltningen.eml" if lang == "da" else "To the administration.eml")
    if code == QUESTION_CODE and req.sent_date is None:
        svc.update_request(store, req.id, sent_date=sent)
    draft.deadline = deadline
    return draft


def draft_file(store: Store, mail_id: int) -> Path:
    row = threads.get_mail(store, mail_id)
    return stored_file(row.stored_dir, row.original_name)
