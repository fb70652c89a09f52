"""Test mails made on the fly: Danish MIME mails with the email package, and small Outlook
.msg files through a tiny compound-file (OLE) writer of our own.

The writer keeps streams under 4,096 bytes in the mini stream (64-byte sectors), larger ones
in 512-byte sectors, and balances each storage's children; no DIFAT, so files stay under 7 MB.
"""

from __future__ import annotations

import datetime as dt
import struct
import uuid
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime, make_msgid

ENDOFCHAIN, FREESECT, FATSECT = 0xFFFFFFFE, 0xFFFFFFFF, 0xFFFFFFFD
NOSTREAM = 0xFFFFFFFF
SECTOR = 512


# --- MIME -------------------------------------------------------------------------------

def danish_mail(*, sender=("Anna Jensen", "anna.jensen@kk-demo.dk"), to=("Lise Holm", "lise@kk-demo.dk"),
                subject="Vejbump på Skolevej", body="Hej Lise\n\nKan du finde tallene?\n\nMvh Anna",
                sent=dt.datetime(2026, 3, 3, 9, 15, tzinfo=dt.timezone(dt.timedelta(hours=1))),
                message_id=None, in_reply_to=None, references=None, attachments=(), html=None) -> bytes:
    msg = EmailMessage()
    msg["From"] = f"{sender[0]} <{sender[1]}>"
    msg["To"] = f"{to[0]} <{to[1]}>"
    msg["Subject"] = subject
    msg["Date"] = format_datetime(sent)
    msg["Message-ID"] = message_id or make_msgid(domain="kk-demo.dk")
    if in_reply_to:
        msg["In-Reply-To"] = in_reply_to
    if references:
        msg["References"] = " ".join(references)
    msg.set_content(body)
    if html:
        msg.add_alternative(html, subtype="html")
    for name, ctype, data in attachments:
        maintype, _, subtype = ctype.partition("/")
        msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=name)
    return msg.as_bytes(policy=SMTP)


# --- compound file ----------------------------------------------------------------------

def _cfb_key(name: str):
    return (len(name), name.upper())


class _Entry:
    def __init__(self, name, kind, data=b"", children=None):
        self.name, self.kind, self.data = name, kind, data
        self.children = children or []
        self.sid = 0
        self.left = self.right = self.child = NOSTREAM
        self.start, self.size = ENDOFCHAIN, 0


def _build(name, node, kind=1):
    if isinstance(node, (bytes, bytearray)):
        return _Entry(name, 2, bytes(node))
    entry = _Entry(name, kind)
    entry.children = [_build(k, v) for k, v in node.items()]
    return entry


def _flatten(root):
    out, stack = [], [root]
    while stack:
        e = stack.pop()
        e.sid = len(out)
        out.append(e)
        stack.extend(reversed(e.children))
    return out


def _tree(children):
    """Balanced binary tree of siblings; returns the root's sid."""
    items = sorted(children, key=lambda e: _cfb_key(e.name))

    def build(lo, hi):
        if lo >= hi:
            return NOSTREAM
        mid = (lo + hi) // 2
        items[mid].left = build(lo, mid)
        items[mid].right = build(mid + 1, hi)
        return items[mid].sid

    return build(0, len(items))


