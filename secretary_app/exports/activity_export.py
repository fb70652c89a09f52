"""One entry point for the three activity-log formats (used by the CLI and the GUI).

The PDF writer needs Qt; it is imported only when a PDF is asked for, so CSV and
XLSX exports from the command line never load Qt.
"""

from __future__ import annotations

from pathlib import Path

from secretary_app.domain.errors import ValidationError
from secretary_app.domain.activity import ActivityReport

FORMATS = ("pdf", "xlsx", "csv")


def check_format(fmt: str | None, out: Path | str) -> str:
    """The format asked for, or the one the file name's suffix names."""
    fmt = (fmt or Path(out).suffix.lstrip(".")).lower()
    if not fmt:
        raise ValidationError("Angiv --format pdf, xlsx eller csv, eller et filnavn med en af de endelser.",
                              "Give --format pdf, xlsx or csv, or a file name with one of those suffixes.",
                              field="format")
    if fmt not in FORMATS:
        raise ValidationError(f"Ukendt format »{fmt}«; vælg pdf, xlsx eller csv.",
                              f"Unknown format '{fmt}'; choose pdf, xlsx or csv.", field="format")
    return fmt


def export_report(report: ActivityReport, fmt: str, out: Path | str, *, separator: str = ";",
                  table: str = "detail") -> Path:
    if fmt == "pdf":
        from secretary_app.exports.activity_pdf import write_pdf

        return write_pdf(report, out)
    if fmt == "xlsx":
        from secretary_app.exports.activity_xlsx import write_xlsx

        return write_xlsx(report, out)
    if fmt == "csv":
        from secretary_app.exports.activity_csv import write_csv

        return write_csv(report, out, separator=separator, table=table)
    raise ValidationError(f"Ukendt format »{fmt}«.", f"Unknown format '{fmt}'.", field="format")
