"""`secretary-app doctor`: data dir, database, schema revision, integrity check."""

from __future__ import annotations


def register(reg) -> None:
    p = reg.command("doctor", "Kontrollér datamappe, database, skemaversion og integritet / health check", run)
    p.add_argument("--json", action="store_true", help="skriv rapporten som JSON")


def run(args, ctx) -> int:
    from secretary_app import paths
    from secretary_app.services.doctor import diagnose

    report = diagnose(paths.data_dir(), paths.db_path())
    if args.json:
        ctx.out_json(report.as_dict())
    else:
        print(f"Version:          {report.version}")
        print(f"Datamappe:        {report.data_dir}")
        print(f"Database:         {report.db_path}")
        print(f"Skemaversion:     {', '.join(report.revision) or '-'} (nyeste: {', '.join(report.heads)})")
        print(f"Integritetstjek:  {report.integrity}")
        for problem in report.problems:
            print(f"PROBLEM: {problem}")
        print("Alt er i orden." if report.ok else "Der er problemer (se ovenfor).")
    return 0 if report.ok else 1
