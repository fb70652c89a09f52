"""The CLI contract of `secretary-app guard check` (called by tools outside the app)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


def run(args, stdin: bytes | None = None, data_dir=None):
    env = dict(os.environ)
    if data_dir is not None:
        env["SECRETARY_APP_DATA_DIR"] = str(data_dir)
    return subprocess.run([sys.executable, "-m", "secretary_app", *args], input=stdin, cwd=REPO,
                          env=env, capture_output=True, timeout=120)


def lines(out: bytes) -> list[dict]:
    return [json.loads(line) for line in out.decode("utf-8").splitlines()]


def test_jsonl_from_stdin_one_line_out_per_line_in(data_dir):
    src = "\n".join(json.dumps(d, ensure_ascii=False) for d in [
        {"id": "a", "text": "Skriv min tale til landsmødet.", "task_type": "speech"},
        {"id": 2, "text": "Book flybilletter til Mallorca for mig og familien."},
        {"id": "c", "text": "Lav et notat om skolestrukturen til Børne- og Ungdomsudvalget."},
    ]).encode()
    proc = run(["guard", "check", "--jsonl", "-"], src, data_dir)
    assert proc.returncode == 0, proc.stderr
    out = lines(proc.stdout)
    assert [o["id"] for o in out] == ["a", 2, "c"]
    assert [o["verdict"] for o in out] == ["party_political", "outside_role", "ok"]
    assert set(out[0]) == {"id", "verdict", "reasons"}
    reason = out[0]["reasons"][0]
    # The contract of issue 4, plus the sentence that carries the problem.
    assert set(reason) == {"rule", "match", "explanation", "sentence"}
    assert "landsmødet" in reason["sentence"]
    assert reason["match"] == "landsmødet" and "§ 16, stk. 11" in reason["explanation"]
    assert out[2]["reasons"] == []
    assert not (data_dir / "secretary.sqlite3").exists()  # the guard never opens the store


def test_malformed_lines_get_an_error_and_the_rest_are_processed(data_dir):
    src = (b'{"id": 1, "text": "Skriv en tale til partiets sommerfest."}\n'
           b'this is not json\n'
           b'{"text": "no id"}\n'
           b'\xff\xfe\xfa\n'
           b'\n'
           b'{"id": "x", "text": 42}\n'
           b'[1, 2]\n'
           b'{"id": 7, "text": ""}\n')
    proc = run(["guard", "check", "--jsonl", "-"], src, data_dir)
    assert proc.returncode == 1
    out = lines(proc.stdout)
    assert len(out) == 7  # the blank line is skipped
    assert out[0]["verdict"] == "party_political"
    assert out[1] == {"line": 2, "error": out[1]["error"]} and "JSON" in out[1]["error"]
    assert out[2]["line"] == 3 and "id" in out[2]["error"]
    assert out[3]["line"] == 4 and "UTF-8" in out[3]["error"]
    assert out[4]["id"] == "x" and "text" in out[4]["error"]
    assert out[5]["line"] == 7 and "error" in out[5]
    assert out[6] == {"id": 7, "verdict": "ok", "reasons": []}


def test_jsonl_file_and_english_explanations(tmp_path, data_dir):
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"id": 1, "text": "Write a speech for our party's May Day rally"}) + "\n",
                   encoding="utf-8")
    proc = run(["--lang", "en", "guard", "check", "--jsonl", str(src)], None, data_dir)
    assert proc.returncode == 0
    out = lines(proc.stdout)[0]
    assert out["verdict"] == "party_political"
    assert "Local Government Act" in out["reasons"][0]["explanation"]


def test_free_text_prints_the_same_object(data_dir):
    proc = run(["guard", "check", "Skriv et nyhedsbrev til partiforeningens medlemmer"], None, data_dir)
    assert proc.returncode == 0
    out = lines(proc.stdout)
    assert len(out) == 1 and out[0]["id"] is None and out[0]["verdict"] == "party_political"
    assert "Kommunestyrelseslovens" in out[0]["reasons"][0]["explanation"]  # Danish by default


def test_missing_file_and_missing_input_exit_2(tmp_path, data_dir):
    proc = run(["guard", "check", "--jsonl", str(tmp_path / "nope.jsonl")], None, data_dir)
    assert proc.returncode == 2 and b"nope.jsonl" in proc.stderr and proc.stdout == b""
    proc = run(["guard", "check"], None, data_dir)
    assert proc.returncode == 2


def test_guard_check_does_not_import_qt_or_the_store(data_dir):
    code = ("import sys, io\n"
            "sys.stdin = io.TextIOWrapper(io.BytesIO(b'{\"id\": 1, \"text\": \"valgkampen\"}\\n'))\n"
            "from secretary_app.cli import main\n"
            "rc = main(['guard', 'check', '--jsonl', '-'])\n"
            "bad = sorted(m for m in sys.modules if m.startswith(('PySide6', 'sqlmodel', 'sqlalchemy', 'alembic',\n"
            "                                                     'secretary_app.services.encryption',\n"
            "                                                     'secretary_app.store.keys')))\n"
            "print('MODULES', bad, rc)\n")
    env = dict(os.environ, SECRETARY_APP_DATA_DIR=str(data_dir))
    proc = subprocess.run([sys.executable, "-c", code], cwd=REPO, env=env, capture_output=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert b"MODULES [] 0" in proc.stdout


@pytest.mark.parametrize("lang", ["da", "en"])
def test_each_answer_is_written_exactly_as_json_dumps_would(lang):
    """The CLI writes its answers without building dicts first; every byte must be the same."""
    import json as json_

    from secretary_app.commands.guard import _encoded
    from secretary_app.domain import guard

    book = guard.default_rulebook()
    texts = ["Skriv en tale til partiets landsmøde om \"velfærd\" og\tskat.",
             "Lav et notat til udvalget.", "Kan du hente min søns medicin? \u2028 \\ \x01 ✓ 😀",
             "Write a leaflet for our election campaign"]
    ids = ["r1", 7, -3, 2**70, 1.5, True, False, "æøå \"q\" \n", 0.1 + 0.2]
    seen = set()
    for i, text in enumerate(texts * 3):
        result = book.check(text)
        seen.add(result.verdict)
        for id_value in ids:
            expected = json_.dumps(result.to_json(lang, id=id_value), ensure_ascii=False) + "\n"
            assert _encoded(result, id_value, lang) == expected
    assert seen == {"ok", "party_political", "outside_role"}
