"""The start-up check of the schema: the known head is Alembic's head, and a current database is
recognised with a read alone (no Alembic, no write lock); anything else still upgrades."""

from __future__ import annotations

from alembic.config import Config
from alembic.script import ScriptDirectory
from sqlalchemy import event, text

from bigcust_desktop.store import schema
from bigcust_desktop.store.engine import open_store
from bigcust_desktop.store.keys import load_or_create_key


def test_head_revision_is_alembics_head():
    config = Config()
    config.set_main_option("script_location", str(schema.MIGRATIONS_DIR))
    # A new revision without a bumped HEAD_REVISION would leave every cache at the old schema.
    assert ScriptDirectory.from_config(config).get_heads() == [schema.HEAD_REVISION]


def test_a_current_database_is_only_read(store):
    statements: list[str] = []
    event.listen(store.engine, "before_cursor_execute", lambda *args: statements.append(args[2]))
    store.migrate()
    assert statements, "the version was not read"
    assert all(s.lstrip().upper().startswith(("SELECT", "BEGIN")) for s in statements)
    assert "BEGIN IMMEDIATE" not in statements  # no write lock taken
    with store.begin() as conn:
        assert schema.stamped_revision(conn) == schema.HEAD_REVISION
        assert schema.is_current(conn)


def test_an_empty_or_older_database_is_upgraded(profile):
    store = open_store(profile, load_or_create_key(profile).secret)
    try:
        with store.begin() as conn:
            assert schema.stamped_revision(conn) is None
            assert not schema.is_current(conn)
        store.migrate("0001")
        with store.begin() as conn:
            assert schema.stamped_revision(conn) == "0001"
            assert not schema.is_current(conn)
            assert schema.is_current(conn, "0001")
        store.migrate()
        with store.begin() as conn:
            assert schema.current_revision(conn) == schema.HEAD_REVISION
            tables = conn.execute(text("SELECT name FROM sqlite_schema")).scalars().all()
        assert "customer_fts" in tables
    finally:
        store.close()
