"""The four levels of a customer as a lazy tree: customer → accounts → subscribers → services.

Accounts come with the customer; a big group has hundreds of lines, so an account's subscribers
and a subscriber's services load only when the branch is expanded, subscribers a page at a time.
Depends on `ui.qt`, `ui.labels` and the loaders the page hands in (store queries).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from bigcust_desktop.store.queries.customer360 import AccountNode, ServiceNode, SubscriberNode
from bigcust_desktop.ui.labels import date_text, label, money_text
from bigcust_desktop.ui.plain_text import plain_tip
from bigcust_desktop.ui.qt import (
    QAbstractItemModel,
    QColor,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

Index = QModelIndex | QPersistentModelIndex
PAGE = 200
SubscriberLoader = Callable[[str, int, int], list[SubscriberNode]]  # account id, offset, limit
ServiceLoader = Callable[[str], list[ServiceNode]]
_GREY = "#7b8794"


@dataclass(eq=False)
class _Node:
    kind: str  # "customer", "account", "subscriber", "service"
    item: Any
    parent: _Node | None
    total: int  # children expected
    children: list[_Node] = field(default_factory=list)

    def row(self) -> int:
        return 0 if self.parent is None else self.parent.children.index(self)


class LinesModel(QAbstractItemModel):
    """Columns: name or number, plan or kind, status, 3-month ARPU or monthly fee, until."""

    def __init__(
        self,
        load_subscribers: SubscriberLoader,
        load_services: ServiceLoader,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._load_subscribers = load_subscribers
        self._load_services = load_services
        self._root = _Node("root", None, None, 0)
        self._headers = [
            self.tr("Account / line / service"),
            self.tr("Plan or kind"),
            self.tr("Status"),
            self.tr("ARPU (3 mo.) / fee"),
            self.tr("Contract end / ended"),
        ]

    def set_customer(self, customer_id: str, name: str, accounts: list[AccountNode]) -> None:
        self.beginResetModel()
        self._root = _Node("root", None, None, 1)
        top = _Node("customer", (customer_id, name), self._root, len(accounts))
        top.children = [_Node("account", a, top, a.subscribers) for a in accounts]
        self._root.children = [top]
        self.endResetModel()

    # -- structure ------------------------------------------------------------------------

    def _node(self, index: Index) -> _Node:
        return index.internalPointer() if index.isValid() else self._root  # type: ignore[return-value]

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        node = self._node(parent)
        if not 0 <= row < len(node.children) or not 0 <= column < len(self._headers):
            return QModelIndex()
        return self.createIndex(row, column, node.children[row])

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid():
            return QModelIndex()
        node: _Node = index.internalPointer()  # type: ignore[assignment]
        up = node.parent
        if up is None or up is self._root:
            return QModelIndex()
        return self.createIndex(up.row(), 0, up)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self._node(parent).children)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return len(self._headers)

    def hasChildren(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        node = self._node(parent)
        return node.total > 0 or bool(node.children)

    def canFetchMore(self, parent: Index) -> bool:
        node = self._node(parent)
        return node.kind in ("account", "subscriber") and len(node.children) < node.total

    def fetchMore(self, parent: Index) -> None:
        node = self._node(parent)
        if node.kind == "account":
            items: list[Any] = self._load_subscribers(node.item.id, len(node.children), PAGE)
            made = [_Node("subscriber", s, node, s.services) for s in items]
        elif node.kind == "subscriber":
            made = [_Node("service", s, node, 0) for s in self._load_services(node.item.id)]
        else:
            return
        if not made:
            node.total = len(node.children)  # fewer than announced (changed meanwhile): stop
            return
        start = len(node.children)
        self.beginInsertRows(parent, start, start + len(made) - 1)
        node.children.extend(made)
        self.endInsertRows()
        if node.kind == "subscriber":
            node.total = len(node.children)

    # -- content --------------------------------------------------------------------------

    def node_kind(self, index: Index) -> str:
        return self._node(index).kind

    def node_item(self, index: Index) -> Any:
        return self._node(index).item

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        node: _Node = index.internalPointer()  # type: ignore[assignment]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(node, index.column())
        if role == Qt.ItemDataRole.ForegroundRole and self._inactive(node):
            return QColor(_GREY)
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 3:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and node.kind == "account":
            a: AccountNode = node.item
            return plain_tip(self.tr("Held by %1").replace("%1", a.holder_name or a.holder_id))
        return None

    @staticmethod
    def _inactive(node: _Node) -> bool:  # greyed: suspended, cancelled or ended
        if node.kind == "subscriber":
            return node.item.status != "active"
        if node.kind == "account":
            return node.item.status != "active"
        if node.kind == "service":
            return node.item.ended_on is not None
        return False

    def _text(self, node: _Node, column: int) -> str:
        if node.kind == "customer":
            _id, name = node.item
            return [name, self.tr("%1 accounts").replace("%1", str(node.total)), "", "", ""][column]
        if node.kind == "account":
            a: AccountNode = node.item
            return [
                a.name,
                self.tr("%1 lines · %2")
                .replace("%1", str(a.subscribers))
                .replace("%2", label("pay_method", a.pay_method)),
                label("account_status", a.status),
                "",
                "",
            ][column]
        if node.kind == "subscriber":
            s: SubscriberNode = node.item
            return [
                s.service_number,
                s.product_name or label("subscriber_kind", s.kind),
                label("subscriber_status", s.status),
                money_text(s.arpu_3m),
                date_text(s.status_date if s.status == "cancelled" else s.contract_end),
            ][column]
        v: ServiceNode = node.item
        return [
            v.name,
            self.tr("Add-on since %1").replace("%1", date_text(v.started_on)),
            self.tr("Ended") if v.ended_on else self.tr("Active"),
            money_text(v.monthly_fee),
            date_text(v.ended_on),
        ][column]

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None
