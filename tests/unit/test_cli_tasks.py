"""`secretary-app tasks` through a real subprocess: JSON out, errors on stderr, exit codes."""

import json
import subprocess
import sys

import pytest


def cli(data_dir, *args):
    return subprocess.run([sys.executable, "-m", "secretary_app.cli", "--data-dir", str(data_dir), *args],
                          capture_output=True, text=True, timeout=120)


@pytest.fixture
def seeded(data_dir):
    from secretary_app.services import groups
    from secretary_app.services.opening import open_store

    st = open_store()
    g = groups.create_group(st, "Testpartiet", "T")
    groups.create_member(st, g.id, groups.MemberInput("Anna Jensen"))
    st.close()
    return data_dir


def test_add_list_log(seeded):
    r = cli(seeded, "tasks", "add", "--group", "T", "--member", "anna jensen", "--type", "politician_question",
            "--title", "Spørgsmål om cykelstier", "--received", "2026-03-30", "--sent", "2026-03-30")
    assert r.returncode == 0, r.stderr
    obj = json.loads(r.stdout)
    assert obj["answer_due"] == "2026-04-16" and obj["sent"] == "2026-03-30"
    assert obj["member"] == "Anna Jensen" and obj["type"] == "politician_question" and obj["status"] == "new"
    r = cli(seeded, "tasks", "log", "--id", str(obj["id"]), "--minutes", "45", "--date", "2026-04-01")
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout)["total_minutes"] == 45
    r = cli(seeded, "tasks", "list", "--group", "Testpartiet", "--member", "Anna Jensen", "--json")
    rows = json.loads(r.stdout)
    assert [x["title"] for x in rows] == ["Spørgsmål om cykelstier"]
    assert {"id", "member", "type", "title", "status", "received", "due", "sent", "answer_due"} <= set(rows[0])


@pytest.mark.parametrize("extra, words", [
    (["--type", "speech", "--received", "2026-05-10", "--due", "2026-05-01"], "før"),
    (["--type", "nonsense"], "Ukendt opgavetype"),
    (["--type", "speech", "--estimate", "-5"], "større end 0"),
])
def test_bad_input_exits_nonzero_and_saves_nothing(seeded, extra, words):
    r = cli(seeded, "tasks", "add", "--group", "T", "--member", "Anna Jensen", "--title", "X", *extra)
    assert r.returncode != 0 and words in r.stderr and r.stdout == ""
    assert json.loads(cli(seeded, "tasks", "list", "--group", "T", "--json").stdout) == []


def test_unknown_member_and_bad_minutes(seeded):
    r = cli(seeded, "tasks", "add", "--group", "T", "--member", "Nobody", "--type", "speech", "--title", "X")
    assert r.returncode != 0 and "Nobody" in r.stderr
    r = cli(seeded, "tasks", "log", "--id", "999", "--minutes", "30")
    assert r.returncode != 0 and "999" in r.stderr


def test_headless_command_never_imports_qt(seeded):
    code = ("import sys; from secretary_app.cli import main; "
            "rc = main(['tasks', 'list', '--group', 'T', '--json']); "
            "assert not any(m.startswith('PySide6') for m in sys.modules), 'Qt imported'; sys.exit(rc)")
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120,
                       env={**__import__("os").environ, "SECRETARY_APP_DATA_DIR": str(seeded)})
    assert r.returncode == 0, r.stderr
