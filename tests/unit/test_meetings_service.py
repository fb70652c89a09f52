"""Meetings service: CRUD, agenda and plan import (one transaction, re-import updates),
links from agenda items, PDF input, the ICS export and the CLI."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

import pytest

from secretary_app.domain.errors import NotFoundError, ValidationError
from secretary_app.services import meetings

DATA = Path(__file__).resolve().parents[1] / "data" / "agendas"
KKR_2026 = DATA / "kkr_hovedstaden_2026.txt"


def test_create_update_list_delete(store, group):
    m = meetings.create_meeting(store, group.id, "2026-03-12", body_kind="council",
                                body_name="Borgerrepræsentationen", start_time="17:30",
                                group_meeting_start="16:00", group_meeting_end="17:15")
    assert len(m.uid) == 36
    uid = m.uid
    meetings.create_meeting(store, group.id, dt.date(2026, 4, 2), body_kind="committee", body_name="ØU")
    assert [x.date.month for x in meetings.list_meetings(store, group.id, 2026, 3)] == [3]
    assert meetings.meeting_days(store, group.id, 2026, 4) == {dt.date(2026, 4, 2): 1}
    m = meetings.update_meeting(store, m.id, place="Rådhuset", end_time="21:00")
    assert m.uid == uid and m.place == "Rådhuset" and m.end_time == dt.time(21)
    with pytest.raises(ValidationError, match="slutter"):
        meetings.update_meeting(store, m.id, end_time="17:00")
    with pytest.raises(ValidationError, match="mødetype"):
        meetings.create_meeting(store, group.id, "2026-03-12", body_kind="party")
    with pytest.raises(ValidationError):
        meetings.create_meeting(store, group.id, "31-02-2026")
    meetings.delete_meeting(store, m.id)
    with pytest.raises(NotFoundError):
        meetings.get_meeting(store, m.id)
    assert meetings.get_meeting(store, m.id + 1).body_name == "ØU"


def test_import_agenda_and_reimport_updates(store, group):
    res = meetings.import_agenda_file(store, group.id, KKR_2026)
    assert res.created and len(res.items) == 12
    m = res.meeting
    assert (m.date, m.start_time, m.body_kind, m.body_name) == (dt.date(2026, 1, 26), dt.time(10, 30), "kkr",
                                                                "KKR Hovedstaden")
    item = {i.number: i for i in res.items}["1.4"]
    assert meetings.item_sections(item)["Baggrund"].startswith("Der skal vælges formand")
    again = meetings.import_agenda_file(store, group.id, KKR_2026)
    assert not again.created and again.meeting.id == m.id and again.meeting.uid == m.uid
    assert [i.id for i in again.items] == [i.id for i in res.items]  # same rows, updated in place
    assert len(meetings.list_meetings(store, group.id)) == 1


def test_failed_import_leaves_nothing(store, group, monkeypatch):
    agenda = meetings.parse_agenda_file(KKR_2026)
    agenda.items[5].title = ""  # the store refuses an empty title half-way through the items
    with pytest.raises(ValidationError):
        meetings.import_agenda(store, group.id, agenda)
    assert meetings.list_meetings(store, group.id) == []


def test_plan_then_agenda_is_one_meeting(store, group):
    res = meetings.import_meeting_plan(store, group.id, KKR_2026.read_text(encoding="utf-8"),
                                       body_name="KKR Hovedstaden")
    assert len(res.created) == 21 and res.updated == []
    first = res.created[0]
    assert (first.start_time, first.end_time, first.group_meeting_start, first.group_meeting_end) == (
        dt.time(10), dt.time(12), dt.time(9), dt.time(10))
    assert first.title == "konstituerende møde 2026-2030" and first.body_kind == "kkr"
    agenda = meetings.import_agenda_file(store, group.id, KKR_2026)
    assert not agenda.created and agenda.meeting.id == first.id
    assert agenda.meeting.start_time == dt.time(10, 30)  # the agenda is more precise than the plan
    assert agenda.meeting.end_time == dt.time(12)  # kept from the plan
    again = meetings.import_meeting_plan(store, group.id, KKR_2026.read_text(encoding="utf-8"),
                                         body_name="KKR Hovedstaden")
    assert again.created == [] and len(again.updated) == 21
    assert len(meetings.list_meetings(store, group.id)) == 21


def test_plan_with_wrong_weekday_is_refused_unless_skipped(store, group):
    text = "2026\nMandag den 26. januar\nTirsdag den 25. marts\n"
    with pytest.raises(ValidationError, match="linje 3|Linje 3"):
        meetings.import_meeting_plan(store, group.id, text, body_name="KKR Hovedstaden")
    assert meetings.list_meetings(store, group.id) == []
    res = meetings.import_meeting_plan(store, group.id, text, body_name="KKR Hovedstaden", skip_problems=True)
    assert [m.date for m in res.created] == [dt.date(2026, 1, 26)]
    assert len(res.skipped) == 1


def test_request_from_agenda_item_prefilled_and_linked(store, group, monkeypatch):
    from secretary_app.services import groups, requests

    monkeypatch.setattr(meetings.linking, "local_today", lambda: dt.date(2026, 1, 10))
    member = groups.create_member(store, group.id, groups.MemberInput(name="Mette Lindholm"))
    res = meetings.import_agenda_file(store, group.id, KKR_2026)
    item = {i.number: i for i in res.items}["1.4"]
    sug = meetings.suggested_link(store, item.id, "Tale")
    assert sug["title"] == ("Tale til punkt 1.4 Valg af formand og næstformand for KKR Hovedstaden "
                            "2026-2030 (SAG-2024-04469)")
    assert sug["due_date"] == dt.date(2026, 1, 23)  # Friday before Monday's meeting
    req = meetings.create_request_for_item(store, item.id, member.id, "speech",
                                           received_at=dt.datetime(2026, 1, 10, 9))
    assert (req.meeting_id, req.agenda_item_id, req.due_date) == (res.meeting.id, item.id, dt.date(2026, 1, 23))
    assert "SAG-2024-04469" in req.title
    links = meetings.linked_items(store, item.id)
    assert [r["id"] for r in links["requests"]] == [req.id] and links["requests"][0]["member"] == "Mette Lindholm"
    assert meetings.link_counts(store, res.meeting.id)[item.id] == 1
    assert meetings.meeting_labels(store, [res.meeting.id]) == {res.meeting.id: "KKR Hovedstaden 26-01-2026 10:30"}
    # deleting the meeting keeps the request, unlinked
    meetings.delete_meeting(store, res.meeting.id)
    kept = requests.get_request(store, req.id)
    assert (kept.meeting_id, kept.agenda_item_id) == (None, None)


def test_working_day_before_skips_weekends_and_holidays():
    assert meetings.working_day_before(dt.date(2026, 1, 26)) == dt.date(2026, 1, 23)
    assert meetings.working_day_before(dt.date(2026, 4, 7)) == dt.date(2026, 4, 1)  # Easter 2026


def test_read_document_errors(tmp_path):
    empty = tmp_path / "tom.txt"
    empty.write_bytes(b"")
    with pytest.raises(ValidationError, match="tom"):
        meetings.read_document(empty)
    binary = tmp_path / "x.bin"
    binary.write_bytes(bytes(range(256)) * 4)
    with pytest.raises(ValidationError, match="binær"):
        meetings.read_document(binary)
    with pytest.raises(ValidationError, match="findes ikke"):
        meetings.read_document(tmp_path / "mangler.txt")
    latin = tmp_path / "latin.txt"
    latin.write_bytes("Dato: 26-01-2026\n1.1. Møde i KKR\nSAG-2024-04469 rojh\n".encode("cp1252"))
    assert meetings.parse_agenda_file(latin).items[0].title == "Møde i KKR"


def _pdf(path: Path, lines: list[str] | None) -> None:
    """A small PDF written by hand: with a text layer, or (lines=None) a blank page."""
    content = b""
    if lines:
        ops = ["BT", "/F1 11 Tf", "14 TL", "50 800 Td"]
        for ln in lines:
            ops.append("(" + ln.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ") Tj T*")
        ops.append("ET")
        content = "\n".join(ops).encode("latin-1")
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
            b"/Resources << /Font << /F1 5 0 R >> >> >>",
            b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for i, body in enumerate(objs, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    path.write_bytes(bytes(out))


def test_pdf_agenda_and_pdf_without_text(tmp_path):
    good = tmp_path / "dagsorden.pdf"
    _pdf(good, ["Dagsorden", "Dato: 26-01-2026 10:30", "Sted: Glostrup Park Hotel.",
                "1.1. Konstituerende møde i KKR", "SAG-2024-04469 rojh", "Baggrund",
                "Mødet holdes.", "1.2. Godkendelse af valgforbund", "SAG-2024-04470 rojh", "2. Eventuelt"])
    agenda = meetings.parse_agenda_file(good)
    assert [(i.number, i.title, i.case_number) for i in agenda.items] == [
        ("1.1", "Konstituerende møde i KKR", "SAG-2024-04469"),
        ("1.2", "Godkendelse af valgforbund", "SAG-2024-04470"), ("2", "Eventuelt", "")]
    blank = tmp_path / "scannet.pdf"
    _pdf(blank, None)
    with pytest.raises(ValidationError, match="ingen tekst"):
        meetings.parse_agenda_file(blank)
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"%PDF-1.4\nthis is not a pdf at all")
    with pytest.raises(ValidationError, match="PDF"):
        meetings.parse_agenda_file(broken)


# --- ICS --------------------------------------------------------------------------------------


def _events(data: bytes):
    from icalendar import Calendar

    cal = Calendar.from_ical(data)
    return cal, list(cal.walk("VEVENT"))


def test_ics_one_event_per_meeting_group_meeting_and_deadline(store, group, monkeypatch):
    from secretary_app.exports.calendar_ics import build_calendar
    from secretary_app.services.calendar import calendar_data, export_calendar
    from secretary_app.services import groups, requests

    member = groups.create_member(store, group.id, groups.MemberInput(name="Aisha Rahimi"))
    kkr = meetings.import_agenda_file(store, group.id, KKR_2026).meeting  # with group meeting
    council = meetings.create_meeting(store, group.id, "2026-03-12", body_name="Borgerrepræsentationen",
                                      start_time="17:30", end_time="22:00")  # no group meeting
    meetings.create_meeting(store, group.id, "2026-03-16", body_kind="committee", body_name="ØU")  # all day
    r1 = requests.create_request(store, group.id, member.id, "speech", "Tale om budget",
                                 received_at="2026-01-05", due_date="2026-03-11")
    r2 = requests.create_request(store, group.id, member.id, "politician_question", "Spørgsmål om cykelstier",
                                 received_at="2026-01-05", sent_date="2026-01-06")
    r3 = requests.create_request(store, group.id, member.id, "speech", "Færdig tale",
                                 received_at="2026-01-05", due_date="2026-02-01", status="done")
    data = build_calendar(calendar_data(store, group.id))
    cal, events = _events(data)
    uids = sorted(str(e["UID"]) for e in events)
    assert uids == sorted([f"{kkr.uid}@secretary-app", f"{kkr.uid}-group@secretary-app",
                           f"{council.uid}@secretary-app",
                           meetings.list_meetings(store, group.id, 2026, 3)[1].uid + "@secretary-app",
                           f"request-{r1.id}-due@secretary-app", f"request-{r2.id}-answer@secretary-app"])
    assert not any(f"request-{r3.id}" in u for u in uids)  # done: no deadline to keep
    assert [str(tz["TZID"]) for tz in cal.walk("VTIMEZONE")] == ["Europe/Copenhagen"]
    by_uid = {str(e["UID"]): e for e in events}
    ev = by_uid[f"{kkr.uid}@secretary-app"]
    start = ev.decoded("DTSTART")
    assert (start.hour, start.minute, str(start.tzinfo)) == (10, 30, "Europe/Copenhagen")
    assert "1.4 Valg af formand" in str(ev["DESCRIPTION"])
    assert str(ev["LOCATION"]) == "Glostrup Park Hotel, Hovedvejen 41, Glostrup"
    g = by_uid[f"{kkr.uid}-group@secretary-app"]
    assert (g.decoded("DTSTART").hour, g.decoded("DTEND").hour, g.decoded("DTEND").minute) == (9, 10, 30)
    assert by_uid[f"request-{r1.id}-due@secretary-app"].decoded("DTSTART") == dt.date(2026, 3, 11)
    # a re-export after a change keeps the UIDs (the calendar updates, no duplicates)
    meetings.update_meeting(store, council.id, place="Rådhuset")
    out = Path(store.path).parent / "kal.ics"
    assert export_calendar(store, group.id, out) == 6
    _, again = _events(out.read_bytes())
    assert sorted(str(e["UID"]) for e in again) == uids
    assert "Rådhuset" in out.read_text(encoding="utf-8")


# --- CLI -----------------------------------------------------------------------------------

CLI = [sys.executable, "-m", "secretary_app"]


def run(*args):
    return subprocess.run([*CLI, *args], capture_output=True, text=True, timeout=120)


@pytest.mark.slow
def test_cli_import_agenda_json():
    result = run("import", "agenda", str(KKR_2026), "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["meeting"]["date"] == "2026-01-26" and data["meeting"]["time"] == "10:30"
    assert data["meeting"]["place"].startswith("Glostrup Park Hotel")
    item = data["items"][1]
    assert (item["number"], item["case_number"], item["initials"]) == ("1.2", "SAG-2024-04469", "rojh")
    assert set(item["sections"]) == {"Baggrund", "Indstilling", "Sagsfremstilling"}
    assert len(data["items"]) == 12


@pytest.mark.slow
def test_cli_save_plan_export_and_errors(tmp_path):
    d = str(tmp_path / "data")
    r = run("--data-dir", d, "demo")
    assert r.returncode == 0, r.stderr
    r = run("--data-dir", d, "import", "agenda", str(DATA / "kommunalbestyrelsen_havnekoebing_2026-04.txt"),
            "--group", "Ø", "--save", "--json")
    assert r.returncode == 0, r.stderr
    saved = json.loads(r.stdout)["saved"]
    assert saved["created"] and saved["items"] == 5
    r = run("--data-dir", d, "import", "agenda", str(DATA / "kommunalbestyrelsen_havnekoebing_2026-04.txt"),
            "--group", "Ø", "--save", "--json")
    assert json.loads(r.stdout)["saved"]["meeting_id"] == saved["meeting_id"]
    assert not json.loads(r.stdout)["saved"]["created"]
    plan = tmp_path / "plan.txt"
    plan.write_text("2027\nOnsdag den 10. februar\nFredag den 23. april\n\nMøderne afholdes fra kl. 10.00-12.00.\n",
                    encoding="utf-8")
    r = run("--data-dir", d, "import", "meeting-plan", str(plan), "--group", "Ø", "--body", "KKR Sjælland")
    assert r.returncode == 0, r.stderr
    assert "2 møder oprettet" in r.stdout
    bad = tmp_path / "bad.txt"
    bad.write_text("2027\nTorsdag den 10. februar\n", encoding="utf-8")
    r = run("--data-dir", d, "import", "meeting-plan", str(bad), "--group", "Ø", "--body", "KKR Sjælland")
    assert r.returncode == 2 and "Linje 2" in r.stderr and "onsdag" in r.stderr
    out = tmp_path / "o.ics"
    r = run("--data-dir", d, "export", "calendar", "--group", "Ø", "--out", str(out))
    assert r.returncode == 0, r.stderr
    _, events = _events(out.read_bytes())
    assert any("KKR Sjælland" in str(e["SUMMARY"]) for e in events)
    # bad input: clear message with a line number, exit 2, nothing saved
    junk = tmp_path / "junk.txt"
    junk.write_text("Kære alle\nIntet her.\n", encoding="utf-8")
    r = run("--data-dir", d, "import", "agenda", str(junk), "--group", "Ø", "--save")
    assert r.returncode == 2 and "linje 2" in r.stderr and "Traceback" not in r.stderr
    r = run("--data-dir", d, "import", "agenda", str(junk), "--save")
    assert r.returncode == 2 and "--group" in r.stderr
    r = run("--data-dir", d, "export", "calendar", "--group", "Ø", "--out", str(tmp_path / "nope" / "x.ics"))
    assert r.returncode == 2 and "findes ikke" in r.stderr
