"""Lists of Chinese names in pinyin order, in SQL: ``ORDER BY pinyin_key(customer.name)``.

Depends on SQLAlchemy and `domain.pinyin`; every connection of the store registers the function
(`store.engine`), so any query may order by it.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import func
from sqlalchemy.sql.elements import ColumnElement

from bigcust_desktop.domain.pinyin import sort_key

FUNCTION = "pinyin_key"


def register(conn: Any) -> None:
    """Make ``pinyin_key(text)`` known to one DB-API connection (deterministic: same text, same
    key, so SQLite may use it in ORDER BY and indexes on expressions)."""
    conn.create_function(FUNCTION, 1, sort_key, deterministic=True)


def by_pinyin(column: Any) -> ColumnElement[Any]:
    """``column`` as its pinyin sort key, for ``order_by``."""
    return getattr(func, FUNCTION)(column)
