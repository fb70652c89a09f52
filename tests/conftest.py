"""Every test gets its own data folder; nothing touches the user's real store."""

from __future__ import annotations

import os

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Operations run synchronously on the test's thread (the same contract as the worker, which
# tests/ui/test_operations.py and the page tests marked ``real_worker`` exercise).
os.environ.setdefault("SECRETARY_INLINE_OPS", "1")


class MemoryKeyring:
    """An in-process OS keyring for tests: nothing reaches the real Credential Manager/Keychain."""

    def __init__(self):
        self.entries: dict[tuple[str, str], str] = {}


@pytest.fixture(autouse=True)
def test_keyring():
    """Each test gets an empty keyring (``keyring.set_keyring``) and no remembered database key."""
    import keyring
    from keyring.backend import KeyringBackend

    from secretary_app.store import cipher

    memory = MemoryKeyring()

    class Backend(KeyringBackend):
        priority = 1

        def get_password(self, service, username):
            return memory.entries.get((service, username))

        def set_password(self, service, username, password):
            memory.entries[(service, username)] = password

        def delete_password(self, service, username):
            memory.entries.pop((service, username), None)

    previous = keyring.get_keyring()
    keyring.set_keyring(Backend())
    cipher.forget_all()
    yield memory
    cipher.forget_all()
    keyring.set_keyring(previous)


@pytest.fixture(autouse=True)
def data_dir(tmp_path, monkeypatch):
    from secretary_app import paths

    folder = tmp_path / "data"
    monkeypatch.setenv(paths.ENV_DATA_DIR, str(folder))
    paths.set_data_dir(folder)
    paths.make_private_dir(folder)
    yield folder
    paths.set_data_dir(None)


@pytest.fixture
def store(data_dir):
    from secretary_app.services.opening import open_store

    s = open_store()
    yield s
    s.close()


@pytest.fixture
def demo_store(store):
    import datetime as dt

    from secretary_app.services.demo import run_demo

    run_demo(store, seed=7, today=dt.date(2026, 11, 20))
    return store


@pytest.fixture
def group(store):
    from secretary_app.services import groups

    return groups.create_group(store, "Testpartiet", "T")


@pytest.fixture
def meetings_page(qtbot, store, group):
    """The Møder page alone, on a group with one member, at a laptop's size."""
    from secretary_app.services import groups
    from secretary_app.services.settings import Settings
    from secretary_app.ui.context import UiContext
    from secretary_app.ui.meetings.page import MeetingsPage

    groups.create_member(store, group.id, groups.MemberInput(name="Mette Lindholm"))
    ctx = UiContext(store, Settings(), "da")
    ctx.group_id = group.id
    page = MeetingsPage(ctx)
    qtbot.addWidget(page)
    page.resize(1200, 760)
    page.set_group(group.id)
    page.show()
    return page


@pytest.fixture
def main_window(qtbot, demo_store):
    """The main window on the demo store, fully loaded."""
    from secretary_app.services.settings import Settings
    from secretary_app.ui.main_window import MainWindow

    demo_store.close()  # the window opens its own
    window = MainWindow(settings=Settings(), lang="da", seed_demo=False)
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.store_ready, timeout=20_000):
        window.open_store()
    return window


@pytest.fixture(autouse=True)
def service_writes_are_marked():
    """Every test also proves the services it runs announce what they change."""
    from sqlalchemy import event
    from sqlalchemy.engine import Engine

    from change_marks import WriteAudit

    audit = WriteAudit()
    event.listen(Engine, "before_cursor_execute", audit)
    yield audit
    event.remove(Engine, "before_cursor_execute", audit)
    if audit.problems:
        pytest.fail("Service writes without a matching @changes mark:\n"
                    + "\n".join(f"  {p}" for p in audit.problems), pytrace=False)


@pytest.fixture(autouse=True)
def _guard_box_answers_in_tests(request, monkeypatch):
    """The guard's "export anyway?" box is modal: in a GUI test nobody would answer it and the
    run would hang. It answers "yes" unless a test puts its own answer in (and checks it)."""
    if "qtbot" not in request.fixturenames:
        yield
        return
    from secretary_app.ui import guard_export

    monkeypatch.setattr(guard_export, "ask", lambda parent, result, lang: True)
    from secretary_app.ui import guard_choice

    def unexpected(parent, verdict, reasons):
        # The save choice is modal too: a test that did not expect a flag fails instead of hanging.
        raise AssertionError(f"the guard asked for a save decision nobody expected: {verdict} {reasons}")

    monkeypatch.setattr(guard_choice, "ask_save_choice", unexpected)
    yield
