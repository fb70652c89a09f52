"""Councils, party groups, members and the per-group task-type catalogue."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func
from sqlmodel import Session, select

from secretary_app.domain.dates import local_today
from secretary_app.domain.catalogue import DEFAULT_TASK_TYPES
from secretary_app.domain.changes import Kind, changes
from secretary_app.domain.errors import ConflictError, NotFoundError, ValidationError
from secretary_app.domain.validation import (
    clean_code, clean_email, clean_list_letter, clean_text,
)
from secretary_app.services.lookup import get_or_not_found
from secretary_app.store.engine import Store
from secretary_app.store.models import Council, Member, PartyGroup, Request, TaskType

DEFAULT_COUNCIL = "Københavns Kommune"


# --- councils -----------------------------------------------------------------------------

@changes(Kind.GROUPS)
def get_or_create_council(store: Store, name: str = DEFAULT_COUNCIL) -> Council:
    name = clean_text(name, "Kommunens navn", "The council name")
    with store.session() as s:
        council = s.exec(select(Council).where(Council.name == name)).first()
        if council is None:
            council = Council(name=name)
            s.add(council)
            s.flush()
        return council


# --- party groups ---------------------------------------------------------------------------

def list_groups(store: Store) -> list[PartyGroup]:
    with store.session() as s:
        return list(s.exec(select(PartyGroup).order_by(PartyGroup.list_letter, PartyGroup.name)))


def get_group(store: Store, group_id: int) -> PartyGroup:
    with store.session() as s:
        group = get_or_not_found(s, PartyGroup, group_id)
        return group


def find_group(store: Store, ref: str) -> PartyGroup:
    """A group by its name or list letter (case-insensitive), as the CLI's --group takes it."""
    key = (ref or "").strip()
    with store.session() as s:
        for g in s.exec(select(PartyGroup)):
            if g.list_letter.casefold() == key.casefold() or g.name.casefold() == key.casefold():
                return g
        known = ", ".join(f"{g.list_letter} ({g.name})" for g in s.exec(select(PartyGroup)))
    raise NotFoundError(f"Ukendt partigruppe »{key}«. Kendte grupper: {known or 'ingen'}.",
                        f"Unknown party group '{key}'. Known groups: {known or 'none'}.")


def _check_group_unique(s: Session, council_id: int, name: str, letter: str, exclude: int | None) -> None:
    for g in s.exec(select(PartyGroup).where(PartyGroup.council_id == council_id)):
        if g.id == exclude:
            continue
        if g.name.casefold() == name.casefold():
            raise ConflictError(f"Der findes allerede en partigruppe ved navn »{name}«.",
                                f"A party group named '{name}' already exists.", field="name")
        if g.list_letter == letter:
            raise ConflictError(
                f"Listebogstavet {letter} bruges allerede af »{g.name}« i denne kommune.",
                f"The list letter {letter} is already used by '{g.name}' in this council.",
                field="list_letter")


@changes(Kind.GROUPS | Kind.TASK_TYPES)
def create_group(store: Store, name: str, list_letter: str, council_id: int | None = None) -> PartyGroup:
    """A new party group with the scheme's default task catalogue."""
    name = clean_text(name, "Partigruppens navn", "The party group's name")
    letter = clean_list_letter(list_letter)
    if council_id is None:
        council_id = get_or_create_council(store).id
    with store.session() as s:
        get_or_not_found(s, Council, council_id)
        _check_group_unique(s, council_id, name, letter, None)
        group = PartyGroup(council_id=council_id, name=name, list_letter=letter)
        s.add(group)
        s.flush()
        for pos, spec in enumerate(DEFAULT_TASK_TYPES):
            s.add(TaskType(group_id=group.id, code=spec.code, label_da=spec.label_da,
                           label_en=spec.label_en, description=spec.description,
                           legal_note=spec.legal_note, position=pos))
        return group


