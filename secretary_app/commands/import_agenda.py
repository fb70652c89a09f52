"""`secretary-app import agenda` and `import meeting-plan`: read agendas and meeting plans
(.txt, .html or .pdf), print what would be saved (``--json``: exactly that), and with --save
store it for a party group."""

from __future__ import annotations

HELP_AGENDA = ("Læs en dagsorden eller et referat (.txt/.html/.pdf), vis punkterne og gem den evt. for en partigruppe / "
               "read an agenda and optionally store it")
HELP_PLAN = ("Importér en mødeplan (fx KKR's plan for valgperioden) som møder / "
             "import a meeting plan as meetings")


def register(reg) -> None:
    p = reg.subcommand("import", "agenda", HELP_AGENDA, run_agenda)
    p.add_argument("file", metavar="FIL", help="dagsordenen som .txt, .html eller .pdf")
    p.add_argument("--json", action="store_true", help="skriv det, der ville blive gemt, som JSON")
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


def _print_review(review, lang: str) -> None:
    en = lang == "en"
    when = review.date.strftime("%d-%m-%Y") if review.date else "?"
    if review.start_time:
        when += f" {review.start_time:%H:%M}"
    print(f"{review.body_name or ('Meeting' if en else 'Møde')}  {when}  {review.place}".rstrip())
    for item in review.items:
        case = f"  [{item.case_number}{' ' + item.initials if item.initials else ''}]" if item.case_number else ""
        closed = (" (closed)" if en else " (lukket)") if item.closed else ""
        print(f"  {item.number:>6}  {item.title}{case}{closed}")
    for w in review.warnings:
        print(("Warning: " if en else "Advarsel: ") + w)
    if review.unread:
        print((f"{len(review.unread)} lines looked like items but were not taken (see --json)." if en else
               f"{len(review.unread)} linjer lignede punkter, men blev ikke taget med (se --json)."))


def run_agenda(args, ctx) -> int:
    from secretary_app.domain.errors import ValidationError
    from secretary_app.services import agenda_import

    if args.save and not args.group:
        raise ValidationError("--save kræver --group.", "--save needs --group.", field="group")
    # Read fully before touching the store: a bad file costs nothing.
    review = agenda_import.read_for_review(None, None, args.file, body_name=args.body, body_kind=args.kind)
    store = group = None
    if args.group:
        from secretary_app.services import groups

        store = ctx.store()
        group = groups.find_group(store, args.group)
        review = agenda_import.read_for_review(store, group.id, args.file, body_name=args.body,
                                               body_kind=args.kind)
    out = review.to_dict()  # what a save stores
    if args.save:
        res = agenda_import.save_review(store, group.id, review)
        out["saved"] = {"meeting_id": res.meeting.id, "uid": res.meeting.uid, "created": res.created,
                        "items": len(res.items), "warnings": res.warnings}
    if args.json:
        ctx.out_json(out)
    else:
        _print_review(review, ctx.lang)
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
