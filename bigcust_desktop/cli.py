"""Command line of bigcust-desktop: the GUI by default, and headless login/sync/status/logout.

Sits beside `ui` at the top of the layers: it may use sync, reports, store and domain, each loaded
by the command that needs it (the GUI's start must not wait for the reports, openpyxl or requests);
it opens Qt only to start the GUI. Expected failures print one clear line and exit non-zero.
"""

from __future__ import annotations

import argparse
import json
import logging
import math
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from bigcust_desktop import __version__
from bigcust_desktop.reports.command import add_report_parser
from bigcust_desktop.reports.rehearse_command import add_rehearse_parser

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


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="bigcust-desktop",
        description="Offline-first client for telecom big-customer account managers.",
        epilog=(
            "Free software under the GNU GPL, version 3 or later: see LICENSE.txt and "
            "THIRD-PARTY-NOTICES.txt in the program folder."
        ),
    )
    parser.add_argument("--version", action="version", version=f"bigcust-desktop {__version__}")
    parser.add_argument(
        "--self-check",
        action="store_true",
        help="check this installation offline and without a display, print one line, and exit",
    )
    parser.add_argument("--profile", metavar="DIR", help="data directory (or BIGCUST_PROFILE)")
    parser.add_argument(
        "--demo", action="store_true", help="start the simulator and open a throw-away profile"
    )
    parser.add_argument("--lang", choices=("zh_CN", "en"), help="user interface language")
    parser.add_argument("-v", "--verbose", action="store_true", help="log more")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    login = commands.add_parser("login", help="sign in to the operator's servers")
    login.add_argument("--server", help="one gateway URL for all three systems")
    login.add_argument("--crm-url", help="provincial CRM base URL")
    login.add_argument("--boss-url", help="BOSS base URL")
    login.add_argument("--city-url", help="city CRM base URL")
    login.add_argument("--ca-bundle", metavar="FILE", help="operator CA bundle (PEM)")
    login.add_argument("--user", required=True, help="user name")
    login.add_argument(
        "--password-stdin", action="store_true", help="read the password from standard input"
    )
    login.add_argument(
        "--discard-unsent",
        action="store_true",
        help="when another user's cache holds changes not on the server, delete them",
    )

    sync = commands.add_parser("sync", help="push local changes, then pull every system")
    sync.add_argument("--json", action="store_true", help="print the result as JSON")

    status = commands.add_parser("status", help="show sync state and what the cache holds")
    status.add_argument("--json", action="store_true", help="print as JSON")

    logout = commands.add_parser(
        "logout", help="sign out: wipe the cache, the keyring entries, the exports and logs"
    )
    logout.add_argument(
        "--discard-unsent",
        action="store_true",
        help="delete changes not on the server yet (refused without it)",
    )
    export = commands.add_parser(
        "export-unsent",
        help="write every change not on the server (pending, refused, conflicting) to a file",
    )
    export.add_argument(
        "file", help="the file to write: .xlsx, a workbook to read; otherwise JSON for support"
    )
    commands.add_parser(
        "rebuild",
        help="a damaged cache: keep its unsent changes, download the data again, queue them",
    )
    add_report_parser(commands)
    add_rehearse_parser(commands)
    return parser


def _key(profile: Profile) -> bytes:
    from bigcust_desktop.store.keys import KeyMissing, KeyringUnavailable, load_or_create_key

    try:
        return load_or_create_key(profile).secret
    except KeyringUnavailable as exc:
        raise CliError(str(exc), EXIT_USAGE) from exc
    except KeyMissing as exc:
        raise CliError(f"{exc} [{exc.code}]", EXIT_FAILED) from exc


def _damaged(unsent: int | None) -> CliError:
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


