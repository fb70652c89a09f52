"""Every headless command runs without importing Qt (PDF exports excepted: they need Qt's
PDF writer). One child process runs them all on a seeded temporary data folder, with an
import hook that refuses PySide6 and shiboken6 and records which command asked."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
AGENDAS = REPO / "tests" / "data" / "agendas"

CHILD = textwrap.dedent('''
    import contextlib, io, json, sys
    from pathlib import Path

    data, out, agendas = Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3])
    current = ["start"]
    asked = []

    class NoQt:
        def find_spec(self, name, path=None, target=None):
            if name.split(".")[0] in ("PySide6", "shiboken6"):
                asked.append((current[0], name))
                raise ImportError(f"{name} imported by a headless command")
            return None

    sys.meta_path.insert(0, NoQt())
    from secretary_app.cli import main

    results = {}

    def run(label, *argv):
        current[0] = label
        buf = io.StringIO()
        with contextlib.redirect_stdout(buf):
            try:
                rc = main(["--data-dir", str(data), *argv])
            except SystemExit as exc:
                rc = exc.code
            except Exception as exc:  # a command that escaped the CLI's handler
                rc = repr(exc)
        results[label] = [rc, buf.getvalue()]
        return buf.getvalue()

    run("demo", "demo")
    groups = json.loads(run("groups", "groups", "--json"))
    member = next(g for g in groups if g["list_letter"] == "A")["members"][0]["name"]
    run("doctor", "doctor", "--json")
    run("tasks list", "tasks", "list", "--group", "A", "--json")
    added = json.loads(run("tasks add", "tasks", "add", "--group", "A", "--member", member,
                           "--type", "speech", "--title", "Tale om cykelstier"))
    run("tasks log", "tasks", "log", "--id", str(added["id"]), "--minutes", "30")
    run("guard check", "guard", "check", "Skriv min tale til budgetdebatten.")
    drafts = json.loads(run("drafts list", "drafts", "list", "--group", "A", "--json"))
    for fmt in ("docx", "txt", "md"):
        run(f"drafts export {fmt}", "drafts", "export", "--id", str(drafts[0]["id"]), "--format", fmt,
            "--out", str(out / f"draft.{fmt}"))
    for fmt in ("xlsx", "csv"):
        run(f"export activity {fmt}", "export", "activity", "--group", "A", "--month", "2026-11",
            "--format", fmt, "--out", str(out / f"activity.{fmt}"))
    run("export calendar", "export", "calendar", "--group", "A", "--out", str(out / "calendar.ics"))
    run("import agenda", "import", "agenda", str(agendas / "kkr_hovedstaden_2026.txt"), "--json")
    run("import agenda --save", "import", "agenda", str(agendas / "borgerrepraesentationen_2026-03-12.txt"),
        "--group", "A", "--save", "--json")
    run("import meeting-plan", "import", "meeting-plan", str(agendas / "kkr_hovedstaden_2022.txt"),
        "--group", "A", "--body", "KKR Hovedstaden", "--skip-problems", "--json")
    backup = json.loads(run("backup", "backup", "--json"))
    run("backups", "backups", "--check", "--json")
    run("member export", "member", "export", "--group", "A", "--member", member, "--out", str(out / "m.zip"))
    run("member erase", "member", "erase", "--group", "A", "--member", member, "--yes", "--json")
    run("restore", "restore", backup["file"], "--json")
    run("drafts export pdf", "drafts", "export", "--id", str(drafts[0]["id"]), "--format", "pdf",
        "--out", str(out / "draft.pdf"))  # needs Qt: shows the hook would catch a headless import
    print(json.dumps({"results": results, "asked": asked, "loaded": sorted(
        m for m in sys.modules if m.split(".")[0] in ("PySide6", "shiboken6"))}))
''')


@pytest.mark.slow
def test_every_headless_command_runs_without_importing_qt(tmp_path):
    data, out = tmp_path / "data", tmp_path / "out"
    out.mkdir()
    env = {k: v for k, v in os.environ.items() if k != "SECRETARY_APP_DATA_DIR"}
    done = subprocess.run([sys.executable, "-c", CHILD, str(data), str(out), str(AGENDAS)], cwd=REPO,
                          env=env, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-3000:]
    report = json.loads(done.stdout.splitlines()[-1])
    assert {label for label, _module in report["asked"]} == {"drafts export pdf"}
    assert report["loaded"] == []
    headless = {label: rc for label, (rc, _out) in report["results"].items() if label != "drafts export pdf"}
    assert len(headless) == 22
    assert {label: rc for label, rc in headless.items() if rc != 0} == {}, done.stderr[-3000:]
    for name in ("draft.docx", "draft.txt", "draft.md", "activity.xlsx", "activity.csv", "calendar.ics", "m.zip"):
        assert (out / name).stat().st_size > 0, name
