"""Which customers an analysis covers: one customer, a group with its branches, a list of ids
(a saved segment), or a whole book. Depends on SQLAlchemy Core and the store's models.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import ColumnElement, Select, literal, select

from bigcust_desktop.store.models import Customer
from bigcust_desktop.store.queries.book import Book

MAX_GROUP_DEPTH = 8  # as the 360's group tree: deeper is a data error, not a bigger group


@dataclass(frozen=True)
class CustomerScope:
    """The customers of an analysis, always inside ``book`` (what the user may see).

    ``group_id`` adds the group and every branch below it; ``customer_ids`` a given list; with
    neither, the whole book. Both narrow each other when given together.
    """

    book: Book = field(default_factory=Book)
    customer_ids: tuple[str, ...] | None = None
    group_id: str | None = None

    @classmethod
    def customer(cls, customer_id: str, book: Book | None = None) -> CustomerScope:
        return cls(book or Book(), customer_ids=(customer_id,))

    @classmethod
    def group(cls, group_id: str, book: Book | None = None) -> CustomerScope:
        return cls(book or Book(), group_id=group_id)

    @classmethod
    def of_ids(cls, ids: Sequence[str], book: Book | None = None) -> CustomerScope:
        return cls(book or Book(), customer_ids=tuple(ids))

    @property
    def is_whole_book(self) -> bool:
        return self.customer_ids is None and self.group_id is None

    def conditions(self) -> list[ColumnElement[bool]]:
        """Conditions on `Customer` selecting the scope's customers."""
        out: list[ColumnElement[bool]] = [self.book.condition()]
        if self.customer_ids is not None:
            out.append(Customer.id.in_(self.customer_ids))
        if self.group_id is not None:
            out.append(Customer.id.in_(select(group_members(self.group_id).c.id)))
        return out

    def ids_select(self) -> Select[Any]:
        """``SELECT customer.id`` of the scope, for ``X.customer_id.in_(...)``."""
        return select(Customer.id).where(*self.conditions())

    def restrict(self, column: Any) -> list[ColumnElement[bool]]:
        """Conditions restricting a ``customer_id`` column to the scope (none for everything)."""
        if self.is_whole_book and self.book == Book():
            return []
        return [column.in_(self.ids_select())]


def group_members(group_id: str) -> Any:
    """A recursive CTE (``id``, ``depth``) of a group and every branch below it.

    The depth bound stops a cycle in the parent links (a data error) from running forever.
    """
    tree = (
        select(Customer.id.label("id"), literal(0).label("depth"))
        .where(Customer.id == group_id)
        .cte("group_tree", recursive=True)
    )
    child = select(Customer.id, tree.c.depth + 1).where(
        Customer.parent_id == tree.c.id, tree.c.depth < MAX_GROUP_DEPTH
    )
    return tree.union_all(child)