def _open(profile: Profile, *, check: bool = False) -> Store:
    """The profile's cache; checked (`store.integrity`) when asked or after an unclean end."""
    from bigcust_desktop.store.engine import StoreOpenError, open_store
    from bigcust_desktop.store.integrity import quick_check

    key = _key(profile)
    try:
        store = open_store(profile, key)
    except StoreOpenError as exc:
        log.warning("cache not opened (%s): %s", exc.code, exc.detail)
        if exc.code == "store.corrupt":
            raise _damaged(None) from exc
        raise CliError(f"{exc} [{exc.code}]", EXIT_FAILED) from exc
    try:
        if (check or store.unclean) and not quick_check(store).ok:
            raise _damaged(_unsent_count(store))
        store.migrate()
    except BaseException:
        store.close()
        raise
    return store


def _unsent_count(store: Store) -> int | None:
    """How many edits wait in a damaged cache, if its outbox can still be counted."""
    try:
        return store.outbox.unsent_total
    except Exception:  # the outbox's own pages are damaged
        return None


@contextmanager
def _store(profile: Profile, *, check: bool = False) -> Iterator[Store]:
    store = _open(profile, check=check)
    try:
        yield store
    finally:
        store.close()


def _endpoints_from_args(args: argparse.Namespace, previous: Endpoints | None) -> Endpoints:
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
    endpoints = _endpoints_from_args(args, previous)
    store = _open(profile)
    try:
        user, store = sign_in(
            profile,
            store,
            endpoints,
            args.user,
            password,
            reopen=lambda: _open(profile),
            discard_unsent=args.discard_unsent,
        )
    except UnsentWork as exc:
        raise _unsent_refusal(exc.count, "signing in as another user") from exc
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


def _print_progress(event: SyncProgress) -> None:
    if event.phase in ("push", "pull"):
        print(f"\r{event.phase} {event.system}: {event.done}   ", end="", file=sys.stderr)


def _saved_endpoints(profile: Profile) -> Endpoints:
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


def cmd_sync(profile: Profile, args: argparse.Namespace) -> int:
    from bigcust_desktop.store.secrets import ProfileSecrets
    from bigcust_desktop.sync.account import wipe_profile
    from bigcust_desktop.sync.engine import SyncSession, run_sync
    from bigcust_desktop.sync.errors import AccountDisabled, AuthRequired, SyncError

    endpoints = _saved_endpoints(profile)
    store = _open(profile, check=True)
    try:
        with SyncSession(endpoints, ProfileSecrets(profile)) as session:
            report = run_sync(profile, store, session, progress=_print_progress)
        # The analysis kept in the cache (at-risk list, value, gaps, findings) follows the sync.
        store.analytics.refresh(store.meta.user())
    except AccountDisabled as exc:
        _say_left_behind(wipe_profile(profile, store))
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
    with _store(profile, check=True) as store:
        status = store.sync_state.status().to_json()
        status["refused"] = [_refusal(change) for change in store.outbox.rejected()]
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


def _refusal(change: Any) -> dict[str, Any]:
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


def _unsent_refusal(count: int, what: str) -> CliError:
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
        store = _open(profile)
    except CliError as exc:
        if exc.exit_code == EXIT_DAMAGED and not args.discard_unsent:
            raise  # its unsent changes may still be kept: 'rebuild' says how
        store = None  # an unreadable cache is wiped all the same
    try:
        signed_out = sign_out(profile, store, discard_unsent=args.discard_unsent)
    except UnsentWork as exc:
        if store is not None:
            store.close()
        raise _unsent_refusal(exc.count, "signing out") from exc
    _say_left_behind(signed_out.left)
    print(
        "Signed out; the local cache, its keyring entries, and the exports and logs in the "
        "profile are gone."
    )
    if not signed_out.revoked:
        print("The server could not be told: the sign-in is revoked at the next sign-in here.")
    return EXIT_OK


def _say_left_behind(left: list[Path]) -> None:
    for path in left:
        print(
            f"bigcust-desktop: could not delete {path} (open in another program?)", file=sys.stderr
        )


def cmd_export_unsent(profile: Profile, args: argparse.Namespace) -> int:
    from bigcust_desktop.reports.errors import ReportError
    from bigcust_desktop.reports.unsent_workbook import write_unsent

    path = Path(args.file)
    with _store(profile) as store:
        try:
            count = write_unsent(store, path)  # a workbook for .xlsx, else JSON
        except OSError as exc:
            raise CliError(f"could not write {path}: {exc.strerror or exc}") from exc
        except ReportError as exc:
            raise CliError(f"could not write {path}: {exc} [{exc.code}]") from exc
    print(f"{count} change(s) not on the server written to {path}.")
    return EXIT_OK


