"""Screenshots of the main views for the docs: a real simulator, a real sync, the Chinese UI.

    python tools/screenshots.py [--out docs/screenshots] [--lang zh_CN] [--size 1280x720] [--keep]

Starts the simulator (`small` profile) on a free loopback port in a temporary directory, signs in
as zhangwei into a temporary profile, syncs, opens the main window at the given size (1280x720,
the smallest screen the app is made for, by default) and grabs each view to <out>/<view>.png,
with the confirmation of a won deal and a critical fault's report over their pages; the sync
panel shows a real conflict (a server edit made through the admin API meeting a local edit).
Nothing outside the temporary directory and <out> is touched: the keyring is a file keyring
inside it. Depends on the app (ui, sync, store) and bigcust_sim.launcher.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
_TMP = Path(tempfile.mkdtemp(prefix="bigcust-shots-"))
# Before anything loads a keyring backend or a Qt platform: an isolated file keyring, offscreen Qt.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["PYTHON_KEYRING_BACKEND"] = "keyrings.alt.file.PlaintextKeyring"
os.environ["XDG_DATA_HOME"] = str(_TMP / "xdg-data")
os.environ["XDG_CONFIG_HOME"] = str(_TMP / "xdg-config")
sys.path.insert(0, str(ROOT))

from sqlalchemy import func, select  # noqa: E402

from bigcust_desktop.store import edits  # noqa: E402
from bigcust_desktop.store.engine import Store, open_store  # noqa: E402
from bigcust_desktop.store.keys import load_or_create_key  # noqa: E402
from bigcust_desktop.store.models import Customer, Opportunity, Subscriber  # noqa: E402
from bigcust_desktop.store.profile import Profile  # noqa: E402
from bigcust_desktop.store.secrets import ProfileSecrets  # noqa: E402
from bigcust_desktop.sync.account import sign_in  # noqa: E402
from bigcust_desktop.sync.config import Endpoints  # noqa: E402
from bigcust_desktop.sync.engine import SyncSession, run_sync  # noqa: E402
from bigcust_desktop.ui.main_window import MainWindow  # noqa: E402
from bigcust_desktop.ui.opportunities.close_dialog import CloseDealDialog  # noqa: E402
from bigcust_desktop.ui.qt import (  # noqa: E402
    QApplication,
    QColor,
    QEvent,
    QFontDatabase,
    QPainter,
    QPixmap,
    QWidget,
)
from bigcust_desktop.ui.quotes.editor import QuoteEditor  # noqa: E402
from bigcust_desktop.ui.quotes.lines_model import DISCOUNT, QUANTITY  # noqa: E402
from bigcust_desktop.ui.signin import SignInDialog  # noqa: E402
from bigcust_desktop.ui.tasks import TaskManager  # noqa: E402
from bigcust_desktop.ui.translations import install_translators  # noqa: E402
from bigcust_sim.launcher import SimulatorProcess  # noqa: E402

USER, PASSWORD = "zhangwei", "demo1234"
SIZE = (1280, 720)
BELOW_FLOOR_PRODUCT = "P-MOB-128"  # ¥128.00 a month, floor ¥102.40: 25 % off is below it


def wait_until(app: QApplication, condition: Callable[[], bool], timeout: float = 30.0) -> None:
    """Run the event loop until the condition holds (background reads report back through it)."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("the window did not reach the expected state in time")
        app.processEvents()
        time.sleep(0.01)


def settle(app: QApplication, window: MainWindow, quiet: float = 0.3) -> None:
    """Let queued reads finish and debounce timers fire: the window is idle for `quiet` seconds."""
    end = time.monotonic() + quiet
    while time.monotonic() < end:
        window.tasks.wait()
        app.processEvents()
        # Outside app.exec() nothing runs deleteLater(): replaced widgets would stay on screen.
        app.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        time.sleep(0.01)


