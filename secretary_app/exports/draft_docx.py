"""A draft as a Word document (python-docx, no Qt): A4, headings as Word headings, bullet and
numbered lists as Word list styles, bold/italic/underline kept, line breaks as breaks.

Marked Danish (``da-DK``) in the style defaults so Word spell-checks in Danish; page numbers in
the footer; fonts and heading colours as in the PDF (``draft_pdf``: DejaVu Sans, black headings
at Qt's sizes). A speech is a manuscript: large type, 1.5 line spacing, a wide left margin
for the speaker's notes."""

from __future__ import annotations

import re
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

from secretary_app.domain.draft_html import parse_blocks
from secretary_app.exports.atomic import atomic_output
from secretary_app.exports.draft_document import ExportDoc

# XML 1.0 cannot hold these; the service refuses them, this is the last line of defence.
_XML_BAD = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff]")


def _clean(text: str) -> str:
    return _XML_BAD.sub("", text)


LANGUAGE = "da-DK"
FONT = "DejaVu Sans"  # as the PDF (draft_pdf.FONT_FAMILY); Word falls back if it is not installed
BODY_PT, SPEECH_PT = 11, 16
# QTextDocument's heading sizes relative to the body: h1 2x, h2 1.5x, h3 1.2x, the rest 1x.
HEADING_SCALE = {1: 2.0, 2: 1.5, 3: 1.2}


def _set_language(rpr) -> None:
    lang = rpr.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        rpr.append(lang)
    for attr in ("w:val", "w:eastAsia"):
        lang.set(qn(attr), LANGUAGE)


def _set_font(font, name: str) -> None:
    font.name = name
    rfonts = font.element.rPr.find(qn("w:rFonts")) if font.element.rPr is not None else None
    if rfonts is not None:
        for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
            rfonts.set(qn(attr), name)
        for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:cstheme", "w:eastAsiaTheme"):
            rfonts.attrib.pop(qn(attr), None)


def _styles(document, body_pt: float, line_spacing: float) -> None:
    defaults = document.styles.element.find(qn("w:docDefaults"))
    rpr = defaults.find(qn("w:rPrDefault")).find(qn("w:rPr")) if defaults is not None else None
    if rpr is not None:
        _set_language(rpr)
    for style in document.styles:
        if getattr(style, "font", None) is None or style.type != 1:  # paragraph styles
            continue
        _set_font(style.font, FONT)
        _set_language(style.element.get_or_add_rPr())
    normal = document.styles["Normal"]
    normal.font.size = Pt(body_pt)
    normal.paragraph_format.line_spacing = line_spacing
    normal.paragraph_format.space_after = Pt(body_pt * 0.6)
    for level in range(1, 10):
        try:
            heading = document.styles[f"Heading {level}"]
        except KeyError:
            continue
        heading.font.color.rgb = RGBColor(0, 0, 0)
        heading.font.bold = True
        heading.font.italic = False
        heading.font.size = Pt(round(body_pt * HEADING_SCALE.get(level, 1.0), 1))
        heading.paragraph_format.space_before = Pt(body_pt)
        heading.paragraph_format.space_after = Pt(body_pt * 0.5)
        heading.paragraph_format.line_spacing = 1.0
    for name in ("List Bullet", "List Bullet 2", "List Bullet 3", "List Number", "List Number 2", "List Number 3"):
        try:
            style = document.styles[name]
        except KeyError:
            continue
        # The list keeps its distance from the text around it and between its items.
        style.paragraph_format.space_after = Pt(body_pt * 0.3)
        ppr = style.element.get_or_add_pPr()
        for tag in ppr.findall(qn("w:contextualSpacing")):
            ppr.remove(tag)


def _page_numbers(section, body_pt: float) -> None:
    para = section.footer.paragraphs[0] if section.footer.paragraphs else section.footer.add_paragraph()
    para.alignment = WD_ALIGN_PARAGRAPH.CENTER
    para.text = ""

    def field(instr: str, shown: str) -> None:
        fld = OxmlElement("w:fldSimple")
        fld.set(qn("w:instr"), instr)
        run = OxmlElement("w:r")
        rpr, size = OxmlElement("w:rPr"), OxmlElement("w:sz")
        size.set(qn("w:val"), str(int(max(9, body_pt - 2) * 2)))  # half-points, as the words around it
        rpr.append(size)
        run.append(rpr)
        text = OxmlElement("w:t")
        text.text = shown
        run.append(text)
        fld.append(run)
        para._p.append(fld)

    para.add_run("Side ").font.size = Pt(max(9, body_pt - 2))
    field("PAGE", "1")
    para.add_run(" af ").font.size = Pt(max(9, body_pt - 2))
    field("NUMPAGES", "1")


def build_document(doc: ExportDoc) -> Document:
    document = Document()
    speech = doc.kind == "speech"
    section = document.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.left_margin, section.right_margin = (Mm(60), Mm(20)) if speech else (Mm(25), Mm(25))
    section.top_margin = section.bottom_margin = Mm(20)
    body_pt = SPEECH_PT if speech else BODY_PT
    _styles(document, body_pt, 1.5 if speech else 1.15)
    _page_numbers(section, body_pt)
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
