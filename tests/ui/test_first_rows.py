"""The customer list's first rows before the store is open (issue 13): the page's modules load
without SQLAlchemy, the first page read from the file shows in the real list at once, and the
list the store reads takes over with the same rows in the same order and the selection kept."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator

import pytest
from uihelpers import WANGFANG

from bigcust_desktop.store.engine import Store
from bigcust_desktop.store.first_page import read_first_page
from bigcust_desktop.store.keys import load_or_create_key
from bigcust_desktop.ui.qt import QItemSelectionModel

WAIT = 30_000


def test_the_list_and_its_first_page_load_without_the_stores_libraries():
    code = (
        "import sys\n"
        "import bigcust_desktop.store.first_page, bigcust_desktop.ui.customers.list_view\n"
        "import bigcust_desktop.ui.main_window, bigcust_desktop.ui.startup\n"
        "heavy = ('sqlalchemy', 'bigcust_desktop.store.engine', 'bigcust_desktop.store.models')\n"
        "print(sorted(m for m in heavy if m in sys.modules))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=True
    )
    assert done.stdout.strip() == "[]"


@pytest.fixture
def early_window(qtbot, small_store: Store) -> Iterator:
    """The window as the start-up shows it: no store yet."""
    from bigcust_desktop.ui.main_window import MainWindow
    from bigcust_desktop.ui.tasks import TaskManager

    tasks = TaskManager()
    window = MainWindow(small_store.profile, tasks=tasks)
    qtbot.addWidget(window)
    window.show()
    yield window
    window.close()
    tasks.wait()


def test_the_first_rows_show_before_the_store_and_hand_over_unchanged(
    qtbot, early_window, small_store: Store
):
    window = early_window
    first = read_first_page(small_store.path, load_or_create_key(small_store.profile).secret, 200)
    assert first is not None
    window.show_page("customers")  # clicked at once: its place, until rows come
    assert window.show_first_rows(first) is not None
    page = window.customers
    assert not window.ctx.is_open and window.pages.currentWidget() is page
    shown = [page.model.customer_id(row) for row in range(page.model.rowCount())]
    assert shown == first.ids
    drawn = [page.model.index(0, column).data() for column in range(page.model.columnCount())]
    assert str(first.total) in page.count_label.text()
    page.table.selectionModel().setCurrentIndex(
        page.model.index(3, 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )
    chosen = first.ids[3]

    with qtbot.waitSignal(page.loaded, timeout=WAIT):
        window.attach(small_store, WANGFANG)
    assert window.customers is page  # the same list, now over the store
    assert page.model.total() == first.total
    assert [page.model.customer_id(row) for row in range(len(first.ids))] == first.ids
    assert [page.model.index(0, c).data() for c in range(page.model.columnCount())] == drawn
    assert page.model.customer_id(page.table.currentIndex().row()) == chosen


def test_the_start_up_reads_the_first_page_before_the_stores_libraries(small_store: Store):
    # What the start-up lane has loaded when it hands the first page over: the keyring and the
    # driver, not SQLAlchemy, the models or the session check's sync modules.
    code = (
        "import sys\n"
        "from bigcust_desktop.store.profile import Profile\n"
        "from bigcust_desktop.ui.startup import _open, _Opening\n"
        "heavy = ('sqlalchemy', 'bigcust_desktop.store.models', 'bigcust_desktop.sync.account')\n"
        "seen = []\n"
        "def first_rows(page):\n"
        "    seen.append((len(page.ids), sorted(m for m in heavy if m in sys.modules)))\n"
        "data = 'bigcust_desktop.store.services.customers'\n"
        "profile = Profile.resolve(sys.argv[1])\n"
        "opened = _open(profile, _Opening(), data, None, ('', ''), first_rows)\n"
        "opened.store.close()\n"
        "print(seen)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code, str(small_store.profile.root)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    assert done.stdout.strip() == "[(200, [])]"