def grab(window: MainWindow, path: Path, dialog: QWidget | None = None) -> None:
    """The window as a user sees it; a dialog is drawn centred over it, as on the screen."""
    shot: QPixmap = window.grab()
    if dialog is not None:
        over = dialog.grab()
        painter = QPainter(shot)
        painter.fillRect(shot.rect(), QColor(0, 0, 0, 60))  # the window behind a modal dialog
        x = max(0, (shot.width() - over.width()) // 2)
        y = max(0, (shot.height() - over.height()) // 2)
        painter.drawPixmap(x, y, over)
        painter.end()
    save(shot, path)


def save(shot: QPixmap, path: Path) -> None:
    shot.save(str(path))
    print(f"  {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}")


def has_cjk_font() -> bool:
    return bool(QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese))


def pick_group_customer(store: Store, owner_id: str) -> str:
    """The manager's group customer (集团) with branches and the most lines."""
    with store.begin() as conn:
        lines = (
            select(Subscriber.customer_id, func.count().label("n"))
            .group_by(Subscriber.customer_id)
            .subquery()
        )
        groups = select(Customer.parent_id).where(Customer.parent_id.is_not(None)).distinct()
        ranked = conn.execute(
            select(Customer.id)
            .outerjoin(lines, lines.c.customer_id == Customer.id)
            .where(Customer.manager_id == owner_id, Customer.id.in_(groups))
            .order_by(func.coalesce(lines.c.n, 0).desc(), Customer.id)
        ).scalars()
        found = next(iter(ranked), None)
        if found is None:
            found = conn.execute(
                select(Customer.id).where(Customer.manager_id == owner_id).order_by(Customer.id)
            ).scalar_one()
        return found


def search_fragment(store: Store, customer_id: str) -> str:
    """Two characters of a customer's short name: what a manager types to find him."""
    with store.begin() as conn:
        name = conn.execute(
            select(func.coalesce(Customer.short_name, Customer.name)).where(
                Customer.id == customer_id
            )
        ).scalar_one()
    return name[:2]


def make_conflict(sim: SimulatorProcess, store: Store, owner_id: str) -> str:
    """The city CRM changes an opportunity's notes while the manager changes them offline."""
    with store.begin() as conn:
        opportunity = conn.execute(
            select(Opportunity.id)
            .where(Opportunity.owner_id == owner_id, Opportunity.stage == "proposal")
            .order_by(Opportunity.id)
        ).scalar()
        if opportunity is None:
            opportunity = conn.execute(
                select(Opportunity.id).where(Opportunity.owner_id == owner_id)
            ).scalar_one()
    sim.admin(
        "PATCH",
        f"/records/opportunity/{opportunity}",
        {"fields": {"notes": "客户已确认预算，下周三上门复核方案（城市侧录入）"}},
    )
    with store.begin(write=True) as conn:
        edits.update_record(
            conn,
            "opportunity",
            opportunity,
            {"notes": "客户要求5G专网与云专线打包，报价需在月底前提交"},
        )
    return opportunity


def below_floor_quote(app: QApplication, window: MainWindow, customer_id: str) -> QuoteEditor:
    """A new quote: one line at the list price, one at 25 % off, below the catalogue floor."""
    editor = QuoteEditor(window.ctx, customer_id=customer_id, parent=window)
    editor.title_edit.setText("2026年度移动专网与云专线方案")
    model = editor.lines_model
    for product, quantity, discount in (
        ("P-DIA-100M", "2", "5"),
        (BELOW_FLOOR_PRODUCT, "40", "25"),
    ):
        if product not in {p.id for p in editor.products}:
            product = editor.products[0].id
        editor.add_product(product)
        row = model.rowCount() - 1
        model.setData(model.index(row, QUANTITY), quantity)
        model.setData(model.index(row, DISCOUNT), discount)
    editor.show()  # the lines table sizes its own columns (a resize here undoes its stretch)
    settle(app, window)
    return editor


def won_dialog(app: QApplication, window: MainWindow) -> QWidget | None:
    """A negotiation card dropped on 赢单: the confirmation with the amount and signing date."""
    page = window.opportunities
    page.set_view("board")
    settle(app, window)
    column = page.board.columns["negotiation"]
    card = column.model.card(0)
    if card is None:
        return None
    page.move(card.id, card.stage, "won")
    return page.findChild(CloseDealDialog)


def fault_dialog(app: QApplication, window: MainWindow, customer_id: str) -> QWidget | None:
    """A critical fault being reported: the SLA note and the operations centre's hotline."""
    dialog = window.tickets.report_fault(customer_id=customer_id)
    if dialog is None:
        return None
    wait_until(app, lambda: dialog.subscribers.rowCount() > 0)
    dialog.subscriber_table.selectRow(0)
    dialog.severity_combo.set_code("critical")
    dialog.title_edit.setText("总部互联网专线中断")
    settle(app, window)
    return dialog


def signin_shot(app: QApplication, profile: Profile, store: Store, url: str, out: Path) -> None:
    """The sign-in dialog as the next start shows it: server known, cache there to work offline."""
    tasks = TaskManager()
    dialog = SignInDialog(
        profile,
        store,
        endpoints=Endpoints.single_server(url),
        username=USER,
        can_work_offline=True,
        reopen=lambda: store,
        tasks=tasks,
    )
    dialog.show()
    end = time.monotonic() + 0.3
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.01)
    save(dialog.grab(), out / "signin.png")
    dialog.close()
    tasks.wait()


