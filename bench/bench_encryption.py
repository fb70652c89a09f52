"""Encrypted (SQLCipher) against plain stores, measured in the same run on the same data.

Two data folders are built as in ``bench_board`` (requests for the board and FTS; BENCH_TOTAL,
default 30,000) and ``bench_reports`` (a year of requests and time entries for the export),
each copied and the copy encrypted with ``secretary-app encrypt``'s service. Figures are
medians of RUNS runs:

* board populate: ``BoardPage.reload()`` for the member with 5,000 requests;
* FTS search: ``search_request_ids`` over the group;
* autosave write: ``drafts.save_body`` of a 20,000-character speech (one UPDATE with FTS);
* year XLSX export: build the year's activity report and write the XLSX;
* start-up to store open: ``open_store`` in a fresh process state (keys forgotten, engine new);
  encrypted also unlocks the key with the passphrase (scrypt calibrated to ~0.3 s here), shown
  apart as the key-derivation time.

Targets: each ratio encrypted/plain within 1.3x; start-up within 1.2x plus the derivation time.
"""

from __future__ import annotations

import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
RUNS = int(os.environ.get("BENCH_RUNS", "7"))
PASSPHRASE = "bænkprøve med en lang nok sætning"


def paired_ms(plain_fn, enc_fn, runs: int = RUNS) -> tuple[float, float]:
    """Medians in ms, the two stores' runs interleaved, so the machine's load (2 cores shared
    with other work) falls on both alike."""
    plain_fn(), enc_fn()  # warm the caches once, for both stores alike
    times: tuple[list[float], list[float]] = ([], [])
    for _ in range(runs):
        for fn, out in ((plain_fn, times[0]), (enc_fn, times[1])):
            t = time.perf_counter()
            fn()
            out.append((time.perf_counter() - t) * 1000)
    return statistics.median(times[0]), statistics.median(times[1])


def encrypted_twin(folder: Path) -> Path:
    """A copy of the data folder, encrypted the way `secretary-app encrypt` does it."""
    from secretary_app import paths
    from secretary_app.services.store_conversion import encrypt_store

    twin = folder.with_name(folder.name + "-encrypted")
    shutil.copytree(folder, twin)
    paths.set_data_dir(twin)
    encrypt_store(twin / paths.DB_FILENAME, PASSPHRASE)
    return twin / paths.DB_FILENAME


def board_setup(db_file: Path, group_id: int, member_id: int, app) -> tuple[dict, callable]:
    from secretary_app.services import drafts
    from secretary_app.services import requests as svc
    from secretary_app.services.settings import Settings
    from secretary_app.store.engine import Store
    from secretary_app.ui.board.page import BoardPage
    from secretary_app.ui.context import UiContext

    store = Store(db_file)
    ctx = UiContext(store, Settings(), "da")
    ctx.group_id = group_id
    page = BoardPage(ctx)
    page.resize(1300, 800)
    page.show()
    page.set_group(group_id)
    page.member_combo.setCurrentIndex(page.member_combo.findData(member_id))
    app.processEvents()

    def populate():
        page.reload()
        app.processEvents()

    draft = drafts.create_draft(store, group_id, member_id, "speech", "Tale")
    words = ("Kommunen skal investere i cykelstier og skoler, og ældreplejen skal have tid. " * 260)
    n = iter(range(100_000))

    def autosave():
        i = next(n)
        drafts.save_body(store, draft.id, f"<p>{words}{i}</p>", words + str(i))

    def close():
        page.close()
        store.close()

    return {"board populate": populate,
            "FTS search": lambda: svc.search_request_ids(store, group_id, "ældrepl"),
            "autosave write": autosave}, close


def export_setup(db_file: Path, group_id: int, out: Path) -> tuple[callable, callable]:
    from secretary_app.exports.activity_export import export_report
    from secretary_app.services import reports
    from secretary_app.store.engine import Store

    store = Store(db_file)
    period = reports.resolve_period(None, "2026-01-01", "2026-12-31")
    return (lambda: export_report(reports.build_report(store, group_id, period), "xlsx", out)), store.close


