"""The `rehearse` command of the CLI: a tariff rehearsal (资费预演) over a customer, a group or the
user's whole book, printed as a summary or JSON, optionally written as a workbook, saved by name,
or turned into a draft quote.

The CLI module adds the parser and calls `run_rehearse_command` with an open store and the
signed-in user. Depends on the store's rehearsal service and the rehearsal workbook.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import TYPE_CHECKING

from bigcust_desktop.reports.errors import ReportOutputError, ReportUsageError

if TYPE_CHECKING:
    from bigcust_desktop.domain.identity import UserProfile
    from bigcust_desktop.store.engine import Store

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


def add_rehearse_parser(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "rehearse",
        help="rehearse a tariff change on the cached book (资费预演)",
        description=(
            "Bill the last three months again under a proposal: lines on one plan moved to "
            "another, with an optional discount and term. The whole book unless a customer or "
            "group is named; an account manager rehearses on his own customers, a regional "
            "manager on his team's."
        ),
    )
    parser.add_argument("--from-plan", required=True, metavar="P1", help="the plan lines are on")
    parser.add_argument("--to-plan", required=True, metavar="P2", help="the plan they move to")
    who = parser.add_mutually_exclusive_group()
    who.add_argument("--customer", metavar="ID", help="one customer")
    who.add_argument("--group", metavar="ID", help="a group (集团) and all its branches")
    parser.add_argument("--discount", metavar="PCT", help="percent off the new monthly fee")
    parser.add_argument("--term", type=int, default=0, metavar="MONTHS", help="a committed term")
    parser.add_argument("--term-discount", metavar="PCT", help="percent off for the committed term")
    parser.add_argument("--name", help="the proposal's name (default: P1 → P2)")
    parser.add_argument("--out", metavar="FILE.xlsx", help="also write the rehearsal workbook")
    parser.add_argument("--json", action="store_true", help="print the summary as JSON")
    parser.add_argument("--save", metavar="NAME", help="keep the rehearsal under this name")
    parser.add_argument(
        "--quote",
        action="store_true",
        help="turn the rehearsal into a draft quote for --customer (sent with the next sync)",
    )


def _pct(text: str | None, what: str) -> Decimal:
    if text is None:
        return Decimal(0)
    try:
        value = Decimal(text)
    except InvalidOperation:
        value = Decimal(-1)
    if not (0 <= value <= 100) or value != value.quantize(Decimal("0.01")):
        raise ReportUsageError(
            "rehearsal.bad_percent",
            f"{what} must be a percentage from 0 to 100 with at most two decimals.",
        )
    return value


def _print_summary(summary: dict) -> None:
    def y(fen: int) -> str:
        return f"{Decimal(fen) / 100:,.2f}"

    print(
        f"Rehearsal {summary['proposal']['name']}: {summary['lines']:,} lines of "
        f"{summary['customers']:,} customers; three months before {y(summary['before_fen'])} "
        f"yuan, after {y(summary['after_fen'])} yuan (change {y(summary['change_fen'])}); "
        f"{summary['paying_more']:,} customers pay more, {summary['paying_less']:,} less; "
        f"{summary['lines_over_allowance']:,} lines over the new allowances."
    )


def run_rehearse_command(
    store: Store, user: UserProfile | None, args: argparse.Namespace, exports_dir: Path
) -> int:
    """Run ``rehearse``; 0 when done, 2 for a bad request (unknown plan, a customer outside the
    user's book, a bad percentage, --quote without --customer), 1 when a file cannot be written.
    """
    from bigcust_desktop.domain.errors import ValidationError, ValidationErrors
    from bigcust_desktop.reports.rehearsal_workbook import export_rehearsal
    from bigcust_desktop.store.analysis.proposals import plan_move
    from bigcust_desktop.store.queries.book import Book
    from bigcust_desktop.store.services.rehearsals import ScopeRefused

    try:
        if args.quote and not args.customer:
            raise ReportUsageError("rehearsal.quote_needs_customer", "--quote needs --customer.")
        if args.quote and user is None:
            raise ReportUsageError("rehearsal.quote_needs_user", "Sign in to make a quote.")
        plans = store.rehearsals.plans()
        for plan in (args.from_plan, args.to_plan):
            if plan not in plans:
                raise ReportUsageError(
                    "rehearsal.unknown_plan", f"Unknown plan {plan!r} (not in the catalogue)."
                )
        proposal = plan_move(
            args.from_plan,
            args.to_plan,
            **({"name": args.name} if args.name else {}),
            discount_pct=_pct(args.discount, "--discount"),
            term_months=max(0, args.term),
            term_discount_pct=_pct(args.term_discount, "--term-discount"),
        )
        book = Book.of(user)
        run = store.rehearsals.run(book, proposal, customer_id=args.customer, group_id=args.group)
        written = None
        if args.out:
            label = args.customer or args.group or "全部客户"
            written = export_rehearsal(store, user, run, Path(args.out), scope_label=label)
        saved = (
            store.rehearsals.save(args.save, run, user.id if user else None) if args.save else None
        )
        quote = None
        if args.quote:
            assert user is not None
            quote = store.rehearsals.to_quote(
                proposal, args.customer, user.id, book, now=dt.datetime.now(dt.UTC)
            )
    except ScopeRefused as exc:
        print(f"bigcust-desktop: {exc.message}", file=sys.stderr)
        return EXIT_USAGE
    except (ValidationError, ValidationErrors) as exc:
        print(f"bigcust-desktop: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except ReportUsageError as exc:
        print(f"bigcust-desktop: {exc.message}", file=sys.stderr)
        return EXIT_USAGE
    except ReportOutputError as exc:
        print(f"bigcust-desktop: {exc.message}", file=sys.stderr)
        return EXIT_FAILED
    summary = run.summary()
    if written is not None:
        summary["workbook"] = str(written.path)
    if saved is not None:
        summary["saved_id"] = saved.id
    if quote is not None:
        summary["quote_id"] = quote["id"]
    if args.json:
        print(json.dumps(summary, ensure_ascii=False))
    else:
        _print_summary(summary)
        if written is not None:
            print(f"Wrote {written.path}")
        if quote is not None:
            print(f"Draft quote {quote['id']} made; it is sent with the next sync.")
    return EXIT_OK