@changes(Kind.GROUPS)
def update_group(store: Store, group_id: int, *, name: str | None = None,
                 list_letter: str | None = None) -> PartyGroup:
    with store.session() as s:
        group = get_or_not_found(s, PartyGroup, group_id)
        new_name = clean_text(name, "Partigruppens navn", "The party group's name") if name is not None else group.name
        new_letter = clean_list_letter(list_letter) if list_letter is not None else group.list_letter
        _check_group_unique(s, group.council_id, new_name, new_letter, group.id)
        group.name, group.list_letter = new_name, new_letter
        s.add(group)
        return group


# --- members ----------------------------------------------------------------------------------

@dataclass
class MemberInput:
    name: str
    committees: str = ""
    email: str = ""
    phone: str = ""
    active_from: dt.date | None = None
    active_to: dt.date | None = None
    words_per_minute: int = 130


def _clean_member(data: MemberInput) -> MemberInput:
    name = clean_text(data.name, "Medlemmets navn", "The member's name")
    committees = "\n".join(
        clean_text(line, "Udvalg", "Committee", required=False)
        for line in (data.committees or "").splitlines() if line.strip()
    )
    email = clean_email(data.email)
    phone = clean_text(data.phone, "Telefonnummeret", "The phone number", max_len=40, required=False)
    if phone and not all(ch.isdigit() or ch in "+ -()" for ch in phone):
        raise ValidationError(f"»{phone}« er ikke et gyldigt telefonnummer.",
                              f"'{phone}' is not a valid phone number.", field="phone")
    if data.active_from and data.active_to and data.active_to < data.active_from:
        raise ValidationError("Aktiv til ligger før aktiv fra.",
                              "'Active to' is before 'active from'.", field="active_to")
    wpm = int(data.words_per_minute or 130)
    if not 60 <= wpm <= 250:
        raise ValidationError(f"Taletempoet skal ligge mellem 60 og 250 ord i minuttet (ikke {wpm}).",
                              f"The speaking rate must be between 60 and 250 words per minute (not {wpm}).",
                              field="words_per_minute")
    return MemberInput(name, committees, email, phone, data.active_from, data.active_to, wpm)


def _check_member_unique(s: Session, group_id: int, name: str, exclude: int | None) -> None:
    clash = s.exec(select(Member).where(Member.group_id == group_id,
                                        func.lower(Member.name) == name.lower())).first()
    if clash is not None and clash.id != exclude:
        raise ConflictError(f"Gruppen har allerede et medlem ved navn »{name}«.",
                            f"The group already has a member named '{name}'.", field="name")


def list_members(store: Store, group_id: int, *, include_inactive: bool = True,
                 on: dt.date | None = None) -> list[Member]:
    with store.session() as s:
        members = list(s.exec(select(Member).where(Member.group_id == group_id).order_by(Member.name)))
    if include_inactive:
        return members
    day = on or local_today()
    return [m for m in members if is_active(m, day)]


def is_active(member: Member, day: dt.date) -> bool:
    return (member.active_from is None or member.active_from <= day) and (
        member.active_to is None or member.active_to >= day)


def get_member(store: Store, member_id: int) -> Member:
    with store.session() as s:
        member = get_or_not_found(s, Member, member_id)
        return member


def find_member(store: Store, group_id: int, ref: str) -> Member:
    """A member of the group by name (case-insensitive) or numeric id."""
    key = (ref or "").strip()
    with store.session() as s:
        members = list(s.exec(select(Member).where(Member.group_id == group_id)))
    for m in members:
        if m.name.casefold() == key.casefold() or (key.isdigit() and m.id == int(key)):
            return m
    raise NotFoundError(
        f"Ukendt medlem »{key}« i gruppen. Medlemmer: {', '.join(m.name for m in members) or 'ingen'}.",
        f"Unknown member '{key}' in the group. Members: {', '.join(m.name for m in members) or 'none'}.")


