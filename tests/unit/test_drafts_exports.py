"""Draft exports read back: DOCX with python-docx (and LibreOffice), PDF with pypdf, text, Markdown."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys

import pytest

from secretary_app.domain.errors import ValidationError
from secretary_app.services import drafts as svc
from secretary_app.services import groups

BODY = ("<h1>Tale om cykelstier</h1><p>Tak, formand. Det er <b>vigtigt</b> og <i>hastende</i>.</p>"
        "<h2>Tre forslag</h2><ul><li>Bredere stier</li><li>Bedre lys</li></ul>"
        "<ol><li>Først</li><li>Dernæst</li></ol><p>Æbler, østers og ål — مرحبا</p>")


@pytest.fixture
def draft(store, group):
    m = groups.create_member(store, group.id, groups.MemberInput(name="Anna Berg"))
    return svc.create_draft(store, group.id, m.id, "speech", "Tale om cykelstier", body=BODY)


def squash(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def test_docx_keeps_headings_lists_and_formatting(store, draft, tmp_path):
    import docx

    out = svc.export_draft(store, draft.id, "docx", tmp_path / "tale.docx")
    doc = docx.Document(str(out))
    paras = [(p.style.name, p.text) for p in doc.paragraphs]
    assert ("Heading 1", "Tale om cykelstier") in paras
    assert ("Heading 2", "Tre forslag") in paras
    assert ("List Bullet", "Bredere stier") in paras and ("List Number", "Dernæst") in paras
    body = next(p for p in doc.paragraphs if p.text.startswith("Tak"))
    assert [r.text for r in body.runs if r.bold] == ["vigtigt"]
    assert [r.text for r in body.runs if r.italic] == ["hastende"]
    assert "Æbler, østers og ål — مرحبا" in [p.text for p in doc.paragraphs]
    assert doc.core_properties.title == "Tale om cykelstier"
    assert round(doc.sections[0].page_width.mm) == 210


def test_pdf_is_a4_and_has_the_text(qapp, store, draft, tmp_path):  # qapp: a QApplication, not only a QGuiApplication
    from pypdf import PdfReader

    out = svc.export_draft(store, draft.id, "pdf", tmp_path / "tale.pdf")
    reader = PdfReader(str(out))
    page = reader.pages[0]
    assert round(float(page.mediabox.width) / 72 * 25.4) == 210
    assert round(float(page.mediabox.height) / 72 * 25.4) == 297
    text = squash(" ".join(p.extract_text() for p in reader.pages))
    for words in ("Tale om cykelstier", "Tak, formand.", "vigtigt", "Bredere stier", "Æbler, østers og ål"):
        assert words in text


def test_text_and_markdown(store, draft, tmp_path):
    txt = svc.export_draft(store, draft.id, "txt", tmp_path / "tale.txt").read_text(encoding="utf-8")
    assert txt.startswith("Tale om cykelstier\n==================")
    assert "• Bredere stier" in txt and "2. Dernæst" in txt
    md = svc.export_draft(store, draft.id, "md", tmp_path / "tale.md").read_text(encoding="utf-8")
    assert md.startswith("# Tale om cykelstier\n")
    assert "## Tre forslag" in md and "**vigtigt**" in md and "*hastende*" in md
    assert "- Bredere stier" in md and "1. Først" in md


def test_export_to_a_folder_that_cannot_be_written(store, draft, tmp_path):
    before = svc.get_draft(store, draft.id).body
    with pytest.raises(ValidationError) as e:
        svc.export_draft(store, draft.id, "docx", tmp_path / "findes-ikke" / "x.docx")
    assert "findes ikke" in e.value.da
    with pytest.raises(ValidationError):
        svc.export_draft(store, draft.id, "pdf", "/proc/umuligt.pdf")  # not writable, even for root
    with pytest.raises(ValidationError):
        svc.export_draft(store, draft.id, "rtf", tmp_path / "x.rtf")
    if os.geteuid() != 0:
        ro = tmp_path / "ro"
        ro.mkdir()
        ro.chmod(0o500)
        with pytest.raises(ValidationError):
            svc.export_draft(store, draft.id, "txt", ro / "x.txt")
    assert svc.get_draft(store, draft.id).body == before
    assert not list(tmp_path.glob("*.part"))


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) is not installed")
def test_docx_opens_in_libreoffice(store, draft, tmp_path):
    from pypdf import PdfReader

    out = svc.export_draft(store, draft.id, "docx", tmp_path / "tale.docx")
    profile = tmp_path / "lo-profile"
    res = subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless",
                          "--convert-to", "pdf", "--outdir", str(tmp_path / "lo"), str(out)],
                         capture_output=True, text=True, timeout=180)
    pdf = tmp_path / "lo" / "tale.pdf"
    assert pdf.exists(), res.stderr + res.stdout
    text = squash(" ".join(p.extract_text() for p in PdfReader(str(pdf)).pages))
    for words in ("Tale om cykelstier", "Tre forslag", "Bredere stier", "Dernæst", "vigtigt", "Æbler, østers og ål"):
        assert words in text
    # headings stay headings: LibreOffice writes them into the PDF outline
    outline = [o.title for o in PdfReader(str(pdf)).outline if not isinstance(o, list)]
    assert "Tale om cykelstier" in outline


@pytest.mark.slow
def test_cli_list_and_export(demo_store, data_dir, tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}

    def run(*args):
        return subprocess.run([sys.executable, "-m", "secretary_app.cli", "--data-dir", str(data_dir), *args],
                              capture_output=True, text=True, env=env, timeout=120)

    import json

    res = run("drafts", "list", "--group", "A", "--member", "Mette Lindholm", "--json")
    assert res.returncode == 0, res.stderr
    rows = json.loads(res.stdout)
    assert rows and {r["member"] for r in rows} == {"Mette Lindholm"}
    assert {"id", "kind", "title", "words", "speaking_seconds", "limit_seconds"} <= set(rows[0])
    draft_id = rows[0]["id"]
    for fmt in ("docx", "pdf", "txt", "md"):
        out = tmp_path / f"udkast.{fmt}"
        res = run("drafts", "export", "--id", str(draft_id), "--format", fmt, "--out", str(out))
        assert res.returncode == 0, res.stderr
        assert out.stat().st_size > 100
    res = run("drafts", "export", "--id", str(draft_id), "--out", str(tmp_path / "nope" / "x.pdf"))
    assert res.returncode == 2 and "findes ikke" in res.stderr and "Traceback" not in res.stderr
    res = run("drafts", "export", "--id", "99999", "--out", str(tmp_path / "x.txt"))
    assert res.returncode == 2 and "99999" in res.stderr
    res = run("drafts", "list", "--group", "Ukendt")
    assert res.returncode == 2
    # txt/md/docx exports never load Qt
    probe = ("import sys; from secretary_app.cli import main; "
             f"main(['--data-dir', {str(data_dir)!r}, 'drafts', 'export', '--id', '{draft_id}', "
             f"'--out', {str(tmp_path / 'q.docx')!r}]); "
             "assert not any(m.startswith('PySide6') for m in sys.modules), 'Qt imported'")
    res = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, env=env, timeout=120)
    assert res.returncode == 0, res.stderr
