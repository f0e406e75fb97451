"""Screenshots of the campaign screens (营销活动): 王芳's campaigns with a round's target list
(the suppressed customers and why) and the response by round and channel; 张伟's campaign tasks
and the contact-fatigue warning when he logs a contact on a subject heard days ago.

    python tools/campaign_screenshots.py [--out DIR] [--lang zh_CN]

Same set-up as tools/screenshots.py (whose helpers it uses): the simulator's `small` profile on a
free loopback port, temporary profiles and file keyring, real sign-ins and syncs. Run it under
Xvfb with QT_QPA_PLATFORM=xcb to see the windows as a desktop draws them.
"""

from __future__ import annotations

import argparse
import datetime as dt
import shutil
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import screenshots as shots

from bigcust_desktop.domain.drafts.activities import new_activity
from bigcust_desktop.store.profile import Profile
from bigcust_desktop.store.queries.book import Book
from bigcust_desktop.store.secrets import ProfileSecrets
from bigcust_desktop.sync.account import sign_in
from bigcust_desktop.sync.config import Endpoints
from bigcust_desktop.sync.engine import SyncSession, run_sync
from bigcust_desktop.ui.activities.log_dialog import LogActivityDialog
from bigcust_desktop.ui.main_window import MainWindow
from bigcust_desktop.ui.qt import QApplication
from bigcust_desktop.ui.translations import install_translators
from bigcust_sim.launcher import SimulatorProcess

PASSWORD = "demo1234"
TOPIC = "云专线提速"


def _window(app: QApplication, sim: SimulatorProcess, username: str) -> MainWindow:
    profile = Profile.resolve(shots._TMP / f"profile-{username}")
    store = shots._open(profile)
    endpoints = Endpoints.single_server(sim.base_url)
    user, store = sign_in(
        profile, store, endpoints, username, PASSWORD, reopen=lambda: shots._open(profile)
    )
    with SyncSession(endpoints, ProfileSecrets(profile)) as session:
        run_sync(profile, store, session)
    window = MainWindow(profile, store, user)
    window.resize(*shots.SIZE)
    window.show()
    shots.settle(app, window)
    return window


def _close(window: MainWindow) -> None:
    store = window.ctx.store
    window.close()
    window.tasks.wait()
    store.close()


def manager(app: QApplication, sim: SimulatorProcess, out: Path) -> None:
    window = _window(app, sim, "wangfang")
    store, user = window.ctx.store, window.ctx.user
    page = window.show_page("campaigns")
    plan = page.plan
    shots.wait_until(app, lambda: plan.campaigns.rowCount() > 0)
    # One of the segment's customers heard of the topic on a visit last week.
    segment_id, _name = store.campaigns.segment_choices(user.id, user.team_id)[0]
    heard = store.segments.customers(segment_id, Book.of(user))[2]
    at = dt.datetime.now(dt.UTC).replace(second=0, microsecond=0) - dt.timedelta(days=6)
    store.activities.create(
        new_activity(customer_id=heard, owner_id=user.id, channel="visit", topic=TOPIC,
                     outcome="positive", occurred_at=at, now=at)
    )  # fmt: skip
    dialog = plan.new_campaign()
    dialog.name_edit.setText("云专线提速季")
    dialog.topic_edit.setText(TOPIC)
    dialog.segment.set_current_id(segment_id)
    shots.settle(app, window)
    shots.grab(window, out / "campaign-new.png", dialog)
    dialog.save()
    shots.wait_until(app, lambda: plan.campaign() is not None and plan.campaign().topic == TOPIC)
    rounds = plan.add_round()
    rounds.save()
    shots.wait_until(app, lambda: plan.round() is not None)
    plan.build_targets()
    shots.wait_until(app, lambda: plan.targets.rowCount() > 0)
    rows = plan.targets.rows()
    left_out = next((i for i, r in enumerate(rows) if r.warning is not None), 0)
    plan.target_table.selectRow(left_out)
    plan.target_table.scrollTo(plan.targets.index(left_out, 0))
    shots.settle(app, window)
    shots.grab(window, out / "campaigns-plan.png")
    page.tabs.setCurrentWidget(page.response)
    shots.wait_until(app, lambda: not page.response.loader.loading)
    shots.settle(app, window)
    shots.grab(window, out / "campaigns-response.png")
    _close(window)


def account_manager(app: QApplication, sim: SimulatorProcess, out: Path) -> None:
    window = _window(app, sim, "zhangwei")
    page = window.show_page("campaigns")
    tasks = page.tasks
    shots.wait_until(app, lambda: not tasks.loader.loading and tasks.summary.text() != "")
    shots.settle(app, window)
    shots.grab(window, out / "campaigns-tasks.png")

    store, user = window.ctx.store, window.ctx.user
    customer = store.customers.choices(Book.of(user))[0][0]
    at = dt.datetime.now(dt.UTC).replace(second=0, microsecond=0) - dt.timedelta(days=5)
    store.activities.create(
        new_activity(customer_id=customer, owner_id=user.id, channel="phone", topic=TOPIC,
                     outcome="positive", occurred_at=at, now=at)
    )  # fmt: skip
    dialog = LogActivityDialog(window.ctx, customer_id=customer, parent=window)
    dialog.channel.set_code("visit")
    dialog.topic.setText(TOPIC)
    dialog.show()
    dialog.save()
    shots.wait_until(app, lambda: dialog.fatigue is not None and dialog.fatigue.box is not None)
    box = dialog.fatigue.box
    shots.settle(app, window)
    shots.grab(window, out / "fatigue-warning.png", box)
    box.reject()
    dialog.reject()
    _close(window)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=shots.ROOT / "docs" / "screenshots")
    parser.add_argument("--lang", default="zh_CN", choices=("zh_CN", "en"))
    args = parser.parse_args(argv)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    install_translators(app, args.lang)
    out = args.out.absolute()
    out.mkdir(parents=True, exist_ok=True)
    try:
        with SimulatorProcess(shots._TMP / "sim", profile="small") as sim:
            manager(app, sim, out)
            account_manager(app, sim, out)
    finally:
        shutil.rmtree(shots._TMP, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
