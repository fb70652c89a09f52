"""Evaluate the guard on a labelled JSON-lines file and time the CLI on 10,000 lines.

Usage: .venv/bin/python bench/bench_guard_eval.py [FILE ...] [--no-timing] [--errors] [--half odd|even]
       [--compare DIR]

FILE defaults to ../shared/guard/requests-dev.jsonl beside the repository; several files are read as one set (the timing then cycles through
all their texts: ``tests/data/guard_*.jsonl`` gives 10,000 lines of 3,347 different texts). Each line needs
``text`` and ``label`` (permitted | party_political | outside_role); ``id`` and ``task_type``
are optional. Prints the confusion matrix, recall on party_political and outside_role and the
false-flag rate on permitted; then the CLI's time for 10,000 lines beside a baseline (a Python
process that reads and echoes the same JSON lines) and the ratio.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from secretary_app.domain import guard  # noqa: E402

LABELS = ("permitted", "party_political", "outside_role")
VERDICT_LABEL = {"ok": "permitted", "party_political": "party_political", "outside_role": "outside_role"}


def load(path: Path) -> list[dict]:
    rows = []
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if line.strip():
                row = json.loads(line)
                row.setdefault("id", f"line-{n}")
                rows.append(row)
    return rows


def evaluate(rows: list[dict], show_errors: bool = False) -> dict:
    matrix = {a: {p: 0 for p in LABELS} for a in LABELS}
    errors = []
    for row in rows:
        res = guard.check(row.get("text", ""), row.get("task_type"))
        predicted = VERDICT_LABEL[res.verdict]
        actual = row.get("label", "permitted")
        matrix[actual][predicted] += 1
        if predicted != actual:
            errors.append((row["id"], actual, predicted, res, row.get("text", "")))
    tot = {a: sum(matrix[a].values()) for a in LABELS}

    def rate(n, d):
        return n / d if d else float("nan")

    figures = {
        "matrix": matrix,
        "party_recall": rate(matrix["party_political"]["party_political"], tot["party_political"]),
        "outside_recall": rate(matrix["outside_role"]["outside_role"], tot["outside_role"]),
        "false_flag_permitted": rate(tot["permitted"] - matrix["permitted"]["permitted"], tot["permitted"]),
        "flagged_any_recall": rate(
            tot["party_political"] + tot["outside_role"] - matrix["party_political"]["permitted"]
            - matrix["outside_role"]["permitted"], tot["party_political"] + tot["outside_role"]),
    }
    if show_errors:
        for rid, actual, predicted, res, text in errors:
            why = "; ".join(f"{r.rule}={r.match!r}" for r in res.reasons) or \
                  "; ".join(f"({r.rule}={r.match!r})" for r in res.counter)
            print(f"  {rid}: {actual} -> {predicted}  [{why}]  {text[:110]}")
    return figures


def print_figures(fig: dict, title: str) -> None:
    m = fig["matrix"]
    print(f"\n{title}")
    head = "actual / predicted"
    print(f"{head:<20}" + "".join(f"{p:>17}" for p in LABELS))
    for a in LABELS:
        print(f"{a:<20}" + "".join(f"{m[a][p]:>17}" for p in LABELS))
    print(f"party_political recall : {fig['party_recall']:.3f}   (target >= 0.95)")
    print(f"outside_role recall    : {fig['outside_recall']:.3f}   (target >= 0.80)")
    print(f"false flags, permitted : {fig['false_flag_permitted']:.3f}   (target <= 0.05)")
    print(f"any-flag recall        : {fig['flagged_any_recall']:.3f}")


def print_styles(rows: list[dict]) -> None:
    """Per style (the ``style`` field of the inbox-style sets): recall and false flags."""
    styles = sorted({r["style"] for r in rows if r.get("style")})
    if not styles:
        return
    print(f"\n{'style':22s} {'party':>7s} {'private':>8s} {'false flags':>12s}")
    for style in styles:
        fig = evaluate([r for r in rows if r.get("style") == style])
        print(f"{style:22s} {fig['party_recall']:7.2f} {fig['outside_recall']:8.2f} {fig['false_flag_permitted']:12.2f}")


def time_cli(rows: list[dict], n: int = 10_000, other: Path | None = None) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "lines.jsonl"
        with open(src, "w", encoding="utf-8") as fh:
            for i in range(n):
                row = rows[i % len(rows)]
                fh.write(json.dumps({"id": f"t{i}", "text": row.get("text", ""),
                                     "task_type": row.get("task_type")}, ensure_ascii=False) + "\n")
        echo = ("import sys, json\nfor l in sys.stdin:\n"
                "    d = json.loads(l); sys.stdout.write(json.dumps({'id': d['id'], 'verdict': 'ok', 'reasons': []}) + '\\n')\n")
        env_dir = Path(tmp) / "data"

        cpu_of: dict[str, float] = {}

        def run(cmd, cwd=REPO, extra=None):
            best = None
            for _ in range(3):
                with open(src, "rb") as stdin:
                    before = resource.getrusage(resource.RUSAGE_CHILDREN)
                    t0 = time.perf_counter()
                    proc = subprocess.run(cmd, stdin=stdin, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                          cwd=cwd, env={"SECRETARY_APP_DATA_DIR": str(env_dir), "PATH": "/usr/bin:/bin",
                                                        **(extra or {})})
                    elapsed = time.perf_counter() - t0
                    after = resource.getrusage(resource.RUSAGE_CHILDREN)
                # CPU seconds of the child: on a shared machine wall time mostly measures the others.
                cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
                key = str(cwd) + " ".join(cmd) + str(extra)
                cpu_of[key] = min(cpu_of.get(key, cpu), cpu)
                if proc.returncode != 0:
                    raise SystemExit(f"{cmd} failed: {proc.stderr.decode()[:500]}")
                best = elapsed if best is None else min(best, elapsed)
            return best, proc.stdout.count(b"\n"), cpu_of[key]

        base, _, base_cpu = run([sys.executable, "-c", echo])
        cli, lines, cli_cpu = run([sys.executable, "-m", "secretary_app", "guard", "check", "--jsonl", "-"])
        print(f"\nCLI timing, {n:,} lines (best of 3, including process start; CPU = the child's user + system):")
        print(f"  baseline (python JSON echo): {base:.3f} s   CPU {base_cpu:.3f} s")
        print(f"  secretary-app guard check  : {cli:.3f} s   CPU {cli_cpu:.3f} s  ({lines:,} lines out)  target < 2 s")
        print(f"  ratio                      : {cli / base:.2f}x   CPU {cli_cpu / base_cpu:.2f}x")
        # A batch file is split over the cores (commands/guard.py); one process for comparison.
        one, _, one_cpu = run([sys.executable, "-m", "secretary_app", "guard", "check", "--jsonl", "-"],
                              extra={"SECRETARY_APP_GUARD_WORKERS": "1"})
        print(f"  the same in one process    : {one:.3f} s   CPU {one_cpu:.3f} s  ratio {one / base:.2f}x")
        if other is not None:
            # Another checkout (e.g. `git archive main | tar -x -C DIR`), timed in the same run.
            old, _, old_cpu = run([sys.executable, "-m", "secretary_app", "guard", "check", "--jsonl", "-"], cwd=other)
            print(f"  {str(other)[-26:]:26s} : {old:.3f} s   CPU {old_cpu:.3f} s  ratio {old / base:.2f}x   "
                  f"CPU {old_cpu / base_cpu:.2f}x")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("file", nargs="*")
    ap.add_argument("--no-timing", action="store_true")
    ap.add_argument("--errors", action="store_true", help="list every misclassified line")
    ap.add_argument("--half", choices=("odd", "even"), help="only odd or even lines (hold-out check)")
    ap.add_argument("--compare", metavar="DIR", help="also time the CLI of another checkout in DIR")
    args = ap.parse_args()
    if not args.file:
        shared = REPO.parent / "shared" / "guard" / "requests-dev.jsonl"
        if not shared.exists():
            ap.error(f"no FILE given and {shared} is not there")
        args.file = [str(shared)]
    rows = [row for name in args.file for row in load(Path(name))]
    if args.half:
        rows = rows[0::2] if args.half == "odd" else rows[1::2]
    t0 = time.perf_counter()
    fig = evaluate(rows, args.errors)
    elapsed = time.perf_counter() - t0
    name = args.file[0] if len(args.file) == 1 else f"{len(args.file)} files"
    print_figures(fig, f"{name}: {len(rows)} lines, {elapsed * 1000:.1f} ms in-process")
    print_styles(rows)
    if not args.no_timing:
        time_cli(rows, other=Path(args.compare) if args.compare else None)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