def ole_bytes(tree: dict) -> bytes:
    """A compound file from nested dicts: a dict is a storage, bytes are a stream."""
    root = _build("Root Entry", tree, kind=5)
    entries = _flatten(root)
    for e in entries:
        if e.kind in (1, 5):
            e.child = _tree(e.children)
    sectors: list[bytes] = []
    fat: list[int] = []

    def chain(blob: bytes) -> int:
        count = (len(blob) + SECTOR - 1) // SECTOR
        start = len(sectors)
        for i in range(count):
            sectors.append(blob[i * SECTOR:(i + 1) * SECTOR].ljust(SECTOR, b"\0"))
            fat.append(len(sectors) if i < count - 1 else ENDOFCHAIN)
        return start

    mini = bytearray()
    minifat: list[int] = []
    for e in entries:
        if e.kind != 2 or not e.data:
            continue
        e.size = len(e.data)
        if len(e.data) >= 4096:
            e.start = chain(e.data)
            continue
        count = (len(e.data) + 63) // 64
        e.start = len(minifat)
        for i in range(count):
            mini += e.data[i * 64:(i + 1) * 64].ljust(64, b"\0")
            minifat.append(len(minifat) + 1 if i < count - 1 else ENDOFCHAIN)
    if mini:
        root.start, root.size = chain(bytes(mini)), len(mini)
        minifat.extend([FREESECT] * ((-len(minifat)) % 128))
        minifat_start, minifat_count = chain(struct.pack(f"<{len(minifat)}I", *minifat)), len(minifat) // 128
    else:
        minifat_start, minifat_count = ENDOFCHAIN, 0
    dir_blob = b"".join(_dir_entry(e) for e in entries)
    dir_blob += _empty_dir() * ((-len(entries)) % 4)
    dir_start = len(sectors)
    dir_count = len(dir_blob) // SECTOR
    for i in range(dir_count):
        sectors.append(dir_blob[i * SECTOR:(i + 1) * SECTOR])
        fat.append(dir_start + i + 1 if i < dir_count - 1 else ENDOFCHAIN)
    fat_count = 1
    while (len(sectors) + fat_count) > fat_count * 128:
        fat_count += 1
    if fat_count > 109:
        raise ValueError("test OLE writer: too big (no DIFAT)")
    fat_start = len(sectors)
    fat.extend([FATSECT] * fat_count)
    fat.extend([FREESECT] * (fat_count * 128 - len(fat)))
    fat_blob = struct.pack(f"<{len(fat)}I", *fat)
    for i in range(fat_count):
        sectors.append(fat_blob[i * SECTOR:(i + 1) * SECTOR])
    difat = list(range(fat_start, fat_start + fat_count)) + [FREESECT] * (109 - fat_count)
    header = struct.pack(
        "<8s16sHHHHH6sIIIIIIIII",
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", b"\0" * 16, 0x3E, 3, 0xFFFE, 9, 6, b"\0" * 6,
        0, fat_count, dir_start, 0, 4096, minifat_start, minifat_count, ENDOFCHAIN, 0,
    ) + struct.pack("<109I", *difat)
    return header + b"".join(sectors)


def _dir_entry(e: _Entry) -> bytes:
    name = e.name.encode("utf-16-le")[:62]
    return struct.pack(
        "<64sHBBIII16sIQQIII",
        name.ljust(64, b"\0"), len(name) + 2, e.kind, 1, e.left, e.right, e.child,
        b"\0" * 16, 0, 0, 0, e.start if e.kind in (2, 5) else ENDOFCHAIN, e.size, 0,
    )


def _empty_dir() -> bytes:
    return struct.pack("<64sHBBIII16sIQQIII", b"\0" * 64, 0, 0, 0, NOSTREAM, NOSTREAM, NOSTREAM,
                       b"\0" * 16, 0, 0, 0, 0, 0, 0)


# --- Outlook .msg -----------------------------------------------------------------------

PT_LONG, PT_BOOLEAN, PT_STRING8, PT_UNICODE, PT_SYSTIME, PT_BINARY, PT_OBJECT = 3, 0xB, 0x1E, 0x1F, 0x40, 0x102, 0xD
PSETID_APPOINTMENT = uuid.UUID("00062002-0000-0000-c000-000000000046")


def filetime(when: dt.datetime) -> int:
    return int((when - dt.datetime(1601, 1, 1, tzinfo=dt.timezone.utc)).total_seconds() * 10_000_000)