def cmd_rebuild(profile: Profile, args: argparse.Namespace) -> int:
    from bigcust_desktop.store.secrets import ProfileSecrets
    from bigcust_desktop.sync.engine import SyncSession
    from bigcust_desktop.sync.rebuild import rebuild_cache

    endpoints = _saved_endpoints(profile)
    try:
        _open(profile, check=True).close()
    except CliError as exc:
        if exc.exit_code != EXIT_DAMAGED:
            raise
    else:
        print("The local cache is whole: nothing to rebuild.")
        return EXIT_OK
    with SyncSession(endpoints, ProfileSecrets(profile)) as session:
        rebuilt = rebuild_cache(
            profile, _key(profile), lambda: None, session, progress=_print_progress
        )
    rebuilt.store.close()
    print(file=sys.stderr)
    kept = rebuilt.kept
    if kept.edits is None:
        print(
            "The unsent changes could not be read from the damaged cache: it is kept as "
            f"{kept.kept_aside} for support to recover them."
        )
    elif kept.export_path is not None:
        print(f"{kept.count} unsent change(s) kept in {kept.export_path}.")
    if rebuilt.error is not None:
        raise CliError(
            f"the download stopped: {rebuilt.error.message} [{rebuilt.error.code}]; run 'sync' "
            "to finish it (the kept changes are queued again then)"
        )
    assert rebuilt.report is not None
    pulled = sum(rebuilt.report.summary()["pulled"].values())
    print(
        f"The local cache was rebuilt from the server ({pulled} records); "
        f"{rebuilt.requeued} change(s) queued again: run 'sync' to send them."
    )
    if rebuilt.file_only:
        print(
            f"{len(rebuilt.file_only)} change(s) could not be queued again (their records are "
            f"no longer in your book); they are in {kept.export_path}."
        )
    return EXIT_OK


def cmd_report(profile: Profile, args: argparse.Namespace) -> int:
    from bigcust_desktop.reports.command import run_report_command

    with _store(profile) as store:
        user = store.meta.user()
        if not args.list_reports:
            store.analytics.refresh(user)  # what the last edits changed, before reading
        return run_report_command(store, user, args, profile.exports_dir)


def cmd_rehearse(profile: Profile, args: argparse.Namespace) -> int:
    from bigcust_desktop.reports.rehearse_command import run_rehearse_command

    with _store(profile) as store:
        return run_rehearse_command(store, store.meta.user(), args, profile.exports_dir)


COMMANDS = {
    "login": cmd_login,
    "sync": cmd_sync,
    "status": cmd_status,
    "logout": cmd_logout,
    "export-unsent": cmd_export_unsent,
    "rebuild": cmd_rebuild,
    "report": cmd_report,
    "rehearse": cmd_rehearse,
}


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.self_check:
        from bigcust_desktop.selfcheck import run_self_check  # Qt only when asked for

        return run_self_check()
    log_file: Path | None = None
    try:
        if args.command is None:
            from bigcust_desktop.ui.app import run_gui  # Qt only when the GUI is wanted

            return run_gui(args)
        from bigcust_desktop.applog import setup_logging
        from bigcust_desktop.store.profile import Profile, ProfileError

        try:
            profile = Profile.resolve(args.profile)
        except ProfileError as exc:
            raise CliError(f"cannot use this profile: {exc.message}", EXIT_USAGE) from exc
        log_file = setup_logging(profile.log_dir, verbose=args.verbose)
        return COMMANDS[args.command](profile, args)
    except CliError as exc:
        print(f"bigcust-desktop: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        return 130
    except Exception:
        # A bug, not a user's mistake: the traceback goes to the log file, one line here.
        log.exception("unexpected error")
        where = f" (details in {log_file})" if log_file else ""
        print(f"bigcust-desktop: internal error{where}", file=sys.stderr)
        return EXIT_FAILED
