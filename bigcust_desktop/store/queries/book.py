"""Whose customers a screen covers (the "book"): an account manager's own, a regional manager's
team's, or every cached customer. Depends on SQLAlchemy Core, the store's models and the domain's
permissions (which say whose book a user has).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any, TypeVar

from sqlalchemy import (
    Boolean,
    ColumnElement,
    Connection,
    Integer,
    Select,
    func,
    literal_column,
    select,
    true,
    type_coerce,
)

from bigcust_desktop.domain.identity import UserProfile
from bigcust_desktop.domain.permissions import book_owner
from bigcust_desktop.store.models import Customer


@dataclass(frozen=True)
class Book:
    """The customers of one user's book; no manager and no team means the whole cache.

    The server already sends only what the user may see; the book narrows a regional manager's
    or a shared cache further, so "my book" on a dashboard means the same as in the reports.
    """

    manager_id: str | None = None
    team_id: str | None = None

    @classmethod
    def of(cls, user: UserProfile | None) -> Book:
        """The book of a user (`permissions.book_owner`); no user means the whole cache."""
        owner = book_owner(user)
        return cls(manager_id=owner.manager_id, team_id=owner.team_id)

    def condition(self) -> ColumnElement[bool]:
        """A condition on `Customer` selecting the customers of this book."""
        if self.manager_id is not None:
            return Customer.manager_id == self.manager_id
        if self.team_id is not None:
            return Customer.team_id == self.team_id
        return true()

    def customer_ids(self) -> Select[Any]:
        """``SELECT id FROM customer WHERE <book>`` for ``X.customer_id.in_(...)``."""
        return select(Customer.id).where(self.condition())

    def narrowed(self, conn: Connection) -> Book | None:
        """This book, or None when it holds every cached customer, as a regional manager's or
        an account manager's cache does (the server sends the user's book and no more): a list
        then reads without testing each row's customer, a look-up per row that took a third
        of the time of a list of 100,000 tickets. Two counts through indexes."""
        if self.manager_id is None and self.team_id is None:
            return None
        every = conn.execute(select(func.count()).select_from(Customer)).scalar_one()
        mine = conn.execute(select(func.count()).where(self.condition())).scalar_one()
        return None if mine == every else self

    def holds(self, customer_id: Any) -> ColumnElement[bool]:
        """``customer_id IN (<this book's customers>)`` for a list's WHERE, marked as true for
        most rows (SQLite's ``likelihood``): the cache holds the user's book and little more,
        since the server sends no other. Unmarked, the planner gathers the book's rows through
        the customer id index and sorts them all (a temporary b-tree over the whole list, 2 s
        for the tickets of a 3-million-record book); marked, it walks the index of the list's
        order (migration 0008) and tests each row's customer, so rows come out in order."""
        # The probability must be a literal: SQLite refuses a bound parameter there.
        return func.likelihood(
            customer_id.in_(self.customer_ids()), literal_column("0.9"), type_=Boolean
        )


F = TypeVar("F")


def narrow_filter(conn: Connection, wanted: F) -> F:
    """A list's filter (a frozen dataclass with a ``book``) with its book dropped when the book
    holds every cached customer (`Book.narrowed`)."""
    book: Book | None = getattr(wanted, "book", None)
    if book is None:
        return wanted
    return replace(wanted, book=book.narrowed(conn))  # type: ignore[type-var]


def fen(column: Any) -> Any:
    """A money column as its stored integer fen, for exact sums in SQL."""
    return type_coerce(column, Integer)
