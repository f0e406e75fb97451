"""Revision 0004: the pinyin sort keys of a customer's name and short name, stored with the row.

New columns customer.name_key and customer.short_name_key, an index on (name_key, id), filled for
existing rows here; `store.bulk` writes them with every row after (`store.pinyin_order`).
Revision ID: 0004
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from bigcust_desktop.domain.pinyin import sort_key

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

_BATCH = 2_000


def upgrade() -> None:
    for column in ("name_key", "short_name_key"):
        op.add_column(
            "customer", sa.Column(column, sa.String(), server_default=sa.text("''"), nullable=False)
        )
    op.create_index("ix_customer_name_key_id", "customer", ["name_key", "id"], unique=False)
    connection = op.get_bind()
    rows = connection.exec_driver_sql("SELECT id, name, short_name FROM customer").all()
    for start in range(0, len(rows), _BATCH):
        connection.exec_driver_sql(
            "UPDATE customer SET name_key = ?, short_name_key = ? WHERE id = ?",
            [
                (sort_key(name), sort_key(short), id_)
                for id_, name, short in rows[start : start + _BATCH]
            ],
        )


def downgrade() -> None:
    op.drop_index("ix_customer_name_key_id", table_name="customer")
    op.drop_column("customer", "short_name_key")
    op.drop_column("customer", "name_key")
