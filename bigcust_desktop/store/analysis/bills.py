"""What the recompute keeps of each customer's bills: one row per customer and period
(`customer_bill_month`), rewritten with the line summary for the customers whose inputs changed.

Depends on SQLAlchemy Core, the store's models and analytics queries.
"""

from __future__ import annotations

from sqlalchemy import Connection, insert

from bigcust_desktop.store.analysis.lines import clear_kept, scope_chunks
from bigcust_desktop.store.models import Bill
from bigcust_desktop.store.models.analytics import CustomerBillMonth
from bigcust_desktop.store.queries.analytics import bill_months
from bigcust_desktop.store.queries.analytics_scope import CustomerScope

COLUMNS = ("customer_id", "period", "billed_fen", "owed_fen", "due_date")


def refresh_bill_months(conn: Connection, scope: CustomerScope) -> None:
    """Rewrite the scope's rows of `customer_bill_month` from its bills (every customer's when the
    scope has no list of ids), as `billing_select` groups them live."""
    clear_kept(conn, CustomerBillMonth, scope)
    for chunk in scope_chunks(scope):
        within = [Bill.customer_id.in_(chunk)] if chunk else scope.restrict(Bill.customer_id)
        conn.execute(insert(CustomerBillMonth).from_select(COLUMNS, bill_months(*within)))
