"""The commands of a session with the servers: login, sync, status and logout (which never drops
unsent work without `--discard-unsent`). Depends on `cli.common`; sync, store and domain are
loaded by each command.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from bigcust_desktop.cli.common import (
    EXIT_AUTH,
    EXIT_DAMAGED,
    EXIT_DISABLED,
    EXIT_OK,
    EXIT_UNSENT,
    EXIT_USAGE,
    CliError,
    cache,
    open_cache,
    print_progress,
    saved_endpoints,
)

if TYPE_CHECKING:
    from bigcust_desktop.store.engine import Store
    from bigcust_desktop.store.profile import Profile
    from bigcust_desktop.sync.config import Endpoints


def endpoints_from_args(args: argparse.Namespace, previous: Endpoints | None) -> Endpoints:
    from bigcust_desktop.sync.config import Endpoints
    from bigcust_desktop.sync.errors import SyncError

    try:
        if args.server:
            return Endpoints.single_server(args.server, ca_bundle=args.ca_bundle)
        if args.crm_url and args.boss_url and args.city_url:
            return Endpoints(
                crm_url=args.crm_url,
                boss_url=args.boss_url,
                city_url=args.city_url,
                ca_bundle=args.ca_bundle,
            )
    except SyncError as exc:
        raise CliError(exc.message, EXIT_USAGE) from exc
    if previous is not None:
        return previous
    raise CliError("say where to sign in: --server URL, or --crm-url, --boss-url and --city-url")


def cmd_login(profile: Profile, args: argparse.Namespace) -> int:
    from bigcust_desktop.sync.account import sign_in
    from bigcust_desktop.sync.config import load_endpoints
    from bigcust_desktop.sync.errors import (
        AccountDisabled,
        AuthRequired,
        LoginThrottled,
        SyncError,
        UnsentWork,
    )

    if not args.password_stdin:
        raise CliError("give the password on standard input with --password-stdin", EXIT_USAGE)
    password = sys.stdin.readline().rstrip("\r\n")
    if not password:
        raise CliError("no password on standard input", EXIT_USAGE)
    try:
        previous = load_endpoints(profile.settings_path)
    except SyncError:
        previous = None  # unusable saved settings: the arguments must say where to sign in
    endpoints = endpoints_from_args(args, previous)
    store = open_cache(profile)
    try:
        user, store = sign_in(
            profile,
            store,
            endpoints,
            args.user,
            password,
            reopen=lambda: open_cache(profile),
            discard_unsent=args.discard_unsent,
        )
    except UnsentWork as exc:
        raise unsent_refusal(exc.count, "signing in as another user") from exc
    except AuthRequired as exc:
        raise CliError(f"sign-in refused: {exc.message}", EXIT_AUTH) from exc
    except LoginThrottled as exc:
        raise CliError(
            f"too many failed sign-ins: try again in {math.ceil(exc.retry_after)} seconds "
            f"[{exc.code}]",
            EXIT_AUTH,
        ) from exc
    except AccountDisabled as exc:
        raise CliError("this account is disabled", EXIT_DISABLED) from exc
    except SyncError as exc:
        raise CliError(f"sign-in failed: {exc.message} [{exc.code}]") from exc
    finally:
        store.close()
    print(f"Signed in as {user.name} ({user.username}, {user.role}). Run 'sync' to download.")
    return EXIT_OK


def cmd_sync(profile: Profile, args: argparse.Namespace) -> int:
    from bigcust_desktop.store.secrets import ProfileSecrets
    from bigcust_desktop.sync.account import wipe_profile
    from bigcust_desktop.sync.engine import SyncSession, run_sync
    from bigcust_desktop.sync.errors import AccountDisabled, AuthRequired, SyncError

    endpoints = saved_endpoints(profile)
    store = open_cache(profile, check=True)
    try:
        with SyncSession(endpoints, ProfileSecrets(profile)) as session:
            report = run_sync(profile, store, session, progress=print_progress)
        # The analysis kept in the cache (at-risk list, value, gaps, findings) follows the sync.
        store.analytics.refresh(store.meta.user())
    except AccountDisabled as exc:
        say_left_behind(wipe_profile(profile, store))
        raise CliError(
            "the server reports this account disabled: the local cache, exports and logs were "
            "wiped",
            EXIT_DISABLED,
        ) from exc
    except AuthRequired as exc:
        raise CliError(
            f"please sign in again ({exc.code}); pending changes are kept", EXIT_AUTH
        ) from exc
    except SyncError as exc:
        raise CliError(f"sync stopped: {exc.message} [{exc.code}]") from exc
    except Exception as exc:
        from bigcust_desktop.store.engine import environment_failure

        met = environment_failure(exc, profile.db_path)
        if met is None:
            raise  # a bug: main() logs it with its reference
        raise CliError(f"sync stopped: {met} [{met.code}]") from exc
    finally:
        store.close()
    print(file=sys.stderr)
    summary = report.summary()
    if args.json:
        print(json.dumps(summary, ensure_ascii=False))
    else:
        print(
            f"Sync done: pushed {summary['pushed']} (applied {summary['applied']}, "
            f"conflicts {summary['conflicts']}, rejected {summary['rejected']}), pulled "
            f"{sum(summary['pulled'].values())} records in {summary['requests']} requests."
        )
    return EXIT_OK


def cmd_status(profile: Profile, args: argparse.Namespace) -> int:
    with cache(profile, check=True) as store:
        status = store.sync_state.status().to_json()
        status["refused"] = [refusal_json(change) for change in store.outbox.rejected()]
    if args.json:
        print(json.dumps(status, ensure_ascii=False, indent=2))
        return EXIT_OK
    user = status["user"]
    print(f"Signed in: {user['name']} ({user['username']})" if user else "Not signed in")
    for system, at in status["last_sync"].items():
        print(f"Last sync {system}: {at or 'never'}")
    if status["last_error"]:
        print(f"Last error: {status['last_error']['message']}")
    print(
        f"Pending changes: {status['pending_changes']}  rejected: {status['rejected_changes']}  "
        f"conflicts: {status['conflicts']}  quarantined: {status['quarantined']}"
    )
    for entity, count in status["counts"].items():
        print(f"  {entity:16} {count}")
    for refused in status["refused"]:
        owner = refused["new_owner"]
        why = (
            f"the customer was reassigned to {owner['name']} ({owner['id']})"
            if owner
            else ", ".join(refused["codes"]) or "refused"
        )
        print(f"Refused: {refused['entity']} {refused['title'] or refused['record_id']}: {why}")
    return EXIT_OK


def refusal_json(change: Any) -> dict[str, Any]:
    """A refused edit for `status`: its record, the server's codes, and whom its customer
    was given to when the server says (contract 1.1)."""
    owner = next(
        (e["owner"] for e in change.errors if e.get("code") == "not_visible" and e.get("owner")),
        None,
    )
    return {
        "entity": change.entity,
        "record_id": change.record_id,
        "title": change.title,
        "codes": [str(e.get("code")) for e in change.errors],
        "new_owner": owner,
    }


def unsent_refusal(count: int, what: str) -> CliError:
    return CliError(
        f"{count} change(s) are not on the server yet and {what} would delete them: run "
        "'sync' first, or 'export-unsent FILE' to keep them in a file, or repeat with "
        "--discard-unsent to delete them",
        EXIT_UNSENT,
    )


def cmd_logout(profile: Profile, args: argparse.Namespace) -> int:
    from bigcust_desktop.sync.account import sign_out
    from bigcust_desktop.sync.errors import UnsentWork

    store: Store | None
    try:
        store = open_cache(profile)
    except CliError as exc:
        if exc.exit_code == EXIT_DAMAGED and not args.discard_unsent:
            raise  # its unsent changes may still be kept: 'rebuild' says how
        store = None  # an unreadable cache is wiped all the same
    try:
        signed_out = sign_out(profile, store, discard_unsent=args.discard_unsent)
    except UnsentWork as exc:
        if store is not None:
            store.close()
        raise unsent_refusal(exc.count, "signing out") from exc
    say_left_behind(signed_out.left)
    print(
        "Signed out; the local cache, its keyring entries, and the exports and logs in the "
        "profile are gone."
    )
    if not signed_out.revoked:
        print("The server could not be told: the sign-in is revoked at the next sign-in here.")
    return EXIT_OK


def say_left_behind(left: list[Path]) -> None:
    for path in left:
        print(
            f"bigcust-desktop: could not delete {path} (open in another program?)", file=sys.stderr
        )
