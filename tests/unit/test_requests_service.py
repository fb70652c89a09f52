"""The requests service: validation, moves, trash, time, search, board cards."""

import datetime as dt

import pytest

from secretary_app.domain.errors import AppError, NotFoundError, ValidationError
from secretary_app.services import groups
from secretary_app.services import requests as svc


@pytest.fixture
def member(store, group):
    return groups.create_member(store, group.id, groups.MemberInput("Anna Jensen"))


def test_question_gets_answer_due_ten_working_days(store, group, member):
    r = svc.create_request(store, group.id, member.id, "politician_question", "Spørgsmål om cykelstier",
                           received_at=dt.date(2026, 3, 30), sent_date=dt.date(2026, 3, 30))
    assert r.answer_due == dt.date(2026, 4, 16)
    d = svc.request_dict(store, r.id)
    assert d["received"] == "2026-03-30" and d["answer_due"] == "2026-04-16" and d["member"] == "Anna Jensen"
    svc.update_request(store, r.id, sent_date=dt.date(2026, 12, 21))
    assert svc.get_request(store, r.id).answer_due == dt.date(2027, 1, 6)


@pytest.mark.parametrize("kwargs, field", [
    (dict(received_at=dt.date(2026, 5, 10), due_date=dt.date(2026, 5, 1)), "due"),
    (dict(description="x" * 1_000_000), "the description"),
    (dict(estimated_minutes=-1), "estimated_minutes"),
    (dict(estimated_minutes=10**7), "estimated_minutes"),
    (dict(channel="pigeon"), "channel"),
    (dict(title="  "), "the title"),
    (dict(sent_date=dt.date(2026, 1, 5)), "sent"),  # sent date on a type that is not a question
])
def test_bad_input_names_the_problem_and_saves_nothing(store, group, member, kwargs, field):
    args = dict(title="Tale") | kwargs
    with pytest.raises(ValidationError) as exc:
        svc.create_request(store, group.id, member.id, "speech", **args)
    assert exc.value.field == field
    assert svc.list_requests(store, group.id) == []


def test_unknown_member_foreign_and_inactive_type(store, group, member):
    other = groups.create_group(store, "Andet parti", "Z")
    with pytest.raises(NotFoundError):
        svc.create_request(store, group.id, 9999, "speech", "X")
    foreign = groups.find_task_type(store, other.id, "speech")
    with pytest.raises(ValidationError, match="anden partigruppe"):
        svc.create_request(store, group.id, member.id, foreign.id, "X")
    tt = groups.find_task_type(store, group.id, "speech")
    groups.update_task_type(store, tt.id, active=False)
    with pytest.raises(ValidationError, match="deaktiveret"):
        svc.create_request(store, group.id, member.id, "speech", "X")


def test_move_reorder_trash_restore(store, group, member):
    a, b, c = (svc.create_request(store, group.id, member.id, "speech", t).id for t in "ABC")
    svc.move_request_to_index(store, c, "new", 0)
    order = [x.title for x in svc.board_cards(store, group.id, member.id) if x.status == "new"]
    assert order == ["C", "A", "B"]
    svc.move_request(store, a, "done")
    assert svc.get_request(store, a).status == "done"
    svc.trash_request(store, b)
    assert [x.id for x in svc.board_cards(store, group.id, member.id, trash=True)] == [b]
    assert b not in [x.id for x in svc.board_cards(store, group.id, member.id)]
    svc.restore_request(store, b)
    assert b in [x.id for x in svc.board_cards(store, group.id, member.id)]


def test_many_reorders_keep_order(store, group, member):
    ids = [svc.create_request(store, group.id, member.id, "speech", f"T{i}").id for i in range(4)]
    for _ in range(80):  # halving the same gap forces a renumbering
        svc.move_request_to_index(store, ids[3], "new", 1)
        svc.move_request_to_index(store, ids[2], "new", 1)
    titles = [x.title for x in svc.board_cards(store, group.id, member.id)]
    assert titles == ["T0", "T2", "T3", "T1"]


def test_log_time_and_limits(store, group, member):
    r = svc.create_request(store, group.id, member.id, "speech", "Tale")
    svc.log_time(store, r.id, 45, work_date=dt.date(2026, 2, 2), note="skrivning")
    svc.log_time(store, r.id, "30")
    assert svc.total_minutes(store, r.id) == 75
    for bad in (0, -10, 24 * 60, "abc", 1.5):
        with pytest.raises(ValidationError):
            svc.log_time(store, r.id, bad)
    assert svc.total_minutes(store, r.id) == 75
    with pytest.raises(NotFoundError):
        svc.log_time(store, 999, 10)


def test_fts_search_prefix_diacritics_and_group(store, group, member):
    svc.create_request(store, group.id, member.id, "research_memo", "Notat om skolernes indeklima",
                       description="Målinger af CO2", tags="børn")
    svc.create_request(store, group.id, member.id, "speech", "Tale om cykelstier")
    hits = svc.search_requests(store, group.id, "indekl")
    assert [h.title for h in hits] == ["Notat om skolernes indeklima"]
    assert len(svc.search_request_ids(store, group.id, "malinger")) == 1  # diacritics folded
    assert len(svc.search_request_ids(store, group.id, "børn")) == 1  # tags are searched
    assert svc.search_request_ids(store, group.id, '"*) OR') == []  # no FTS syntax errors
    other = groups.create_group(store, "Andet parti", "Z")
    assert svc.search_request_ids(store, other.id, "indeklima") == []


def test_demo_data_has_every_member_working(demo_store):
    from secretary_app.services.groups import list_groups, list_members

    g = list_groups(demo_store)[0]
    cards = svc.board_cards(demo_store, g.id)
    members = {m.id for m in list_members(demo_store, g.id)}
    assert {c.member_id for c in cards} == members
    assert any(c.is_question and c.answer_due for c in cards)
    assert any(c.guard_verdict == "party_political" for c in cards)
