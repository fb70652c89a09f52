"""Export the known data set as PDF, XLSX and CSV, read each back and compare with the hand count
and with the database, to the minute."""

from __future__ import annotations

import csv
import datetime as dt
import io
import re

import pytest

from secretary_app.exports.activity_csv import write_csv
from secretary_app.exports.activity_xlsx import write_xlsx
from secretary_app.services import reports
from test_reports_dataset import MARCH, OTHER_GROUP_TITLE, TODAY, TRASHED_TITLE, build_dataset


@pytest.fixture
def data(store):
    return build_dataset(store)


@pytest.fixture
def report(store, data):
    return reports.build_report(store, data.group_id, reports.month_period("2026-03"), today=TODAY)


def db_minutes(store, group_id: int, start: dt.date, end: dt.date) -> int:
    """Straight from the tables, without the report service."""
    from sqlalchemy import func
    from sqlmodel import select

    from secretary_app.store.models import Request, TimeEntry

    with store.session() as s:
        return s.exec(select(func.coalesce(func.sum(TimeEntry.minutes), 0)).join(Request)
                      .where(Request.group_id == group_id, Request.deleted_at.is_(None),
                             TimeEntry.work_date >= start, TimeEntry.work_date <= end)).one()


def test_database_agrees_with_the_hand_count(store, data):
    assert db_minutes(store, data.group_id, dt.date(2026, 3, 1), dt.date(2026, 3, 31)) == MARCH["minutes"]


# --- CSV ------------------------------------------------------------------------------------------------

def test_csv_semicolon_with_bom_and_decimal_comma(report, tmp_path):
    path = write_csv(report, tmp_path / "marts.csv")
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # Excel needs the BOM to read æøå
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig")), delimiter=";"))
    header, body = rows[0], rows[1:]
    assert header[-2:] == ["Minutter", "Timer"]
    # Data rows only, so sorting and pivot tables work; the totals are in the summary table.
    assert len(body) == MARCH["lines"] and all(r[0] != "I alt" for r in body)
    assert sum(int(r[-2]) for r in body) == MARCH["minutes"]
    summary = list(csv.reader(io.StringIO(write_csv(report, tmp_path / "sum.csv", table="summary")
                                          .read_text(encoding="utf-8-sig")), delimiter=";"))
    assert summary[-1][0] == "I alt" and summary[-1][-1] == "3,97" and int(summary[-1][-2]) == MARCH["minutes"]
    assert any(r[-1] == "2,25" for r in body)  # Danish decimal comma
    titles = {r[4] for r in body}
    assert "Spørgsmål om svømmehal" in titles
    assert OTHER_GROUP_TITLE not in titles and TRASHED_TITLE not in titles
    # The boundary rows keep their local date and time.
    assert ["01-03-2026", "00:30"] in [r[:2] for r in body]
    assert ["31-03-2026", "23:30"] in [r[:2] for r in body]


def test_csv_comma_separator_uses_decimal_point(report, tmp_path):
    path = write_csv(report, tmp_path / "marts.csv", separator=",")
    rows = list(csv.reader(io.StringIO(path.read_text(encoding="utf-8-sig")), delimiter=","))
    assert sum(int(r[-2]) for r in rows[1:]) == MARCH["minutes"]
    assert any("." in r[-1] for r in rows[1:]) and not any("," in r[-1] for r in rows[1:])
    # A task type with a comma in its name is quoted, not split.
    assert all(len(r) == len(rows[0]) for r in rows)


def test_csv_summary_table(report, tmp_path):
    path = write_csv(report, tmp_path / "oversigt.csv", table="summary")
    rows = list(csv.reader(io.StringIO(path.read_text(encoding="utf-8-sig")), delimiter=";"))
    body, total = rows[1:-1], rows[-1]
    assert sum(int(r[2]) for r in body) == MARCH["received"] == int(total[2])
    assert sum(int(r[6]) for r in body) == MARCH["minutes"] == int(total[6])
    anna = sum(int(r[6]) for r in body if r[0] == "Anna Andersen")
    assert anna == MARCH["by_member"]["Anna Andersen"][4]


# --- XLSX -----------------------------------------------------------------------------------------------

def test_xlsx_has_real_numbers_dates_and_totals(report, store, data, tmp_path):
    import openpyxl

    path = write_xlsx(report, tmp_path / "marts.xlsx")
    wb = openpyxl.load_workbook(path)
    assert wb.sheetnames[:2] == ["Oversigt", "Opgaver"]
    detail = wb["Opgaver"]
    rows = list(detail.iter_rows(min_row=2))
    body, total = rows[:-1], rows[-1]
    assert len(body) == MARCH["lines"]
    for r in body:
        assert isinstance(r[0].value, dt.datetime) and r[0].number_format == "dd-mm-yyyy hh:mm"
        assert isinstance(r[6].value, int) and isinstance(r[7].value, (int, float))
        assert r[7].number_format == "#,##0.00"
    minutes = sum(r[6].value for r in body)
    assert minutes == total[6].value == MARCH["minutes"]
    assert minutes == db_minutes(store, data.group_id, dt.date(2026, 3, 1), dt.date(2026, 3, 31))
    assert round(sum(r[7].value for r in body) * 60) == MARCH["minutes"]
    assert dt.datetime(2026, 3, 31, 23, 30) in [r[0].value for r in body]
    assert detail.auto_filter.ref == f"A1:H{MARCH['lines'] + 1}"  # filter the requests, not the total

    summary = wb["Oversigt"]
    values = [[c.value for c in row] for row in summary.iter_rows()]
    assert values[0][0] == "Aktivitetslog – Testpartiet (T)"
    assert values[1][:2] == ["Periode", "marts 2026"]
    header_at = values.index(["Medlem", "Opgavetype", "Modtaget", "Færdige", "Åbne", "Afviste", "Minutter", "Timer"])
    total_at = next(i for i, v in enumerate(values) if v[0] == "I alt")
    pairs = values[header_at + 1:total_at]
    assert sum(v[6] for v in pairs) == values[total_at][6] == MARCH["minutes"]
    assert values[total_at][2:6] == [MARCH["received"], MARCH["completed"], MARCH["open"], MARCH["declined"]]
    flat = {str(v) for row in values for v in row}
    assert "Xenia Xu" not in flat and OTHER_GROUP_TITLE not in flat

    questions = [[c.value for c in row] for row in wb["Politikerspørgsmål"].iter_rows(min_row=2)]
    assert [q[5] for q in questions] == ["Rettidigt", "For sent", "Overskredet"]
    assert isinstance(questions[0][3], dt.datetime)  # a real date cell


