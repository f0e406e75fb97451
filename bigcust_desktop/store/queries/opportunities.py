"""Read queries of the opportunity (商机) table and stage board: ids in list order, rows by page,
per-stage totals, and the board's columns of cards.

Depends on SQLAlchemy Core and the store models; returns plain dataclasses, never ORM objects.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from decimal import Decimal
from typing import Any

from sqlalchemy import Connection, Integer, Select, func, or_, select, type_coerce

from bigcust_desktop.domain.money import ZERO, from_fen
from bigcust_desktop.domain.stages import CLOSED_STAGES, OPEN_STAGES, Stage, weighted_value
from bigcust_desktop.store.models import Customer, Opportunity, User
from bigcust_desktop.store.pinyin_order import by_pinyin
from bigcust_desktop.store.queries.book import Book, narrow_filter
from bigcust_desktop.store.queries.list_ids import list_ids

SORT_COLUMNS = (
    "title",
    "customer_name",
    "stage",
    "product_category",
    "amount",
    "probability",
    "expected_close",
    "owner_name",
)


@dataclass(frozen=True)
class OpportunityFilter:
    """What the table and the board show; empty fields do not filter."""

    book: Book | None = None  # only customers of this book (None: the whole cache)
    customer_id: str | None = None
    owner_id: str | None = None
    stages: tuple[str, ...] = ()
    open_only: bool = False
    text: str = ""  # a fragment of the title or the customer's name
    close_before: dt.date | None = None  # expected close on or before (dashboard month)
    close_after: dt.date | None = None


@dataclass(frozen=True)
class OpportunityRow:
    id: str
    title: str
    customer_id: str
    customer_name: str
    stage: str
    product_category: str
    amount: Decimal
    probability: int
    expected_close: dt.date
    owner_id: str
    owner_name: str
    sync_state: str
    weighted: Decimal = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "weighted", weighted_value(self.amount, self.probability))


@dataclass(frozen=True)
class StageTotal:
    stage: str
    count: int
    amount: Decimal
    weighted: Decimal


def _like(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _filtered(stmt: Select[Any], flt: OpportunityFilter) -> Select[Any]:
    if flt.book is not None:
        stmt = stmt.where(flt.book.holds(Opportunity.customer_id))
    if flt.customer_id:
        stmt = stmt.where(Opportunity.customer_id == flt.customer_id)
    if flt.owner_id:
        stmt = stmt.where(Opportunity.owner_id == flt.owner_id)
    if flt.stages:
        stmt = stmt.where(Opportunity.stage.in_(flt.stages))
    if flt.open_only:
        stmt = stmt.where(Opportunity.stage.in_([str(s) for s in OPEN_STAGES]))
    if flt.close_before is not None:
        stmt = stmt.where(Opportunity.expected_close <= flt.close_before)
    if flt.close_after is not None:
        stmt = stmt.where(Opportunity.expected_close >= flt.close_after)
    text = flt.text.strip()
    if text:
        pattern = _like(text)
        stmt = stmt.where(
            or_(
                Opportunity.title.like(pattern, escape="\\"),
                Customer.name.like(pattern, escape="\\"),
                Customer.short_name.like(pattern, escape="\\"),
            )
        )
    return stmt


def _joined(stmt: Select[Any]) -> Select[Any]:
    return (
        stmt.select_from(Opportunity)
        .outerjoin(Customer, Customer.id == Opportunity.customer_id)
        .outerjoin(User, User.id == Opportunity.owner_id)
    )


def _joined_for(stmt: Select[Any], flt: OpportunityFilter, order_by: str = "") -> Select[Any]:
    """``stmt`` over the opportunities, joined to their customers and owners only when the
    filter's text or the order reads them: beside a sync each read starts with a cold page
    cache, and two look-ups a row for nothing doubled the totals' time."""
    if flt.text.strip() or order_by in ("customer_name", "owner_name"):
        return _joined(stmt)
    return stmt.select_from(Opportunity)


def _sort_column(order_by: str) -> Any:
    if order_by == "customer_name":
        return by_pinyin(Customer.name)
    if order_by == "owner_name":
        return by_pinyin(User.name)
    return getattr(Opportunity, order_by if order_by in SORT_COLUMNS else "expected_close")


def opportunity_ids(
    conn: Connection,
    flt: OpportunityFilter = OpportunityFilter(),  # frozen: a shared default is safe
    order_by: str = "expected_close",
    descending: bool = False,
) -> list[str]:
    """The ids of matching opportunities in list order (rows load lazily by `opportunity_rows`)."""
    column = _sort_column(order_by)
    order = column.desc() if descending else column.asc()
    tie = Opportunity.id.desc() if descending else Opportunity.id.asc()  # the index's order
    flt = narrow_filter(conn, flt)
    stmt = _filtered(_joined_for(select(Opportunity.id), flt, order_by), flt)
    return list_ids(conn, stmt.order_by(order, tie))


