"""The two small editors of a contract's lists: its circuits with their contracted service level
(服务等级: level, hours to restore, availability) and its products with the agreed monthly
price. A row of fields per item, an Add button below; a contract lists a few dozen at most.

Depends on `ui.qt`, `ui.labels` and `ui.widgets.inputs`.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from decimal import Decimal
from typing import Any

from bigcust_desktop.domain.errors import ValidationError
from bigcust_desktop.domain.vocab_city import SlaLevel
from bigcust_desktop.ui.qt import (
    QComboBox,
    QCoreApplication,
    QDoubleSpinBox,
    QGridLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from bigcust_desktop.ui.widgets.inputs import CodeComboBox, MoneyEdit

# Hours to restore a circuit of each level, as the operator's standard agreements offer them.
DEFAULT_RESTORE_HOURS = {SlaLevel.GOLD: 2, SlaLevel.SILVER: 4, SlaLevel.BRONZE: 8,
                         SlaLevel.STANDARD: 24}  # fmt: skip


class _RowsEditor(QWidget):
    """Rows of fields in a grid with a Remove button each, and Add below."""

    HEADERS: Sequence[str] = ()

    def __init__(self, name: str, add_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.grid = QGridLayout()
        self.grid.setContentsMargins(0, 0, 0, 0)
        for column, header in enumerate(self.headers()):
            self.grid.addWidget(QLabel(header, self), 0, column)
        self.rows: list[list[QWidget]] = []
        self.add_button = QPushButton(add_text, self)
        self.add_button.setObjectName(f"{name}Add")
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(lambda: self.add_row())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.grid)
        layout.addWidget(self.add_button)

    def headers(self) -> list[str]:
        raise NotImplementedError

    def make_fields(self) -> list[QWidget]:
        raise NotImplementedError

    def add_row(self) -> list[QWidget]:
        fields = self.make_fields()
        remove = QPushButton("✕", self)
        remove.setAccessibleName(QCoreApplication.translate("ContractLines", "Remove"))
        remove.setAutoDefault(False)
        row = [*fields, remove]
        remove.clicked.connect(lambda: self._remove(row))
        at = len(self.rows) + 1
        for column, widget in enumerate(row):
            self.grid.addWidget(widget, at, column)
        self.rows.append(row)
        return fields

    def _remove(self, row: list[QWidget]) -> None:
        self.rows.remove(row)
        for widget in row:
            self.grid.removeWidget(widget)
            widget.deleteLater()

    def clear_rows(self) -> None:
        for row in list(self.rows):
            self._remove(row)


class CircuitsEditor(_RowsEditor):
    """The circuits a contract covers, each with its level, hours to restore and availability."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("circuitsEditor", self.tr("Add a &circuit"), parent)
        self.choices: list[tuple[str, str]] = []

    def headers(self) -> list[str]:
        return [self.tr("Line or circuit"), self.tr("Level"), self.tr("Restore within (h)"),
                self.tr("Availability (%)")]  # fmt: skip

    def set_choices(self, choices: Iterable[tuple[str, str]]) -> None:
        self.choices = list(choices)

    def make_fields(self) -> list[QWidget]:
        line = QComboBox(self)
        for subscriber_id, text in self.choices:
            line.addItem(text, subscriber_id)
        level = CodeComboBox("sla_level", "slaLevel", self)
        level.set_code(SlaLevel.GOLD)
        hours = QSpinBox(self)
        hours.setRange(1, 720)
        hours.setValue(DEFAULT_RESTORE_HOURS[SlaLevel.GOLD])
        level.currentIndexChanged.connect(
            lambda _i: hours.setValue(DEFAULT_RESTORE_HOURS.get(level.code() or "", hours.value()))
        )
        availability = QDoubleSpinBox(self)
        availability.setRange(90.0, 100.0)
        availability.setDecimals(2)
        availability.setValue(99.9)
        return [line, level, hours, availability]

    def set_items(self, circuits: Iterable[Mapping[str, Any]]) -> None:
        self.clear_rows()
        for circuit in circuits:
            line, level, hours, availability = self.add_row()
            assert isinstance(line, QComboBox) and isinstance(level, CodeComboBox)
            assert isinstance(hours, QSpinBox) and isinstance(availability, QDoubleSpinBox)
            at = line.findData(circuit["subscriber_id"])
            if at < 0:
                line.addItem(circuit["subscriber_id"], circuit["subscriber_id"])
                at = line.count() - 1
            line.setCurrentIndex(at)
            level.set_code(circuit["sla_level"])
            hours.setValue(int(circuit["restore_hours"]))
            availability.setValue(float(circuit["availability_pct"]))

    def items(self) -> list[dict[str, Any]]:
        out = []
        for line, level, hours, availability, _remove in self.rows:
            assert isinstance(line, QComboBox) and isinstance(level, CodeComboBox)
            assert isinstance(hours, QSpinBox) and isinstance(availability, QDoubleSpinBox)
            out.append({
                "subscriber_id": line.currentData(),
                "sla_level": level.code(),
                "restore_hours": hours.value(),
                "availability_pct": f"{availability.value():.2f}",
            })  # fmt: skip
        return out


class ProductsEditor(_RowsEditor):
    """The products a contract lists, with quantity and the agreed monthly price."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("productsEditor", self.tr("Add a p&roduct"), parent)
        self.choices: list[tuple[str, str, Decimal]] = []

    def headers(self) -> list[str]:
        return [self.tr("Product"), self.tr("Quantity"), self.tr("Agreed monthly price")]

    def set_choices(self, choices: Iterable[tuple[str, str, Decimal]]) -> None:
        self.choices = list(choices)

    def make_fields(self) -> list[QWidget]:
        product = QComboBox(self)
        for product_id, name, _fee in self.choices:
            product.addItem(name, product_id)
        quantity = QSpinBox(self)
        quantity.setRange(1, 1_000_000)
        price = MoneyEdit("unit_price", self)
        if self.choices:
            price.set_amount(self.choices[0][2])
        fees = {product_id: fee for product_id, _name, fee in self.choices}
        product.currentIndexChanged.connect(
            lambda _i: price.set_amount(fees.get(product.currentData(), Decimal(0)))
        )
        return [product, quantity, price]

    def set_items(self, products: Iterable[Mapping[str, Any]]) -> None:
        self.clear_rows()
        for item in products:
            product, quantity, price = self.add_row()
            assert isinstance(product, QComboBox) and isinstance(quantity, QSpinBox)
            assert isinstance(price, MoneyEdit)
            at = product.findData(item["product_id"])
            product.setCurrentIndex(max(at, 0))
            quantity.setValue(int(item["quantity"]))
            price.set_amount(Decimal(str(item["unit_price"])))

    def items(self) -> list[dict[str, Any]]:
        out = []
        for at, (product, quantity, price, _remove) in enumerate(self.rows):
            assert isinstance(product, QComboBox) and isinstance(quantity, QSpinBox)
            assert isinstance(price, MoneyEdit)
            try:
                amount = price.amount()
            except ValidationError as exc:
                raise ValidationError(f"products[{at}].unit_price", exc.code, exc.message) from None
            out.append({
                "product_id": product.currentData(),
                "quantity": quantity.value(),
                "unit_price": f"{amount:.2f}",
            })  # fmt: skip
        return out
