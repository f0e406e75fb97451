"""Stores for tests made by copying a finished one: a copied cache file opens in a fraction of
the time a migration, or a load of the seeded dataset, takes. Depends on the store package only.

A copy is the same encrypted file under the same key (written into the new profile's keyring
slot), so a test meets exactly what a fresh migration or load would have left.
"""

from __future__ import annotations

import atexit
import shutil
import tempfile
from pathlib import Path

import keyring

from bigcust_desktop.store.engine import Store, open_store
from bigcust_desktop.store.keys import KEYRING_USERNAME, load_or_create_key
from bigcust_desktop.store.profile import Profile

_empty: Profile | None = None


def open_migrated(profile: Profile) -> Store:
    """Open the store of `profile`, migrating it to the newest schema (a migration proper)."""
    store = open_store(profile, load_or_create_key(profile).secret)
    store.migrate()
    return store


def open_copy(template: Profile, profile: Profile) -> Store:
    """Open in `profile` (new, or holding no cache yet) a copy of `template`'s closed cache."""
    secret = load_or_create_key(template).secret
    profile.ensure()
    shutil.copy2(template.db_path, profile.db_path)
    keyring.set_password(profile.keyring_service, KEYRING_USERNAME, secret.hex())
    return open_store(profile, secret)


def empty_template() -> Profile:
    """A profile whose empty cache is at the newest schema: migrated once per process."""
    global _empty
    if _empty is None:
        root = Path(tempfile.mkdtemp(prefix="bigcust-empty-store-"))
        atexit.register(shutil.rmtree, root, True)
        profile = Profile.resolve(root / "profile")
        open_migrated(profile).close()
        _empty = profile
    return _empty


def open_empty(profile: Profile) -> Store:
    """An empty store at the newest schema in `profile`, as `open_migrated` leaves it."""
    return open_copy(empty_template(), profile)
