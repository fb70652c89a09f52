"""Train the guard's model (resources/guard/model.json) from the labelled sets and measure it.

Usage: .venv/bin/python bench/train_guard_model.py [--check] [--no-loso] [--holdout] [--cache DIR] [--errors]

Reads every ``tests/data/guard_*.jsonl`` (text + label, optional style) except the hold-out
sets in ``HOLDOUT``, trains the logistic regression of ``secretary_app/domain/guard_model.py``
and writes the model with a fingerprint of its sources (the training files, the feature code and
this script). Then it prints, per label and per style, the figures of the rules alone, the model
alone and both, each set judged by a model trained without it (leave-one-set-out): the honest
estimate on text the model has not seen. ``--holdout`` also prints the figures on the hold-out
sets (the model trained on everything else; say how often you looked). ``--check`` exits 1 if
the committed model's fingerprint does not match its sources (fast: the stale-model test).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from secretary_app.domain import guard  # noqa: E402
from secretary_app.domain import guard_judge  # noqa: E402
from secretary_app.domain.guard_model import GuardModel, train  # noqa: E402

DATA = REPO / "tests" / "data"
MODEL = REPO / "resources" / "guard" / "model.json"
# Never trained on: blind sets kept apart to measure the finished guard. Written on 2 Dec 2026
# by three helper sessions that read only the law and the scheme: w12 (300 texts, measured
# before and after that day's changes; its errors were read once), w3 (150 texts, measured
# before and after, figures only); and later that day h1 and h2 (150 each, by two more writers;
# h1 measured before and after the story/ask changes, h2 once more in between, figures only)
# and h3 (150, a third writer; measured once on the old and once on the new engine, at the end).
# f3 (150, 4 Dec 2026, a writer of the same brief): measured once on that day's main (1.000 / 0.878
# / 0.059), then its errors were read and fixed as rule concepts; retraining with it made 10 verdicts
# of the other sets worse and 7 better, so it is kept out of training and serves as a regression set.
# f5 (150, the same day, a writer asked for the hard middle: indirect party wording, forwards, long
# requests): measured once (0.867 / 0.889 / 0.050), its errors read and fixed as concepts; kept out
# of training the same way. So is f6 (150, a third writer: private life in plain words and council
# requests that mention it; first 1.000 / 0.960 / 0.053) and f7 (120, a fourth writer asked for
# permitted requests a careless guard would flag; first 1.000 / 0.900 / 0.263).
# Measure them again only for a final figure, and say so.
# g1, g2 and g3 (150 each, three more writers, 2 Dec evening): measured once on the old engine
# (main of that morning) and once on the finished engine of that evening, figures only.
# t1 and t2 (240 each, 7 Dec 2026, two new writers: "context is not the errand" and "a smaller
# municipality, a busy year") and f21 (144, a third: "the member among people", the organisations a
# member meets) were measured once on d2ade0a before any change (t1 1.000 / 0.893 / 0.070, t2 1.000
# / 0.821 / 0.070, f21 0.969 / 0.906 / 0.150). Training on t1 and t2 made 25 verdicts of the other
# sets worse and 17 better, so all three are validation sets: their errors were read and fixed as
# rule concepts (tests/unit/test_guard_round14.py). guard_adversarial_r14 (154 cases) was written
# against that round's new exits by a helper that read the code. f22 (160, a regional town's spring)
# and f23 (144, Copenhagen) by two more writers were measured on d2ade0a and on the engine with the
# t1/t2/f21 fixes before they were read: f22 1.000 / 0.875 / 0.091 both times, f23 1.000 / 0.938 /
# 0.088 both times (those fixes changed none of their verdicts); then read and fixed the same way.
# 7 Dec 2026, second half: the validation sets above (f3 to f24, t1, t2: 20 writers, 3,400 texts)
# had all been read and fixed as rules, so they no longer measured anything unseen; the rules fixed
# on them did not carry over to the next writer's set (f22, f23 and f24 were measured before they
# were read, on the engine before and after the fixes: the same figures). Trained on, they did carry
# over: on f25 (144, a writer whose set was measured but never read and never trained on) false
# flags went from 0.113 to 0.088 and private recall from 0.875 to 0.906; on the ten earlier final
# sets false flags from 0.031 to 0.026 (party 0.970 both, private 0.947 to 0.945). So they are
# training data now. Held out: the ten final sets and the adversarial cases (written against the
# code, to find holes in the rules, not to teach the model).
# 8 Dec 2026 (fourteenth round): t3 to t9 (200 each, seven new writers) were measured once on cbb7741
# before anything else (false flags 0.029 to 0.158, 57 of 744 in all), then used, unread, to choose the
# judge's context thresholds with this model (trained without them) and then added to training.
# 7 Dec 2026 (sixteenth round): t10 to t15 (200 each, six new writers; t11 to t13 also measured once on
# 4841b0f) were measured once on c26facc and never read (false flags 0.000 to 0.075, 24 of 720), then
# trained on.
HOLDOUT: tuple[str, ...] = ("guard_final_w12.jsonl", "guard_final_w3.jsonl", "guard_final_h1.jsonl",
                            "guard_final_h2.jsonl", "guard_final_h3.jsonl", "guard_final_g1.jsonl",
                            "guard_final_g2.jsonl", "guard_final_g3.jsonl", "guard_final_f1.jsonl",
                            "guard_final_f2.jsonl", "guard_adversarial_r13.jsonl", "guard_adversarial_r14.jsonl",
                            "guard_adversarial_r15.jsonl")
SOURCES = ("secretary_app/domain/guard_model.py", "secretary_app/domain/guard_text.py",
           "bench/train_guard_model.py")
LABELS = ("party_political", "outside_role", "permitted")
VERDICT_LABEL = {"ok": "permitted", "party_political": "party_political", "outside_role": "outside_role"}


def read_set(path: Path) -> list[dict]:
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [r for r in rows if r.get("label") in LABELS]


def load_sets(holdout: bool = False) -> dict[str, list[dict]]:
    """The training sets by file name (or, with ``holdout``, only the hold-out sets)."""
    paths = sorted(DATA.glob("guard_*.jsonl"))
    return {p.name: read_set(p) for p in paths if (p.name in HOLDOUT) == holdout}


def fingerprint() -> str:
    h = hashlib.sha256()
    for p in sorted(DATA.glob("guard_*.jsonl")):
        if p.name not in HOLDOUT:
            h.update(p.name.encode() + b"\0" + p.read_bytes() + b"\0")
    for name in SOURCES:
        h.update(name.encode() + b"\0" + (REPO / name).read_bytes().replace(b"\r\n", b"\n") + b"\0")
    return h.hexdigest()


def render(model: dict, source: str) -> str:
    return json.dumps(dict(model, source=source), ensure_ascii=False, sort_keys=True,
                      separators=(",", ":")) + "\n"


def committed_fingerprint() -> str | None:
    try:
        return json.loads(MODEL.read_text(encoding="utf-8")).get("source")
    except (OSError, ValueError):
        return None


# ---------------------------------------------------------------------------------- figures

def books(model: GuardModel | None):
    """Three judges over the same text: rules alone, model alone, rules + model."""
    rules = json.loads(guard.rules_path().read_text(encoding="utf-8"))
    both = guard.RuleBook({k: v for k, v in rules.items() if k != "model"})
    both.model_why = (rules["model"].get("why_da", ""), rules["model"].get("why_en", ""))
    both.judge = {k: float(v) for k, v in rules["model"].get("judge", {}).items()}
    both.model = model
    only_rules = guard.RuleBook({k: v for k, v in rules.items() if k != "model"})
    empty = guard.RuleBook({k: v for k, v in rules.items() if k not in ("model", "rules")})
    empty.model, empty.judge = model, both.judge
    return {"rules": only_rules, "model": empty, "both": both}


class Tally:
    def __init__(self):
        self.n: dict[str, Counter] = defaultdict(Counter)
        self.hit: dict[str, Counter] = defaultdict(Counter)

    def add(self, group: str, label: str, got: str) -> None:
        for g in (group, "ALL"):
            self.n[g][label] += 1
            self.hit[g][label] += got == label

    def cell(self, group: str) -> str:
        n, h = self.n[group], self.hit[group]

        def rate(label: str, flip: bool = False) -> str:
            if not n[label]:
                return "   - "
            r = h[label] / n[label]
            return f"{1 - r if flip else r:5.2f}"
        return f"{rate('party_political')} {rate('outside_role')} {rate('permitted', True)}"


def judge_rows(judges: dict, rows: list[dict], group_of, tallies: dict[str, Tally]) -> None:
    for r in rows:
        for name, book in judges.items():
            got = VERDICT_LABEL[book.check(r["text"]).verdict]
            tallies[name].add(group_of(r), r["label"], got)


def print_table(title: str, tallies: dict[str, Tally], groups: list[str]) -> None:
    print(f"\n{title}")
    print(f"  {'':24s} {'rules alone':18s}  {'model alone':18s}  {'rules + model':18s}")
    print(f"  {'':24s} " + "  ".join(["party priv. false"] * 3))
    for g in groups + ["ALL"]:
        if any(tallies[k].n[g] for k in tallies):
            print(f"  {g:24s} " + "  ".join(f"{tallies[k].cell(g):18s}" for k in ("rules", "model", "both")))


def style_of(r: dict) -> str:
    return str(r.get("style") or "(no style)")


def fold_model(rows: list[dict], features: dict, cache: Path | None) -> GuardModel:
    """A model trained on ``rows``; with ``cache``, kept on disk under a key of the rows and the
    feature code, so re-measuring a change to the judge does not retrain every fold."""
    if cache is None:
        return GuardModel(train(rows, features=features))
    h = hashlib.sha256()
    for name in SOURCES[:2]:
        h.update((REPO / name).read_bytes())
    for r in sorted((str(r["text"]), r["label"]) for r in rows):
        h.update(("\0".join(r) + "\n").encode())
    path = cache / f"fold-{h.hexdigest()[:20]}.json"
    if path.exists():
        return GuardModel(json.loads(path.read_text(encoding="utf-8")))
    data = train(rows, features=features)
    cache.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data), encoding="utf-8")
    return GuardModel(data)


def loso(sets: dict[str, list[dict]], cache: Path | None = None, errors: bool = False) -> None:
    by_set = {k: Tally() for k in ("rules", "model", "both")}
    by_style = {k: Tally() for k in ("rules", "model", "both")}
    features: dict = {}
    wrong = []
    t0 = time.perf_counter()
    for name, rows in sets.items():
        model = fold_model([r for other, rs in sets.items() if other != name for r in rs], features, cache)
        judges = books(model)
        for r in rows:
            for k, book in judges.items():
                res = book.check(r["text"])
                got = VERDICT_LABEL[res.verdict]
                by_set[k].add(name.removeprefix("guard_").removesuffix(".jsonl"), r["label"], got)
                by_style[k].add(style_of(r), r["label"], got)
                if k == "both" and got != r["label"]:
                    wrong.append((name, r, got, res))
        print(f"  ... {name} ({time.perf_counter() - t0:.0f} s)", file=sys.stderr, flush=True)
    print_table("Leave-one-set-out, per set (party_political recall, outside_role recall, false flags)",
                by_set, [n.removeprefix("guard_").removesuffix(".jsonl") for n in sets])
    styles = sorted({style_of(r) for rows in sets.values() for r in rows})
    print_table("Leave-one-set-out, per style", by_style, styles)
    if errors:
        print("\nLeave-one-set-out, rules + model, every wrong verdict:")
        for name, r, got, res in wrong:
            why = "; ".join(f"{x.rule}={x.match!r}" for x in res.reasons)
            print(f"  {name.removeprefix('guard_').removesuffix('.jsonl')}:{r.get('id', '')} [{style_of(r)}] "
                  f"{r['label']} -> {got} [{why}] {r['text'][:160]!r}")


def holdout_figures(model: GuardModel) -> None:
    for name, rows in load_sets(holdout=True).items():
        tallies = {k: Tally() for k in ("rules", "model", "both")}
        judge_rows(books(model), rows, style_of, tallies)
        print_table(f"Hold-out {name} ({len(rows)} texts, never trained on), per style", tallies,
                    sorted({style_of(r) for r in rows}))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="fail if resources/guard/model.json is stale")
    ap.add_argument("--no-loso", action="store_true", help="skip the leave-one-set-out figures")
    ap.add_argument("--holdout", action="store_true", help="also measure the hold-out sets")
    ap.add_argument("--cache", metavar="DIR", help="keep the fold models in DIR (re-measure the judge fast)")
    ap.add_argument("--errors", action="store_true", help="list every wrong verdict of rules + model")
    args = ap.parse_args()
    source = fingerprint()
    if args.check:
        same = committed_fingerprint() == source
        print("model.json is up to date" if same else "model.json is stale: run bench/train_guard_model.py")
        return 0 if same else 1
    sets = load_sets()
    everything = [r for rows in sets.values() for r in rows]
    print(f"{len(everything)} labelled texts in {len(sets)} sets")
    t0 = time.perf_counter()
    features: dict = {}
    text = render(train(everything, features=features), source)
    print(f"trained in {time.perf_counter() - t0:.1f} s")
    MODEL.write_text(text, encoding="utf-8")
    print(f"wrote {MODEL.relative_to(REPO)} ({len(text) // 1024} KiB, {len(json.loads(text)['weights'])} features)")
    if not args.no_loso:
        loso(sets, Path(args.cache) if args.cache else None, args.errors)
    if args.holdout:
        holdout_figures(GuardModel(json.loads(text)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
