"""`--self-check`: proves an installed app works, without a display or network, in one line.

Sits beside `cli` at the top of the layers: may use ui, store and the stdlib. It is what the
installer's smoke test runs and what support asks a user to run; it leaves nothing behind.
"""

from __future__ import annotations

import logging
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from bigcust_desktop import __version__

if TYPE_CHECKING:
    from bigcust_desktop.store.engine import Store
    from bigcust_desktop.store.profile import Profile
    from bigcust_desktop.ui.qt import QApplication, QTranslator

EXIT_OK, EXIT_FAILED = 0, 1
# A string every build translates; the main window's navigation shows it.
KNOWN_STRING = ("MainWindow", "Customers")
LANGUAGE = "zh_CN"
# SQLCipher writes no plaintext header: a cache file starting with this was not encrypted.
_PLAIN_SQLITE_HEADER = b"SQLite format 3\x00"
_FACT_ORDER = ("Qt", "SQLCipher", "schema", "key")


class CheckFailed(Exception):
    """One check did not pass; the message names what is missing or wrong."""


@dataclass
class SelfCheck:
    """The checks run so far: their names, the failures with a reason, and facts for the line."""

    passed: list[str] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)
    facts: dict[str, str] = field(default_factory=dict)

    def run(self, name: str, check: Callable[[], Any], *, needs: tuple[str, ...] = ()) -> Any:
        """Run one check; a failure is recorded (never raised) so later checks still run."""
        missing = [n for n in needs if n not in self.passed]
        if missing:
            self.failed.append((name, f"not run (needs {', '.join(missing)})"))
            return None
        try:
            result = check()
        except CheckFailed as exc:
            self.failed.append((name, str(exc)))
            return None
        except Exception as exc:
            self.failed.append((name, f"{type(exc).__name__}: {_first_line(exc)}"))
            return None
        self.passed.append(name)
        return result

    def summary(self, seconds: float) -> str:
        total = len(self.passed) + len(self.failed)
        where = "bundle" if getattr(sys, "frozen", False) else "python"
        ordered = sorted(self.facts.items(), key=lambda kv: _FACT_ORDER.index(kv[0]))
        facts = ", ".join(f"{k} {v}" for k, v in ordered)
        if not self.failed:
            return (
                f"bigcust-desktop {__version__} self-check OK ({where}) in {seconds:.2f} s: "
                f"{facts}; {total}/{total} checks passed ({', '.join(self.passed)})"
            )
        reasons = "; ".join(f"{name}: {why}" for name, why in self.failed)
        return (
            f"bigcust-desktop {__version__} self-check FAILED ({where}) in {seconds:.2f} s: "
            f"{len(self.passed)}/{total} checks passed; {reasons}"
        )


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else "no message"


