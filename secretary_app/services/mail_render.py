"""Mails written as MIME: an attached Outlook mail kept as ``.eml``, reply and forward drafts."""

from __future__ import annotations

from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime, formataddr, make_msgid

from secretary_app.domain.mail.model import Address
from secretary_app.domain.mail.model import MailMessage as Mail


def _addr(address: Address) -> str:
    return formataddr((address.name, address.address)) if address.address else address.name


def as_eml_bytes(mail: Mail, depth: int = 0) -> bytes:
    """A mail read from an Outlook file, as a MIME mail that any mail program opens."""
    msg = EmailMessage()
    msg["Subject"] = mail.subject
    if mail.sender.address or mail.sender.name:
        msg["From"] = _addr(mail.sender)
    if mail.to:
        msg["To"] = ", ".join(_addr(a) for a in mail.to)
    if mail.cc:
        msg["Cc"] = ", ".join(_addr(a) for a in mail.cc)
    if mail.sent:
        msg["Date"] = format_datetime(mail.sent)
    if mail.message_id:
        msg["Message-ID"] = mail.message_id
    msg.set_content(mail.text or "")
    if mail.html:
        msg.add_alternative(mail.html, subtype="html")
    for att in mail.attachments:
        if att.message is not None and not att.data:
            if depth < 8:
                msg.add_attachment(as_eml_bytes(att.message, depth + 1), maintype="application",
                                   subtype="octet-stream", filename=_eml(att.name))
            continue
        maintype, _, subtype = (att.content_type or "application/octet-stream").partition("/")
        msg.add_attachment(att.data, maintype=maintype or "application", subtype=subtype or "octet-stream",
                           filename=att.name)
    return msg.as_bytes(policy=SMTP)


def _eml(name: str) -> str:
    stem = name[:-4] if name.lower().endswith((".msg", ".eml")) else name
    return f"{stem}.eml"


def draft_eml(*, to: list[Address], subject: str, body: str, in_reply_to: str = "",
              references: list[str] | None = None, sender: Address | None = None,
              attachments: list[tuple[str, str, bytes]] = ()) -> bytes:
    """An unsent mail (``X-Unsent: 1`` makes Outlook open it as a draft to edit and send)."""
    msg = EmailMessage()
    msg["X-Unsent"] = "1"
    if sender is not None and sender.address:
        msg["From"] = _addr(sender)
    msg["To"] = ", ".join(_addr(a) for a in to if a.address)
    msg["Subject"] = subject
    msg["Message-ID"] = make_msgid(domain="medlemssekretaer.invalid")
    if in_reply_to:
        msg["In-Reply-To"] = in_reply_to
        msg["References"] = " ".join([*(references or []), in_reply_to][-20:])
    msg.set_content(body)
    for name, ctype, data in attachments:
        maintype, _, subtype = ctype.partition("/")
        msg.add_attachment(data, maintype=maintype or "application", subtype=subtype or "octet-stream",
                           filename=name)
    return msg.as_bytes(policy=SMTP)
