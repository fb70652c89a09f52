"""`secretary-app --smoke-test`: prove an installation works, without touching the user's data.

Opens the main window on a fresh temporary data folder (demo data seeded, so the command
modules, pages and demo seeders imported by name are exercised), waits for the store, and
checks what a frozen build most easily loses: the schema migrations, the English
translation, the SVG icon plugin and the bundled resources. Prints one line per check and
returns 0, or 1 naming the checks that failed. Run it offscreen in CI
(``QT_QPA_PLATFORM=offscreen``); the platform is not forced here.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
import time
from pathlib import Path
from typing import Callable

# Resources every installation must carry (relative to resources/). Directories must hold
# at least one file. A frozen build also carries MANIFEST.txt listing every resource file
# present at build time (templates, samples ... whatever other features added), and each
# of those must be there too.
REQUIRED_RESOURCES = (
    "icons/secretary-app.svg",
    "guard/rules.json",
    "translations/secretary_app_en.qm",
)
MANIFEST = "MANIFEST.txt"
STORE_TIMEOUT_S = 180  # a cold first start of a frozen build on a slow laptop


class SmokeFailure(Exception):
    pass


def _check_resources() -> str:
    from secretary_app import paths

    root = paths.resources_root()
    expected = list(REQUIRED_RESOURCES)
    manifest = root / MANIFEST
    if manifest.exists():
        expected += [line.strip() for line in manifest.read_text(encoding="utf-8").splitlines() if line.strip()]
    missing = []
    for rel in dict.fromkeys(expected):
        path = root / rel
        if not path.exists() or (path.is_dir() and not any(p.is_file() for p in path.rglob("*"))):
            missing.append(rel)
    if missing:
        raise SmokeFailure(f"mangler i {root}: {', '.join(missing)}")
    present = sorted(p.name for p in root.iterdir() if p.is_dir())
    where = "manifest" if manifest.exists() else "source tree"
    return f"{len(dict.fromkeys(expected))} files in {root} ({where}); folders: {', '.join(present)}"


def _check_translation(app) -> str:
    from PySide6.QtCore import QCoreApplication

    from secretary_app.paths import get_asset
    from secretary_app.ui.i18n import install_translators

    qm = get_asset("translations", "secretary_app_en.qm")
    if not qm.exists():
        raise SmokeFailure(f"{qm} mangler (byg den med `make translations`)")
    if not install_translators(app, "en"):
        raise SmokeFailure(f"{qm} kunne ikke indlæses")
    english = QCoreApplication.translate("MainWindow", "Afslut")
    if english == "Afslut":
        raise SmokeFailure(f"{qm} oversætter ikke hovedvinduets menu ('Afslut')")
    return f"{qm.name} loaded ('Afslut' -> '{english}')"


def _check_icon() -> str:
    from PySide6.QtGui import QIcon, QImageReader

    from secretary_app.paths import get_asset

    svg = get_asset("icons", "secretary-app.svg")
    formats = {bytes(f.data()).decode() for f in QImageReader.supportedImageFormats()}
    if "svg" not in formats:
        raise SmokeFailure("Qt's SVG-billedformat (imageformats/qsvg) er ikke med")
    icon = QIcon(str(svg))
    if icon.isNull() or icon.pixmap(64, 64).isNull():
        raise SmokeFailure(f"{svg} kunne ikke tegnes")
    return f"{svg.name} renders at 64 px"


def _check_libraries() -> str:
    """Packages that load data files or modules lazily, which a frozen build easily drops."""
    import datetime as dt
    import importlib.resources
    import io
    from zoneinfo import ZoneInfo

    import docx
    import holidays
    import icalendar
    import olefile
    import openpyxl
    import pypdf

    days = holidays.country_holidays("DK", years=2026)
    if dt.date(2026, 4, 3) not in days:  # Langfredag
        raise SmokeFailure("holidays kender ikke de danske helligdage (holidays.countries mangler)")
    if not importlib.resources.files("tzdata").joinpath("zoneinfo", "Europe", "Copenhagen").is_file():
        raise SmokeFailure("tzdata's zoneinfo/Europe/Copenhagen mangler")
    offset = dt.datetime(2026, 7, 1, 12, tzinfo=ZoneInfo("Europe/Copenhagen")).utcoffset()
    if offset != dt.timedelta(hours=2):
        raise SmokeFailure(f"Europe/Copenhagen har forkert sommertid ({offset})")
    document = docx.Document()  # python-docx's bundled default.docx
    document.add_paragraph("Røgtest")
    document.save(io.BytesIO())
    workbook = openpyxl.Workbook()
    workbook.active["A1"] = "Røgtest"
    workbook.save(io.BytesIO())
    calendar = icalendar.Calendar()
    calendar.add("prodid", "-//secretary-app//smoke//DA")
    calendar.to_ical()
    pypdf.PdfWriter()
    if not olefile.isOleFile(data=b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(1528)):
        raise SmokeFailure("olefile genkender ikke en OLE-fil (Outlook .msg)")
    import feedparser

    feed = feedparser.parse(b"<rss version='2.0'><channel><title>R\xc3\xb8g</title><item><title>t</title>"
                            b"<pubDate>Tue, 01 Dec 2026 08:00:00 +0100</pubDate></item></channel></rss>")
    if feed.get("version") != "rss20" or not feed.entries[0].get("published_parsed"):
        raise SmokeFailure("feedparser kan ikke læse et RSS-feed (moduler mangler i pakken)")
    return (f"feedparser {feedparser.__version__}, holidays {holidays.__version__} (DK), tzdata, python-docx, "
            f"openpyxl {openpyxl.__version__}, icalendar, pypdf {pypdf.__version__}, olefile {olefile.__version__}")


def _check_encryption() -> str:
    """SQLCipher (with FTS5) and the AES-GCM key wraps load: an encrypted store opens in the bundle."""
    from secretary_app import paths
    from secretary_app.store import cipher, keys

    folder = paths.data_dir()
    kf, key, recovery = keys.KeyFile.create(folder / "smoke-keys.json", "røgtest røgtest", keys.ScryptParams(2 ** 10))
    if keys.KeyFile.load(kf.path).unlock_recovery(recovery) != key:
        raise SmokeFailure("gendannelsesnøglen låser ikke op")
    db = folder / "smoke-encrypted.sqlite3"
    con = cipher.connect(db, key)
    try:
        con.execute("CREATE VIRTUAL TABLE t USING fts5(x)")
        con.execute("INSERT INTO t VALUES ('Ålholmvej cykelsti')")
        con.commit()
        if con.execute("SELECT count(*) FROM t WHERE t MATCH 'cykel*'").fetchone()[0] != 1:
            raise SmokeFailure("SQLCipher's FTS5 finder ikke rækken")
        version = con.execute("PRAGMA cipher_version").fetchone()[0]
    finally:
        con.close()
    if b"cykelsti" in db.read_bytes() or not cipher.is_encrypted(db):
        raise SmokeFailure("den krypterede testfil er ikke krypteret")
    import keyring.backends  # noqa: F401  (loaded by name at unlock)

    return f"SQLCipher {version} with FTS5, AES-GCM key wraps, keyring"


def _check_migrations() -> str:
    from secretary_app.store import migrate, revision

    heads = revision.script_heads()
    if not heads:
        raise SmokeFailure(f"ingen migreringer i {revision.VERSIONS_DIR}")
    for name in ("env.py", "script.py.mako"):
        if not (migrate.MIGRATIONS_DIR / name).exists():
            raise SmokeFailure(f"{migrate.MIGRATIONS_DIR / name} mangler")
    return f"head {', '.join(sorted(heads))} in {migrate.MIGRATIONS_DIR}"


def _open_window(app, lang: str):
    """Main window on the temporary folder, store open and pages built, or SmokeFailure."""
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QMessageBox

    from secretary_app.services.settings import Settings
    from secretary_app.ui.main_window import MainWindow

    window = MainWindow(settings=Settings.load(), lang=lang, seed_demo=True)
    failure: list[str] = []
    loop = QEventLoop()

    def fail(text: str) -> None:
        failure.append(text)
        loop.quit()

    # The window reports a failed open in a modal message box, which would wait forever
    # offscreen; the smoke test records the error instead (instance attribute shadows it).
    window._store_failed = lambda exc: fail(f"databasen kunne ikke åbnes: {exc!r}")

    # Should any other modal dialog open (e.g. a changed error path), name it and close it.
    def watch_modal() -> None:
        modal = app.activeModalWidget()
        if modal is not None:
            text = modal.text() if isinstance(modal, QMessageBox) else modal.windowTitle()
            modal.close()
            fail(f"en dialog åbnede: {text!r}")

    # An exception in a slot (e.g. a page that cannot be imported) reaches sys.excepthook
    # and would otherwise leave the loop waiting for store_ready until the timeout.
    previous_hook = sys.excepthook
    sys.excepthook = lambda typ, exc, tb: (previous_hook(typ, exc, tb), fail(f"{typ.__name__}: {exc}"))
    watcher = QTimer()
    watcher.timeout.connect(watch_modal)
    watcher.start(250)
    timeout = QTimer()
    timeout.setSingleShot(True)
    timeout.timeout.connect(lambda: fail(f"databasen var ikke åben efter {STORE_TIMEOUT_S} s"))
    timeout.start(STORE_TIMEOUT_S * 1000)
    window.store_ready.connect(loop.quit)
    try:
        window.show()
        QTimer.singleShot(0, window.open_store)
        loop.exec()
    finally:
        watcher.stop()
        timeout.stop()
        sys.excepthook = previous_hook
    if failure or window.ctx.store is None:
        try:
            _close_window(app, window)
        except Exception as exc:  # noqa: BLE001 - the first failure is the one to report
            print(f"  (lukning fejlede også: {type(exc).__name__})", file=sys.stderr)
        raise SmokeFailure(failure[0] if failure else "databasen blev ikke åbnet")
    return window


def _close_window(app, window) -> str:
    """Close the window the way the user does (flush pages, close the store, exit hooks)."""
    errors: list[str] = []
    previous_hook = sys.excepthook
    sys.excepthook = lambda typ, exc, tb: (previous_hook(typ, exc, tb), errors.append(f"{typ.__name__}: {exc}"))
    try:
        window.close()
        window.deleteLater()
        app.processEvents()
    finally:
        sys.excepthook = previous_hook
    if errors:
        raise SmokeFailure(f"fejl ved lukning: {errors[0]}")
    return "window closed, store closed"


def _check_window(window) -> str:
    from secretary_app import APP_NAME, paths
    from secretary_app.services import groups
    from secretary_app.store import revision
    from secretary_app.ui.main_window import PAGES

    state = revision.check(paths.db_path())
    if not state.current:
        raise SmokeFailure(f"databasen står på {sorted(state.db or [])}, ikke på {sorted(state.heads)}")
    missing = [key for key, _m, _c in PAGES if key not in window.pages]
    if missing:
        raise SmokeFailure(f"sider mangler: {', '.join(missing)}")
    if APP_NAME not in window.windowTitle():
        raise SmokeFailure(f"vinduestitlen {window.windowTitle()!r} nævner ikke {APP_NAME}")
    n_groups = len(groups.list_groups(window.ctx.store))
    if n_groups == 0:
        raise SmokeFailure("demodata blev ikke oprettet")
    return (f"store at head {', '.join(sorted(state.heads))}; {len(window.pages)} pages; "
            f"{n_groups} demo groups; title {window.windowTitle()!r}")


def run_smoke_test(args) -> int:
    from secretary_app import __version__, paths
    from secretary_app.ui.app import make_app

    # Always a fresh folder: the smoke test must neither read nor change real data.
    previous = paths._data_dir_override
    tmp = Path(tempfile.mkdtemp(prefix="secretary-smoke-"))
    paths.set_data_dir(tmp / "data")
    lang = getattr(args, "lang", None) or "da"
    app = make_app()
    results: list[tuple[str, bool, str]] = []
    window = None
    t0 = time.perf_counter()

    def check(name: str, fn: Callable[[], str]) -> None:
        try:
            results.append((name, True, fn()))
        except SmokeFailure as exc:
            results.append((name, False, str(exc)))
        except Exception as exc:  # noqa: BLE001 - any surprise is a failed check, named
            results.append((name, False, f"{type(exc).__name__}: {exc}"))

    try:
        check("resources", _check_resources)
        check("translation", lambda: _check_translation(app))
        check("icon", _check_icon)
        check("libraries", _check_libraries)
        check("migrations", _check_migrations)
        check("encryption", _check_encryption)
        from secretary_app.ui.i18n import install_translators

        install_translators(app, lang)

        def window_check() -> str:
            nonlocal window
            window = _open_window(app, lang)
            return _check_window(window)

        check("main window", window_check)
        if window is not None:
            check("close", lambda: _close_window(app, window))
    finally:
        paths.set_data_dir(previous)
        shutil.rmtree(tmp, ignore_errors=True)

    frozen = "frozen" if paths.is_frozen() else "from source"
    print(f"secretary-app {__version__} smoke test ({frozen}, Python {sys.version.split()[0]}, "
          f"{time.perf_counter() - t0:.1f} s)")
    for name, ok, detail in results:
        print(f"  {'OK  ' if ok else 'FAIL'} {name}: {detail}")
    failed = [name for name, ok, _ in results if not ok]
    if failed:
        print(f"smoke test FAILED: {', '.join(failed)}", file=sys.stderr)
        return 1
    print("smoke test passed")
    return 0
