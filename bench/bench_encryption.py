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


def median_ms(fn, runs: int = RUNS) -> float:
    fn()  # warm the caches once, for both stores alike
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t) * 1000)
    return statistics.median(times)


def encrypted_twin(folder: Path) -> Path:
    """A copy of the data folder, encrypted the way `secretary-app encrypt` does it."""
    from secretary_app import paths
    from secretary_app.services.store_conversion import encrypt_store

    twin = folder.with_name(folder.name + "-encrypted")
    shutil.copytree(folder, twin)
    paths.set_data_dir(twin)
    encrypt_store(twin / paths.DB_FILENAME, PASSPHRASE)
    return twin / paths.DB_FILENAME


def board_figures(db_file: Path, group_id: int, member_id: int, app) -> dict[str, float]:
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
    n = iter(range(10_000))

    def autosave():
        i = next(n)
        drafts.save_body(store, draft.id, f"<p>{words}{i}</p>", words + str(i))

    out = {"board populate": median_ms(populate),
           "FTS search": median_ms(lambda: svc.search_request_ids(store, group_id, "ældrepl"), RUNS * 3),
           "autosave write": median_ms(autosave, RUNS * 2)}
    page.close()
    store.close()
    return out


def export_figure(db_file: Path, group_id: int, folder: Path) -> float:
    from secretary_app.exports.activity_export import export_report
    from secretary_app.services import reports
    from secretary_app.store.engine import Store

    store = Store(db_file)
    period = reports.resolve_period(None, "2026-01-01", "2026-12-31")
    out = folder / "year.xlsx"
    ms = median_ms(lambda: export_report(reports.build_report(store, group_id, period), "xlsx", out), max(3, RUNS // 2))
    store.close()
    return ms


def startup_ms(db_file: Path, encrypted: bool) -> tuple[float, float]:
    """(open in ms, of which key derivation in ms)."""
    from secretary_app import paths
    from secretary_app.services import encryption
    from secretary_app.services.opening import open_store
    from secretary_app.store import cipher, keys

    paths.set_data_dir(db_file.parent)
    opens, kdfs = [], []
    for _ in range(RUNS):
        cipher.forget_all()
        t = time.perf_counter()
        kdf = 0.0
        if encrypted:
            encryption.unlock_key(db_file, passphrase=PASSPHRASE, use_keyring=False)
            kdf = time.perf_counter() - t
        store = open_store(db_file, check=True)
        with store.session() as s:
            s.exec(__import__("sqlmodel").text("SELECT count(*) FROM member")).one()
        opens.append((time.perf_counter() - t) * 1000)
        kdfs.append(kdf * 1000)
        store.close()
    del keys
    return statistics.median(opens), statistics.median(kdfs)


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
        plain = board_figures(plain_board, group_id, member_id, app)
        enc = board_figures(enc_board, group_id, member_id, app)
        rows += [(name, plain[name], enc[name], 1.3) for name in plain]
        rows.append(("year XLSX export", export_figure(plain_rep, rep_group, tmp),
                     export_figure(enc_rep, rep_group, tmp), 1.3))
        p_open, _ = startup_ms(plain_board, False)
        e_open, kdf = startup_ms(enc_board, True)
        print(f"{'figure':<26}{'plain ms':>10}{'encrypted ms':>14}{'ratio':>8}  target")
        ok = True
        for name, p, e, target in rows:
            ok &= e / p <= target
            print(f"{name:<26}{p:>10.1f}{e:>14.1f}{e / p:>7.2f}x  <= {target}x")
        ratio = (e_open - kdf) / p_open
        ok &= ratio <= 1.2
        print(f"{'start-up to store open':<26}{p_open:>10.1f}{e_open:>14.1f}{e_open / p_open:>7.2f}x  "
              f"(key derivation {kdf:.0f} ms; without it {ratio:.2f}x <= 1.2x)")
        print("all targets met" if ok else "TARGET MISSED")
        return 0
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    raise SystemExit(main())
