"""活动策划 (the regional manager's tab): the team's campaigns, a campaign's rounds, and a round's
target list (the `TargetPanel` below them) with the suppressed customers and why, assigned to the
team's account managers. A follow-up round (those not reached, say) takes its targets from the
earlier round's outcomes in one step.

Depends on `ui.qt`, the page loader and table models, the campaign dialogs and target panel, and
`store.campaigns` / `store.staff` (called in the read lane).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from bigcust_desktop.ui.campaigns.target_panel import TargetPanel
from bigcust_desktop.ui.campaigns.targets import read_round_targets
from bigcust_desktop.ui.context import AppContext
from bigcust_desktop.ui.labels import date_text, label
from bigcust_desktop.ui.qt import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    Qt,
    QVBoxLayout,
    QWidget,
    Signal,
)
from bigcust_desktop.ui.widgets.book import book_of
from bigcust_desktop.ui.widgets.page_loader import PageLoader, record_table
from bigcust_desktop.ui.widgets.table_model import Column, RowsModel, number_column

if TYPE_CHECKING:
    from bigcust_desktop.store.services.campaigns import CampaignRow, RoundRow
    from bigcust_desktop.ui.campaigns.targets import RoundTargets

WATCHED = frozenset({"campaign", "campaign_round", "campaign_task", "segment"})


def dates(row: CampaignRow | RoundRow) -> str:
    return f"{date_text(row.starts_on)} – {date_text(row.ends_on)}"


class PlanTab(QWidget):
    """Campaigns · rounds · targets and their assignment."""

    loaded = Signal()  # the campaigns (and the chosen one's rounds) are drawn

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("campaignPlanTab")
        self.ctx = ctx
        self.dialog: QWidget | None = None
        self._rounds: dict[str, list[RoundRow]] = {}

        self.campaigns = RowsModel(
            [
                Column(self.tr("Campaign"), lambda c: c.name),
                Column(self.tr("Topic"), lambda c: c.topic),
                Column(self.tr("Segment"), lambda c: c.segment_name or ""),
                Column(self.tr("Status"), lambda c: label("campaign_status", c.status)),
                Column(self.tr("Dates"), dates, sort_key=lambda c: c.starts_on),
            ],
            self,
        )  # fmt: skip
        self.campaign_table = record_table(
            self, self.campaigns, "campaignTable", self.tr("Campaigns")
        )
        self.campaign_table.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.Stretch
        )
        self.rounds = RowsModel(
            [
                number_column(self.tr("No."), lambda r: r.position),
                Column(self.tr("Round"), lambda r: r.name),
                Column(self.tr("Channel"), lambda r: label("round_channel", r.channel)),
                Column(self.tr("Targets"), lambda r: label("round_target", r.target_rule)),
                Column(self.tr("Dates"), dates, sort_key=lambda r: r.starts_on),
                number_column(self.tr("Tasks"), lambda r: r.tasks),
            ],
            self,
        )  # fmt: skip
        self.campaign_table.sortByColumn(4, Qt.SortOrder.DescendingOrder)  # the newest first
        self.round_table = record_table(self, self.rounds, "roundTable", self.tr("Rounds"))
        self.round_table.setSortingEnabled(False)
        self.panel = TargetPanel(ctx, self)
        p = self.panel  # its parts, as the tab's own (tests and tools reach for them here)
        self.targets, self.target_table, self.target_summary = p.model, p.table, p.summary
        self.assign_button = p.assign_button
        self.targets_loaded, self.assigned = p.loaded, p.assigned

        self.new_button = QPushButton(self.tr("Ne&w campaign…"), self)
        self.new_button.setObjectName("newCampaignButton")
        self.new_button.clicked.connect(self.new_campaign)
        self.round_button = QPushButton(self.tr("Add &round…"), self)
        self.round_button.setObjectName("addRoundButton")
        self.round_button.clicked.connect(lambda: self.add_round())
        self.follow_button = QPushButton(self.tr("F&ollow up…"), self)
        self.follow_button.setObjectName("followUpButton")
        self.follow_button.setToolTip(
            self.tr("A next round for those the chosen round did not reach")
        )
        self.follow_button.clicked.connect(lambda: self.add_round(follow=True))
        self.build_button = QPushButton(self.tr("&Build the target list"), self)
        self.build_button.setObjectName("buildTargetsButton")
        self.build_button.clicked.connect(self.build_targets)
        self.summary = QLabel(self)
        self.summary.setObjectName("campaignPlanSummary")
        self.summary.setWordWrap(True)

        top = QWidget(self)
        top_box = QVBoxLayout(top)
        top_box.setContentsMargins(0, 0, 0, 0)
        bar = QHBoxLayout()
        bar.addWidget(self.summary, 1)
        bar.addWidget(self.new_button)
        top_box.addLayout(bar)
        top_box.addWidget(self.campaign_table, 1)
        round_bar = QHBoxLayout()
        round_bar.addStretch(1)
        for button in (self.round_button, self.follow_button, self.build_button):
            round_bar.addWidget(button)
        top_box.addWidget(self.round_table, 1)
        top_box.addLayout(round_bar)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(top)
        splitter.addWidget(self.panel)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)  # the target list is what is worked on
        box = QVBoxLayout(self)
        box.addWidget(splitter)

        self.campaign_table.selectionModel().currentRowChanged.connect(
            lambda *_: self._campaign_chosen()
        )
        self.round_table.selectionModel().currentRowChanged.connect(lambda *_: self._round_chosen())
        self.loader = PageLoader(self, ctx, WATCHED, self._query, self._loaded)
        self._enable()

    # -- loading ------------------------------------------------------------------------------

    def _query(self) -> Callable[[], tuple[list[CampaignRow], dict[str, list[RoundRow]], Any]]:
        store, user = self.ctx.store, self.ctx.user
        team = user.team_id if user is not None else None

        def work() -> tuple[list[CampaignRow], dict[str, list[RoundRow]], Any]:
            rows = store.campaigns.listed(team)
            rounds = {c.id: store.campaigns.rounds(c.id) for c in rows}
            # Tasks go to the team's account managers (the city CRM refuses anyone else).
            managers = {user_id for user_id, _ in store.staff.account_managers()}
            staff = [(u, n) for u, n in store.staff.choices(team) if u in managers]
            return rows, rounds, staff

        return work

    def _loaded(self, loaded: tuple[list[CampaignRow], dict[str, list[RoundRow]], Any]) -> None:
        rows, rounds, staff = loaded
        chosen = self.campaign()
        self.panel.set_staff(staff)
        self._rounds = rounds
        self.campaigns.set_rows(rows)
        header = self.campaign_table.horizontalHeader()
        self.campaigns.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
        rows = self.campaigns.rows()
        self.campaign_table.resizeColumnsToContents()
        if rows:
            ids = [c.id for c in rows]
            self.campaign_table.selectRow(
                ids.index(chosen.id) if chosen and chosen.id in ids else 0
            )
            self.summary.setText(self.tr("%n campaign(s) of your team.", "", len(rows)))
        else:
            self.summary.setText(
                self.tr("No campaigns yet. Start one with New campaign: it targets the customers "
                        "of a saved segment.")
            )  # fmt: skip
        self._campaign_chosen()
        self.loaded.emit()

    # -- choices ------------------------------------------------------------------------------

    def campaign(self) -> CampaignRow | None:
        index = self.campaign_table.currentIndex()
        return self.campaigns.row_at(index.row()) if index.isValid() else None

    def round(self) -> RoundRow | None:
        index = self.round_table.currentIndex()
        return self.rounds.row_at(index.row()) if index.isValid() else None

    def select_campaign(self, campaign_id: str) -> None:
        for row, c in enumerate(self.campaigns.rows()):
            if c.id == campaign_id:
                self.campaign_table.selectRow(row)

    def select_round(self, round_id: str) -> None:
        for row, r in enumerate(self.rounds.rows()):
            if r.id == round_id:
                self.round_table.selectRow(row)

    def _campaign_chosen(self) -> None:
        chosen = self.round()
        campaign = self.campaign()
        rows = self._rounds.get(campaign.id, []) if campaign else []
        self.rounds.set_rows(rows)
        self.round_table.resizeColumnsToContents()
        if rows:
            ids = [r.id for r in rows]
            self.round_table.selectRow(ids.index(chosen.id) if chosen and chosen.id in ids else 0)
        self._round_chosen()

    def _round_chosen(self) -> None:
        chosen = self.round()
        if chosen is None or chosen.id != self.panel.round_id:
            self.panel.clear(
                self.tr("Choose a round and build its target list.")
                if chosen is not None
                else self.tr("Add a round (SMS, phone, visit or e-mail) to the campaign first.")
            )
        self._enable()

    def _enable(self) -> None:
        campaign, chosen = self.campaign(), self.round()
        self.round_button.setEnabled(campaign is not None)
        self.follow_button.setEnabled(chosen is not None and chosen.tasks > 0)
        self.build_button.setEnabled(chosen is not None)
        self.panel.enable(chosen)

    # -- campaign and round forms -------------------------------------------------------------

    def new_campaign(self) -> QWidget:
        from bigcust_desktop.ui.campaigns.dialogs import CampaignDialog

        dialog = CampaignDialog(self.ctx, self)
        dialog.saved.connect(self._after_save(self.select_campaign))
        return self._open(dialog)

    def add_round(self, *, follow: bool = False) -> QWidget | None:
        from bigcust_desktop.ui.campaigns.dialogs import RoundDialog

        campaign = self.campaign()
        if campaign is None:
            return None
        record = self.ctx.store.campaigns.get(campaign.id)  # by primary key
        if record is None:
            return None
        earlier = self.round() if follow else None
        dialog = RoundDialog(self.ctx, record, self.rounds.rows(), self, follow=earlier)
        dialog.saved.connect(self._after_save(self.select_round))
        return self._open(dialog)

    def _after_save(self, select: Callable[[str], None]) -> Callable[[str], None]:
        def saved(record_id: str) -> None:
            # The change notice reloads the lists; choose the new record once they are drawn.
            def pick() -> None:
                self.loaded.disconnect(pick)
                select(record_id)

            self.loaded.connect(pick)

        return saved

    def _open(self, dialog: QWidget) -> QWidget:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.open()
        return dialog

    # -- targets and assignment ---------------------------------------------------------------

    def build_targets(self) -> None:
        """Read the chosen round's target list in the read lane (the segment with the fatigue
        rule, or the earlier round's outcomes for a follow-up)."""
        chosen = self.round()
        if chosen is None:
            return
        store, book, names = self.ctx.store, book_of(self.ctx.user), dict(self.panel.names)
        self.target_summary.setText(self.tr("Building the target list…"))
        self.build_button.setEnabled(False)

        def work() -> RoundTargets:
            return read_round_targets(store.campaigns, chosen, book, names)

        self.ctx.read(work, self._targets_read, self._failed, owner=self)

    def _targets_read(self, found: RoundTargets) -> None:
        chosen = self.round()
        self._enable()
        if chosen is not None and chosen.id == found.round_id:  # else another was chosen since
            self.panel.show_targets(found, chosen)

    def _failed(self, exc: BaseException) -> None:
        self._enable()
        self.panel.failed(exc)
