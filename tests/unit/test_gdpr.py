"""A leaving member: export all their data (JSON in a ZIP), then erase it so the text is gone from the file."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
import zipfile

import pytest
from sqlmodel import select

from secretary_app.services import groups, members_gdpr
from secretary_app.services import requests as req_svc
from secretary_app.store.models import AuditEvent, Draft, DraftVersion, GuardEvent, Member, Request, TimeEntry

SECRET = "Zyxwvutsrq hemmelig privatsag"
NAME = "Quirin Qvortrup-Hemmelig"
CLI = [sys.executable, "-m", "secretary_app"]


@pytest.fixture
def leaving(store, group):
    member = groups.create_member(store, group.id, groups.MemberInput(name=NAME, email="quirin@example.dk"))
    other = groups.create_member(store, group.id, groups.MemberInput(name="Bliver Her"))
    r1 = req_svc.create_request(store, group.id, member.id, "speech", f"Tale: {SECRET}", description=SECRET * 20)
    req_svc.create_request(store, group.id, member.id, "research_memo", "Notat om trafik")
    kept = req_svc.create_request(store, group.id, other.id, "speech", "Tale om skoler")
    req_svc.log_time(store, r1.id, 45, work_date=dt.date(2026, 3, 2), note=SECRET)
    req_svc.log_time(store, r1.id, 30, work_date=dt.date(2026, 4, 1))
    with store.session() as s:
        d = Draft(group_id=group.id, member_id=member.id, request_id=r1.id, title="Udkast",
                  body=f"<p>{SECRET}</p>", plain_text=SECRET)
        s.add(d)
        s.flush()
        s.add(DraftVersion(draft_id=d.id, name="v1", body=f"<p>{SECRET}</p>", plain_text=SECRET))
        s.add(GuardEvent(group_id=group.id, request_id=r1.id, verdict="ok", reasons_json="[]",
                         action="accepted", justification=SECRET))
    return store, group, member, other, kept


def test_export_holds_everything_about_the_member(leaving, tmp_path):
    store, _group, member, _other, _kept = leaving
    out = members_gdpr.export_member(store, member.id, tmp_path / "quirin.zip")
    with zipfile.ZipFile(out) as zf:
        assert sorted(zf.namelist()) == ["README.txt", "member.json"]
        data = json.loads(zf.read("member.json"))
    assert data["member"]["name"] == NAME and data["member"]["email"] == "quirin@example.dk"
    assert len(data["requests"]) == 2
    r1 = next(r for r in data["requests"] if SECRET in r["title"])
    assert r1["task_type"] == "speech" and sum(e["minutes"] for e in r1["time_entries"]) == 75
    assert r1["guard_events"][0]["justification"] == SECRET
    assert data["drafts"][0]["versions"][0]["plain_text"] == SECRET
    assert "Tale om skoler" not in json.dumps(data)  # nobody else's data
    if os.name == "posix":
        assert (out.stat().st_mode & 0o777) == 0o600


def test_erase_removes_the_member_and_the_text_from_the_file(leaving, data_dir):
    store, group, member, other, kept = leaving
    db = data_dir / "secretary.sqlite3"

    result = members_gdpr.erase_member(store, member.id)

    assert (result.requests, result.time_entries, result.minutes, result.drafts, result.draft_versions,
            result.guard_events) == (2, 2, 75, 1, 1, 1)
    with store.session() as s:
        assert s.get(Member, member.id) is None
        assert s.exec(select(Request).where(Request.member_id == member.id)).all() == []
        assert s.exec(select(TimeEntry)).all() == []
        assert s.exec(select(Draft)).all() == [] and s.exec(select(DraftVersion)).all() == []
        assert s.get(Member, other.id) is not None and s.get(Request, kept.id) is not None
        audit = s.exec(select(AuditEvent)).one()
    summary = json.loads(audit.summary_json)
    assert audit.kind == "member_erased" and audit.group_id == group.id
    assert summary["minutes"] == 75
    assert summary["minutes_by_month_and_type"] == {"2026-03": {"speech": 45}, "2026-04": {"speech": 30}}
    assert NAME not in audit.summary_json and SECRET not in audit.summary_json
    assert req_svc.search_requests(store, group.id, "Zyxwvutsrq") == []
    # The bytes: not in the database file, not in its WAL.
    for path in (db, db.with_name(db.name + "-wal")):
        if path.exists():
            raw = path.read_bytes()
            for needle in (SECRET, "Zyxwvutsrq", NAME, "Qvortrup", "quirin@example.dk"):
                assert needle.encode() not in raw, (path.name, needle)
                assert needle.lower().encode() not in raw, (path.name, needle.lower())


def test_audit_log_is_append_only(leaving):
    store, _group, member, _other, _kept = leaving
    members_gdpr.erase_member(store, member.id)
    from sqlalchemy.exc import DatabaseError

    with pytest.raises(DatabaseError, match="append-only"):
        with store.engine.begin() as conn:
            conn.exec_driver_sql("UPDATE audit_event SET summary_json = '{}'")
    assert members_gdpr.audit_log(store)[0]["summary"]["requests"] == 2


def test_cli_member_export_and_erase(leaving, data_dir, tmp_path):
    store = leaving[0]
    store.close()
    base = [*CLI, "--data-dir", str(data_dir), "member"]
    r = subprocess.run([*base, "export", "--group", "T", "--member", NAME, "--out", str(tmp_path / "m.zip")],
                       capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr
    assert zipfile.ZipFile(tmp_path / "m.zip").testzip() is None
    r = subprocess.run([*base, "erase", "--group", "T", "--member", NAME], capture_output=True, text=True, timeout=120)
    assert r.returncode == 2 and "--yes" in r.stderr and "kan ikke fortrydes" in r.stderr
    r = subprocess.run([*base, "erase", "--group", "T", "--member", NAME, "--yes", "--json"],
                       capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout)["requests"] == 2
    r = subprocess.run([*base, "erase", "--group", "T", "--member", NAME, "--yes"], capture_output=True, text=True,
                       timeout=120)
    assert r.returncode == 2 and "Ukendt medlem" in r.stderr


def test_erase_removes_guard_checks_of_drafts_without_a_request(store, group):
    """A guard check of a draft on export quotes the draft's sentence; erasing the member
    must take it too, or the text outlives the erasure."""
    from sqlmodel import select

    from secretary_app.services import groups as groups_svc
    from secretary_app.services.drafts import create_draft, save_body
    from secretary_app.services.guard_documents import check_draft
    from secretary_app.services.members_gdpr import erase_member
    from secretary_app.store.models import GuardEvent

    member = groups_svc.create_member(store, group.id, groups_svc.MemberInput(name="Ditte Holm"))
    draft = create_draft(store, group.id, member.id, "speech", "Valgtale")
    text = "Stem på os ved kommunalvalget, og kom til vores valgmøde i partiforeningen Ditte Holm."
    save_body(store, draft.id, f"<p>{text}</p>", text)
    check_draft(store, draft.id, "export")
    with store.session() as s:
        assert s.exec(select(GuardEvent)).all(), "the check was recorded"
    erase_member(store, member.id)
    with store.session() as s:
        assert s.exec(select(GuardEvent)).all() == []
