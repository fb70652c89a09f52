"""The first start on an empty store: one council, the first party group and its members."""

from __future__ import annotations

from dataclasses import dataclass

from secretary_app.domain.catalogue import DEFAULT_TASK_TYPES
from secretary_app.domain.changes import Kind, changes
from secretary_app.domain.errors import ValidationError
from secretary_app.domain.validation import clean_list_letter, clean_text
from secretary_app.services import groups
from secretary_app.store.engine import Store


@dataclass(frozen=True)
class FirstSetup:
    council: str
    group_name: str
    list_letter: str
    members: tuple[str, ...] = ()
    task_types: tuple[str, ...] = tuple(t.code for t in DEFAULT_TASK_TYPES)  # the permitted ones kept active


def member_names(text: str) -> tuple[str, ...]:
    """One name a line; blank lines and repeats dropped, the first spelling kept."""
    seen: dict[str, str] = {}
    for line in (text or "").splitlines():
        name = " ".join(line.split())
        if name and name.casefold() not in seen:
            seen[name.casefold()] = name
    return tuple(seen.values())


def check(setup: FirstSetup) -> None:
    """Every field checked before anything is written, so a bad member name leaves no half group."""
    clean_text(setup.council, "Kommunens navn", "The council name")
    clean_text(setup.group_name, "Partigruppens navn", "The party group's name")
    clean_list_letter(setup.list_letter)
    for name in setup.members:
        clean_text(name, "Medlemmets navn", "The member's name")
    known = {t.code for t in DEFAULT_TASK_TYPES}
    if not setup.task_types or not set(setup.task_types) <= known:
        raise ValidationError("Vælg mindst én tilladt opgavetype.", "Choose at least one permitted task type.",
                              field="task_types")


@changes(Kind.GROUPS | Kind.MEMBERS | Kind.TASK_TYPES)
def create_first_group(store: Store, setup: FirstSetup):
    check(setup)
    council = groups.get_or_create_council(store, setup.council)
    group = groups.create_group(store, setup.group_name, setup.list_letter, council.id)
    for name in setup.members:
        groups.create_member(store, group.id, groups.MemberInput(name=name))
    keep = set(setup.task_types)
    for tt in groups.list_task_types(store, group.id):
        if tt.code not in keep:
            groups.update_task_type(store, tt.id, active=False)
    return group
