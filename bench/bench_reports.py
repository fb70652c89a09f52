"""Activity log exports on a year of data for a 12-member group.

About 10,000 requests and 40,000 time entries for the measured group, plus a second
group's rows that the report must skip. Each figure is the median of RUNS runs of
"build the report + write the file", beside two baselines measured in the same run:

* scan: ``SELECT request_id, work_date, minutes FROM time_entry`` into a Python list
  (the whole table, every group: what reading the raw data costs at least);
* csv:  the same request lines written with the csv module, no report logic.

Targets: each format under 1 s for one month and under 3 s for the full year.
"""

from __future__ import annotations

import csv
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
RUNS = int(os.environ.get("BENCH_RUNS", "3"))
REQUESTS = 10_000
ENTRIES = 40_000
OTHER_REQUESTS = 3_000
YEAR = 2026


def build_store(folder: Path):
    from secretary_app import paths
    from secretary_app.services import groups
    from secretary_app.services.opening import open_store

    paths.set_data_dir(folder)
    store = open_store()
    main = groups.create_group(store, "Benchpartiet", "B")
    other = groups.create_group(store, "Støjpartiet", "S")
    for gid, n in ((main.id, 12), (other.id, 4)):
        for i in range(n):
            groups.create_member(store, gid, groups.MemberInput(name=f"Medlem {gid}-{i + 1:02d}"))
    db_file = store.path
    store.close()

    rng = random.Random(6)
    con = sqlite3.connect(db_file)
    members = {gid: [m for (m,) in con.execute("SELECT id FROM member WHERE group_id = ?", (gid,))]
               for gid in (main.id, other.id)}
    types = {gid: {code: tid for tid, code in con.execute("SELECT id, code FROM task_type WHERE group_id = ?",
                                                          (gid,))} for gid in (main.id, other.id)}
    start = dt.datetime(YEAR, 1, 1) - dt.timedelta(hours=1)
    seconds = 365 * 86400
    statuses = ("new", "in_progress", "waiting", "done", "done", "done", "declined")
    rows = []
    for gid, count in ((main.id, REQUESTS), (other.id, OTHER_REQUESTS)):
        for i in range(count):
            at = start + dt.timedelta(seconds=rng.randrange(seconds))
            code = rng.choice(list(types[gid]))
            sent = at.date() if code == "politician_question" else None
            answered = sent + dt.timedelta(days=rng.randint(3, 20)) if sent and rng.random() < 0.8 else None
            deleted = f"{at + dt.timedelta(days=2):%Y-%m-%d %H:%M:%S}.000000" if rng.random() < 0.02 else None
            rows.append((gid, rng.choice(members[gid]), types[gid][code], f"Opgave {gid}-{i}: sag om {code}",
                         f"{at:%Y-%m-%d %H:%M:%S}.000000", rng.choice(statuses), sent, answered, deleted,
                         f"{at:%Y-%m-%d %H:%M:%S}.000000", f"{at:%Y-%m-%d %H:%M:%S}.000000"))
    with con:
        con.executemany(
            "INSERT INTO request (group_id, member_id, task_type_id, title, description, channel, received_at,"
            " status, priority, tags, position, sent_date, answered_date, decline_reason, deleted_at,"
            " created_at, updated_at) VALUES (?, ?, ?, ?, '', 'email', ?, ?, 1, '', 0, ?, ?, '', ?, ?, ?)", rows)
        req = con.execute("SELECT id, group_id, received_at FROM request").fetchall()
        main_req = [r for r in req if r[1] == main.id]
        entries = []
        for n in range(ENTRIES + OTHER_REQUESTS * 4):
            rid, gid, received = rng.choice(main_req) if n < ENTRIES else rng.choice(req)
            day = dt.date.fromisoformat(received[:10]) + dt.timedelta(days=rng.randint(0, 10))
            entries.append((rid, day.isoformat(), rng.randint(5, 180), "", f"{dt.datetime.now():%Y-%m-%d %H:%M:%S}"))
        con.executemany("INSERT INTO time_entry (request_id, work_date, minutes, note, created_at)"
                        " VALUES (?, ?, ?, ?, ?)", entries)
        events = [(gid, rid, received, rng.choice(("ok", "ok", "party_political", "outside_role")),
                   rng.choice(("check", "check", "declined", "accepted")), rng.choice(("", "Knyttet til udvalget")))
                  for rid, gid, received in rng.sample(req, 2500)]
        con.executemany("INSERT INTO guard_event (group_id, request_id, at, verdict, reasons_json, action,"
                        " justification) VALUES (?, ?, ?, ?, '[]', ?, ?)", events)
    con.execute("ANALYZE")
    con.close()
    return open_store(), main.id, db_file


