"""`secretary-app tasks add|list|log`: requests from the command line (headless, no Qt).

Services are imported inside the handlers so `secretary-app --help` stays fast."""

from __future__ import annotations


def register(reg) -> None:
    reg.GROUPS.setdefault("tasks", "Opgaver: opret, vis og registrér tid / requests: add, list, log time")
    add = reg.subcommand("tasks", "add", "Opret en opgave og skriv den som JSON / add a request", run_add)
    add.add_argument("--group", required=True, help="partigruppens navn eller listebogstav")
    add.add_argument("--member", required=True, help="medlemmets navn")
    add.add_argument("--type", required=True, dest="type_code", help="opgavetypens kode, fx speech")
    add.add_argument("--title", required=True)
    add.add_argument("--description", default="")
    add.add_argument("--channel", default="email", help="email, phone, meeting, kb_postkasse, other")
    add.add_argument("--received", help="modtaget YYYY-MM-DD (standard: i dag)")
    add.add_argument("--due", help="frist YYYY-MM-DD")
    add.add_argument("--sent", help="politikerspørgsmål: sendt YYYY-MM-DD (svarfrist = 10 arbejdsdage)")
    add.add_argument("--priority", type=int, default=1, help="0 lav, 1 normal, 2 høj")
    add.add_argument("--estimate", type=int, default=None, help="anslået tid i minutter")
    add.add_argument("--tags", default="", help="mærker adskilt af mellemrum eller komma")

    lst = reg.subcommand("tasks", "list", "Vis opgaver som JSON / list requests", run_list)
    lst.add_argument("--group", required=True)
    lst.add_argument("--member")
    lst.add_argument("--status", help="new, in_progress, waiting, done, declined")
    lst.add_argument("--trash", action="store_true", help="kun opgaver i papirkurven")
    lst.add_argument("--json", action="store_true", help="JSON-array (standard)")

    log = reg.subcommand("tasks", "log", "Registrér tid på en opgave / log time", run_log)
    log.add_argument("--id", required=True, type=int, dest="request_id")
    log.add_argument("--minutes", required=True, help="minutter, fx 45")
    log.add_argument("--date", help="arbejdsdato YYYY-MM-DD (standard: i dag)")
    log.add_argument("--note", default="")


def run_add(args, ctx) -> int:
    from secretary_app.services import groups
    from secretary_app.services import requests as svc

    store = ctx.store()
    group = groups.find_group(store, args.group)
    member = groups.find_member(store, group.id, args.member)
    req = svc.create_request(store, group.id, member.id, args.type_code, args.title,
                             description=args.description, channel=args.channel,
                             received_at=args.received or None, due_date=args.due or None,
                             sent_date=args.sent or None, priority=args.priority,
                             estimated_minutes=args.estimate, tags=args.tags)
    ctx.out_json(svc.request_dict(store, req.id))
    return 0


def run_list(args, ctx) -> int:
    from secretary_app.services import groups
    from secretary_app.services import requests as svc

    store = ctx.store()
    group = groups.find_group(store, args.group)
    member_id = groups.find_member(store, group.id, args.member).id if args.member else None
    if args.trash:
        rows = [r for r in svc.list_trash(store, group.id) if member_id in (None, r.member_id)]
    else:
        rows = svc.list_requests(store, group.id, member_id=member_id, status=args.status)
    ctx.out_json(svc.requests_as_dicts(store, rows))
    return 0


def run_log(args, ctx) -> int:
    from secretary_app.services import requests as svc

    store = ctx.store()
    entry = svc.log_time(store, args.request_id, args.minutes, work_date=args.date or None, note=args.note)
    ctx.out_json({"id": entry.id, "request_id": entry.request_id, "date": entry.work_date.isoformat(),
                  "minutes": entry.minutes, "note": entry.note,
                  "total_minutes": svc.total_minutes(store, args.request_id)})
    return 0
