"""Outlook ``.msg`` files: an OLE compound file of MAPI property streams (MS-OXMSG)."""

from __future__ import annotations

import io
import mimetypes
import re
import uuid
from email.parser import HeaderParser
from email.policy import default as default_policy
from email.utils import getaddresses, parsedate_to_datetime

import olefile

from secretary_app.domain.mail import limits
from secretary_app.domain.mail.codepages import decode_bytes
from secretary_app.domain.mail.html_text import html_to_text
from secretary_app.domain.mail.model import Address, Attachment, MailMessage, MeetingInfo
from secretary_app.domain.mail.msg_props import PT_OBJECT, Storage, read_name_map
from secretary_app.domain.mail.rtf import decompress, is_html_in_rtf, rtf_to_text

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
PSETID_APPOINTMENT = uuid.UUID("00062002-0000-0000-c000-000000000046")
PSETID_TASK = uuid.UUID("00062003-0000-0000-c000-000000000046")
PSETID_ADDRESS = uuid.UUID("00062004-0000-0000-c000-000000000046")
PSETID_MEETING = uuid.UUID("6ed8da90-450b-101b-98da-00aa003f1305")
_EMBEDDED = "__substg1.0_3701000D"
_CONTACT_FIELDS = (
    ("display_name", 0x3001), ("company", 0x3A16), ("title", 0x3A17),
    ("business_phone", 0x3A08), ("mobile_phone", 0x3A1C), ("home_phone", 0x3A09),
)


def read_msg(data: bytes) -> MailMessage:
    try:
        ole = _OleFile(io.BytesIO(data))
    except Exception as exc:  # olefile raises many kinds on a damaged file
        raise limits.damaged() from exc
    try:
        streams: dict[tuple, list[str]] = {}
        for path in ole.listdir(streams=True, storages=True):
            streams.setdefault(tuple(path[:-1]), []).append(path[-1])
        if "__properties_version1.0" not in streams.get((), []):
            raise limits.MailError(
                "Filen er en OLE-fil, men ikke en Outlook-mail (.msg).",
                "The file is an OLE file but not an Outlook item (.msg).",
            )
        names = read_name_map(ole, streams)
        return _read_message(ole, (), 32, streams, names, depth=0)
    except limits.MailError:
        raise
    except RecursionError as exc:
        raise limits.too_deep() from exc
    except Exception as exc:
        raise limits.damaged() from exc
    finally:
        ole.close()


class _OleFile(olefile.OleFileIO):
    """olefile with two lookups made linear: it checks every stream against a list of the ones
    seen, and finds a stream by scanning its storage's children for every read, so a mail with
    4,000 recipients took minutes. Same results (first match wins, a defect on a stream
    referenced twice); sets and one table per storage instead."""

    def _check_duplicate_stream(self, first_sect, minifat=False):
        if not minifat and first_sect in (olefile.DIFSECT, olefile.FATSECT, olefile.ENDOFCHAIN, olefile.FREESECT):
            return
        seen = self.__dict__.setdefault("_seen_mini" if minifat else "_seen_fat", set())
        if first_sect in seen:
            self._raise_defect(olefile.DEFECT_INCORRECT, "Stream referenced twice")
        seen.add(first_sect)

    def _find(self, filename):
        tables = self.__dict__.setdefault("_kid_tables", {})
        parts = filename.split("/") if isinstance(filename, str) else filename
        node = self.root
        for name in parts:
            table = tables.get(node.sid)
            if table is None:
                table = tables[node.sid] = {}
                for kid in node.kids:
                    table.setdefault(kid.name.lower(), kid)
            node = table.get(name.lower())
            if node is None:
                raise OSError("file not found")
        return node.sid


