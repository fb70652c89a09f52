"""Windows code page numbers (PidTagMessageCodepage, RTF \\ansicpg) to Python codecs."""

from __future__ import annotations

import codecs

_NAMES = {
    65001: "utf-8", 65000: "utf-7", 20127: "ascii", 1200: "utf-16-le", 1201: "utf-16-be",
    50220: "iso2022_jp", 50221: "iso2022_jp", 50222: "iso2022_jp", 51932: "euc_jp",
    51949: "euc_kr", 52936: "hz", 54936: "gb18030", 936: "gbk", 20866: "koi8_r",
    21866: "koi8_u", 10000: "mac_roman", 10007: "mac_cyrillic", 20932: "euc_jp",
    **{28590 + n: f"iso8859_{n}" for n in range(1, 16) if n not in (12,)},
}


def codec_for(codepage: int | None, fallback: str = "cp1252") -> str:
    if not codepage:
        return fallback
    name = _NAMES.get(int(codepage), f"cp{int(codepage)}")
    try:
        return codecs.lookup(name).name
    except LookupError:
        return fallback


def decode_bytes(data: bytes, codepage: int | None, fallback: str = "cp1252") -> str:
    return data.decode(codec_for(codepage, fallback), errors="replace")
