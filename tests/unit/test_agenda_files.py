"""Agenda files as they arrive: a PDF with bookmarks, a PDF without, an HTML page, plain
text; and hostile files (binary, huge, deeply nested HTML, a PDF bomb) get a message."""

from __future__ import annotations

import datetime as dt
import io
import zlib

import pytest

from secretary_app.domain.errors import ValidationError
from secretary_app.services import agenda_files


def _escape(s: str) -> bytes:
    return s.encode("cp1252").replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def make_pdf(pages: list[list[str]], extra_stream: bytes | None = None) -> bytes:
    """A minimal PDF, one text line per entry (Helvetica, WinAnsi so æøå survive)."""
    objs: list[bytes] = []
    n_pages = len(pages)
    kids = " ".join(f"{3 + 2 * k} 0 R" for k in range(n_pages))
    objs.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    objs.append(f"<< /Type /Pages /Kids [{kids}] /Count {n_pages} >>".encode())
    font_no = 3 + 2 * n_pages
    for k, lines in enumerate(pages):
        content = b"BT /F1 11 Tf 14 TL 50 800 Td " + b" ".join(b"(" + _escape(s) + b") Tj T*" for s in lines) + b" ET"
        objs.append(f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 "
                    f"{font_no} 0 R >> >> /Contents {4 + 2 * k} 0 R >>".encode())
        if extra_stream is not None and k == 0:
            objs.append(b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(extra_stream) + extra_stream
                        + b"\nendstream")
        else:
            objs.append(b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream")
    objs.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for i, body in enumerate(objs, 1):
        offsets.append(out.tell())
        out.write(f"{i} 0 obj\n".encode() + body + b"\nendobj\n")
    xref = out.tell()
    out.write(f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode())
    for off in offsets:
        out.write(f"{off:010d} 00000 n \n".encode())
    out.write(f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode())
    return out.getvalue()


def with_bookmarks(pdf: bytes, marks: list[tuple[str, int, list[str]]]) -> bytes:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    for title, page, children in marks:
        parent = writer.add_outline_item(title=title, page_number=page)
        for child in children:
            writer.add_outline_item(title=child, page_number=page, parent=parent)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


PAGES = [
    ["Aarhus Byråd - Referat", "Mødedato: Onsdag d. 27. august 2025 kl. 16:00", "Mødested: Byrådssalen"],
    ["Godkendelse af dagsorden", "EMN-2025-000001", "Beslutninger", "Godkendt."],
    ["Svar på forslag om parkering i", "kommunale P-huse", "EMN-2025-000002", "Beslutninger",
     "1. Byrådet beder forvaltningen om et oplæg.", "2. Oplægget forelægges i 2026.", "Bilag", "Indstilling"],
    ["Lukket: Køb af landbrugsejendom", "EMN-2025-000003", "Beslutninger", "Vedtaget."],
]


def test_pdf_bookmarks_give_numbers_and_titles_text_gives_the_rest(tmp_path):
    pdf = with_bookmarks(make_pdf(PAGES), [
        ("Forside", 0, []), ("Godkendelse af dagsorden", 1, []),
        ("Svar på forslag om parkering i kommunale P-huse", 2, []), ("Lukket: Køb af landbrugsejendom", 3, [])])
    path = tmp_path / "referat.pdf"
    path.write_bytes(pdf)
    agenda = agenda_files.read_agenda(path)
    assert [(i.number, i.title, i.closed) for i in agenda.items] == [
        ("1", "Godkendelse af dagsorden", False),
        ("2", "Svar på forslag om parkering i kommunale P-huse", False),
        ("3", "Lukket: Køb af landbrugsejendom", True)]
    assert (agenda.meeting.date, agenda.meeting.start_time) == (dt.date(2025, 8, 27), dt.time(16))


def test_pdf_numbered_bookmarks_with_group_parents(tmp_path):
    pages = [["KKR Hovedstaden", "Dato: 26-01-2026 10:30"], ["1.1. Konstituerende møde", "SAG-2024-04469 rojh",
                                                            "Baggrund", "Tekst."], ["2. Eventuelt"]]
    pdf = with_bookmarks(make_pdf(pages), [("1. KKR", 1, ["1.1. Konstituerende møde"]), ("2. Eventuelt", 2, [])])
    path = tmp_path / "kkr.pdf"
    path.write_bytes(pdf)
    agenda = agenda_files.read_agenda(path)
    assert [(i.number, i.title, i.case_number) for i in agenda.items] == [
        ("1.1", "Konstituerende møde", "SAG-2024-04469"), ("2", "Eventuelt", "")]


def test_pdf_without_bookmarks_uses_the_text(tmp_path):
    pages = [["Økonomiudvalget", "Dagsorden", "Dato: 12-03-2026 kl. 17.00"],
             ["1. Godkendelse af dagsorden", "Sagsnr.: 26/1", "Beslutning", "Godkendt."],
             ["2. Budget 2027 for Havnekøbing", "Kommune", "Sagsnr.: 26/2", "Indstilling", "Godkendes."]]
    path = tmp_path / "dagsorden.pdf"
    path.write_bytes(make_pdf(pages))
    agenda = agenda_files.read_agenda(path)
    assert [(i.number, i.title) for i in agenda.items] == [
        ("1", "Godkendelse af dagsorden"), ("2", "Budget 2027 for Havnekøbing Kommune")]
    assert agenda.meeting.date == dt.date(2026, 3, 12)


HTML = """<!DOCTYPE html><html><head><title>Referat - Teknisk Udvalg 1. oktober 2025</title>
<style>p {{ color: red }}</style><script>var x = "1. Ikke et punkt";</script></head><body>
<nav><ul><li>Forside</li><li>Politik</li></ul></nav>
<h1>Teknisk Udvalg</h1><dl><dt>Mødedato:</dt><dd>onsdag den 1. oktober 2025 kl. 15.45</dd>
<dt>Mødested:</dt><dd>Udvalgsværelse 398</dd></dl>
<table><tr><th>Punkt</th><th>Titel</th></tr>{rows}</table>
{items}</body></html>"""


def test_html_page_read_by_its_structure(tmp_path):
    titles = ["Referat fra sidste udvalgsmøde", "Udviklingsplan Aarhus Ø &ndash; endelig vedtagelse", "Eventuelt"]
    rows = "".join(f"<tr><td>{n}</td><td>{t}</td></tr>" for n, t in enumerate(titles, 1))
    items = "".join(f"<div class='item'><h2><span>{n}</span><br>{t}</h2><p>EMN-2025-01{n:04d}</p>"
                    f"<h3>Beslutninger</h3><p>Godkendt.</p><p>Bilag</p><a>PDFNotat</a><p>3</p>"
                    f"<button>Hent som PDF</button></div>" for n, t in enumerate(titles, 1))
    path = tmp_path / "referat.html"
    path.write_text(HTML.format(rows=rows, items=items), encoding="utf-8")
    agenda = agenda_files.read_agenda(path)
    assert [(i.number, i.title) for i in agenda.items] == [
        ("1", "Referat fra sidste udvalgsmøde"), ("2", "Udviklingsplan Aarhus Ø – endelig vedtagelse"),
        ("3", "Eventuelt")]
    assert agenda.items[1].case_number == "EMN-2025-010002"
    assert agenda.items[0].decision == "Godkendt."
    assert (agenda.meeting.date, agenda.meeting.start_time) == (dt.date(2025, 10, 1), dt.time(15, 45))


def test_plain_text_file_in_windows_encoding(tmp_path):
    path = tmp_path / "dagsorden.txt"
    path.write_bytes("Byrådet\nDato: 29. januar 2020\n\n1. Fraværende\n\nResume\nIngen.\n\n2. Spørgetid\n\n"
                     "Resume\nIngen.\n".encode("cp1252"))
    agenda = agenda_files.read_agenda(path)
    assert [(i.number, i.title) for i in agenda.items] == [("1", "Fraværende"), ("2", "Spørgetid")]


# --- hostile files ------------------------------------------------------------------------

def _message(path) -> str:
    with pytest.raises(ValidationError) as info:
        agenda_files.read_agenda(path)
    assert info.value.en and info.value.da != info.value.en
    return info.value.da


def test_binary_file(tmp_path):
    path = tmp_path / "dagsorden.txt"
    path.write_bytes(bytes(range(256)) * 40)
    assert "binær" in _message(path)


def test_huge_files_are_refused_before_reading(tmp_path):
    path = tmp_path / "stor.txt"
    with open(path, "wb") as fh:
        fh.truncate(51 * 1024 * 1024)  # sparse: nothing is written
    assert "for stor" in _message(path)
    text = tmp_path / "stor-tekst.txt"
    text.write_bytes(b"1. Punkt\n" * (21 * 1024 * 1024 // 9 + 1))
    assert "for stor" in _message(text)


def test_deeply_nested_html(tmp_path):
    path = tmp_path / "side.html"
    path.write_text("<html><body>" + "<div>" * 50_000 + "1. Godkendelse" + "</div>" * 50_000 + "</body></html>")
    assert "indlejret" in _message(path)


def test_pdf_decompression_bomb(tmp_path):
    comp = zlib.compressobj(9)
    chunk = b" " * (1 << 20)
    bomb = b"".join(comp.compress(chunk) for _ in range(80)) + comp.flush()  # 80 MB in ~80 kB
    path = tmp_path / "bombe.pdf"
    path.write_bytes(make_pdf([["1. Godkendelse af dagsorden"]], extra_stream=bomb))
    assert "dekomprimeringsbombe" in _message(path)


@pytest.mark.parametrize("data, words", [
    (b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog", "kan ikke læses"),
    (b"%PDF-1.4\n" + b"\xff" * 5000, "kan ikke læses"),
])
def test_truncated_or_garbage_pdf(tmp_path, data, words):
    path = tmp_path / "x.pdf"
    path.write_bytes(data)
    assert words in _message(path)


# --- anything at all: a message or a result, never a crash ---------------------------------

from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

_TAGS = st.sampled_from(["<div>", "</div>", "<p>", "<td>", "<tr>", "<br>", "<script>", "</script>", "<h2>",
                         "</h2>", "<!--", "-->", "&amp;", "&#0;", "&#xD800;", "<", ">", "1", "1.", "Punkt 1:",
                         "Godkendelse", "Dato: 12-03-2026", "Beslutning", "EMN-2026-000001", "\n", " "])


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(_TAGS, st.text(max_size=20)), max_size=80))
def test_random_html_never_crashes(parts):
    from secretary_app.domain.agenda.html_reader import agenda_from_html

    try:
        agenda = agenda_from_html("<html><body>" + "".join(parts))
    except ValidationError:
        return
    assert all(i.number and i.title for i in agenda.items)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 30), st.one_of(_TAGS, st.text(max_size=30))), max_size=30),
       st.text(max_size=400))
def test_random_bookmarks_never_crash(entries, text):
    from secretary_app.domain.agenda import agenda_from_outline

    try:
        agenda = agenda_from_outline(entries, text)
    except ValidationError:
        return
    assert all(i.number and i.title for i in agenda.items)


def test_bookmarks_that_are_not_items_leave_the_text_reader_in_charge(tmp_path):
    pages = [["Økonomiudvalget", "Dato: 12-03-2026 kl. 17.00"],
             ["1. Godkendelse af dagsorden", "Sagsnr.: 26/1", "Beslutning", "Godkendt."],
             ["2. Eventuelt", "Beslutning", "Intet."]]
    pdf = with_bookmarks(make_pdf(pages), [("Side 1", 0, []), ("Side 2", 1, []), ("Side 3", 2, [])])
    path = tmp_path / "d.pdf"
    path.write_bytes(pdf)
    assert [(i.number, i.title) for i in agenda_files.read_agenda(path).items] == [
        ("1", "Godkendelse af dagsorden"), ("2", "Eventuelt")]