@changes(Kind.MEMBERS)
def create_member(store: Store, group_id: int, data: MemberInput) -> Member:
    data = _clean_member(data)
    with store.session() as s:
        get_or_not_found(s, PartyGroup, group_id)
        _check_member_unique(s, group_id, data.name, None)
        member = Member(group_id=group_id, **data.__dict__)
        s.add(member)
        s.flush()
        return member


@changes(Kind.MEMBERS)
def update_member(store: Store, member_id: int, data: MemberInput, *, group_id: int | None = None) -> Member:
    """Edit a member; ``group_id`` moves them to another party group."""
    data = _clean_member(data)
    with store.session() as s:
        member = get_or_not_found(s, Member, member_id)
        target = member.group_id if group_id is None else group_id
        if s.get(PartyGroup, target) is None:
            raise NotFoundError(f"Partigruppen med id {target} findes ikke; medlemmet er ikke flyttet.",
                                f"There is no party group with id {target}; the member was not moved.",
                                field="group")
        _check_member_unique(s, target, data.name, member.id)
        for key, value in data.__dict__.items():
            setattr(member, key, value)
        if target != member.group_id:
            # A member's requests belong to the group they were made in; only new work moves.
            member.group_id = target
        s.add(member)
        return member


@changes(Kind.MEMBERS)
def delete_member(store: Store, member_id: int) -> None:
    """Remove a member who has no requests or drafts (e.g. undoing a creation)."""
    from secretary_app.store.models import Draft

    with store.session() as s:
        member = s.get(Member, member_id)
        if member is None:
            return
        used = s.exec(select(func.count(Request.id)).where(Request.member_id == member_id)).one()
        used += s.exec(select(func.count(Draft.id)).where(Draft.member_id == member_id)).one()
        if used:
            raise ConflictError(
                f"{member.name} har opgaver eller udkast og kan ikke slettes; sæt en slutdato i stedet.",
                f"{member.name} has requests or drafts and cannot be deleted; set an end date instead.")
        s.delete(member)


def member_open_counts(store: Store, group_id: int) -> dict[int, int]:
    """Open requests per member (for the member list)."""
    from secretary_app.domain.vocab import OPEN_STATUSES

    with store.session() as s:
        rows = s.exec(
            select(Request.member_id, func.count(Request.id))
            .where(Request.group_id == group_id, Request.deleted_at.is_(None),
                   Request.status.in_(OPEN_STATUSES))
            .group_by(Request.member_id)
        ).all()
    return {member_id: count for member_id, count in rows}


# --- task-type catalogue ------------------------------------------------------------------------

def list_task_types(store: Store, group_id: int, *, include_inactive: bool = True) -> list[TaskType]:
    with store.session() as s:
        q = select(TaskType).where(TaskType.group_id == group_id)
        if not include_inactive:
            q = q.where(TaskType.active.is_(True))
        return list(s.exec(q.order_by(TaskType.position, TaskType.id)))


def find_task_type(store: Store, group_id: int, code: str) -> TaskType:
    with store.session() as s:
        tt = s.exec(select(TaskType).where(TaskType.group_id == group_id,
                                           TaskType.code == (code or "").strip().lower())).first()
        if tt is None:
            codes = [t.code for t in s.exec(select(TaskType).where(TaskType.group_id == group_id))]
            raise NotFoundError(f"Ukendt opgavetype »{code}«. Gruppens typer: {', '.join(codes)}.",
                                f"Unknown task type '{code}'. The group's types: {', '.join(codes)}.",
                                field="type")
        return tt


