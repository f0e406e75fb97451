"""Revision 0005: the materialised analysis of the cached book and saved rehearsals.

New local tables: customer_line_summary, at_risk_customer, under_valued_customer, product_gap,
data_finding, analytics_stale, analytics_dirty, saved_rehearsal; an index on
subscriber.contract_end (terms ending soon). Triggers on the tables a laptop edits too
(activity, fault_ticket, contract, competitor_line) put the customer of every inserted, changed
or deleted row into analytics_stale, whoever writes it (a feed page, a local edit); feed pages of
the province's tables mark theirs set-wise (store/analysis/marks.py). Everything starts stale.
Frozen DDL.

Revision ID: 0005
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

# table -> the column naming its customer: the tables a laptop edits too. The province's large
# tables (customer, contact, subscriber, bill) carry no trigger: a feed page marks its customers
# set-wise (store/analysis/marks.py): one statement a page rather than a trigger run per row
# (half a million on a large priming sync).
STALE_SOURCES = {
    "activity": "customer_id",
    "fault_ticket": "customer_id",
    "contract": "customer_id",
    "competitor_line": "customer_id",
}
_EVENTS = {"insert": ("NEW",), "update": ("OLD", "NEW"), "delete": ("OLD",)}


def _mark(row: str, column: str) -> str:
    """Mark a customer stale. No OR IGNORE: inside an upsert (ON CONFLICT DO UPDATE, as the
    feed writes), SQLite applies the outer statement's conflict handling to the trigger's
    statements too, so the trigger must never meet a conflict at all."""
    return (
        f"INSERT INTO analytics_stale (customer_id) SELECT {row}.{column} "
        f"WHERE {row}.{column} IS NOT NULL AND NOT EXISTS "
        f"(SELECT 1 FROM analytics_stale WHERE customer_id = {row}.{column});"
    )


def _triggers() -> list[tuple[str, str]]:
    out = []
    for table, column in STALE_SOURCES.items():
        for event, rows in _EVENTS.items():
            name = f"tr_{table}_{event}_stale"
            body = " ".join(_mark(row, column) for row in rows)
            out.append(
                (
                    name,
                    f"CREATE TRIGGER {name} AFTER {event.upper()} ON {table} "
                    f"FOR EACH ROW BEGIN {body} END",
                )
            )
    return out


def upgrade() -> None:
    op.create_table(
        "customer_line_summary",
        sa.Column("customer_id", sa.String(), nullable=False),
        sa.Column("lines", sa.Integer(), nullable=False),
        sa.Column("active_lines", sa.Integer(), nullable=False),
        sa.Column("active_monthly_fen", sa.Integer(), nullable=False),
        sa.Column("oldest_line_on", sa.String(), nullable=True),
        sa.PrimaryKeyConstraint("customer_id", name=op.f("pk_customer_line_summary")),
    )
    op.create_table(
        "at_risk_customer",
        sa.Column("customer_id", sa.String(), nullable=False),
        sa.Column("revenue_at_risk_fen", sa.Integer(), nullable=False),
        sa.Column("signal_count", sa.Integer(), nullable=False),
        sa.Column("signals", sa.Text(), nullable=False),
        sa.Column("computed_at", sa.String(length=27), nullable=False),
        sa.PrimaryKeyConstraint("customer_id", name=op.f("pk_at_risk_customer")),
    )
    op.create_index(
        "ix_at_risk_customer_order",
        "at_risk_customer",
        ["revenue_at_risk_fen", "customer_id"],
        unique=False,
    )
    op.create_table(
        "under_valued_customer",
        sa.Column("customer_id", sa.String(), nullable=False),
        sa.Column("spend_factor", sa.String(), nullable=False),
        sa.Column("reasons", sa.Text(), nullable=False),
        sa.Column("group_paid_lines", sa.Integer(), nullable=False),
        sa.Column("member_paid_lines", sa.Integer(), nullable=False),
        sa.Column("computed_at", sa.String(length=27), nullable=False),
        sa.PrimaryKeyConstraint("customer_id", name=op.f("pk_under_valued_customer")),
    )
    op.create_table(
        "product_gap",
        sa.Column("customer_id", sa.String(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("product", sa.String(), nullable=False),
        sa.Column("holders", sa.Integer(), nullable=False),
        sa.Column("peers", sa.Integer(), nullable=False),
        sa.Column("segment", sa.String(), nullable=False),
        sa.PrimaryKeyConstraint("customer_id", "position", name=op.f("pk_product_gap")),
    )
    op.create_index(op.f("ix_product_gap_product"), "product_gap", ["product"], unique=False)
    op.create_table(
        "data_finding",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("code", sa.String(), nullable=False),
        sa.Column("customer_id", sa.String(), nullable=False),
        sa.Column("entity", sa.String(), nullable=False),
        sa.Column("record_id", sa.String(), nullable=False),
        sa.Column("field", sa.String(), nullable=True),
        sa.Column("proposed", sa.String(), nullable=True),
        sa.Column("detail", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_data_finding")),
    )
    op.create_index(op.f("ix_data_finding_code"), "data_finding", ["code"], unique=False)
    op.create_index(
        op.f("ix_data_finding_customer_id"), "data_finding", ["customer_id"], unique=False
    )
    op.create_table(
        "analytics_stale",
        sa.Column("customer_id", sa.String(), nullable=False),
        sa.PrimaryKeyConstraint("customer_id", name=op.f("pk_analytics_stale")),
    )
    op.create_table(
        "analytics_dirty",
        sa.Column("part", sa.String(), nullable=False),
        sa.PrimaryKeyConstraint("part", name=op.f("pk_analytics_dirty")),
    )
    op.create_table(
        "saved_rehearsal",
        sa.Column("id", sa.String(), nullable=False),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("owner_id", sa.String(), nullable=True),
        sa.Column("created_at", sa.String(length=27), nullable=False),
        sa.Column("proposal", sa.Text(), nullable=False),
        sa.Column("scope", sa.Text(), nullable=False),
        sa.Column("totals", sa.Text(), nullable=False),
        sa.Column("customers", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_saved_rehearsal")),
        sa.UniqueConstraint("name", name=op.f("uq_saved_rehearsal_name")),
    )
    op.create_index(
        op.f("ix_subscriber_contract_end"), "subscriber", ["contract_end"], unique=False
    )
    for _name, ddl in _triggers():
        op.execute(ddl)
    op.execute("INSERT OR IGNORE INTO analytics_stale (customer_id) SELECT id FROM customer")
    op.execute("INSERT INTO analytics_dirty (part) VALUES ('gaps'), ('quality')")


def downgrade() -> None:
    for name, _ddl in _triggers():
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.drop_index(op.f("ix_subscriber_contract_end"), table_name="subscriber")
    for table in (
        "saved_rehearsal",
        "analytics_stale",
        "analytics_dirty",
        "data_finding",
        "product_gap",
        "under_valued_customer",
        "at_risk_customer",
        "customer_line_summary",
    ):
        op.drop_table(table)
