"""Schema through Alembic only: the revisions build what the models say, and upgrades keep data."""

from __future__ import annotations

import pytest
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import inspect, text

from bigcust_desktop.store import schema
from bigcust_desktop.store.bulk import load_dataset
from bigcust_desktop.store.engine import open_store
from bigcust_desktop.store.keys import load_or_create_key
from bigcust_desktop.store.models import Base
from bigcust_desktop.store.search import search_customers
from bigcust_desktop.store.search_index import SEARCH_TABLE_PREFIXES

from . import records as rec


def head() -> str:
    config = Config()
    config.set_main_option("script_location", str(schema.MIGRATIONS_DIR))
    [only] = ScriptDirectory.from_config(config).get_heads()
    return only


def open_fresh(profile):
    return open_store(profile, load_or_create_key(profile).secret)


def test_one_line_of_revisions_ending_in_the_search_index():
    assert head() == "0002"


def test_models_and_revisions_agree(store):
    def only_tables_of_the_models(name, type_, parent_names):
        return not (type_ == "table" and name.startswith(SEARCH_TABLE_PREFIXES))

    with store.begin() as conn:
        context = MigrationContext.configure(
            conn, opts={"include_name": only_tables_of_the_models, "compare_type": True}
        )
        assert compare_metadata(context, Base.metadata) == []


def test_upgrade_from_0001_keeps_the_data_and_indexes_it(profile):
    store = open_fresh(profile)
    store.migrate("0001")
    with store.begin() as conn:
        assert schema.current_revision(conn) == "0001"
        assert "customer_fts" not in inspect(conn).get_table_names()
    book = rec.book(customers=3)
    load_dataset(store, book)
    store.close()

    store = open_fresh(profile)  # as the next version of the app would, on its next start
    store.migrate()
    with store.begin() as conn:
        assert schema.current_revision(conn) == "0002"
        assert conn.execute(text("SELECT count(*) FROM subscriber")).scalar() == 6
        assert conn.execute(text("SELECT sum(amount) FROM bill")).scalar() == 3 * 128000
    with store.session() as s:
        assert [h.id for h in search_customers(s, "第2实验")] == ["CUS-000002"]
        assert [h.id for h in search_customers(s, "0301")] == ["CUS-000003"]
    store.close()


def test_downgrade_and_upgrade_again(store):
    load_dataset(store, rec.book(customers=2))
    store.migrate("0002")  # already there: nothing to do
    with store.begin(write=True) as conn:
        schema.downgrade(conn, "0001")
        assert "customer_fts" not in inspect(conn).get_table_names()
        assert "customer_fts_insert" not in {
            r[0] for r in conn.execute(text("SELECT name FROM sqlite_schema WHERE type='trigger'"))
        }
    store.migrate()
    with store.session() as s:
        assert [h.id for h in search_customers(s, "西湖区第1实验")] == ["CUS-000001"]


def test_a_failed_revision_leaves_no_half_schema(profile):
    # DDL runs inside the transaction (BEGIN is ours, not the driver's), so it rolls back.
    store = open_fresh(profile)
    with pytest.raises(RuntimeError), store.begin(write=True) as conn:
        schema.upgrade(conn, "0001")
        raise RuntimeError("power cut")
    with store.begin() as conn:
        assert inspect(conn).get_table_names() == []
        assert schema.current_revision(conn) is None
    store.close()