def _row_select() -> Select[Any]:
    return _joined(
        select(
            Opportunity.id,
            Opportunity.title,
            Opportunity.customer_id,
            func.coalesce(Customer.short_name, Customer.name, Opportunity.customer_id).label(
                "customer_name"
            ),
            Opportunity.stage,
            Opportunity.product_category,
            Opportunity.amount,
            Opportunity.probability,
            Opportunity.expected_close,
            Opportunity.owner_id,
            func.coalesce(User.name, Opportunity.owner_id).label("owner_name"),
            Opportunity.sync_state,
        )
    )


def _to_row(r: Any) -> OpportunityRow:
    return OpportunityRow(
        r.id,
        r.title,
        r.customer_id,
        r.customer_name,
        r.stage,
        r.product_category,
        r.amount,
        r.probability,
        r.expected_close,
        r.owner_id,
        r.owner_name,
        r.sync_state,
    )


def opportunity_rows(conn: Connection, ids: Sequence[str]) -> dict[str, OpportunityRow]:
    """The rows of these opportunities, for the page of the table about to be drawn."""
    if not ids:
        return {}
    stmt = _row_select().where(Opportunity.id.in_(list(ids)))
    return {r.id: _to_row(r) for r in conn.execute(stmt)}


def stage_totals(conn: Connection, flt: OpportunityFilter) -> dict[str, StageTotal]:
    """Count, amount and weighted value per stage (the board's column headers)."""
    fen = type_coerce(Opportunity.amount, Integer)
    stmt = _filtered(
        _joined_for(
            select(
                Opportunity.stage,
                func.count(),
                func.coalesce(func.sum(fen), 0),
                func.coalesce(func.sum(fen * Opportunity.probability), 0),
            ),
            flt,
        ),
        flt,
    ).group_by(Opportunity.stage)
    totals = {}
    for stage, count, amount_fen, weighted_fen_pct in conn.execute(stmt):
        # fen × percent / 100, rounded half-up to the fen like `stages.weighted_value`
        weighted_fen = (int(weighted_fen_pct) + 50) // 100
        totals[stage] = StageTotal(
            stage, int(count), from_fen(int(amount_fen)), from_fen(weighted_fen)
        )
    return totals


def stage_cards(
    conn: Connection, flt: OpportunityFilter, stage: str, limit: int
) -> list[OpportunityRow]:
    """The first ``limit`` cards of one board column: soonest expected close first for open
    stages, the most recently closed first for won and lost."""
    closed = stage not in {str(s) for s in OPEN_STAGES}
    order = Opportunity.expected_close.desc() if closed else Opportunity.expected_close.asc()
    stmt = (
        _filtered(_row_select(), flt)
        .where(Opportunity.stage == stage)
        .order_by(order, Opportunity.id)
        .limit(limit)
    )
    return [_to_row(r) for r in conn.execute(stmt)]


@dataclass(frozen=True)
class StageBoardData:
    """What the stage board draws: each column's header totals and its first cards."""

    totals: dict[str, StageTotal]
    cards: dict[str, list[OpportunityRow]]


def stage_board(
    conn: Connection, flt: OpportunityFilter, closed_since: dt.date, limit: int
) -> StageBoardData:
    """Every stage of the board under ``flt`` (its stage and open-only choices do not apply):
    open stages whole, won and lost only for deals expected to close from ``closed_since``."""
    board = replace(flt, stages=(), open_only=False)
    after = closed_since if flt.close_after is None else max(closed_since, flt.close_after)
    closed = replace(board, close_after=after)
    totals = stage_totals(conn, board)
    closed_totals = stage_totals(conn, closed)
    for stage in CLOSED_STAGES:
        totals[stage] = closed_totals.get(stage, StageTotal(stage, 0, ZERO, ZERO))
    cards = {
        stage.value: stage_cards(conn, closed if stage in CLOSED_STAGES else board, stage, limit)
        for stage in Stage
    }
    return StageBoardData(totals, cards)


def owners(conn: Connection, team_id: str | None = None) -> list[tuple[str, str]]:
    """(id, name) of the staff (of one team), for a regional manager's owner filter."""
    stmt = select(User.id, User.name).order_by(by_pinyin(User.name))
    if team_id:
        stmt = stmt.where(User.team_id == team_id)
    return [(r.id, r.name) for r in conn.execute(stmt)]


def customer_options(conn: Connection, book: Book | None = None) -> list[tuple[str, str]]:
    """(id, registered name) of the customers of a book (or the cache), for a customer picker."""
    stmt = select(Customer.id, Customer.name).order_by(by_pinyin(Customer.name), Customer.id)
    if book is not None:
        stmt = stmt.where(book.condition())
    return [(r.id, r.name) for r in conn.execute(stmt)]
