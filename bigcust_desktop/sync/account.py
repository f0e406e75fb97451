"""Signing in and out of a profile: the one place both the window and the CLI go through.

A new user on a profile gets a fresh cache (never another person's book); sign-out and a disabled
account wipe the cache, its key, the tokens, the profile's exports and logs (DESIGN §7).
Depends on store and sync (and `applog`, to close the log file before deleting it).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from bigcust_desktop.applog import stop_file_logging
from bigcust_desktop.store.engine import Store
from bigcust_desktop.store.keys import delete_key
from bigcust_desktop.store.profile import Profile
from bigcust_desktop.store.secrets import ProfileSecrets
from bigcust_desktop.sync.auth import REFRESH_TOKEN, UserProfile
from bigcust_desktop.sync.config import Endpoints, save_endpoints
from bigcust_desktop.sync.engine import SyncSession, remember_user, signed_in_user

log = logging.getLogger(__name__)


def sign_in(
    profile: Profile,
    store: Store,
    endpoints: Endpoints,
    username: str,
    password: str,
    *,
    reopen: Callable[[], Store],
) -> tuple[UserProfile, Store]:
    """Exchange the password for tokens and bind the profile to that user.

    Returns the user and the store to use from now on: a new one when another user's cache had
    to be wiped first (``reopen`` opens a fresh store for the profile).
    """
    previous = signed_in_user(store)
    with SyncSession(endpoints, ProfileSecrets(profile)) as session:
        user = session.auth.login(username, password)
    if previous is not None and previous.id != user.id:
        store.wipe()
        store = reopen()
    save_endpoints(profile.settings_path, endpoints)
    remember_user(store, user)
    return user, store


def wipe_profile(profile: Profile, store: Store | None) -> list[Path]:
    """Remove the cache, its key, the tokens, and everything else the app wrote into this
    profile: the exports kept in it and the logs (docs/security.md). Reports the user saved
    elsewhere are the user's and stay. Returns the files that could not be deleted."""
    ProfileSecrets(profile).delete(REFRESH_TOKEN)
    if store is not None:
        store.wipe()
    else:
        for path in profile.root.glob("cache.db*"):
            path.unlink()
    delete_key(profile)
    stop_file_logging(profile.log_dir)
    left = profile.wipe_app_files()
    if left:
        log.warning("sign-out could not delete %d file(s) in the profile", len(left))
    return left


def has_session(profile: Profile) -> bool:
    """True when a refresh token waits in the keyring (a sync can run without the password)."""
    return ProfileSecrets(profile).get(REFRESH_TOKEN) is not None
