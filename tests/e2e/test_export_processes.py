"""The first DOCX export of a session never takes the window down.

It used to: python-docx and lxml were imported for the first time on a worker thread, the
import's allocations started a garbage collection there, and that collection destroyed Qt
objects that belong to the UI thread. Each of 100 fresh processes (offscreen) opens the
drafts page, keeps the UI thread busy making and dropping Qt objects in reference cycles,
and exports one small draft to DOCX (on the database worker) and to PDF; every process must
exit cleanly with both files written.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

RUNS = 100
PARALLEL = 2

CHILD = r"""
import sys
from pathlib import Path

from secretary_app import paths

paths.set_data_dir(sys.argv[1])
out = Path(sys.argv[2])

from secretary_app.ui.app import make_app

app = make_app(["export-child"], icon_now=False)

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel, QWidget

from secretary_app.services.opening import open_store
from secretary_app.services.settings import Settings
from secretary_app.ui.context import UiContext
from secretary_app.ui.drafts.page import DraftsPage

store = open_store()
ctx = UiContext(store, Settings(), "da")
page = DraftsPage(ctx)
page.set_group(int(sys.argv[3]))
page.select_draft(int(sys.argv[4]))
page.show()


def churn():  # Qt objects in reference cycles, dropped: garbage the collector must free
    for _ in range(40):
        w = QWidget()
        label = QLabel("x", w)
        w.hook = lambda: (w, label)


churner = QTimer()
churner.timeout.connect(churn)
churner.start(0)
results = {}


def done(fmt):
    def record(path, exc):
        results[fmt] = (path, exc)
        if fmt == "docx":
            page.export_to("pdf", out / "draft.pdf", done("pdf"))
        else:
            churner.stop()
            app.quit()
    return record


QTimer.singleShot(50, lambda: page.export_to("docx", out / "draft.docx", done("docx")))
QTimer.singleShot(60_000, app.quit)
app.exec()
ctx.ops.shutdown(10)
store.close()
bad = {fmt: repr(exc) for fmt, (path, exc) in results.items() if exc is not None}
if bad or set(results) != {"docx", "pdf"}:
    print("export failed:", bad, sorted(results), file=sys.stderr)
    sys.exit(3)
"""


@pytest.fixture(scope="module")
def template(tmp_path_factory):
    from secretary_app import paths
    from secretary_app.services import drafts, groups
    from secretary_app.services.opening import open_store

    folder = tmp_path_factory.mktemp("template") / "data"
    paths.set_data_dir(folder)
    try:
        store = open_store()
        group = groups.create_group(store, "Testpartiet", "T")
        member = groups.create_member(store, group.id, groups.MemberInput(name="Anna Testesen"))
        draft = drafts.create_draft(store, group.id, member.id, "speech", "Tale om cykelstier")
        drafts.save_body(store, draft.id, "<p>Kære forsamling. <b>Cykelstierne</b> skal udvides.</p>")
        store.close()
    finally:
        paths.set_data_dir(None)
    return folder, group.id, draft.id


def _one(run: int, template, base: Path) -> tuple[int, int, str]:
    folder, group_id, draft_id = template
    data = base / f"run{run}" / "data"
    out = base / f"run{run}" / "out"
    shutil.copytree(folder, data)
    out.mkdir()
    for stale in data.glob("*.lock"):
        stale.unlink()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.pop("SECRETARY_INLINE_OPS", None)  # the real worker thread, as in the app
    proc = subprocess.run([sys.executable, "-c", CHILD, str(data), str(out), str(group_id), str(draft_id)],
                          env=env, capture_output=True, text=True, timeout=120)
    ok_files = (out / "draft.docx").stat().st_size > 0 and (out / "draft.pdf").stat().st_size > 0 \
        if proc.returncode == 0 else False
    return run, proc.returncode if ok_files or proc.returncode else -999, proc.stderr[-800:]


def test_docx_and_pdf_export_in_100_fresh_processes(template, tmp_path):
    with ThreadPoolExecutor(PARALLEL) as pool:
        outcomes = list(pool.map(lambda r: _one(r, template, tmp_path), range(RUNS)))
    failures = [(run, code, err) for run, code, err in outcomes if code != 0]
    assert not failures, f"{len(failures)} of {RUNS} processes failed; first: {failures[0]}"
