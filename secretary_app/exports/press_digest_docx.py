"""The press digest as a Word document (python-docx, no Qt): member and topic as headings, each
clipping's headline as a link, then outlet, date and summary."""

from __future__ import annotations

import re
from pathlib import Path

from docx import Document
from docx.opc.constants import RELATIONSHIP_TYPE
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

from secretary_app.exports.atomic import atomic_output
from secretary_app.exports.press_digest import Digest

_XML_BAD = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff]")


def _clean(text: str) -> str:
    return _XML_BAD.sub("", text or "")


def _hyperlink(paragraph, url: str, text: str) -> None:
    rel = paragraph.part.relate_to(url, RELATIONSHIP_TYPE.HYPERLINK, is_external=True)
    link = OxmlElement("w:hyperlink")
    link.set(qn("r:id"), rel)
    run = OxmlElement("w:r")
    props = OxmlElement("w:rPr")
    for tag, attr in (("w:color", "1F4E79"), ("w:u", "single")):
        el = OxmlElement(tag)
        el.set(qn("w:val"), attr)
        props.append(el)
    props.append(OxmlElement("w:b"))
    run.append(props)
    t = OxmlElement("w:t")
    t.text = text
    t.set(qn("xml:space"), "preserve")
    run.append(t)
    link.append(run)
    paragraph._p.append(link)


def build_document(digest: Digest) -> Document:
    document = Document()
    section = document.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.left_margin = section.right_margin = Mm(22)
    section.top_margin = section.bottom_margin = Mm(20)
    document.styles["Normal"].font.size = Pt(10.5)
    props = document.core_properties
    props.title = _clean(digest.title)
    props.subject = _clean(digest.subtitle)
    props.language = "da-DK"
    document.add_heading(_clean(digest.title), level=0)
    sub = document.add_paragraph(_clean(digest.subtitle))
    sub.runs[0].font.color.rgb = RGBColor(0x55, 0x55, 0x55)
    if not digest.count:
        document.add_paragraph(_clean(digest.empty_text))
    for sec in digest.sections:
        document.add_heading(_clean(sec.heading), level=1)
        for topic in sec.topics:
            document.add_heading(_clean(topic.name), level=2)
            for c in topic.clippings:
                head = document.add_paragraph()
                if c.url.startswith(("http://", "https://")):
                    _hyperlink(head, c.url, _clean(c.title))
                else:
                    head.add_run(_clean(c.title)).bold = True
                meta = " · ".join(x for x in (c.outlet, c.date, c.tone) if x)
                if meta:
                    run = document.add_paragraph().add_run(_clean(meta))
                    run.font.size = Pt(9)
                    run.font.color.rgb = RGBColor(0x55, 0x55, 0x55)
                if c.summary:
                    document.add_paragraph(_clean(c.summary))
    if digest.footer:
        run = document.add_paragraph().add_run(_clean(digest.footer))
        run.font.size = Pt(8)
    return document


def write_docx(digest: Digest, target: Path | str) -> Path:
    document = build_document(digest)
    with atomic_output(target) as tmp:
        document.save(str(tmp))
    return Path(target)
