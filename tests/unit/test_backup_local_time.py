"""Backup names and ``secretary-app backups`` use the app's local time (Copenhagen, as the
UI shows it), also on a machine whose clock runs in UTC."""

from __future__ import annotations

import datetime as dt
import time

import pytest

from secretary_app.domain.dates import COPENHAGEN


@pytest.fixture
def utc_machine(monkeypatch):
    monkeypatch.setenv("TZ", "UTC")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def test_backup_name_and_listing_are_in_copenhagen_time(utc_machine, tmp_path):
    from secretary_app.store import backups

    moment = dt.datetime(2026, 1, 26, 9, 30, tzinfo=dt.timezone.utc)  # 10:30 in Copenhagen
    name = backups.backup_name("manual", moment)
    assert "20260126-103000+0100" in name
    (tmp_path / (name + backups.SUFFIX)).write_bytes(b"x")
    [info] = backups.list_backups(tmp_path)
    assert info.created == dt.datetime(2026, 1, 26, 10, 30)
    assert info.as_dict()["created"] == "2026-01-26T10:30:00+01:00"


def test_a_fresh_backup_is_not_due_on_a_utc_machine(utc_machine, tmp_path):
    from secretary_app.store import backups

    name = backups.backup_name("auto")
    assert dt.datetime.now(COPENHAGEN).strftime("%Y%m%d-%H") in name
    (tmp_path / (name + backups.SUFFIX)).write_bytes(b"x")
    assert not backups.backup_due(tmp_path)
