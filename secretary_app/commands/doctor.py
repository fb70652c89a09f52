"""`secretary-app doctor`: data dir, database, schema revision, integrity check.

Never writes: a damaged database stays byte-for-byte unchanged, and nothing (not even a
-wal or -shm file) is created beside it. Exits 1 when anything is wrong."""

from __future__ import annotations


def register(reg) -> None:
    p = reg.command("doctor", "Kontrollér datamappe, database, skemaversion og integritet / health check", run)
    p.add_argument("--json", action="store_true", help="skriv rapporten som JSON")
    p.add_argument("--db", metavar="FIL", help="kontrollér denne databasefil i stedet (fx en kopi)")


def run(args, ctx) -> int:
    from pathlib import Path

    from secretary_app import paths
    from secretary_app.services.doctor import diagnose

    if args.db:
        db = Path(args.db).expanduser().resolve()
        report = diagnose(db.parent, db, ctx.lang)
    else:  # a missing data folder is reported, not created
        report = diagnose(paths.data_dir(create=False), paths.db_path(), ctx.lang)
    if args.json:
        ctx.out_json(report.as_dict())
    else:
        print(f"Version:          {report.version}")
        print(f"Datamappe:        {report.data_dir}")
        print(f"Database:         {report.db_path}")
        print(f"Skemaversion:     {', '.join(report.revision) or '-'} (nyeste: {', '.join(report.heads)})")
        print(f"Hurtigtjek:       {report.quick_check}")
        print(f"Integritetstjek:  {report.integrity}")
        for note in report.notes:
            print(note.split(" / ")[ctx.lang == "en"] if " / " in note else note)
        for problem in report.problems:
            print(f"PROBLEM: {problem}")
        print("Alt er i orden." if report.ok else "Der er problemer (se ovenfor).")
    return 0 if report.ok else 1
