"""`secretary-app press watch|import|list|digest`: press monitoring from the command line
(headless; a PDF digest starts an offscreen QGuiApplication inside the command, as the other
PDF exports do). Services are imported inside the handlers so `--help` stays fast."""

from __future__ import annotations


def register(reg) -> None:
    reg.GROUPS.setdefault("press", "Presseovervågning: søgeord, feeds, klip og presseoversigt / press monitoring")
    press = reg.group("press")
    watch_parser = press.add_parser("watch", help="Søgeord pr. medlem / watch lists")
    watch_sub = watch_parser.add_subparsers(dest="press_watch_command", metavar="COMMAND")
    watch_sub.required = True
    add = watch_sub.add_parser("add", help="Tilføj søgeord / add watch terms")
    add.set_defaults(func=run_watch_add)
    add.add_argument("--group", required=True, metavar="G", help="partigruppens navn eller listebogstav")
    add.add_argument("--member", metavar="M", help="medlemmet (udelad for hele gruppens liste)")
    add.add_argument("--terms", required=True, help='søgeord adskilt af komma, fx "cykelsti, Ålholmvej"')
    add.add_argument("--exclude", default="", help="undtagelser adskilt af komma, fx \"Amager Bakke\"")
    lst = watch_sub.add_parser("list", help="Vis søgeord som JSON / list watch terms")
    lst.set_defaults(func=run_watch_list)
    lst.add_argument("--group", required=True, metavar="G")
    lst.add_argument("--member", metavar="M")

    imp = reg.subcommand("press", "import", "Læs et feed (URL eller fil) eller en mail med presseklip / "
                                            "read a feed (URL or file) or a mail digest", run_import)
    imp.add_argument("--group", required=True, metavar="G")
    imp.add_argument("source", metavar="SOURCE", help="feed-URL, feed-fil (.xml/.rss/.atom) eller mail (.eml)")
    imp.add_argument("--json", action="store_true", help="skriv de nye klip som JSON")

    ls = reg.subcommand("press", "list", "Vis presseklip som JSON / list clippings", run_list)
    ls.add_argument("--group", required=True, metavar="G")
    ls.add_argument("--member", metavar="M")
    ls.add_argument("--from", dest="start", metavar="D", help="fra dato (ÅÅÅÅ-MM-DD)")
    ls.add_argument("--to", dest="end", metavar="D", help="til og med dato")
    ls.add_argument("--status", choices=("new", "unmatched", "kept", "dismissed"))
    ls.add_argument("--search", metavar="TEKST", help="fritekstsøgning i overskrift, resumé og tekst")
    ls.add_argument("--json", action="store_true", help="JSON-array (standard)")

    tim = reg.subcommand("press", "log-time", "Registrér tid på presseovervågning / log press-monitoring time",
                         run_log_time)
    tim.add_argument("--group", required=True, metavar="G")
    tim.add_argument("--member", required=True, metavar="M")
    tim.add_argument("--minutes", required=True)
    tim.add_argument("--date", help="arbejdsdato YYYY-MM-DD (standard: i dag)")

    dig = reg.subcommand("press", "digest", "Skriv en presseoversigt / write a press digest", run_digest)
    dig.add_argument("--group", required=True, metavar="G")
    dig.add_argument("--member", metavar="M", help="kun dette medlem (ellers hele gruppen)")
    dig.add_argument("--from", dest="start", required=True, metavar="D")
    dig.add_argument("--to", dest="end", metavar="D", help="til og med (standard: samme dag)")
    dig.add_argument("--format", choices=("docx", "pdf", "html"), help="standard: filnavnets endelse")
    dig.add_argument("--out", required=True, metavar="FIL")


def _group_member(ctx, args, *, write: bool = True):
    from secretary_app.services import groups

    store = ctx.store(write=write)
    group = groups.find_group(store, args.group)
    member = groups.find_member(store, group.id, args.member) if getattr(args, "member", None) else None
    return store, group, member


def run_watch_add(args, ctx) -> int:
    from secretary_app.services.press import clippings, watch

    store, group, member = _group_member(ctx, args)
    rows = watch.add_terms(store, group.id, member.id if member else None, args.terms, args.exclude)
    moved = clippings.rematch(store, group.id)
    ctx.out_json({"added": [r.term for r in rows], "member": member.name if member else None,
                  "clippings_now_matched": moved})
    return 0


def run_watch_list(args, ctx) -> int:
    from secretary_app.services.press import watch

    store, group, member = _group_member(ctx, args, write=False)
    rows = watch.list_terms(store, group.id, member.id if member else None)
    ctx.out_json([{"id": r.id, "member": r.member_name or None, "term": r.term, "exclusions": list(r.exclusions)}
                  for r in rows])
    return 0


def run_import(args, ctx) -> int:
    from secretary_app.services.press import sources

    store, group, _ = _group_member(ctx, args)
    result = sources.import_source(store, group.id, args.source)
    if args.json:
        ctx.out_json([r.as_dict() for r in result.new])
        return 0
    en = ctx.lang == "en"
    if result.not_modified:
        print(f"{result.source}: unchanged since last read (304)." if en
              else f"{result.source}: uændret siden sidst (304).")
        return 0
    print(f"{result.source}: {len(result.new)} new, {result.seen} already stored." if en
          else f"{result.source}: {len(result.new)} nye, {result.seen} fandtes allerede.")
    for row in result.new:
        who = ", ".join(m or ("whole group" if en else "hele gruppen") for m in row.members)
        tag = f"  [{who}: {', '.join(row.terms)}]" if row.terms else ""
        print(f"  {row.outlet or '-'} | {row.title}{tag}")
    return 0


def run_list(args, ctx) -> int:
    from secretary_app.services.press import clippings, digest

    store, group, member = _group_member(ctx, args, write=False)
    start = end = None
    if args.start or args.end:
        per = digest.period(args.start or "1990-01-01", args.end or "2100-01-01")
        start, end = per.utc_bounds()
    if args.search:
        rows = clippings.search(store, group.id, args.search)
        if member is not None:
            rows = [r for r in rows if member.id in r.member_ids]
    else:
        rows = clippings.list_clippings(store, group.id, member_id=member.id if member else None,
                                        statuses=(args.status,) if args.status else None, start=start, end=end)
    if args.search and (start or end):
        rows = [r for r in rows if (start is None or r.moment >= start) and (end is None or r.moment < end)]
    ctx.out_json([r.as_dict() for r in rows])
    return 0


def run_log_time(args, ctx) -> int:
    from secretary_app.services.press import activity, digest

    store, group, member = _group_member(ctx, args)
    day = digest.as_date(args.date, "date") if args.date else None
    entry = activity.log_press_time(store, group.id, member.id, args.minutes, day)
    ctx.out_json({"request_id": entry.request_id, "date": entry.work_date.isoformat(), "minutes": entry.minutes})
    return 0


def run_digest(args, ctx) -> int:
    from pathlib import Path

    from secretary_app.exports.atomic import check_writable_target
    from secretary_app.services.press import digest

    out = check_writable_target(Path(args.out))
    fmt = digest.check_format(args.format, out)
    per = digest.period(args.start, args.end)
    store, group, member = _group_member(ctx, args, write=False)
    doc = digest.build_digest(store, group.id, per, member.id if member else None, lang=ctx.lang)
    path = digest.export_digest(doc, fmt, out)
    print(f"Wrote {path} ({fmt.upper()}, {doc.count} clippings)." if ctx.lang == "en"
          else f"Skrev {path} ({fmt.upper()}, {doc.count} klip).")
    return 0
