"""Drafts: typing into a 20,000-word speech, autosave, DOCX and PDF export.

Figures, each beside a baseline measured in the same run:

* autosave = the editor serialising the document on the UI thread (toHtml + toPlainText)
  plus ``save_body`` (one UPDATE, FTS5 reindex, commit with synchronous=FULL) on the writer
  thread; baseline: the same UPDATE of the same bytes into a table without FTS, raw sqlite3.
  Target: under 30 ms each.
* keystrokes: 400 key presses into the speech at a fast typist's pace with autosave firing
  every 100 ms (instead of 800 ms, to make it overlap typing as much as possible); baseline:
  the same key presses with autosave off. Target: no keystroke blocked (slowest keystroke
  about the same as without autosave; the longest UI-thread pause well under 30 ms).
* DOCX and PDF export of the speech; baseline: writing its plain text (TXT export).
  Target: under 1 s each.
"""

from __future__ import annotations

import os
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path
from types import SimpleNamespace

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
WORDS = 20_000
RUNS = int(os.environ.get("BENCH_RUNS", "20"))
KEYS = 400

VOCAB = ("kommunen borgerne cykelstier budgettet klimaplanen udvalget forslaget skolerne ældreplejen "
         "trafiksikkerhed forvaltningen indstillingen og i at det er en til for på med som vi de ikke "
         "der har kan skal vil også men om af fra eller når hvor hvordan derfor fordi").split()


def speech_html(words: int, rng: random.Random) -> str:
    parts = ["<h1>Tale til budgetforhandlingerne</h1>"]
    n = 0
    para = 0
    while n < words:
        para += 1
        if para % 40 == 0:
            parts.append(f"<h2>Afsnit {para // 40}</h2>")
        if para % 25 == 0:
            items = "".join(f"<li>{' '.join(rng.choice(VOCAB) for _ in range(8))}</li>" for _ in range(3))
            parts.append(f"<ul>{items}</ul>")
            n += 24
            continue
        ws = [rng.choice(VOCAB) for _ in range(min(20, words - n))]
        ws[0] = ws[0].capitalize()
        if len(ws) > 5:
            ws[3] = f"<b>{ws[3]}</b>"
        parts.append("<p>" + " ".join(ws) + ".</p>")
        n += len(ws)
    return "".join(parts)


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms"


