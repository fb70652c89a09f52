"""Activity log as an Excel workbook: a summary sheet and a detail sheet.

Dates are real dates and hours real numbers with number formats, so Excel or
LibreOffice can sum and filter them. Written in openpyxl's write-only mode: a full
year (10,000 rows) stays well under a second.
"""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.properties import PageSetupProperties

from secretary_app.exports.atomic import atomic_output
from secretary_app.domain.activity import ActivityReport

HOURS_FORMAT = "#,##0.00"
INT_FORMAT = "0"
DATE_FORMAT = "dd-mm-yyyy"
DATETIME_FORMAT = "dd-mm-yyyy hh:mm"

_BOLD = Font(bold=True)
_TITLE = Font(bold=True, size=14)
_HEAD_FILL = PatternFill("solid", fgColor="E9E4DC")
_TOTAL_BORDER = Border(top=Side(style="thin"))

SUMMARY_COLUMNS = ("Medlem", "Opgavetype", "Modtaget", "Færdige", "Åbne", "Afviste", "Minutter", "Timer")
DETAIL_COLUMNS = ("Modtaget", "Medlem", "Opgavetype", "Titel", "Status", "Modtaget i perioden",
                  "Minutter", "Timer")


def write_xlsx(report: ActivityReport, target: Path | str) -> Path:
    wb = Workbook(write_only=True)
    _summary_sheet(wb, report)
    _detail_sheet(wb, report)
    _questions_sheet(wb, report)
    with atomic_output(target) as tmp:
        wb.save(tmp)
    return Path(target)


def _cell(ws, value, *, fmt: str | None = None, font: Font | None = None, fill=None, border=None,
          wrap: bool = False):
    c = WriteOnlyCell(ws, value=value)
    if fmt:
        c.number_format = fmt
    if font:
        c.font = font
    if fill:
        c.fill = fill
    if border:
        c.border = border
    if wrap:
        c.alignment = Alignment(wrap_text=True, vertical="top")
    return c


# Wider than this (in Excel's character widths) does not fit an A4 page upright.
PORTRAIT_WIDTH = 95


def _print_setup(ws, widths, title_rows: str) -> None:
    """Printed on A4 as wide as the page (never cut into a second page column), landscape when
    the columns are wide, the header row repeated on every page."""
    ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0  # as many pages down as the rows need
    ws.page_setup.paperSize = 9  # A4
    ws.page_setup.orientation = "landscape" if sum(widths) > PORTRAIT_WIDTH else "portrait"
    ws.print_title_rows = title_rows
    ws.print_options.gridLines = False
    ws.page_margins.left = ws.page_margins.right = 0.5
    ws.oddFooter.center.text = "Side &P af &N"


def _header(ws, names) -> list:
    return [_cell(ws, n, font=_BOLD, fill=_HEAD_FILL) for n in names]


def _counts_cells(ws, c, *, font=None, border=None) -> list:
    return [_cell(ws, v, fmt=INT_FORMAT, font=font, border=border)
            for v in (c.received, c.completed, c.open, c.declined, c.minutes)] + [
        _cell(ws, c.minutes / 60, fmt=HOURS_FORMAT, font=font, border=border)]


