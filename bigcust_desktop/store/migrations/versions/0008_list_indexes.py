"""Revision 0008: the list pages' first rows without a sort of the whole list (issue 16).

Covering indexes in each list's default order with the book's column (customer_id): the
opportunities by expected close, the quotes and the activities newest first, the fault tickets
in two runs (the open ones by status and due time, the others newest first); and for the
dashboard, the open opportunities' pipeline by stage and the open tickets by severity, and for
the month totals of the bills (`store.summaries`, written by every sync), read from the indexes
alone, in order, without a sort held in memory. They replace the single-column indexes they
begin with (expected_close, occurred_at, status, stage, period), which every query that used
those can use as well. Frozen DDL.

Revision ID: 0008
"""

from __future__ import annotations

from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

LIST_INDEXES = (
    ("ix_opportunity_list", "opportunity", ["expected_close", "id", "customer_id"]),
    ("ix_quote_list", "quote", ["created_at", "id", "customer_id"]),
    ("ix_activity_list", "activity", ["occurred_at", "id", "customer_id"]),
    (
        "ix_fault_ticket_open_list",
        "fault_ticket",
        ["status", "due_at", "opened_at", "id", "customer_id", "severity"],
    ),
    ("ix_fault_ticket_list", "fault_ticket", ["opened_at", "id", "status", "customer_id"]),
    (
        "ix_opportunity_pipeline",
        "opportunity",
        ["stage", "customer_id", "amount", "probability"],
    ),
    ("ix_bill_period_totals", "bill", ["period", "customer_id", "amount", "paid_amount"]),
)
REPLACED = (
    ("ix_opportunity_expected_close", "opportunity", ["expected_close"]),
    ("ix_activity_occurred_at", "activity", ["occurred_at"]),
    ("ix_fault_ticket_status", "fault_ticket", ["status"]),
    ("ix_opportunity_stage", "opportunity", ["stage"]),
    ("ix_bill_period", "bill", ["period"]),
)


def upgrade() -> None:
    for name, table, _columns in REPLACED:
        op.drop_index(name, table_name=table)
    for name, table, columns in LIST_INDEXES:
        op.create_index(name, table, columns, unique=False)


def downgrade() -> None:
    for name, table, _columns in LIST_INDEXES:
        op.drop_index(name, table_name=table)
    for name, table, columns in REPLACED:
        op.create_index(name, table, columns, unique=False)
