"""The `report` command of the CLI: list the reports, or export some to an Excel workbook.

The CLI module adds the parser and calls `run_report_command` with an open store and the signed-in
user. Depends on the reports API only.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from bigcust_desktop.reports.errors import ReportOutputError, ReportUsageError
from bigcust_desktop.reports.period import BEIJING, MAX_STALE_DAYS, ReportFilters

if TYPE_CHECKING:
    from bigcust_desktop.domain.identity import UserProfile
    from bigcust_desktop.store.engine import Store

# The report definitions, the writer and openpyxl load when a report runs, not when the
# command line is parsed: `bigcust-desktop` builds this parser for every start.

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


def add_report_parser(subparsers: argparse._SubParsersAction) -> None:
    """Add ``report NAME... [--from YYYY-MM] [--to YYYY-MM] [--manager ID] [--city CITY]
    [--out FILE.xlsx]`` and ``report --list``."""
    parser = subparsers.add_parser(
        "report",
        help="export Excel reports (report --list shows them)",
        description="Export reports to an Excel workbook. Months are Beijing time.",
    )
    add_report_arguments(parser)


def add_report_arguments(parser: argparse.ArgumentParser) -> None:
    """The arguments of the `report` command, on a parser the caller made."""
    parser.add_argument("names", nargs="*", metavar="NAME", help="report name(s), or all")
    parser.add_argument(
        "--list", action="store_true", dest="list_reports", help="list the reports and exit"
    )
    parser.add_argument("--from", dest="period_from", metavar="YYYY-MM", help="first month")
    parser.add_argument("--to", dest="period_to", metavar="YYYY-MM", help="last month")
    parser.add_argument("--manager", metavar="ID", help="one account manager's customers")
    parser.add_argument("--team", metavar="ID", help="one team's customers")
    parser.add_argument("--city", metavar="CITY", help="customers of one city, e.g. 杭州")
    parser.add_argument(
        "--days",
        type=int,
        default=30,
        metavar="N",
        help=f"coverage: customers not contacted in N days (1-{MAX_STALE_DAYS}, default 30)",
    )
    parser.add_argument(
        "--out", metavar="FILE.xlsx", help="workbook to write (default: the profile's exports)"
    )
    parser.add_argument(
        "--separate",
        action="store_true",
        help="one workbook per report; --out is then a folder",
    )


def _print_list() -> None:
    from bigcust_desktop.reports.catalog import list_reports

    for info in list_reports():
        print(f"{info.name:10} {info.title_zh}（{info.title_en}）  {info.description}")


def _progress_printer() -> Any:
    if not sys.stderr.isatty():
        return None

    def show(done: int, total: int | None) -> None:
        of = f"/{total:,}" if total else ""
        print(f"\rwriting rows {done:,}{of}   ", end="", file=sys.stderr, flush=True)

    return show


def run_report_command(
    store: Store, user: UserProfile | None, args: argparse.Namespace, exports_dir: Path
) -> int:
    """Run ``report``; prints one line per workbook, or one clear error line on stderr.

    Returns 0 when written, 2 for a bad request (unknown report, bad period, a manager outside
    the user's book), 1 when the file cannot be written (folder, permissions, open elsewhere).
    """
    from bigcust_desktop.reports.catalog import definitions
    from bigcust_desktop.reports.export import export
    from bigcust_desktop.reports.files import default_file_name

    if args.list_reports:
        _print_list()
        return EXIT_OK
    try:
        names = list(args.names)
        chosen = definitions(names)
        filters = ReportFilters.parse(
            period_from=args.period_from,
            period_to=args.period_to,
            manager_id=args.manager,
            team_id=args.team,
            city=args.city,
            stale_days=args.days,
        )
        if args.out:
            out = Path(args.out)
        else:
            exports_dir.mkdir(parents=True, exist_ok=True)
            now = dt.datetime.now(BEIJING)
            out = (
                exports_dir
                if args.separate
                else exports_dir / default_file_name([d.name for d in chosen], now)
            )
        progress = _progress_printer()
        result = export(store, names, filters, user, out, separate=args.separate, progress=progress)
    except ReportUsageError as exc:
        print(f"bigcust-desktop: {exc.message}", file=sys.stderr)
        return EXIT_USAGE
    except ReportOutputError as exc:
        print(f"bigcust-desktop: {exc.message}", file=sys.stderr)
        return EXIT_FAILED
    finally:
        if sys.stderr.isatty():
            print(file=sys.stderr)
    for f in result.files:
        rows = sum(f.rows.values())
        print(f"Wrote {f.path} ({', '.join(f.reports)}: {rows:,} rows in {len(f.rows)} sheets)")
    return EXIT_OK
