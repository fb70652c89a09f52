"""Every service function that changes data says so with ``@changes(Kind.X)``.

The operation runner builds its change notice from those marks; an unmarked writer would
leave pages showing old data. Two checks: a static one over the source of every module in
``secretary_app/services`` (a function that adds, deletes or runs INSERT/UPDATE/DELETE,
itself or through a private helper of its module, must be marked), and a dynamic one that
runs around every test (``tests/change_marks.py``, wired in ``conftest.py``) and checks the
marked kinds cover the tables actually written.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest
from sqlalchemy import event
from sqlalchemy.engine import Engine

from change_marks import WriteAudit
from secretary_app.domain.changes import Changes, Kind, collect

SERVICES = Path(__file__).resolve().parents[2] / "secretary_app" / "services"
_SESSION_WRITES = {"add", "add_all", "delete", "merge", "commit", "bulk_save_objects"}
_DML = re.compile(r"^\s*(INSERT|UPDATE|DELETE|REPLACE)\s")


def _is_marked(fn: ast.FunctionDef) -> bool:
    for dec in fn.decorator_list:
        target = dec.func if isinstance(dec, ast.Call) else dec
        name = target.attr if isinstance(target, ast.Attribute) else getattr(target, "id", "")
        if name == "changes":
            return True
    return False


def _writes_directly(fn: ast.FunctionDef) -> bool:
    sessions = {a.arg for a in fn.args.args + fn.args.kwonlyargs
                if a.arg in ("s", "session", "conn") or "Session" in ast.unparse(a.annotation or ast.Constant(""))}
    for node in ast.walk(fn):
        if isinstance(node, ast.With):
            for item in node.items:
                call = item.context_expr
                if (isinstance(call, ast.Call) and isinstance(call.func, ast.Attribute)
                        and call.func.attr in ("session", "begin", "connect")
                        and isinstance(item.optional_vars, ast.Name)):
                    sessions.add(item.optional_vars.id)
    for node in ast.walk(fn):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            owner = node.func.value
            if node.func.attr in _SESSION_WRITES and isinstance(owner, ast.Name) and owner.id in sessions:
                return True
            if node.func.attr == "begin" and not node.args:  # engine.begin(): a write transaction
                return True
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and _DML.match(node.value):
            return True
    return False


def _called_names(fn: ast.FunctionDef) -> set[str]:
    return {n.func.id for n in ast.walk(fn) if isinstance(n, ast.Call) and isinstance(n.func, ast.Name)}


def unmarked_writers(source: str) -> list[str]:
    """Public functions (and methods) of one module that write but carry no mark."""
    tree = ast.parse(source)
    functions: dict[str, ast.FunctionDef] = {}
    for node in tree.body:
        if isinstance(node, ast.FunctionDef):
            functions[node.name] = node
        elif isinstance(node, ast.ClassDef):
            for item in node.body:
                if isinstance(item, ast.FunctionDef):
                    functions[f"{node.name}.{item.name}"] = item
    writes = {name for name, fn in functions.items() if _writes_directly(fn)}
    changed = True
    while changed:  # through helpers of the same module, to any depth
        changed = False
        for name, fn in functions.items():
            if name not in writes and _called_names(fn) & writes:
                writes.add(name)
                changed = True
    return sorted(name for name in writes
                  if not name.split(".")[-1].startswith("_") and not _is_marked(functions[name]))


def test_every_service_function_that_writes_is_marked():
    missing = []
    for path in sorted(SERVICES.rglob("*.py")):
        for name in unmarked_writers(path.read_text(encoding="utf-8")):
            missing.append(f"{path.relative_to(SERVICES.parent)}: {name}")
    assert not missing, "mark these with @changes(Kind.X):\n" + "\n".join(missing)


def test_the_static_check_finds_unmarked_writers():
    source = '''
from secretary_app.domain.changes import Kind, changes

def _unlink(s, ids):
    for r in ids:
        s.add(r)

def helper_user(store, ids):
    with store.session() as s:
        _unlink(s, ids)

def raw_sql(store):
    with store.engine.connect() as conn:
        conn.exec_driver_sql("DELETE FROM request WHERE id = 1")

@changes(Kind.REQUESTS)
def marked(store):
    with store.session() as session:
        session.delete(1)

def reader(store):
    seen = set()
    with store.session() as s:
        seen.add(s.get(1))
    return seen
'''
    assert unmarked_writers(source) == ["helper_user", "raw_sql"]


def _audited(action):
    audit = WriteAudit()
    event.listen(Engine, "before_cursor_execute", audit)
    try:
        action()
    finally:
        event.remove(Engine, "before_cursor_execute", audit)
    return audit.problems


def test_the_write_audit_catches_an_unmarked_service_and_a_wrong_kind(store, group, service_writes_are_marked):
    from secretary_app.domain.changes import changes
    from secretary_app.services import groups
    from secretary_app.services.groups import MemberInput

    unmarked = groups.create_member.__wrapped__
    problems = _audited(lambda: unmarked(store, group.id, MemberInput("Uden Mærke")))
    assert [(p.service, p.table) for p in problems] == [("secretary_app.services.groups.create_member", "member")]

    wrong = changes(Kind.DRAFTS)(groups.create_member.__wrapped__)
    problems = _audited(lambda: wrong(store, group.id, MemberInput("Forkert Mærke")))
    assert [p.table for p in problems] == ["member"] and problems[0].declared == Kind.DRAFTS

    assert _audited(lambda: groups.create_member(store, group.id, MemberInput("Rigtigt Mærke"))) == []
    service_writes_are_marked.problems.clear()  # the two faults above were made on purpose


def test_marked_services_report_their_changes_inside_collect(store, group):
    from secretary_app.domain.changes import derive
    from secretary_app.services import groups, requests
    from secretary_app.services.groups import MemberInput

    with collect() as notices:
        member = groups.create_member(store, group.id, MemberInput("Anna Andersen"))
        req = requests.create_request(store, group.id, member.id, "speech", "Tale om budgettet")
        requests.log_time(store, req.id, 30)
    notice = derive(None, notices)
    assert notice.touches(Kind.MEMBERS) and notice.touches(Kind.REQUESTS) and notice.touches(Kind.TIME_ENTRIES)
    assert not notice.touches(Kind.DRAFTS)
    assert notice.ids_of(Kind.REQUESTS) == {req.id}
    assert notice.ids_of(Kind.MEMBERS) == {member.id}
    assert isinstance(notice, Changes)
