"""A broken settings file or a pathological JSON line never stops a command."""

from __future__ import annotations

import json
import logging
import os
import subprocess
import sys
from pathlib import Path

import pytest

from secretary_app.services.settings import Settings

REPO = Path(__file__).resolve().parents[2]
DEEP = "[" * 100_000 + "]" * 100_000


def _cli(args, data_dir, stdin: bytes | None = None):
    env = dict(os.environ, SECRETARY_APP_DATA_DIR=str(data_dir))
    return subprocess.run([sys.executable, "-m", "secretary_app", *args], input=stdin, cwd=REPO, env=env,
                          capture_output=True, timeout=120)


@pytest.mark.parametrize("content", ["[]", "null", '"da"', "42", DEEP, '{"language": ' + DEEP + "}",
                                     "{not json", ""])
def test_a_settings_file_that_is_no_object_gives_defaults_and_is_kept_aside(data_dir, content, caplog):
    """Issue 13 point 13: `[]`, `null`, a string or deep nesting fall back to defaults with a
    warning, and the bad file is kept aside (not overwritten by the next save)."""
    path = data_dir / "settings.json"
    path.write_text(content, encoding="utf-8")
    with caplog.at_level(logging.WARNING, logger="secretary_app.services.settings"):
        settings = Settings.load(path)
    assert settings == Settings()
    assert "settings.json" in caplog.text
    kept = list(data_dir.glob("settings.json.bad-*"))
    assert len(kept) == 1 and kept[0].read_text(encoding="utf-8") == content
    assert not path.exists()
    settings.save(path)
    assert json.loads(path.read_text(encoding="utf-8"))["language"] == "da"
    assert kept[0].read_text(encoding="utf-8") == content


def test_a_wrong_value_falls_back_alone_and_the_file_stays(data_dir, caplog):
    """Issue 13 point 13: one bad value does not throw away the others."""
    path = data_dir / "settings.json"
    path.write_text(json.dumps({"language": "en", "default_words_per_minute": "fast",
                                "autosave_seconds": [1], "last_group_id": True}), encoding="utf-8")
    with caplog.at_level(logging.WARNING, logger="secretary_app.services.settings"):
        settings = Settings.load(path)
    assert settings == Settings(language="en")
    assert "default_words_per_minute" in caplog.text
    assert path.exists() and not list(data_dir.glob("settings.json.bad-*"))


@pytest.mark.parametrize("content", ["[]", "null", '"en"', DEEP])
def test_commands_still_run_with_a_broken_settings_file(data_dir, content):
    """Issue 13 point 13: a broken settings.json used to kill every command."""
    (data_dir / "settings.json").write_text(content, encoding="utf-8")
    done = _cli(["guard", "check", "Skriv min tale til budgetdebatten."], data_dir)
    assert done.returncode == 0, done.stderr.decode()
    assert json.loads(done.stdout)["verdict"] == "ok"
    assert b"settings.json" in done.stderr and b"Traceback" not in done.stderr


def test_a_deeply_nested_jsonl_line_gets_its_own_error_and_later_lines_are_checked(data_dir):
    """Issue 13 point 13: a RecursionError on one line stopped the run; now that line gets an
    error and every line after it is still checked."""
    lines = [json.dumps({"id": 1, "text": "Skriv min tale til budgetdebatten."}),
             '{"id": 2, "text": ' + DEEP + "}",
             DEEP,
             json.dumps({"id": 3, "text": "Lav et notat om skolestrukturen til udvalget."})]
    done = _cli(["guard", "check", "--jsonl", "-"], data_dir, ("\n".join(lines) + "\n").encode())
    assert done.returncode == 1 and b"Traceback" not in done.stderr
    out = [json.loads(line) for line in done.stdout.decode().splitlines()]
    assert [o.get("id") for o in out] == [1, None, None, 3]
    assert [o.get("line") for o in out[1:3]] == [2, 3] and all("error" in o for o in out[1:3])
    assert out[0]["verdict"] == out[3]["verdict"] == "ok"


def test_every_saved_setting_is_read_back_on_the_next_start(data_dir):
    """A saved window size, reminder choice and working hours come back as saved (a field
    without a check once made every start after the first fail with a crash report)."""
    saved = Settings(language="en", window_geometry="01d9d0cb0003", reminders=False,
                     reminder_days_before=2, work_start_hour=7, work_end_hour=16, last_group_id=3)
    saved.save()
    assert Settings.load() == saved


def test_the_window_starts_a_second_time_after_saving_its_settings(data_dir):
    """Two starts in a row of the real window (offscreen; the start-up probe closes it once the
    members are shown, and closing saves the window's size; the second start reads it)."""
    from secretary_app.services.demo import run_demo
    from secretary_app.services.opening import open_store

    store = open_store()
    run_demo(store, seed=1)
    store.close()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", SECRETARY_APP_STARTUP_PROBE=str(data_dir / "probe.txt"))
    for _ in range(2):
        done = subprocess.run([sys.executable, "-m", "secretary_app", "--data-dir", str(data_dir)],
                              env=env, capture_output=True, text=True, timeout=300)
        assert done.returncode == 0, done.stderr[-2000:]
    assert "window_geometry" in json.loads((data_dir / "settings.json").read_text(encoding="utf-8"))
    assert not list((data_dir / "logs").glob("crash-*"))


def test_every_setting_has_a_check():
    """A setting without a check would be dropped on load (its saved value never comes back)."""
    from dataclasses import fields

    from secretary_app.services import settings as module

    assert {f.name for f in fields(Settings)} == set(module._CHECKS)