class _Collect(logging.Handler):
    """Keeps the warnings logged during the check, so stdout stays one line."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.lines: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append(f"{record.levelname} {record.name}: {record.getMessage()}")


@contextmanager
def _collected_warnings() -> Iterator[_Collect]:
    root = logging.getLogger()
    handler = _Collect()
    root.addHandler(handler)
    try:
        yield handler
    finally:
        root.removeHandler(handler)


def run_self_check(out: TextIO | None = None, err: TextIO | None = None) -> int:
    """Run every check in a throw-away profile; print one line; 0 if all passed, else 1."""
    out = out or sys.stdout
    err = err or sys.stderr
    started = time.perf_counter()
    # Offscreen unless the caller chose a platform: the check needs no display.
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    result = SelfCheck()
    root = Path(tempfile.mkdtemp(prefix="bigcust-selfcheck-"))
    with _collected_warnings() as warnings:
        try:
            _run_checks(result, root)
        finally:
            shutil.rmtree(root, ignore_errors=True)
    for stream in (out, err):
        # A reason may quote a path in any script; a console that cannot show it must not crash.
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(errors="backslashreplace")
    print(result.summary(time.perf_counter() - started), file=out)
    if result.failed:
        for line in warnings.lines:
            print(line, file=err)
        return EXIT_FAILED
    return EXIT_OK


# Every check imports what it tests inside itself: in a broken bundle a missing module then
# fails its check by name instead of crashing the whole self-check at import.
def _run_checks(result: SelfCheck, root: Path) -> None:
    from bigcust_desktop.store.profile import Profile

    # A demo profile: with no usable OS keyring its key may live in a file in the throw-away
    # directory (DESIGN §7); a real profile would refuse, and this check must not.
    profile = Profile(root=root / "profile", demo=True)
    result.run("sqlcipher", lambda: _check_sqlcipher(result))
    store: Store | None = result.run("store", lambda: _open_store(result, profile))
    try:
        result.run("migrations", lambda: _check_migrations(result, store), needs=("store",))
        app = result.run("qt", lambda: _start_qt(result))
        translator = result.run("translations", lambda: _load_translation(app), needs=("qt",))
        result.run("charts", _check_charts, needs=("qt",))
        result.run("icons", _check_icon, needs=("qt",))
        result.run(
            "main window",
            lambda: _check_main_window(profile, store, translator),
            needs=("qt", "migrations"),
        )
    finally:
        if store is not None:
            store.close()
        _forget_key(profile)


def _check_sqlcipher(result: SelfCheck) -> None:
    import sqlcipher3

    conn = sqlcipher3.connect(":memory:")
    try:
        row = conn.execute("PRAGMA cipher_version").fetchone()
        if not row or not row[0]:
            raise CheckFailed("the SQLite library has no SQLCipher (PRAGMA cipher_version empty)")
        try:
            # The search index (revision 0002) needs FTS5 with the trigram tokenizer.
            conn.execute("CREATE VIRTUAL TABLE probe USING fts5(x, tokenize='trigram')")
        except sqlcipher3.OperationalError as exc:
            raise CheckFailed(f"FTS5 trigram tokenizer missing ({exc})") from None
    finally:
        conn.close()
    result.facts["SQLCipher"] = f"{row[0].split()[0]} (SQLite {sqlcipher3.sqlite_version})"


def _open_store(result: SelfCheck, profile: Profile) -> Store:
    import keyring

    from bigcust_desktop.store.engine import open_store
    from bigcust_desktop.store.keys import load_or_create_key

    profile.ensure()
    key = load_or_create_key(profile)
    if key.in_file:
        result.facts["key"] = "in the demo key file (no usable OS keyring)"
    else:
        backend = type(keyring.get_keyring())
        result.facts["key"] = f"in the OS keyring ({backend.__module__}.{backend.__qualname__})"
    store = open_store(profile, key.secret)
    with store.begin(write=True) as conn:
        conn.exec_driver_sql("CREATE TABLE selfcheck_probe (x INTEGER)")
        conn.exec_driver_sql("DROP TABLE selfcheck_probe")
    store.close()  # flush the WAL into the file before reading its first page
    with open(store.path, "rb") as fh:
        if fh.read(len(_PLAIN_SQLITE_HEADER)) == _PLAIN_SQLITE_HEADER:
            raise CheckFailed("the cache file was written unencrypted")
    return store


def _check_migrations(result: SelfCheck, store: Store | None) -> None:
    from alembic.script import ScriptDirectory

    from bigcust_desktop.store import schema

    assert store is not None  # run only after the store check passed
    if not schema.MIGRATIONS_DIR.is_dir():
        raise CheckFailed(f"migrations folder missing: {schema.MIGRATIONS_DIR}")
    head = ScriptDirectory(str(schema.MIGRATIONS_DIR)).get_current_head()
    store.migrate()
    with store.begin() as conn:
        current = schema.current_revision(conn)
    if current != head:
        raise CheckFailed(f"schema at {current}, expected {head}")
    result.facts["schema"] = str(current)


def _start_qt(result: SelfCheck) -> QApplication:
    from bigcust_desktop.ui.qt import QApplication, QLibraryInfo

    platform = os.environ.get("QT_QPA_PLATFORM", "").split(":")[0]
    plugins = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath)) / "platforms"
    # Qt aborts the process when its platform plugin is missing: look first, and say so.
    if (
        platform == "offscreen"
        and not os.environ.get("QT_PLUGIN_PATH")
        and not any("offscreen" in p.name for p in plugins.glob("*"))
    ):
        raise CheckFailed(f"Qt platform plugin 'offscreen' missing from {plugins}")
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    result.facts["Qt"] = f"{QLibraryInfo.version().toString()} ({QApplication.platformName()})"
    return app


def _load_translation(app: QApplication | None) -> QTranslator:
    from bigcust_desktop.ui.qt import QTranslator
    from bigcust_desktop.ui.translations import translation_path

    path = translation_path(LANGUAGE)
    if path is None:
        raise CheckFailed(f"bigcust_{LANGUAGE}.qm missing from the shipped resources (i18n)")
    translator = QTranslator(app)
    if not translator.load(path):
        raise CheckFailed(f"cannot load {path}")
    context, source = KNOWN_STRING
    text = translator.translate(context, source)
    if not text or text == source:
        raise CheckFailed(f"{LANGUAGE} does not translate {source!r}")
    app.installTranslator(translator)
    return translator


def _check_charts() -> None:
    from bigcust_desktop.ui.qt import QBarSeries, QBarSet, QChart, QChartView

    chart = QChart()
    series = QBarSeries()
    bar = QBarSet("probe")
    bar.append([1.0, 2.0])
    series.append(bar)
    chart.addSeries(series)
    view = QChartView(chart)
    if view.grab().isNull():
        raise CheckFailed("Qt Charts did not draw")
    view.deleteLater()


def _check_icon() -> None:
    from bigcust_desktop.resource_files import resource
    from bigcust_desktop.ui.qt import QIcon

    icon_file = resource("icons", "bigcust-desktop.svg")
    if not icon_file.is_file():
        raise CheckFailed("app icon missing from the shipped resources (icons)")
    # An SVG icon draws only through the svg icon-engine and image-format plugins.
    if QIcon(str(icon_file)).pixmap(32, 32).isNull():
        raise CheckFailed("the SVG icon did not draw (Qt svg plugins missing)")


def _check_main_window(
    profile: Profile, store: Store | None, translator: QTranslator | None
) -> None:
    from bigcust_desktop.ui.main_window import MainWindow
    from bigcust_desktop.ui.qt import QApplication
    from bigcust_desktop.ui.tasks import TaskManager

    assert store is not None  # run only after the migrations check passed
    tasks = TaskManager()
    window = MainWindow(profile, store, None, tasks=tasks)
    try:
        tasks.wait()  # pages load off the GUI thread; their results arrive as queued signals
        QApplication.processEvents()
        if window.grab().isNull():
            raise CheckFailed("the main window did not draw")
        if translator is not None:
            context, source = KNOWN_STRING
            shown = [window.nav.item(row).text() for row in range(window.nav.count())]
            if translator.translate(context, source) not in shown:
                raise CheckFailed("the main window is not translated")
    finally:
        window.close()
        tasks.wait()
        window.deleteLater()
        QApplication.processEvents()


def _forget_key(profile: Profile) -> None:
    """Remove this throw-away profile's key from the OS keyring, if it went there."""
    from bigcust_desktop.store.keys import delete_key

    try:
        delete_key(profile)
    except Exception as exc:  # a keyring refusing the delete must not fail a passed check
        logging.getLogger(__name__).warning("could not remove the self-check key: %s", exc)
