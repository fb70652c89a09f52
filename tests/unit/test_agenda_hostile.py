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