def _read_message(ole, path, header_size, streams, names, depth: int) -> MailMessage:
    if depth > limits.MAX_DEPTH:
        raise limits.too_deep()
    props = Storage(ole, path, header_size, streams, names=names)
    props.codepage = props.get(0x3FFD) or props.get(0x3FDE) or None
    children = streams.get(path, [])
    attach_dirs = sorted(c for c in children if c.lower().startswith("__attach_version1.0_#"))
    recip_dirs = sorted(c for c in children if c.lower().startswith("__recip_version1.0_#"))
    if len(attach_dirs) > limits.MAX_ATTACHMENTS:
        raise limits.too_many_attachments(len(attach_dirs))
    headers = _transport_headers(props.text(0x007D))
    mail = MailMessage(format="msg")
    mail.message_class = props.text(0x001A) or "IPM.Note"
    mail.subject = props.text(0x0037) or _join(props.text(0x003D), props.text(0x0E1D))
    mail.sender = _sender(props, headers)
    recipients = [_recipient(Storage(ole, path + (d,), 8, streams, props.codepage)) for d in recip_dirs]
    mail.to = [a for kind, a in recipients if kind == 1]
    mail.cc = [a for kind, a in recipients if kind == 2]
    mail.sent = props.get(0x0039) or _header_date(headers)
    mail.received = props.get(0x0E06)
    mail.text, mail.html = _bodies(props)
    mail.message_id = props.text(0x1035) or (headers.get("Message-ID") or "").strip()
    mail.in_reply_to = props.text(0x1042) or (headers.get("In-Reply-To") or "").strip()
    mail.references = (props.text(0x1039) or headers.get("References") or "").split()
    index = props.get(0x0071)
    mail.conversation_index = index if isinstance(index, bytes) else b""
    mail.conversation_topic = props.text(0x0070)
    _kind_details(mail, props)
    for name in attach_dirs:
        mail.attachments.append(
            _attachment(ole, path + (name,), streams, names, props.codepage, depth)
        )
    return mail


def _join(prefix: str, normalized: str) -> str:
    return f"{prefix}{normalized}".strip()


def _transport_headers(raw: str):
    if not raw:
        return {}
    try:
        return HeaderParser(policy=default_policy).parsestr(raw, headersonly=True)
    except Exception:
        return {}


def _header_date(headers):
    try:
        value = headers.get("Date")
        return parsedate_to_datetime(str(value)) if value else None
    except (TypeError, ValueError, IndexError):
        return None


def _smtp(value: str) -> str:
    return value if "@" in value and not value.startswith("/") else ""


def _sender(props: Storage, headers) -> Address:
    name = props.text(0x0C1A, 0x0042)
    kind = props.text(0x0C1E, 0x0064).upper()
    address = props.text(0x5D01, 0x5D02)
    if not address:
        raw = props.text(0x0C1F, 0x0065)
        address = _smtp(raw) if kind == "EX" else raw
    if not _smtp(address) and name and name in (props.text(0x3FF8), props.text(0x3FFA)):
        # A sent item: the creator (or last modifier) is the sender, by SMTP address.
        address = _smtp(props.text(0x5D0A, 0x5D0B)) or address
    if not _smtp(address):
        try:
            parsed = getaddresses([str(headers.get("From") or "")])
        except Exception:
            parsed = []
        if parsed and "@" in parsed[0][1]:
            name = name or parsed[0][0]
            address = parsed[0][1]
        elif kind == "EX":
            address = ""
    return Address(name=name, address=address)


def _recipient(props: Storage) -> tuple[int, Address]:
    kind = props.get(0x0C15, 1)
    name = props.text(0x3001, 0x5FF6)
    address = props.text(0x39FE) or _smtp(props.text(0x3003))
    if not address and props.text(0x3002).upper() != "EX":
        address = props.text(0x3003)
    return int(kind or 1), Address(name=name if name != address else name, address=address)


def _bodies(props: Storage) -> tuple[str, str]:
    text = props.text(0x1000)
    html = ""
    raw_html = props.get(0x1013)
    if isinstance(raw_html, bytes):
        html = decode_bytes(raw_html, props.get(0x3FDE) or _meta_charset(raw_html) or props.codepage, "utf-8")
    elif isinstance(raw_html, str):
        html = raw_html
    if not html and not text:
        # Only without another body: decompressing is a byte loop, and the plain body suffices.
        rtf_raw = props.get(0x1009)
        if isinstance(rtf_raw, bytes) and rtf_raw:
            rtf = decompress(rtf_raw)
            if is_html_in_rtf(rtf):
                html = rtf_to_text(rtf, props.codepage or 1252)
            else:
                text = rtf_to_text(rtf, props.codepage or 1252).strip()
    if not text and html:
        text = html_to_text(html)
    return text.replace("\r\n", "\n").strip(), html


