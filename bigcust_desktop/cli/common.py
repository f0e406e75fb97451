"""What every command of the command line shares: the exit codes, the one expected-failure
type, opening the profile's cache (checked when asked or after an unclean end) and the saved
servers. Depends on store, sync and the profile, each loaded by the function that needs it.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bigcust_desktop.store.engine import Store
    from bigcust_desktop.store.profile import Profile
    from bigcust_desktop.sync.config import Endpoints
    from bigcust_desktop.sync.progress import SyncProgress

log = logging.getLogger("bigcust_desktop")

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_AUTH, EXIT_DISABLED, EXIT_UNSENT = 0, 1, 2, 3, 4, 5
EXIT_DAMAGED = 6


class CliError(Exception):
    """An expected failure: a message for the user and the exit code."""

    def __init__(self, message: str, code: int = EXIT_FAILED) -> None:
        super().__init__(message)
        self.exit_code = code


def profile_key(profile: Profile) -> bytes:
    from bigcust_desktop.store.keys import KeyMissing, KeyringUnavailable, load_or_create_key

    try:
        return load_or_create_key(profile).secret
    except KeyringUnavailable as exc:
        raise CliError(str(exc), EXIT_USAGE) from exc
    except KeyMissing as exc:
        raise CliError(f"{exc} [{exc.code}]", EXIT_FAILED) from exc


def damaged_error(unsent: int | None) -> CliError:
    kept = (
        f"its {unsent} unsent change(s) can be kept"
        if unsent is not None
        else "its unsent changes may still be recovered from it"
    )
    return CliError(
        f"the local cache is damaged (it fails its integrity check); {kept}: run 'rebuild' to "
        "keep them in a file, download the data again and queue them again. Do not delete "
        "the cache [store.corrupt]",
        EXIT_DAMAGED,
    )


def open_cache(profile: Profile, *, check: bool = False) -> Store:
    """The profile's cache; checked (`store.integrity`) when asked or after an unclean end."""
    from bigcust_desktop.store.engine import StoreOpenError, open_store
    from bigcust_desktop.store.integrity import quick_check

    key = profile_key(profile)
    try:
        store = open_store(profile, key)
    except StoreOpenError as exc:
        log.warning("cache not opened (%s): %s", exc.code, exc.detail)
        if exc.code == "store.corrupt":
            raise damaged_error(None) from exc
        raise CliError(f"{exc} [{exc.code}]", EXIT_FAILED) from exc
    try:
        if (check or store.unclean) and not quick_check(store).ok:
            raise damaged_error(unsent_count(store))
        store.migrate()
    except BaseException:
        store.close()
        raise
    return store


def unsent_count(store: Store) -> int | None:
    """How many edits wait in a damaged cache, if its outbox can still be counted."""
    try:
        return store.outbox.unsent_total
    except Exception:  # the outbox's own pages are damaged
        return None


@contextmanager
def cache(profile: Profile, *, check: bool = False) -> Iterator[Store]:
    store = open_cache(profile, check=check)
    try:
        yield store
    finally:
        store.close()


def saved_endpoints(profile: Profile) -> Endpoints:
    """The servers the profile signed in to; a usage error when the saved settings are broken,
    an authentication one when it never signed in."""
    from bigcust_desktop.sync.config import load_endpoints
    from bigcust_desktop.sync.errors import SyncError

    try:
        endpoints = load_endpoints(profile.settings_path)
    except SyncError as exc:
        message = f"the saved server settings are not usable: {exc.message}"
        raise CliError(message, EXIT_USAGE) from exc
    if endpoints is None:
        raise CliError("not signed in: run 'login' first", EXIT_AUTH)
    return endpoints


def print_progress(event: SyncProgress) -> None:
    if event.phase in ("push", "pull"):
        print(f"\r{event.phase} {event.system}: {event.done}   ", end="", file=sys.stderr)
