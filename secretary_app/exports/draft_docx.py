"""A draft as a Word document (python-docx, no Qt): A4, headings as Word headings, bullet and
numbered lists as Word list styles, bold/italic/underline kept, line breaks as breaks."""

from __future__ import annotations

import re
from pathlib import Path

from docx import Document
from docx.shared import Mm, Pt

from secretary_app.domain.draft_html import parse_blocks
from secretary_app.exports.atomic import atomic_output
from secretary_app.exports.draft_document import ExportDoc

# XML 1.0 cannot hold these; the service refuses them, this is the last line of defence.
_XML_BAD = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff]")


def _clean(text: str) -> str:
    return _XML_BAD.sub("", text)


def build_document(doc: ExportDoc) -> Document:
    document = Document()
    section = document.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    for side in ("left_margin", "right_margin"):
        setattr(section, side, Mm(25))
    section.top_margin = section.bottom_margin = Mm(20)
    normal = document.styles["Normal"]
    normal.font.size = Pt(11)
    props = document.core_properties
    props.title = doc.title
    props.author = doc.member_name
    props.subject = doc.kind_label
    props.comments = f"{doc.kind_label} – {doc.group_name}"
    props.language = "da-DK"
    available = {s.name for s in document.styles}
    for block in parse_blocks(doc.body, doc.body_format):
        if block.kind == "heading":
            style = f"Heading {max(1, min(9, block.level))}"
        elif block.kind in ("bullet", "number"):
            base = "List Bullet" if block.kind == "bullet" else "List Number"
            style = base if block.level <= 1 else f"{base} {min(block.level, 3)}"
        else:
            style = None
        if style is not None and style not in available:
            style = None
        para = document.add_paragraph(style=style)
        for run in block.runs:
            text = _clean(run.text)
            if not text:
                continue
            r = para.add_run(text)  # "\n" becomes a line break
            if run.bold:
                r.bold = True
            if run.italic:
                r.italic = True
            if run.underline:
                r.underline = True
    return document


def write_docx(doc: ExportDoc, target: Path | str) -> Path:
    document = build_document(doc)
    with atomic_output(target) as tmp:
        document.save(str(tmp))
    return Path(target)
