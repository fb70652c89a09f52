"""`secretary-app export activity`: the monthly activity log as PDF, XLSX or CSV."""

from __future__ import annotations

HELP = "Eksportér aktivitetsloggen for en partigruppe / export a party group's activity log"


def register(reg) -> None:
    p = reg.subcommand("export", "activity", HELP, run)
    p.add_argument("--group", required=True, metavar="G", help="partigruppens navn eller listebogstav")
    p.add_argument("--month", metavar="ÅÅÅÅ-MM", help="måneden, fx 2026-03 (eller brug --from/--to)")
    p.add_argument("--from", dest="date_from", metavar="DATO", help="første dag i perioden (ÅÅÅÅ-MM-DD)")
    p.add_argument("--to", dest="date_to", metavar="DATO", help="sidste dag i perioden (ÅÅÅÅ-MM-DD)")
    p.add_argument("--member", metavar="M", help="kun dette medlem (navn eller id)")
    p.add_argument("--format", choices=("pdf", "xlsx", "csv"),
                   help="filformat (standard: filnavnets endelse)")
    p.add_argument("--out", required=True, metavar="FIL", help="filen, der skal skrives")
    p.add_argument("--separator", choices=(";", ","), default=";", metavar="';'|','",
                   help="CSV-skilletegn: ; (standard, dansk Excel, decimalkomma) eller ,")
    p.add_argument("--table", choices=("detail", "summary"), default="detail",
                   help="CSV: én linje pr. opgave (detail) eller pr. medlem og opgavetype (summary)")


def run(args, ctx) -> int:
    from pathlib import Path

    from secretary_app.exports.activity_export import check_format, export_report
    from secretary_app.exports.atomic import check_writable_target
    from secretary_app.services import groups, reports

    # Cheap checks first, so a typo costs nothing and no file is touched.
    period = reports.resolve_period(args.month, args.date_from, args.date_to)
    out = check_writable_target(Path(args.out))
    fmt = check_format(args.format, out)
    store = ctx.store()
    group = groups.find_group(store, args.group)
    member = groups.find_member(store, group.id, args.member) if args.member else None
    report = reports.build_report(store, group.id, period, member.id if member else None, lang=ctx.lang)
    export_report(report, fmt, out, separator=args.separator, table=args.table)
    t = report.totals
    if ctx.lang == "en":
        print(f"Wrote {out} ({fmt.upper()}): {report.group_name}, {report.period.label('en')}, "
              f"{len(report.requests)} requests, {reports.format_minutes(t.minutes)} hours.")
    else:
        print(f"Skrev {out} ({fmt.upper()}): {report.group_name}, {report.period.label()}, "
              f"{len(report.requests)} opgaver, {reports.format_minutes(t.minutes)} timer.")
    return 0
