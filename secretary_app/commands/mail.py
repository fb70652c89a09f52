"""`secretary-app mail read` and `tasks import-mail`: mail files from the command line (no Qt)."""

from __future__ import annotations


def register(reg) -> None:
    reg.GROUPS.setdefault("mail", "Mails: læs .msg- og .eml-filer / mail: read .msg and .eml files")
    read = reg.subcommand("mail", "read", "Læs en mailfil og skriv den som JSON / read a mail file", run_read)
    read.add_argument("file", metavar="FILE", help=".msg- eller .eml-fil")
    read.add_argument("--json", action="store_true", help="JSON-objekt (standard)")

    imp = reg.subcommand("tasks", "import-mail",
                         "Opret opgaver fra mails (tråde samles) / create requests from mail files",
                         run_import)
    imp.add_argument("files", metavar="FILE", nargs="+", help=".msg- eller .eml-filer")
    imp.add_argument("--group", required=True, help="partigruppens navn eller listebogstav")
    imp.add_argument("--member", help="medlemmets navn (ellers findes medlemmet ud fra afsenderen)")
    imp.add_argument("--json", action="store_true", help="JSON-array (standard)")


def run_read(args, ctx) -> int:
    from secretary_app.services.mail_intake import read_mail_file

    ctx.out_json(read_mail_file(args.file).to_json())
    return 0


def run_import(args, ctx) -> int:
    from secretary_app.services import groups
    from secretary_app.services.mail_intake import import_mail_files

    store = ctx.store()
    group = groups.find_group(store, args.group)
    member_id = groups.find_member(store, group.id, args.member).id if args.member else None
    results = import_mail_files(store, group.id, args.files, member_id=member_id)
    ctx.out_json([r.to_json(ctx.lang) for r in results])
    return 0 if all(r.ok for r in results) else 2
