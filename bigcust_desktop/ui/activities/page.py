"""The activities page (接触记录): every contact with the book's customers, newest first, with
filters, and the log-a-contact dialog (Ctrl+N).

The ids of the list are read in the background by the page loader; rows load a page at a time as
they are drawn. Depends on `ui.qt`, the app context, `ui.widgets` and `store.activities`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

from bigcust_desktop.domain.permissions import sees_staff_of_team
from bigcust_desktop.store.queries.activities import (
    ActivityFilter,
    ActivityRow,
)
from bigcust_desktop.ui.activities.log_dialog import LogActivityDialog
from bigcust_desktop.ui.context import AppContext
from bigcust_desktop.ui.customer360.overview import table
from bigcust_desktop.ui.labels import label, local_time_text
from bigcust_desktop.ui.qt import (
    QAction,
    QComboBox,
    QHBoxLayout,
    QKeySequence,
    QLabel,
    QLineEdit,
    QPushButton,
    Qt,
    QTimer,
    QVBoxLayout,
    QWidget,
    Signal,
)
from bigcust_desktop.ui.widgets.book import book_of
from bigcust_desktop.ui.widgets.inputs import CodeComboBox, RecordComboBox
from bigcust_desktop.ui.widgets.page_loader import PageLoader
from bigcust_desktop.ui.widgets.table_model import Column, LazyRowsModel

SHOWN_ENTITIES = frozenset({"activity", "customer", "contact", "opportunity", "user"})
_PERIODS = (7, 30, 90, 365, 0)  # days back; 0 = all
_NOTES_COLUMN = 7
_WIDEST = 240  # pixels: the most a column other than the notes takes at first


def _one_line(text: str | None) -> str:
    """Notes in a table cell: one line (the tooltip shows them whole)."""
    return " ".join((text or "").split())


class ActivitiesPage(QWidget):
    """接触记录: filter by text, channel, outcome, period and (for a regional manager) owner."""

    PAGE_NAME = "activities"
    loaded = Signal(int)  # number of activities listed (tests wait for it)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("activitiesPage")
        self.ctx = ctx
        self._customer_id: str | None = None

        self.search = QLineEdit(self)
        self.search.setObjectName("activitySearch")
        self.search.setPlaceholderText(self.tr("Search topic, notes or customer"))
        self.search.setAccessibleName(self.tr("Search contacts"))
        self.search.setClearButtonEnabled(True)
        self.channel = CodeComboBox(
            "channel", "channelFilter", self, empty_text=self.tr("Any channel")
        )
        self.channel.setObjectName("channelFilter")
        self.outcome = CodeComboBox(
            "outcome", "outcomeFilter", self, empty_text=self.tr("Any outcome")
        )
        self.outcome.setObjectName("outcomeFilter")
        self.period = QComboBox(self)
        self.period.setObjectName("periodFilter")
        for days in _PERIODS:
            text = (
                self.tr("All time")
                if days == 0
                else self.tr("Last %1 days").replace("%1", str(days))
            )
            self.period.addItem(text, days)
        self.period.setCurrentIndex(_PERIODS.index(90))
        self.owner = RecordComboBox("ownerFilter", self, none_text=self.tr("Anyone"))
        self.owner.setObjectName("ownerFilter")
        self.customer_chip = QPushButton(self)
        self.customer_chip.setObjectName("customerFilterChip")
        self.customer_chip.setToolTip(self.tr("Show the contacts of every customer"))
        self.customer_chip.clicked.connect(lambda: self.set_customer(None))
        self.customer_chip.hide()
        self.new_button = QPushButton(self.tr("&Log a contact…"), self)
        self.new_button.setObjectName("logContactButton")
        self.new_button.setToolTip(self.tr("Log a contact (Ctrl+N)"))
        self.new_button.clicked.connect(self.log_contact)
        # Ctrl+N of this page only (other pages have their own "new"), wherever focus is in it.
        self.new_action = QAction(self.tr("Log a contact"), self)
        self.new_action.setShortcut(QKeySequence(QKeySequence.StandardKey.New))
        self.new_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.new_action.triggered.connect(self.log_contact)
        self.addAction(self.new_action)

        bar = QHBoxLayout()
        bar.addWidget(self.search, 2)
        for widget in (self.channel, self.outcome, self.period, self.owner, self.customer_chip):
            bar.addWidget(widget)
        bar.addStretch(1)
        bar.addWidget(self.new_button)

        self.model = LazyRowsModel(self._columns(), self._load_rows, self)
        # The notes take the spare width; the columns before them are sized to their contents.
        self.table = table(
            self, "activityTable", self.tr("Contacts"), self.model, stretch=_NOTES_COLUMN
        )
        self._sized = False
        self.table.activated.connect(self._open_customer)
        self.count = QLabel(self)
        self.count.setObjectName("activityCount")
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(200)
        self._debounce.timeout.connect(self.refresh)
        self.search.textChanged.connect(lambda _t: self._debounce.start())
        for combo in (self.channel, self.outcome, self.period, self.owner):
            combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.loader = PageLoader(self, ctx, SHOWN_ENTITIES, self._query, self._show)
        self._wanted_owner: str | None = None  # asked for before the staff list arrived
        self._setup_owner_filter()

    def _columns(self) -> list[Column]:
        return [
            Column(self.tr("When"), lambda r: local_time_text(r.occurred_at)),
            Column(
                self.tr("Customer"),
                lambda r: r.customer_name or r.customer_id,
                tooltip=lambda r: r.customer_name or "",
            ),
            Column(self.tr("Channel"), lambda r: label("channel", r.channel)),
            Column(self.tr("Topic"), lambda r: r.topic, tooltip=lambda r: r.notes or ""),
            Column(self.tr("Outcome"), lambda r: label("outcome", r.outcome)),
            Column(self.tr("Contact person"), lambda r: r.contact_name or ""),
            Column(self.tr("Opportunity"), lambda r: r.opportunity_title or ""),
            Column(self.tr("Notes"), lambda r: _one_line(r.notes), tooltip=lambda r: r.notes or ""),
            Column(self.tr("By"), lambda r: r.owner_name or r.owner_id),
            Column(
                self.tr("Sync"),
                lambda r: "" if r.sync_state == "synced" else label("sync_state", r.sync_state),
            ),
        ]

    def _setup_owner_filter(self) -> None:
        """A regional manager filters by owner: his team's staff, read in the background."""
        user = self.ctx.user
        if user is None or not sees_staff_of_team(user):
            self.owner.hide()
            return
        store, team = self.ctx.store, user.team_id

        def query() -> Callable[[], list[tuple[str, str]]]:
            def work() -> list[tuple[str, str]]:
                return store.staff.choices(team)

            return work

        self.owner_loader = PageLoader(self, self.ctx, frozenset({"user"}), query, self._owners)

    def _owners(self, staff: list[tuple[str, str]]) -> None:
        self.owner.set_items(staff)
        wanted, self._wanted_owner = self._wanted_owner, None
        if wanted is not None:
            self.owner.set_current_id(wanted)  # refreshes the list through its signal

    # -- filters --------------------------------------------------------------------------

    def apply_filter(self, filter: dict) -> None:
        """Keys: customer_id, channel, outcome, owner_id, days (0 = all), text."""
        filter = filter or {}
        widgets = (self.channel, self.outcome, self.period, self.owner, self.search)
        for widget in widgets:
            widget.blockSignals(True)
        self.channel.set_code(filter.get("channel"))
        if "channel" not in filter:
            self.channel.setCurrentIndex(0)
        self.outcome.set_code(filter.get("outcome"))
        if "outcome" not in filter:
            self.outcome.setCurrentIndex(0)
        days = int(filter.get("days", 90))
        self.period.setCurrentIndex(_PERIODS.index(days) if days in _PERIODS else 0)
        self.owner.set_current_id(filter.get("owner_id"))
        if filter.get("owner_id") and self.owner.current_id() != filter["owner_id"]:
            self._wanted_owner = filter["owner_id"]  # the staff list is still on its way
        self.search.setText(str(filter.get("text", "")))
        for widget in widgets:
            widget.blockSignals(False)
        self.set_customer(filter.get("customer_id"))

    def set_customer(self, customer_id: str | None, name: str | None = None) -> None:
        self._customer_id = customer_id
        self.customer_chip.setVisible(customer_id is not None)
        if customer_id is not None:
            self.customer_chip.setText(self.tr("Customer: %1 ✕").replace("%1", name or customer_id))
        self.refresh()

    def current_filter(self) -> ActivityFilter:
        days = int(self.period.currentData() or 0)
        since = dt.datetime.now(dt.UTC) - dt.timedelta(days=days) if days else None
        return ActivityFilter(
            customer_id=self._customer_id,
            channel=self.channel.code(),
            outcome=self.outcome.code(),
            owner_id=self.owner.current_id(),
            since=since,
            text=self.search.text(),
        )

    # -- loading --------------------------------------------------------------------------

    def refresh(self) -> None:
        self._debounce.stop()
        self.loader.refresh()

    def _query(self) -> Callable[[], tuple[list[str], dict[str, ActivityRow]]]:
        store, book, wanted = self.ctx.store, book_of(self.ctx.user), self.current_filter()
        page = self.model.page_size

        def work() -> tuple[list[str], dict[str, ActivityRow]]:
            # The first page's rows too: the first draw reads nothing on the GUI thread.
            return store.activities.listed(book, wanted, page)

        return work

    def _show(self, loaded: tuple[list[str], dict[str, ActivityRow]]) -> None:
        ids, rows = loaded
        self.model.set_ids(ids, rows)
        if ids and not self._sized:
            self._sized = True  # once: widths then stay where the user drags them
            self._size_columns()
        self.count.setText(self.tr("%1 contacts").replace("%1", str(len(ids))))
        self.loaded.emit(len(ids))

    def _size_columns(self) -> None:
        """Contents decide the widths, but every header stays readable and a long customer
        name does not squeeze the notes out (the tooltip and the 360 view show it whole)."""
        self.table.resizeColumnsToContents()
        header = self.table.horizontalHeader()
        for column in range(self.model.columnCount()):
            if column != _NOTES_COLUMN:
                wanted = max(header.sectionSize(column), header.sectionSizeHint(column))
                header.resizeSection(column, min(wanted, _WIDEST))

    def _load_rows(self, ids: Sequence[str]) -> dict[str, ActivityRow]:
        return self.ctx.store.activities.rows(ids)  # one page of rows by primary key

    # -- actions --------------------------------------------------------------------------

    def _open_customer(self, index: Any) -> None:
        row = self.model.row_at(index.row())
        if row is not None:
            self.ctx.open_customer.emit(row.customer_id)

    def log_contact(self) -> None:
        self.log_dialog = LogActivityDialog(self.ctx, customer_id=self._customer_id, parent=self)
        self.log_dialog.open()
