"""Which member a mail is from and which request it continues (threads)."""

from __future__ import annotations

import datetime as dt
import json

from sqlmodel import select

from secretary_app.domain.changes import Kind, changes
from secretary_app.domain.errors import NotFoundError, ValidationError
from secretary_app.domain.mail.model import MailMessage as Mail
from secretary_app.domain.mail.model import strip_subject_prefixes
from secretary_app.store.engine import Store
from secretary_app.store.models import MailAttachment, MailMessage, Member, MemberMailAddress, Request

# Outlook's PidTagConversationIndex: 1 reserved byte, 5 bytes of time, a 16-byte GUID; the
# rest are 5-byte child blocks, one per reply.
CONVERSATION_HEADER = 22
# A subject alone joins a thread only while the request is this recent.
TOPIC_WINDOW = dt.timedelta(days=120)


def conversation_key(index: bytes) -> str:
    return index[:CONVERSATION_HEADER].hex() if len(index) >= CONVERSATION_HEADER else ""


def topic_of(subject: str) -> str:
    return " ".join(strip_subject_prefixes(subject).lower().split())


def has_prefix(subject: str) -> bool:
    return strip_subject_prefixes(subject) != (subject or "").strip()


def find_member_by_address(store: Store, group_id: int, address: str) -> Member | None:
    key = (address or "").strip().lower()
    if not key:
        return None
    with store.session() as s:
        members = list(s.exec(select(Member).where(Member.group_id == group_id)))
        for member in members:
            if key in {a.strip().lower() for a in member.email.replace(";", ",").split(",") if a.strip()}:
                return member
        ids = [m.id for m in members]
        if not ids:
            return None
        row = s.exec(select(MemberMailAddress).where(MemberMailAddress.member_id.in_(ids),
                                                     MemberMailAddress.address == key)).first()
        return next((m for m in members if row and m.id == row.member_id), None)


@changes(Kind.MEMBERS | Kind.MAIL)
def remember_address(store: Store, member_id: int, address: str) -> None:
    """Know this sender address as the member's from now on (fills the e-mail field if empty)."""
    key = (address or "").strip().lower()
    if "@" not in key or len(key) > 320:
        raise ValidationError(f"»{address[:80]}« er ikke en e-mailadresse.", f"'{address[:80]}' is not an e-mail address.",
                              field="email")
    with store.session() as s:
        member = s.get(Member, member_id)
        if member is None:
            raise NotFoundError(f"Medlemmet med id {member_id} findes ikke.", f"There is no member with id {member_id}.")
        if not member.email.strip():
            member.email = key
            s.add(member)
            return
        exists = s.exec(select(MemberMailAddress).where(MemberMailAddress.member_id == member_id,
                                                        MemberMailAddress.address == key)).first()
        if exists is None and key not in member.email.lower():
            s.add(MemberMailAddress(member_id=member_id, address=key))


def find_duplicate(store: Store, group_id: int, mail: Mail, sha256: str) -> MailMessage | None:
    with store.session() as s:
        query = select(MailMessage).join(Request, Request.id == MailMessage.request_id).where(
            MailMessage.group_id == group_id, Request.deleted_at.is_(None))
        if mail.message_id:
            row = s.exec(query.where(MailMessage.message_id == mail.message_id)).first()
            if row is not None:
                return row
        return s.exec(query.where(MailMessage.original_sha256 == sha256)).first()


def find_thread(store: Store, group_id: int, mail: Mail, member_id: int | None = None) -> int | None:
    """The request this mail answers or forwards: by message ids, Outlook's conversation
    index, or (for a subject with SV:/RE:/VS:/FW:) the same subject on a recent request."""
    ids = [i for i in [mail.in_reply_to, *mail.references] if i]
    key = conversation_key(mail.conversation_index)
    with store.session() as s:
        live = select(MailMessage.request_id).join(Request, Request.id == MailMessage.request_id).where(
            MailMessage.group_id == group_id, Request.deleted_at.is_(None))
        if ids:
            hit = s.exec(live.where(MailMessage.message_id.in_(ids)).order_by(MailMessage.id.desc())).first()
            if hit is not None:
                return hit
        if key:
            hit = s.exec(live.where(MailMessage.conversation_key == key).order_by(MailMessage.id.desc())).first()
            if hit is not None:
                return hit
        topic = topic_of(mail.subject)
        if topic and has_prefix(mail.subject):
            since = (mail.sent.astimezone(dt.timezone.utc).replace(tzinfo=None) if mail.sent
                     else dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)) - TOPIC_WINDOW
            query = live.where(MailMessage.topic == topic, Request.received_at >= since)
            if member_id is not None:
                query = query.where(Request.member_id == member_id)
            hit = s.exec(query.order_by(MailMessage.id.desc())).first()
            if hit is not None:
                return hit
    return None


def request_mails(store: Store, request_id: int) -> list[MailMessage]:
    with store.session() as s:
        return list(s.exec(select(MailMessage).where(MailMessage.request_id == request_id)
                           .order_by(MailMessage.sent_at, MailMessage.id)))


def request_attachments(store: Store, request_id: int) -> list[MailAttachment]:
    with store.session() as s:
        return list(s.exec(select(MailAttachment).where(MailAttachment.request_id == request_id)
                           .order_by(MailAttachment.mail_id, MailAttachment.id)))


def get_mail(store: Store, mail_id: int) -> MailMessage:
    with store.session() as s:
        row = s.get(MailMessage, mail_id)
        if row is None:
            raise NotFoundError(f"Mailen med id {mail_id} findes ikke.", f"There is no mail with id {mail_id}.")
        return row


def get_attachment(store: Store, attachment_id: int) -> tuple[MailAttachment, MailMessage]:
    with store.session() as s:
        row = s.get(MailAttachment, attachment_id)
        if row is None:
            raise NotFoundError(f"Bilaget med id {attachment_id} findes ikke.",
                                f"There is no attachment with id {attachment_id}.")
        return row, s.get(MailMessage, row.mail_id)


def references_of(row: MailMessage) -> list[str]:
    try:
        value = json.loads(row.references_json or "[]")
    except ValueError:
        return []
    return [str(v) for v in value] if isinstance(value, list) else []
