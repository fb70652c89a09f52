"""`secretary-app encrypt` ended (as by kill -9) at every file operation in turn: the next start
finds the old plain store or the new encrypted one, never neither, and after the next start no
plaintext copy and no temporary file is left once the store is encrypted.

Children are forked (see test_fault_injection.py); a forked child's keyring entry stays in the
child, so the next start unlocks with the passphrase file, as on a machine whose keyring lost it.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
from pathlib import Path

import faultkit
import pytest

from secretary_app.store import cipher, files, keys

pytestmark = [pytest.mark.slow, pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork"),
              pytest.mark.skipif(not cipher.available(), reason="sqlcipher3 is not installed")]

SECRET = "Hemmeligholdt Ærøskøbing-sag"
NAMES = frozenset({"Anna Andersen", "Bo Berg"})


_cli, _child = faultkit.cli, faultkit.child


def _build(root: Path) -> Path:
    from secretary_app import paths
    from secretary_app.services import backup as svc
    from secretary_app.services import groups
    from secretary_app.services import requests as req_svc
    from secretary_app.services.opening import open_store

    folder = root / "template"
    folder.mkdir(mode=0o700)
    paths.set_data_dir(folder)
    db = folder / "secretary.sqlite3"
    store = open_store(db)
    g = groups.create_group(store, "Testpartiet", "T")
    m = groups.create_member(store, g.id, groups.MemberInput(name="Anna Andersen"))
    req_svc.create_request(store, g.id, m.id, "speech", f"Tale: {SECRET}", description=SECRET * 30)
    svc.backup_now(db, kind="manual")
    groups.create_member(store, g.id, groups.MemberInput(name="Bo Berg"))
    store.close()
    return folder


def _check_next_start(folder: Path, secret_file: Path, label: str) -> str:
    db = folder / "secretary.sqlite3"
    cipher.forget_all()
    rc, out, err = _cli(folder, "--passphrase-file", str(secret_file), "groups", "--json")
    assert rc == 0, f"{label}: {err}"
    assert db.exists(), f"{label}: no database"
    encrypted = cipher.is_encrypted(db)
    if encrypted:
        con = cipher.connect(db, cipher.key_for(db))
    else:
        con = sqlite3.connect(db)
    try:
        assert con.execute("PRAGMA integrity_check").fetchall() == [("ok",)], label
        assert frozenset(n for (n,) in con.execute("SELECT name FROM member")) == NAMES, label
    finally:
        con.close()
    left = [p.name for p in (*folder.iterdir(), *(folder / "backups").iterdir()) if p.name.endswith(".tmp")]
    assert left == [], f"{label}: {left}"
    if encrypted:
        for p in (*folder.iterdir(), *(folder / "backups").iterdir()):
            if p.is_file():
                assert SECRET.encode() not in p.read_bytes(), f"{label}: plaintext in {p.name}"
                assert b"Anna Andersen" not in p.read_bytes(), f"{label}: plaintext in {p.name}"
    return "new" if encrypted else "old"


def test_encrypt_killed_at_every_file_operation_leaves_the_old_or_the_new_store(tmp_path, monkeypatch):
    monkeypatch.setattr(keys, "calibrate", lambda target_s=0.3: keys.ScryptParams(2 ** 10))
    template = _build(tmp_path)
    secret = tmp_path / "pass.txt"
    secret.write_text("en lang nok sætning\n", encoding="utf-8")
    args = ["encrypt", "--passphrase-file", str(secret)]
    log = tmp_path / "points.log"
    work = tmp_path / "run-count"
    shutil.copytree(template, work)
    assert _child(work, args, None, log) == 0
    points = log.read_text(encoding="utf-8").splitlines()
    assert len(points) > 5
    assert _check_next_start(work, secret, "complete") == "new"
    outcomes = []
    for n in range(1, len(points) + 1):
        run = tmp_path / f"run-{n}"
        shutil.copytree(template, run)
        code = _child(run, args, n, None)
        assert code == files.FAULT_EXIT, f"run {n} ({points[n - 1]}) ended with {code}"
        outcomes.append(_check_next_start(run, secret, points[n - 1]))
        if outcomes[-1] == "old":  # encrypting again after the kill works and leaves no plaintext
            assert _child(run, args, None, None) == 0
            assert _check_next_start(run, secret, f"again after {points[n - 1]}") == "new"
        shutil.rmtree(run)
    print(f"\nencrypt: {len(points)} fault points, {outcomes.count('old')} old / {outcomes.count('new')} new\n  "
          + "; ".join(p.split(" ", 1)[1] for p in points))
    assert "old" in outcomes and "new" in outcomes
