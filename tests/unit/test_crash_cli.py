"""A bug in a headless command prints one line and leaves a crash report, never a traceback."""

from __future__ import annotations

import stat

from secretary_app import cli

SECRET = "Mette Lindholms private note"


def test_an_unexpected_error_in_a_command_writes_a_report(data_dir, monkeypatch, capsys):
    from secretary_app.services import groups

    def broken(*_args, **_kw):
        raise RuntimeError(SECRET)

    monkeypatch.setattr(groups, "groups_overview", broken)
    code = cli.main(["--data-dir", str(data_dir), "groups"])
    err = capsys.readouterr().err
    assert code == 1
    assert "RuntimeError" in err and "fejlrapport" in err
    assert SECRET not in err and "Traceback" not in err
    reports = list((data_dir / "logs").glob("crash-*.txt"))
    assert len(reports) == 1
    text = reports[0].read_text(encoding="utf-8")
    assert "RuntimeError" in text and "in broken" in text and SECRET not in text
    assert stat.S_IMODE(reports[0].stat().st_mode) == 0o600
