"""The tabs of the 360 view after the overview: lines and services (lazy tree), the group, the
customer's open business, and the contacts and change requests.

Each tab lays out and fills itself from the loaded `Customer360`; it asks for other records by
signal. Depends on `ui.qt`, the 360 panels and models.
"""

from __future__ import annotations

import datetime as dt

from bigcust_desktop.store.queries.customer360 import Customer360
from bigcust_desktop.ui.customer360 import business
from bigcust_desktop.ui.customer360.lines_model import LinesModel, ServiceLoader, SubscriberLoader
from bigcust_desktop.ui.customer360.overview import caption, table
from bigcust_desktop.ui.customer360.ownership import owner_text
from bigcust_desktop.ui.qt import (
    QGroupBox,
    QHeaderView,
    QModelIndex,
    QStandardItem,
    QStandardItemModel,
    Qt,
    QTableView,
    QTreeView,
    QVBoxLayout,
    QWidget,
    Signal,
)
from bigcust_desktop.ui.widgets.table_model import RowsModel

ID_ROLE = Qt.ItemDataRole.UserRole


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def _section(
    parent: QWidget, title: str, name: str, model: RowsModel, stretch: int = 0
) -> tuple[QGroupBox, QTableView]:
    box = QGroupBox(title, parent)
    box.setObjectName(f"{name}Box")
    inner = QVBoxLayout(box)
    view = table(box, name, title, model, stretch=stretch)
    inner.addWidget(view)
    return box, view


class LinesTab(QWidget):
    """客户 → 账户 → 用户 → 服务, branches read when expanded."""

    def __init__(
        self,
        load_subscribers: SubscriberLoader,
        load_services: ServiceLoader,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.model = LinesModel(load_subscribers, load_services, self)
        self.tree = QTreeView(self)
        self.tree.setObjectName("linesTree")
        self.tree.setAccessibleName(self.tr("Accounts, lines and services"))
        self.tree.setModel(self.model)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        self.tree.header().resizeSection(0, 320)
        self.tree.header().resizeSection(1, 220)
        self.tree.header().resizeSection(3, 160)
        self.caption = caption("", self, "linesCaption")
        box = QVBoxLayout(self)
        box.addWidget(self.tree, 1)
        box.addWidget(self.caption)

    def show_data(self, data: Customer360) -> None:
        record = data.profile.record
        self.model.set_customer(record["id"], record["name"], data.accounts)
        self.tree.expand(self.model.index(0, 0))
        self.caption.setText(
            self.tr("%1 lines on %2 accounts. Expand an account to list its lines. ")
            .replace("%1", str(data.lines))
            .replace("%2", str(len(data.accounts)))
            + owner_text("subscriber")
        )


class GroupTab(QWidget):
    """The group (集团) and its branches; Enter opens a branch."""

    open_customer_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = QStandardItemModel(self)
        self.model.setHorizontalHeaderLabels([self.tr("Group and branches")])
        self.tree = QTreeView(self)
        self.tree.setObjectName("groupTree")
        self.tree.setAccessibleName(self.tr("Group hierarchy"))
        self.tree.setModel(self.model)
        self.tree.setEditTriggers(QTreeView.EditTrigger.NoEditTriggers)
        self.tree.activated.connect(self._open)
        self._current: str | None = None
        box = QVBoxLayout(self)
        box.addWidget(self.tree, 1)
        box.addWidget(
            caption(
                self.tr("Enter or double-click opens a branch. ") + owner_text("customer"),
                self,
                "groupCaption",
            )
        )

    def show_data(self, data: Customer360) -> None:
        self.model.removeRows(0, self.model.rowCount())
        items: dict[str, QStandardItem] = {}
        self._current = data.profile.record["id"]
        for node in data.group:
            text = (
                node.name
                if node.in_cache
                else self.tr("%1 (not in your cache)").replace("%1", node.id)
            )
            item = QStandardItem(text)
            item.setData(node.id if node.in_cache else None, ID_ROLE)
            item.setEditable(False)
            if node.id == self._current:
                font = item.font()
                font.setBold(True)
                item.setFont(font)
            parent = items.get(node.parent_id or "")
            if parent is not None:
                parent.appendRow(item)
            else:
                self.model.appendRow(item)
            items[node.id] = item
        if not data.group:
            item = QStandardItem(self.tr("This customer is not part of a group."))
            item.setEditable(False)
            self.model.appendRow(item)
        self.tree.expandAll()

    def _open(self, index: QModelIndex) -> None:
        customer_id = index.data(ID_ROLE)
        if customer_id and customer_id != self._current:
            self.open_customer_requested.emit(customer_id)


class BusinessTab(QWidget):
    """Open opportunities, quotes in play and open fault tickets; Enter asks to open one."""

    open_opportunity_requested = Signal(str)
    open_quote_requested = Signal(str)
    open_ticket_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.opportunities = RowsModel(business.opportunity_columns(), self)
        self.quotes = RowsModel(business.quote_columns(), self)
        self.tickets = RowsModel(business.ticket_columns(_now), self)
        box = QVBoxLayout(self)
        self.views: list[QTableView] = []
        for title, name, model, signal in (
            (self.tr("Open opportunities"), "opportunitiesTable", self.opportunities,
             self.open_opportunity_requested),
            (self.tr("Quotes in play"), "quotesTable", self.quotes, self.open_quote_requested),
            (self.tr("Open fault tickets"), "ticketsTable", self.tickets,
             self.open_ticket_requested),
        ):  # fmt: skip
            group, view = _section(self, title, name, model)
            view.activated.connect(
                lambda index, m=model, s=signal: s.emit(m.row_at(index.row())["id"])
            )
            self.views.append(view)
            box.addWidget(group, 1)

    def show_data(self, data: Customer360) -> None:
        self.opportunities.set_rows(data.opportunities)
        self.quotes.set_rows(data.quotes)
        self.tickets.set_rows(data.tickets)
        for view in self.views:
            view.resizeColumnsToContents()


class HistoryTab(QWidget):
    """Recent contacts with the customer and the change requests proposed for him."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.activities = RowsModel(business.activity_columns(), self)
        self.requests = RowsModel(business.change_request_columns(), self)
        box = QVBoxLayout(self)
        group, self.activities_view = _section(
            self, self.tr("Recent contacts"), "activitiesTable", self.activities, 6
        )
        box.addWidget(group, 3)
        group, self.requests_view = _section(
            self, self.tr("Change requests"), "changeRequestsTable", self.requests, 2
        )
        box.addWidget(group, 1)

    def show_data(self, data: Customer360) -> None:
        self.activities.set_rows(data.activities)
        self.requests.set_rows(data.change_requests)
        for view in (self.activities_view, self.requests_view):
            view.resizeColumnsToContents()
