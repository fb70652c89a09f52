"""Party groups, members and the task catalogue through the service layer."""

from __future__ import annotations

import datetime as dt

import pytest

from secretary_app.domain.catalogue import DEFAULT_CODES
from secretary_app.domain.errors import ConflictError, NotFoundError, ValidationError
from secretary_app.services import groups
from secretary_app.store.models import Request


def test_new_group_gets_the_ten_permitted_task_types(store):
    g = groups.create_group(store, "Radikale Venstre", "b")
    assert g.list_letter == "B"
    types = groups.list_task_types(store, g.id)
    assert [t.code for t in types] == list(DEFAULT_CODES)
    assert types[5].label_da == "Udarbejdelse af taler" and types[5].label_en == "Speeches"


@pytest.mark.parametrize("name,letter,field", [("", "A", "name"), ("   ", "A", "name"),
                                               ("Gruppe", "", "list_letter"), ("Gruppe", "1", "list_letter"),
                                               ("Grup\x00pe", "A", "name")])
def test_bad_group_input_names_the_problem(store, name, letter, field):
    with pytest.raises(ValidationError) as err:
        groups.create_group(store, name, letter)
    assert err.value.field in (field, "the party group's name", "the list letter")
    assert groups.list_groups(store) == []


def test_duplicate_name_or_list_letter_is_refused(store):
    groups.create_group(store, "Venstre", "V")
    with pytest.raises(ConflictError, match="Listebogstavet V bruges allerede"):
        groups.create_group(store, "Vores Liste", "v")
    with pytest.raises(ConflictError, match="allerede en partigruppe"):
        groups.create_group(store, "venstre", "W")
    assert len(groups.list_groups(store)) == 1


def test_find_group_by_letter_or_name(store):
    g = groups.create_group(store, "Enhedslisten", "Ø")
    assert groups.find_group(store, "ø").id == g.id
    assert groups.find_group(store, "enhedslisten").id == g.id
    with pytest.raises(NotFoundError, match="Ukendt partigruppe"):
        groups.find_group(store, "Q")


def test_member_validation_and_duplicates(store, group):
    m = groups.create_member(store, group.id, groups.MemberInput(
        name="  Signe  Sørensen ", committees="Økonomiudvalget\n\nSocialudvalget", email="signe@kk.dk",
        phone="+45 12 34 56 78", active_from=dt.date(2026, 1, 1)))
    assert m.name == "Signe  Sørensen".strip()
    assert m.committees == "Økonomiudvalget\nSocialudvalget"
    with pytest.raises(ConflictError):
        groups.create_member(store, group.id, groups.MemberInput(name=m.name.upper()))
    with pytest.raises(ValidationError, match="e-mailadresse"):
        groups.create_member(store, group.id, groups.MemberInput(name="X", email="ikke-en-adresse"))
    with pytest.raises(ValidationError, match="før"):
        groups.create_member(store, group.id, groups.MemberInput(
            name="Y", active_from=dt.date(2026, 5, 1), active_to=dt.date(2026, 1, 1)))
    with pytest.raises(ValidationError, match="tom"):
        groups.create_member(store, group.id, groups.MemberInput(name=""))
    assert [x.name for x in groups.list_members(store, group.id)] == [m.name]


def test_member_moved_to_missing_group_is_not_saved(store, group):
    m = groups.create_member(store, group.id, groups.MemberInput(name="Flyt Mig"))
    with pytest.raises(NotFoundError, match="ikke flyttet"):
        groups.update_member(store, m.id, groups.MemberInput(name="Flyt Mig Nu"), group_id=9999)
    again = groups.get_member(store, m.id)
    assert (again.group_id, again.name) == (group.id, "Flyt Mig")
    other = groups.create_group(store, "Anden", "N")
    groups.update_member(store, m.id, groups.MemberInput(name="Flyt Mig"), group_id=other.id)
    assert [x.name for x in groups.list_members(store, other.id)] == ["Flyt Mig"]
    assert groups.list_members(store, group.id) == []


def test_inactive_members_are_filtered_on_a_day(store, group):
    groups.create_member(store, group.id, groups.MemberInput(name="Gammel", active_to=dt.date(2025, 12, 31)))
    groups.create_member(store, group.id, groups.MemberInput(name="Ny", active_from=dt.date(2026, 1, 1)))
    names = [m.name for m in groups.list_members(store, group.id, include_inactive=False, on=dt.date(2026, 3, 1))]
    assert names == ["Ny"]


def test_catalogue_add_rename_deactivate_and_never_delete_a_type_in_use(store, group):
    tt = groups.add_task_type(store, group.id, "hearing_response", "Høringssvar", "Consultation responses")
    with pytest.raises(ConflictError):
        groups.add_task_type(store, group.id, "hearing_response", "Noget andet")
    with pytest.raises(ValidationError, match="Koden"):
        groups.add_task_type(store, group.id, "Ugyldig kode!", "X")
    groups.update_task_type(store, tt.id, label_da="Høringssvar til forvaltningen")
    assert groups.find_task_type(store, group.id, "hearing_response").label_da == "Høringssvar til forvaltningen"

    member = groups.create_member(store, group.id, groups.MemberInput(name="Bruger"))
    with store.session() as s:
        s.add(Request(group_id=group.id, member_id=member.id, task_type_id=tt.id, title="Høringssvar om lokalplan"))
    with pytest.raises(ConflictError, match="deaktivér"):
        groups.delete_task_type(store, tt.id)
    groups.update_task_type(store, tt.id, active=False)
    active = [t.code for t in groups.list_task_types(store, group.id, include_inactive=False)]
    assert "hearing_response" not in active
    assert groups.task_type_usage(store, tt.id) == 1

    unused = groups.add_task_type(store, group.id, "tmp_type", "Midlertidig")
    groups.delete_task_type(store, unused.id)
    assert "tmp_type" not in [t.code for t in groups.list_task_types(store, group.id)]


def test_groups_are_isolated(store):
    a = groups.create_group(store, "A-gruppen", "A")
    b = groups.create_group(store, "B-gruppen", "B")
    groups.create_member(store, a.id, groups.MemberInput(name="Kun i A"))
    groups.add_task_type(store, a.id, "only_a", "Kun A")
    assert groups.list_members(store, b.id) == []
    assert "only_a" not in [t.code for t in groups.list_task_types(store, b.id)]
    with pytest.raises(NotFoundError):
        groups.find_member(store, b.id, "Kun i A")
