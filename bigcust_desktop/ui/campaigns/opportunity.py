"""已转商机: the opportunity dialog opened on a campaign task's customer, prefilled from the
campaign (title, product); Save closes the task, logs the contact and opens the opportunity in
one transaction (`store.campaigns.log_outcome`).

Depends on `ui.opportunities.dialog`, the app context and `store.campaigns`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from bigcust_desktop.domain.vocab_city import TaskOutcome
from bigcust_desktop.ui.context import AppContext
from bigcust_desktop.ui.opportunities.dialog import OpportunityDialog
from bigcust_desktop.ui.qt import QWidget

if TYPE_CHECKING:
    from bigcust_desktop.store.services.campaigns import TaskRow


class TaskOpportunityDialog(OpportunityDialog):
    """New opportunity from a campaign task (the task's outcome: opportunity opened)."""

    ENTITIES = frozenset({"opportunity", "campaign_task", "activity"})

    def __init__(
        self, ctx: AppContext, task: TaskRow, notes: str | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(ctx, task.customer_id, None, parent)
        self.setObjectName("taskOpportunityDialog")
        self.task, self._notes = task, notes
        self.setWindowTitle(self.tr("Opportunity from the campaign"))
        campaign = ctx.store.campaigns.get(task.campaign_id) or {}  # by primary key
        topic = campaign.get("topic") or ""
        self.title_edit.setText(
            f"{task.campaign_name}：{topic}"[:200] if topic else task.campaign_name
        )
        if campaign.get("product_category"):
            self.category_combo.set_code(campaign["product_category"])
        if notes:
            self.notes_edit.setPlainText(notes)
        self.amount_edit.setFocus()

    def prepare(self) -> Callable[[], str] | None:
        record, user = self.record(), self.ctx.user
        if record is None or user is None:
            return None
        store, task_id, notes = self.ctx.store, self.task.id, self._notes

        def work() -> str:
            done = store.campaigns.log_outcome(
                task_id, TaskOutcome.OPPORTUNITY_OPENED, user.id, notes=notes, opportunity=record
            )
            return str(done["opportunity_id"])

        return work
