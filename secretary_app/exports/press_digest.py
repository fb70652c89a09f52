"""The press digest as plain data, and as an HTML mail body ready to paste into Outlook.

Outlook's editor keeps inline styles and simple tables only, so the body uses nothing else: no
classes, no style sheet, no images. The DOCX and PDF writers take the same ``Digest``.
"""

from __future__ import annotations

import html
from dataclasses import dataclass, field
from pathlib import Path

from secretary_app.exports.atomic import write_text_atomic


@dataclass(frozen=True)
class DigestClipping:
    title: str
    outlet: str
    date: str  # already formatted (Danish or English)
    url: str
    summary: str
    tone: str = ""  # already a label, "" when not set


@dataclass
class DigestTopic:
    name: str
    clippings: list[DigestClipping] = field(default_factory=list)


@dataclass
class DigestSection:
    heading: str  # the member's name, or "Hele gruppen"
    topics: list[DigestTopic] = field(default_factory=list)


@dataclass
class Digest:
    title: str  # "Presseklip for Mette Hansen"
    subtitle: str  # the group and the period
    sections: list[DigestSection]
    empty_text: str  # shown when there is nothing
    footer: str = ""
    labels: dict[str, str] = field(default_factory=dict)  # "read" (link text), "tone"

    @property
    def count(self) -> int:
        return sum(len(t.clippings) for s in self.sections for t in s.topics)


def _e(text: str) -> str:
    return html.escape(text or "", quote=True)


FONT = "font-family:Calibri,Arial,sans-serif;"


def digest_html(digest: Digest, *, full_page: bool = True) -> str:
    parts = [f'<h1 style="{FONT}font-size:18pt;margin:0 0 4pt 0;">{_e(digest.title)}</h1>',
             f'<p style="{FONT}font-size:10pt;color:#555555;margin:0 0 12pt 0;">{_e(digest.subtitle)}</p>']
    if not digest.count:
        parts.append(f'<p style="{FONT}font-size:11pt;">{_e(digest.empty_text)}</p>')
    for section in digest.sections:
        parts.append(f'<h2 style="{FONT}font-size:14pt;margin:14pt 0 4pt 0;border-bottom:1px solid #cccccc;">'
                     f'{_e(section.heading)}</h2>')
        for topic in section.topics:
            parts.append(f'<h3 style="{FONT}font-size:11pt;margin:8pt 0 2pt 0;color:#8a4b08;">{_e(topic.name)}</h3>')
            for c in topic.clippings:
                meta = " · ".join(x for x in (c.outlet, c.date, c.tone) if x)
                head = _e(c.title)
                if c.url:
                    head = f'<a href="{_e(c.url)}" style="color:#1f4e79;">{head}</a>'
                parts.append(f'<p style="{FONT}font-size:11pt;margin:4pt 0 0 0;"><b>{head}</b><br>'
                             f'<span style="font-size:9pt;color:#555555;">{_e(meta)}</span></p>')
                if c.summary:
                    parts.append(f'<p style="{FONT}font-size:10pt;margin:2pt 0 6pt 0;">{_e(c.summary)}</p>')
    if digest.footer:
        parts.append(f'<p style="{FONT}font-size:8pt;color:#777777;margin-top:16pt;">{_e(digest.footer)}</p>')
    body = "\n".join(parts)
    if not full_page:
        return body
    return ('<!DOCTYPE html>\n<html lang="da"><head><meta charset="utf-8">'
            f'<title>{_e(digest.title)}</title></head>\n<body>\n{body}\n</body></html>\n')


def write_html(digest: Digest, target: Path | str) -> Path:
    return write_text_atomic(target, digest_html(digest))


def write_docx(digest: Digest, target: Path | str) -> Path:
    from secretary_app.exports.press_digest_docx import write_docx as _write

    return _write(digest, target)


def write_pdf(digest: Digest, target: Path | str) -> Path:
    from secretary_app.exports.press_digest_pdf import write_pdf as _write

    return _write(digest, target)
