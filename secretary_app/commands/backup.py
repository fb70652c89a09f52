"""`secretary-app backup|backups|restore` and `member export|erase` (headless, no Qt)."""

from __future__ import annotations

import sys


def register(reg) -> None:
    p = reg.command("backup", "Tag en kontrolleret sikkerhedskopi nu / back up the database now", run_backup)
    p.add_argument("--out", metavar="FIL", help="skriv kopien til FIL i stedet for mappen backups/")
    p.add_argument("--json", action="store_true", help="skriv resultatet som JSON")

    p = reg.command("backups", "Vis sikkerhedskopierne, nyeste først / list backups", run_list)
    p.add_argument("--check", action="store_true", help="kontrollér hver kopi (quick_check og skema)")
    p.add_argument("--json", action="store_true", help="skriv listen som JSON")

    p = reg.command("restore", "Gendan databasen fra en sikkerhedskopi / restore from a backup", run_restore)
    p.add_argument("file", metavar="FIL", help="sikkerhedskopien (se `secretary-app backups`)")
    p.add_argument("--json", action="store_true", help="skriv resultatet som JSON")

    reg.GROUPS.setdefault("member", "Et medlems data: udtræk og sletning (GDPR) / a member's data: export, erase")
    p = reg.subcommand("member", "export", "Eksportér alle data om et medlem som JSON i en ZIP / export a member's data",
                       run_member_export)
    p.add_argument("--group", required=True, help="partigruppens navn eller listebogstav")
    p.add_argument("--member", required=True, help="medlemmets navn eller id")
    p.add_argument("--out", required=True, metavar="FIL.zip", help="ZIP-filen, der skrives")
    p = reg.subcommand("member", "erase", "Slet et medlem og alle medlemmets data (GDPR) / erase a member",
                       run_member_erase)
    p.add_argument("--group", required=True, help="partigruppens navn eller listebogstav")
    p.add_argument("--member", required=True, help="medlemmets navn eller id")
    p.add_argument("--yes", action="store_true", help="bekræft: sletningen kan ikke fortrydes")
    p.add_argument("--json", action="store_true", help="skriv resultatet som JSON")


def _size(n: int) -> str:
    return f"{n / 1_000_000:.1f} MB" if n >= 1_000_000 else f"{max(1, n // 1000)} kB"


KIND_DA = {"auto": "automatisk", "manual": "manuel", "pre-restore": "før gendannelse",
           "pre-migration": "før opgradering", "other": "anden"}


def run_backup(args, ctx) -> int:
    from secretary_app import paths
    from secretary_app.services import backup
    from secretary_app.store.lock import InstanceLock

    # With the folder free, the backup runs the same checks as every command (and sweeps); beside
    # the open window it is an online backup, checked by its own quick_check.
    lock = InstanceLock(paths.data_dir(), role="backup")
    mine = lock.try_acquire()
    try:
        path = backup.backup_now(out=args.out, check=mine)
    finally:
        if mine:
            lock.release()
    if args.json:
        ctx.out_json({"file": str(path), "size": path.stat().st_size, "check": "ok"})
    else:
        print(("Backup written and checked: " if ctx.lang == "en" else "Sikkerhedskopi gemt og kontrolleret: ")
              + str(path))
    return 0


def run_list(args, ctx) -> int:
    from secretary_app import paths
    from secretary_app.services import backup

    rows = backup.list_backups(check=args.check)
    if args.json:
        ctx.out_json(rows)
        return 0 if all(r.get("ok", True) for r in rows) else 1
    if not rows:
        print("No backups yet in " if ctx.lang == "en" else "Ingen sikkerhedskopier endnu i ", end="")
        print(paths.backups_dir())
        return 0
    for r in rows:
        state = ""
        if args.check:
            state = "  ok" if r["ok"] else f"  FEJL: {r['check']}"
        kind = r["kind"] if ctx.lang == "en" else KIND_DA.get(r["kind"], r["kind"])
        print(f"{r['created'].replace('T', ' ')}  {kind:<17} {_size(r['size']):>8}  {r['file']}{state}")
    return 0 if all(r.get("ok", True) for r in rows) else 1


def run_restore(args, ctx) -> int:
    from pathlib import Path

    from secretary_app import paths
    from secretary_app.commands.encryption import read_secret
    from secretary_app.services import backup, encryption

    file = Path(args.file).expanduser()
    key = encryption.unlock_backup(file, paths.db_path(), passphrase=read_secret(ctx.passphrase_file, "passphrase"),
                                   recovery_key=read_secret(ctx.recovery_key_file, "recovery")) \
        if file.is_file() else None
    # The lock makes sure neither the window nor another command has the database open.
    result = backup.restore(file, role="restore", key=key)
    if args.json:
        ctx.out_json({"restored_from": str(result.restored_from),
                      "pre_restore": str(result.pre_restore) if result.pre_restore else None,
                      "damaged": str(result.damaged) if result.damaged else None})
        return 0
    en = ctx.lang == "en"
    print(("Restored from " if en else "Gendannet fra ") + str(result.restored_from))
    if result.pre_restore:
        print(("The previous database is kept as " if en else "Den tidligere database er gemt som ")
              + str(result.pre_restore))
    if result.damaged:
        print(("The damaged database was renamed, untouched, to " if en
               else "Den beskadigede database er omdøbt, uændret, til ") + str(result.damaged))
    return 0


def _find(ctx, args):
    from secretary_app.services import groups

    store = ctx.store()
    group = groups.find_group(store, args.group)
    member = groups.find_member(store, group.id, args.member)
    return store, member


def run_member_export(args, ctx) -> int:
    from secretary_app.services import members_gdpr

    store, member = _find(ctx, args)
    out = members_gdpr.export_member(store, member.id, args.out)
    print(("Exported to " if ctx.lang == "en" else "Eksporteret til ") + str(out))
    return 0


def run_member_erase(args, ctx) -> int:
    from secretary_app.domain.errors import ValidationError
    from secretary_app.services import members_gdpr

    store, member = _find(ctx, args)
    if not args.yes:
        raise ValidationError(
            f"Sletning af {member.name} og alle medlemmets data kan ikke fortrydes; gentag med --yes "
            "(eksportér evt. først med `member export`).",
            f"Erasing {member.name} and all their data cannot be undone; repeat with --yes "
            "(export first with `member export` if needed).", field="yes")
    result = members_gdpr.erase_member(store, member.id)
    if args.json:
        ctx.out_json(result.as_dict())
    else:
        en = ctx.lang == "en"
        print((f"Erased: {result.requests} requests, {result.time_entries} time entries, {result.drafts} drafts."
               if en else f"Slettet: {result.requests} opgaver, {result.time_entries} tidsregistreringer, "
               f"{result.drafts} udkast."), file=sys.stdout)
        print(("Audit entry " if en else "Logpost ") + str(result.audit_id)
              + (". Backups still hold the data until they age out (7 days / 4 weeks)." if en
                 else ". Sikkerhedskopier indeholder stadig data, til de udløber (7 dage / 4 uger)."))
    return 0
