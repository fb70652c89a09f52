"""Import through a review: what is saved is what the review holds; re-importing the
minutes updates the same meeting, keeps links, adds decisions; the CLI prints what would
be saved."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from secretary_app.domain.agenda import AgendaItemData
from secretary_app.domain.errors import ValidationError
from secretary_app.services import agenda_import, groups, meetings

AGENDA = """Økonomiudvalget
Dagsorden
Dato: 12-03-2026 kl. 17.00

1. Godkendelse af dagsorden
Sagsnr.: 26/1

Indstilling
Godkendes.

2. Budget 2027
Sagsnr.: 26/2

Indstilling
Forvaltningen indstiller, at budgettet sendes til 1. behandling.

3. Eventuelt
"""

MINUTES = AGENDA.replace("Dagsorden", "Referat").replace(
    "Godkendes.\n", "Godkendes.\n\nBeslutning\nGodkendt.\n").replace(
    "1. behandling.\n", "1. behandling.\n\nBeslutning\nOversendt med 6 stemmer for.\n").replace(
    "2. Budget 2027", "2. Budget 2027 for kommunen").replace("3. Eventuelt", "3. Supplerende punkt: Ny skole\nSagsnr.: 26/9\n\nIndstilling\nTekst.\n\n4. Eventuelt")


def _file(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_review_then_save_stores_exactly_the_review(store, group, tmp_path):
    review = agenda_import.read_for_review(store, group.id, _file(tmp_path, "d.txt", AGENDA))
    assert review.meeting_id is None and review.date == dt.date(2026, 3, 12)
    review.items[1].title = "Budget 2027 (omdøbt)"
    review.items = [i for i in review.items if i.title != "Eventuelt"]
    review.date = dt.date(2026, 3, 13)
    res = agenda_import.save_review(store, group.id, review)
    stored = meetings.list_items(store, res.meeting.id)
    assert [(i.number, i.title) for i in stored] == [("1", "Godkendelse af dagsorden"), ("2", "Budget 2027 (omdøbt)")]
    assert meetings.get_meeting(store, res.meeting.id).date == dt.date(2026, 3, 13)


def test_reimport_of_minutes_keeps_links_and_adds_decisions(store, group, tmp_path):
    member = groups.create_member(store, group.id, groups.MemberInput(name="Mette Lindholm"))
    first = agenda_import.import_file(store, group.id, _file(tmp_path, "dagsorden.txt", AGENDA))
    budget = {i.number: i for i in first.items}["2"]
    req = meetings.create_request_for_item(store, budget.id, member.id, "speech",
                                           received_at=dt.datetime(2026, 3, 1, 9))
    review = agenda_import.read_for_review(store, group.id, _file(tmp_path, "referat.txt", MINUTES))
    assert review.meeting_id == first.meeting.id and review.minutes
    again = agenda_import.save_review(store, group.id, review)
    assert not again.created and again.meeting.id == first.meeting.id
    items = {i.number: i for i in meetings.list_items(store, first.meeting.id)}
    assert list(items) == ["1", "2", "3", "4"]
    assert items["2"].id == budget.id and items["2"].title == "Budget 2027 for kommunen"  # reworded, same row
    assert meetings.linked_items(store, budget.id)["requests"][0]["id"] == req.id
    assert meetings.item_sections(items["2"])["Beslutning"] == "Oversendt med 6 stemmer for."
    assert meetings.item_sections(items["1"])["Indstilling"] == "Godkendes."  # earlier text kept
    # "Eventuelt" moved from 3 to 4: matched by its title, not replaced
    assert items["4"].id == {i.number: i for i in first.items}["3"].id


def test_item_removed_from_the_agenda_is_kept_while_linked(store, group, tmp_path):
    member = groups.create_member(store, group.id, groups.MemberInput(name="Mette Lindholm"))
    first = agenda_import.import_file(store, group.id, _file(tmp_path, "d.txt", AGENDA))
    budget = {i.number: i for i in first.items}["2"]
    meetings.create_request_for_item(store, budget.id, member.id, "speech", received_at=dt.datetime(2026, 3, 1, 9))
    review = agenda_import.read_for_review(store, group.id, _file(tmp_path, "d.txt", AGENDA))
    review.items = [review.items[0]]
    res = agenda_import.save_review(store, group.id, review)
    assert [i.number for i in meetings.list_items(store, first.meeting.id)] == ["1", "2"]
    assert any("beholdt" in w for w in res.warnings)


def test_review_edits_merge_split_renumber():
    items = [AgendaItemData("1", "Godkendelse af"), AgendaItemData("2", "dagsorden", case_number="26/1"),
             AgendaItemData("3", "Budget og Eventuelt")]
    merged = agenda_import.merge_items(items, 0)
    assert [(i.number, i.title, i.case_number) for i in merged] == [
        ("1", "Godkendelse af dagsorden", "26/1"), ("3", "Budget og Eventuelt", "")]
    split = agenda_import.split_item(merged, 1, len("Budget og"))
    assert [(i.number, i.title) for i in split] == [("1", "Godkendelse af dagsorden"), ("3", "Budget og"),
                                                   ("4", "Eventuelt")]
    assert [i.number for i in agenda_import.renumber(split)] == ["1", "2", "3"]


@pytest.mark.parametrize("change, words", [
    (lambda r: setattr(r, "date", None), "mødedatoen"),
    (lambda r: setattr(r.items[1], "number", "1"), "flere gange"),
    (lambda r: setattr(r.items[1], "title", ""), "titel"),
    (lambda r: setattr(r, "items", []), "ingen punkter"),
])
def test_bad_review_is_refused_and_saves_nothing(store, group, tmp_path, change, words):
    review = agenda_import.read_for_review(store, group.id, _file(tmp_path, "d.txt", AGENDA))
    change(review)
    with pytest.raises(ValidationError) as info:
        agenda_import.save_review(store, group.id, review)
    assert words in info.value.da.lower()
    assert meetings.list_meetings(store, group.id) == []


def test_cli_json_prints_what_would_be_saved_and_save_stores_it(store, group, tmp_path, capsys):
    from secretary_app.cli import main

    path = _file(tmp_path, "referat.txt", MINUTES)
    assert main(["import", "agenda", str(path), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["meeting"]["date"] == "2026-03-12" and data["minutes"]
    assert [i["number"] for i in data["items"]] == ["1", "2", "3", "4"]
    assert data["items"][1]["decision"] == "Oversendt med 6 stemmer for."
    store.close()
    assert main(["import", "agenda", str(path), "--group", "T", "--save", "--json"]) == 0
    saved = json.loads(capsys.readouterr().out)
    assert saved["saved"]["created"] and saved["saved"]["items"] == 4
    assert [i["title"] for i in saved["items"]] == [i["title"] for i in data["items"]]
