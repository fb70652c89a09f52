"""Watch lists: terms per member or for the whole group, exclusions, suggested topics."""

from __future__ import annotations

from dataclasses import dataclass

from sqlmodel import Session, select

from secretary_app.domain.changes import Kind, changes
from secretary_app.domain.errors import NotFoundError, ValidationError
from secretary_app.domain.press_match import Matcher, WatchTerm, committee_topics, normalise, split_terms
from secretary_app.domain.validation import clean_text
from secretary_app.store.engine import Store
from secretary_app.store.models import Member
from secretary_app.store.press_models import PressWatchTerm

TERM_MAX = 120
TERMS_PER_GROUP_MAX = 5_000


@dataclass(frozen=True)
class WatchRow:
    id: int
    member_id: int | None
    member_name: str  # "" for the whole group
    term: str
    exclusions: tuple[str, ...]


def _clean_term(term: str) -> str:
    term = clean_text(term, "Søgeordet", "The watch term", max_len=TERM_MAX)
    if not any(ch.isalnum() for ch in term):
        raise ValidationError(f"»{term}« indeholder ingen bogstaver eller tal.",
                              f"'{term}' contains no letters or digits.", field="terms")
    return term


@changes(Kind.CLIPPINGS)
def add_terms(store: Store, group_id: int, member_id: int | None, terms: str | list[str],
              exclusions: str | list[str] = "") -> list[PressWatchTerm]:
    """Add terms (a comma-separated string or a list) to a watch list; a term already on the list
    gets the new exclusions added instead of a second row. Returns the rows added or changed."""
    wanted = split_terms(terms) if isinstance(terms, str) else [t for t in terms if t.strip()]
    excl = split_terms(exclusions) if isinstance(exclusions, str) else list(exclusions)
    if not wanted:
        raise ValidationError("Skriv mindst ét søgeord.", "Give at least one watch term.", field="terms")
    wanted = [_clean_term(t) for t in wanted]
    excl = [_clean_term(t) for t in excl]
    out = []
    with store.session() as s:
        _check_member(s, group_id, member_id)
        existing = {normalise(r.term): r for r in _rows(s, group_id, member_id)}
        count = len(list(s.exec(select(PressWatchTerm.id).where(PressWatchTerm.group_id == group_id))))
        if count + len(wanted) > TERMS_PER_GROUP_MAX:
            raise ValidationError(f"En gruppe kan højst have {TERMS_PER_GROUP_MAX:,} søgeord.".replace(",", "."),
                                  f"A group can have at most {TERMS_PER_GROUP_MAX:,} watch terms.", field="terms")
        for term in wanted:
            row = existing.get(normalise(term))
            if row is None:
                row = PressWatchTerm(group_id=group_id, member_id=member_id, term=term,
                                     exclusions="\n".join(excl))
                existing[normalise(term)] = row
            else:
                have = row.exclusions.splitlines()
                row.exclusions = "\n".join(dict.fromkeys(have + excl))
            s.add(row)
            out.append(row)
        s.flush()
    return out


def _check_member(s: Session, group_id: int, member_id: int | None) -> None:
    if member_id is None:
        return
    member = s.get(Member, member_id)
    if member is None or member.group_id != group_id:
        raise NotFoundError(f"Medlemmet med id {member_id} findes ikke i gruppen.",
                            f"There is no member with id {member_id} in the group.")


def _rows(s: Session, group_id: int, member_id: int | None) -> list[PressWatchTerm]:
    q = select(PressWatchTerm).where(PressWatchTerm.group_id == group_id)
    q = q.where(PressWatchTerm.member_id.is_(None) if member_id is None else PressWatchTerm.member_id == member_id)
    return list(s.exec(q))


@changes(Kind.CLIPPINGS)
def update_term(store: Store, term_id: int, term: str | None = None, exclusions: str | list[str] | None = None
                ) -> PressWatchTerm:
    with store.session() as s:
        row = s.get(PressWatchTerm, term_id)
        if row is None:
            raise NotFoundError(f"Søgeordet med id {term_id} findes ikke.", f"There is no watch term with id {term_id}.")
        if term is not None:
            row.term = _clean_term(term)
        if exclusions is not None:
            excl = split_terms(exclusions) if isinstance(exclusions, str) else list(exclusions)
            row.exclusions = "\n".join(_clean_term(t) for t in excl)
        s.add(row)
        return row


@changes(Kind.CLIPPINGS)
def remove_term(store: Store, term_id: int) -> PressWatchTerm | None:
    with store.session() as s:
        row = s.get(PressWatchTerm, term_id)
        if row is not None:
            s.delete(row)
        return row


def list_terms(store: Store, group_id: int, member_id: int | None = None, *, all_members: bool = True
               ) -> list[WatchRow]:
    """The group's watch terms, the group's own list first, then member by member."""
    with store.session() as s:
        names = {m.id: m.name for m in s.exec(select(Member).where(Member.group_id == group_id))}
        q = select(PressWatchTerm).where(PressWatchTerm.group_id == group_id)
        if not all_members:
            q = q.where(PressWatchTerm.member_id.is_(None) if member_id is None
                        else PressWatchTerm.member_id == member_id)
        elif member_id is not None:
            q = q.where(PressWatchTerm.member_id == member_id)
        rows = list(s.exec(q))
    rows.sort(key=lambda r: (r.member_id is not None, names.get(r.member_id, "").casefold(), r.term.casefold()))
    return [WatchRow(r.id, r.member_id, names.get(r.member_id, ""), r.term,
                     tuple(e for e in r.exclusions.splitlines() if e.strip())) for r in rows]


def matcher(store: Store, group_id: int) -> Matcher:
    """Every watch list of the group compiled; hits carry the term id and the member id."""
    return Matcher(WatchTerm(r.id, r.term, r.member_id, r.exclusions) for r in list_terms(store, group_id))


def suggested_terms(store: Store, group_id: int, member_id: int) -> list[str]:
    """The member's name and committees, less what the list already has."""
    with store.session() as s:
        _check_member(s, group_id, member_id)
        member = s.get(Member, member_id)
        have = {normalise(r.term) for r in _rows(s, group_id, member_id)}
    return [t for t in [member.name, *committee_topics(member.committees)] if normalise(t) not in have]
