"""`secretary-app groups`: list party groups with members and task types."""

from __future__ import annotations


def register(reg) -> None:
    p = reg.command("groups", "Vis partigrupperne med medlemmer og opgavetyper / list party groups", run)
    p.add_argument("--json", action="store_true", help="skriv JSON (navn, listebogstav, medlemmer, typer)")


def run(args, ctx) -> int:
    from secretary_app.services.groups import groups_overview

    overview = groups_overview(ctx.store())
    if args.json:
        ctx.out_json(overview)
        return 0
    if not overview:
        print("Ingen partigrupper endnu. Kør `secretary-app demo` for demodata.")
    for g in overview:
        print(f"{g['list_letter']}  {g['name']}  ({len(g['members'])} medlemmer)")
        for m in g["members"]:
            print(f"     - {m['name']}")
    return 0