def startup_pair(plain_db: Path, enc_db: Path, check: bool) -> tuple[float, float, float]:
    """Medians in ms of (plain open, encrypted open, encrypted open less its key derivation),
    the two interleaved; each open starts with no key remembered and a new engine."""
    from secretary_app import paths
    from secretary_app.services import encryption
    from secretary_app.services.opening import open_store
    from secretary_app.store import cipher

    def one(db_file: Path, encrypted: bool) -> tuple[float, float]:
        paths.set_data_dir(db_file.parent)
        cipher.forget_all()
        t = time.perf_counter()
        kdf = 0.0
        if encrypted:
            encryption.unlock_key(db_file, passphrase=PASSPHRASE, use_keyring=False)
            kdf = time.perf_counter() - t
        store = open_store(db_file, check=check)
        with store.engine.connect() as conn:
            conn.exec_driver_sql("SELECT count(*) FROM member").fetchone()
        total = time.perf_counter() - t
        store.close()
        return total * 1000, (total - kdf) * 1000

    one(plain_db, False), one(enc_db, True)
    plain, enc, enc_less = [], [], []
    for _ in range(RUNS):
        plain.append(one(plain_db, False)[0])
        total, less = one(enc_db, True)
        enc.append(total)
        enc_less.append(less)
    return statistics.median(plain), statistics.median(enc), statistics.median(enc_less)


def main() -> int:
    import bench.bench_board as board
    import bench.bench_reports as rep
    from secretary_app.exports.activity_pdf import ensure_gui_app
    from secretary_app.store import keys

    board.TOTAL = int(os.environ.get("BENCH_TOTAL", "30000"))
    keys.keyring_store = lambda db_file, key: False  # the bench never writes the user's keyring
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])  # widgets (the board), and fonts for exports
    ensure_gui_app()
    tmp = Path(tempfile.mkdtemp(prefix="bench-encryption-"))
    try:
        t0 = time.perf_counter()
        plain_board, group_id, member_id = board.build_store(tmp / "board")
        enc_board = encrypted_twin(tmp / "board")
        store, rep_group, plain_rep = rep.build_store(tmp / "reports")
        store.close()
        enc_rep = encrypted_twin(tmp / "reports")
        print(f"stores: board {board.TOTAL:,} requests, reports {rep.REQUESTS:,} requests + {rep.ENTRIES:,} "
              f"time entries; built and encrypted in {time.perf_counter() - t0:.1f} s; runs {RUNS}")
        rows = []
        plain_figs, close_plain = board_setup(plain_board, group_id, member_id, app)
        enc_figs, close_enc = board_setup(enc_board, group_id, member_id, app)
        for name, fn in plain_figs.items():
            runs = RUNS * 3 if name != "board populate" else RUNS
            rows.append((name, *paired_ms(fn, enc_figs[name], runs), 1.3))
        close_plain(), close_enc()
        (p_export, p_close), (e_export, e_close) = (export_setup(plain_rep, rep_group, tmp / "p.xlsx"),
                                                    export_setup(enc_rep, rep_group, tmp / "e.xlsx"))
        rows.append(("year XLSX export", *paired_ms(p_export, e_export, max(3, RUNS // 2)), 1.3))
        p_close(), e_close()
        p_open, e_open, e_less = startup_pair(plain_board, enc_board, check=True)
        p_nc, e_nc, e_nc_less = startup_pair(plain_board, enc_board, check=False)
        print(f"{'figure':<26}{'plain ms':>10}{'encrypted ms':>14}{'ratio':>8}  target")
        ok = True
        for name, p, e, target in rows:
            ok &= e / p <= target
            print(f"{name:<26}{p:>10.1f}{e:>14.1f}{e / p:>7.2f}x  <= {target}x")
        ratio = e_nc_less / p_nc
        ok &= ratio <= 1.2
        print(f"{'start-up to store open':<26}{p_nc:>10.1f}{e_nc:>14.1f}{e_nc / p_nc:>7.2f}x  "
              f"(key derivation {e_nc - e_nc_less:.0f} ms; without it {ratio:.2f}x <= 1.2x)")
        print(f"{'  with quick_check':<26}{p_open:>10.1f}{e_open:>14.1f}{e_open / p_open:>7.2f}x  "
              f"(without key derivation {e_less / p_open:.2f}x: the check decrypts every page)")
        print("all targets met" if ok else "TARGET MISSED")
        return 0
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    raise SystemExit(main())
