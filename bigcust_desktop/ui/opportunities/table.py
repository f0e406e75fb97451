"""The opportunity table's columns and the query order behind each header.

Depends on `ui.qt`, `ui.labels` and `ui.widgets`.
"""

from __future__ import annotations

import datetime as dt

from bigcust_desktop.domain.drafts.form_input import local_today
from bigcust_desktop.domain.stages import OPEN_STAGES
from bigcust_desktop.store.queries.opportunities import OpportunityRow
from bigcust_desktop.ui.labels import date_text, label
from bigcust_desktop.ui.qt import QCoreApplication, Qt
from bigcust_desktop.ui.widgets.sync_state import sync_state_column
from bigcust_desktop.ui.widgets.table_model import Column, money_column

_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def _overdue(row: OpportunityRow) -> bool:
    today = local_today(dt.datetime.now(dt.UTC))
    return row.stage in OPEN_STAGES and row.expected_close < today


def opportunity_columns() -> tuple[list[Column], list[str | None]]:
    """The table's columns and the query order each header click asks for."""
    columns = [
        Column(QCoreApplication.translate("OpportunityTable", "Opportunity"), lambda r: r.title),
        Column(
            QCoreApplication.translate("OpportunityTable", "Customer"), lambda r: r.customer_name
        ),
        Column(
            QCoreApplication.translate("OpportunityTable", "Stage"),
            lambda r: label("stage", r.stage),
        ),
        Column(
            QCoreApplication.translate("OpportunityTable", "Product"),
            lambda r: label("category", r.product_category),
        ),
        money_column(
            QCoreApplication.translate("OpportunityTable", "Amount / year"), lambda r: r.amount
        ),
        Column(
            QCoreApplication.translate("OpportunityTable", "Probability"),
            lambda r: f"{r.probability}%",
            _RIGHT,
        ),
        money_column(
            QCoreApplication.translate("OpportunityTable", "Weighted"), lambda r: r.weighted
        ),
        Column(
            QCoreApplication.translate("OpportunityTable", "Expected close"),
            lambda r: date_text(r.expected_close),
            # An open deal whose close date has passed needs a new date or a decision.
            color=lambda r: "#c0392b" if _overdue(r) else None,
        ),
        Column(QCoreApplication.translate("OpportunityTable", "Owner"), lambda r: r.owner_name),
        sync_state_column(
            QCoreApplication.translate("OpportunityTable", "Sync"), lambda r: r.sync_state
        ),
    ]
    orders = [
        "title",
        "customer_name",
        "stage",
        "product_category",
        "amount",
        "probability",
        None,
        "expected_close",
        "owner_name",
        None,
    ]
    return columns, orders
