"""Outlook's compressed RTF (MS-OXRTFCP) and the text in an RTF body (MS-OXRTFEX for HTML)."""

from __future__ import annotations

import re
import struct

from secretary_app.domain.mail.codepages import decode_bytes
from secretary_app.domain.mail.limits import MAX_EXPANDED_BYTES

_PREBUF = (
    b"{\\rtf1\\ansi\\mac\\deff0\\deftab720{\\fonttbl;}{\\f0\\fnil \\froman \\fswiss \\fmodern "
    b"\\fscript \\fdecor MS Sans SerifSymbolArialTimes New RomanCourier{\\colortbl\\red0\\green0"
    b"\\blue0\r\n\\par \\pard\\plain\\f0\\fs20\\b\\i\\u\\tab\\tx"
)
_COMPRESSED = 0x75465A4C  # "LZFu"
_UNCOMPRESSED = 0x414C454D  # "MELA"


def decompress(data: bytes, limit: int = MAX_EXPANDED_BYTES) -> bytes:
    """The RTF inside PidTagRtfCompressed; stops at ``limit`` bytes of output."""
    if len(data) < 16:
        return b""
    comp_size, raw_size, kind, _crc = struct.unpack_from("<IIII", data, 0)
    body = data[16 : 4 + comp_size]
    if kind == _UNCOMPRESSED:
        return body[: min(raw_size, limit)]
    if kind != _COMPRESSED:
        return b""
    window = bytearray(4096)
    window[: len(_PREBUF)] = _PREBUF
    write = len(_PREBUF)
    out = bytearray()
    pos, end = 0, len(body)
    cap = min(raw_size, limit)
    while pos < end and len(out) < cap:
        control = body[pos]
        pos += 1
        for bit in range(8):
            if pos >= end:
                break
            if control & (1 << bit):
                if pos + 1 >= end:
                    return bytes(out)
                ref = (body[pos] << 8) | body[pos + 1]
                pos += 2
                offset, length = ref >> 4, (ref & 0xF) + 2
                if offset == write:
                    return bytes(out)
                for i in range(length):
                    byte = window[(offset + i) & 0xFFF]
                    out.append(byte)
                    window[write] = byte
                    write = (write + 1) & 0xFFF
            else:
                byte = body[pos]
                pos += 1
                out.append(byte)
                window[write] = byte
                write = (write + 1) & 0xFFF
    return bytes(out[:cap])


_TOKEN = re.compile(
    rb"\\([a-zA-Z]{1,32})(-?\d{1,10})? ?|\\'([0-9a-fA-F]{2})|\\(.)|([{}])|(\r\n|\r|\n)|([^\\{}\r\n]+)",
    re.S,
)
_SKIP_DESTINATIONS = {
    b"fonttbl", b"colortbl", b"stylesheet", b"info", b"pict", b"object", b"header", b"footer",
    b"headerl", b"headerr", b"footerl", b"footerr", b"xmlnstbl", b"listtable", b"listoverridetable",
    b"rsidtbl", b"generator", b"themedata", b"colorschememapping", b"latentstyles", b"datastore",
    b"pgdsctbl", b"filetbl", b"revtbl", b"mmathPr", b"fldinst",
}
_SYMBOLS = {b"par": "\n", b"line": "\n", b"tab": "\t", b"emdash": "—", b"endash": "–",
            b"bullet": "•", b"lquote": "‘", b"rquote": "’", b"ldblquote": "“", b"rdblquote": "”",
            b"emspace": " ", b"enspace": " ", b"sect": "\n", b"row": "\n", b"cell": "\t",
            b"page": "\n"}


def is_html_in_rtf(rtf: bytes) -> bool:
    return b"\\fromhtml" in rtf[:1024]


def rtf_to_text(rtf: bytes, default_codepage: int = 1252) -> str:
    """Text of an RTF body, or for encapsulated HTML (``\\fromhtml1``) the HTML itself."""
    html_mode = is_html_in_rtf(rtf)
    m = re.search(rb"\\ansicpg(\d+)", rtf[:2048])
    codepage = int(m.group(1)) if m else default_codepage
    out: list[str] = []
    pending = bytearray()
    # Per group: (skipping, in htmltag, uc skip count, htmlrtf suppressed)
    stack: list[list] = []
    state = [False, False, 1, False]
    skip_chars = 0
    star = False

    def flush() -> None:
        if pending:
            out.append(decode_bytes(bytes(pending), codepage))
            pending.clear()

    def emit(text: str | bytes) -> None:
        if state[0]:
            return
        if html_mode and state[3] and not state[1]:
            return
        if isinstance(text, bytes):
            pending.extend(text)
        else:
            flush()
            out.append(text)

    for match in _TOKEN.finditer(rtf):
        word, arg, hexbyte, symbol, brace, newline, text = match.groups()
        if skip_chars and (hexbyte or text):
            if text:
                if len(text) <= skip_chars:
                    skip_chars -= len(text)
                    continue
                text = text[skip_chars:]
                skip_chars = 0
            else:
                skip_chars -= 1
                continue
        if brace == b"{":
            stack.append(list(state))
            star = False
        elif brace == b"}":
            if stack:
                state = stack.pop()
        elif word is not None:
            if star:
                star = False
                if html_mode and word == b"htmltag":
                    state[1] = True
                else:
                    state[0] = True
                continue
            if word in _SKIP_DESTINATIONS:
                state[0] = True
                continue
            if word == b"htmlrtf":
                state[3] = arg != b"0"
            elif word == b"uc":
                state[2] = int(arg or 1)
            elif word == b"u":
                value = int(arg or 0)
                if value < 0:
                    value += 65536
                emit(chr(value) if value < 0x110000 else "")
                skip_chars = state[2]
            elif word in _SYMBOLS:
                if html_mode and word == b"par" and not state[1] and state[3]:
                    continue
                emit("\r\n" if html_mode and word == b"par" else _SYMBOLS[word])
        elif hexbyte is not None:
            emit(bytes([int(hexbyte, 16)]))
        elif symbol is not None:
            if symbol == b"*":
                star = True
            elif symbol in (b"\\", b"{", b"}"):
                emit(symbol)
            elif symbol == b"~":
                emit("\xa0")
            elif symbol in (b"\n", b"\r"):
                emit("\n")
            elif symbol == b"-" or symbol == b"_":
                emit("-" if symbol == b"_" else "")
        elif text is not None:
            emit(text)
        # newlines in RTF source are not text
    flush()
    return "".join(out)
