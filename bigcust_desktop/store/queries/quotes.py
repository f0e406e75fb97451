"""Read queries of quotes (报价单): the list, the product catalogue for the editor, the approvals
queue of a regional manager, and the facts the customer-facing document prints.

Depends on SQLAlchemy Core, the store models and the domain's pricing types.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import Connection, Integer, Select, and_, case, func, or_, select, type_coerce

from bigcust_desktop.domain.drafts.quotes import CatalogueItem
from bigcust_desktop.domain.money import from_fen
from bigcust_desktop.domain.pricing import ApprovalLevel, ChargeKind, QuoteStatus, approval_level
from bigcust_desktop.store.models import Customer, Opportunity, Product, Quote, QuoteLine, User
from bigcust_desktop.store.pinyin_order import by_pinyin
from bigcust_desktop.store.queries.book import Book, narrow_filter
from bigcust_desktop.store.queries.list_ids import list_ids

SORT_COLUMNS = ("number", "title", "customer_name", "status", "total", "valid_until", "created_at")


@dataclass(frozen=True)
class QuoteFilter:
    book: Book | None = None  # only customers of this book (None: the whole cache)
    customer_id: str | None = None
    owner_id: str | None = None
    opportunity_id: str | None = None
    statuses: tuple[str, ...] = ()
    text: str = ""  # a fragment of the title or the customer's name


@dataclass(frozen=True)
class QuoteRow:
    id: str
    title: str
    customer_id: str
    customer_name: str
    status: str
    total: Decimal
    term_months: int
    valid_until: dt.date
    owner_name: str
    created_at: dt.datetime
    sync_state: str
    number: str | None = None  # the server's readable number (None until numbered)
    revision_no: int | None = None
    superseded_by: str | None = None


@dataclass(frozen=True)
class ProductRow:
    """A catalogue product (资费) as the editor's product picker shows it."""

    id: str
    code: str
    name: str
    category: str
    unit: str
    monthly_fee: Decimal
    floor_price: Decimal
    min_term_months: int
    active: bool
    charge_type: str = "monthly"
    vat_category: str = "basic_telecom"

    @property
    def item(self) -> CatalogueItem:
        return CatalogueItem(
            self.id,
            self.name,
            self.unit,
            self.monthly_fee,
            self.floor_price,
            self.min_term_months,
            self.active,
            self.charge_type,
            self.vat_category,
        )


@dataclass(frozen=True)
class ApprovalRow:
    """A quote waiting for the regional manager, with what he judges it by."""

    id: str
    title: str
    customer_id: str
    customer_name: str
    owner_name: str
    total: Decimal
    list_total: Decimal
    lines_below_floor: int
    term_months: int
    created_at: dt.datetime
    sync_state: str
    level: ApprovalLevel = ApprovalLevel.NONE  # whose authority the deepest line needs
    number: str | None = None
    revision_no: int | None = None


