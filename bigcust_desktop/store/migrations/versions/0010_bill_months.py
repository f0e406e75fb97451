"""Revision 0010: each customer's bills kept as months (customer_bill_month), so that a recompute
over unchanged bills (a new day, a threshold changed) reads a row per customer and month rather
than grouping the wide bills again.

The table is filled from the cache's bills at once: an existing cache keeps its line summary,
so its next recompute redoes only the stale customers and would otherwise find no bills for the
others. Downgrade drops it.
Frozen DDL.

Revision ID: 0010
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

# As `queries.analytics.billing_select` groups the bills (money is stored as integer fen).
FILL = (
    "INSERT INTO customer_bill_month (customer_id, period, billed_fen, owed_fen, due_date) "
    "SELECT customer_id, period, sum(amount), sum(max(amount - paid_amount, 0)), max(due_date) "
    "FROM bill GROUP BY customer_id, period"
)


def upgrade() -> None:
    op.create_table(
        "customer_bill_month",
        sa.Column("customer_id", sa.String(), nullable=False),
        sa.Column("period", sa.String(length=7), nullable=False),
        sa.Column("billed_fen", sa.Integer(), nullable=False),
        sa.Column("owed_fen", sa.Integer(), nullable=False),
        sa.Column("due_date", sa.String(), nullable=False),
        sa.PrimaryKeyConstraint("customer_id", "period", name=op.f("pk_customer_bill_month")),
        sqlite_with_rowid=False,
    )
    op.execute(FILL)


def downgrade() -> None:
    op.drop_table("customer_bill_month")
