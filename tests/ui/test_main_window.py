"""The main window starts with its start page only: every other page is built the first time it
is shown or reached, and the window's start path loads neither the reports, openpyxl, requests
nor Alembic before the window is on screen."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select
from uihelpers import WANGFANG

from bigcust_desktop.store.models import Customer
from bigcust_desktop.ui.main_window import MainWindow
from bigcust_desktop.ui.page_stack import PAGES
from bigcust_desktop.ui.qt import Qt, QWidget
from bigcust_desktop.ui.tasks import TaskManager

WAIT = 10_000


@pytest.fixture
def window(qtbot, small_store) -> Iterator[MainWindow]:
    tasks = TaskManager()
    window = MainWindow(small_store.profile, small_store, WANGFANG, tasks=tasks)
    qtbot.addWidget(window)
    window.show()
    yield window
    window.close()
    tasks.wait()


def built(window: MainWindow) -> set[str]:
    return {name for name, _ in PAGES if window.pages.built_page(name) is not None}


def test_only_the_dashboard_is_built_at_start(window):
    assert built(window) == {"dashboard"}
    assert window.pages.currentWidget() is window.dashboard
    assert window.nav.count() == len(PAGES) == window.pages.count()
    shown = [window.nav.item(row).text() for row in range(window.nav.count())]
    assert shown[:2] == ["Dashboard", "Customers"] and shown[-1] == "Sync"
    placeholder = window.pages.widget(window._page_rows["customers"])
    assert placeholder.objectName() == "customersPlaceholder"


def test_a_page_is_built_when_first_chosen_in_the_navigation(qtbot, window):
    row = window._page_rows["opportunities"]
    rect = window.nav.visualItemRect(window.nav.item(row))
    qtbot.mouseClick(window.nav.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    page = window.pages.currentWidget()
    assert page.objectName() != "opportunitiesPlaceholder"
    assert getattr(page, "PAGE_NAME", None) == "opportunities"
    assert page is window.opportunities  # the attribute is the page shown, built once
    assert window.pages.indexOf(page) == row
    assert built(window) == {"dashboard", "opportunities"}
    # The Go menu's shortcut reaches a page not built yet just the same.
    window.findChild(type(window.sync_action), "go_tickets").trigger()
    assert window.pages.currentWidget() is window.tickets
    assert window.nav.currentRow() == window._page_rows["tickets"]


def test_an_attribute_builds_its_page_without_showing_it(window):
    customers = window.customers
    assert isinstance(customers, QWidget) and customers.objectName() != "customersPlaceholder"
    assert window.pages.currentWidget() is window.dashboard
    assert window.customers is customers


def test_opening_a_customer_builds_the_360_page_and_loads_him(qtbot, window, small_store):
    with small_store.begin() as conn:
        customer_id, name = conn.execute(
            select(Customer.id, Customer.name).order_by(Customer.id).limit(1)
        ).one()
    assert window.pages.built_page("customer360") is None
    window.ctx.open_customer.emit(customer_id)
    page = window.customer360
    assert window.pages.currentWidget() is page
    qtbot.waitUntil(lambda: page.title.text() == name, timeout=WAIT)
    # Built, it hears the notice itself from now on (and is not told twice).
    with qtbot.waitSignal(page.loaded, timeout=WAIT):
        window.ctx.open_customer.emit(customer_id)


def test_the_start_path_loads_no_reports_openpyxl_requests_or_alembic(tmp_path: Path):
    """The window over a signed-in profile as `bigcust-desktop --profile DIR` opens it."""
    from bigcust_desktop.store.engine import open_store
    from bigcust_desktop.store.keys import load_or_create_key
    from bigcust_desktop.store.profile import Profile
    from bigcust_desktop.store.secrets import ProfileSecrets
    from bigcust_desktop.sync.auth import REFRESH_TOKEN

    profile = Profile.resolve(tmp_path / "profile")
    store = open_store(profile, load_or_create_key(profile).secret)
    store.migrate()
    store.meta.remember_user(WANGFANG)
    store.close()
    ProfileSecrets(profile).set(REFRESH_TOKEN, "placeholder-not-a-token")
    child = textwrap.dedent(
        """
        import sys
        from bigcust_desktop.cli import main
        from bigcust_desktop.ui.qt import QApplication, QTimer

        app = QApplication(sys.argv[:1])

        def shown():
            window = next(w for w in app.topLevelWidgets() if w.objectName() == "mainWindow")
            assert window.isVisible()
            heavy = (
                "bigcust_desktop.reports.catalog", "bigcust_desktop.reports.export",
                "bigcust_desktop.reports.writer", "openpyxl", "numpy", "requests", "alembic",
            )
            print("LOADED", sorted(m for m in heavy if m in sys.modules), flush=True)
            window.close()

        QTimer.singleShot(0, shown)  # runs once the window is shown and the loop is running
        sys.exit(main(["--profile", sys.argv[1], "--lang", "en"]))
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", child, str(profile.root)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert "LOADED []" in done.stdout, done.stdout + done.stderr


def test_closing_the_window_removes_the_copies_opened_for_a_viewer(qtbot, small_store):
    folder = small_store.profile.opened_dir / "open-test"
    folder.mkdir(parents=True)
    (folder / "合同.pdf").write_bytes(b"%PDF-1.7\n")  # as `store.attachments.open_copy` leaves it
    tasks = TaskManager()
    window = MainWindow(small_store.profile, small_store, WANGFANG, tasks=tasks)
    qtbot.addWidget(window)
    window.show()
    window.close()
    tasks.wait()
    assert not folder.exists()