def _props_storage(props: list[tuple[int, int, object]], header: bytes, codepage: str = "cp1252") -> dict:
    fixed = bytearray(header)
    streams: dict = {}
    for prop_id, ptype, value in props:
        tag = (prop_id << 16) | ptype
        if ptype in (PT_UNICODE, PT_STRING8, PT_BINARY):
            if ptype == PT_UNICODE:
                data = str(value).encode("utf-16-le") + b"\0\0"
            elif ptype == PT_STRING8:
                data = (value if isinstance(value, bytes) else str(value).encode(codepage)) + b"\0"
            else:
                data = bytes(value)
            streams[f"__substg1.0_{tag:08X}"] = data
            fixed += struct.pack("<IIII", tag, 6, len(data), 0)
        elif ptype == PT_OBJECT:
            fixed += struct.pack("<IIII", tag, 6, 0xFFFFFFFF, 0)
        elif ptype == PT_SYSTIME:
            fixed += struct.pack("<IIQ", tag, 6, filetime(value))
        elif ptype == PT_BOOLEAN:
            fixed += struct.pack("<IIII", tag, 6, 1 if value else 0, 0)
        else:
            fixed += struct.pack("<IIiI", tag, 6, int(value), 0)
    streams["__properties_version1.0"] = bytes(fixed)
    return streams


def msg_tree(props, recipients=(), attachments=(), *, embedded=False, codepage="cp1252") -> dict:
    """The storages of one message; ``attachments`` items are (props, data) or (props, msg_tree)."""
    header = b"\0" * 8 + struct.pack("<IIII", len(recipients), len(attachments), len(recipients), len(attachments))
    if not embedded:
        header += b"\0" * 8
    tree = _props_storage(props, header, codepage)
    for i, rprops in enumerate(recipients):
        tree[f"__recip_version1.0_#{i:08X}"] = _props_storage(rprops, b"\0" * 8, codepage)
    for i, (aprops, content) in enumerate(attachments):
        if isinstance(content, dict):
            storage = _props_storage(list(aprops) + [(0x3701, PT_OBJECT, None), (0x3705, PT_LONG, 5)],
                                     b"\0" * 8, codepage)
            storage["__substg1.0_3701000D"] = content
        else:
            storage = _props_storage(list(aprops) + [(0x3701, PT_BINARY, content), (0x3705, PT_LONG, 1)],
                                     b"\0" * 8, codepage)
        tree[f"__attach_version1.0_#{i:08X}"] = storage
    return tree


def name_map(entries: list[tuple[uuid.UUID, int]]) -> dict:
    """``__nameid_version1.0`` for numeric named properties; the n-th gets id 0x8000 + n."""
    guids: list[uuid.UUID] = []
    table = bytearray()
    for n, (guid, lid) in enumerate(entries):
        if guid not in guids:
            guids.append(guid)
        index = guids.index(guid) + 3
        table += struct.pack("<II", lid, (n << 16) | (index << 1))
    return {
        "__substg1.0_00020102": b"".join(g.bytes_le for g in guids),
        "__substg1.0_00030102": bytes(table),
        "__substg1.0_00040102": b"",
    }


def simple_msg(subject="Vejbump på Skolevej", body="Hej Lise\n\nKan du finde tallene?\n\nMvh Anna",
               sender=("Anna Jensen", "anna.jensen@kk-demo.dk"), message_class="IPM.Note",
               sent=dt.datetime(2026, 3, 3, 8, 15, tzinfo=dt.timezone.utc), attachments=(),
               unicode=True, codepage=1252, extra=(), recipients=None) -> dict:
    ptype = PT_UNICODE if unicode else PT_STRING8
    cp = f"cp{codepage}"
    props = [
        (0x001A, ptype, message_class), (0x0037, ptype, subject), (0x1000, ptype, body),
        (0x0C1A, ptype, sender[0]), (0x0C1F, ptype, sender[1]), (0x0C1E, ptype, "SMTP"),
        (0x0039, PT_SYSTIME, sent), (0x3FFD, PT_LONG, codepage), *extra,
    ]
    recips = recipients if recipients is not None else [
        [(0x3001, ptype, "Lise Holm"), (0x3003, ptype, "lise@kk-demo.dk"), (0x3002, ptype, "SMTP"),
         (0x0C15, PT_LONG, 1)]]
    atts = [([(0x3707, ptype, name), (0x370E, ptype, ctype)], data) for name, ctype, data in attachments]
    return msg_tree(props, recips, atts, codepage=cp)
