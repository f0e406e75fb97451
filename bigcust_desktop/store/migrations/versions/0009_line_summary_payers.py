"""Revision 0009: 公用/私用 payers kept in the line summary, so that a whole-book recompute over
unchanged lines (a settings change) reads each customer's lines as one kept row.

New columns of customer_line_summary: the active lines paid by the customer's or its group's
accounts (group-paid) and by others' (member-paid), with their monthly fen, and the lines paid
by an account this user was not sent. The line summary is emptied so that the next recompute
redoes the whole book and fills them.
Frozen DDL.

Revision ID: 0009
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

COLUMNS = (
    "group_paid_lines",
    "group_paid_monthly_fen",
    "member_paid_lines",
    "member_paid_monthly_fen",
    "unknown_payer_lines",
)


def upgrade() -> None:
    op.execute("DELETE FROM customer_line_summary")
    with op.batch_alter_table("customer_line_summary") as batch:
        for name in COLUMNS:
            batch.add_column(sa.Column(name, sa.Integer(), nullable=False, server_default="0"))


def downgrade() -> None:
    with op.batch_alter_table("customer_line_summary") as batch:
        for name in reversed(COLUMNS):
            batch.drop_column(name)