def _summary_sheet(wb: Workbook, report: ActivityReport) -> None:
    ws = wb.create_sheet("Oversigt")
    widths = (28, 48, 11, 10, 9, 9, 11, 10)
    for col, width in zip("ABCDEFGH", widths):
        ws.column_dimensions[col].width = width
    _print_setup(ws, widths, "6:6")
    ws.freeze_panes = "A7"
    ws.append([_cell(ws, f"Aktivitetslog – {report.group_name} ({report.list_letter})", font=_TITLE)])
    ws.append([_cell(ws, "Periode"), _cell(ws, report.period.label())])
    ws.append([_cell(ws, "Medlem"), _cell(ws, report.member_name or "Alle medlemmer")])
    ws.append([_cell(ws, "Dannet"), _cell(ws, report.generated_at, fmt=DATETIME_FORMAT)])
    ws.append([])
    # The sheet's main table first (rows 6..), so a filter or pivot can start right here.
    ws.append(_header(ws, SUMMARY_COLUMNS))
    for row in report.by_member_type:
        ws.append([_cell(ws, row.label), _cell(ws, row.secondary)] + _counts_cells(ws, row.counts))
    ws.append([_cell(ws, "I alt", font=_BOLD, border=_TOTAL_BORDER), _cell(ws, "", border=_TOTAL_BORDER)]
              + _counts_cells(ws, report.totals, font=_BOLD, border=_TOTAL_BORDER))

    ws.append([])
    ws.append([_cell(ws, "Pr. medlem", font=_BOLD)])
    ws.append(_header(ws, ("Medlem", "") + SUMMARY_COLUMNS[2:]))
    for row in report.by_member:
        ws.append([_cell(ws, row.label), _cell(ws, "")] + _counts_cells(ws, row.counts))
    ws.append([])
    ws.append([_cell(ws, "Pr. opgavetype", font=_BOLD)])
    ws.append(_header(ws, ("", "Opgavetype") + SUMMARY_COLUMNS[2:]))
    for row in report.by_type:
        ws.append([_cell(ws, ""), _cell(ws, row.label)] + _counts_cells(ws, row.counts))

    q, g = report.questions, report.guard
    ws.append([])
    ws.append([_cell(ws, "Politikerspørgsmål (svarfrist 10 arbejdsdage)", font=_BOLD)])
    for text, value in (("Stillet i perioden", q.total), ("Besvaret inden for fristen", q.within),
                        ("Besvaret efter fristen", q.late), ("Ubesvaret, frist ikke overskredet", q.pending),
                        ("Ubesvaret, frist overskredet", q.overdue)):
        ws.append([_cell(ws, text), _cell(ws, value, fmt=INT_FORMAT)])
    ws.append([])
    ws.append([_cell(ws, "Vagtens afgørelser", font=_BOLD)])
    for text, value in (("Kontroller", g.checks), ("Markeret som tvivlsom", g.flagged),
                        ("Afvist", g.declined), ("Accepteret med begrundelse", g.accepted_with_justification)):
        ws.append([_cell(ws, text), _cell(ws, value, fmt=INT_FORMAT)])


def _detail_sheet(wb: Workbook, report: ActivityReport) -> None:
    ws = wb.create_sheet("Opgaver")
    widths = (17, 24, 40, 50, 15, 11, 11, 10)
    for col, width in zip("ABCDEFGH", widths):
        ws.column_dimensions[col].width = width
    ws.freeze_panes = "A2"
    # A filter on the request rows (not the totals row), and headings repeated when printed.
    ws.auto_filter.ref = f"A1:H{len(report.requests) + 1}"
    _print_setup(ws, widths, "1:1")
    ws.append(_header(ws, DETAIL_COLUMNS))
    for line in report.requests:
        ws.append([
            _cell(ws, line.received_local, fmt=DATETIME_FORMAT), _cell(ws, line.member),
            _cell(ws, line.task_type), _cell(ws, line.title), _cell(ws, line.status_label),
            _cell(ws, "ja" if line.in_period else "nej"),
            _cell(ws, line.minutes, fmt=INT_FORMAT), _cell(ws, line.minutes / 60, fmt=HOURS_FORMAT)])
    total = report.totals.minutes
    ws.append([_cell(ws, "I alt", font=_BOLD, border=_TOTAL_BORDER)]
              + [_cell(ws, "", border=_TOTAL_BORDER) for _ in range(5)]
              + [_cell(ws, total, fmt=INT_FORMAT, font=_BOLD, border=_TOTAL_BORDER),
                 _cell(ws, total / 60, fmt=HOURS_FORMAT, font=_BOLD, border=_TOTAL_BORDER)])


def _questions_sheet(wb: Workbook, report: ActivityReport) -> None:
    ws = wb.create_sheet("Politikerspørgsmål")
    widths = (24, 50, 12, 12, 12, 14)
    for col, width in zip("ABCDEF", widths):
        ws.column_dimensions[col].width = width
    ws.freeze_panes = "A2"
    _print_setup(ws, widths, "1:1")
    ws.append(_header(ws, ("Medlem", "Spørgsmål", "Sendt", "Svarfrist", "Besvaret", "Status")))
    for line in report.questions.lines:
        ws.append([_cell(ws, line.member), _cell(ws, line.title), _cell(ws, line.sent, fmt=DATE_FORMAT),
                   _cell(ws, line.due, fmt=DATE_FORMAT),
                   _cell(ws, line.answered, fmt=DATE_FORMAT) if line.answered else _cell(ws, None),
                   _cell(ws, line.outcome_label())])

