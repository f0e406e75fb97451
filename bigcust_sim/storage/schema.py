"""SQLAlchemy Core tables of the simulator's database (SQLite by default, PostgreSQL accepted).

One table of records for all three systems (system, entity, id, visibility keys, seq, data JSON),
revocations, credentials, refresh tokens, processed operations, settings, counters and the files
of attachments. SQLAlchemy only.
"""

from __future__ import annotations

from sqlalchemy import (
    BigInteger,
    Boolean,
    Column,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
)

metadata = MetaData()

# Every served record. `manager_id` and `team_id` are copied from the customer the record hangs
# from (or, for team and user rows, the team) so that a feed page is one indexed range scan;
# a reassignment rewrites them together with `seq` for all rows of that customer.
records = Table(
    "records",
    metadata,
    Column("entity", String(32), primary_key=True),
    Column("id", String(64), primary_key=True),
    Column("system", String(8), nullable=False),
    Column("customer_id", String(64), nullable=True),
    Column("manager_id", String(64), nullable=True),
    Column("team_id", String(64), nullable=True),
    Column("seq", BigInteger, nullable=False),
    Column("version", Integer, nullable=False),
    Column("updated_at", String(32), nullable=False),
    Column("deleted", Boolean, nullable=False, default=False),
    Column("data", Text, nullable=False),
    Index("ix_records_system_seq", "system", "seq", unique=True),
    Index("ix_records_system_manager_seq", "system", "manager_id", "seq"),
    Index("ix_records_system_team_seq", "system", "team_id", "seq"),
    Index("ix_records_customer", "customer_id"),
)

# "This customer left your visibility", served once in the user's CRM feed.
revocations = Table(
    "revocations",
    metadata,
    Column("seq", BigInteger, primary_key=True, autoincrement=False),
    Column("user_id", String(64), nullable=False),
    Column("customer_id", String(64), nullable=False),
    Index("ix_revocations_user_seq", "user_id", "seq"),
)

credentials = Table(
    "credentials",
    metadata,
    Column("user_id", String(64), primary_key=True),
    Column("username", String(64), nullable=False, unique=True),
    Column("password_hash", String(200), nullable=False),
    Column("disabled", Boolean, nullable=False, default=False),
)

refresh_tokens = Table(
    "refresh_tokens",
    metadata,
    Column("token_hash", String(64), primary_key=True),
    Column("user_id", String(64), nullable=False),
    Column("expires_at", BigInteger, nullable=False),
)

# The first result of every operation ever pushed, keyed by its idempotency key.
operations = Table(
    "operations",
    metadata,
    Column("op_id", String(36), primary_key=True),
    Column("user_id", String(64), nullable=False),
    Column("entity", String(32), nullable=False),
    Column("record_id", String(64), nullable=False),
    Column("status", String(16), nullable=False),
    Column("result", Text, nullable=False),
)

# One row each time an operation's effect was written: tests count these to prove "one effect".
effects = Table(
    "effects",
    metadata,
    Column("n", Integer, primary_key=True, autoincrement=True),
    Column("op_id", String(36), nullable=False, index=True),
    Column("entity", String(32), nullable=False),
    Column("record_id", String(64), nullable=False),
    Column("version", Integer, nullable=False),
)

settings = Table(
    "settings",
    metadata,
    Column("key", String(64), primary_key=True),
    Column("value", Text, nullable=False),
)

# Named counters the server hands numbers out of (readable quote numbers per city and year).
counters = Table(
    "counters",
    metadata,
    Column("name", String(64), primary_key=True),
    Column("value", BigInteger, nullable=False),
)

# Attachment files (contract scans) held apart from the feed: the bytes received so far, in
# chunks, and the state of the upload. `attachment_id` is the contract_attachment record's id.
attachment_uploads = Table(
    "attachment_uploads",
    metadata,
    Column("attachment_id", String(64), primary_key=True),
    Column("received", BigInteger, nullable=False),
    Column("complete", Boolean, nullable=False, default=False),
)

attachment_chunks = Table(
    "attachment_chunks",
    metadata,
    Column("attachment_id", String(64), primary_key=True),
    Column("start", BigInteger, primary_key=True, autoincrement=False),
    Column("data", LargeBinary, nullable=False),
)