@changes(Kind.TASK_TYPES)
def add_task_type(store: Store, group_id: int, code: str, label_da: str, label_en: str = "",
                  description: str = "", legal_note: str = "") -> TaskType:
    code = clean_code(code)
    label_da = clean_text(label_da, "Den danske betegnelse", "The Danish label")
    label_en = clean_text(label_en, "Den engelske betegnelse", "The English label", required=False)
    description = clean_text(description, "Beskrivelsen", "The description", max_len=2000,
                             required=False, multiline=True)
    legal_note = clean_text(legal_note, "Den juridiske note", "The legal note", max_len=2000,
                            required=False, multiline=True)
    with store.session() as s:
        get_or_not_found(s, PartyGroup, group_id)
        existing = list(s.exec(select(TaskType).where(TaskType.group_id == group_id)))
        if any(t.code == code for t in existing):
            raise ConflictError(f"Koden »{code}« findes allerede i gruppens katalog.",
                                f"The code '{code}' already exists in the group's catalogue.", field="code")
        if any(t.label_da.casefold() == label_da.casefold() for t in existing):
            raise ConflictError(f"Opgavetypen »{label_da}« findes allerede.",
                                f"The task type '{label_da}' already exists.", field="label_da")
        tt = TaskType(group_id=group_id, code=code, label_da=label_da, label_en=label_en,
                      description=description, legal_note=legal_note,
                      position=max((t.position for t in existing), default=-1) + 1)
        s.add(tt)
        s.flush()
        return tt


@changes(Kind.TASK_TYPES)
def update_task_type(store: Store, type_id: int, *, label_da: str | None = None,
                     label_en: str | None = None, description: str | None = None,
                     active: bool | None = None) -> TaskType:
    """Rename, describe or (de)activate a type; its code never changes."""
    with store.session() as s:
        tt = get_or_not_found(s, TaskType, type_id)
        if label_da is not None:
            label_da = clean_text(label_da, "Den danske betegnelse", "The Danish label")
            clash = s.exec(select(TaskType).where(TaskType.group_id == tt.group_id,
                                                  func.lower(TaskType.label_da) == label_da.lower(),
                                                  TaskType.id != tt.id)).first()
            if clash:
                raise ConflictError(f"Opgavetypen »{label_da}« findes allerede.",
                                    f"The task type '{label_da}' already exists.", field="label_da")
            tt.label_da = label_da
        if label_en is not None:
            tt.label_en = clean_text(label_en, "Den engelske betegnelse", "The English label", required=False)
        if description is not None:
            tt.description = clean_text(description, "Beskrivelsen", "The description", max_len=2000,
                                        required=False, multiline=True)
        if active is not None:
            tt.active = bool(active)
        s.add(tt)
        return tt


def task_type_usage(store: Store, type_id: int) -> int:
    with store.session() as s:
        return s.exec(select(func.count(Request.id)).where(Request.task_type_id == type_id)).one()


@changes(Kind.TASK_TYPES)
def delete_task_type(store: Store, type_id: int) -> None:
    """Delete an unused type; a type in use can only be deactivated."""
    with store.session() as s:
        tt = get_or_not_found(s, TaskType, type_id)
        used = s.exec(select(func.count(Request.id)).where(Request.task_type_id == type_id)).one()
        if used:
            raise ConflictError(
                f"»{tt.label_da}« bruges af {used} opgave(r) og kan ikke slettes; deaktivér den i stedet.",
                f"'{tt.label_en or tt.label_da}' is used by {used} request(s) and cannot be deleted; deactivate it instead.")
        s.delete(tt)


# --- overview for the CLI ---------------------------------------------------------------------

def groups_overview(store: Store) -> list[dict]:
    out = []
    for g in list_groups(store):
        out.append({
            "id": g.id,
            "name": g.name,
            "list_letter": g.list_letter,
            "members": [
                {"id": m.id, "name": m.name, "email": m.email, "phone": m.phone,
                 "committees": [c for c in m.committees.splitlines() if c],
                 "active_from": m.active_from.isoformat() if m.active_from else None,
                 "active_to": m.active_to.isoformat() if m.active_to else None}
                for m in list_members(store, g.id)
            ],
            "task_types": [t.code for t in list_task_types(store, g.id, include_inactive=False)],
        })
    return out

