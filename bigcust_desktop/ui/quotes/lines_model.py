"""The editable table of a quote's lines: quantity and discount typed in place, prices from the
domain's pricing, lines below the catalogue floor flagged, bad cells marked with their message.

Depends on `ui.qt`, `ui.labels`, `ui.widgets.messages` and `domain.drafts.quotes`.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from bigcust_desktop.domain.drafts.quotes import CatalogueItem, LineDraft, QuotePricing
from bigcust_desktop.domain.errors import ValidationError
from bigcust_desktop.domain.pricing import VatAmounts, vat_rate
from bigcust_desktop.ui.labels import label, money_text, percent_text
from bigcust_desktop.ui.qt import (
    QAbstractTableModel,
    QColor,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from bigcust_desktop.ui.widgets.messages import error_text

Index = QModelIndex | QPersistentModelIndex
_LINE_FIELD = re.compile(r"lines\[(\d+)\]\.(\w+)")
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
BELOW_FLOOR_BACKGROUND = "#fdecea"
ERROR_COLOR = "#c0392b"

# Columns; the field a column edits, or the error field it shows.
PRODUCT, UNIT, QUANTITY, LIST_PRICE, DISCOUNT, NET_PRICE, FLOOR, LINE_TOTAL = range(8)
CHARGE, VAT_RATE, EXCL_VAT, VAT, FLAG, BRANCH = range(8, 14)
_FIELDS = {
    PRODUCT: "product_id",
    QUANTITY: "quantity",
    DISCOUNT: "discount_pct",
    BRANCH: "customer_id",
}


@dataclass
class _Line:
    id: str
    product_id: str
    quantity: int | str  # text the user typed stays as typed until it is a whole number
    discount_pct: str
    customer_id: str | None = None  # the branch the line is for (None: the quote's customer)


class QuoteLinesModel(QAbstractTableModel):
    """A quote's lines as the user edits them; `set_pricing` shows the domain's verdict."""

    lines_changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._lines: list[_Line] = []
        self._catalogue: dict[str, CatalogueItem] = {}
        self._pricing: QuotePricing | None = None
        self._errors: dict[int, dict[str, str]] = {}  # row -> field -> message
        self._editable = True
        self._customers: dict[str, str] = {}  # id -> name: the quote's customer, its branches
        self._own: str | None = None
        self._headers = [
            self.tr("Product"),
            self.tr("Unit"),
            self.tr("Quantity"),
            self.tr("List / month"),
            self.tr("Discount %"),
            self.tr("Net / month"),
            self.tr("Floor"),
            self.tr("Total incl. VAT"),
            self.tr("Billed"),
            self.tr("VAT rate"),
            self.tr("Excl. VAT"),
            self.tr("VAT"),
            self.tr("Approval"),
            self.tr("For"),
        ]

    # -- content -----------------------------------------------------------------------------

    def set_catalogue(self, catalogue: Mapping[str, CatalogueItem]) -> None:
        self._catalogue = dict(catalogue)

    def set_editable(self, editable: bool) -> None:
        self._editable = editable

    def set_customers(self, customers: Sequence[tuple[str, str]]) -> None:
        """Whom a line may be for: the quote's customer first, then its branches."""
        self._customers = dict(customers)
        self._own = customers[0][0] if customers else None
        for line in self._lines:  # another customer chosen: his branches only
            if line.customer_id not in self._customers:
                line.customer_id = None

    def customers(self) -> list[tuple[str, str]]:
        return list(self._customers.items())

    def branch_name(self, row: int) -> str:
        customer_id = self._lines[row].customer_id or self._own
        return self._customers.get(customer_id or "", customer_id or "")

    def set_lines(self, lines: Sequence[Mapping[str, Any]]) -> None:
        """Show stored wire lines (an existing quote)."""
        self.beginResetModel()
        self._lines = [
            _Line(
                str(line["id"]),
                str(line["product_id"]),
                int(line["quantity"]),
                str(line["discount_pct"]),
                line.get("customer_id"),
            )
            for line in lines
        ]
        self._errors = {}
        self.endResetModel()

    def add_product(self, product_id: str) -> int:
        """Append a line of one unit at list price; returns its row."""
        row = len(self._lines)
        self.beginInsertRows(QModelIndex(), row, row)
        self._lines.append(_Line(str(uuid.uuid4()), product_id, 1, "0.00"))
        self.endInsertRows()
        self.lines_changed.emit()
        return row

    def remove_line(self, row: int) -> None:
        if 0 <= row < len(self._lines):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._lines[row]
            self.endRemoveRows()
            self.lines_changed.emit()

    def drafts(self) -> list[LineDraft]:
        return [
            LineDraft(
                line.product_id,
                line.quantity,
                line.discount_pct,  # type: ignore[arg-type]
                line.id,
                None if line.customer_id == self._own else line.customer_id,
            )
            for line in self._lines
        ]

    def set_pricing(self, pricing: QuotePricing) -> None:
        """Show prices, floor flags and per-line errors from `domain.drafts.quotes.price_quote`."""
        self._pricing = pricing
        self._errors = {}
        for error in pricing.errors:
            match = _LINE_FIELD.fullmatch(error.field)
            if match:
                row, field = int(match.group(1)), match.group(2)
                self._errors.setdefault(row, {})[field] = error_text(error)
        if self._lines:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._lines) - 1, BRANCH))

    def line_errors(self) -> list[ValidationError]:
        return [] if self._pricing is None else list(self._pricing.errors)

    # -- Qt model ----------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._lines)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return str(section + 1)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        editable = (
            (QUANTITY, DISCOUNT, BRANCH) if len(self._customers) > 1 else (QUANTITY, DISCOUNT)
        )
        if self._editable and index.column() in editable:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def _priced(self, row: int) -> Any:
        if self._pricing is None or row >= len(self._pricing.priced):
            return None
        return self._pricing.priced[row]

    def _vat(self, row: int) -> VatAmounts | None:
        if self._pricing is None or row >= len(self._pricing.line_vat):
            return None
        return self._pricing.line_vat[row]

    def _text(self, row: int, column: int) -> str:
        line = self._lines[row]
        item = self._catalogue.get(line.product_id)
        priced = self._priced(row)
        if column == PRODUCT:
            return item.name if item else line.product_id
        if column == UNIT:
            return item.unit if item else ""
        if column == QUANTITY:
            return str(line.quantity)
        if column == LIST_PRICE:
            return money_text(item.monthly_fee) if item else ""
        if column == DISCOUNT:
            return line.discount_pct
        if column == FLOOR:
            return money_text(item.floor_price) if item else ""
        if column == NET_PRICE:
            return money_text(priced.net_unit_price) if priced else ""
        if column == LINE_TOTAL:
            return money_text(priced.line_total) if priced else ""
        if column == BRANCH:
            return self.branch_name(row)
        if column == CHARGE:
            return label("charge_type", item.charge_type) if item else ""
        if column == VAT_RATE:
            return percent_text(int(vat_rate(item.vat_category) * 100)) if item else ""
        if column in (EXCL_VAT, VAT):
            amounts = self._vat(row)
            if amounts is None:
                return ""
            return money_text(amounts.net if column == EXCL_VAT else amounts.tax)
        if column == FLAG:
            if self._errors.get(row):
                return self.tr("Check this line")
            return self.tr("Below floor") if priced and priced.below_floor else ""
        return ""

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._lines):
            return None
        row, column = index.row(), index.column()
        field = _FIELDS.get(column)
        error = self._errors.get(row, {}).get(field or "")
        priced = self._priced(row)
        if role == Qt.ItemDataRole.EditRole and column == BRANCH:
            return self._lines[row].customer_id or self._own
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self._text(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(_RIGHT) if column not in (PRODUCT, UNIT, CHARGE, FLAG, BRANCH) else None
        if role == Qt.ItemDataRole.ForegroundRole:
            flagged = column == FLAG and (self._errors.get(row) or (priced and priced.below_floor))
            return QColor(ERROR_COLOR) if error or flagged else None
        if role == Qt.ItemDataRole.BackgroundRole and priced is not None and priced.below_floor:
            return QColor(BELOW_FLOOR_BACKGROUND)
        if role == Qt.ItemDataRole.ToolTipRole:
            if error:
                return error
            if column == FLAG and self._errors.get(row):
                return "\n".join(self._errors[row].values())
            if priced is not None and priced.below_floor:
                item = self._catalogue.get(self._lines[row].product_id)
                floor = money_text(item.floor_price) if item else ""
                text = self.tr("Below the floor price %1: the regional manager must approve")
                return text.replace("%1", floor)
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or not self._editable:
            return False
        line = self._lines[index.row()]
        text = str(value).strip()
        if index.column() == QUANTITY:
            line.quantity = int(text) if text.isascii() and text.isdigit() else text
        elif index.column() == DISCOUNT:
            line.discount_pct = text.rstrip("%").strip() or "0"
        elif index.column() == BRANCH and text in self._customers:
            line.customer_id = None if text == self._own else text
        else:
            return False
        self.dataChanged.emit(index, index)
        self.lines_changed.emit()
        return True
