"""The lines part of the quote editor: the catalogue on the left, the quote's lines on the right
(quantity and discount edited in place, Delete removes), each bad line named under the table.

Depends on `ui.qt`, `ui.widgets` and the quote line and catalogue widgets.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from bigcust_desktop.domain.drafts.quotes import CatalogueItem, QuotePricing
from bigcust_desktop.store.queries.quotes import ProductRow
from bigcust_desktop.ui.qt import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QKeySequence,
    QPushButton,
    QShortcut,
    QSplitter,
    QStyledItemDelegate,
    Qt,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from bigcust_desktop.ui.quotes.catalogue import CataloguePicker
from bigcust_desktop.ui.quotes.lines_model import BRANCH, QUANTITY, QuoteLinesModel
from bigcust_desktop.ui.widgets.form_errors import make_error_label
from bigcust_desktop.ui.widgets.messages import error_text


class BranchDelegate(QStyledItemDelegate):
    """The 使用单位 cell: a choice among the quote's customer and its branches only."""

    def __init__(self, model: QuoteLinesModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._model = model

    def createEditor(self, parent: QWidget, option: Any, index: Any) -> QWidget:
        combo = QComboBox(parent)
        combo.setObjectName("branchCombo")
        for customer_id, name in self._model.customers():
            combo.addItem(name, customer_id)
        return combo

    def setEditorData(self, editor: QWidget, index: Any) -> None:
        assert isinstance(editor, QComboBox)
        at = editor.findData(index.data(Qt.ItemDataRole.EditRole))
        editor.setCurrentIndex(max(at, 0))

    def setModelData(self, editor: QWidget, model: Any, index: Any) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class QuoteLinesEditor(QSplitter):
    """Pick a product (Enter or double-click) to add a line; its quantity cell takes the focus."""

    def __init__(
        self,
        products: Sequence[ProductRow],
        items: Mapping[str, CatalogueItem],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("quoteLines")
        self._editable = True
        self.catalogue = CataloguePicker(self)
        self.catalogue.set_products(products)
        self.model = QuoteLinesModel(self)
        self.model.set_catalogue(items)
        self.table = QTableView(self)
        self.table.setObjectName("linesTable")
        self.table.setAccessibleName(self.tr("Quote lines"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.table.setItemDelegateForColumn(BRANCH, BranchDelegate(self.model, self.table))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.remove_button = QPushButton(self.tr("Remove l&ine"), self)
        self.remove_button.setObjectName("removeLine")
        self.remove_button.setAutoDefault(False)
        self.remove_button.setToolTip(self.tr("Remove the selected line (Delete)"))
        self.error = make_error_label("linesError", self)

        box = QWidget(self)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.remove_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.addWidget(self.catalogue)
        self.addWidget(box)
        self.setSizes([380, 800])

        self.catalogue.product_chosen.connect(self.add_product)
        self.remove_button.clicked.connect(self.remove_line)
        delete = QShortcut(QKeySequence.StandardKey.Delete, self.table)
        delete.activated.connect(self.remove_line)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)

    def set_customers(self, customers: list[tuple[str, str]]) -> None:
        """Whom lines may be for; the 使用单位 column shows only for a group with branches."""
        self.model.set_customers(customers)
        self.table.setColumnHidden(BRANCH, len(customers) < 2)

    def set_editable(self, editable: bool) -> None:
        """A quote past its draft shows its lines only: no catalogue, no changes."""
        self._editable = editable
        self.catalogue.setVisible(editable)
        self.remove_button.setEnabled(editable)
        self.model.set_editable(editable)

    def add_product(self, product_id: str) -> None:
        if not self._editable:
            return
        row = self.model.add_product(product_id)
        self.table.setCurrentIndex(self.model.index(row, QUANTITY))
        self.table.setFocus()

    def remove_line(self) -> None:
        index = self.table.currentIndex()
        if self._editable and index.isValid():
            self.model.remove_line(index.row())

    def show_errors(self, pricing: QuotePricing) -> None:
        """Each bad line named by its number (``Line 2: ...``) under the table, as one types."""
        texts = []
        for error in pricing.errors:
            if error.field.startswith("lines["):
                number = int(error.field[6 : error.field.index("]")]) + 1
                text = self.tr("Line %1: %2").replace("%1", str(number))
                texts.append(text.replace("%2", error_text(error)))
        self.error.setText("\n".join(texts))
        self.error.setVisible(bool(texts))
