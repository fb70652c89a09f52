"""Agenda files a secretary really gets that the first reader refused or misnamed: text saved
as "Unicode" by Notepad or Word, and a PDF locked with a password."""

from __future__ import annotations

import io

import pytest

from secretary_app.domain.errors import ValidationError
from secretary_app.services import agenda_files

AGENDA = ("Dagsorden\nØkonomiudvalget\nMødedato: 27. august 2025 kl. 16.00\n\n"
          "1. Godkendelse af dagsorden\nSagsnr. 00.01.00-A00-1-25\n\n2. Budget 2026 for Ålholm\n"
          "\n3. Eventuelt\n")


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be"])
def test_text_saved_as_unicode_is_read(tmp_path, encoding):
    path = tmp_path / "dagsorden.txt"
    path.write_bytes(AGENDA.encode(encoding))
    agenda = agenda_files.read_agenda(path)
    assert [(i.number, i.title) for i in agenda.items] == [
        ("1", "Godkendelse af dagsorden"), ("2", "Budget 2026 for Ålholm"), ("3", "Eventuelt")]
    assert str(agenda.meeting.date) == "2025-08-27"


def test_binary_with_nul_bytes_is_still_binary(tmp_path):
    path = tmp_path / "dagsorden.txt"
    path.write_bytes(bytes(range(256)) * 40)
    with pytest.raises(ValidationError) as info:
        agenda_files.read_agenda(path)
    assert "binær" in info.value.da


def test_a_password_protected_pdf_says_so(tmp_path):
    from pypdf import PdfWriter

    writer = PdfWriter()
    writer.add_blank_page(595, 842)
    writer.encrypt("hemmelig")
    out = io.BytesIO()
    writer.write(out)
    path = tmp_path / "dagsorden.pdf"
    path.write_bytes(out.getvalue())
    with pytest.raises(ValidationError) as info:
        agenda_files.read_agenda(path)
    assert "adgangskode" in info.value.da and "password" in info.value.en


SUPPLEMENT_BEFORE = """Økonomiudvalget
Dagsorden
Dato: 12-03-2026 kl. 17.00

1. Godkendelse af dagsorden

2. Budget 2027
Sagsnr.: 26/2

3. Cykelsti på Skolevej
Sagsnr.: 26/3

4. Trafiksikkerhed ved Åskolen

5. Eventuelt
"""

# A supplementary agenda puts a new item 2 in; every later item moves down and two get new words.
SUPPLEMENT_AFTER = """Økonomiudvalget
Dagsorden (supplerende)
Dato: 12-03-2026 kl. 17.00

1. Godkendelse af dagsorden

2. Ekstra punkt: Skolebusser
Sagsnr.: 26/9

3. Budget 2027
Sagsnr.: 26/2

4. Anlæg af cykelsti på Skolevej, fornyet behandling
Sagsnr.: 26/3

5. Trafiksikkerhed ved Åskolen, supplerende

6. Eventuelt
"""


def test_a_supplementary_agenda_that_renumbers_and_rewords_keeps_every_link(store, group, tmp_path):
    from secretary_app.services import agenda_import, groups, meetings

    member = groups.create_member(store, group.id, groups.MemberInput(name="Mette Lindholm"))
    path = tmp_path / "dagsorden.txt"
    path.write_text(SUPPLEMENT_BEFORE, encoding="utf-8")
    first = {i.number: i for i in agenda_import.import_file(store, group.id, path).items}
    for number in ("3", "4"):
        meetings.create_request_for_item(store, first[number].id, member.id, "speech")
    path.write_text(SUPPLEMENT_AFTER, encoding="utf-8")
    result = agenda_import.import_file(store, group.id, path)
    items = [(i.number, i.title) for i in meetings.list_items(store, result.meeting.id)]
    assert [n for n, _ in items] == ["1", "2", "3", "4", "5", "6"]  # nothing kept twice
    after = {i.number: i for i in result.items}
    assert after["4"].id == first["3"].id  # same case number 26/3
    assert after["5"].id == first["4"].id  # the only item with a similar title
    assert meetings.linked_items(store, after["4"].id)["requests"]
    assert meetings.linked_items(store, after["5"].id)["requests"]
    assert result.warnings == []


def test_a_truncated_pdf_gives_one_message_and_no_library_chatter(tmp_path, capsys, caplog):
    from secretary_app.cli import main

    path = tmp_path / "dagsorden.pdf"
    path.write_bytes(b"%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n")
    assert main(["import", "agenda", str(path), "--json"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "PDF" in err[0], err
    assert [r.getMessage() for r in caplog.records if r.name.startswith("pypdf")] == []
