"""A realistic, fictional council for first launch and `secretary-app demo`.

Each feature seeds its own part (``foundation`` first); all names are invented.
"""

from __future__ import annotations

import datetime as dt
import importlib
import random
from dataclasses import dataclass, field

from secretary_app.domain.dates import local_today
from secretary_app.domain.changes import Kind, changes
from secretary_app.store.engine import Store

# Order matters: later seeders use what earlier ones created.
SEEDERS = ("foundation", "requests", "drafts", "meetings")


@dataclass
class DemoContext:
    rng: random.Random
    today: dt.date
    council_id: int | None = None
    group_ids: list[int] = field(default_factory=list)
    member_ids: dict[int, list[int]] = field(default_factory=dict)  # group id -> member ids
    counts: dict[str, int] = field(default_factory=dict)
    marked: int = 0  # rows recorded as demo data


def has_data(store: Store) -> bool:
    from sqlmodel import select

    from secretary_app.store.models import PartyGroup

    with store.session() as s:
        return s.exec(select(PartyGroup.id)).first() is not None


@changes(Kind.STORE)
def run_demo(store: Store, *, seed: int = 2026, today: dt.date | None = None) -> DemoContext:
    from secretary_app.services.demo import marking

    ctx = DemoContext(rng=random.Random(seed), today=today or local_today())
    marking.begin_marking(store)
    for name in SEEDERS:
        module = importlib.import_module(f"secretary_app.services.demo.{name}")
        module.seed(store, ctx)
    ctx.marked = marking.finish_marking(store)
    return ctx
