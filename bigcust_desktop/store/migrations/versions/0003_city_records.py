"""Revision 0003: the city records for analysis and the wire changes that came with them.

New tables: segment, campaign, campaign_round, campaign_task, todo, contract, contract_circuit,
contract_attachment, competitor_line, contact_role, audit_event, and the local copy of attachment
files (attachment_file, attachment_chunk). New columns: quote numbers, revisions, approval reason
and level, one-time totals; quote lines' branch, charge type and VAT category; products' charge
type and VAT category; bill adjustments; contact landlines (mobile becomes optional); activity
product, campaign references and competitor offer. Frozen DDL (plain SQL types).

Existing rows get what the wire format now requires (VAT category from the product category,
monthly charges, revision 1, no adjustment), and every feed cursor is forgotten, so that the
next sync brings the server's own values (quote numbers, VAT categories) for every record;
local edits waiting in the outbox are kept as they are.
Revision ID: 0003
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


# Products: basic telecom (voice, V-net, circuits) 9 %, the rest (internet access, IDC, cloud)
# 6 %, until the catalogue feed brings each product's own category. Quote lines follow their
# product. Then every cursor goes: the next sync re-reads the feeds whole.
_FILL = (
    "UPDATE product SET vat_category = 'value_added_telecom' "
    "WHERE category IN ('broadband', 'idc', 'cloud')",
    "UPDATE quote_line SET vat_category = COALESCE("
    "(SELECT p.vat_category FROM product AS p WHERE p.id = quote_line.product_id), "
    "'basic_telecom')",
    "DELETE FROM sync_cursor",
)


def _col(
    name: str,
    type_: sa.types.TypeEngine | None = None,
    default: str | None = None,
    *,
    nullable: bool = False,
):
    """A new column; with a default existing rows take it (NOT NULL unless `nullable`)."""
    kind = type_ if type_ is not None else sa.String()
    if default is None:
        return sa.Column(name, kind, nullable=True)
    return sa.Column(name, kind, server_default=sa.text(default), nullable=nullable)


def _add(table: str, *columns: sa.Column) -> None:
    for column in columns:
        op.add_column(table, column)


def upgrade() -> None:
    op.create_table(
        "attachment_file",
        sa.Column("attachment_id", sa.String(), nullable=False),
        sa.Column("sha256", sa.String(), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("stored_bytes", sa.Integer(), nullable=False),
        sa.Column("complete", sa.Boolean(), nullable=False),
        sa.Column("direction", sa.String(), nullable=False),
        sa.Column("uploaded_bytes", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.String(length=27), nullable=False),
        sa.PrimaryKeyConstraint("attachment_id", name=op.f("pk_attachment_file")),
    )
    op.create_table(
        "audit_event",
        sa.Column("id", sa.String(), nullable=False),
        sa.Column("action", sa.String(), nullable=False),
        sa.Column("report", sa.String(), nullable=False),
        sa.Column("scope", sa.Text(), nullable=False),
        sa.Column("row_count", sa.Integer(), nullable=False),
        sa.Column("file_name", sa.String(), nullable=True),
        sa.Column("contains_personal_data", sa.Boolean(), nullable=False),
        sa.Column("occurred_at", sa.String(length=27), nullable=False),
        sa.Column("client", sa.String(), nullable=True),
        sa.Column("user_id", sa.String(), nullable=False),
        sa.Column("team_id", sa.String(), nullable=False),
        sa.Column("received_at", sa.String(length=27), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.String(length=27), nullable=False),
        sa.Column("sync_state", sa.String(), server_default=sa.text("'synced'"), nullable=False),
        sa.Column("base_version", sa.Integer(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_event")),
    )
    with op.batch_alter_table("audit_event", schema=None) as batch_op:
        batch_op.create_index(
            "ix_audit_event_local_changes",
            ["sync_state"],
            unique=False,
            sqlite_where=sa.text("sync_state != 'synced'"),
        )
        batch_op.create_index(
            batch_op.f("ix_audit_event_occurred_at"), ["occurred_at"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_audit_event_user_id"), ["user_id"], unique=False)

    op.create_table(
        "campaign",
        sa.Column("id", sa.String(), nullable=False),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("topic", sa.String(), nullable=False),
        sa.Column("product_id", sa.String(), nullable=True),
        sa.Column("product_category", sa.String(), nullable=True),
        sa.Column("description", sa.String(), nullable=True),
        sa.Column("status", sa.String(), nullable=False),
        sa.Column("starts_on", sa.Date(), nullable=False),
        sa.Column("ends_on", sa.Date(), nullable=False),
        sa.Column("team_id", sa.String(), nullable=False),
        sa.Column("owner_id", sa.String(), nullable=False),
        sa.Column("segment_id", sa.String(), nullable=True),
        sa.Column("target_definition", sa.Text(), nullable=True),
        sa.Column("created_at", sa.String(length=27), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.String(length=27), nullable=False),
        sa.Column("sync_state", sa.String(), server_default=sa.text("'synced'"), nullable=False),
        sa.Column("base_version", sa.Integer(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_campaign")),
    )
    with op.batch_alter_table("campaign", schema=None) as batch_op:
        batch_op.create_index(
            "ix_campaign_local_changes",
            ["sync_state"],
            unique=False,
            sqlite_where=sa.text("sync_state != 'synced'"),
        )
        batch_op.create_index(batch_op.f("ix_campaign_status"), ["status"], unique=False)

    op.create_table(
        "campaign_round",
        sa.Column("id", sa.String(), nullable=False),
        sa.Column("campaign_id", sa.String(), nullable=False),
        sa.Column("team_id", sa.String(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("channel", sa.String(), nullable=False),
        sa.Column("target_rule", sa.String(), nullable=False),
        sa.Column("after_round_id", sa.String(), nullable=True),
        sa.Column("starts_on", sa.Date(), nullable=False),
        sa.Column("ends_on", sa.Date(), nullable=False),
        sa.Column("script", sa.String(), nullable=True),
        sa.Column("status", sa.String(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.String(length=27), nullable=False),
        sa.Column("sync_state", sa.String(), server_default=sa.text("'synced'"), nullable=False),
        sa.Column("base_version", sa.Integer(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_campaign_round")),
    )
    with op.batch_alter_table("campaign_round", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_campaign_round_campaign_id"), ["campaign_id"], unique=False
        )
        batch_op.create_index(
            "ix_campaign_round_local_changes",
            ["sync_state"],
            unique=False,
            sqlite_where=sa.text("sync_state != 'synced'"),
        )

    op.create_table(
        "campaign_task",
        sa.Column("id", sa.String(), nullable=False),
        sa.Column("campaign_id", sa.String(), nullable=False),
        sa.Column("round_id", sa.String(), nullable=False),
        sa.Column("customer_id", sa.String(), nullable=False),
        sa.Column("contact_id", sa.String(), nullable=True),
        sa.Column("assignee_id", sa.String(), nullable=False),
        sa.Column("state", sa.String(), nullable=False),
        sa.Column("suppression_reason", sa.String(), nullable=True),
        sa.Column("suppression_note", sa.String(), nullable=True),
        sa.Column("outcome", sa.String(), nullable=True),
        sa.Column("outcome_at", sa.String(length=27), nullable=True),
        sa.Column("opportunity_id", sa.String(), nullable=True),
        sa.Column("activity_id", sa.String(), nullable=True),
        sa.Column("due_on", sa.Date(), nullable=True),
        sa.Column("notes", sa.String(), nullable=True),
        sa.Column("created_at", sa.String(length=27), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.String(length=27), nullable=False),
        sa.Column("sync_state", sa.String(), server_default=sa.text("'synced'"), nullable=False),
        sa.Column("base_version", sa.Integer(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_campaign_task")),
    )
    with op.batch_alter_table("campaign_task", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_campaign_task_assignee_id"), ["assignee_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_campaign_task_campaign_id"), ["campaign_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_campaign_task_customer_id"), ["customer_id"], unique=False
        )
        batch_op.create_index(
            "ix_campaign_task_local_changes",
            ["sync_state"],
            unique=False,
            sqlite_where=sa.text("sync_state != 'synced'"),
        )
        batch_op.create_index(
            "ix_campaign_task_round_id_state", ["round_id", "state"], unique=False
        )

    op.create_table(
        "competitor_line",
        sa.Column("id", sa.String(), nullable=False),
        sa.Column("customer_id", sa.String(), nullable=False),
        sa.Column("carrier", sa.String(), nullable=False),
        sa.Column("service", sa.String(), nullable=False),
        sa.Column("lines", sa.Integer(), nullable=False),
        sa.Column("monthly_spend", sa.Integer(), nullable=True),
        sa.Column("contract_end", sa.Date(), nullable=True),
        sa.Column("source", sa.String(), nullable=False),
        sa.Column("status", sa.String(), nullable=False),
        sa.Column("observed_on", sa.Date(), nullable=False),
        sa.Column("notes", sa.String(), nullable=True),
        sa.Column("recorded_by", sa.String(), nullable=False),
        sa.Column("created_at", sa.String(length=27), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.String(length=27), nullable=False),
        sa.Column("sync_state", sa.String(), server_default=sa.text("'synced'"), nullable=False),
        sa.Column("base_version", sa.Integer(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_competitor_line")),
    )
    with op.batch_alter_table("competitor_line", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_competitor_line_customer_id"), ["customer_id"], unique=False
        )
        batch_op.create_index(
            "ix_competitor_line_local_changes",
            ["sync_state"],
            unique=False,
            sqlite_where=sa.text("sync_state != 'synced'"),
        )

    op.create_table(
        "contact_role",
        sa.Column("id", sa.String(), nullable=False),
        sa.Column("customer_id", sa.String(), nullable=False),
        sa.Column("contact_id", sa.String(), nullable=False),
        sa.Column("role", sa.String(), nullable=False),
        sa.Column("reports_to_contact_id", sa.String(), nullable=True),
        sa.Column("attitude", sa.String(), nullable=False),
        sa.Column("influence", sa.String(), nullable=False),
        sa.Column("birthday", sa.Date(), nullable=True),
        sa.Column("notes", sa.String(), nullable=True),
        sa.Column("owner_id", sa.String(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.String(length=27), nullable=False),
        sa.Column("sync_state", sa.String(), server_default=sa.text("'synced'"), nullable=False),
        sa.Column("base_version", sa.Integer(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contact_role")),
    )
    with op.batch_alter_table("contact_role", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_contact_role_contact_id"), ["contact_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_contact_role_customer_id"), ["customer_id"], unique=False
        )
        batch_op.create_index(
            "ix_contact_role_local_changes",
            ["sync_state"],
            unique=False,
            sqlite_where=sa.text("sync_state != 'synced'"),
        )

    op.create_table(
        "contract",
        sa.Column("id", sa.String(), nullable=False),
        sa.Column("customer_id", sa.String(), nullable=False),
        sa.Column("owner_id", sa.String(), nullable=False),
        sa.Column("number", sa.String(), nullable=False),
        sa.Column("title", sa.String(), nullable=False),
        sa.Column("kind", sa.String(), nullable=False),
        sa.Column("parent_contract_id", sa.String(), nullable=True),
        sa.Column("status", sa.String(), nullable=False),
        sa.Column("signed_on", sa.Date(), nullable=True),
        sa.Column("starts_on", sa.Date(), nullable=False),
        sa.Column("ends_on", sa.Date(), nullable=False),
        sa.Column("renewal_on", sa.Date(), nullable=True),
        sa.Column("auto_renew", sa.Boolean(), nullable=False),
        sa.Column("notice_days", sa.Integer(), nullable=True),
        sa.Column("amount", sa.Integer(), nullable=False),
        sa.Column("products", sa.Text(), nullable=False),
        sa.Column("notes", sa.String(), nullable=True),
        sa.Column("created_at", sa.String(length=27), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.String(length=27), nullable=False),
        sa.Column("sync_state", sa.String(), server_default=sa.text("'synced'"), nullable=False),
        sa.Column("base_version", sa.Integer(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contract")),
    )
    with op.batch_alter_table("contract", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_contract_customer_id"), ["customer_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_contract_ends_on"), ["ends_on"], unique=False)
        batch_op.create_index(
            "ix_contract_local_changes",
            ["sync_state"],
            unique=False,
            sqlite_where=sa.text("sync_state != 'synced'"),
        )
        batch_op.create_index(batch_op.f("ix_contract_number"), ["number"], unique=False)
        batch_op.create_index(batch_op.f("ix_contract_owner_id"), ["owner_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_contract_status"), ["status"], unique=False)

    op.create_table(
        "contract_attachment",
        sa.Column("id", sa.String(), nullable=False),
        sa.Column("contract_id", sa.String(), nullable=False),
        sa.Column("customer_id", sa.String(), nullable=False),
        sa.Column("file_name", sa.String(), nullable=False),
        sa.Column("mime_type", sa.String(), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(), nullable=False),
        sa.Column("description", sa.String(), nullable=True),
        sa.Column("content_state", sa.String(), nullable=False),
        sa.Column("uploaded_by", sa.String(), nullable=False),
        sa.Column("created_at", sa.String(length=27), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.String(length=27), nullable=False),
        sa.Column("sync_state", sa.String(), server_default=sa.text("'synced'"), nullable=False),
        sa.Column("base_version", sa.Integer(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contract_attachment")),
    )
    with op.batch_alter_table("contract_attachment", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_contract_attachment_contract_id"), ["contract_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_contract_attachment_customer_id"), ["customer_id"], unique=False
        )
        batch_op.create_index(
            "ix_contract_attachment_local_changes",
            ["sync_state"],
            unique=False,
            sqlite_where=sa.text("sync_state != 'synced'"),
        )

    op.create_table(
        "segment",
        sa.Column("id", sa.String(), nullable=False),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("description", sa.String(), nullable=True),
        sa.Column("owner_id", sa.String(), nullable=False),
        sa.Column("team_id", sa.String(), nullable=False),
        sa.Column("visibility", sa.String(), nullable=False),
        sa.Column("definition", sa.Text(), nullable=False),
        sa.Column("created_at", sa.String(length=27), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.String(length=27), nullable=False),
        sa.Column("sync_state", sa.String(), server_default=sa.text("'synced'"), nullable=False),
        sa.Column("base_version", sa.Integer(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_segment")),
    )
    with op.batch_alter_table("segment", schema=None) as batch_op:
        batch_op.create_index(
            "ix_segment_local_changes",
            ["sync_state"],
            unique=False,
            sqlite_where=sa.text("sync_state != 'synced'"),
        )
        batch_op.create_index(batch_op.f("ix_segment_owner_id"), ["owner_id"], unique=False)

    op.create_table(
        "todo",
        sa.Column("id", sa.String(), nullable=False),
        sa.Column("customer_id", sa.String(), nullable=False),
        sa.Column("owner_id", sa.String(), nullable=False),
        sa.Column("created_by", sa.String(), nullable=False),
        sa.Column("kind", sa.String(), nullable=False),
        sa.Column("title", sa.String(), nullable=False),
        sa.Column("notes", sa.String(), nullable=True),
        sa.Column("contact_id", sa.String(), nullable=True),
        sa.Column("location", sa.String(), nullable=True),
        sa.Column("starts_at", sa.String(length=27), nullable=True),
        sa.Column("ends_at", sa.String(length=27), nullable=True),
        sa.Column("due_at", sa.String(length=27), nullable=True),
        sa.Column("all_day", sa.Boolean(), nullable=False),
        sa.Column("remind_at", sa.String(length=27), nullable=True),
        sa.Column("priority", sa.String(), nullable=False),
        sa.Column("status", sa.String(), nullable=False),
        sa.Column("done_at", sa.String(length=27), nullable=True),
        sa.Column("checked_in_at", sa.String(length=27), nullable=True),
        sa.Column("closed_by_activity_id", sa.String(), nullable=True),
        sa.Column("source_entity", sa.String(), nullable=True),
        sa.Column("source_id", sa.String(), nullable=True),
        sa.Column("created_at", sa.String(length=27), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.String(length=27), nullable=False),
        sa.Column("sync_state", sa.String(), server_default=sa.text("'synced'"), nullable=False),
        sa.Column("base_version", sa.Integer(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_todo")),
    )
    with op.batch_alter_table("todo", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_todo_customer_id"), ["customer_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_todo_due_at"), ["due_at"], unique=False)
        batch_op.create_index(
            "ix_todo_local_changes",
            ["sync_state"],
            unique=False,
            sqlite_where=sa.text("sync_state != 'synced'"),
        )
        batch_op.create_index("ix_todo_owner_id_status", ["owner_id", "status"], unique=False)
        batch_op.create_index(batch_op.f("ix_todo_starts_at"), ["starts_at"], unique=False)

    op.create_table(
        "attachment_chunk",
        sa.Column("attachment_id", sa.String(), nullable=False),
        sa.Column("offset", sa.Integer(), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.ForeignKeyConstraint(
            ["attachment_id"],
            ["attachment_file.attachment_id"],
            name=op.f("fk_attachment_chunk_attachment_id_attachment_file"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("attachment_id", "offset", name=op.f("pk_attachment_chunk")),
    )
    op.create_table(
        "contract_circuit",
        sa.Column("contract_id", sa.String(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("subscriber_id", sa.String(), nullable=False),
        sa.Column("sla_level", sa.String(), nullable=False),
        sa.Column("restore_hours", sa.Integer(), nullable=False),
        sa.Column("availability_pct", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["contract_id"],
            ["contract.id"],
            name=op.f("fk_contract_circuit_contract_id_contract"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("contract_id", "position", name=op.f("pk_contract_circuit")),
    )
    with op.batch_alter_table("contract_circuit", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_contract_circuit_subscriber_id"), ["subscriber_id"], unique=False
        )

    # Plain ALTER TABLE ADD COLUMN where SQLite can: a batch copy of quote would drop its lines
    # on the way (ON DELETE CASCADE), and a copy of a large table costs time at start-up.
    _add("activity", _col("product_id"), _col("campaign_id"), _col("campaign_task_id"))
    _add("activity", _col("competitor_offer", sa.Text()))
    op.create_index(op.f("ix_activity_campaign_id"), "activity", ["campaign_id"], unique=False)
    _add("bill", _col("adjustment", sa.Integer(), "0"), _col("adjustment_note"))
    _add("product", _col("charge_type", default="'monthly'"))
    _add("product", _col("vat_category", default="'basic_telecom'"))
    _add(
        "quote",
        _col("number"),
        _col("revision_of"),
        _col("revision_no", sa.Integer(), "1", nullable=True),
    )
    _add("quote", _col("superseded_by"), _col("approval_reason"), _col("approval_level"))
    _add("quote", _col("one_time_total", sa.Integer(), "0", nullable=True))
    op.create_index(op.f("ix_quote_number"), "quote", ["number"], unique=False)
    op.create_index(op.f("ix_quote_revision_of"), "quote", ["revision_of"], unique=False)
    _add("quote_line", _col("customer_id"), _col("charge_type", None, "'monthly'", nullable=True))
    _add("quote_line", _col("vat_category", None, "'basic_telecom'", nullable=True))
    # Making mobile optional needs the copy; contact has no children to lose.
    with op.batch_alter_table("contact", schema=None) as batch_op:
        batch_op.add_column(sa.Column("landline", sa.String(), nullable=True))
        batch_op.alter_column("mobile", existing_type=sa.VARCHAR(), nullable=True)

    for statement in _FILL:
        op.execute(statement)


def downgrade() -> None:
    # DROP COLUMN in place (SQLite 3.35+), for the same reason as in upgrade.
    for column in ("vat_category", "charge_type", "customer_id"):
        op.drop_column("quote_line", column)

    op.drop_index(op.f("ix_quote_revision_of"), table_name="quote")
    op.drop_index(op.f("ix_quote_number"), table_name="quote")
    for column in ("one_time_total", "approval_level", "approval_reason", "superseded_by"):
        op.drop_column("quote", column)
    for column in ("revision_no", "revision_of", "number"):
        op.drop_column("quote", column)
    op.drop_column("product", "vat_category")
    op.drop_column("product", "charge_type")

    op.execute("UPDATE contact SET mobile = '' WHERE mobile IS NULL")
    with op.batch_alter_table("contact", schema=None) as batch_op:
        batch_op.alter_column("mobile", existing_type=sa.VARCHAR(), nullable=False)
        batch_op.drop_column("landline")

    op.drop_column("bill", "adjustment_note")
    op.drop_column("bill", "adjustment")
    op.drop_index(op.f("ix_activity_campaign_id"), table_name="activity")
    for column in ("competitor_offer", "campaign_task_id", "campaign_id", "product_id"):
        op.drop_column("activity", column)

    with op.batch_alter_table("contract_circuit", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_contract_circuit_subscriber_id"))

    op.drop_table("contract_circuit")
    op.drop_table("attachment_chunk")
    with op.batch_alter_table("todo", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_todo_starts_at"))
        batch_op.drop_index("ix_todo_owner_id_status")
        batch_op.drop_index("ix_todo_local_changes", sqlite_where=sa.text("sync_state != 'synced'"))
        batch_op.drop_index(batch_op.f("ix_todo_due_at"))
        batch_op.drop_index(batch_op.f("ix_todo_customer_id"))

    op.drop_table("todo")
    with op.batch_alter_table("segment", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_segment_owner_id"))
        batch_op.drop_index(
            "ix_segment_local_changes", sqlite_where=sa.text("sync_state != 'synced'")
        )

    op.drop_table("segment")
    with op.batch_alter_table("contract_attachment", schema=None) as batch_op:
        batch_op.drop_index(
            "ix_contract_attachment_local_changes", sqlite_where=sa.text("sync_state != 'synced'")
        )
        batch_op.drop_index(batch_op.f("ix_contract_attachment_customer_id"))
        batch_op.drop_index(batch_op.f("ix_contract_attachment_contract_id"))

    op.drop_table("contract_attachment")
    with op.batch_alter_table("contract", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_contract_status"))
        batch_op.drop_index(batch_op.f("ix_contract_owner_id"))
        batch_op.drop_index(batch_op.f("ix_contract_number"))
        batch_op.drop_index(
            "ix_contract_local_changes", sqlite_where=sa.text("sync_state != 'synced'")
        )
        batch_op.drop_index(batch_op.f("ix_contract_ends_on"))
        batch_op.drop_index(batch_op.f("ix_contract_customer_id"))

    op.drop_table("contract")
    with op.batch_alter_table("contact_role", schema=None) as batch_op:
        batch_op.drop_index(
            "ix_contact_role_local_changes", sqlite_where=sa.text("sync_state != 'synced'")
        )
        batch_op.drop_index(batch_op.f("ix_contact_role_customer_id"))
        batch_op.drop_index(batch_op.f("ix_contact_role_contact_id"))

    op.drop_table("contact_role")
    with op.batch_alter_table("competitor_line", schema=None) as batch_op:
        batch_op.drop_index(
            "ix_competitor_line_local_changes", sqlite_where=sa.text("sync_state != 'synced'")
        )
        batch_op.drop_index(batch_op.f("ix_competitor_line_customer_id"))

    op.drop_table("competitor_line")
    with op.batch_alter_table("campaign_task", schema=None) as batch_op:
        batch_op.drop_index("ix_campaign_task_round_id_state")
        batch_op.drop_index(
            "ix_campaign_task_local_changes", sqlite_where=sa.text("sync_state != 'synced'")
        )
        batch_op.drop_index(batch_op.f("ix_campaign_task_customer_id"))
        batch_op.drop_index(batch_op.f("ix_campaign_task_campaign_id"))
        batch_op.drop_index(batch_op.f("ix_campaign_task_assignee_id"))

    op.drop_table("campaign_task")
    with op.batch_alter_table("campaign_round", schema=None) as batch_op:
        batch_op.drop_index(
            "ix_campaign_round_local_changes", sqlite_where=sa.text("sync_state != 'synced'")
        )
        batch_op.drop_index(batch_op.f("ix_campaign_round_campaign_id"))

    op.drop_table("campaign_round")
    with op.batch_alter_table("campaign", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_campaign_status"))
        batch_op.drop_index(
            "ix_campaign_local_changes", sqlite_where=sa.text("sync_state != 'synced'")
        )

    op.drop_table("campaign")
    with op.batch_alter_table("audit_event", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_audit_event_user_id"))
        batch_op.drop_index(batch_op.f("ix_audit_event_occurred_at"))
        batch_op.drop_index(
            "ix_audit_event_local_changes", sqlite_where=sa.text("sync_state != 'synced'")
        )

    op.drop_table("audit_event")
    op.drop_table("attachment_file")
