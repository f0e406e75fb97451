"""The 360's 合同 tab: the customer's contracts and agreements, latest ending first, each with
its renewal day and circuits; new contract, open one. Loads by itself when the customer changes
(`store.contracts.of_customer`) through the one page loader.

Depends on `ui.qt`, the app context, the contract columns and dialog.
"""

from __future__ import annotations

from collections.abc import Callable

from bigcust_desktop.store.queries.contracts import ContractRow
from bigcust_desktop.ui.context import AppContext
from bigcust_desktop.ui.contracts.dialog import ContractDialog
from bigcust_desktop.ui.contracts.page import contract_columns
from bigcust_desktop.ui.qt import QHBoxLayout, QPushButton, QTableView, QVBoxLayout, QWidget, Signal
from bigcust_desktop.ui.widgets.page_loader import PageLoader
from bigcust_desktop.ui.widgets.table_model import RowsModel

CUSTOMER_COLUMN = 2  # the 360 shows one customer: its column is hidden


class ContractsTab(QWidget):
    """A customer's contracts in the 360."""

    loaded = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("contractsTab")
        self.ctx = ctx
        self.customer_id: str | None = None
        self.dialog: ContractDialog | None = None
        columns, _orders = contract_columns()
        self.model = RowsModel(columns, self)
        self.table = QTableView(self)
        self.table.setObjectName("customerContracts")
        self.table.setAccessibleName(self.tr("Contracts"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setColumnHidden(CUSTOMER_COLUMN, True)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.activated.connect(lambda index: self.open_contract(index.row()))
        self.new_button = QPushButton(self.tr("Ne&w contract…"), self)
        self.new_button.setObjectName("newCustomerContract")
        self.new_button.clicked.connect(lambda: self.new_contract())
        row = QHBoxLayout()
        row.addWidget(self.new_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.table, 1)
        self.loader = PageLoader(self, ctx, frozenset({"contract"}), self._query, self._show)

    def set_customer(self, customer_id: str) -> None:
        self.customer_id = customer_id
        self.loader.refresh()

    def _query(self) -> Callable[[], list[ContractRow]]:
        store, customer_id = self.ctx.store, self.customer_id

        def work() -> list[ContractRow]:
            return store.contracts.of_customer(customer_id) if customer_id else []

        return work

    def _show(self, rows: list[ContractRow]) -> None:
        self.model.set_rows(rows)
        self.table.resizeColumnsToContents()
        self.loaded.emit()

    def new_contract(self) -> ContractDialog | None:
        if self.customer_id is None or self.ctx.user is None:
            return None
        self.dialog = ContractDialog(self.ctx, customer_id=self.customer_id, parent=self)
        self.dialog.open()
        return self.dialog

    def open_contract(self, row: int) -> ContractDialog | None:
        contract = self.ctx.store.contracts.get(self.model.row_at(row).id)  # one record by key
        if contract is None:
            return None
        self.dialog = ContractDialog(self.ctx, contract=contract, parent=self)
        self.dialog.open()
        return self.dialog
