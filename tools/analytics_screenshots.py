"""Screenshots of the analytic screens signed in as an account manager or a regional manager:
流失预警, 被低估客户, 资料准确度, 客户分群, the 360's 价值 / 集团汇总 / 交叉销售 tabs, 资费预演.

    python tools/analytics_screenshots.py [--user zhangwei|wangfang] [--out DIR] [--lang zh_CN]

Same set-up as tools/screenshots.py (whose helpers it uses): the simulator's `small` profile on a
free loopback port, a temporary profile and file keyring, a real sign-in and sync. Run it under
Xvfb with QT_QPA_PLATFORM=xcb to see the windows as a desktop draws them.
"""

from __future__ import annotations

import argparse
import shutil
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import screenshots as shots

from bigcust_desktop.store.profile import Profile
from bigcust_desktop.store.secrets import ProfileSecrets
from bigcust_desktop.sync.account import sign_in
from bigcust_desktop.sync.config import Endpoints
from bigcust_desktop.sync.engine import SyncSession, run_sync
from bigcust_desktop.ui.main_window import MainWindow
from bigcust_desktop.ui.qt import QApplication, QWidget
from bigcust_desktop.ui.translations import install_translators
from bigcust_sim.launcher import SimulatorProcess

PASSWORD = "demo1234"


def take(out: Path, sim: SimulatorProcess, username: str, lang: str) -> None:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    install_translators(app, lang)
    out.mkdir(parents=True, exist_ok=True)
    profile = Profile.resolve(shots._TMP / f"profile-{username}")
    store = shots._open(profile)
    endpoints = Endpoints.single_server(sim.base_url)
    user, store = sign_in(
        profile, store, endpoints, username, PASSWORD, reopen=lambda: shots._open(profile)
    )
    with SyncSession(endpoints, ProfileSecrets(profile)) as session:
        run_sync(profile, store, session)
    store.analytics.refresh(user)  # as the window's sync lane does after a sync
    window = MainWindow(profile, store, user)
    window.resize(*shots.SIZE)
    window.show()
    shots.settle(app, window)
    page = window.insights
    window.show_page("atrisk")
    shots.wait_until(app, lambda: page.worklist.worklist is not None)
    entries = page.worklist.worklist.entries
    group = shots.pick_group_customer(store, user.id) if username == "zhangwei" else None

    def shot(name: str, dialog: QWidget | None = None) -> None:
        shots.settle(app, window)
        shots.grab(window, out / f"{username}-{name}.png", dialog)
        if dialog is not None:
            dialog.close()
            dialog.deleteLater()

    page.worklist.table.selectRow(0)
    shot("worklist")
    page.worklist.log_contact()
    shot("worklist-log", page.worklist.dialog)
    for tab, name in ((page.under_valued, "under-valued"), (page.quality, "quality")):
        page.tabs.setCurrentWidget(tab)
        shots.wait_until(app, lambda t=tab: t.model.rowCount() > 0 or "没有" in t.summary.text())
        shot(name)
    segments = page.segments
    page.tabs.setCurrentWidget(segments)
    shots.wait_until(app, lambda: segments.members_model.rowCount() > 0)
    segments.editor.lists["industries"].set_chosen(("finance", "government", "education"))
    segments.name.setText("政府、金融与教育")
    shots.wait_until(app, lambda: not segments.preview_loader.loading)
    shot("segments")
    page.rehearse()
    dialog = page.dialog
    shots.wait_until(app, lambda: dialog.form is not None, 60)
    dialog.form.discount.setValue(10)
    dialog.run()
    shots.wait_until(app, lambda: dialog.run_result is not None, 120)
    shot("rehearsal-book", dialog)

    c360 = window.customer360
    customer = entries[0].customer.id if entries else (group or "")
    for name, key, who in (("value", "value", customer), ("gaps", "gaps", customer),
                           ("group", "group", group or customer)):  # fmt: skip
        window.ctx.open_customer.emit(who)
        shots.wait_until(app, lambda w=who: c360.customer_id == w and c360.data is not None)
        tab = c360.insight_tabs[key]
        c360.tabs.setCurrentWidget(tab)
        shots.wait_until(app, lambda t=tab, w=who: t.customer_id == w and not t.loader.loading)
        shot(f"360-{name}")
    window.ctx.open_customer.emit(customer)
    shots.wait_until(app, lambda: c360.customer_id == customer and c360.data is not None)
    c360.rehearse_button.click()
    dialog = c360.rehearsal_dialog
    shots.wait_until(app, lambda: dialog.form is not None, 60)
    form = dialog.form
    for i in range(form.to_plan.count()):
        pid = form.to_plan.itemData(i)
        source = form.products.get(form.from_plan.currentData())
        if pid and source and form.products[pid].monthly_fee > source.monthly_fee:  # an upsell
            form.to_plan.setCurrentIndex(i)
            break
    dialog.run()
    shots.wait_until(app, lambda: dialog.run_result is not None, 60)
    shot("rehearsal-customer", dialog)
    window.close()
    window.tasks.wait()
    store.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--user", default="zhangwei", choices=("zhangwei", "wangfang"))
    parser.add_argument("--out", type=Path, default=shots.ROOT / "docs" / "screenshots")
    parser.add_argument("--lang", default="zh_CN", choices=("zh_CN", "en"))
    args = parser.parse_args(argv)
    try:
        with SimulatorProcess(shots._TMP / "sim", profile="small") as sim:
            take(args.out.absolute(), sim, args.user, args.lang)
    finally:
        shutil.rmtree(shots._TMP, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
