"""The commands that keep unsent work safe: `export-unsent` (JSON or a workbook, by the file's
extension) and `rebuild` of a damaged cache from the server. Depends on `cli.common`.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from bigcust_desktop.cli.common import (
    EXIT_DAMAGED,
    EXIT_OK,
    CliError,
    cache,
    open_cache,
    print_progress,
    profile_key,
    saved_endpoints,
)

if TYPE_CHECKING:
    from bigcust_desktop.store.profile import Profile


def cmd_export_unsent(profile: Profile, args: argparse.Namespace) -> int:
    from bigcust_desktop.reports.errors import ReportError
    from bigcust_desktop.reports.unsent_workbook import write_unsent

    path = Path(args.file)
    with cache(profile) as store:
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

    endpoints = saved_endpoints(profile)
    try:
        open_cache(profile, check=True).close()
    except CliError as exc:
        if exc.exit_code != EXIT_DAMAGED:
            raise
    else:
        print("The local cache is whole: nothing to rebuild.")
        return EXIT_OK
    with SyncSession(endpoints, ProfileSecrets(profile)) as session:
        rebuilt = rebuild_cache(
            profile, profile_key(profile), lambda: None, session, progress=print_progress
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