def median_time(fn, runs: int = RUNS) -> float:
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def main() -> int:
    from secretary_app.exports.activity_export import export_report
    from secretary_app.exports.activity_pdf import ensure_gui_app
    from secretary_app.services import reports

    ensure_gui_app()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        t0 = time.perf_counter()
        store, group_id, db_file = build_store(folder / "data")
        print(f"data: {REQUESTS:,} requests and {ENTRIES:,} time entries for 12 members "
              f"(+{OTHER_REQUESTS:,} requests in another group), inserted in {time.perf_counter() - t0:.1f} s")

        con = sqlite3.connect(db_file)

        def scan():
            return con.execute("SELECT request_id, work_date, minutes FROM time_entry").fetchall()

        scan_s = median_time(scan)
        periods = {"month (2026-03)": reports.month_period(f"{YEAR}-03"),
                   "year (2026)": reports.resolve_period(None, f"{YEAR}-01-01", f"{YEAR}-12-31")}
        ok = True
        print(f"baseline scan of time_entry ({len(scan()):,} rows): {scan_s * 1000:.0f} ms")
        print(f"{'period':<16} {'step':<8} {'seconds':>8} {'x scan':>8} {'x csv':>8} {'target':>7}  rows")
        for name, period in periods.items():
            target = 1.0 if period.is_month else 3.0
            report = reports.build_report(store, group_id, period)

            def plain_csv(report=report):
                with open(folder / "plain.csv", "w", newline="", encoding="utf-8") as fh:
                    w = csv.writer(fh, delimiter=";")
                    for ln in report.requests:
                        w.writerow((ln.received_local, ln.member, ln.task_type, ln.title, ln.status, ln.minutes))

            csv_s = median_time(plain_csv)
            build_s = median_time(lambda: reports.build_report(store, group_id, period))
            print(f"{name:<16} {'report':<8} {build_s:>8.3f} {build_s / scan_s:>8.1f} {build_s / csv_s:>8.1f} "
                  f"{'':>7}  {len(report.requests):,} requests, {reports.format_minutes(report.totals.minutes)} t")
            print(f"{name:<16} {'csv-base':<8} {csv_s:>8.3f} {csv_s / scan_s:>8.1f} {1.0:>8.1f}")
            for fmt in ("csv", "xlsx", "pdf"):
                out = folder / f"log.{fmt}"

                def run(fmt=fmt, out=out):
                    export_report(reports.build_report(store, group_id, period), fmt, out)

                secs = median_time(run)
                verdict = "ok" if secs < target else "SLOW"
                ok &= secs < target
                extra = ""
                if fmt == "pdf":
                    from pypdf import PdfReader

                    extra = f"{len(PdfReader(str(out)).pages)} pages"
                print(f"{name:<16} {fmt:<8} {secs:>8.3f} {secs / scan_s:>8.1f} {secs / csv_s:>8.1f} "
                      f"{'<' + str(int(target)) + ' s':>7}  {verdict} {out.stat().st_size / 1024:,.0f} KiB {extra}")
        con.close()
        store.close()
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
