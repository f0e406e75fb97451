"""The opportunity page's filter bar: search, stage, open only, owner (regional managers), the
customer chip, and the close-month a dashboard click asks for.

Depends on `ui.qt`, `ui.widgets`, the store's services and the opportunity queries' filter
type.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from bigcust_desktop.domain.permissions import sees_staff_of_team
from bigcust_desktop.store.queries.opportunities import OpportunityFilter
from bigcust_desktop.ui.context import AppContext
from bigcust_desktop.ui.qt import (
    QCheckBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QTimer,
    QWidget,
    Signal,
)
from bigcust_desktop.ui.widgets.book import book_of
from bigcust_desktop.ui.widgets.inputs import CodeComboBox, RecordComboBox


class OpportunityFilters(QWidget):
    """Emits `changed` when the user changes a filter (typing pauses before it)."""

    changed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("opportunityFilters")
        self.ctx = ctx
        self.customer_id: str | None = None
        self.close_range: tuple[dt.date | None, dt.date | None] = (None, None)

        self.search = QLineEdit(self)
        self.search.setObjectName("opportunitySearch")
        self.search.setAccessibleName(self.tr("Search opportunities"))
        self.search.setPlaceholderText(self.tr("Title or customer"))
        self.search.setClearButtonEnabled(True)
        self.stage_filter = CodeComboBox(
            "stage", "stageFilter", self, empty_text=self.tr("All stages")
        )
        self.stage_filter.setAccessibleName(self.tr("Stage filter"))
        self.open_only = QCheckBox(self.tr("&Open only"), self)
        self.open_only.setObjectName("openOnly")
        self.open_only.setChecked(True)  # the pipeline still to work on
        self.owner_filter = RecordComboBox("ownerFilter", self, none_text=self.tr("Everyone"))
        self.owner_filter.setAccessibleName(self.tr("Owner filter"))
        self._is_manager = sees_staff_of_team(ctx.user)
        self.owner_filter.setVisible(self._is_manager)
        self._wanted_owner: str | None = None  # asked for before the staff list arrived
        self._owners_asked = False  # the staff list is read once (`load_choices`)
        self.customer_chip = QPushButton(self)
        self.customer_chip.setObjectName("customerFilter")
        self.customer_chip.setToolTip(self.tr("Show every customer again"))
        self.customer_chip.hide()

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search, 2)
        for widget in (self.stage_filter, self.open_only, self.owner_filter, self.customer_chip):
            layout.addWidget(widget)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(200)
        self._debounce.timeout.connect(self.changed)
        self.search.textChanged.connect(lambda _: self._debounce.start())
        for combo in (self.stage_filter, self.owner_filter):
            combo.currentIndexChanged.connect(lambda _: self.changed.emit())
        self.open_only.toggled.connect(lambda _: self.changed.emit())
        self.customer_chip.clicked.connect(lambda: self.set_customer(None))

    def load_choices(self) -> None:
        """Read the owner filter's staff list (regional managers), once: the page calls it
        when its first rows are drawn, so that a switch to the page reads its rows alone and a
        page built ahead of its first show reads nothing before it."""
        user = self.ctx.user
        if self._owners_asked or user is None or not self._is_manager:
            return
        self._owners_asked = True
        store, team = self.ctx.store, user.team_id

        def staff() -> list[tuple[str, str]]:
            return store.staff.choices(team)  # the team's staff: a handful of rows

        self.ctx.read(staff, self._owners, lambda _exc: None, owner=self)  # else "Everyone" only

    def _owners(self, staff: list[tuple[str, str]]) -> None:
        self.owner_filter.set_items(staff)
        wanted, self._wanted_owner = self._wanted_owner, None
        if wanted is not None:
            self.owner_filter.set_current_id(wanted)  # the change reloads the page

    def current(self) -> OpportunityFilter:
        stage = self.stage_filter.code()
        return OpportunityFilter(
            book=book_of(self.ctx.user),
            customer_id=self.customer_id,
            owner_id=self.owner_filter.current_id() if self.owner_filter.isVisible() else None,
            stages=(stage,) if stage else (),
            open_only=self.open_only.isChecked(),
            text=self.search.text(),
            close_after=self.close_range[0],
            close_before=self.close_range[1],
        )

    def apply(self, wanted: dict[str, Any]) -> None:
        """Set every filter from a dashboard click (see `OpportunitiesPage.apply_filter`),
        without emitting `changed`: the page refreshes once afterwards."""
        widgets = (self.stage_filter, self.open_only, self.owner_filter, self.search)
        for widget in widgets:
            widget.blockSignals(True)
        self.stage_filter.setCurrentIndex(0)
        if wanted.get("stage"):
            self.stage_filter.set_code(wanted["stage"])
        self.open_only.setChecked(bool(wanted.get("open", False)))
        self.owner_filter.set_current_id(wanted.get("owner_id"))
        if wanted.get("owner_id") and self.owner_filter.current_id() != wanted["owner_id"]:
            self._wanted_owner = wanted["owner_id"]  # the staff list is on its way
        self.search.setText(str(wanted.get("text") or ""))
        for widget in widgets:
            widget.blockSignals(False)
        month = wanted.get("close_month")
        self.close_range = month_range(month) if month else (None, None)
        self.set_customer(wanted.get("customer_id"), notify=False)

    def set_customer(self, customer_id: str | None, *, notify: bool = True) -> None:
        """Only this customer's opportunities (the chip clears it again)."""
        self.customer_id = customer_id or None
        self.customer_chip.setVisible(self.customer_id is not None)
        if self.customer_id:
            self.customer_chip.setText(self.tr("Customer: %1  ✕").replace("%1", "…"))
            wanted, store = self.customer_id, self.ctx.store

            def work() -> str:
                return store.customers.name(wanted)  # one name by primary key

            def named(name: str) -> None:
                if self.customer_id == wanted:
                    self.customer_chip.setText(self.tr("Customer: %1  ✕").replace("%1", name))

            self.ctx.read(work, named, lambda _exc: None, owner=self)
        if notify:
            self.changed.emit()

    def set_stage_filters_enabled(self, enabled: bool) -> None:
        """The board always shows every stage: its stage and open-only filters do not apply."""
        self.stage_filter.setEnabled(enabled)
        self.open_only.setEnabled(enabled)


def month_range(month: str) -> tuple[dt.date, dt.date]:
    """First and last day of a ``YYYY-MM`` month."""
    first = dt.date.fromisoformat(f"{month}-01")
    following = (first.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
    return first, following - dt.timedelta(days=1)
