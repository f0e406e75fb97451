"""Revision 0007: what the analysis recompute reads set-wise without touching every row.

New local table customer_holding (the plans and running add-ons each customer holds, kept for
the stale customers like the line summary, so product gaps are redone from it rather than from
every subscriber); covering indexes on subscriber for the per-customer aggregates (line summary,
公用/私用 payers, plans held, the lines of running add-ons) and for recent losses by status and
day. The line summary is emptied so that the next recompute redoes the whole book and fills
customer_holding.
Frozen DDL.

Revision ID: 0007
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

LINES_INDEX = (
    "ix_subscriber_customer_lines",
    ["customer_id", "status", "account_id", "product_id", "arpu_3m", "activated_on", "id"],
)
LOSSES_INDEX = ("ix_subscriber_status_day", ["status", "status_date", "customer_id", "arpu_3m"])


def upgrade() -> None:
    op.create_table(
        "customer_holding",
        sa.Column("customer_id", sa.String(), nullable=False),
        sa.Column("kind", sa.String(), nullable=False),
        sa.Column("product_id", sa.String(), nullable=False),
        sa.PrimaryKeyConstraint(
            "customer_id", "kind", "product_id", name=op.f("pk_customer_holding")
        ),
    )
    for name, columns in (LINES_INDEX, LOSSES_INDEX):
        op.create_index(name, "subscriber", columns, unique=False)
    op.execute("DELETE FROM customer_line_summary")


def downgrade() -> None:
    for name, _columns in (LINES_INDEX, LOSSES_INDEX):
        op.drop_index(name, table_name="subscriber")
    op.drop_table("customer_holding")
