"""MIME mail (``.eml``) with the standard library's ``email`` package and its modern policy."""

from __future__ import annotations

import mimetypes
import re
from email import message_from_bytes
from email.errors import HeaderParseError
from email.header import decode_header, make_header
from email.message import EmailMessage, Message
from email.policy import default as default_policy
from email.utils import getaddresses, parsedate_to_datetime

from secretary_app.domain.mail import limits
from secretary_app.domain.mail.html_text import html_to_text
from secretary_app.domain.mail.model import Address, Attachment, MailMessage


_PART_HEADER = re.compile(rb"^content-type\s*:", re.I | re.M)


def read_eml(data: bytes) -> MailMessage:
    # Counted before parsing: the parser is slow on tens of thousands of parts.
    parts = len(_PART_HEADER.findall(data))
    if parts > limits.MAX_ATTACHMENTS * 2:
        raise limits.too_many_attachments(parts - 1)
    try:
        message = message_from_bytes(data, policy=default_policy)
    except Exception as exc:
        raise limits.damaged("mail", "mail") from exc
    if not _looks_like_mail(message):
        raise limits.MailError(
            "Filen er ikke en mail: den har hverken afsender, modtager eller emne.",
            "The file is not a mail: it has no sender, recipient or subject.",
        )
    try:
        return _read(message, depth=0)
    except limits.MailError:
        raise
    except RecursionError as exc:
        raise limits.too_deep() from exc


def _looks_like_mail(message: Message) -> bool:
    keys = {k.lower() for k in message.keys()}
    return bool(keys & {"from", "to", "subject", "message-id", "date"})


def _raw(message: Message, name: str) -> str | None:
    items = message.raw_items() if hasattr(message, "raw_items") else message.items()
    for key, value in items:
        if key.lower() == name.lower():
            return str(value)
    return None


def _unescape_8bit(value: str) -> str:
    """Raw 8-bit header bytes (against the standard, but common) as UTF-8, else Windows-1252."""
    if not any("\udc80" <= ch <= "\udcff" for ch in value):
        return value
    data = value.encode("utf-8", errors="surrogateescape")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def _decode_words(raw: str) -> str:
    """Encoded words joined before decoding: a UTF-8 character may be split across two."""
    try:
        return str(make_header(decode_header(raw)))
    except (LookupError, UnicodeError, ValueError, HeaderParseError):
        return raw


def _header(message: Message, name: str) -> str:
    raw = _raw(message, name)
    if raw is None:
        return ""
    if "=?" in raw:
        value = _decode_words(raw.replace("\r", "").replace("\n", ""))
    else:
        try:
            value = str(message.get(name))
        except Exception:
            value = raw
    return " ".join(_unescape_8bit(value).split())


def _addresses(message: Message, name: str) -> list[Address]:
    raw = _raw(message, name)
    if raw is None:
        return []
    if len(raw) > 8 * 1024:
        # The modern parser is worse than linear (minutes on 100,000 recipients); long lists
        # go through the simple one, and only their first recipients are kept.
        raw = raw[: limits.MAX_ADDRESS_HEADER].rsplit(",", 1)[0]
    elif "=?" not in raw and _unescape_8bit(raw) == raw:
        try:
            header = message.get(name)
            if header is not None and hasattr(header, "addresses"):
                return [Address(name=a.display_name, address=a.addr_spec) for a in header.addresses]
        except Exception:
            pass
    raw = raw.replace("\r", "").replace("\n", " ")
    return [
        Address(name=_unescape_8bit(_decode_words(n)).strip().strip('"'), address=a.strip().strip('"'))
        for n, a in getaddresses([raw]) if n or a
    ][: limits.MAX_RECIPIENTS]


