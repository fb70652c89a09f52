"""Out-of-fold figures of the guard's judge under several threshold settings.

    python bench/guard_judge_folds.py --judge '{};{"gate_whole": 0.6}' \
        --fold tests/data/guard_set_t3.jsonl,tests/data/guard_set_t4.jsonl --fold ... \
        [--also tests/data/guard_final_f1.jsonl ...] [--cache DIR] [--changes]

Each ``--fold`` (a comma list of labelled sets) is judged by rules + a model trained on every
training set but those (``train_guard_model.fold_model``; with ``--cache`` each fold's model is
kept on disk, so a second run only judges). ``--also`` sets (the held-out finals) are judged with
the first fold's model. Every setting in ``--judge`` (JSON objects separated by ";", each laid over
``model.judge`` of ``rules.json``; ``{}`` is the committed setting) is judged on the same signals,
and the figures are printed per setting: party recall, private recall, false flags, misses. With
``--changes`` the texts whose verdict differs from the first setting are listed (id and labels,
never the text). This is how the judge's thresholds are chosen on text the model has not seen.
"""

from __future__ import annotations

import argparse
import collections
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import train_guard_model as tg  # noqa: E402

from secretary_app.domain import guard_judge  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--judge", default="{}", help='settings, e.g. \'{};{"gate_whole": 0.6}\'')
    ap.add_argument("--fold", action="append", default=[], help="comma list of sets judged by one model")
    ap.add_argument("--also", nargs="*", default=[], help="sets judged with the first fold's model")
    ap.add_argument("--cache", type=Path, help="folder that keeps each fold's model")
    ap.add_argument("--changes", action="store_true", help="list the texts whose verdict changes")
    a = ap.parse_args(argv)
    if not a.fold:
        ap.error("give at least one --fold")
    settings = [json.loads(s) for s in a.judge.split(";")]
    if a.cache:
        a.cache.mkdir(parents=True, exist_ok=True)
    sets, features = tg.load_sets(), {}
    right = [collections.Counter() for _ in settings]
    seen: collections.Counter = collections.Counter()
    changes: list[list[tuple]] = [[] for _ in settings]
    for k, fold in enumerate(a.fold):
        files = [Path(f) for f in fold.split(",") if f]
        names = {f.name for f in files}
        rows = [r for name, rs in sets.items() if name not in names for r in rs]
        book = tg.books(tg.fold_model(rows, features, a.cache))["both"]
        for path in files + ([Path(f) for f in a.also] if k == 0 else []):
            for r in tg.read_set(path):
                seen[r["label"]] += 1
                signals = guard_judge.signals(book, r["text"])
                first = None
                for j, setting in enumerate(settings):
                    got = tg.VERDICT_LABEL[guard_judge.decide(book, signals, dict(book.judge, **setting)).verdict]
                    right[j][r["label"]] += got == r["label"]
                    if j == 0:
                        first = got
                    elif got != first:
                        changes[j].append((path.stem, r.get("id"), r["label"], first, got))
    for j, setting in enumerate(settings):
        c, n = right[j], seen
        print(f"{json.dumps(setting):48s} party {c['party_political'] / max(1, n['party_political']):.3f}  "
              f"private {c['outside_role'] / max(1, n['outside_role']):.3f}  "
              f"false flags {n['permitted'] - c['permitted']}/{n['permitted']}  "
              f"misses {n['party_political'] - c['party_political']}+{n['outside_role'] - c['outside_role']}")
        for change in changes[j] if a.changes else ():
            print("    ", *change)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
