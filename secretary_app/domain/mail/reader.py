"""One entry point for any mail file: size check, format by content, times in Copenhagen."""

from __future__ import annotations

import os
from pathlib import Path
from zoneinfo import ZoneInfo

from secretary_app.domain.mail import limits
from secretary_app.domain.mail.eml import read_eml
from secretary_app.domain.mail.model import MailMessage
from secretary_app.domain.mail.msg import OLE_MAGIC, read_msg

COPENHAGEN = ZoneInfo("Europe/Copenhagen")


def read_mail(path: str | os.PathLike) -> MailMessage:
    """Read a ``.msg`` or ``.eml`` file; refuses by size before reading a byte of it."""
    file = Path(path)
    try:
        size = file.stat().st_size
    except OSError as exc:
        raise limits.MailError(
            f"Filen {file.name} kan ikke læses ({exc.strerror}).",
            f"The file {file.name} cannot be read ({exc.strerror}).",
        ) from exc
    if not file.is_file():
        raise limits.MailError(f"{file.name} er ikke en fil.", f"{file.name} is not a file.")
    if size > limits.MAX_MAIL_BYTES:
        raise limits.too_big(size)
    try:
        data = file.read_bytes()
    except OSError as exc:
        raise limits.MailError(
            f"Filen {file.name} kan ikke læses ({exc.strerror}).",
            f"The file {file.name} cannot be read ({exc.strerror}).",
        ) from exc
    return read_mail_bytes(data)


def read_mail_bytes(data: bytes) -> MailMessage:
    if len(data) > limits.MAX_MAIL_BYTES:
        raise limits.too_big(len(data))
    if not data.strip():
        raise limits.MailError("Filen er tom.", "The file is empty.")
    if data.startswith(OLE_MAGIC):
        mail = read_msg(data)
    elif _looks_like_text(data):
        mail = read_eml(data)
    else:
        raise limits.MailError(
            "Filen er hverken en Outlook-mail (.msg) eller en mail (.eml).",
            "The file is neither an Outlook item (.msg) nor a mail (.eml).",
        )
    _localise(mail)
    return mail


def _looks_like_text(data: bytes) -> bool:
    head = data[:4096]
    if b"\x00" in head:
        return False
    first = head.lstrip().split(b"\n", 1)[0]
    return b":" in first or first.startswith(b"From ")


def _localise(mail: MailMessage) -> None:
    for name in ("sent", "received"):
        value = getattr(mail, name)
        if value is not None:
            if value.tzinfo is None:
                value = value.replace(tzinfo=COPENHAGEN)
            try:
                value = value.astimezone(COPENHAGEN)
            except (OverflowError, ValueError):
                value = None  # a date at the edge of the calendar (year 9999) is no date
            setattr(mail, name, value)
    if mail.meeting is not None:
        for name in ("start", "end"):
            value = getattr(mail.meeting, name)
            if value is not None:
                try:
                    setattr(mail.meeting, name, value.astimezone(COPENHAGEN))
                except (OverflowError, ValueError):
                    setattr(mail.meeting, name, None)
    for attachment in mail.attachments:
        if attachment.message is not None:
            _localise(attachment.message)