def take(
    out: Path,
    sim: SimulatorProcess,
    profile: Profile,
    store: Store,
    lang: str,
    size: tuple[int, int] = SIZE,
) -> None:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    install_translators(app, lang)
    out.mkdir(parents=True, exist_ok=True)
    if not has_cjk_font():
        print(
            "warning: no Simplified Chinese font found (Debian: apt-get install fonts-noto-cjk); "
            "Chinese text will show as boxes",
            file=sys.stderr,
        )
    endpoints = Endpoints.single_server(sim.base_url)
    user, store = sign_in(profile, store, endpoints, USER, PASSWORD, reopen=lambda: _open(profile))
    with SyncSession(endpoints, ProfileSecrets(profile)) as session:
        report = run_sync(profile, store, session)
    print(f"synced as {user.username}: {report.summary()}")

    signin_shot(app, profile, store, sim.base_url, out)
    window = MainWindow(profile, store, user)
    window.resize(*size)
    window.show()
    sync_in_window(app, window)  # the window's own sync: the status bar says online, and when
    views(app, window, store, pick_group_customer(store, user.id), out)

    make_conflict(sim, store, user.id)
    window.ctx.notify({"opportunity", "outbox"})
    sync_in_window(app, window)
    window.show_page("sync")
    panel = window.sync_panel
    panel.tabs.setCurrentIndex(2)  # conflicts
    panel.conflict_list.selectRow(0)
    settle(app, window)
    grab(window, out / "sync.png")

    window.close()
    window.tasks.wait()
    store.close()


def sync_in_window(app: QApplication, window: MainWindow) -> None:
    """F5, as the user would press it; waits for the window's `synced` signal."""
    synced: list[object] = []
    window.synced.connect(synced.append)
    window.start_sync()
    wait_until(app, lambda: bool(synced))
    window.synced.disconnect(synced.append)
    settle(app, window)


def views(app: QApplication, window: MainWindow, store: Store, group: str, out: Path) -> None:
    """One PNG per view: (file name, page shown, what the user does there first)."""

    def open_group() -> None:
        window.ctx.open_customer.emit(group)
        wait_until(app, lambda: window.customer360.customer_id == group)
        settle(app, window)

    def lines_tab() -> None:
        open_group()
        window.customer360.tabs.setCurrentWidget(window.customer360.lines_tab)
        window.customer360.lines_tab.tree.expandToDepth(1)  # the accounts and their first lines

    def c360_tab(name: str) -> None:
        open_group()
        window.customer360.tabs.setCurrentWidget(getattr(window.customer360, name))

    steps: list[tuple[str, str, Callable[[], object]]] = [
        ("dashboard", "dashboard", lambda: None),
        ("customers", "customers",
         lambda: window.customers.search.setText(search_fragment(store, group))),
        ("customer360", "customer360", open_group),
        ("customer360-lines", "customer360", lines_tab),
        ("opportunities", "opportunities", lambda: window.opportunities.set_view("table")),
        ("opportunities-board", "opportunities", lambda: window.opportunities.set_view("board")),
        ("opportunity-won", "opportunities", lambda: won_dialog(app, window)),
        ("quote-editor", "quotes", lambda: below_floor_quote(app, window, group)),
        ("tickets", "tickets", lambda: window.tickets.table.selectRow(0)),
        ("ticket-report", "tickets", lambda: fault_dialog(app, window, group)),
        ("activities", "activities", lambda: None),
        ("reports", "reports", lambda: None),
        ("todos", "todos", lambda: None),
        ("todos-week", "todos", lambda: window.todos.tabs.setCurrentWidget(window.todos.week)),
        ("contracts", "contracts", lambda: None),
        ("customer360-contracts", "customer360", lambda: c360_tab("contracts_tab")),
        ("customer360-decision-chain", "customer360", lambda: c360_tab("chain_tab")),
        ("customer360-competitors", "customer360", lambda: c360_tab("competitors_tab")),
    ]  # fmt: skip
    for name, page, prepare in steps:
        window.show_page(page)
        shown = prepare()
        dialog = shown if isinstance(shown, QWidget) else None
        settle(app, window)
        grab(window, out / f"{name}.png", dialog)
        if dialog is not None:
            dialog.close()
            dialog.deleteLater()


def _open(profile: Profile) -> Store:
    store = open_store(profile, load_or_create_key(profile).secret)
    store.migrate()
    return store


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--lang", default="zh_CN", choices=("zh_CN", "en"))
    parser.add_argument(
        "--size", default="1280x720", help="window size, WIDTHxHEIGHT (default 1280x720)"
    )
    parser.add_argument("--keep", action="store_true", help="keep the temporary directory")
    args = parser.parse_args(argv)
    width, _, height = args.size.partition("x")
    size = (int(width), int(height))
    try:
        with SimulatorProcess(_TMP / "sim", profile="small") as sim:
            profile = Profile.resolve(_TMP / "profile")
            take(args.out.absolute(), sim, profile, _open(profile), args.lang, size)
    finally:
        if args.keep:
            print(f"kept {_TMP}")
        else:
            shutil.rmtree(_TMP, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
