"""Schema through Alembic only: the revisions build what the models say, and upgrades keep data."""

from __future__ import annotations

from decimal import Decimal

import pytest
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import inspect, text

from bigcust_desktop.domain.pinyin import sort_key
from bigcust_desktop.store import schema
from bigcust_desktop.store.bulk import load_dataset, to_rows
from bigcust_desktop.store.engine import open_store
from bigcust_desktop.store.keys import load_or_create_key
from bigcust_desktop.store.models import (
    Base,
    Bill,
    Contact,
    Contract,
    Opportunity,
    Product,
    Quote,
)
from bigcust_desktop.store.search import search_customers
from bigcust_desktop.store.search_index import SEARCH_TABLE_PREFIXES

from . import records as rec
from .records import sample as valid


def head() -> str:
    config = Config()
    config.set_main_option("script_location", str(schema.MIGRATIONS_DIR))
    [only] = ScriptDirectory.from_config(config).get_heads()
    return only


def open_fresh(profile):
    return open_store(profile, load_or_create_key(profile).secret)


def load_at_old_revision(store, book) -> None:
    """Write a book into an older schema: the columns that revision has, as the store writes them
    (the bulk writer's rows, cut down to the columns present)."""
    with store.begin(write=True) as conn:
        for entity, records in book.items():
            for table_name, rows in to_rows(entity, records).items():
                table = Base.metadata.tables[table_name]
                present = {c["name"] for c in inspect(conn).get_columns(table_name)}
                names = [c.name for c in table.columns]
                keep = [i for i, name in enumerate(names) if name in present]
                columns = ", ".join(f'"{names[i]}"' for i in keep)
                marks = ", ".join("?" for _ in keep)
                conn.exec_driver_sql(
                    f'INSERT INTO "{table_name}" ({columns}) VALUES ({marks})',
                    [tuple(row[i] for i in keep) for row in rows],
                )


def test_one_line_of_revisions_ending_in_the_newest():
    assert head() == schema.HEAD_REVISION == "0010"


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
    load_at_old_revision(store, book)
    store.close()

    store = open_fresh(profile)  # as the next version of the app would, on its next start
    store.migrate()
    with store.begin() as conn:
        assert schema.current_revision(conn) == schema.HEAD_REVISION
        assert conn.execute(text("SELECT count(*) FROM subscriber")).scalar() == 6
        assert conn.execute(text("SELECT sum(amount) FROM bill")).scalar() == 3 * 128000
    with store.session() as s:
        assert [h.id for h in search_customers(s, "第2实验")] == ["CUS-000002"]
        assert [h.id for h in search_customers(s, "0301")] == ["CUS-000003"]
    store.close()


def test_downgrade_and_upgrade_again(store):
    load_dataset(store, rec.book(customers=2))
    store.migrate(schema.HEAD_REVISION)  # already there: nothing to do
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


def test_upgrade_from_0002_keeps_the_data_fills_the_new_fields_and_rereads_the_feeds(profile):
    store = open_fresh(profile)
    store.migrate("0002")
    book = rec.book(customers=2)
    book["product"] = [
        {**valid("product"), "id": "P-MSTP-100M", "category": "leased_line"},
        {**valid("product"), "id": "P-BB-300", "category": "broadband"},
    ]
    book["quote"][0]["lines"][1]["product_id"] = "P-BB-300"
    load_at_old_revision(store, book)
    with store.begin(write=True) as conn:
        conn.exec_driver_sql(
            "INSERT INTO sync_cursor (system, cursor, updated_at) VALUES ('city', 'c1', ?)",
            (rec.T0,),
        )
        conn.exec_driver_sql("UPDATE quote SET sync_state = 'pending' WHERE id = 'QUO-000002'")
    store.close()

    store = open_fresh(profile)
    store.migrate()
    with store.session() as s:
        assert s.get(Bill, "BIL-0000001").adjustment == Decimal("0.00")
        assert s.get(Contact, "CON-000001").landline is None
        assert s.get(Product, "P-BB-300").vat_category == "value_added_telecom"
        assert s.get(Product, "P-MSTP-100M").charge_type == "monthly"
        quote = s.get(Quote, "QUO-000001")
        assert (quote.number, quote.revision_no, quote.one_time_total) == (None, 1, Decimal(0))
        assert [(ln.charge_type, ln.vat_category) for ln in quote.lines] == [
            ("monthly", "basic_telecom"),
            ("monthly", "value_added_telecom"),
        ]
        assert s.get(Quote, "QUO-000002").sync_state == "pending"  # a local edit is kept
        assert s.get(Opportunity, "OPP-000001").title  # untouched tables keep their rows
    with store.begin() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM sync_cursor").scalar() == 0
    # The new tables take records at once, and a contact may now have a landline only.
    load_dataset(store, rec.city_book(["CUS-000001", "CUS-000002"]))
    landline_only = rec.contact(9, "CUS-000001", mobile=None, landline="0571-87654321")
    load_dataset(store, {"contact": [landline_only]})
    with store.session() as s:
        assert s.get(Contact, "CON-000009").mobile is None
        assert len(s.get(Contract, "CONTRACT-000001").circuits) == 1
    store.close()


