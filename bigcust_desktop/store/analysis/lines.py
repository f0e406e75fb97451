"""What the recompute keeps or reads of each customer's lines: the line summary, the products held
(plans of active lines, running add-ons), and 公用/私用 payers.

The subscriber table is the book's widest (300,000 rows on a large book): it is read once, through
the covering index of migration 0007 (`ix_subscriber_customer_lines`), never its rows, into the
lines grouped per customer, status, account and product that the three are computed from.
Depends on SQLAlchemy Core, the store's models and the domain's analytics types.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator, Sequence
from dataclasses import fields
from typing import Any

from sqlalchemy import (
    Column,
    Connection,
    Integer,
    MetaData,
    String,
    Table,
    bindparam,
    delete,
    func,
    insert,
    literal,
    select,
    update,
)
from sqlalchemy.schema import CreateTable, DropTable

from bigcust_desktop.domain.analytics.gaps import Holdings
from bigcust_desktop.domain.analytics.value_card import Payers
from bigcust_desktop.domain.vocab import CustomerStatus, SubscriberStatus
from bigcust_desktop.store.models import BillingAccount, Customer, Product, Service, Subscriber
from bigcust_desktop.store.models.analytics import CustomerHolding, CustomerLineSummary
from bigcust_desktop.store.queries.analytics import raw
from bigcust_desktop.store.queries.analytics_scope import MAX_GROUP_DEPTH, CustomerScope
from bigcust_desktop.store.queries.book import Book, fen

_CHUNK = 500  # customer ids per IN list
_ACTIVE = SubscriberStatus.ACTIVE.value
# Active lines, the condition written so that SQLite cannot serve it from the status index (a
# lookup of nine rows in ten, each into the wide table) and scans the covering index instead.
_ACTIVE_LINE = (Subscriber.status + "") == _ACTIVE
PLAN, ADDON = "plan", "addon"
PAYER_COLUMNS = tuple(f.name for f in fields(Payers))


def scope_chunks(scope: CustomerScope) -> Iterator[Sequence[str] | None]:
    """The scope's ids in IN-list chunks, or one None for every customer."""
    ids = scope.customer_ids
    if ids is None:
        yield None
        return
    for i in range(0, len(ids), _CHUNK):
        yield ids[i : i + _CHUNK]


def clear_kept(conn: Connection, table: Any, scope: CustomerScope) -> None:
    """Delete the scope's rows of a kept table (keyed by customer_id)."""
    for chunk in scope_chunks(scope):
        stmt = delete(table)
        if chunk is not None:
            stmt = stmt.where(table.customer_id.in_(chunk))
        conn.execute(stmt)


# The scope's lines grouped by customer, status, paying account and product (a third of a row per
# line on a large book): filled once per recompute in one pass over the covering index, kept in
# SQLite's memory (temp_store = MEMORY: never a plaintext file), then read by the line summary,
# the plans held and the payers instead of three passes over the subscribers.
GROUPED = Table(
    "analysis_lines",
    MetaData(),
    Column("customer_id", String),
    Column("status", String),
    Column("account_id", String),
    Column("product_id", String),
    Column("lines", Integer),
    Column("monthly_fen", Integer),
    Column("oldest_on", String),
    prefixes=["TEMPORARY"],
)


@contextlib.contextmanager
def grouped_lines(conn: Connection, scope: CustomerScope) -> Iterator[Table]:
    """`GROUPED` filled with the lines of the scope's customers (its book or group when it has
    no list of ids), dropped when the block ends."""
    conn.execute(DropTable(GROUPED, if_exists=True))
    conn.execute(CreateTable(GROUPED))
    try:
        s = Subscriber
        for chunk in scope_chunks(scope):
            within = scope.restrict(s.customer_id) if chunk is None else [s.customer_id.in_(chunk)]
            stmt = (
                select(
                    s.customer_id,
                    s.status,
                    s.account_id,
                    s.product_id,
                    func.count(),
                    func.sum(fen(s.arpu_3m)),
                    func.min(raw(s.activated_on)),
                )
                .where(*within)
                # the covering index's order: no sort of the lines
                .group_by(s.customer_id, s.status, s.account_id, s.product_id)
            )
            conn.execute(insert(GROUPED).from_select([c.name for c in GROUPED.c], stmt))
        yield GROUPED
    finally:
        conn.execute(DropTable(GROUPED, if_exists=True))


def refresh_line_summary(conn: Connection, scope: CustomerScope, grouped: Table) -> None:
    """Rewrite the scope's rows of `customer_line_summary` from its grouped lines: the counts,
    and the 公用/私用 payers of the active lines."""
    clear_kept(conn, CustomerLineSummary, scope)
    g = grouped.c
    active = g.status == _ACTIVE
    columns = ["customer_id", "lines", "active_lines", "active_monthly_fen", "oldest_line_on"]
    stmt = select(
        g.customer_id,
        func.sum(g.lines),
        func.total(g.lines * active),
        func.total(g.monthly_fen * active),
        func.min(g.oldest_on),
    ).group_by(g.customer_id)
    conn.execute(insert(CustomerLineSummary).from_select(columns, stmt))
    s = CustomerLineSummary
    rows = [
        {"cid": cid, **{name: getattr(p, name) for name in PAYER_COLUMNS}}
        for cid, p in payers_of_grouped(conn, grouped).items()
    ]
    if rows:
        conn.execute(
            update(s)
            .where(s.customer_id == bindparam("cid"))
            .values({name: bindparam(name) for name in PAYER_COLUMNS}),
            rows,
        )


