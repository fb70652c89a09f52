"""Task board on a large store: 100,000 requests, one member holding 5,000.

Figures (medians of RUNS runs), each beside a naive baseline measured in the same run:

* board populate: ``BoardPage.reload()`` for the member (one query, the five column models
  reset, events processed), against loading the same 5,000 requests as ORM objects
  (``services.requests.list_requests``), the obvious way to write it;
* filter keystroke: typing one more letter in the board's search box (FTS5 query + the
  columns refilled), against a ``LIKE '%word%'`` scan of the group's titles and descriptions;
* FTS search: ``search_request_ids`` over the whole group, against the same LIKE scan.

Targets: populate < 100 ms, keystroke < 30 ms, FTS median < 20 ms.
"""

from __future__ import annotations

import datetime as dt
import os
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
RUNS = int(os.environ.get("BENCH_RUNS", "7"))
TOTAL = 100_000
MEMBER_REQUESTS = 5_000
WORDS = ("budget", "klima", "skole", "trafik", "cykelsti", "ældrepleje", "byudvikling", "affald",
         "havnebad", "lokalplan", "daginstitution", "boliger", "kultur", "idræt", "sundhed")
STATUSES = ("new", "in_progress", "waiting", "done", "done", "declined")


def build_store(folder: Path):
    from secretary_app import paths
    from secretary_app.services import groups
    from secretary_app.services.opening import open_store

    paths.set_data_dir(folder)
    store = open_store()
    gids = []
    for name, letter in (("Benchpartiet", "B"), ("Andetpartiet", "C"), ("Tredjepartiet", "D")):
        g = groups.create_group(store, name, letter)
        gids.append(g.id)
        for i in range(8):
            groups.create_member(store, g.id, groups.MemberInput(name=f"Medlem {letter}{i + 1:02d}"))
    db_file = store.path
    store.close()

    rng = random.Random(3)
    con = sqlite3.connect(db_file)
    members = {g: [m for (m,) in con.execute("SELECT id FROM member WHERE group_id=? ORDER BY id", (g,))]
               for g in gids}
    types = {g: [t for (t,) in con.execute("SELECT id FROM task_type WHERE group_id=?", (g,))] for g in gids}
    target_member = members[gids[0]][0]
    rows = []
    start = dt.datetime(2026, 1, 1)
    for i in range(TOTAL):
        if i < MEMBER_REQUESTS:
            g, m = gids[0], target_member
        else:
            g = gids[i % 3]
            m = rng.choice(members[g][1:] if g == gids[0] else members[g])
        w1, w2 = rng.sample(WORDS, 2)
        received = start + dt.timedelta(minutes=rng.randrange(0, 320 * 24 * 60))
        due = (received + dt.timedelta(days=rng.randrange(1, 30))).date()
        rows.append((g, m, rng.choice(types[g]), f"Notat om {w1} og {w2} nr. {i}",
                     f"Medlemmet spørger om {w1}. Baggrund: {w2} i udvalget, sag {i}.", "email",
                     received.isoformat(sep=" "), due.isoformat(), rng.choice(STATUSES), 1, f"{w1} {w2}",
                     float(i), received.isoformat(sep=" "), received.isoformat(sep=" ")))
    with con:
        con.executemany(
            "INSERT INTO request (group_id, member_id, task_type_id, title, description, channel, "
            "received_at, due_date, status, priority, tags, position, created_at, updated_at) "
            "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)", rows)
    con.close()
    return db_file, gids[0], target_member


def median_ms(fn, runs: int = RUNS) -> float:
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t) * 1000)
    return statistics.median(times)


def main() -> int:
    folder = Path(tempfile.mkdtemp(prefix="bench-board-"))
    t = time.perf_counter()
    db_file, group_id, member_id = build_store(folder / "data")
    print(f"store: {TOTAL:,} requests, member holds {MEMBER_REQUESTS:,} "
          f"(built in {time.perf_counter() - t:.1f} s)")

    from PySide6.QtWidgets import QApplication

    from secretary_app.services import requests as svc
    from secretary_app.services.settings import Settings
    from secretary_app.store.engine import Store
    from secretary_app.ui.board.page import BoardPage
    from secretary_app.ui.context import UiContext

    app = QApplication.instance() or QApplication([])
    store = Store(db_file)
    ctx = UiContext(store, Settings(), "da")
    ctx.group_id = group_id
    page = BoardPage(ctx)
    page.resize(1300, 800)
    page.show()
    page.set_group(group_id)
    page.member_combo.setCurrentIndex(page.member_combo.findData(member_id))
    app.processEvents()
    shown = sum(c.model.rowCount() for c in page.columns.values())
    assert shown == MEMBER_REQUESTS, shown

    def populate():
        page.reload()
        app.processEvents()

    def orm_load():
        return svc.list_requests(store, group_id, member_id)

    like_sql = ("SELECT id FROM request WHERE group_id = ? AND deleted_at IS NULL "
                "AND (title LIKE ? OR description LIKE ? OR tags LIKE ?)")

    def like_scan(word="ældrepl"):
        pattern = f"%{word}%"
        with store.engine.connect() as conn:
            return conn.exec_driver_sql(like_sql, (group_id, pattern, pattern, pattern)).fetchall()

    words = iter(["ældrep", "ældrepl", "ældreple", "ældrepleje"] * (RUNS + 2))

    def keystroke():
        page.filter_edit.setText(next(words))
        app.processEvents()

    def fts():
        return svc.search_request_ids(store, group_id, "ældrepl")

    populate_ms, orm_ms = median_ms(populate), median_ms(orm_load)
    key_ms, like_ms = median_ms(keystroke), median_ms(like_scan)
    page.filter_edit.setText("")
    fts_ms = median_ms(fts, RUNS * 3)
    hits = len(fts())
    like_hits = len(like_scan())

    print(f"{'figure':<22}{'ms':>9}  {'target':>8}  {'baseline':<34}{'ms':>9}  ratio")
    rows = [
        ("board populate", populate_ms, 100, "ORM load of the 5,000 requests", orm_ms),
        ("filter keystroke", key_ms, 30, "LIKE scan of the group", like_ms),
        ("FTS search (median)", fts_ms, 20, "LIKE scan of the group", like_ms),
    ]
    ok = True
    for name, ms, target, base_name, base in rows:
        ok &= ms < target
        print(f"{name:<22}{ms:>9.1f}  {'<' + str(target):>8}  {base_name:<34}{base:>9.1f}  {ms / base:5.2f}x")
    print(f"FTS hits {hits:,}, LIKE hits {like_hits:,} (prefix search, same words)")
    print("all targets met" if ok else "TARGET MISSED")
    page.close()
    store.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
