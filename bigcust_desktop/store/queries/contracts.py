"""Read queries of contracts (合同 / 框架协议): the list and its rows, a customer's contracts, the
circuits a contract may cover, the products it may list, its attachments' metadata, and the
contracts whose renewal may be due.

Depends on SQLAlchemy Core and the store models.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import Connection, Select, func, or_, select

from bigcust_desktop.store.models import (
    Contract,
    ContractAttachment,
    ContractCircuit,
    Customer,
    Product,
    Subscriber,
)
from bigcust_desktop.store.pinyin_order import by_pinyin
from bigcust_desktop.store.queries.book import Book

SORT_COLUMNS = ("number", "title", "customer_name", "kind", "status", "ends_on", "amount")


@dataclass(frozen=True)
class ContractFilter:
    book: Book | None = None
    customer_id: str | None = None
    status: str | None = None
    ending_before: dt.date | None = None  # active and ending on or before this day
    text: str = ""


@dataclass(frozen=True)
class ContractRow:
    id: str
    customer_id: str
    customer_name: str
    number: str
    title: str
    kind: str
    status: str
    starts_on: dt.date
    ends_on: dt.date
    renewal_on: dt.date | None
    notice_days: int | None
    auto_renew: bool
    amount: Decimal
    circuits: int
    sync_state: str


@dataclass(frozen=True)
class AttachmentMeta:
    """An attachment as the contract shows it (its file travels apart)."""

    id: str
    file_name: str
    mime_type: str
    size: int
    content_state: str
    created_at: dt.datetime
    sync_state: str


def _like(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _joined(stmt: Select[Any]) -> Select[Any]:
    return stmt.select_from(Contract).outerjoin(Customer, Customer.id == Contract.customer_id)


def _filtered(stmt: Select[Any], flt: ContractFilter) -> Select[Any]:
    if flt.book is not None:
        stmt = stmt.where(Contract.customer_id.in_(flt.book.customer_ids()))
    if flt.customer_id:
        stmt = stmt.where(Contract.customer_id == flt.customer_id)
    if flt.status:
        stmt = stmt.where(Contract.status == flt.status)
    if flt.ending_before is not None:
        stmt = stmt.where(Contract.status == "active", Contract.ends_on <= flt.ending_before)
    text = flt.text.strip()
    if text:
        pattern = _like(text)
        stmt = stmt.where(
            or_(
                Contract.number.like(pattern, escape="\\"),
                Contract.title.like(pattern, escape="\\"),
                Customer.name.like(pattern, escape="\\"),
                Customer.short_name.like(pattern, escape="\\"),
            )
        )
    return stmt


def contract_ids(
    conn: Connection, flt: ContractFilter, order_by: str = "", descending: bool = False
) -> list[str]:
    """Matching contract ids; by default the soonest ending first."""
    if order_by == "customer_name":
        column: Any = by_pinyin(Customer.short_name)
    elif order_by in SORT_COLUMNS:
        column = getattr(Contract, order_by)
    else:
        column = Contract.ends_on
    orders = [column.desc() if descending else column.asc()]
    stmt = _filtered(_joined(select(Contract.id)), flt).order_by(*orders, Contract.id)
    return [r[0] for r in conn.execute(stmt)]


def contract_rows(conn: Connection, ids: Sequence[str]) -> dict[str, ContractRow]:
    if not ids:
        return {}
    circuits = (
        select(func.count())
        .where(ContractCircuit.contract_id == Contract.id)
        .correlate(Contract)
        .scalar_subquery()
    )
    stmt = _joined(
        select(
            Contract.id,
            Contract.customer_id,
            func.coalesce(Customer.short_name, Customer.name, Contract.customer_id),
            Contract.number,
            Contract.title,
            Contract.kind,
            Contract.status,
            Contract.starts_on,
            Contract.ends_on,
            Contract.renewal_on,
            Contract.notice_days,
            Contract.auto_renew,
            Contract.amount,
            circuits,
            Contract.sync_state,
        )
    ).where(Contract.id.in_(list(ids)))
    return {r[0]: ContractRow(*r) for r in conn.execute(stmt)}


def customer_contracts(conn: Connection, customer_id: str) -> list[ContractRow]:
    ids = contract_ids(conn, ContractFilter(customer_id=customer_id), "ends_on", True)
    rows = contract_rows(conn, ids)
    return [rows[i] for i in ids]


def renewal_candidates(conn: Connection, book: Book, until: dt.date) -> list[ContractRow]:
    """Active contracts of the book, not renewing by themselves, ending by ``until``."""
    stmt = _filtered(
        _joined(select(Contract.id)), ContractFilter(book=book, ending_before=until)
    ).where(Contract.auto_renew.is_(False))
    ids = [r[0] for r in conn.execute(stmt)]
    rows = contract_rows(conn, ids)
    return [rows[i] for i in ids]


def circuit_choices(conn: Connection, customer_id: str) -> list[tuple[str, str]]:
    """(id, "service number · product") of the customer's lines and those of its branches."""
    branches = select(Customer.id).where(Customer.parent_id == customer_id)
    stmt = (
        select(
            Subscriber.id,
            Subscriber.service_number,
            func.coalesce(Product.name, Subscriber.product_id),
        )
        .outerjoin(Product, Product.id == Subscriber.product_id)
        .where(or_(Subscriber.customer_id == customer_id, Subscriber.customer_id.in_(branches)))
        .order_by(Subscriber.service_number)
    )
    return [(r[0], f"{r[1]} · {r[2]}") for r in conn.execute(stmt)]


def product_choices(conn: Connection) -> list[tuple[str, str, Decimal]]:
    """(id, name, monthly fee) of the catalogue, by name."""
    stmt = select(Product.id, Product.name, Product.monthly_fee).order_by(Product.name)
    return [(r[0], r[1], r[2]) for r in conn.execute(stmt)]


def attachments_of(conn: Connection, contract_id: str) -> list[AttachmentMeta]:
    stmt = (
        select(
            ContractAttachment.id,
            ContractAttachment.file_name,
            ContractAttachment.mime_type,
            ContractAttachment.size,
            ContractAttachment.content_state,
            ContractAttachment.created_at,
            ContractAttachment.sync_state,
        )
        .where(ContractAttachment.contract_id == contract_id)
        .order_by(ContractAttachment.created_at, ContractAttachment.id)
    )
    return [AttachmentMeta(*r) for r in conn.execute(stmt)]


def number_taken(
    conn: Connection, customer_id: str, number: str, except_id: str | None = None
) -> bool:
    stmt = select(Contract.id).where(
        Contract.customer_id == customer_id, Contract.number == number.strip()
    )
    if except_id:
        stmt = stmt.where(Contract.id != except_id)
    return conn.execute(stmt.limit(1)).first() is not None
