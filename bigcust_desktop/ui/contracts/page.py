"""The contracts page (合同): the book's contracts and agreements, soonest ending first, those
ending within 90 days a filter away; new contract (Ctrl+N), open one (Enter), add its renewal
to the to-dos.

A `ListPage` over `store.contracts`. Depends on `ui.qt`, the list page, the contract dialog and
the to-do dialog.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from bigcust_desktop.domain.drafts.contracts import RENEWAL_LEAD_DAYS, renewal_day
from bigcust_desktop.store.queries.contracts import ContractFilter, ContractRow
from bigcust_desktop.ui.context import AppContext
from bigcust_desktop.ui.contracts.dialog import ContractDialog
from bigcust_desktop.ui.labels import date_text, label
from bigcust_desktop.ui.qt import (
    QCheckBox,
    QCoreApplication,
    QPushButton,
    QWidget,
)
from bigcust_desktop.ui.todos.columns import ORANGE, RED
from bigcust_desktop.ui.todos.dialog import TodoDialog, TodoSeed
from bigcust_desktop.ui.widgets.book import book_of
from bigcust_desktop.ui.widgets.inputs import CodeComboBox
from bigcust_desktop.ui.widgets.list_page import ListPage
from bigcust_desktop.ui.widgets.sync_state import sync_state_column
from bigcust_desktop.ui.widgets.table_model import Column, money_column

WATCHED = frozenset({"contract", "customer"})


def _ending_color(row: ContractRow) -> str | None:
    if row.status != "active":
        return None
    days = (row.ends_on - dt.date.today()).days
    if days < 0 or days <= 30:
        return RED
    return ORANGE if days <= RENEWAL_LEAD_DAYS else None


def contract_columns() -> tuple[list[Column], list[str | None]]:
    columns = [
        Column(QCoreApplication.translate("ContractTable", "Number"), lambda r: r.number),
        Column(QCoreApplication.translate("ContractTable", "Contract"), lambda r: r.title),
        Column(QCoreApplication.translate("ContractTable", "Customer"), lambda r: r.customer_name),
        Column(
            QCoreApplication.translate("ContractTable", "Kind"),
            lambda r: label("contract_kind", r.kind),
        ),
        Column(
            QCoreApplication.translate("ContractTable", "Status"),
            lambda r: label("contract_status", r.status),
        ),
        Column(
            QCoreApplication.translate("ContractTable", "Ends"),
            lambda r: date_text(r.ends_on),
            color=_ending_color,
        ),
        Column(
            QCoreApplication.translate("ContractTable", "Renewal talks"),
            lambda r: date_text(renewal_day(vars_of(r))),
        ),
        money_column(QCoreApplication.translate("ContractTable", "Amount"), lambda r: r.amount),
        Column(QCoreApplication.translate("ContractTable", "Circuits"), lambda r: str(r.circuits)),
        sync_state_column(
            QCoreApplication.translate("ContractTable", "Sync"), lambda r: r.sync_state
        ),
    ]
    orders = ["number", "title", "customer_name", "kind", "status", "ends_on", None, "amount",
              None, None]  # fmt: skip
    return columns, orders


def vars_of(row: ContractRow) -> dict[str, Any]:
    return {"ends_on": row.ends_on, "renewal_on": row.renewal_on, "notice_days": row.notice_days}


class ContractsPage(ListPage):
    """合同: the book's contracts and agreements."""

    PAGE_NAME = "contracts"
    WATCHED = WATCHED
    SERVICE = "contracts"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent, order=("", False))
        self.setObjectName("contractsPage")
        self.new_button = self.new_record_button(
            self.tr("Ne&w contract…"), "newContract", self.tr("New contract (Ctrl+N)"),
            self.new_contract,
        )  # fmt: skip
        self.todo_button = QPushButton(self.tr("Add to &to-dos…"), self)
        self.todo_button.setObjectName("contractTodo")
        self.todo_button.clicked.connect(lambda: self.add_todo())
        self.search = self.search_box(
            "contractSearch",
            self.tr("Search contracts"),
            self.tr("Number, contract or customer"),
        )
        self.status_filter = CodeComboBox(
            "contract_status",
            "statusFilter",
            self,
            empty_text=self.tr("All statuses"),
        )
        self.status_filter.setAccessibleName(self.tr("Status filter"))
        self.ending = QCheckBox(self.tr("&Ending within 90 days"), self)
        self.ending.setObjectName("endingSoon")
        self.status_filter.currentIndexChanged.connect(lambda _: self.refresh())
        self.ending.toggled.connect(lambda _: self.refresh())
        bar = self.filter_bar(
            (self.new_button, self.todo_button), self.search, (self.status_filter, self.ending)
        )
        columns, orders = contract_columns()
        self.build_list(
            columns, orders, "contractTable", self.tr("Contracts"), stretch=1,
            widths=((0, 140), (2, 140), (3, 90), (4, 70), (5, 95), (6, 95), (7, 120)),
            sort_indicator=False,  # soonest ending first: no column's order
        )  # fmt: skip
        self.table.activated.connect(
            lambda index: self.open_contract(self.model.id_at(index.row()))
        )
        self.lay_out(bar, self.table, "contractSummary")

    def current_filter(self) -> ContractFilter:
        ending = dt.date.today() + dt.timedelta(days=RENEWAL_LEAD_DAYS)
        return ContractFilter(
            book=book_of(self.ctx.user),
            customer_id=self._customer_id,
            status=self.status_filter.code(),
            ending_before=ending if self.ending.isChecked() else None,
            text=self.search.text(),
        )

    def apply_filter(self, filter: dict[str, Any]) -> None:
        """``customer_id``, ``ending`` (bool), ``contract_id`` (opens it)."""
        self.ending.blockSignals(True)
        self.ending.setChecked(bool(filter.get("ending")))
        self.ending.blockSignals(False)
        self.set_customer(filter.get("customer_id"))
        self.refresh()
        if filter.get("contract_id"):
            self.open_contract(str(filter["contract_id"]))

    def summary_text(self, count: int) -> str:
        return self.tr("%n contracts", "", count)

    # -- actions -----------------------------------------------------------------------------

    def new_contract(self, customer_id: str | None = None) -> ContractDialog | None:
        if self.ctx.user is None:
            return None
        dialog = ContractDialog(self.ctx, customer_id=customer_id or self._customer_id, parent=self)
        dialog.saved.connect(lambda _id: self.message.setText(self.tr("Contract saved.")))
        self.open_dialog(dialog)
        return dialog

    def open_contract(self, contract_id: str) -> ContractDialog | None:
        contract = self.ctx.store.contracts.get(contract_id)  # one record by key
        if contract is None:
            return None
        dialog = ContractDialog(self.ctx, contract=contract, parent=self)
        dialog.saved.connect(lambda _id: self.message.setText(self.tr("Contract saved.")))
        self.open_dialog(dialog)
        return dialog

    def add_todo(self) -> TodoDialog | None:
        """加入待办: the renewal of the selected contract."""
        contract_id = self.selected_id()
        if contract_id is None or self.ctx.user is None:
            self.message.setText(self.tr("Choose a contract first."))
            return None
        row: ContractRow = self.model.row_at(self.table.currentIndex().row())
        day = max(renewal_day(vars_of(row)), dt.date.today())
        seed = TodoSeed(
            customer_id=row.customer_id,
            kind="renewal",
            title=self.tr("Renew %1 (%2)").replace("%1", row.number).replace("%2", row.title),
            when=dt.datetime.combine(day, dt.time(1, 0), dt.UTC),  # 09:00 in the province
            source_entity="contract",
            source_id=contract_id,
        )
        dialog = TodoDialog(self.ctx, seed, parent=self)
        self.open_dialog(dialog)
        return dialog
