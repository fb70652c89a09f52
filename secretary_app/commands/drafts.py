"""`secretary-app drafts list|export`: drafts from the command line (headless).

No Qt is imported, except that a PDF export starts an offscreen QGuiApplication inside the
command (as `export activity --format pdf` does). Services are imported inside the handlers
so `secretary-app --help` stays fast."""

from __future__ import annotations


def register(reg) -> None:
    reg.GROUPS.setdefault("drafts", "Udkast: vis og eksportér / drafts: list and export")
    lst = reg.subcommand("drafts", "list", "Vis udkast som JSON / list drafts", run_list)
    lst.add_argument("--group", required=True, metavar="G", help="partigruppens navn eller listebogstav")
    lst.add_argument("--member", metavar="M", help="kun dette medlem (navn eller id)")
    lst.add_argument("--kind", help="speech, debate_article, press_release, member_proposal, inquiry, "
                                    "access_request, memo")
    lst.add_argument("--search", metavar="TEKST", help="fritekstsøgning i titel og tekst")
    lst.add_argument("--trash", action="store_true", help="kun udkast i papirkurven")
    lst.add_argument("--json", action="store_true", help="JSON-array (standard)")

    exp = reg.subcommand("drafts", "export", "Eksportér et udkast / export a draft", run_export)
    exp.add_argument("--id", required=True, type=int, dest="draft_id", metavar="N")
    exp.add_argument("--format", choices=("docx", "pdf", "txt", "md"),
                     help="filformat (standard: filnavnets endelse)")
    exp.add_argument("--out", required=True, metavar="FIL", help="filen, der skal skrives")


def run_list(args, ctx) -> int:
    from secretary_app.services import drafts as svc
    from secretary_app.services import groups

    store = ctx.store()
    group = groups.find_group(store, args.group)
    member_id = groups.find_member(store, group.id, args.member).id if args.member else None
    rows = svc.list_drafts(store, group.id, member_id, trash=args.trash, kind=args.kind)
    if args.search:
        order = {i: n for n, i in enumerate(svc.search_draft_ids(store, group.id, args.search, member_id))}
        rows = sorted((r for r in rows if r.id in order), key=lambda r: order[r.id])
    ctx.out_json(svc.drafts_as_dicts(store, rows, ctx.lang))
    return 0


def run_export(args, ctx) -> int:
    from pathlib import Path

    from secretary_app.exports.atomic import check_writable_target
    from secretary_app.services import drafts as svc

    # Cheap checks first: a typo costs nothing and no file is touched.
    out = check_writable_target(Path(args.out))
    fmt = svc.check_format(args.format, out)
    store = ctx.store()
    svc.get_draft(store, args.draft_id)
    path = svc.export_draft(store, args.draft_id, fmt, out, lang=ctx.lang)
    if ctx.lang == "en":
        print(f"Wrote {path} ({fmt.upper()}).")
    else:
        print(f"Skrev {path} ({fmt.upper()}).")
    return 0
