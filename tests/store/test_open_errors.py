"""What opening the cache can meet, told apart (issue 18): only a wrong key is called a wrong
key; a truncated or foreign file is a damaged cache, whose unsent work must not be advised away.
"""

from __future__ import annotations

import os
import sqlite3

import pytest

from bigcust_desktop.store.bulk import load_dataset
from bigcust_desktop.store.engine import StoreKeyError, StoreOpenError, open_store
from bigcust_desktop.store.keys import load_or_create_key

from . import records as rec


def test_a_wrong_key_is_told_as_such(store, profile):
    load_dataset(store, {"customer": [rec.customer(1)]})
    store.close()
    with pytest.raises(StoreKeyError) as caught:
        open_store(profile, bytes(32))
    assert caught.value.code == "store.wrong_key"


def test_a_truncated_cache_is_damaged_not_a_wrong_key(store, profile):
    load_dataset(store, {"customer": [rec.customer(n) for n in range(1, 40)]})
    store.close()
    for side in ("-wal", "-shm"):
        (profile.db_path.parent / (profile.db_path.name + side)).unlink(missing_ok=True)
    size = profile.db_path.stat().st_size
    with open(profile.db_path, "r+b") as f:
        f.truncate(size // 2 + 123)  # cut in the middle of a page, as a full disk leaves it
    with pytest.raises(StoreOpenError) as caught:
        open_store(profile, load_or_create_key(profile).secret)
    assert not isinstance(caught.value, StoreKeyError)
    assert caught.value.code == "store.corrupt"


def test_a_plain_sqlite_file_is_not_called_a_wrong_key(profile):
    profile.ensure()
    key = load_or_create_key(profile)
    with sqlite3.connect(profile.db_path) as plain:
        plain.execute("CREATE TABLE t (x)")
    with pytest.raises(StoreOpenError) as caught:
        open_store(profile, key.secret)
    assert caught.value.code == "store.corrupt"


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root ignores file modes")
def test_an_unwritable_profile_folder_is_said(profile):
    profile.ensure()
    os.chmod(profile.root, 0o500)
    try:
        with pytest.raises(StoreOpenError) as caught:
            open_store(profile, load_or_create_key(profile).secret)
        assert caught.value.code in ("store.unwritable", "store.read_only")
    finally:
        os.chmod(profile.root, 0o700)
