"""Revision 0001: the schema of docs/data-model.md, one table per entity, and sync bookkeeping.

Frozen DDL (plain SQL types: money and decimals as INTEGER, instants and JSON as TEXT).
Revision ID: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


_TABLES = (
    "activity",
    "audit_log",
    "bill",
    "billing_account",
    "change_request",
    "conflict",
    "contact",
    "customer",
    "fault_ticket",
    "meta",
    "opportunity",
    "outbox",
    "payment",
    "product",
    "quarantined_record",
    "quote",
    "service",
    "subscriber",
    "server_copy",
    "sync_cursor",
    "team",
    "user",
    "fault_ticket_event",
    "quote_line",
)


def upgrade() -> None:
    op.create_table(
        "activity",
        sa.Column("id", sa.String(), nullable=False),
        sa.Column("customer_id", sa.String(), nullable=False),
        sa.Column("opportunity_id", sa.String(), nullable=True),
        sa.Column("contact_id", sa.String(), nullable=True),
        sa.Column("owner_id", sa.String(), nullable=False),
        sa.Column("channel", sa.String(), nullable=False),
        sa.Column("topic", sa.String(), nullable=False),
        sa.Column("outcome", sa.String(), nullable=False),
        sa.Column("occurred_at", sa.String(length=27), nullable=False),
        sa.Column("notes", sa.String(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.String(length=27), nullable=False),
        sa.Column("sync_state", sa.String(), server_default=sa.text("'synced'"), nullable=False),
        sa.Column("base_version", sa.Integer(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_activity")),
    )
    op.create_index(op.f("ix_activity_contact_id"), "activity", ["contact_id"], unique=False)
    op.create_index(
        "ix_activity_customer_id_occurred_at",
        "activity",
        ["customer_id", "occurred_at"],
        unique=False,
    )
    op.create_index(
        "ix_activity_local_changes",
        "activity",
        ["sync_state"],
        unique=False,
        sqlite_where=sa.text("sync_state != 'synced'"),
    )
    op.create_index(op.f("ix_activity_occurred_at"), "activity", ["occurred_at"], unique=False)
    op.create_index(
        op.f("ix_activity_opportunity_id"), "activity", ["opportunity_id"], unique=False
    )
    op.create_index(op.f("ix_activity_owner_id"), "activity", ["owner_id"], unique=False)

    op.create_table(
        "audit_log",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("at", sa.String(length=27), nullable=False),
        sa.Column("user_id", sa.String(), nullable=True),
        sa.Column("action", sa.String(), nullable=False),
        sa.Column("details", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_log")),
    )
    op.create_index(op.f("ix_audit_log_action"), "audit_log", ["action"], unique=False)
    op.create_index(op.f("ix_audit_log_at"), "audit_log", ["at"], unique=False)

    op.create_table(
        "bill",
        sa.Column("id", sa.String(), nullable=False),
        sa.Column("account_id", sa.String(), nullable=False),
        sa.Column("customer_id", sa.String(), nullable=False),
        sa.Column("period", sa.String(length=7), nullable=False),
        sa.Column("amount", sa.Integer(), nullable=False),
        sa.Column("paid_amount", sa.Integer(), nullable=False),
        sa.Column("due_date", sa.Date(), nullable=False),
        sa.Column("status", sa.String(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.String(length=27), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_bill")),
    )
    op.create_index(op.f("ix_bill_account_id"), "bill", ["account_id"], unique=False)
    op.create_index("ix_bill_customer_id_period", "bill", ["customer_id", "period"], unique=False)
    op.create_index(op.f("ix_bill_period"), "bill", ["period"], unique=False)
    op.create_index(op.f("ix_bill_status"), "bill", ["status"], unique=False)

    op.create_table(
        "billing_account",
        sa.Column("id", sa.String(), nullable=False),
        sa.Column("customer_id", sa.String(), nullable=False),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("pay_method", sa.String(), nullable=False),
        sa.Column("status", sa.String(), nullable=False),
        sa.Column("opened_on", sa.Date(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.String(length=27), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_billing_account")),
    )
    op.create_index(
        op.f("ix_billing_account_customer_id"), "billing_account", ["customer_id"], unique=False
    )
    op.create_index(op.f("ix_billing_account_status"), "billing_account", ["status"], unique=False)

    op.create_table(
        "change_request",
        sa.Column("id", sa.String(), nullable=False),
        sa.Column("customer_id", sa.String(), nullable=False),
        sa.Column("target_entity", sa.String(), nullable=False),
        sa.Column("target_id", sa.String(), nullable=False),
        sa.Column("changes", sa.Text(), nullable=False),
        sa.Column("reason", sa.String(), nullable=False),
        sa.Column("status", sa.String(), nullable=False),
        sa.Column("reviewer_note", sa.String(), nullable=True),
        sa.Column("requested_by", sa.String(), nullable=False),
        sa.Column("requested_at", sa.String(length=27), nullable=False),
        sa.Column("decided_at", sa.String(length=27), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.String(length=27), nullable=False),
        sa.Column("sync_state", sa.String(), server_default=sa.text("'synced'"), nullable=False),
        sa.Column("base_version", sa.Integer(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_change_request")),
    )
    op.create_index(
        op.f("ix_change_request_customer_id"), "change_request", ["customer_id"], unique=False
    )
    op.create_index(
        "ix_change_request_local_changes",
        "change_request",
        ["sync_state"],
        unique=False,
        sqlite_where=sa.text("sync_state != 'synced'"),
    )
    op.create_index(
        op.f("ix_change_request_requested_by"), "change_request", ["requested_by"], unique=False
    )
    op.create_index(op.f("ix_change_request_status"), "change_request", ["status"], unique=False)
    op.create_index(
        op.f("ix_change_request_target_id"), "change_request", ["target_id"], unique=False
    )

    op.create_table(
        "conflict",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("entity", sa.String(), nullable=False),
        sa.Column("record_id", sa.String(), nullable=False),
        sa.Column("op_id", sa.String(), nullable=True),
        sa.Column("fields", sa.Text(), nullable=False),
        sa.Column("base", sa.Text(), nullable=False),
        sa.Column("mine", sa.Text(), nullable=False),
        sa.Column("theirs", sa.Text(), nullable=False),
        sa.Column("theirs_version", sa.Integer(), nullable=True),
        sa.Column("deleted_on_server", sa.Boolean(), server_default=sa.text("0"), nullable=False),
        sa.Column("created_at", sa.String(length=27), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_conflict")),
    )
    op.create_index(
        "ix_conflict_entity_record_id", "conflict", ["entity", "record_id"], unique=False
    )
    op.create_index(op.f("ix_conflict_op_id"), "conflict", ["op_id"], unique=False)

    op.create_table(
        "contact",
        sa.Column("id", sa.String(), nullable=False),
        sa.Column("customer_id", sa.String(), nullable=False),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("title", sa.String(), nullable=False),
        sa.Column("mobile", sa.String(), nullable=False),
        sa.Column("resident_id", sa.String(), nullable=True),
        sa.Column("email", sa.String(), nullable=True),
        sa.Column("is_key", sa.Boolean(), nullable=False),
        sa.Column("notes", sa.String(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.String(length=27), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contact")),
    )
    op.create_index(op.f("ix_contact_customer_id"), "contact", ["customer_id"], unique=False)
    op.create_index(op.f("ix_contact_mobile"), "contact", ["mobile"], unique=False)

    op.create_table(
        "customer",
        sa.Column("id", sa.String(), nullable=False),
        sa.Column("uscc", sa.String(), nullable=False),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("short_name", sa.String(), nullable=False),
        sa.Column("industry", sa.String(), nullable=False),
        sa.Column("city", sa.String(), nullable=False),
        sa.Column("district", sa.String(), nullable=False),
        sa.Column("address", sa.String(), nullable=False),
        sa.Column("parent_id", sa.String(), nullable=True),
        sa.Column("manager_id", sa.String(), nullable=False),
        sa.Column("team_id", sa.String(), nullable=False),
        sa.Column("value_tier", sa.String(), nullable=False),
        sa.Column("value_score", sa.Integer(), nullable=False),
        sa.Column("value_factors", sa.Text(), nullable=False),
        sa.Column("status", sa.String(), nullable=False),
        sa.Column("created_on", sa.Date(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.String(length=27), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_customer")),
    )
    op.create_index(op.f("ix_customer_manager_id"), "customer", ["manager_id"], unique=False)
    op.create_index(op.f("ix_customer_parent_id"), "customer", ["parent_id"], unique=False)
    op.create_index(op.f("ix_customer_status"), "customer", ["status"], unique=False)
    op.create_index(op.f("ix_customer_team_id"), "customer", ["team_id"], unique=False)
    op.create_index(op.f("ix_customer_uscc"), "customer", ["uscc"], unique=False)
    op.create_index(op.f("ix_customer_value_tier"), "customer", ["value_tier"], unique=False)

    op.create_table(
        "fault_ticket",
        sa.Column("id", sa.String(), nullable=False),
        sa.Column("customer_id", sa.String(), nullable=False),
        sa.Column("subscriber_id", sa.String(), nullable=False),
        sa.Column("reported_by", sa.String(), nullable=False),
        sa.Column("severity", sa.String(), nullable=False),
        sa.Column("title", sa.String(), nullable=False),
        sa.Column("description", sa.String(), nullable=False),
        sa.Column("status", sa.String(), nullable=False),
        sa.Column("opened_at", sa.String(length=27), nullable=False),
        sa.Column("due_at", sa.String(length=27), nullable=False),
        sa.Column("resolved_at", sa.String(length=27), nullable=True),
        sa.Column("resolution", sa.String(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.String(length=27), nullable=False),
        sa.Column("sync_state", sa.String(), server_default=sa.text("'synced'"), nullable=False),
        sa.Column("base_version", sa.Integer(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_fault_ticket")),
    )
    op.create_index(
        op.f("ix_fault_ticket_customer_id"), "fault_ticket", ["customer_id"], unique=False
    )
    op.create_index(
        "ix_fault_ticket_local_changes",
        "fault_ticket",
        ["sync_state"],
        unique=False,
        sqlite_where=sa.text("sync_state != 'synced'"),
    )
    op.create_index(
        op.f("ix_fault_ticket_reported_by"), "fault_ticket", ["reported_by"], unique=False
    )
    op.create_index(op.f("ix_fault_ticket_severity"), "fault_ticket", ["severity"], unique=False)
    op.create_index(op.f("ix_fault_ticket_status"), "fault_ticket", ["status"], unique=False)
    op.create_index(
        op.f("ix_fault_ticket_subscriber_id"), "fault_ticket", ["subscriber_id"], unique=False
    )

    op.create_table(
        "meta",
        sa.Column("key", sa.String(), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_meta")),
    )
    op.create_table(
        "opportunity",
        sa.Column("id", sa.String(), nullable=False),
        sa.Column("customer_id", sa.String(), nullable=False),
        sa.Column("owner_id", sa.String(), nullable=False),
        sa.Column("title", sa.String(), nullable=False),
        sa.Column("stage", sa.String(), nullable=False),
        sa.Column("product_category", sa.String(), nullable=False),
        sa.Column("amount", sa.Integer(), nullable=False),
        sa.Column("probability", sa.Integer(), nullable=False),
        sa.Column("expected_close", sa.Date(), nullable=False),
        sa.Column("lost_reason", sa.String(), nullable=True),
        sa.Column("notes", sa.String(), nullable=True),
        sa.Column("created_at", sa.String(length=27), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.String(length=27), nullable=False),
        sa.Column("sync_state", sa.String(), server_default=sa.text("'synced'"), nullable=False),
        sa.Column("base_version", sa.Integer(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_opportunity")),
    )
    op.create_index(
        op.f("ix_opportunity_customer_id"), "opportunity", ["customer_id"], unique=False
    )
    op.create_index(
        op.f("ix_opportunity_expected_close"), "opportunity", ["expected_close"], unique=False
    )
    op.create_index(
        "ix_opportunity_local_changes",
        "opportunity",
        ["sync_state"],
        unique=False,
        sqlite_where=sa.text("sync_state != 'synced'"),
    )
    op.create_index(op.f("ix_opportunity_owner_id"), "opportunity", ["owner_id"], unique=False)
    op.create_index(op.f("ix_opportunity_stage"), "opportunity", ["stage"], unique=False)

    op.create_table(
        "outbox",
        sa.Column("seq", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("op_id", sa.String(), nullable=False),
        sa.Column("system", sa.String(), nullable=False),
        sa.Column("entity", sa.String(), nullable=False),
        sa.Column("record_id", sa.String(), nullable=False),
        sa.Column("kind", sa.String(), nullable=False),
        sa.Column("base_version", sa.Integer(), nullable=True),
        sa.Column("fields", sa.Text(), nullable=False),
        sa.Column("state", sa.String(), server_default=sa.text("'pending'"), nullable=False),
        sa.Column("attempts", sa.Integer(), server_default=sa.text("0"), nullable=False),
        sa.Column("last_error", sa.Text(), nullable=True),
        sa.Column("created_at", sa.String(length=27), nullable=False),
        sa.PrimaryKeyConstraint("seq", name=op.f("pk_outbox")),
        sa.UniqueConstraint("op_id", name=op.f("uq_outbox_op_id")),
        sqlite_autoincrement=True,
    )
    op.create_index("ix_outbox_entity_record_id", "outbox", ["entity", "record_id"], unique=False)
    op.create_index("ix_outbox_state_seq", "outbox", ["state", "seq"], unique=False)

    op.create_table(
        "payment",
        sa.Column("id", sa.String(), nullable=False),
        sa.Column("account_id", sa.String(), nullable=False),
        sa.Column("bill_id", sa.String(), nullable=True),
        sa.Column("paid_at", sa.String(length=27), nullable=False),
        sa.Column("amount", sa.Integer(), nullable=False),
        sa.Column("method", sa.String(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.String(length=27), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_payment")),
    )
    op.create_index(op.f("ix_payment_account_id"), "payment", ["account_id"], unique=False)
    op.create_index(op.f("ix_payment_bill_id"), "payment", ["bill_id"], unique=False)

    op.create_table(
        "product",
        sa.Column("id", sa.String(), nullable=False),
        sa.Column("code", sa.String(), nullable=False),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("category", sa.String(), nullable=False),
        sa.Column("unit", sa.String(), nullable=False),
        sa.Column("monthly_fee", sa.Integer(), nullable=False),
        sa.Column("floor_price", sa.Integer(), nullable=False),
        sa.Column("included_minutes", sa.Integer(), nullable=False),
        sa.Column("included_data_gb", sa.Integer(), nullable=False),
        sa.Column("overage_minute_rate", sa.Integer(), nullable=False),
        sa.Column("overage_data_rate", sa.Integer(), nullable=False),
        sa.Column("min_term_months", sa.Integer(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.String(length=27), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_product")),
    )
    op.create_index(op.f("ix_product_category"), "product", ["category"], unique=False)
    op.create_index(op.f("ix_product_code"), "product", ["code"], unique=False)

    op.create_table(
        "quarantined_record",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("system", sa.String(), nullable=False),
        sa.Column("entity", sa.String(), nullable=True),
        sa.Column("record_id", sa.String(), nullable=True),
        sa.Column("raw", sa.Text(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("received_at", sa.String(length=27), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_quarantined_record")),
    )
    op.create_index(
        op.f("ix_quarantined_record_system"), "quarantined_record", ["system"], unique=False
    )

    op.create_table(
        "quote",
        sa.Column("id", sa.String(), nullable=False),
        sa.Column("customer_id", sa.String(), nullable=False),
        sa.Column("opportunity_id", sa.String(), nullable=True),
        sa.Column("owner_id", sa.String(), nullable=False),
        sa.Column("title", sa.String(), nullable=False),
        sa.Column("status", sa.String(), nullable=False),
        sa.Column("term_months", sa.Integer(), nullable=False),
        sa.Column("valid_until", sa.Date(), nullable=False),
        sa.Column("notes", sa.String(), nullable=True),
        sa.Column("approved_by", sa.String(), nullable=True),
        sa.Column("approval_note", sa.String(), nullable=True),
        sa.Column("total", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.String(length=27), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.String(length=27), nullable=False),
        sa.Column("sync_state", sa.String(), server_default=sa.text("'synced'"), nullable=False),
        sa.Column("base_version", sa.Integer(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_quote")),
    )
    op.create_index(op.f("ix_quote_customer_id"), "quote", ["customer_id"], unique=False)
    op.create_index(
        "ix_quote_local_changes",
        "quote",
        ["sync_state"],
        unique=False,
        sqlite_where=sa.text("sync_state != 'synced'"),
    )
    op.create_index(op.f("ix_quote_opportunity_id"), "quote", ["opportunity_id"], unique=False)
    op.create_index(op.f("ix_quote_owner_id"), "quote", ["owner_id"], unique=False)
    op.create_index(op.f("ix_quote_status"), "quote", ["status"], unique=False)

    op.create_table(
        "service",
        sa.Column("id", sa.String(), nullable=False),
        sa.Column("subscriber_id", sa.String(), nullable=False),
        sa.Column("product_id", sa.String(), nullable=False),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("monthly_fee", sa.Integer(), nullable=False),
        sa.Column("started_on", sa.Date(), nullable=False),
        sa.Column("ended_on", sa.Date(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.String(length=27), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_service")),
    )
    op.create_index(op.f("ix_service_product_id"), "service", ["product_id"], unique=False)
    op.create_index(op.f("ix_service_subscriber_id"), "service", ["subscriber_id"], unique=False)

    op.create_table(
        "subscriber",
        sa.Column("id", sa.String(), nullable=False),
        sa.Column("customer_id", sa.String(), nullable=False),
        sa.Column("account_id", sa.String(), nullable=False),
        sa.Column("service_number", sa.String(), nullable=False),
        sa.Column("kind", sa.String(), nullable=False),
        sa.Column("product_id", sa.String(), nullable=False),
        sa.Column("status", sa.String(), nullable=False),
        sa.Column("status_date", sa.Date(), nullable=False),
        sa.Column("activated_on", sa.Date(), nullable=False),
        sa.Column("contract_end", sa.Date(), nullable=True),
        sa.Column("arpu_3m", sa.Integer(), nullable=False),
        sa.Column("mou_3m", sa.Integer(), nullable=False),
        sa.Column("dou_3m", sa.Integer(), nullable=False),
        sa.Column("sms_3m", sa.Integer(), nullable=False),
        sa.Column("install_address", sa.String(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.String(length=27), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_subscriber")),
    )
    op.create_index(op.f("ix_subscriber_account_id"), "subscriber", ["account_id"], unique=False)
    op.create_index(op.f("ix_subscriber_customer_id"), "subscriber", ["customer_id"], unique=False)
    op.create_index(op.f("ix_subscriber_product_id"), "subscriber", ["product_id"], unique=False)
    op.create_index(op.f("ix_subscriber_status"), "subscriber", ["status"], unique=False)

    op.create_table(
        "sync_cursor",
        sa.Column("system", sa.String(), nullable=False),
        sa.Column("cursor", sa.String(), nullable=True),
        sa.Column("updated_at", sa.String(length=27), nullable=False),
        sa.PrimaryKeyConstraint("system", name=op.f("pk_sync_cursor")),
    )
    op.create_table(
        "server_copy",
        sa.Column("entity", sa.String(), nullable=False),
        sa.Column("record_id", sa.String(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("record", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("entity", "record_id", name=op.f("pk_server_copy")),
    )
    op.create_table(
        "team",
        sa.Column("id", sa.String(), nullable=False),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("city", sa.String(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.String(length=27), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_team")),
    )
    op.create_table(
        "user",
        sa.Column("id", sa.String(), nullable=False),
        sa.Column("username", sa.String(), nullable=False),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("role", sa.String(), nullable=False),
        sa.Column("city", sa.String(), nullable=False),
        sa.Column("team_id", sa.String(), nullable=False),
        sa.Column("mobile", sa.String(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.String(length=27), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_user")),
        sa.UniqueConstraint("username", name=op.f("uq_user_username")),
    )
    op.create_index(op.f("ix_user_team_id"), "user", ["team_id"], unique=False)

    op.create_table(
        "fault_ticket_event",
        sa.Column("fault_ticket_id", sa.String(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(), nullable=False),
        sa.Column("at", sa.String(length=27), nullable=False),
        sa.Column("by", sa.String(), nullable=False),
        sa.Column("note", sa.String(), nullable=True),
        sa.ForeignKeyConstraint(
            ["fault_ticket_id"],
            ["fault_ticket.id"],
            name=op.f("fk_fault_ticket_event_fault_ticket_id_fault_ticket"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("fault_ticket_id", "position", name=op.f("pk_fault_ticket_event")),
    )
    op.create_table(
        "quote_line",
        sa.Column("id", sa.String(), nullable=False),
        sa.Column("quote_id", sa.String(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("product_id", sa.String(), nullable=False),
        sa.Column("quantity", sa.Integer(), nullable=False),
        sa.Column("unit_price", sa.Integer(), nullable=False),
        sa.Column("discount_pct", sa.Integer(), nullable=False),
        sa.Column("net_unit_price", sa.Integer(), nullable=False),
        sa.Column("line_total", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["quote_id"],
            ["quote.id"],
            name=op.f("fk_quote_line_quote_id_quote"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_quote_line")),
    )
    op.create_index(op.f("ix_quote_line_product_id"), "quote_line", ["product_id"], unique=False)
    op.create_index(op.f("ix_quote_line_quote_id"), "quote_line", ["quote_id"], unique=False)


def downgrade() -> None:
    # Dropping a table drops its indexes; children (with FOREIGN KEYs) go before parents.
    for table in reversed(_TABLES):
        op.drop_table(table)
