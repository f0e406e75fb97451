"""Engine set-up over SQLCipher: connection settings, transactions, concurrent readers."""

from __future__ import annotations

import threading

import pytest
from sqlalchemy import event, select, text

from bigcust_desktop.store.bulk import load_dataset
from bigcust_desktop.store.engine import open_store
from bigcust_desktop.store.models import Customer, Meta

from . import records as rec


def test_connection_settings(store):
    with store.begin() as conn:
        names = ("journal_mode", "foreign_keys", "synchronous", "temp_store", "busy_timeout")
        pragma = {name: conn.exec_driver_sql(f"PRAGMA {name}").scalar() for name in names}
        cipher = conn.exec_driver_sql("PRAGMA cipher_version").scalar()
    assert pragma == {
        "journal_mode": "wal",
        "foreign_keys": 1,
        "synchronous": 1,  # NORMAL
        "temp_store": 2,  # MEMORY
        "busy_timeout": 10_000,
    }
    assert cipher.startswith("4.")


def test_key_must_be_256_bits(profile):
    with pytest.raises(ValueError, match="32 bytes"):
        open_store(profile, b"short")


def test_session_commits_at_the_end_of_the_block(store):
    with store.session(write=True) as s:
        s.add(Meta(key="user", value={"id": "U-0001", "name": "张伟"}))
    with store.session() as s:
        assert s.get(Meta, "user").value["name"] == "张伟"


def test_session_rolls_back_when_the_block_raises(store):
    with pytest.raises(KeyError), store.session(write=True) as s:
        s.add(Meta(key="last_sync", value="x"))
        s.flush()
        raise KeyError("user action failed")
    with store.session() as s:
        assert s.get(Meta, "last_sync") is None


def test_objects_stay_readable_after_commit(store):
    load_dataset(store, {"customer": [rec.customer(1)]})
    with store.session() as s:
        customer = s.scalars(select(Customer)).one()
    assert customer.short_name == "西湖1校"  # expire_on_commit=False: no reload, no error


def test_readers_are_not_blocked_by_a_writer(store):
    load_dataset(store, {"customer": [rec.customer(1)]})
    writing, done = threading.Event(), threading.Event()

    def writer() -> None:
        with store.begin(write=True) as conn:
            conn.execute(text("UPDATE customer SET name = 'changed'"))
            writing.set()
            done.wait(timeout=10)

    thread = threading.Thread(target=writer)
    thread.start()
    try:
        assert writing.wait(timeout=10)
        with store.begin() as conn:  # WAL: the reader sees the last committed state at once
            assert conn.execute(text("SELECT name FROM customer")).scalar() != "changed"
    finally:
        done.set()
        thread.join()
    with store.begin() as conn:
        assert conn.execute(text("SELECT name FROM customer")).scalar() == "changed"


def test_foreign_keys_of_embedded_children_are_enforced(store):
    with pytest.raises(Exception, match="FOREIGN KEY"), store.begin(write=True) as conn:
        conn.execute(
            text(
                "INSERT INTO quote_line (id, quote_id, position, product_id, quantity, "
                "unit_price, discount_pct, net_unit_price, line_total) "
                "VALUES ('l1', 'no-such-quote', 0, 'P', 1, 0, 0, 0, 0)"
            )
        )


def test_write_transactions_take_the_write_lock_at_begin(store):
    seen: list[str] = []

    def record(conn, cursor, statement, *args):
        if statement.startswith("BEGIN"):
            seen.append(statement)

    event.listen(store.engine, "before_cursor_execute", record)
    try:
        with store.begin() as conn:
            conn.execute(text("SELECT 1"))
        with store.begin(write=True) as conn:
            conn.execute(text("SELECT 1"))
        with store.session(write=True) as s:
            s.execute(text("SELECT 1"))
        with store.session() as s:
            s.execute(text("SELECT 1"))
    finally:
        event.remove(store.engine, "before_cursor_execute", record)
    assert seen == ["BEGIN", "BEGIN IMMEDIATE", "BEGIN IMMEDIATE", "BEGIN"]
