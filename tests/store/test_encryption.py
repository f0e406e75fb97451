"""The cache at rest: encrypted, owner-only, and no trace of its key in the data directory."""

from __future__ import annotations

import sqlite3
import stat

import pytest
import sqlcipher3
from sqlalchemy import text

from bigcust_desktop.store.bulk import load_dataset
from bigcust_desktop.store.engine import StoreKeyError, open_store
from bigcust_desktop.store.keys import load_or_create_key

from . import records as rec


def test_wrong_key_is_a_store_key_error(store, profile):
    store.close()
    with pytest.raises(StoreKeyError) as caught:
        open_store(profile, bytes(32))
    assert str(profile.db_path) in str(caught.value)


def test_the_file_cannot_be_read_without_the_key(store, profile):
    load_dataset(store, {"customer": [rec.customer(1)]})
    store.close()
    with sqlite3.connect(profile.db_path) as plain, pytest.raises(sqlite3.DatabaseError):
        plain.execute("SELECT count(*) FROM customer").fetchone()
    keyless = sqlcipher3.connect(str(profile.db_path))
    with pytest.raises(sqlcipher3.DatabaseError, match="not a database"):
        keyless.execute("SELECT count(*) FROM sqlite_schema").fetchone()
    keyless.close()


def test_reopening_with_the_right_key_reads_the_data(store, profile):
    load_dataset(store, {"customer": [rec.customer(1)]})
    store.close()
    again = open_store(profile, load_or_create_key(profile).secret)
    with again.begin() as conn:
        assert conn.execute(text("SELECT name FROM customer")).scalar_one().startswith("杭州")
    again.close()


def test_the_header_is_not_plain_sqlite(store, profile):
    load_dataset(store, {"customer": [rec.customer(1)]})
    store.close()
    header = profile.db_path.read_bytes()[:16]
    assert header != b"SQLite format 3\x00"
    assert b"SQLite" not in header


def test_files_are_owner_only(store, profile):
    load_dataset(store, rec.book())
    with store.begin() as conn:  # a live connection keeps the -wal and -shm files around
        conn.execute(text("SELECT count(*) FROM customer")).scalar_one()
        names = {p.name for p in store.files()}
        assert {"cache.db", "cache.db-wal", "cache.db-shm"} <= names
        for path in store.files():
            assert stat.S_IMODE(path.stat().st_mode) == 0o600, path
    assert stat.S_IMODE(profile.root.stat().st_mode) == 0o700


def test_no_file_of_the_data_directory_holds_the_key(store, profile):
    key = load_or_create_key(profile).secret
    load_dataset(store, rec.book(customers=20))
    needles = [key, key.hex().encode(), key.hex().upper().encode()]

    def scan() -> list[str]:
        found = []
        for path in profile.root.rglob("*"):
            if path.is_file():
                data = path.read_bytes()
                found += [f"{path.name}:{n[:4]!r}" for n in needles if n in data]
        return found

    assert scan() == []  # while open (WAL and shared-memory files present)
    store.close()
    assert scan() == []


def test_an_open_store_says_nothing_of_its_key(store, profile):
    key = load_or_create_key(profile).secret
    for shown in (repr(store.engine), str(store.engine.url), repr(store.engine.url)):
        assert key.hex() not in shown.lower()


def test_wipe_removes_the_cache_files(store, profile):
    load_dataset(store, {"customer": [rec.customer(1)]})
    store.wipe()
    assert not profile.db_path.exists()
    assert not list(profile.root.glob("cache.db*"))
    assert profile.root.exists()
