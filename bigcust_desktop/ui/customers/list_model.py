"""Table model of the customer list: holds only ids, loads rows in pages when first drawn.

Like Anki's browser table: a search or a sort keeps ids (read in the background by the page's
loader); a row's columns come from the store when the view first draws it (lazy paging, the one
store read on the GUI thread). At start-up it may show the first page read before the store
opened (`store.first_page`). Depends on `ui.qt` and `store.customers`, whose modules load with
the store, not with this one.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from bigcust_desktop.ui.context import AppContext
from bigcust_desktop.ui.labels import label
from bigcust_desktop.ui.qt import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QModelRoleDataSpan,
    QPersistentModelIndex,
    Qt,
)

if TYPE_CHECKING:
    from bigcust_desktop.store.engine import Store
    from bigcust_desktop.store.first_page import CustomerRow
    from bigcust_desktop.store.queries.customers import CustomerFilter

PAGE = 200
_FIELDS = ("name", "industry", "city", "value_tier", "value_score", "manager_id")
Index = QModelIndex | QPersistentModelIndex


def _headers() -> list[str]:
    return [
        QCoreApplication.translate("CustomerList", "Customer"),
        QCoreApplication.translate("CustomerList", "Industry"),
        QCoreApplication.translate("CustomerList", "City"),
        QCoreApplication.translate("CustomerList", "Tier"),
        QCoreApplication.translate("CustomerList", "Value score"),
        QCoreApplication.translate("CustomerList", "Manager"),
    ]


def find_ids(
    store: Store, query: str, wanted: CustomerFilter
) -> tuple[list[str], dict[str, CustomerRow]]:
    """The customers of the filter, or the hits of ``query`` (FTS over names, USCC, service
    numbers) within it, with the first page's rows; run in the read lane by the page's loader,
    so that the first draw reads nothing on the GUI thread."""
    return store.customers.search_page(query, wanted, PAGE)


class CustomerListModel(QAbstractTableModel):
    """Customers of the cache in list order, or the hits of a search."""

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self._ctx = ctx
        self._ids: list[str] = []
        self._loaded = 0  # rows announced to the view so far (fetchMore grows it)
        self._cache: dict[str, CustomerRow] = {}
        self._headers = _headers()
        self.manager_names: dict[str, str] = {}

    def set_ids(self, ids: list[str], rows: dict[str, CustomerRow] | None = None) -> None:
        """Show these customers (a search's hits, a filter's list), with the first page's
        ``rows`` when they were read with them; the others load as they are drawn."""
        self.beginResetModel()
        self._ids = ids
        self._cache.clear()
        self._cache.update(rows or {})
        self._loaded = min(PAGE, len(ids))
        self.endResetModel()

    def total(self) -> int:
        return len(self._ids)

    def customer_id(self, row: int) -> str:
        return self._ids[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._loaded

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(_FIELDS)

    def canFetchMore(self, parent: Index) -> bool:
        return not parent.isValid() and self._loaded < len(self._ids)

    def fetchMore(self, parent: Index) -> None:
        more = min(PAGE, len(self._ids) - self._loaded)
        self.beginInsertRows(QModelIndex(), self._loaded, self._loaded + more - 1)
        self._loaded += more
        self.endInsertRows()

    def _row(self, row: int) -> CustomerRow | None:
        customer_id = self._ids[row]
        cached = self._cache.get(customer_id)
        if cached is None:
            start = (row // PAGE) * PAGE
            self._cache.update(self._ctx.store.customers.rows(self._ids[start : start + PAGE]))
            cached = self._cache.get(customer_id)
        return cached

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        row = self._row(index.row())
        return None if row is None else self._text(row, index.column())

    def multiData(self, index: Index, roles: QModelRoleDataSpan) -> None:
        """A cell's roles in one call from Qt into Python, not one a role (see
        `ui.widgets.table_model`): only the text has a value."""
        row = self._row(index.row()) if index.isValid() else None
        for role_data in roles:
            text = None
            if row is not None and role_data.role() == Qt.ItemDataRole.DisplayRole:
                text = self._text(row, index.column())
            role_data.setData(text)

    def _text(self, row: CustomerRow, column: int) -> Any:
        field = _FIELDS[column]
        value = getattr(row, field)
        if field in ("industry", "value_tier"):
            return label(field, value)
        if field == "manager_id":
            return self.manager_names.get(value, value)
        return value

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None
