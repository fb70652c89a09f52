"""Typed change notices: what an operation changed, so pages refresh exactly that.

A service that changes data says which kinds of rows it touches, either by returning a
``Changes`` (when the ids matter) or by being decorated with ``@changes(Kind.X)``. The
operation runner derives the notice from that and broadcasts it once; pages ask
``notice.touches(Kind.REQUESTS | Kind.TIME_ENTRIES)``. A kind that nobody sends, or a page
that listens for a misspelt one, is then an AttributeError at import, not a stale screen.
"""

from __future__ import annotations

import contextlib
import contextvars
import enum
import functools
from dataclasses import dataclass, field
from typing import Any, Callable, Iterable, Iterator


class Kind(enum.Flag):
    NONE = 0
    GROUPS = enum.auto()
    MEMBERS = enum.auto()
    TASK_TYPES = enum.auto()
    REQUESTS = enum.auto()
    TIME_ENTRIES = enum.auto()
    DRAFTS = enum.auto()
    MEETINGS = enum.auto()
    AGENDA_ITEMS = enum.auto()
    GUARD_EVENTS = enum.auto()
    SETTINGS = enum.auto()
    MAIL = enum.auto()
    CLIPPINGS = enum.auto()
    # The whole store was replaced (restore, demo data removed): everything is stale.
    STORE = enum.auto()


ALL_KINDS = functools.reduce(lambda a, b: a | b, Kind, Kind.NONE)


@dataclass(frozen=True)
class Changes:
    """Which kinds of rows changed, and the ids where the change knew them."""

    kinds: Kind = Kind.NONE
    ids: frozenset[tuple[Kind, int]] = field(default_factory=frozenset)

    @classmethod
    def of(cls, kind: Kind, *ids: int | None) -> "Changes":
        """``Changes.of(Kind.REQUESTS, 12)``; ids are kept only for a single kind."""
        single = kind.value and not (kind.value & (kind.value - 1))
        kept = frozenset((kind, int(i)) for i in ids if i is not None) if single else frozenset()
        return cls(kind, kept)

    @classmethod
    def everything(cls) -> "Changes":
        return cls(ALL_KINDS)

    def __or__(self, other: "Changes") -> "Changes":
        if not isinstance(other, Changes):
            return NotImplemented
        return Changes(self.kinds | other.kinds, self.ids | other.ids)

    def __bool__(self) -> bool:
        return bool(self.kinds)

    def touches(self, kinds: Kind) -> bool:
        return bool(self.kinds & (kinds | Kind.STORE))

    def ids_of(self, kind: Kind) -> frozenset[int]:
        return frozenset(i for k, i in self.ids if k == kind)


_collected: contextvars.ContextVar[list["Changes"] | None] = contextvars.ContextVar(
    "secretary_app_changes", default=None)


def changes(kinds: Kind) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """Mark a service function with the kinds of rows it changes.

    Called inside ``collect()`` (the operation runner's work), each call adds its notice:
    the result when it is a ``Changes``, else these kinds with the result's ``id``. So a
    widget's lambda that calls two services yields both, and nested calls count too.
    """

    def mark(fn: Callable[..., Any]) -> Callable[..., Any]:
        @functools.wraps(fn)
        def recorded(*args: Any, **kwargs: Any) -> Any:
            result = fn(*args, **kwargs)
            sink = _collected.get()
            if sink is not None:
                sink.append(result if isinstance(result, Changes) else Changes.of(kinds, _id_of(result)))
            return result

        recorded.__changes__ = kinds  # type: ignore[attr-defined]
        return recorded

    return mark


def declared_kinds(fn: Any) -> Kind | None:
    """The kinds a (possibly partial) service function declares, if any."""
    for _ in range(10):
        kinds = getattr(fn, "__changes__", None)
        if isinstance(kinds, Kind):
            return kinds
        fn = getattr(fn, "func", None)
        if fn is None:
            return None
    return None


@contextlib.contextmanager
def collect() -> Iterator[list["Changes"]]:
    """Gather the notices of every marked service call made inside the block."""
    sink: list[Changes] = []
    token = _collected.set(sink)
    try:
        yield sink
    finally:
        _collected.reset(token)


def derive(result: Any, collected: Iterable["Changes"] = (),
           explicit: "Changes | Kind | None" = None) -> Changes:
    """The notice for an operation: explicit, else what its service calls recorded (and a
    ``Changes`` it returned or carries as ``.changes``)."""
    if isinstance(explicit, Changes):
        return explicit
    if isinstance(explicit, Kind):
        return Changes.of(explicit, _id_of(result))
    notice = merge(collected)
    if isinstance(result, Changes):
        notice = notice | result
    carried = getattr(result, "changes", None)
    if isinstance(carried, Changes):
        notice = notice | carried
    return notice


def _id_of(result: Any) -> int | None:
    value = getattr(result, "id", None)
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def merge(notices: Iterable[Changes]) -> Changes:
    return functools.reduce(lambda a, b: a | b, notices, Changes())
