"""The kept analysis moves to today without a sync (issue 14): a window opened offline on a later
day than the kept basis's re-judges the book, and a window left open across the local midnight
re-judges at the day's change; the worklist reloads each time.

A real store file with the small dataset, 张伟's window as the start-up opens it offline, and the
window's clock driven by the test (never an absolute time asserted).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator

import pytest
from uihelpers import ZHANGWEI

from bigcust_desktop.domain.analytics.figures import SignalCode
from bigcust_desktop.domain.analytics.months import SHANGHAI, local_day
from bigcust_desktop.store.engine import Store
from bigcust_desktop.store.queries.book import Book
from bigcust_desktop.store.services.meta import read_meta
from bigcust_desktop.ui.main_window import MainWindow
from bigcust_desktop.ui.tasks import TaskManager

GAP = dt.timedelta(days=90)  # `Thresholds.contact_gap_days`, the default


class Clock:
    """The window's clock: stands where the test puts it."""

    def __init__(self, at: dt.datetime) -> None:
        self.at = at

    def __call__(self) -> dt.datetime:
        return self.at


@pytest.fixture(scope="module")
def last_contact(module_store: Store) -> tuple[str, dt.datetime]:
    """A customer of 张伟's book and its last contact of any channel (from the kept worklist
    judged a year from now, when every such customer is uncontacted)."""
    later = dt.datetime.now(dt.UTC) + dt.timedelta(days=400)
    module_store.analytics.refresh(ZHANGWEI, now=later)
    for row in module_store.analytics.worklist(Book.of(ZHANGWEI)):
        signal = row.signal(SignalCode.NOT_CONTACTED)
        last = signal and next((f.value for f in signal.figures if f.name == "last_contact"), None)
        if isinstance(last, dt.datetime):
            return row.customer_id, last
    raise AssertionError("the small book has contacted customers")


def uncontacted(store: Store, customer_id: str) -> bool:
    row = store.analytics.at_risk(customer_id)
    return row is not None and row.signal(SignalCode.NOT_CONTACTED) is not None


def kept_day(store: Store) -> str:
    with store.begin() as conn:
        return read_meta(conn, "analytics_basis")["day"]


@pytest.fixture
def open_offline(qtbot, module_store: Store) -> Iterator[Callable[[Clock], MainWindow]]:
    """Opens 张伟's window as the start-up does after 离线工作: the shell, then the store
    attached, no session and no sync."""
    made: list[tuple[MainWindow, TaskManager]] = []

    def open_window(clock: Clock) -> MainWindow:
        tasks = TaskManager()
        window = MainWindow(module_store.profile, tasks=tasks, now=clock)
        qtbot.addWidget(window)
        made.append((window, tasks))
        window.show()
        window.attach(module_store, ZHANGWEI)
        window.mark_signed_out()
        return window

    yield open_window
    for window, tasks in made:
        window.close()
        tasks.wait()


def worklist_shows(window: MainWindow, customer_id: str, code: SignalCode) -> bool:
    tab = window.insights.worklist
    entries = tab.worklist.entries if tab.worklist is not None else []
    return any(e.customer.id == customer_id and code in e.codes for e in entries)


def test_a_window_opened_offline_on_a_later_day_rejudges_the_book(
    qtbot, module_store, last_contact, open_offline
):
    customer_id, last = last_contact
    kept_at = last + GAP - dt.timedelta(days=1)  # the last refresh: contacted within 90 days
    module_store.analytics.refresh(ZHANGWEI, now=kept_at)
    assert not uncontacted(module_store, customer_id)
    today = Clock(last + GAP + dt.timedelta(days=1))  # two days on, offline: 91 days
    assert local_day(today()) != local_day(kept_at)

    window = open_offline(today)
    window.show_page("atrisk")
    qtbot.waitUntil(
        lambda: worklist_shows(window, customer_id, SignalCode.NOT_CONTACTED), timeout=30_000
    )
    assert uncontacted(module_store, customer_id)
    assert kept_day(module_store) == local_day(today()).isoformat()


