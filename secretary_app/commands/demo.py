"""`secretary-app demo`: fill the store with a fictional council, or remove it again."""

from __future__ import annotations

import sys


def register(reg) -> None:
    p = reg.command("demo", "Fyld databasen med en fiktiv kommune (demodata), eller fjern den igen "
                            "/ fill the store with demo data, or remove it", run)
    p.add_argument("--seed", type=int, default=2026, help="tilfældighedsfrø (samme frø, samme data)")
    p.add_argument("--remove", action="store_true",
                   help="fjern demodata og bevar alt, du selv har oprettet / remove the demo data, keep your own")


def run(args, ctx) -> int:
    from secretary_app.services.demo import has_data, run_demo

    store = ctx.store()
    en = ctx.lang == "en"
    if args.remove:
        from secretary_app.services.demo.marking import has_demo, remove_demo

        if not has_demo(store):
            print("The store holds no demo data; nothing was removed." if en
                  else "Databasen indeholder ingen demodata; intet er fjernet.")
            return 0
        result = remove_demo(store)
        line = (f"Demo data removed: {result.total} rows." if en
                else f"Demodata fjernet: {result.total} rækker.")
        if result.kept:
            kept = sum(result.kept.values())
            line += (f" {kept} demo rows were kept because your own data uses them." if en
                     else f" {kept} demorækker er bevaret, fordi dine egne data bruger dem.")
        print(line)
        return 0
    if has_data(store):
        print("The store already holds party groups; no demo data was added." if en
              else "Databasen indeholder allerede partigrupper; demodata er ikke tilføjet.", file=sys.stderr)
        return 0
    result = run_demo(store, seed=args.seed)
    summary = ", ".join(f"{k}: {v}" for k, v in result.counts.items())
    print(f"Demo data created in {store.path} ({summary})." if en
          else f"Demodata oprettet i {store.path} ({summary}).")
    return 0