def main() -> int:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QTextCursor
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    from secretary_app import paths
    from secretary_app.services import drafts as svc
    from secretary_app.services import groups
    from secretary_app.services.opening import open_store
    from secretary_app.store.engine import PRAGMAS
    from secretary_app.ui.drafts.editor import DraftEditor

    folder = Path(tempfile.mkdtemp(prefix="bench-drafts-"))
    paths.set_data_dir(folder)
    store = open_store()
    g = groups.create_group(store, "Benchpartiet", "B")
    m = groups.create_member(store, g.id, groups.MemberInput(name="Bente Bench"))
    body = speech_html(WORDS, random.Random(5))
    draft = svc.create_draft(store, g.id, m.id, "speech", "Budgettale", body=body)
    # a few hundred other drafts so the FTS index is not empty
    for i in range(200):
        svc.create_draft(store, g.id, m.id, "memo", f"Notat {i}", body=speech_html(300, random.Random(i)))

    ctx = SimpleNamespace(store=store, lang="da", settings=SimpleNamespace(autosave_seconds=1.5))
    editor = DraftEditor(ctx)
    editor.resize(1000, 800)
    editor.show()
    editor.load(draft.id)
    stats = editor.current_stats()
    print(f"speech: {stats.words:,} words, {stats.chars:,} characters, HTML {len(editor.doc.toHtml()):,} bytes")

    # --- baseline: the same UPDATE into a table without FTS, raw sqlite3, same pragmas
    html, plain = editor.doc.toHtml(), editor.doc.toPlainText()
    con = sqlite3.connect(folder / "baseline.sqlite3", isolation_level=None)
    for p in PRAGMAS:
        con.execute(p)
    con.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, body TEXT, plain TEXT, at TEXT)")
    con.execute("INSERT INTO t VALUES (1, '', '', '')")
    base = []
    for i in range(RUNS):
        t0 = time.perf_counter()
        con.execute("BEGIN")
        con.execute("UPDATE t SET body = ?, plain = ?, at = ? WHERE id = 1", (html + str(i), plain + str(i), str(i)))
        con.execute("COMMIT")
        base.append(time.perf_counter() - t0)
    con.close()

    # --- autosave rounds: type, save, wait for the writer
    cursor = editor.edit.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.End)
    editor.edit.setTextCursor(cursor)
    editor.edit.setFocus()
    serial, db, total = [], [], []
    for i in range(RUNS):
        QTest.keyClicks(editor.edit, f" ord{i}")
        editor.autosave_timer.stop()
        t0 = time.perf_counter()
        editor.save_now()
        t1 = time.perf_counter()
        editor.writer.wait_idle()
        app.processEvents()
        serial.append(t1 - t0)
        db.append(editor.last_save_ms / 1000)
        total.append(serial[-1] + db[-1])
    assert f"ord{RUNS - 1}" in svc.get_draft(store, draft.id).plain_text

    # --- keystrokes with and without autosave overlapping
    def type_keys(autosave: bool) -> tuple[list[float], float]:
        editor.autosave_timer.setInterval(100)
        times = []
        stall = 0.0
        original = editor.save_now

        def timed_save():
            nonlocal stall
            t = time.perf_counter()
            original()
            stall = max(stall, time.perf_counter() - t)

        if autosave:
            editor.autosave_timer.timeout.disconnect()
            editor.autosave_timer.timeout.connect(timed_save)
        next_at = time.perf_counter()
        for k in range(KEYS):
            key = Qt.Key.Key_Space if k % 6 == 5 else Qt.Key.Key_A
            t = time.perf_counter()
            QTest.keyClick(editor.edit, key)
            times.append(time.perf_counter() - t)
            if not autosave:
                editor.autosave_timer.stop()
            next_at += 0.012  # ~80 keystrokes a second: a very fast typist
            while time.perf_counter() < next_at:
                app.processEvents()
        if autosave:
            editor.autosave_timer.timeout.disconnect()
            editor.autosave_timer.timeout.connect(editor.save_now)
            timed_save()
        editor.writer.wait_idle()
        return times, stall

    base_keys, _ = type_keys(autosave=False)
    auto_keys, stall = type_keys(autosave=True)

    # --- exports
    out = folder / "out"
    out.mkdir()
    editor.flush()
    exp: dict[str, list[float]] = {"txt": [], "docx": [], "pdf": []}
    for _ in range(3):
        for fmt in exp:
            t0 = time.perf_counter()
            svc.export_draft(store, draft.id, fmt, out / f"tale.{fmt}")
            exp[fmt].append(time.perf_counter() - t0)
    editor.writer.stop()
    store.close()

    med = statistics.median
    b = med(base)
    print(f"\nautosave of the 20,000-word speech, median of {RUNS} (max):")
    print(f"  baseline raw UPDATE, no FTS:           {ms(b)} ({ms(max(base))})")
    print(f"  UI thread: toHtml + toPlainText:       {ms(med(serial))} ({ms(max(serial))})  {med(serial) / b:.1f}x")
    print(f"  writer thread: save_body (FTS, fsync): {ms(med(db))} ({ms(max(db))})  {med(db) / b:.1f}x")
    print(f"  autosave total:                        {ms(med(total))} ({ms(max(total))})  {med(total) / b:.1f}x"
          f"   target < 30 ms")
    print("  each save_body:", " ".join(f"{x * 1000:.0f}" for x in db), "ms")
    print(f"\n{KEYS} keystrokes at ~80/s, median / p95 / max per keystroke:")
    q = lambda xs: (med(xs), sorted(xs)[int(len(xs) * 0.95)], max(xs))  # noqa: E731
    bm, bp, bx = q(base_keys)
    am, ap, ax = q(auto_keys)
    print(f"  baseline, autosave off:  {ms(bm)} / {ms(bp)} / {ms(bx)}")
    print(f"  autosave every 100 ms:   {ms(am)} / {ms(ap)} / {ms(ax)}   "
          f"ratio {am / bm:.2f}x / {ap / bp:.2f}x / {ax / bx:.2f}x")
    print(f"  longest UI-thread pause for an autosave: {ms(stall)}   target < 30 ms")
    t = med(exp["txt"])
    print("\nexport of the speech, median of 3:")
    print(f"  baseline TXT:  {ms(t)}")
    for fmt in ("docx", "pdf"):
        print(f"  {fmt.upper():4}:          {ms(med(exp[fmt]))}  {med(exp[fmt]) / t:.1f}x   target < 1 s")
    from pypdf import PdfReader

    print(f"  PDF pages: {len(PdfReader(str(out / 'tale.pdf')).pages)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