def test_a_window_open_across_midnight_rejudges_at_the_days_change(
    qtbot, module_store, last_contact, open_offline
):
    customer_id, last = last_contact
    crossing = last + GAP  # uncontacted from just after this instant
    kept_at = crossing - dt.timedelta(seconds=1)
    module_store.analytics.refresh(ZHANGWEI, now=kept_at)
    assert not uncontacted(module_store, customer_id)
    midnight = dt.datetime.combine(local_day(crossing) + dt.timedelta(days=1), dt.time(), SHANGHAI)
    clock = Clock(midnight - dt.timedelta(seconds=1))  # the same day as the kept basis

    window = open_offline(clock)
    checks: list[bool] = []
    window.day.checked.connect(checks.append)
    with qtbot.waitSignal(window.insights.worklist.loaded, timeout=20_000):
        window.show_page("atrisk")
    qtbot.waitUntil(lambda: bool(checks), timeout=30_000)
    assert checks == [False]  # the check at open: the basis is today's, nothing to redo
    assert not worklist_shows(window, customer_id, SignalCode.NOT_CONTACTED)

    told: list[set[str]] = []
    window.ctx.changed.connect(lambda entities: told.append(set(entities)))
    clock.at = midnight + dt.timedelta(milliseconds=500)  # the window stays open past 00:00
    qtbot.waitUntil(
        lambda: worklist_shows(window, customer_id, SignalCode.NOT_CONTACTED), timeout=30_000
    )
    assert any("analysis" in t for t in told)
    assert kept_day(module_store) == local_day(clock()).isoformat()


def test_a_midnight_passed_asleep_counts_when_the_application_is_active_again(
    qtbot, module_store, last_contact, open_offline
):
    """The laptop slept over midnight: its timer is late, the application's return is not."""
    from bigcust_desktop.ui.qt import QGuiApplication, Qt

    customer_id, last = last_contact
    crossing = last + GAP
    module_store.analytics.refresh(ZHANGWEI, now=crossing)  # not yet: 90 days to the instant
    clock = Clock(crossing)
    window = open_offline(clock)
    checks: list[bool] = []
    window.day.checked.connect(checks.append)
    qtbot.waitUntil(lambda: bool(checks), timeout=30_000)
    assert checks == [False] and window.day.midnight.isActive()
    assert not uncontacted(module_store, customer_id)

    clock.at = dt.datetime.combine(local_day(crossing) + dt.timedelta(days=1), dt.time(), SHANGHAI)
    app = QGuiApplication.instance()
    app.applicationStateChanged.emit(Qt.ApplicationState.ApplicationActive)
    qtbot.waitUntil(lambda: len(checks) == 2, timeout=30_000)
    assert checks[1] is True
    assert uncontacted(module_store, customer_id)


@pytest.mark.parametrize(
    ("local", "ms"),
    [
        (dt.datetime(2026, 12, 6, 23, 59, 59, 500_000), 500),
        (dt.datetime(2026, 12, 7, 0, 0), 86_400_000),  # at midnight: the next one
        (dt.datetime(2026, 12, 31, 12, 0), 43_200_000),  # across the year
    ],
)
def test_the_timer_runs_to_the_next_local_midnight(local: dt.datetime, ms: int) -> None:
    from bigcust_desktop.ui.window_day import ms_to_next_day

    now = local.replace(tzinfo=SHANGHAI).astimezone(dt.UTC)  # stored in UTC, judged in Shanghai
    assert ms_to_next_day(now) == ms


def test_a_refresh_that_takes_long_says_so_in_the_status_bar_until_it_ends(
    qtbot, module_store, last_contact, open_offline
):
    """Quiet by default; a refresh kept waiting (here for the write lock a save holds) past a
    second shows one status-bar line, gone when it ends."""
    from bigcust_desktop.ui.qt import QCoreApplication

    customer_id, last = last_contact
    module_store.analytics.refresh(ZHANGWEI, now=last + GAP - dt.timedelta(days=1))
    window = open_offline(Clock(last + GAP + dt.timedelta(days=1)))
    line = QCoreApplication.translate("MainWindow", "Updating the at-risk list for today…")
    checks: list[bool] = []
    window.day.checked.connect(checks.append)
    with module_store.begin(write=True):  # a long save in the write lock
        qtbot.waitUntil(lambda: window.statusBar().currentMessage() == line, timeout=30_000)
        assert not checks
    qtbot.waitUntil(lambda: bool(checks), timeout=30_000)
    assert checks == [True] and uncontacted(module_store, customer_id)
    assert window.statusBar().currentMessage() != line
