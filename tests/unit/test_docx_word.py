"""DOCX as Word reads it: Danish language, page numbers, the PDF's look, speeches as manuscripts."""

from __future__ import annotations

import re
import shutil
import subprocess
import zipfile

import pytest

from secretary_app.services import drafts as svc
from secretary_app.services import groups

BODY = ("<h1>Tale om cykelstier</h1><p>Tak, formand.</p><h2>Tre forslag</h2>"
        "<ul><li>Bredere stier</li><li>Bedre lys</li></ul>"
        + "".join(f"<p>Afsnit {i}: Cyklisterne på Amagerbrogade fortjener bedre forhold, og det er "
                  f"kommunens opgave at sikre dem.</p>" for i in range(1, 60)))


@pytest.fixture
def member(store, group):
    return groups.create_member(store, group.id, groups.MemberInput(name="Anna Berg"))


def export(store, group, member, kind, tmp_path):
    draft = svc.create_draft(store, group.id, member.id, kind, "Tale om cykelstier", body=BODY)
    return svc.export_draft(store, draft.id, "docx", tmp_path / f"{kind}.docx")


def xml(path, name: str) -> str:
    with zipfile.ZipFile(path) as z:
        return z.read(name).decode("utf-8")


def test_docx_is_danish_has_page_numbers_and_black_headings(store, group, member, tmp_path):
    import docx

    out = export(store, group, member, "memo", tmp_path)
    styles = xml(out, "word/styles.xml")
    defaults = re.search(r"<w:docDefaults>.*?</w:docDefaults>", styles, re.S).group(0)
    assert 'w:lang w:val="da-DK"' in defaults
    assert 'w:val="en-US"' not in styles
    footers = [n for n in zipfile.ZipFile(out).namelist() if n.startswith("word/footer")]
    assert footers and any('w:instr="PAGE"' in xml(out, n) for n in footers)
    doc = docx.Document(str(out))
    for level in (1, 2):
        heading = doc.styles[f"Heading {level}"]
        assert str(heading.font.color.rgb) == "000000" and heading.font.name == "DejaVu Sans"
    assert doc.styles["Normal"].font.name == "DejaVu Sans" and doc.styles["Normal"].font.size.pt == 11
    assert "contextualSpacing" not in re.search(r'w:styleId="ListBullet".*?</w:style>', styles, re.S).group(0)
    assert round(doc.sections[0].left_margin.mm) == 25


def test_a_speech_is_a_manuscript(store, group, member, tmp_path):
    import docx

    doc = docx.Document(str(export(store, group, member, "speech", tmp_path)))
    normal = doc.styles["Normal"]
    assert normal.font.size.pt >= 16 and normal.paragraph_format.line_spacing == 1.5
    section = doc.sections[0]
    assert section.left_margin.mm >= 50 > section.right_margin.mm


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) is not installed")
def test_libreoffice_shows_page_numbers_and_danish(store, group, member, tmp_path):
    from pypdf import PdfReader

    out = export(store, group, member, "memo", tmp_path)
    subprocess.run(["soffice", f"-env:UserInstallation=file://{tmp_path / 'lo-profile'}", "--headless",
                    "--convert-to", "pdf", "--outdir", str(tmp_path / "lo"), str(out)],
                   capture_output=True, text=True, timeout=180)
    reader = PdfReader(str(tmp_path / "lo" / "memo.pdf"))
    pages = len(reader.pages)
    assert pages >= 2
    for number, page in enumerate(reader.pages, start=1):
        assert f"Side {number} af {pages}" in " ".join(page.extract_text().split())
    assert str(reader.trailer["/Root"].get("/Lang")) == "da-DK"
