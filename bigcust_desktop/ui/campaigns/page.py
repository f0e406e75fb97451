"""The 营销活动 page of the navigation: every manager's campaign tasks; for a regional manager
also the campaigns she plans (rounds, target lists, assignment) and their response by round and
channel. Each tab loads when first shown.

Depends on `ui.qt`, the app context, `domain.permissions` and the tabs' modules.
"""

from __future__ import annotations

from bigcust_desktop.domain.permissions import may_run_campaigns
from bigcust_desktop.ui.campaigns.tasks_tab import TasksTab
from bigcust_desktop.ui.context import AppContext
from bigcust_desktop.ui.qt import QTabWidget, QVBoxLayout, QWidget


class CampaignsPage(QWidget):
    """我的营销任务 · 活动策划 · 接受程度."""

    PAGE_NAME = "campaigns"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("campaignsPage")
        self.ctx = ctx
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("campaignTabs")
        self.tasks = TasksTab(ctx, self.tabs)
        self.plan = None
        self.response = None
        if may_run_campaigns(ctx.user):
            from bigcust_desktop.ui.campaigns.plan_tab import PlanTab
            from bigcust_desktop.ui.campaigns.response_tab import ResponseTab

            self.plan = PlanTab(ctx, self.tabs)
            self.response = ResponseTab(ctx, self.tabs)
            self.tabs.addTab(self.plan, self.tr("&Campaigns"))
            self.tabs.addTab(self.tasks, self.tr("&My tasks"))
            self.tabs.addTab(self.response, self.tr("Res&ponse"))
        else:
            self.tabs.addTab(self.tasks, self.tr("&My tasks"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)

    def apply_filter(self, filter: dict) -> None:
        """``{"tab": "tasks" | "plan" | "response"}`` (navigation from elsewhere)."""
        tab = getattr(self, str(filter.get("tab", "")), None)
        if isinstance(tab, QWidget):
            self.tabs.setCurrentWidget(tab)
