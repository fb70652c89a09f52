"""The activity log's formats through the one export route (used by the CLI and the GUI).

The PDF writer needs Qt; it is imported only when a PDF is asked for, so CSV and
XLSX exports from the command line never load Qt.
"""

from __future__ import annotations

from pathlib import Path

from secretary_app.domain.activity import ActivityReport
from secretary_app.exports import route
from secretary_app.exports.route import formats

FORMATS = formats("activity")


def check_format(fmt: str | None, out: Path | str) -> str:
    """The format asked for, or the one the file name's suffix names."""
    return route.check_format("activity", fmt, out)


def export_report(report: ActivityReport, fmt: str, out: Path | str, *, separator: str = ";",
                  table: str = "detail") -> Path:
    options = {"separator": separator, "table": table} if check_format(fmt, out) == "csv" else {}
    return route.export("activity", report, fmt, out, **options)
