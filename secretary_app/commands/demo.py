"""`secretary-app demo`: fill the store with a fictional council."""

from __future__ import annotations

import sys


def register(reg) -> None:
    p = reg.command("demo", "Fyld databasen med en fiktiv kommune (demodata) / fill the store with demo data", run)
    p.add_argument("--seed", type=int, default=2026, help="tilfældighedsfrø (samme frø, samme data)")


def run(args, ctx) -> int:
    from secretary_app.services.demo import has_data, run_demo

    store = ctx.store()
    if has_data(store):
        print("Databasen indeholder allerede partigrupper; demodata er ikke tilføjet.", file=sys.stderr)
        return 0
    result = run_demo(store, seed=args.seed)
    summary = ", ".join(f"{k}: {v}" for k, v in result.counts.items())
    print(f"Demodata oprettet i {store.path} ({summary}).")
    return 0