def kept_payers() -> list[Any]:
    """The columns of `Payers` as kept in the line summary, in its field order, for a select
    outer-joined to the summary (a customer without lines pays nothing: zeros)."""
    s = CustomerLineSummary
    return [func.coalesce(getattr(s, name), 0) for name in PAYER_COLUMNS]


def refresh_holdings(conn: Connection, scope: CustomerScope, grouped: Table) -> None:
    """Rewrite the scope's rows of `customer_holding`: the plan of every active line (from the
    grouped lines), and every running add-on of an active line (as `analytics_book.holdings`
    reads them live)."""
    clear_kept(conn, CustomerHolding, scope)
    columns = ["customer_id", "kind", "product_id"]
    g = grouped.c
    plans = select(g.customer_id, literal(PLAN), g.product_id).where(g.status == _ACTIVE).distinct()
    conn.execute(insert(CustomerHolding).from_select(columns, plans))
    for chunk in scope_chunks(scope):
        addons = (
            select(Subscriber.customer_id, literal(ADDON), Service.product_id)
            # Joined on the id as text: SQLite then walks the active lines in the covering
            # index (which ends with the id) and finds each one's add-ons by the service's
            # subscriber_id index, rather than looking up 45,000 lines in the wide table.
            .join(Subscriber, (Subscriber.id + "") == Service.subscriber_id)
            .where(_ACTIVE_LINE, Service.ended_on.is_(None))
            .distinct()
        )
        if chunk is not None:
            addons = addons.where(Subscriber.customer_id.in_(chunk))
        conn.execute(insert(CustomerHolding).from_select(columns, addons))


def kept_holdings(conn: Connection, book: Book) -> list[Holdings]:
    """What each open customer of the book holds, from the kept tables (`customer_holding`, the
    line summary's active lines): one key per plan category (``plan:mobile``) and per add-on
    product (``addon:P-MOB-CRBT``). The categories are joined now, so a product moved to another
    category needs no holdings redone."""
    h = CustomerHolding
    # The catalogue's categories read once (a join reads each holding's product row, whose
    # category lies past its wide tariff columns): a line's plans are alternatives, one key
    # per category.
    plan_keys = {
        pid: f"plan:{cat}" for pid, cat in conn.execute(select(Product.id, Product.category))
    }
    keys: dict[str, set[str]] = {}
    for cid, kind, product_id in conn.execute(select(h.customer_id, h.kind, h.product_id)):
        if kind == ADDON:
            keys.setdefault(cid, set()).add(f"addon:{product_id}")
        elif (key := plan_keys.get(product_id)) is not None:
            keys.setdefault(cid, set()).add(key)
    s = CustomerLineSummary
    rows = conn.execute(
        select(Customer.id, Customer.industry, func.coalesce(s.active_lines, 0))
        .outerjoin(s, s.customer_id == Customer.id)
        .where(book.condition(), Customer.status != CustomerStatus.CLOSED.value)
        .order_by(Customer.id)
    )
    return [
        Holdings(cid, industry, int(active), frozenset(keys.get(cid, ())))
        for cid, industry, active in rows
    ]


def _holders(conn: Connection) -> tuple[dict[str, str], dict[str, str | None]]:
    """Who holds each billing account, and each customer's parent (both small tables)."""
    accounts = dict(conn.execute(select(BillingAccount.id, BillingAccount.customer_id)).all())
    parents = dict(conn.execute(select(Customer.id, Customer.parent_id)).all())
    return accounts, parents


def _ancestors(customer_id: str, parents: dict[str, str | None]) -> set[str]:
    """The customer and every cached group above it, at most `MAX_GROUP_DEPTH` links up (as the
    recursive CTE of the group tree: a cycle in the parent links stops there)."""
    found, current = {customer_id}, customer_id
    for _ in range(MAX_GROUP_DEPTH):
        parent = parents.get(current)
        if parent is None or parent not in parents:
            break
        found.add(parent)
        current = parent
    return found


def payers_by_customer(conn: Connection, scope: CustomerScope) -> dict[str, Payers]:
    """公用/私用 of every customer of the scope (as `analytics_book.payers_of` for one)."""
    with grouped_lines(conn, scope) as grouped:
        return payers_of_grouped(conn, grouped)


def payers_of_grouped(conn: Connection, grouped: Table) -> dict[str, Payers]:
    """公用/私用 of every customer of the grouped lines: its active lines by paying account, each
    account judged by who holds it (the customer or a group above it: group-paid)."""
    accounts, parents = _holders(conn)
    g = grouped.c
    stmt = (
        select(g.customer_id, g.account_id, func.sum(g.lines), func.sum(g.monthly_fen))
        .where(g.status == _ACTIVE)
        .group_by(g.customer_id, g.account_id)
    )
    # customer -> [group lines, group fen, member lines, member fen, unknown lines]
    found: dict[str, list[int]] = {}
    own: dict[str, set[str]] = {}
    for cid, account_id, n, monthly in conn.execute(stmt):
        sums = found.setdefault(cid, [0, 0, 0, 0, 0])
        holder = accounts.get(account_id)
        if holder is None:
            sums[4] += n
            continue
        if cid not in own:
            own[cid] = _ancestors(cid, parents)
        at = 0 if holder in own[cid] else 2
        sums[at] += n
        sums[at + 1] += int(monthly or 0)
    return {cid: Payers(*sums) for cid, sums in found.items()}
