"""The customer list's first page read straight from the encrypted file at start-up (issue 13):
the list's own rows in the list's own order, and nothing from a cache the store must migrate
first, from a wrong key or from no file; the store files are real, the key from the keyring."""

from __future__ import annotations

import pytest

from bigcust_desktop.store.engine import Store, open_store
from bigcust_desktop.store.first_page import read_first_page
from bigcust_desktop.store.keys import load_or_create_key
from bigcust_desktop.store.profile import Profile


def test_the_first_page_is_the_lists_own_first_page(small_store: Store):
    key = load_or_create_key(small_store.profile).secret
    first = read_first_page(small_store.path, key, 50)
    assert first is not None
    ids, rows = small_store.customers.search_page("", None, 50)
    assert first.ids == ids[:50]  # the list's order: the stored pinyin key, then the id
    assert first.rows == rows  # the same columns, shown the same way (the score as 87.50)
    assert first.total == len(ids)
    assert first.manager_names == small_store.staff.names()
    assert first.user == small_store.meta.user()


def test_a_cache_at_an_older_revision_is_left_to_the_migration(profile: Profile):
    key = load_or_create_key(profile).secret
    store = open_store(profile, key)
    store.migrate("0005")
    store.close()
    assert read_first_page(profile.db_path, key, 50) is None
    store = open_store(profile, key)
    store.migrate()  # nothing was written meanwhile: the migration runs as ever
    store.close()
    assert read_first_page(profile.db_path, key, 50) is not None


@pytest.mark.parametrize("case", ["wrong key", "no file"])
def test_nothing_is_read_without_the_right_key_and_file(profile: Profile, case: str):
    key = load_or_create_key(profile).secret
    store = open_store(profile, key)
    store.migrate()
    store.close()
    if case == "no file":
        store.wipe()
    else:
        key = bytes(32)
    assert read_first_page(profile.db_path, key, 50) is None
