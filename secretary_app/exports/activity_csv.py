"""Activity log as CSV: UTF-8 with a BOM and ``;`` by default, as Danish Excel expects.

With ``;`` numbers use the Danish decimal comma (``2,25``); with ``,`` a decimal point.
Minutes are whole numbers in their own column, so totals agree to the minute.
"""

from __future__ import annotations

import csv
from pathlib import Path

from secretary_app.domain.dates import format_short
from secretary_app.exports.atomic import atomic_output
from secretary_app.domain.activity import ActivityReport, hours_decimal

SEPARATORS = (";", ",")
TABLES = ("detail", "summary")

DETAIL_HEADER = ("Modtaget", "Kl.", "Medlem", "Opgavetype", "Titel", "Status", "Modtaget i perioden",
                 "Minutter", "Timer")
SUMMARY_HEADER = ("Medlem", "Opgavetype", "Modtaget", "Færdige", "Åbne", "Afviste", "Minutter", "Timer")


def write_csv(report: ActivityReport, target: Path | str, separator: str = ";", table: str = "detail") -> Path:
    """``detail``: one row per request, nothing else; ``summary``: one row per member and task
    type, then the totals row."""
    if separator not in SEPARATORS:
        raise ValueError(f"separator must be one of {SEPARATORS}")
    if table not in TABLES:
        raise ValueError(f"table must be one of {TABLES}")
    decimal = "," if separator == ";" else "."
    with atomic_output(target) as tmp:
        # utf-8-sig writes the BOM that makes Excel read æ, ø and å correctly.
        with open(tmp, "w", encoding="utf-8-sig", newline="") as fh:
            out = csv.writer(fh, delimiter=separator, quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
            if table == "detail":
                out.writerow(DETAIL_HEADER)
                out.writerows(
                    (format_short(line.received_local.date()), f"{line.received_local:%H:%M}", line.member,
                     line.task_type, line.title, line.status_label, "ja" if line.in_period else "nej",
                     line.minutes, hours_decimal(line.minutes, decimal))
                    for line in report.requests)
                # Data rows only: a totals row would sort in among them and break pivot tables;
                # the totals are the summary table's last row.
            else:
                out.writerow(SUMMARY_HEADER)
                for row in report.by_member_type:
                    c = row.counts
                    out.writerow((row.label, row.secondary, c.received, c.completed, c.open, c.declined,
                                  c.minutes, hours_decimal(c.minutes, decimal)))
                t = report.totals
                out.writerow(("I alt", "", t.received, t.completed, t.open, t.declined, t.minutes,
                              hours_decimal(t.minutes, decimal)))
    return Path(target)