def _meta_charset(raw: bytes) -> int | None:
    m = re.search(rb"charset=[\"']?([A-Za-z0-9_\-]+)", raw[:4096])
    if not m:
        return None
    name = m.group(1).decode("ascii").lower()
    return {"utf-8": 65001, "iso-8859-1": 28591, "windows-1252": 1252, "us-ascii": 20127,
            "iso-2022-jp": 50220, "shift_jis": 932, "koi8-r": 20866, "windows-1251": 1251}.get(name)


def _kind_details(mail: MailMessage, props: Storage) -> None:
    kind = mail.kind
    if kind in ("appointment", "meeting_request", "meeting_cancellation"):
        def named(guid, lid):
            prop_id = props.named(guid, lid)
            return props.get(prop_id) if prop_id else None
        start = named(PSETID_APPOINTMENT, 0x820D) or props.get(0x0060)
        end = named(PSETID_APPOINTMENT, 0x820E) or props.get(0x0061)
        location = named(PSETID_APPOINTMENT, 0x8208) or named(PSETID_MEETING, 0x0002) or ""
        if isinstance(location, bytes):
            location = decode_bytes(location, props.codepage)
        mail.meeting = MeetingInfo(start=start, end=end, location=str(location).strip())
    elif kind == "contact":
        for key, prop_id in _CONTACT_FIELDS:
            value = props.text(prop_id)
            if value:
                mail.details[key] = value
        email_id = props.named(PSETID_ADDRESS, 0x8083)
        if email_id:
            value = props.text(email_id)
            if value:
                mail.details["email"] = value
    elif kind == "task":
        for key, lid in (("start", 0x8104), ("due", 0x8105)):
            prop_id = props.named(PSETID_TASK, lid)
            value = props.get(prop_id) if prop_id else None
            if value is not None and hasattr(value, "isoformat"):
                mail.details[key] = value.isoformat()


def _attachment(ole, path, streams, names, codepage, depth) -> Attachment:
    props = Storage(ole, path, 8, streams, codepage, names)
    name = props.text(0x3707, 0x3704, 0x3001) or "bilag"
    mime = props.text(0x370E)
    method = props.get(0x3705, 1)
    flags = props.get(0x3714, 0) or 0
    content_id = props.text(0x3712)
    hidden = bool(props.get(0x7FFE, False))
    if _EMBEDDED in streams.get(path, []) or (method == 5 and props.ptype(0x3701) == PT_OBJECT):
        inner = _read_message(ole, path + (_EMBEDDED,), 24, streams, names, depth + 1)
        label = props.text(0x3001) or inner.subject or "mail"
        return Attachment(
            name=label if label.lower().endswith((".msg", ".eml")) else f"{label}.msg",
            content_type="application/vnd.ms-outlook",
            message=inner,
            size_hint=_storage_size(ole, path, streams),
        )
    data = props.get(0x3701)
    if not isinstance(data, bytes):
        data = b""
    if not mime:
        mime = mimetypes.guess_type(name)[0] or "application/octet-stream"
    limits.check_zip(name, data)
    return Attachment(
        name=name, content_type=mime.lower(), data=data,
        inline=bool(flags & 0x4) or hidden or bool(content_id and mime.startswith("image/")),
        content_id=content_id.strip("<>"),
    )


def _storage_size(ole, path, streams) -> int:
    total = 0
    for child in streams.get(path, []):
        sub = path + (child,)
        if sub in streams:
            total += _storage_size(ole, sub, streams)
        else:
            try:
                total += ole.get_size(list(sub))
            except Exception:
                pass
    return total
