"""Fault injection: interrupt restore, backup, member erase and a migration at every file
operation in turn, then start again (issue 13).

Every os.replace, unlink, fsync and SQLite commit of these commands passes
``store.files.fault_point``. A first run of each command counts them; then, for every N, a
fresh copy of the data folder gets the command in a child process that ends itself with
``os._exit(137)`` right before the N-th operation (as a power cut or ``kill -9`` would, with no
clean-up). The next start (``secretary-app groups``, in this process) must then find the old or
the new data, never none and never a new empty store, with SQLite's integrity check passing, the
schema exactly the head revision's, no temporary file left, and after an erase the text gone from
the file. The children are forked from this process (the libraries are loaded once), so a run
costs milliseconds of start-up instead of a second.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import time
from pathlib import Path

import faultkit
import pytest

from secretary_app.store import files

pytestmark = [pytest.mark.slow, pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork")]

SECRET = "Kvadratrodsmysteriet fortroligt"
FIXTURE = Path(__file__).resolve().parents[1] / "data" / "schema" / "rev0001.sql"


_cli, _child = faultkit.cli, faultkit.child


def damage(path: Path, pages=(2, 3, 4, 5), page_size: int = 4096) -> None:
    """Overwrite a few b-tree pages with noise (the file header stays intact)."""
    import random

    rnd = random.Random(42)
    with open(path, "r+b") as fh:
        for page in pages:
            fh.seek((page - 1) * page_size)
            fh.write(bytes(rnd.randrange(256) for _ in range(3000)))


def _members(db: Path) -> frozenset[str]:
    con = sqlite3.connect(db)
    try:
        assert con.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        return frozenset(n for (n,) in con.execute("SELECT name FROM member"))
    finally:
        con.close()


def _build(root: Path, kind: str) -> tuple[Path, list[str], frozenset[str], frozenset[str]]:
    """A template data folder, the command, and the member names before and after it."""
    from secretary_app import paths
    from secretary_app.services import backup as svc
    from secretary_app.services import groups
    from secretary_app.services import requests as req_svc
    from secretary_app.services.opening import open_store

    template = root / f"template-{kind}"
    folder = root / f"live-{kind}"
    folder.mkdir(mode=0o700)
    paths.set_data_dir(folder)
    db = folder / "secretary.sqlite3"
    if kind == "migration":
        con = sqlite3.connect(db)
        con.executescript(FIXTURE.read_text(encoding="utf-8"))
        con.close()
        names = _members(db)
        shutil.copytree(folder, template)
        return template, ["groups", "--json"], names, names
    store = open_store(db)
    g = groups.create_group(store, "Testpartiet", "T")
    for name in ("Anna Andersen", "Bo Berg"):
        groups.create_member(store, g.id, groups.MemberInput(name=name))
    lise = groups.create_member(store, g.id, groups.MemberInput(name="Lise Lund"))
    req_svc.create_request(store, g.id, lise.id, "speech", f"Tale: {SECRET}", description=SECRET * 40)
    saved = svc.backup_now(db, kind="manual")
    groups.create_member(store, g.id, groups.MemberInput(name="Efter Kopien"))
    # Copied while the store is open: the last commits are still in the -wal, as after a crash
    # of the window (the restore must fold them into its pre-restore copy, never lose them).
    assert (folder / "secretary.sqlite3-wal").stat().st_size > 0
    shutil.copytree(folder, template)
    store.close()
    folder, db = template, template / "secretary.sqlite3"
    saved = template / "backups" / saved.name
    now = _members(db)
    if kind == "restore":
        return folder, ["restore", str(saved)], now, _members(saved)
    if kind == "backup":
        return folder, ["backup"], now, now
    return folder, ["member", "erase", "--group", "T", "--member", "Lise Lund", "--yes"], now, now - {"Lise Lund"}


def _check_next_start(folder: Path, kind: str, old: frozenset[str], new: frozenset[str], label: str) -> str:
    from secretary_app.services.members_gdpr import SCRUB_MARKER
    from secretary_app.store import backups, revision, schema_check

    db = folder / "secretary.sqlite3"
    rc, out, err = _cli(folder, "groups", "--json")
    assert rc == 0, f"{kind} {label}: {err}"
    assert "Demo" not in out
    assert db.exists(), f"{kind} {label}: no database"
    found = _members(db)
    assert found in (old, new), f"{kind} {label}: {sorted(found)}"
    assert revision.check(db).current
    assert schema_check.schema_mismatch(db, revision.script_heads()) == []
    leftovers = [p.name for p in (*folder.iterdir(), *(folder / "backups").glob("*"))
                 if p.name.endswith((".tmp", ".build")) or ".tmp-" in p.name or p.name.startswith(".check-")]
    assert leftovers == [], f"{kind} {label}: {leftovers}"
    for b in backups.list_backups(folder / "backups"):
        assert backups.quick_check(b.path) == ["ok"], f"{kind} {label}: {b.path.name}"
    if kind == "erase" and found == new:
        assert not (folder / SCRUB_MARKER).exists()
        for p in (db, db.with_name(db.name + "-wal")):
            if p.exists():
                assert SECRET.encode() not in p.read_bytes(), f"{kind} {label}: text left in {p.name}"
    return "new" if found == new else "old"


@pytest.mark.parametrize("kind", ["restore", "backup", "erase", "migration"])
def test_interrupted_at_every_file_operation_the_next_start_has_old_or_new_data(tmp_path, kind):
    from secretary_app.store import revision, schema_check

    for revs in (revision.script_heads(), frozenset({"0001"})):
        schema_check.expected_schema(revs)  # built once here, not in every child
    template, args, old, new = _build(tmp_path, kind)
    log = tmp_path / f"points-{kind}.log"
    work = tmp_path / "run-count"
    shutil.copytree(template, work)
    t0 = time.monotonic()
    assert _child(work, args, None, log) == 0
    points = log.read_text(encoding="utf-8").splitlines()
    assert points, "no fault point reached"
    _check_next_start(work, kind, old, new, "complete")
    outcomes = []
    for n in range(1, len(points) + 1):
        run = tmp_path / f"run-{n}"
        shutil.copytree(template, run)
        code = _child(run, args, n, None)
        assert code == files.FAULT_EXIT, f"{kind}: run {n} ({points[n - 1]}) ended with {code}"
        outcomes.append(_check_next_start(run, kind, old, new, points[n - 1]))
        shutil.rmtree(run)
    print(f"\n{kind}: {len(points)} fault points, outcomes {outcomes.count('old')} old / "
          f"{outcomes.count('new')} new, {time.monotonic() - t0:.1f} s\n  " + "; ".join(p.split(" ", 1)[1] for p in points))
    if kind != "backup" and old != new:
        assert "old" in outcomes and "new" in outcomes  # the points span the whole command


def test_restore_over_a_damaged_database_interrupted_at_every_file_operation(tmp_path):
    """The damaged database is set aside, untouched, and replaced in one rename: after a kill
    at any point the folder holds either the damaged file, byte for byte (and the next start
    refuses it with the rescue message), or the restored data; the damaged bytes always survive."""
    import hashlib

    template, args, _old, new = _build(tmp_path, "restore")
    db = template / "secretary.sqlite3"
    con = sqlite3.connect(db)
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    for side in (db.with_name(db.name + "-wal"), db.with_name(db.name + "-shm")):
        side.unlink(missing_ok=True)
    damage(db, pages=(2, 3, 4, 5))
    bad = hashlib.sha256(db.read_bytes()).hexdigest()
    log = tmp_path / "points-damaged.log"
    work = tmp_path / "run-count"
    shutil.copytree(template, work)
    assert _child(work, args, None, log) == 0
    points = log.read_text(encoding="utf-8").splitlines()
    outcomes = []
    for n in range(1, len(points) + 1):
        run = tmp_path / f"run-{n}"
        shutil.copytree(template, run)
        assert _child(run, args, n, None) == files.FAULT_EXIT
        rdb = run / "secretary.sqlite3"
        kept = [p for p in run.iterdir() if p.is_file() and hashlib.sha256(p.read_bytes()).hexdigest() == bad]
        assert kept, f"run {n} ({points[n - 1]}): the damaged bytes are gone"
        rc, _out, err = _cli(run, "groups", "--json")
        if rc == 2:
            assert "beskadiget" in err and hashlib.sha256(rdb.read_bytes()).hexdigest() == bad
            outcomes.append("old")
        else:
            assert rc == 0 and _members(rdb) == new, f"run {n}: {err}"
            outcomes.append("new")
        shutil.rmtree(run)
    print(f"\nrestore over a damaged database: {len(points)} fault points, {outcomes.count('old')} old / "
          f"{outcomes.count('new')} new")
    assert "old" in outcomes and "new" in outcomes
