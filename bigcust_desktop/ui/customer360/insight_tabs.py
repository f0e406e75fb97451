"""The 360's analytic tabs (价值, 集团汇总, 交叉销售) added to the page, each following the
customer the page has loaded. Depends on `ui.qt` and the tabs' modules.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from bigcust_desktop.ui.context import AppContext
from bigcust_desktop.ui.customer360.gaps_tab import GapsTab
from bigcust_desktop.ui.customer360.insight_tab import InsightTab
from bigcust_desktop.ui.customer360.rollup_tab import RollUpTab
from bigcust_desktop.ui.customer360.value_tab import ValueTab
from bigcust_desktop.ui.qt import QCoreApplication, Qt

if TYPE_CHECKING:
    from bigcust_desktop.ui.customer360.page import Customer360Page


def add_insight_tabs(page: Customer360Page, ctx: AppContext) -> dict[str, InsightTab]:
    """Add the tabs after the page's own; they load when first shown for a customer."""
    tabs: dict[str, InsightTab] = {
        "value": ValueTab(ctx, page.tabs),
        "group": RollUpTab(ctx, page.tabs),
        "gaps": GapsTab(ctx, page.tabs),
    }
    # No Alt+letter of their own: the 360's tabs and actions and the window's menus use up the
    # letters these titles hold; Ctrl+Tab reaches them.
    titles = {
        "value": QCoreApplication.translate("Customer360Page", "Value"),
        "group": QCoreApplication.translate("Customer360Page", "Group totals"),
        "gaps": QCoreApplication.translate("Customer360Page", "Missing products"),
    }
    for name, tab in tabs.items():
        page.tabs.addTab(tab, titles[name])
    for tab in tabs.values():
        page.loaded.connect(tab.set_customer)
    return tabs


def open_rehearsal(page: Customer360Page) -> None:
    """资费预演 on the customer the page shows (its module loads with the first use)."""
    from bigcust_desktop.ui.analytics.rehearsal_dialog import RehearsalDialog

    if page.customer_id is None or page.data is None:
        return
    dialog = RehearsalDialog(page.ctx, page.customer_id, page)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    page.rehearsal_dialog = dialog
    dialog.open()