def test_upgrade_from_0003_stores_the_pinyin_keys_of_existing_customers(profile):
    store = open_fresh(profile)
    store.migrate("0003")
    book = rec.book(customers=2)
    book["customer"][0].update(name="中国银行", short_name="中行")
    book["customer"][1].update(name="阿尔法软件", short_name="阿尔法")
    load_at_old_revision(store, book)
    store.close()

    store = open_fresh(profile)
    store.migrate()
    with store.begin() as conn:
        keys = conn.exec_driver_sql(
            "SELECT name, name_key, short_name, short_name_key FROM customer ORDER BY name_key"
        ).all()
    assert keys == [
        ("阿尔法软件", sort_key("阿尔法软件"), "阿尔法", sort_key("阿尔法")),
        ("中国银行", sort_key("中国银行"), "中行", sort_key("中行")),
    ]
    with store.begin(write=True) as conn:  # and back: the columns and their index go
        schema.downgrade(conn, "0003")
        assert "name_key" not in {c["name"] for c in inspect(conn).get_columns("customer")}
    store.close()


def test_upgrade_from_0007_indexes_the_lists_in_their_order_and_back(profile):
    store = open_fresh(profile)
    store.migrate("0007")
    load_at_old_revision(store, rec.book(customers=2))
    store.close()

    def indexes(conn, table):
        return {i["name"]: i["column_names"] for i in inspect(conn).get_indexes(table)}

    store = open_fresh(profile)
    store.migrate()
    with store.begin() as conn:
        assert indexes(conn, "opportunity")["ix_opportunity_list"] == [
            "expected_close",
            "id",
            "customer_id",
        ]
        assert "ix_opportunity_expected_close" not in indexes(conn, "opportunity")
        assert {"ix_fault_ticket_open_list", "ix_fault_ticket_list"} <= set(
            indexes(conn, "fault_ticket")
        )
        assert conn.exec_driver_sql("SELECT count(*) FROM fault_ticket").scalar() == 2
    with store.begin(write=True) as conn:
        schema.downgrade(conn, "0007")
        assert "ix_opportunity_list" not in indexes(conn, "opportunity")
        assert indexes(conn, "activity")["ix_activity_occurred_at"] == ["occurred_at"]
    store.close()


def test_upgrade_from_0009_keeps_the_bills_as_months_and_back(profile):
    """A cache at 0009 keeps its line summary, so its next recompute reads only the stale
    customers' bills: the revision fills the kept months from the bills at once."""
    from bigcust_desktop.store.queries.analytics import billing_select
    from bigcust_desktop.store.queries.analytics_scope import CustomerScope

    from .test_analytics_queries import book as analytics_book

    store = open_fresh(profile)
    store.migrate("0009")
    old = analytics_book()
    load_at_old_revision(store, {k: old[k] for k in ("customer", "billing_account", "bill")})
    store.close()

    store = open_fresh(profile)
    store.migrate()
    every = CustomerScope()
    with store.begin() as conn:
        kept = conn.execute(billing_select(every, kept=True)).all()
        assert kept == conn.execute(billing_select(every)).all()
        assert len(kept) == 9
    with store.begin(write=True) as conn:
        schema.downgrade(conn, "0009")
        assert "customer_bill_month" not in inspect(conn).get_table_names()
    store.close()
