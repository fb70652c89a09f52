"""The agenda reader on real agendas, minutes and a meeting plan from nine Danish bodies
(``../shared/agendas-real``, public documents copied as found; the reader was built on
layouts, not on these files): items exact (number and title as printed, wraps joined),
every printed meeting date and time, every meeting of the plan, no spurious items."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from secretary_app.domain.agenda import parse_agenda
from secretary_app.domain.agenda.meeting_plan import parse_meeting_plan

REAL = Path(__file__).resolve().parents[2] / ".." / "shared" / "agendas-real"
pytestmark = pytest.mark.skipif(not (REAL / "expected.json").is_file(), reason="real agendas not present")


def _expected() -> dict:
    return json.loads((REAL / "expected.json").read_text(encoding="utf-8"))


def _norm(s: str) -> str:
    return " ".join(s.split())


def _agendas() -> list[str]:
    if not (REAL / "expected.json").is_file():
        return []
    return [n for n, e in _expected().items() if e["kind"] != "meeting_plan"]


def _plans() -> list[str]:
    if not (REAL / "expected.json").is_file():
        return []
    return [n for n, e in _expected().items() if e["kind"] == "meeting_plan"]


def test_items_exact_on_the_whole_set():
    exp = _expected()
    total = exact = spurious = 0
    for name in _agendas():
        agenda = parse_agenda((REAL / name).read_text(encoding="utf-8"))
        got = [(i.number, _norm(i.title)) for i in agenda.items]
        want = [(n, _norm(t)) for n, t in exp[name]["items"]]
        total += len(want)
        exact += sum(1 for w in want if w in got)
        spurious += sum(1 for g in got if g not in want)
    assert exact / total >= 0.95, f"{exact}/{total} items exact"
    assert spurious == 0


@pytest.mark.parametrize("name", _agendas())
def test_each_document_date_time_and_no_spurious_items(name):
    e = _expected()[name]
    agenda = parse_agenda((REAL / name).read_text(encoding="utf-8"))
    head = agenda.meeting
    assert (head.date.isoformat() if head.date else None) == e["date"]
    assert (head.start_time.strftime("%H:%M") if head.start_time else None) == e["time"]
    want = {(n, _norm(t)) for n, t in e["items"]}
    assert [g for g in ((i.number, _norm(i.title)) for i in agenda.items) if g not in want] == []
    # printed order is kept, even where it is not numeric
    assert [i.number for i in agenda.items] == [n for n, _ in e["items"]]


@pytest.mark.parametrize("name", _agendas())
def test_case_numbers_where_printed(name):
    e = _expected()[name]
    agenda = parse_agenda((REAL / name).read_text(encoding="utf-8"))
    got = {i.number: i.case_number for i in agenda.items if i.case_number}
    assert got == e["case_numbers"]


@pytest.mark.parametrize("name", _plans())
def test_every_meeting_of_the_plan(name):
    e = _expected()[name]
    plan = parse_meeting_plan((REAL / name).read_text(encoding="utf-8"))
    got = [[m["date"], m["time"], m["body"]] for m in plan.to_dict()["meetings"]]
    assert got == e["meetings"]
