"""The product catalogue (资费) beside the quote editor: filter by name or category, add a line.

Depends on `ui.qt`, `ui.labels`, `ui.widgets` and the store's catalogue rows.
"""

from __future__ import annotations

from collections.abc import Sequence

from bigcust_desktop.store.queries.quotes import ProductRow
from bigcust_desktop.ui.labels import label
from bigcust_desktop.ui.qt import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
    Signal,
)
from bigcust_desktop.ui.widgets.inputs import CodeComboBox
from bigcust_desktop.ui.widgets.table_model import Column, RowsModel, money_column


class CataloguePicker(QWidget):
    """Orderable products; Enter, a double click or "Add to quote" adds the current one."""

    product_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("cataloguePicker")
        self._products: list[ProductRow] = []
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setObjectName("catalogueFilter")
        self.filter_edit.setPlaceholderText(self.tr("Find a product"))
        self.filter_edit.setAccessibleName(self.tr("Find a product"))
        self.filter_edit.setClearButtonEnabled(True)
        self.category = CodeComboBox(
            "product_category", "catalogueCategory", self, empty_text=self.tr("All categories")
        )
        self.category.setAccessibleName(self.tr("Product category"))
        self.model = RowsModel(
            [
                Column(
                    self.tr("Product"),
                    lambda p: p.name,
                    tooltip=lambda p: f"{p.code} · {label('product_category', p.category)}",
                ),
                money_column(self.tr("List / month"), lambda p: p.monthly_fee),
                money_column(self.tr("Floor"), lambda p: p.floor_price),
                Column(
                    self.tr("Min. term"),
                    lambda p: (
                        self.tr("%1 mo.").replace("%1", str(p.min_term_months))
                        if p.min_term_months
                        else ""
                    ),
                ),
            ],
            self,
        )
        self.table = QTableView(self)
        self.table.setObjectName("catalogueTable")
        self.table.setAccessibleName(self.tr("Product catalogue"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.activated.connect(lambda index: self._choose(index.row()))
        self.add_button = QPushButton(self.tr("&Add to quote"), self)
        self.add_button.setObjectName("addLine")
        self.add_button.setAutoDefault(False)  # Enter in the filter must not add a second line
        self.add_button.clicked.connect(lambda: self._choose(self.table.currentIndex().row()))
        top = QHBoxLayout()
        top.addWidget(self.filter_edit, 1)
        top.addWidget(self.category)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.add_button)
        self.filter_edit.textChanged.connect(lambda _: self._apply())
        self.category.currentIndexChanged.connect(lambda _: self._apply())
        self.filter_edit.returnPressed.connect(self._choose_single)

    def set_products(self, products: Sequence[ProductRow]) -> None:
        """The orderable catalogue (inactive products are never offered for a new line)."""
        self._products = [p for p in products if p.active]
        self._apply()

    def _apply(self) -> None:
        text = self.filter_edit.text().strip().lower()
        category = self.category.code()
        rows = [
            p
            for p in self._products
            if (not category or p.category == category)
            and (not text or text in p.name.lower() or text in p.code.lower())
        ]
        self.model.set_rows(rows)
        if rows:
            self.table.selectRow(0)

    def _choose_single(self) -> None:
        """Enter in the filter box adds the product when the filter leaves exactly one."""
        if self.model.rowCount() == 1:
            self._choose(0)
        else:
            self.table.setFocus()

    def _choose(self, row: int) -> None:
        product = self.model.row_at(row)
        if product is not None:
            self.product_chosen.emit(product.id)
