"""The signed-in user's book (his customers, or his team's) for the store's queries.

Depends on the app context's user and `store.queries.book`.
"""

from __future__ import annotations

from typing import Any

from bigcust_desktop.store.queries.book import Book


def book_of(user: Any | None) -> Book:
    """The book of a `UserProfile` (id, role, team_id); no user means the whole cache."""
    if user is None:
        return Book()
    return Book.of_user(user.id, user.role, user.team_id)
