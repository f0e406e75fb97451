"""The lower half of 活动策划: a round's target list (who may be contacted, who is left out by the
contact-fatigue rule and why), whom each is assigned to (the customer's own account manager: the
one whose book holds it and who may contact it), and the assignment of the round in one write.

Depends on `ui.qt`, the table models, the target list's rows and columns, `ui.errors` and
`store.campaigns` (called in the write lane).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from bigcust_desktop.ui.campaigns.targets import TargetRow, target_columns, target_rows
from bigcust_desktop.ui.context import AppContext
from bigcust_desktop.ui.errors import show_failure
from bigcust_desktop.ui.qt import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
    Signal,
)
from bigcust_desktop.ui.widgets.page_loader import record_table
from bigcust_desktop.ui.widgets.table_model import RowsModel

if TYPE_CHECKING:
    from bigcust_desktop.store.services.campaigns import RoundRow
    from bigcust_desktop.ui.campaigns.targets import RoundTargets


class TargetPanel(QWidget):
    loaded = Signal()  # a round's target list is drawn
    assigned = Signal(int)  # tasks made

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("targetPanel")
        self.ctx = ctx
        self.names: dict[str, str] = {}
        self.round_id: str | None = None  # the round whose targets are shown
        self._campaign_id: str | None = None
        self.model = RowsModel(target_columns(self.names), self)
        self.table = record_table(self, self.model, "targetTable", self.tr("Target customers"))
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.assign_button = QPushButton(self.tr("Assign to the t&eam"), self)
        self.assign_button.setObjectName("assignButton")
        self.assign_button.clicked.connect(self.assign)
        self.summary = QLabel(self)
        self.summary.setObjectName("targetSummary")
        self.summary.setWordWrap(True)
        bar = QHBoxLayout()
        bar.addStretch(1)
        bar.addWidget(self.assign_button)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.summary)
        box.addWidget(self.table, 1)
        box.addLayout(bar)
        self.enable(None)

    def set_staff(self, staff: Sequence[tuple[str, str]]) -> None:
        """The team's account managers' names, for the assignee column."""
        self.names.update(dict(staff))

    def clear(self, text: str) -> None:
        self.round_id = None
        self.model.set_rows([])
        self.summary.setText(text)

    def enable(self, chosen: RoundRow | None) -> None:
        shown = chosen is not None and self.round_id == chosen.id and self.model.rowCount() > 0
        self.assign_button.setEnabled(shown and chosen is not None and chosen.tasks == 0)

    def show_targets(self, found: RoundTargets, chosen: RoundRow) -> None:
        """Draw the round's targets (the suppressed with their reason) and say how many."""
        rows = target_rows(found)
        self.round_id, self._campaign_id = found.round_id, chosen.campaign_id
        self.model.set_rows(rows)
        header = self.table.horizontalHeader()
        self.model.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
        self.table.resizeColumnsToContents()
        text = self.tr("%1 customers to contact, %2 left out by the contact-fatigue rule (why: "
                       "the last column).")  # fmt: skip
        text = text.replace("%1", str(len(found.targets.targets)))
        text = text.replace("%2", str(len(found.targets.suppressed)))
        if chosen.tasks:
            text += " " + self.tr("This round is assigned already (%1 tasks).").replace(
                "%1", str(chosen.tasks)
            )
        elif not rows:
            text = self.tr("No customer to target: the segment selects nobody in your team's book, "
                           "or the earlier round left nobody to follow up.")  # fmt: skip
        self.summary.setText(text)
        self.enable(chosen)
        self.loaded.emit()

    def assign(self) -> None:
        """One task per target (suppressed ones as suppressed tasks with their reason), in one
        write; they reach the managers with the next sync."""
        from bigcust_desktop.store.services.campaigns import Target, TargetList

        round_id, campaign_id = self.round_id, self._campaign_id
        if round_id is None or campaign_id is None:
            return
        rows: list[TargetRow] = self.model.rows()
        reachable = tuple(
            Target(r.customer_id, r.name, r.manager_id) for r in rows if not r.warning
        )
        suppressed = tuple(
            (Target(r.customer_id, r.name, r.manager_id), r.warning) for r in rows if r.warning
        )
        targets = TargetList(campaign_id, reachable, suppressed)
        store = self.ctx.store
        self.assign_button.setEnabled(False)

        def work() -> int:
            return len(store.campaigns.assign(round_id, targets))

        def done(made: int) -> None:
            self.summary.setText(
                self.tr("%n task(s) assigned; they reach the managers with the next sync.", "",
                        made)
            )  # fmt: skip
            self.assigned.emit(made)

        self.ctx.write(work, ("campaign_task",), done, self.failed)

    def failed(self, exc: BaseException) -> None:
        self.summary.clear()
        self.assign_button.setEnabled(self.round_id is not None)
        show_failure(self, exc, doing="planning a campaign")
