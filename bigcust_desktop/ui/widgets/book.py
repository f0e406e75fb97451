"""The signed-in user's book (his customers, or his team's) for the store's services.

Depends on the domain's identity and `store.queries.book`.
"""

from __future__ import annotations

from bigcust_desktop.domain.identity import UserProfile
from bigcust_desktop.store.queries.book import Book


def book_of(user: UserProfile | None) -> Book:
    """The book of the signed-in user; no user means the whole cache."""
    return Book.of(user)
