"""Revision 0006: held_record, the server news a pull held back while a record had a local edit.

A settled edit (theirs, discard) ends at the newest server version kept here, and a record
revoked or deleted on the server while edited is not brought back. Frozen DDL (plain SQL types).
Revision ID: 0006
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "held_record",
        sa.Column("entity", sa.String(), nullable=False),
        sa.Column("record_id", sa.String(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=True),
        sa.Column("record", sa.Text(), nullable=True),
        sa.Column("gone", sa.String(), nullable=True),
        sa.Column("customer_id", sa.String(), nullable=True),
        sa.PrimaryKeyConstraint("entity", "record_id", name=op.f("pk_held_record")),
    )


def downgrade() -> None:
    op.drop_table("held_record")
