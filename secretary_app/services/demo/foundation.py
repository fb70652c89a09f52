"""Demo council, party groups and members (all persons are fictional)."""

from __future__ import annotations

import datetime as dt

from secretary_app.domain.changes import Kind, changes
from secretary_app.services import groups
from secretary_app.store.engine import Store

COUNCIL = "Københavns Kommune"

GROUPS = (
    ("Socialdemokratiet", "A", (
        ("Mette Lindholm", "Økonomiudvalget\nBørne- og Ungdomsudvalget"),
        ("Jonas Skovgaard", "Teknik- og Miljøudvalget"),
        ("Aisha Rahimi", "Sundheds- og Omsorgsudvalget"),
        ("Peter Vestergaard", "Beskæftigelses- og Integrationsudvalget"),
        ("Karen Holm Nielsen", "Kultur- og Fritidsudvalget"),
    )),
    ("Enhedslisten", "Ø", (
        ("Line Bech Frandsen", "Økonomiudvalget\nSocialudvalget"),
        ("Rasmus Krogh", "Teknik- og Miljøudvalget"),
        ("Nadia Østergaard", "Børne- og Ungdomsudvalget"),
        ("Thomas Dahl", "Kultur- og Fritidsudvalget"),
    )),
    ("Venstre", "V", (
        ("Henrik Munk", "Økonomiudvalget"),
        ("Camilla Brandt", "Sundheds- og Omsorgsudvalget"),
        ("Søren Kjærgaard", "Teknik- og Miljøudvalget"),
        ("Louise Hvid", "Beskæftigelses- og Integrationsudvalget"),
    )),
    ("SF – Socialistisk Folkeparti", "F", (
        ("Ida Rosenkrantz", "Børne- og Ungdomsudvalget\nØkonomiudvalget"),
        ("Mads Winther", "Socialudvalget"),
        ("Fatima El-Khatib", "Teknik- og Miljøudvalget"),
        ("Anders Lund", "Kultur- og Fritidsudvalget"),
    )),
)


def _slug(name: str) -> str:
    table = str.maketrans({"æ": "ae", "ø": "oe", "å": "aa", " ": ".", "-": ""})
    return name.lower().translate(table)


@changes(Kind.STORE)
def seed(store: Store, ctx) -> None:
    council = groups.get_or_create_council(store, COUNCIL)
    ctx.council_id = council.id
    term_start = dt.date(2026, 1, 1)
    for name, letter, members in GROUPS:
        group = groups.create_group(store, name, letter, council.id)
        ctx.group_ids.append(group.id)
        ids = []
        for i, (member_name, committees) in enumerate(members):
            data = groups.MemberInput(
                name=member_name, committees=committees,
                email=f"{_slug(member_name)}@kk-demo.dk",
                phone=f"+45 33 66 {ctx.rng.randint(10, 99)} {ctx.rng.randint(10, 99)}",
                active_from=term_start,
                words_per_minute=ctx.rng.choice((120, 125, 130, 135, 140)),
            )
            ids.append(groups.create_member(store, group.id, data).id)
        ctx.member_ids[group.id] = ids
    ctx.counts["groups"] = len(GROUPS)
    ctx.counts["members"] = sum(len(m) for _, _, m in GROUPS)