# --- PDF ------------------------------------------------------------------------------------------------

def pdf_text(path) -> list[str]:
    from pypdf import PdfReader

    return [" ".join(page.extract_text().split()) for page in PdfReader(str(path)).pages]


@pytest.fixture
def qapp_offscreen(qapp):
    return qapp


def test_pdf_reads_back_with_the_same_totals(report, tmp_path, qapp_offscreen):
    from secretary_app.exports.activity_pdf import write_pdf

    path = write_pdf(report, tmp_path / "marts.pdf")
    pages = pdf_text(path)
    text = " ".join(pages)
    n = len(pages)
    for i, page in enumerate(pages, start=1):
        assert f"Side {i} af {n}" in page
        assert "Aktivitetslog · Testpartiet (T)" in page
    assert "Testpartiet (T) · Marts 2026 · Alle medlemmer" in pages[0]
    assert re.search(r"dannet \d{1,2}\. \w+ \d{4}", pages[0])  # Danish generation date
    # Totals row of the member table and of the request list, in t:mm.
    assert "I alt 7 4 2 1 3:58" in text
    assert "Anna Andersen 3 2 1 0 3:00" in text
    assert "Bo Bech 4 2 1 1 0:58" in text
    assert "I alt 8 opgaver 3:58" in text
    assert "Politikerspørgsmål – svar inden for 10 arbejdsdage" in text
    assert "Vagtens afgørelser" in text and "Knyttet til udvalgets sag om metroen" in text
    assert OTHER_GROUP_TITLE not in text and TRASHED_TITLE not in text and "Xenia" not in text
    # Every request line's time, read back from the page, adds up to the total.
    listed = re.findall(r"\d\d-\d\d-\d{4} \d\d:\d\d(?: \*)? .+? (\d+):(\d\d)(?= \d\d-\d\d-\d{4} | I alt)",
                        text[text.index("Opgaver * modtaget uden for"):])
    assert len(listed) == MARCH["lines"]
    assert sum(int(h) * 60 + int(m) for h, m in listed) == MARCH["minutes"]


def test_pdf_breaks_long_tables_across_pages_with_headings(store, data, tmp_path, qapp_offscreen):
    from secretary_app.exports.activity_pdf import write_pdf
    from secretary_app.store.models import Request, TimeEntry

    with store.session() as s:
        for i in range(150):
            r = Request(group_id=data.group_id, member_id=data.members["Anna Andersen"],
                        task_type_id=_type_id(s, data.group_id, "press_monitoring"), title=f"Pressesag nr. {i + 1}",
                        received_at=dt.datetime(2026, 3, 5, 9) + dt.timedelta(minutes=i), status="done")
            s.add(r)
            s.flush()
            s.add(TimeEntry(request_id=r.id, work_date=dt.date(2026, 3, 5), minutes=7))
    report = reports.build_report(store, data.group_id, reports.month_period("2026-03"), today=TODAY)
    path = write_pdf(report, tmp_path / "lang.pdf")
    pages = pdf_text(path)
    assert len(pages) >= 4
    text = " ".join(pages)
    assert "Opgaver (fortsat)" in text
    for page in pages[2:]:
        if "Opgaver (fortsat)" in page:
            assert "Modtaget Medlem Opgavetype Titel Status Timer" in page  # headings repeated
    total = MARCH["minutes"] + 150 * 7
    assert f"I alt {MARCH['lines'] + 150} opgaver {total // 60}:{total % 60:02d}" in text
    assert all(f"Pressesag nr. {i} " in text + " " for i in (1, 75, 150))


def _type_id(s, group_id, code):
    from sqlmodel import select

    from secretary_app.store.models import TaskType

    return s.exec(select(TaskType.id).where(TaskType.group_id == group_id, TaskType.code == code)).one()


# --- never a half-written file --------------------------------------------------------------------------

def test_a_failing_export_leaves_the_old_file_and_no_temporary(report, tmp_path, monkeypatch):
    import secretary_app.exports.activity_csv as activity_csv

    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / "marts.csv"
    target.write_bytes(b"old")
    calls = []

    def fails_on_third_row(minutes, decimal=","):
        calls.append(minutes)
        if len(calls) == 3:  # two rows are already in the temporary file
            raise OSError("disk full")
        return str(minutes)

    monkeypatch.setattr(activity_csv, "hours_decimal", fails_on_third_row)
    with pytest.raises(OSError):
        write_csv(report, target)
    assert target.read_bytes() == b"old"
    assert [p.name for p in folder.iterdir()] == ["marts.csv"]