def _like(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _joined(stmt: Select[Any]) -> Select[Any]:
    return (
        stmt.select_from(Quote)
        .outerjoin(Customer, Customer.id == Quote.customer_id)
        .outerjoin(User, User.id == Quote.owner_id)
    )


def _filtered(stmt: Select[Any], flt: QuoteFilter) -> Select[Any]:
    if flt.book is not None:
        stmt = stmt.where(flt.book.holds(Quote.customer_id))
    if flt.customer_id:
        stmt = stmt.where(Quote.customer_id == flt.customer_id)
    if flt.owner_id:
        stmt = stmt.where(Quote.owner_id == flt.owner_id)
    if flt.opportunity_id:
        stmt = stmt.where(Quote.opportunity_id == flt.opportunity_id)
    if flt.statuses:
        stmt = stmt.where(Quote.status.in_(flt.statuses))
    text = flt.text.strip()
    if text:
        pattern = _like(text)
        stmt = stmt.where(
            or_(
                Quote.title.like(pattern, escape="\\"),
                Customer.name.like(pattern, escape="\\"),
                Customer.short_name.like(pattern, escape="\\"),
            )
        )
    return stmt


def _customer_name() -> Any:
    return func.coalesce(Customer.short_name, Customer.name, Quote.customer_id).label(
        "customer_name"
    )


def _owner_name() -> Any:
    return func.coalesce(User.name, Quote.owner_id).label("owner_name")


def quote_ids(
    conn: Connection,
    flt: QuoteFilter = QuoteFilter(),  # frozen: a shared default is safe
    order_by: str = "created_at",
    descending: bool = True,
) -> list[str]:
    if order_by == "customer_name":
        column: Any = by_pinyin(Customer.name)
    else:
        column = getattr(Quote, order_by if order_by in SORT_COLUMNS else "created_at")
    # The id breaks ties in the same direction, so that the default order (newest first) is
    # the list index of migration 0008 read backwards, with no sort.
    tie = Quote.id.desc() if descending else Quote.id.asc()
    order = column.desc() if descending else column.asc()
    # Joined to the names only when the text or the order reads them: an unused join still
    # reads each row's owner, so the list index would no longer cover the query.
    named = flt.text.strip() or order_by == "customer_name"
    found = _joined(select(Quote.id)) if named else select(Quote.id)
    stmt = _filtered(found, narrow_filter(conn, flt)).order_by(order, tie)
    return list_ids(conn, stmt)


def quote_rows(conn: Connection, ids: Sequence[str]) -> dict[str, QuoteRow]:
    if not ids:
        return {}
    stmt = _joined(
        select(
            Quote.id,
            Quote.title,
            Quote.customer_id,
            _customer_name(),
            Quote.status,
            Quote.total,
            Quote.term_months,
            Quote.valid_until,
            _owner_name(),
            Quote.created_at,
            Quote.sync_state,
            Quote.number,
            Quote.revision_no,
            Quote.superseded_by,
        )
    ).where(Quote.id.in_(list(ids)))
    return {r.id: QuoteRow(*r) for r in conn.execute(stmt)}


def catalogue(conn: Connection, also: Iterable[str] = ()) -> list[ProductRow]:
    """Orderable products by category and price, plus the inactive ones named in ``also``
    (products an existing quote already has)."""
    keep = list(also)
    condition = Product.active.is_(True)
    if keep:
        condition = or_(condition, Product.id.in_(keep))
    stmt = (
        select(
            Product.id,
            Product.code,
            Product.name,
            Product.category,
            Product.unit,
            Product.monthly_fee,
            Product.floor_price,
            Product.min_term_months,
            Product.active,
            Product.charge_type,
            Product.vat_category,
        )
        .where(condition)
        .order_by(Product.category, Product.monthly_fee, Product.id)
    )
    return [ProductRow(*r) for r in conn.execute(stmt)]


def pending_approvals(
    conn: Connection,
    team_id: str | None = None,
    owner_id: str | None = None,
    not_owner: str | None = None,
) -> list[ApprovalRow]:
    """Quotes pending approval, oldest first: of one team's staff (a regional manager's queue),
    of one owner (what an account manager waits for), never of ``not_owner`` (an approver's
    own quotes go up to the next level). Each with the level `pricing.approval_level` gives."""
    fen = type_coerce
    once = func.coalesce(QuoteLine.charge_type, Product.charge_type) == ChargeKind.ONE_TIME.value
    months = case((once, 1), else_=Quote.term_months)  # a one-time charge counts once
    list_fen = func.sum(fen(QuoteLine.unit_price, Integer) * QuoteLine.quantity * months)
    below = func.sum(
        (fen(QuoteLine.net_unit_price, Integer) < fen(Product.floor_price, Integer)).cast(Integer)
    )
    stmt = (
        _joined(
            select(
                Quote.id,
                Quote.title,
                Quote.customer_id,
                _customer_name(),
                _owner_name(),
                Quote.total,
                func.coalesce(list_fen, 0).label("list_fen"),
                func.coalesce(below, 0).label("below"),
                Quote.term_months,
                Quote.created_at,
                Quote.sync_state,
                Quote.number,
                Quote.revision_no,
            )
        )
        .outerjoin(QuoteLine, QuoteLine.quote_id == Quote.id)
        .outerjoin(Product, Product.id == QuoteLine.product_id)
        .where(Quote.status == QuoteStatus.PENDING_APPROVAL)
        .group_by(Quote.id)
        .order_by(Quote.created_at, Quote.id)
    )
    if team_id:
        stmt = stmt.where(User.team_id == team_id)
    if owner_id:
        stmt = stmt.where(Quote.owner_id == owner_id)
    if not_owner:
        stmt = stmt.where(Quote.owner_id != not_owner)
    rows = list(conn.execute(stmt))
    levels = _levels(conn, [r.id for r in rows])
    return [
        ApprovalRow(
            r.id,
            r.title,
            r.customer_id,
            r.customer_name,
            r.owner_name,
            r.total,
            from_fen(int(r.list_fen)),
            int(r.below),
            r.term_months,
            r.created_at,
            r.sync_state,
            levels.get(r.id, ApprovalLevel.NONE),
            r.number,
            r.revision_no,
        )
        for r in rows
    ]


def _levels(conn: Connection, quote_ids: Sequence[str]) -> dict[str, ApprovalLevel]:
    """The approval level of each quote, from its lines' net prices and their products' floors
    by the domain's one ladder."""
    pairs: dict[str, list[tuple[Decimal, Decimal]]] = {}
    for start in range(0, len(quote_ids), 500):
        stmt = (
            select(QuoteLine.quote_id, QuoteLine.net_unit_price, Product.floor_price)
            .join(Product, Product.id == QuoteLine.product_id)
            .where(QuoteLine.quote_id.in_(quote_ids[start : start + 500]))
        )
        for r in conn.execute(stmt):
            pairs.setdefault(r.quote_id, []).append((r.net_unit_price, r.floor_price))
    return {quote_id: approval_level(lines) for quote_id, lines in pairs.items()}


def customer_choices(conn: Connection, ids: Iterable[str]) -> dict[str, str]:
    """Display names (short name) of these customers."""
    wanted = [i for i in ids if i]
    if not wanted:
        return {}
    stmt = select(Customer.id, Customer.short_name, Customer.name).where(Customer.id.in_(wanted))
    return {r.id: r.short_name or r.name for r in conn.execute(stmt)}


def full_names(conn: Connection, ids: Iterable[str]) -> dict[str, str]:
    """Full registered names of these customers (the customer's copy prints them)."""
    wanted = [i for i in ids if i]
    if not wanted:
        return {}
    stmt = select(Customer.id, Customer.name).where(Customer.id.in_(wanted))
    return {r.id: r.name for r in conn.execute(stmt)}


def line_customers(conn: Connection, customer_id: str) -> list[tuple[str, str]]:
    """(id, short name) of the customers a quote's line may be for: the quote's customer first,
    then its branches (one quote across a group's branches), by pinyin."""
    own = conn.execute(
        select(Customer.id, func.coalesce(Customer.short_name, Customer.name)).where(
            Customer.id == customer_id
        )
    ).first()
    stmt = (
        select(Customer.id, func.coalesce(Customer.short_name, Customer.name))
        .where(Customer.parent_id == customer_id)
        .order_by(by_pinyin(Customer.name), Customer.id)
    )
    head = [(own[0], own[1])] if own else []
    return head + [(r[0], r[1]) for r in conn.execute(stmt)]


def open_opportunities(conn: Connection, customer_id: str) -> list[tuple[str, str]]:
    """(id, title) of a customer's opportunities a quote may answer, newest first: every one but
    the lost (a won deal still gets its final quote)."""
    stmt = (
        select(Opportunity.id, Opportunity.title)
        .where(and_(Opportunity.customer_id == customer_id, Opportunity.stage != "lost"))
        .order_by(Opportunity.created_at.desc())
    )
    return [(r.id, r.title) for r in conn.execute(stmt)]


@dataclass(frozen=True)
class QuoteParty:
    """The customer and the manager as the customer-facing document names them."""

    customer_name: str
    customer_address: str
    customer_uscc: str
    owner_name: str
    owner_mobile: str


def quote_party(conn: Connection, customer_id: str, owner_id: str) -> QuoteParty:
    customer = conn.execute(
        select(Customer.name, Customer.address, Customer.uscc).where(Customer.id == customer_id)
    ).first()
    owner = conn.execute(select(User.name, User.mobile).where(User.id == owner_id)).first()
    return QuoteParty(
        customer.name if customer else customer_id,
        customer.address if customer else "",
        customer.uscc if customer else "",
        owner.name if owner else owner_id,
        owner.mobile if owner else "",
    )


def product_names(conn: Connection, ids: Iterable[str]) -> dict[str, dict[str, str]]:
    """Name, unit, category, charge type and VAT category of these products, for lines of old
    quotes, the customer's copy and its VAT (`pricing.wire_quote_vat`)."""
    wanted = list(set(ids))
    if not wanted:
        return {}
    stmt = select(
        Product.id,
        Product.name,
        Product.unit,
        Product.category,
        Product.charge_type,
        Product.vat_category,
    ).where(Product.id.in_(wanted))
    return {r.id: dict(r._mapping) for r in conn.execute(stmt)}
