"""Revision 0002: the FTS5 trigram search index over customers and service numbers, with triggers.

External-content tables over the rows' rowids, kept in step by triggers, filled from existing rows.
Revision ID: 0002
"""

from __future__ import annotations

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

# (index table, content table, indexed columns, extra FTS5 options)
_INDEXES = (
    ("customer_fts", "customer", ("name", "short_name", "uscc", "address"), ""),
    # Service-number hits are not ranked, so the per-row size table is not kept.
    ("subscriber_fts", "subscriber", ("service_number",), ", columnsize=0"),
)


# A row written by a trigger into an FTS5 table costs 15-25 us more than the same row written
# by one INSERT ... SELECT per batch (each trigger runs in its own statement savepoint). The bulk
# write path therefore sets `deferred` for the length of a batch and indexes the batch itself;
# every other writer (and every delete) is indexed by the triggers.
_CONTROL = (
    "CREATE TABLE search_index_control ("
    "id INTEGER PRIMARY KEY CHECK (id = 1), deferred INTEGER NOT NULL DEFAULT 0)",
    "INSERT INTO search_index_control (id, deferred) VALUES (1, 0)",
)
_NOT_DEFERRED = "NOT (SELECT deferred FROM search_index_control)"


def _statements(fts: str, table: str, columns: tuple[str, ...], options: str) -> list[str]:
    cols = ", ".join(columns)
    new = ", ".join(f"new.{c}" for c in columns)
    old = ", ".join(f"old.{c}" for c in columns)
    changed = " OR ".join(f"old.{c} IS NOT new.{c}" for c in columns)
    return [
        f"CREATE VIRTUAL TABLE {fts} USING fts5({cols}, content='{table}', "
        f"content_rowid='rowid', tokenize='trigram'{options})",
        f"CREATE TRIGGER {fts}_insert AFTER INSERT ON {table} WHEN {_NOT_DEFERRED} BEGIN "
        f"INSERT INTO {fts}(rowid, {cols}) VALUES (new.rowid, {new}); END",
        f"CREATE TRIGGER {fts}_delete AFTER DELETE ON {table} BEGIN "
        f"INSERT INTO {fts}({fts}, rowid, {cols}) VALUES ('delete', old.rowid, {old}); END",
        # A pull rewrites every column of a row; re-index only when an indexed one changed.
        f"CREATE TRIGGER {fts}_update AFTER UPDATE OF {cols} ON {table} "
        f"WHEN {_NOT_DEFERRED} AND ({changed}) BEGIN "
        f"INSERT INTO {fts}({fts}, rowid, {cols}) VALUES ('delete', old.rowid, {old}); "
        f"INSERT INTO {fts}(rowid, {cols}) VALUES (new.rowid, {new}); END",
        f"INSERT INTO {fts}({fts}) VALUES ('rebuild')",
    ]


def upgrade() -> None:
    for statement in _CONTROL:
        op.execute(statement)
    for fts, table, columns, options in _INDEXES:
        for statement in _statements(fts, table, columns, options):
            op.execute(statement)


def downgrade() -> None:
    for fts, _table, _columns, _options in _INDEXES:
        for suffix in ("insert", "delete", "update"):
            op.execute(f"DROP TRIGGER IF EXISTS {fts}_{suffix}")
        op.execute(f"DROP TABLE IF EXISTS {fts}")
    op.execute("DROP TABLE IF EXISTS search_index_control")
