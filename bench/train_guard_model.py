"""Train the guard's second opinion (resources/guard/model.json) from the labelled sets.

Usage: .venv/bin/python bench/train_guard_model.py [--check]

Reads every ``tests/data/guard_*.jsonl`` (text + label), writes the model, and prints, for
each set, the figures of the rules alone and of rules + model with that set left out of the
training (leave-one-set-out): the honest estimate of how the model does on text it has not
seen. ``--check`` trains in memory and exits 1 if the file on disk differs (the model is
deterministic, so a test can hold the committed file to its sources).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from secretary_app.domain import guard  # noqa: E402
from secretary_app.domain.guard_model import GuardModel, train  # noqa: E402

DATA = REPO / "tests" / "data"
MODEL = REPO / "resources" / "guard" / "model.json"
VERDICT_LABEL = {"ok": "permitted", "party_political": "party_political", "outside_role": "outside_role"}


def load_sets() -> dict[str, list[dict]]:
    sets = {}
    for path in sorted(DATA.glob("guard_*.jsonl")):
        rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        sets[path.name] = [r for r in rows if r.get("label") in ("permitted", "party_political", "outside_role")]
    return sets


def render(model: dict) -> str:
    return json.dumps(model, ensure_ascii=False, sort_keys=True, separators=(",", ":")) + "\n"


def figures(book: guard.RuleBook, rows: list[dict]) -> str:
    hit, n = Counter(), Counter()
    for r in rows:
        got = VERDICT_LABEL[book.check(r["text"]).verdict]
        n[r["label"]] += 1
        hit[r["label"]] += got == r["label"]

    def rate(label: str) -> float:
        return hit[label] / n[label] if n[label] else float("nan")

    return (f"party {rate('party_political'):.2f}  outside {rate('outside_role'):.2f}  "
            f"false flags {1 - rate('permitted'):.2f}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="fail if resources/guard/model.json is stale")
    args = ap.parse_args()
    sets = load_sets()
    everything = [r for rows in sets.values() for r in rows]
    text = render(train(everything))
    if args.check:
        same = MODEL.exists() and MODEL.read_text(encoding="utf-8") == text
        print("model.json is up to date" if same else "model.json is stale: run bench/train_guard_model.py")
        return 0 if same else 1

    rules = json.loads(guard.rules_path().read_text(encoding="utf-8"))
    rules_only = guard.RuleBook({k: v for k, v in rules.items() if k != "model"})
    print(f"{len(everything)} labelled requests in {len(sets)} sets\n")
    print(f"{'left out':28s} {'rules alone':44s} rules + model trained without the set")
    for name, rows in sets.items():
        book = guard.RuleBook({k: v for k, v in rules.items() if k != "model"})
        book.model = GuardModel(train(r for other, rs in sets.items() if other != name for r in rs))
        book.model_threshold = float(rules.get("model", {}).get("threshold", 0.9))
        print(f"{name:28s} {figures(rules_only, rows):44s} {figures(book, rows)}")
    MODEL.write_text(text, encoding="utf-8")
    print(f"\nwrote {MODEL.relative_to(REPO)} ({len(text) // 1024} KiB, {len(json.loads(text)['counts'])} features)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