def _read(message: Message, depth: int) -> MailMessage:
    if depth > limits.MAX_DEPTH:
        raise limits.too_deep()
    mail = MailMessage(format="eml")
    mail.subject = _header(message, "Subject")
    senders = _addresses(message, "From") or _addresses(message, "Sender")
    mail.sender = senders[0] if senders else Address()
    mail.to = _addresses(message, "To")
    mail.cc = _addresses(message, "Cc")
    date = _header(message, "Date")
    try:
        mail.sent = parsedate_to_datetime(date) if date else None
    except (TypeError, ValueError, IndexError):
        mail.sent = None
    mail.message_id = _header(message, "Message-ID")
    mail.in_reply_to = _header(message, "In-Reply-To")
    mail.references = _header(message, "References").split()
    mail.conversation_topic = _header(message, "Thread-Topic")
    index = _header(message, "Thread-Index")
    if index:
        import base64
        import binascii

        try:
            mail.conversation_index = base64.b64decode(index, validate=False)
        except (binascii.Error, ValueError):
            pass
    text_part, html_part, attachments = _walk(message)
    mail.html = _content(html_part) if html_part is not None else ""
    mail.text = _content(text_part) if text_part is not None else ""
    if not mail.text.strip() and mail.html:
        mail.text = html_to_text(mail.html)
    mail.text = mail.text.replace("\r\n", "\n").strip()
    if len(attachments) > limits.MAX_ATTACHMENTS:
        raise limits.too_many_attachments(len(attachments))
    for part in attachments:
        mail.attachments.append(_attachment(part, depth))
    return mail


def _walk(message: Message):
    """The first plain and HTML bodies, and every other leaf part as an attachment."""
    text_part = html_part = None
    attachments: list[Message] = []
    stack = [message]
    seen = 0
    while stack:
        part = stack.pop(0)
        seen += 1
        if seen > limits.MAX_ATTACHMENTS * 4:
            raise limits.too_many_attachments(seen)
        ctype = part.get_content_type()
        if part.is_multipart() and ctype != "message/rfc822":
            stack[0:0] = list(part.iter_parts()) if isinstance(part, EmailMessage) else part.get_payload()
            continue
        disposition = (part.get_content_disposition() or "").lower()
        filename = _filename(part)
        if ctype == "text/plain" and disposition != "attachment" and not filename and text_part is None:
            text_part = part
        elif ctype == "text/html" and disposition != "attachment" and not filename and html_part is None:
            html_part = part
        elif ctype.startswith("multipart/"):
            continue
        else:
            attachments.append(part)
    return text_part, html_part, attachments


def _filename(part: Message) -> str:
    try:
        return part.get_filename() or ""
    except Exception:
        return ""


def _content(part: Message) -> str:
    try:
        content = part.get_content()
    except (LookupError, UnicodeError, ValueError, AssertionError, KeyError):
        payload = part.get_payload(decode=True) or b""
        content = payload.decode("latin-1", errors="replace")
    return content if isinstance(content, str) else ""


def _attachment(part: Message, depth: int) -> Attachment:
    ctype = part.get_content_type()
    name = _filename(part)
    disposition = (part.get_content_disposition() or "").lower()
    content_id = _header(part, "Content-ID").strip("<>")
    if ctype == "message/rfc822":
        payload = part.get_payload()
        inner_msg = payload[0] if isinstance(payload, list) and payload else None
        encoding = _header(part, "Content-Transfer-Encoding").lower()
        if isinstance(inner_msg, Message) and encoding in ("base64", "quoted-printable"):
            # The parser took the encoded text for a message; decode it, then parse that.
            inner_msg = _decoded_message(inner_msg.as_bytes(), encoding)
        inner = _read(inner_msg, depth + 1) if isinstance(inner_msg, Message) else None
        data = inner_msg.as_bytes() if isinstance(inner_msg, Message) else b""
        if not name:
            name = f"{_header(part, 'Subject') or (inner.subject if inner else '') or 'mail'}.eml"
        return Attachment(name=name, content_type=ctype, data=data, message=inner)
    try:
        data = part.get_payload(decode=True) or b""
    except Exception:
        data = b""
    if not name:
        ext = mimetypes.guess_extension(ctype) or ".bin"
        name = f"{content_id.split('@')[0] or 'bilag'}{ext}"
    limits.check_zip(name, data)
    return Attachment(
        name=name, content_type=ctype, data=data,
        inline=disposition == "inline" or (bool(content_id) and disposition != "attachment"),
        content_id=content_id,
    )


def _decoded_message(encoded: bytes, encoding: str) -> Message | None:
    import base64
    import binascii
    import quopri

    try:
        raw = base64.b64decode(encoded, validate=False) if encoding == "base64" else quopri.decodestring(encoded)
        return message_from_bytes(raw, policy=default_policy)
    except (binascii.Error, ValueError):
        return None
