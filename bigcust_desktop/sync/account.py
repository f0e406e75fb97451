"""Signing in and out of a profile: the one place both the window and the CLI go through.

A new user on a profile gets a fresh cache (never another person's book); sign-out and a disabled
account wipe the cache, its key and the tokens (DESIGN §7). Depends on store and sync.
"""

from __future__ import annotations

from collections.abc import Callable

from bigcust_desktop.domain.identity import UserProfile
from bigcust_desktop.store.engine import Store
from bigcust_desktop.store.keys import delete_key
from bigcust_desktop.store.profile import Profile
from bigcust_desktop.store.secrets import ProfileSecrets
from bigcust_desktop.sync.auth import REFRESH_TOKEN
from bigcust_desktop.sync.config import Endpoints, save_endpoints
from bigcust_desktop.sync.engine import SyncSession


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
    previous = store.meta.user()
    with SyncSession(endpoints, ProfileSecrets(profile)) as session:
        user = session.auth.login(username, password)
    if previous is not None and previous.id != user.id:
        store.wipe()
        store = reopen()
    save_endpoints(profile.settings_path, endpoints)
    store.meta.remember_user(user)
    return user, store


def wipe_profile(profile: Profile, store: Store | None) -> None:
    """Remove the cache, its key and the tokens of this profile."""
    ProfileSecrets(profile).delete(REFRESH_TOKEN)
    if store is not None:
        store.wipe()
    else:
        for path in profile.root.glob("cache.db*"):
            path.unlink()
    delete_key(profile)


def has_session(profile: Profile) -> bool:
    """True when a refresh token waits in the keyring (a sync can run without the password)."""
    return ProfileSecrets(profile).get(REFRESH_TOKEN) is not None
