"""Start-up of the frozen app (PyInstaller one-folder build) against the same app from source,
in one run: process start -> main window shown, and -> member list populated, on the same
store of 50,000 requests (bench_startup.make_store), runs interleaved.

Target: frozen shown <= 1.5x source shown. Prints medians and ratios.

    .venv/bin/python bench/bench_frozen_startup.py            # uses dist/secretary-app, builds it if missing
    .venv/bin/python bench/bench_frozen_startup.py --rebuild  # build first (into bench/out/)

Both sides write their timestamps through the SECRETARY_APP_STARTUP_PROBE file (ui/app.py).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.bench_startup import make_store, timed  # noqa: E402

RUNS = int(os.environ.get("BENCH_RUNS", "7"))
NAME = "secretary-app"


def frozen_binary(rebuild: bool) -> Path:
    dist = ROOT / "dist"
    exe = dist / NAME / NAME
    if rebuild or not exe.exists():
        dist = ROOT / "bench" / "out" / "dist"
        subprocess.run([sys.executable, str(ROOT / "installer" / "build.py"), "--no-check",
                        "--dist", str(dist), "--work", str(ROOT / "bench" / "out" / "build")], check=True)
        exe = dist / NAME / NAME
    return exe


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rebuild", action="store_true", help="build the frozen app first (bench/out/)")
    args = parser.parse_args()
    exe = frozen_binary(args.rebuild)
    print(f"frozen: {exe}")
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "data"
        make_store(data)
        source_cmd = [sys.executable, "-m", "secretary_app", "--data-dir", str(data)]
        frozen_cmd = [str(exe), "--data-dir", str(data)]
        timed(source_cmd, env), timed(frozen_cmd, env)  # warm the OS file cache
        results: dict[str, dict[str, list[float]]] = {"source": {}, "frozen": {}}
        for _ in range(RUNS):
            for name, cmd in (("source", source_cmd), ("frozen", frozen_cmd)):
                for event, seconds in timed(cmd, env).items():
                    results[name].setdefault(event, []).append(seconds)
    med = {name: {ev: statistics.median(xs) for ev, xs in evs.items()} for name, evs in results.items()}
    print(f"runs: {RUNS} (medians, interleaved)")
    for event, target in (("shown", 1.5), ("populated", None)):
        s, f = med["source"][event], med["frozen"][event]
        goal = f"  (target <= {target}x)" if target else ""
        print(f"main window {event + ':':10} source {s * 1000:7.1f} ms   frozen {f * 1000:7.1f} ms   "
              f"ratio {f / s:.2f}x{goal}")


if __name__ == "__main__":
    main()
