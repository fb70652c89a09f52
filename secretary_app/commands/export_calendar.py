"""`secretary-app export calendar`: a party group's meetings and deadlines as .ics."""

from __future__ import annotations

HELP = ("Eksportér gruppens møder og frister som kalenderfil (.ics) til Outlook/Google / "
        "export a group's meetings and deadlines as an .ics calendar")


def register(reg) -> None:
    p = reg.subcommand("export", "calendar", HELP, run)
    p.add_argument("--group", required=True, metavar="G", help="partigruppens navn eller listebogstav")
    p.add_argument("--out", required=True, metavar="FIL.ics", help="kalenderfilen, der skal skrives")
    p.add_argument("--from", dest="date_from", metavar="DATO",
                   help="kun møder fra denne dato (ÅÅÅÅ-MM-DD eller DD-MM-ÅÅÅÅ)")


def run(args, ctx) -> int:
    from pathlib import Path

    from secretary_app.domain.dates import parse_date
    from secretary_app.domain.errors import ValidationError
    from secretary_app.exports.atomic import check_writable_target
    from secretary_app.services.calendar import export_calendar
    from secretary_app.services import groups

    out = check_writable_target(Path(args.out))
    start = None
    if args.date_from:
        try:
            start = parse_date(args.date_from)
        except ValueError as exc:
            raise ValidationError(f"Ugyldig dato til --from: {exc}", f"Invalid --from date: {exc}",
                                  field="from")
    store = ctx.store()
    group = groups.find_group(store, args.group)
    n = export_calendar(store, group.id, out, lang=ctx.lang, start=start)
    if ctx.lang == "en":
        print(f"Wrote {out}: {n} events for {group.name}.")
    else:
        print(f"Skrev {out}: {n} begivenheder for {group.name}.")
    return 0
