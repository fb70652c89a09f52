"""Start-up: process start -> main window shown, and -> member list populated, on a store with
50,000 requests, against a bare PySide6 window (QApplication + QMainWindow) started the same way.

Targets: shown <= 1.5x bare, populated <= 3x bare. Prints medians and ratios.
"""

from __future__ import annotations

import os
import random
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
RUNS = int(os.environ.get("BENCH_RUNS", "7"))
REQUESTS = 50_000

BARE = r"""
import sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
w = QMainWindow(); w.resize(1280, 800); w.show()
def shown():
    with open(sys.argv[1], "a") as fh: fh.write(f"shown {time.time():.6f}\n")
    app.quit()
QTimer.singleShot(0, shown)
app.exec()
"""


def make_store(folder: Path) -> None:
    from secretary_app import paths
    from secretary_app.services.demo import run_demo
    from secretary_app.services.opening import open_store

    paths.set_data_dir(folder)
    store = open_store()
    run_demo(store, seed=1)
    store.close()
    con = sqlite3.connect(folder / paths.DB_FILENAME)
    members = con.execute("SELECT id, group_id FROM member").fetchall()
    types = dict()
    for tid, gid in con.execute("SELECT id, group_id FROM task_type"):
        types.setdefault(gid, []).append(tid)
    have = con.execute("SELECT count(*) FROM request").fetchone()[0]
    rng = random.Random(5)
    rows = []
    for i in range(max(0, REQUESTS - have)):
        mid, gid = rng.choice(members)
        rows.append((gid, mid, rng.choice(types[gid]), f"Opgave {i} om lokalplan og budget",
                     "Beskrivelse " * 5, "2026-03-01 10:00:00",
                     rng.choice(["new", "in_progress", "waiting", "done", "declined"]), float(i),
                     "2026-03-01 10:00:00", "2026-03-01 10:00:00"))
    con.executemany(
        "INSERT INTO request (group_id, member_id, task_type_id, title, description, received_at, status,"
        " position, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?)", rows)
    con.commit()
    print(f"store: {con.execute('SELECT count(*) FROM request').fetchone()[0]:,} requests")
    con.close()


def timed(cmd: list[str], env: dict) -> dict[str, float]:
    with tempfile.NamedTemporaryFile("r", suffix=".probe", delete=False) as fh:
        probe = fh.name
    env = dict(env, SECRETARY_APP_STARTUP_PROBE=probe)
    t0 = time.time()
    subprocess.run(cmd + ([probe] if cmd[-1] == BARE else []), env=env, check=True, timeout=120,
                   stdout=subprocess.DEVNULL)
    events = {}
    for line in Path(probe).read_text().splitlines():
        name, stamp = line.split()
        events.setdefault(name, float(stamp) - t0)
    os.unlink(probe)
    return events


def other_tree_store(tree: Path, folder: Path, env: dict) -> None:
    """A store made by another checkout's own code (its schema may be older than ours)."""
    code = ("import sys; from pathlib import Path; sys.path.insert(0, 'bench'); import bench_startup as b; "
            f"b.make_store(Path({str(folder)!r}))")
    subprocess.run([sys.executable, "-c", code], cwd=tree, env=dict(env, PYTHONPATH=str(tree)), check=True,
                   timeout=600, stdout=subprocess.DEVNULL)


def main() -> None:
    """``--against DIR``: also start another checkout (e.g. ``git worktree add --detach DIR REV``)
    on a store its own code made, interleaved with this one, and print the ratio between them."""
    against = Path(sys.argv[sys.argv.index("--against") + 1]).resolve() if "--against" in sys.argv else None
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    with tempfile.TemporaryDirectory() as tmp:
        # An installed app starts from compiled bytecode (pip and PyInstaller compile it). With
        # PYTHONDONTWRITEBYTECODE set (as on the development machines) every run would compile
        # our sources again and measure the compiler; the warm-up run fills a private cache.
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = str(Path(tmp) / "pycache")
        data = Path(tmp) / "data"
        make_store(data)
        bare_cmd = [sys.executable, "-c", BARE]
        app_cmd = [sys.executable, "-m", "secretary_app", "--data-dir", str(data)]
        starts = [("this", app_cmd, dict(env, PYTHONPATH=str(ROOT)))]
        if against is not None:
            other = Path(tmp) / "other"
            other_tree_store(against, other, env)
            starts.append(("other", [sys.executable, "-m", "secretary_app", "--data-dir", str(other)],
                           dict(env, PYTHONPATH=str(against), PYTHONPYCACHEPREFIX=str(Path(tmp) / "pycache-other"))))
        timed(bare_cmd, env)  # warm the OS file cache and the bytecode caches
        for _name, cmd, cmd_env in starts:
            timed(cmd, cmd_env)
        bare = []
        shown = {name: [] for name, _c, _e in starts}
        populated = {name: [] for name, _c, _e in starts}
        for _ in range(RUNS):
            bare.append(timed(bare_cmd, env)["shown"])
            for name, cmd, cmd_env in starts:
                ev = timed(cmd, cmd_env)
                shown[name].append(ev["shown"])
                populated[name].append(ev["populated"])
    b = statistics.median(bare)
    s, p = statistics.median(shown["this"]), statistics.median(populated["this"])
    print(f"runs: {RUNS} (medians)")
    print(f"bare PySide6 window shown:   {b * 1000:7.1f} ms   (baseline)")
    print(f"app main window shown:       {s * 1000:7.1f} ms   ratio {s / b:.2f}x  (target <= 1.5x)")
    print(f"app member list populated:   {p * 1000:7.1f} ms   ratio {p / b:.2f}x  (target <= 3x)")
    if against is not None:
        os_, op = statistics.median(shown["other"]), statistics.median(populated["other"])
        print(f"other tree window shown:     {os_ * 1000:7.1f} ms   ratio {os_ / b:.2f}x; this / other {s / os_:.2f}x")
        print(f"other tree list populated:   {op * 1000:7.1f} ms   ratio {op / b:.2f}x; this / other {p / op:.2f}x")


if __name__ == "__main__":
    main()
