"""Check, while tests run, that every write a service makes is announced by its mark.

A listener on every engine sees each INSERT/UPDATE/DELETE on a data table. When a public
``secretary_app.services`` function is on the stack, the kinds declared by the
``@changes`` wrappers on that stack must cover the table's kind; otherwise the GUI would
refresh the wrong pages (or none) after that operation. ``tests/conftest.py`` runs it
around every test; ``test_change_marks.py`` proves it catches an unmarked writer.
"""

from __future__ import annotations

import os
import re
import sys
from dataclasses import dataclass

from secretary_app.domain.changes import Kind

TABLE_KINDS = {
    "council": Kind.GROUPS, "party_group": Kind.GROUPS, "member": Kind.MEMBERS,
    "task_type": Kind.TASK_TYPES, "request": Kind.REQUESTS, "time_entry": Kind.TIME_ENTRIES,
    "draft": Kind.DRAFTS, "draft_version": Kind.DRAFTS, "meeting": Kind.MEETINGS,
    "agenda_item": Kind.AGENDA_ITEMS, "guard_event": Kind.GUARD_EVENTS,
}
_DML = re.compile(r"^\s*(?:INSERT\s+(?:OR\s+\w+\s+)?INTO|REPLACE\s+INTO|UPDATE(?:\s+OR\s+\w+)?|DELETE\s+FROM)"
                  r"\s+[\"`]?(\w+)", re.IGNORECASE)
_WRAPPER_FILE = os.path.join("domain", "changes.py")


@dataclass(frozen=True)
class Unmarked:
    service: str
    table: str
    declared: Kind

    def __str__(self) -> str:
        return f"{self.service} writes {self.table!r} but declares {self.declared}"


class WriteAudit:
    """Collects the writes of public service functions that their marks do not cover."""

    def __init__(self) -> None:
        self.problems: list[Unmarked] = []

    def __call__(self, conn, cursor, statement, parameters, context, executemany) -> None:
        match = _DML.match(statement)
        kind = TABLE_KINDS.get(match.group(1).lower()) if match else None
        if kind is None:
            return
        declared, service = Kind.NONE, None
        frame = sys._getframe(1)
        while frame is not None:
            code = frame.f_code
            module = frame.f_globals.get("__name__", "")
            if module.startswith(("alembic", "secretary_app.store.migrat")):
                return  # schema upgrades rewrite rows; they are no operation
            if code.co_name == "recorded" and code.co_filename.endswith(_WRAPPER_FILE):
                marked = frame.f_locals.get("kinds")
                if isinstance(marked, Kind):
                    declared |= marked
            elif module.startswith("secretary_app.services") and not code.co_name.startswith("_"):
                service = f"{module}.{code.co_name}"  # the outermost one wins
            frame = frame.f_back
        if service is not None and not (declared & (kind | Kind.STORE)):
            problem = Unmarked(service, match.group(1).lower(), declared)
            if problem not in self.problems:
                self.problems.append(problem)
