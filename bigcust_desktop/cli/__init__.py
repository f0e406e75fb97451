"""Command line of bigcust-desktop: the GUI by default, and headless login/sync/status/logout.

Sits beside `ui` at the top of the layers: it may use sync, reports, store and domain, each loaded
by the command that needs it (the GUI's start must not wait for the reports, openpyxl or requests);
it opens Qt only to start the GUI. Expected failures print one clear line and exit non-zero.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, cast

from bigcust_desktop import __version__
from bigcust_desktop.cli.common import (
    EXIT_FAILED,
    EXIT_USAGE,
    CliError,
    cache,
    log,
)
from bigcust_desktop.reports.command import add_report_parser
from bigcust_desktop.reports.rehearse_command import add_rehearse_parser

if TYPE_CHECKING:
    from bigcust_desktop.store.profile import Profile


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


def cmd_report(profile: Profile, args: argparse.Namespace) -> int:
    from bigcust_desktop.reports.command import run_report_command

    with cache(profile) as store:
        user = store.meta.user()
        if not args.list_reports:
            store.analytics.refresh(user)  # what the last edits changed, before reading
        return run_report_command(store, user, args, profile.exports_dir)


def cmd_rehearse(profile: Profile, args: argparse.Namespace) -> int:
    from bigcust_desktop.reports.rehearse_command import run_rehearse_command

    with cache(profile) as store:
        return run_rehearse_command(store, store.meta.user(), args, profile.exports_dir)


# Each command's module loads when that command runs: the GUI's start imports none of them.
COMMANDS = {
    "login": "session:cmd_login",
    "sync": "session:cmd_sync",
    "status": "session:cmd_status",
    "logout": "session:cmd_logout",
    "export-unsent": "cache:cmd_export_unsent",
    "rebuild": "cache:cmd_rebuild",
    "report": "cmd_report",
    "rehearse": "cmd_rehearse",
}


def command(name: str) -> Callable[[Profile, argparse.Namespace], int]:
    """The function that runs the command ``name``, its module loaded now."""
    module, _, function = COMMANDS[name].rpartition(":")
    home = (
        importlib.import_module(f"bigcust_desktop.cli.{module}")
        if module
        else sys.modules[__name__]
    )
    return cast("Callable[[Profile, argparse.Namespace], int]", getattr(home, function))


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
        return command(args.command)(profile, args)
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
