"""The activity workbook prints as wide as the page: fit to width, landscape where wide, the
header row repeated; LibreOffice's PDF of it has no page that holds only the right-hand columns."""

from __future__ import annotations

import shutil
import subprocess

import pytest

from secretary_app.exports.activity_xlsx import write_xlsx
from secretary_app.services import reports
from test_reports_dataset import TODAY, build_dataset


@pytest.fixture
def workbook(store, tmp_path):
    data = build_dataset(store)
    report = reports.build_report(store, data.group_id, reports.month_period("2026-03"), today=TODAY)
    return write_xlsx(report, tmp_path / "marts.xlsx")


def test_every_sheet_fits_the_page_width_with_repeated_headers(workbook):
    import openpyxl

    wb = openpyxl.load_workbook(workbook)
    for ws in wb.worksheets:
        assert ws.sheet_properties.pageSetUpPr.fitToPage, ws.title
        assert ws.page_setup.fitToWidth == 1 and ws.page_setup.fitToHeight == 0, ws.title
        assert ws.print_title_rows, ws.title
    assert wb["Opgaver"].page_setup.orientation == "landscape"
    assert wb["Opgaver"].print_title_rows.replace("$", "") == "1:1"
    assert wb["Oversigt"].print_title_rows.replace("$", "") == "6:6"


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) is not installed")
def test_libreoffice_prints_each_sheet_one_page_wide(workbook, tmp_path):
    from pypdf import PdfReader

    subprocess.run(["soffice", f"-env:UserInstallation=file://{tmp_path / 'lo-profile'}", "--headless",
                    "--convert-to", "pdf", "--outdir", str(tmp_path / "lo"), str(workbook)],
                   capture_output=True, text=True, timeout=180)
    reader = PdfReader(str(tmp_path / "lo" / "marts.pdf"))
    assert len(reader.pages) >= 3  # pages run down a sheet, never sideways
    for page in reader.pages:
        text = " ".join(page.extract_text().split())
        # The first and the last column of the sheet's table are on every page.
        assert "Medlem" in text and ("Timer" in text or "Status" in text), text[:200]
        width, height = float(page.mediabox.width), float(page.mediabox.height)
        assert round(min(width, height)) == 595  # A4
        assert "Side " in text  # the footer's page number
