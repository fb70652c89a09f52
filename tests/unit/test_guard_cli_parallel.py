"""`guard check --jsonl` on a big file uses every core and answers exactly as one process does.

A batch file of a thousand lines or more is split into runs of consecutive lines, checked in
worker processes forked from the CLI, and written back in input order; a pipe is still answered
line by line. The output (every byte), the line numbers of malformed lines and the exit code must
not depend on how many workers ran, and a worker that dies must not lose or reorder a line.
"""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from secretary_app.commands import guard as guard_cmd
from secretary_app.domain import guard

REPO = Path(__file__).resolve().parents[2]
DATA = REPO / "tests" / "data"

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="workers are forked (POSIX)")


def _batch(n: int) -> bytes:
    """``n`` lines of real requests, with malformed, blank and CRLF lines among them."""
    texts = [json.loads(line)["text"] for line in (DATA / "guard_set_a.jsonl").read_text("utf-8").splitlines()
             if line.strip()]
    out = []
    for i in range(n):
        if i % 397 == 13:
            out.append(b"not json at all")
        elif i % 211 == 5:
            out.append(b"")
        elif i % 503 == 7:
            out.append(b'{"id": %d, "text": 42}' % i)
        else:
            line = json.dumps({"id": f"r{i}", "text": texts[i % len(texts)]}, ensure_ascii=False).encode()
            out.append(line + (b"\r" if i % 7 == 0 else b""))
    return b"\n".join(out)  # no newline after the last line


def _cli(path: Path, workers: str, data_dir, stdin_file: bool = False) -> subprocess.CompletedProcess:
    env = dict(os.environ, SECRETARY_APP_DATA_DIR=str(data_dir), SECRETARY_APP_GUARD_WORKERS=workers)
    args = [sys.executable, "-m", "secretary_app", "guard", "check", "--jsonl", "-" if stdin_file else str(path)]
    with open(path, "rb") as fh:
        return subprocess.run(args, stdin=fh if stdin_file else subprocess.DEVNULL, cwd=REPO, env=env,
                              capture_output=True, timeout=600)


def test_workers_answer_byte_for_byte_as_one_process(tmp_path, data_dir):
    src = tmp_path / "batch.jsonl"
    src.write_bytes(_batch(2600))
    one = _cli(src, "1", data_dir)
    three = _cli(src, "3", data_dir, stdin_file=True)  # stdin redirected from the file
    assert one.returncode == three.returncode == 1  # malformed lines are reported, the rest checked
    assert one.stdout == three.stdout
    out = [json.loads(line) for line in one.stdout.decode("utf-8").splitlines()]
    assert len(out) == 2600 - sum(1 for i in range(2600) if i % 211 == 5 and i % 397 != 13)
    errors = [o for o in out if "error" in o]
    assert [o["line"] for o in errors if "id" not in o] == [i + 1 for i in range(2600) if i % 397 == 13]
    verdicts = {o["verdict"] for o in out if "verdict" in o}
    assert verdicts == {"ok", "party_political", "outside_role"}


def test_a_pipe_is_answered_line_by_line(data_dir):
    """A tool that writes one request and waits for its answer gets it at once."""
    env = dict(os.environ, SECRETARY_APP_DATA_DIR=str(data_dir))
    proc = subprocess.Popen([sys.executable, "-m", "secretary_app", "guard", "check", "--jsonl", "-"],
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, cwd=REPO, env=env)
    try:
        for i, text in enumerate(["Skriv en tale til partiets sommerfest.", "Lav et notat til udvalget."]):
            proc.stdin.write(json.dumps({"id": i, "text": text}).encode() + b"\n")
            proc.stdin.flush()
            answer = json.loads(proc.stdout.readline())
            assert answer["id"] == i
        proc.stdin.close()
        assert proc.wait(timeout=60) == 0
    finally:
        proc.kill()
        proc.wait()


def test_a_worker_that_dies_has_its_lines_checked_again(monkeypatch, capsys):
    """A worker killed halfway (out of memory, a signal) costs time, never a line."""
    book = guard.default_rulebook()
    lines = _batch(1500).split(b"\n")
    parent = os.getpid()
    real_run = guard_cmd._run

    def dying_run(chunk, first_no, book_, lang, write):
        if os.getpid() != parent:
            for raw in chunk[:10]:  # a few answers, then the worker is gone
                real_run([raw], first_no, book_, lang, write)
            os._exit(9)
        return real_run(chunk, first_no, book_, lang, write)

    monkeypatch.setattr(guard_cmd, "_run", dying_run)
    code = guard_cmd._check_in_parallel(lines, 3, book, "da")
    parallel = capsys.readouterr().out
    buf = io.StringIO()
    failed = real_run(lines, 1, book, "da", buf.write)
    assert parallel == buf.getvalue()
    assert code == (1 if failed else 0) == 1


def test_runs_are_consecutive_and_cover_every_line():
    lines = [b"x" * (i % 50) for i in range(1234)]
    for k in (1, 2, 3, 8):
        chunks = guard_cmd._chunks(lines, k)
        assert len(chunks) == k
        assert [line for _, chunk in chunks for line in chunk] == lines
        assert [first for first, _ in chunks] == [1] + [1 + sum(len(c) for _, c in chunks[:j]) for j in range(1, k)]


def test_small_batches_and_one_core_stay_in_one_process(monkeypatch):
    assert guard_cmd._workers(guard_cmd.PARALLEL_LINES - 1) == 1
    monkeypatch.setenv("SECRETARY_APP_GUARD_WORKERS", "1")
    assert guard_cmd._workers(100_000) == 1
    monkeypatch.setenv("SECRETARY_APP_GUARD_WORKERS", "4")
    assert guard_cmd._workers(100_000) == 4
