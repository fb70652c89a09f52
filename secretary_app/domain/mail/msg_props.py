"""The property streams of one MS-OXMSG storage (message, recipient, attachment)."""

from __future__ import annotations

import datetime as dt
import struct
import uuid

from secretary_app.domain.mail.codepages import decode_bytes

PT_SHORT, PT_LONG, PT_FLOAT, PT_DOUBLE, PT_CURRENCY, PT_APPTIME = 0x02, 0x03, 0x04, 0x05, 0x06, 0x07
PT_ERROR, PT_BOOLEAN, PT_OBJECT, PT_LONGLONG = 0x0A, 0x0B, 0x0D, 0x14
PT_STRING8, PT_UNICODE, PT_SYSTIME, PT_CLSID, PT_BINARY = 0x1E, 0x1F, 0x40, 0x48, 0x102
_VARIABLE = {PT_STRING8, PT_UNICODE, PT_BINARY, PT_OBJECT}
_FILETIME_EPOCH = dt.datetime(1601, 1, 1, tzinfo=dt.timezone.utc)
MAX_STREAM = 60 * 1024 * 1024


def filetime(value: int) -> dt.datetime | None:
    # 0 and the 'never' value (year 4501) Outlook writes for unset times.
    if value <= 0 or value >= 0x0CB3_4557_0000_0000:
        return None
    try:
        return _FILETIME_EPOCH + dt.timedelta(microseconds=value // 10)
    except OverflowError:
        return None


class Storage:
    """Properties of one storage, by property id, with strings decoded in its code page."""

    def __init__(self, ole, path: tuple[str, ...], header_size: int, streams: dict[tuple, list[str]],
                 codepage: int | None = None, names: dict[int, tuple] | None = None):
        self.ole = ole
        self.path = path
        self.codepage = codepage
        self.names = names or {}
        self.raw: dict[int, tuple[int, object]] = {}
        children = streams.get(path, [])
        self.children = children
        self._read_fixed(header_size, set(children))
        for name in children:
            if name.lower().startswith("__substg1.0_") and len(name) == 20:
                try:
                    tag = int(name[12:], 16)
                except ValueError:
                    continue
                prop_id, ptype = tag >> 16, tag & 0xFFFF
                if prop_id not in self.raw and ptype in _VARIABLE:
                    self.raw[prop_id] = (ptype, None)

    def _stream(self, name: str) -> bytes | None:
        path = list(self.path) + [name]
        try:
            if self.ole.get_size(path) > MAX_STREAM:
                return None
            return self.ole.openstream(path).read()
        except (OSError, ValueError, KeyError, IndexError, TypeError):
            return None

    def _read_fixed(self, header_size: int, children: set[str]) -> None:
        data = self._stream("__properties_version1.0") if "__properties_version1.0" in children else None
        if not data:
            return
        self.header = data[:header_size]
        for offset in range(header_size, len(data) - 15, 16):
            tag, _flags = struct.unpack_from("<II", data, offset)
            value = data[offset + 8 : offset + 16]
            prop_id, ptype = tag >> 16, tag & 0xFFFF
            self.raw[prop_id] = (ptype, value)

    def header_counts(self) -> tuple[int, int]:
        """Recipient and attachment counts from a message storage's header."""
        header = getattr(self, "header", b"")
        if len(header) >= 24:
            return struct.unpack_from("<II", header, 16)
        return 0, 0

    def has(self, prop_id: int) -> bool:
        return prop_id in self.raw

    def ptype(self, prop_id: int) -> int | None:
        entry = self.raw.get(prop_id)
        return entry[0] if entry else None

    def _variable(self, prop_id: int, ptype: int) -> bytes | None:
        return self._stream(f"__substg1.0_{prop_id:04X}{ptype:04X}")

    def get(self, prop_id: int, default=None):
        entry = self.raw.get(prop_id)
        if entry is None:
            return default
        ptype, value = entry
        if ptype in (PT_UNICODE, PT_STRING8):
            data = self._variable(prop_id, ptype)
            if data is None:
                return default
            if ptype == PT_UNICODE:
                return data.decode("utf-16-le", errors="replace").rstrip("\x00")
            return decode_bytes(data, self.codepage).rstrip("\x00")
        if ptype == PT_BINARY:
            data = self._variable(prop_id, ptype)
            return default if data is None else data
        if value is None:
            return default
        if ptype == PT_SHORT:
            return struct.unpack_from("<h", value)[0]
        if ptype in (PT_LONG, PT_ERROR):
            return struct.unpack_from("<i", value)[0]
        if ptype == PT_BOOLEAN:
            return bool(struct.unpack_from("<H", value)[0])
        if ptype == PT_LONGLONG:
            return struct.unpack_from("<q", value)[0]
        if ptype == PT_SYSTIME:
            return filetime(struct.unpack_from("<Q", value)[0])
        if ptype == PT_DOUBLE:
            return struct.unpack_from("<d", value)[0]
        return default

    def text(self, *prop_ids: int) -> str:
        for prop_id in prop_ids:
            value = self.get(prop_id)
            if isinstance(value, bytes):
                value = decode_bytes(value, self.codepage)
            if isinstance(value, str) and value.strip():
                return value.strip()
        return ""

    def named(self, guid: uuid.UUID, lid: int | str) -> int | None:
        """Property id of a named property (PSETID + LID or name) in this file's map."""
        for prop_id, key in self.names.items():
            if key == (guid, lid):
                return prop_id
        return None


def read_name_map(ole, streams: dict[tuple, list[str]]) -> dict[int, tuple]:
    """``__nameid_version1.0``: property id 0x8000+n -> (property set GUID, LID or name)."""
    base = ("__nameid_version1.0",)
    if base not in streams:
        return {}

    def stream(name: str) -> bytes:
        try:
            return ole.openstream(list(base) + [name]).read()
        except (OSError, ValueError, KeyError, IndexError, TypeError):
            return b""

    guids_raw = stream("__substg1.0_00020102")
    entries = stream("__substg1.0_00030102")
    strings = stream("__substg1.0_00040102")
    guids = [uuid.UUID(bytes_le=guids_raw[i : i + 16]) for i in range(0, len(guids_raw) - 15, 16)]
    mapi = uuid.UUID("00020328-0000-0000-c000-000000000046")
    public = uuid.UUID("00020329-0000-0000-c000-000000000046")
    out: dict[int, tuple] = {}
    for offset in range(0, len(entries) - 7, 8):
        ident, info = struct.unpack_from("<II", entries, offset)
        is_string = info & 1
        guid_index = (info >> 1) & 0x7FFF
        prop_index = info >> 16
        if guid_index == 1:
            guid = mapi
        elif guid_index == 2:
            guid = public
        elif 3 <= guid_index < len(guids) + 3:
            guid = guids[guid_index - 3]
        else:
            continue
        if is_string:
            if ident + 4 > len(strings):
                continue
            (length,) = struct.unpack_from("<I", strings, ident)
            key: int | str = strings[ident + 4 : ident + 4 + length].decode("utf-16-le", "replace")
        else:
            key = ident
        out[0x8000 + prop_index] = (guid, key)
    return out
