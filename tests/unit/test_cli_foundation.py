"""The headless CLI: version, demo, groups, doctor, and no Qt import."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from secretary_app import __version__

CLI = [sys.executable, "-m", "secretary_app"]


def run(*args, **kw):
    return subprocess.run([*CLI, *args], capture_output=True, text=True, timeout=120, **kw)


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory):
    folder = tmp_path_factory.mktemp("cli") / "data"
    result = run("--data-dir", str(folder), "demo")
    assert result.returncode == 0, result.stderr
    return folder


def test_version():
    result = run("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"secretary-app {__version__}"


def test_demo_then_doctor_reports_head_revision(demo_dir):
    from secretary_app.store.revision import script_heads

    result = run("--data-dir", str(demo_dir), "doctor")
    assert result.returncode == 0, result.stdout + result.stderr
    head = ", ".join(sorted(script_heads()))
    assert f"Skemaversion:     {head} (nyeste: {head})" in result.stdout
    assert "Integritetstjek:  ok" in result.stdout
    report = json.loads(run("--data-dir", str(demo_dir), "doctor", "--json").stdout)
    assert report["ok"] and report["schema_revision"] == sorted(script_heads())


def test_groups_json_lists_groups_members_and_task_types(demo_dir):
    result = run("--data-dir", str(demo_dir), "groups", "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert len(data) >= 3
    assert sum(len(g["members"]) for g in data) >= 15
    letters = {g["list_letter"] for g in data}
    assert len(letters) == len(data)
    for g in data:
        assert g["name"] and g["list_letter"]
        assert "speech" in g["task_types"] and "politician_question" in g["task_types"]


def test_demo_twice_does_not_duplicate(demo_dir):
    before = json.loads(run("--data-dir", str(demo_dir), "groups", "--json").stdout)
    result = run("--data-dir", str(demo_dir), "demo")
    assert result.returncode == 0
    assert "allerede" in result.stderr
    assert json.loads(run("--data-dir", str(demo_dir), "groups", "--json").stdout) == before


def test_doctor_on_missing_database_fails(tmp_path):
    result = run("--data-dir", str(tmp_path / "empty"), "doctor")
    assert result.returncode != 0
    assert "findes ikke" in result.stdout


def test_env_var_selects_the_data_dir(tmp_path, demo_dir):
    import os

    env = dict(os.environ, SECRETARY_APP_DATA_DIR=str(demo_dir))
    result = run("groups", "--json", env=env)
    assert result.returncode == 0 and json.loads(result.stdout)


def test_headless_commands_never_import_qt(demo_dir):
    code = (
        "import sys\n"
        "from secretary_app.cli import main\n"
        f"for argv in (['--data-dir', {str(demo_dir)!r}, 'groups', '--json'],\n"
        f"             ['--data-dir', {str(demo_dir)!r}, 'doctor']):\n"
        "    main(argv)\n"
        "qt = sorted(m for m in sys.modules if m.startswith('PySide6'))\n"
        "assert not qt, qt\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr


def test_window_launch_skips_the_subcommand_parsers_but_commands_and_help_still_parse():
    from secretary_app.cli import build_parser, wants_subcommand

    assert not wants_subcommand([])
    assert not wants_subcommand(["--data-dir", "groups", "--lang", "en", "--no-demo"])  # values, not commands
    assert wants_subcommand(["--data-dir", "X", "groups"])
    assert wants_subcommand(["--help"])
    gui = build_parser(with_commands=False).parse_args(["--data-dir", "X", "--no-demo"])
    assert gui.command is None and gui.data_dir == "X"
    assert build_parser().parse_args(["groups", "--json"]).command == "groups"
