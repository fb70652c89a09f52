"""`secretary-app export activity` as a user runs it: real subprocesses, real files."""

from __future__ import annotations

import csv
import io
import os
import subprocess
import sys

import pytest

from test_reports_dataset import MARCH, MARCH_BO_MINUTES, build_dataset

pytestmark = pytest.mark.slow


@pytest.fixture
def cli(store, data_dir):
    build_dataset(store)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}

    def run(*args: str, cwd=None) -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "-m", "secretary_app.cli", "--data-dir", str(data_dir),
                               "--lang", "da", "export", "activity", *args],
                              capture_output=True, text=True, env=env, cwd=cwd, timeout=120)
    return run


def read_csv(path, sep=";"):
    return list(csv.reader(io.StringIO(path.read_text(encoding="utf-8-sig")), delimiter=sep))


def test_csv_xlsx_and_pdf_for_a_month(cli, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    for fmt in ("csv", "xlsx", "pdf"):
        target = out / f"marts.{fmt}"
        res = cli("--group", "T", "--month", "2026-03", "--format", fmt, "--out", str(target))
        assert res.returncode == 0, res.stderr
        assert "3:58" in res.stdout and target.stat().st_size > 0
    rows = read_csv(out / "marts.csv")
    assert sum(int(r[-2]) for r in rows[1:]) == MARCH["minutes"]  # data rows only; totals are in the summary
    import openpyxl

    ws = openpyxl.load_workbook(out / "marts.xlsx")["Opgaver"]
    assert list(ws.iter_rows(values_only=True))[-1][6] == MARCH["minutes"]
    from pypdf import PdfReader

    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(str(out / "marts.pdf")).pages)
    assert "I alt 7 4 2 1 3:58" in text
    assert sorted(p.name for p in out.iterdir()) == ["marts.csv", "marts.pdf", "marts.xlsx"]


def test_member_range_and_comma_separator(cli, tmp_path):
    target = tmp_path / "bo.csv"
    res = cli("--group", "testpartiet", "--from", "2026-03-01", "--to", "31-03-2026", "--member", "bo bech",
              "--separator", ",", "--out", str(target))  # format from the suffix
    assert res.returncode == 0, res.stderr
    rows = read_csv(target, ",")
    assert sum(int(r[-2]) for r in rows[1:]) == MARCH_BO_MINUTES
    assert {r[2] for r in rows[1:]} == {"Bo Bech"}


@pytest.mark.parametrize("args, message", [
    (("--group", "Q", "--month", "2026-03"), "Ukendt partigruppe »Q«"),
    (("--group", "T", "--month", "2026-13"), "er ikke en måned"),
    (("--group", "T", "--month", "marts"), "ÅÅÅÅ-MM"),
    (("--group", "T", "--month", "2026-03", "--member", "Xenia Xu"), "Ukendt medlem »Xenia Xu«"),
    (("--group", "T"), "Angiv en måned"),
    (("--group", "T", "--from", "2026-03-31", "--to", "2026-03-01"), "ligger før"),
])
def test_bad_input_exits_non_zero_with_a_message_and_writes_nothing(cli, tmp_path, args, message):
    target = tmp_path / "out" / "log.csv"
    target.parent.mkdir()
    res = cli(*args, "--out", str(target))
    assert res.returncode == 2
    assert message in res.stderr
    assert list(target.parent.iterdir()) == []


def test_unwritable_paths(cli, tmp_path):
    res = cli("--group", "T", "--month", "2026-03", "--out", str(tmp_path / "missing" / "log.csv"))
    assert res.returncode == 2 and "findes ikke" in res.stderr
    res = cli("--group", "T", "--month", "2026-03", "--out", str(tmp_path))
    assert res.returncode == 2 and "er en mappe" in res.stderr
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    try:
        if os.access(locked, os.W_OK):  # running as root: permissions do not stop us
            pytest.skip("root can write anywhere")
        res = cli("--group", "T", "--month", "2026-03", "--out", str(locked / "log.pdf"))
        assert res.returncode == 2 and "kan ikke skrives" in res.stderr
        assert list(locked.iterdir()) == []
    finally:
        locked.chmod(0o700)


def test_unknown_format_from_the_suffix(cli, tmp_path):
    res = cli("--group", "T", "--month", "2026-03", "--out", str(tmp_path / "log.docx"))
    assert res.returncode == 2 and "Ukendt format" in res.stderr


def test_csv_export_does_not_load_qt(store, data_dir, tmp_path):
    build_dataset(store)
    code = ("import sys; from secretary_app.cli import main; "
            f"rc = main(['--data-dir', {str(data_dir)!r}, 'export', 'activity', '--group', 'T', "
            f"'--month', '2026-03', '--out', {str(tmp_path / 'x.xlsx')!r}]); "
            "assert rc == 0; assert not any(m.startswith('PySide6') for m in sys.modules), 'Qt loaded'")
    res = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert res.returncode == 0, res.stderr
