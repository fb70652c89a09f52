"""`secretary-app import agenda` and `import meeting-plan`: read agendas and meeting plans
(.txt or .pdf), print what was read, and with --save store it for a party group."""

from __future__ import annotations

HELP_AGENDA = ("Læs en dagsorden (.txt/.pdf), vis punkterne og gem den evt. for en partigruppe / "
               "read an agenda and optionally store it")
HELP_PLAN = ("Importér en mødeplan (fx KKR's plan for valgperioden) som møder / "
             "import a meeting plan as meetings")


def register(reg) -> None:
    p = reg.subcommand("import", "agenda", HELP_AGENDA, run_agenda)
    p.add_argument("file", metavar="FIL", help="dagsordenen som .txt eller .pdf")
    p.add_argument("--json", action="store_true", help="skriv resultatet som JSON")
    p.add_argument("--group", metavar="G", help="partigruppens navn eller listebogstav (til --save)")
    p.add_argument("--save", action="store_true", help="gem mødet og punkterne for gruppen")
    p.add_argument("--body", metavar="NAVN", help="mødeforum, hvis dagsordenen ikke selv siger det")
    p.add_argument("--kind", choices=("council", "committee", "kkr", "other"),
                   help="mødetype (standard: ud fra mødeforum)")
    p = reg.subcommand("import", "meeting-plan", HELP_PLAN, run_plan)
    p.add_argument("file", metavar="FIL", help="mødeplanen (eller dagsordenen med planen) som .txt/.pdf")
    p.add_argument("--group", required=True, metavar="G", help="partigruppens navn eller listebogstav")
    p.add_argument("--body", required=True, metavar="NAVN", help="mødeforum, fx »KKR Hovedstaden«")
    p.add_argument("--kind", choices=("council", "committee", "kkr", "other"),
                   help="mødetype (standard: ud fra mødeforum)")
    p.add_argument("--place", metavar="STED", help="mødested (standard: det planen nævner)")
    p.add_argument("--skip-problems", action="store_true",
                   help="spring datoer med fejl over (fx en ugedag, der ikke passer) og importér resten")
    p.add_argument("--json", action="store_true", help="skriv resultatet som JSON")


def _print_agenda(agenda, lang: str) -> None:
    head = agenda.meeting
    en = lang == "en"
    when = head.date.strftime("%d-%m-%Y") if head.date else "?"
    if head.start_time:
        when += f" {head.start_time:%H:%M}"
    print(f"{head.body or ('Meeting' if en else 'Møde')}  {when}  {head.place}".rstrip())
    for item in agenda.items:
        case = f"  [{item.case_number}{' ' + item.initials if item.initials else ''}]" if item.case_number else ""
        print(f"  {item.number:>6}  {item.title}{case}")
    for w in agenda.warnings:
        print(("Warning: " if en else "Advarsel: ") + w)


def run_agenda(args, ctx) -> int:
    from secretary_app.domain.errors import ValidationError
    from secretary_app.services import meetings

    if args.save and not args.group:
        raise ValidationError("--save kræver --group.", "--save needs --group.", field="group")
    # Parse fully before touching the store: a bad file costs nothing.
    agenda = meetings.parse_agenda_file(args.file)
    out = agenda.to_dict()
    if args.save:
        from pathlib import Path

        from secretary_app.services import groups

        store = ctx.store()
        group = groups.find_group(store, args.group)
        res = meetings.import_agenda(store, group.id, agenda, body_kind=args.kind, body_name=args.body,
                                     source=Path(args.file).name)
        out["saved"] = {"meeting_id": res.meeting.id, "uid": res.meeting.uid, "created": res.created,
                        "items": len(res.items)}
    if args.json:
        ctx.out_json(out)
    else:
        _print_agenda(agenda, ctx.lang)
        if args.save:
            s = out["saved"]
            verb = ("Created" if s["created"] else "Updated") if ctx.lang == "en" else \
                ("Oprettede" if s["created"] else "Opdaterede")
            print(f"{verb} {'meeting' if ctx.lang == 'en' else 'møde'} {s['meeting_id']} "
                  f"({s['items']} {'items' if ctx.lang == 'en' else 'punkter'}).")
    return 0


def run_plan(args, ctx) -> int:
    import sys

    from secretary_app.services import groups, meetings

    plan = meetings.parse_plan_file(args.file)
    store = ctx.store()
    group = groups.find_group(store, args.group)
    res = meetings.import_meeting_plan(store, group.id, plan, body_name=args.body, body_kind=args.kind,
                                       place=args.place, skip_problems=args.skip_problems, lang=ctx.lang)
    for problem in res.skipped:
        print(("Skipped: " if ctx.lang == "en" else "Sprunget over: ") + problem, file=sys.stderr)
    if args.json:
        ctx.out_json({"created": [meetings.meeting_to_dict(m) for m in res.created],
                      "updated": [meetings.meeting_to_dict(m) for m in res.updated],
                      "skipped": res.skipped})
    elif ctx.lang == "en":
        print(f"{len(res.created)} meetings created, {len(res.updated)} updated ({args.body}, {group.name}).")
    else:
        print(f"{len(res.created)} møder oprettet, {len(res.updated)} opdateret ({args.body}, {group.name}).")
    return 0
