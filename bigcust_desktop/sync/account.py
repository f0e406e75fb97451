"""Signing in and out of a profile: the one place both the window and the CLI go through.

A new user on a profile gets a fresh cache (never another person's book); sign-out and a disabled
account wipe the cache, its key, the tokens, the profile's exports and logs (DESIGN §7).
Sign-out also revokes the refresh token on the server, best effort: offline, the token waits
in the keyring and is revoked at the next connection. Depends on store and sync (and `applog`,
to close the log file before deleting it).
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Callable
from pathlib import Path

from bigcust_desktop.applog import stop_file_logging
from bigcust_desktop.domain.identity import UserProfile
from bigcust_desktop.store.engine import Store
from bigcust_desktop.store.keys import delete_key
from bigcust_desktop.store.profile import Profile
from bigcust_desktop.store.secrets import ProfileSecrets
from bigcust_desktop.sync.auth import PENDING_REVOCATION, REFRESH_TOKEN, Authenticator, Secrets
from bigcust_desktop.sync.config import Endpoints, RetryPolicy, load_endpoints, save_endpoints
from bigcust_desktop.sync.engine import SyncSession
from bigcust_desktop.sync.errors import NetworkError, SyncError, UnsentWork

# Sign-out must not keep the user waiting on a server that is not there: one short attempt.
_REVOKE_PATIENCE = RetryPolicy(attempts=1)

log = logging.getLogger(__name__)


def sign_in(
    profile: Profile,
    store: Store,
    endpoints: Endpoints,
    username: str,
    password: str,
    *,
    reopen: Callable[[], Store],
    discard_unsent: bool = False,
) -> tuple[UserProfile, Store]:
    """Exchange the password for tokens and bind the profile to that user.

    Returns the user and the store to use from now on: a new one when another user's cache had
    to be wiped first (``reopen`` opens a fresh store for the profile). Another user's cache
    holding edits the server does not have is never wiped unless `discard_unsent` says the
    user chose so: `UnsentWork` (with the count) before anything is asked of the server.
    """
    previous = store.meta.user()
    if previous is not None and previous.username != username and not discard_unsent:
        refuse_if_unsent(store)
    secrets = ProfileSecrets(profile)
    with SyncSession(endpoints, secrets) as session:
        user = session.auth.login(username, password)
    revoke_pending(secrets, endpoints)  # we are online: a signed-out session's token goes now
    if previous is not None and previous.id != user.id:
        store.wipe()
        store = reopen()
    save_endpoints(profile.settings_path, endpoints)
    store.meta.remember_user(user)
    return user, store


@dataclasses.dataclass(frozen=True)
class SignedOut:
    """What a sign-out did: whether the server confirmed the revocation, and the files of the
    profile that could not be deleted (open in another program)."""

    revoked: bool
    left: list[Path]


def refuse_if_unsent(store: Store) -> None:
    """`UnsentWork` when the cache holds edits the server does not have yet."""
    count = store.outbox.unsent_total
    if count:
        raise UnsentWork(count)


def sign_out(profile: Profile, store: Store | None, *, discard_unsent: bool = False) -> SignedOut:
    """Wipe the profile (`wipe_profile`) and revoke its refresh token on the server.

    Unsent edits are never wiped unless `discard_unsent` says the user chose so (`UnsentWork`).
    If the server cannot be told (offline), the token waits in the keyring and the next sign-in on
    this profile revokes it. Speaks to the server: never call it on the GUI thread.
    """
    if store is not None and not discard_unsent:
        refuse_if_unsent(store)
    left = wipe_profile(profile, store)
    return SignedOut(revoke_signed_out(profile), left)


def revoke_signed_out(profile: Profile) -> bool:
    """Revoke on the server the token a sign-out of this profile left waiting, if any; True when
    none is left waiting. Speaks to the server: never call it on the GUI thread."""
    try:
        endpoints = load_endpoints(profile.settings_path)
    except SyncError:
        log.warning("sign-out: the endpoints are unreadable; revocation waits for the next sign-in")
        return False
    return endpoints is not None and revoke_pending(ProfileSecrets(profile), endpoints)


def revoke_pending(secrets: Secrets, endpoints: Endpoints) -> bool:
    """Revoke the token a sign-out left to revoke, if any; True when none is left waiting."""
    token = secrets.get(PENDING_REVOCATION)
    if not token:
        return True
    quick = dataclasses.replace(
        endpoints, connect_timeout=3.0, read_timeout=5.0, retry=_REVOKE_PATIENCE
    )
    auth = Authenticator(quick, secrets)
    try:
        auth.revoke(token)
    except NetworkError as exc:
        log.info("refresh token not revoked yet (%s); retried at the next sign-in", exc.code)
        return False
    except SyncError as exc:
        # Refused for good (e.g. a server without revocation): keeping it would change nothing.
        log.warning("the server refused to revoke the refresh token (%s)", exc.code)
    finally:
        auth.close()
    secrets.delete(PENDING_REVOCATION)
    return True


def wipe_profile(profile: Profile, store: Store | None) -> list[Path]:
    """Remove the cache, its key, the tokens, and everything else the app wrote into this
    profile: the exports kept in it and the logs (docs/security.md). Reports the user saved
    elsewhere are the user's and stay. Returns the files that could not be deleted.

    The refresh token moves to the keyring's pending-revocation slot (no network here);
    `sign_out` or the next sign-in revokes it on the server.
    """
    secrets = ProfileSecrets(profile)
    token = secrets.get(REFRESH_TOKEN)
    if token:
        secrets.set(PENDING_REVOCATION, token)
    secrets.delete(REFRESH_TOKEN)
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
