"""Lists of Chinese names in pinyin order, in SQL: by a key stored with the row where the list is
long (a customer's name), else ``ORDER BY pinyin_key(column)`` (small pickers).

Depends on SQLAlchemy and `domain.pinyin`; every connection of the store registers the function
(`store.engine`), so any query may order by it.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import Column, func
from sqlalchemy.sql.elements import ColumnElement

from bigcust_desktop.domain.pinyin import sort_key

FUNCTION = "pinyin_key"

# Columns whose pinyin key the row keeps beside them: table -> {key column: text column}. SQLite
# then orders a list by a plain column (an index), never calling Python back for each row at
# read time (beside a sync decoding pages in Python, each call waits for the GIL), and the first
# list read after start needs no pinyin tables. The keys are written with the row (`store.bulk`,
# the one write path of server records; revision 0004 for the rows before it).
STORED_KEYS: dict[str, dict[str, str]] = {
    "customer": {"name_key": "name", "short_name_key": "short_name"},
}


def register(conn: Any) -> None:
    """Make ``pinyin_key(text)`` known to one DB-API connection (deterministic: same text, same
    key, so SQLite may use it in ORDER BY and indexes on expressions)."""
    conn.create_function(FUNCTION, 1, sort_key, deterministic=True)


def stored_keys(table: str, record: Mapping[str, Any]) -> list[str]:
    """The values of `table`'s stored key columns for `record` (a wire dict), in `STORED_KEYS`
    order."""
    return [sort_key(record[text]) for text in STORED_KEYS.get(table, {}).values()]


def _stored_key(column: Any) -> Any | None:
    """The column holding `column`'s pinyin key, when its table keeps one."""
    expression = getattr(column, "expression", column)
    if not isinstance(expression, Column) or expression.table is None:
        return None
    keys = STORED_KEYS.get(expression.table.name, {})
    for key, text in keys.items():
        if text == expression.name:
            return expression.table.c[key]
    return None


def by_pinyin(column: Any) -> ColumnElement[Any]:
    """``column`` as its pinyin sort key, for ``order_by``: the stored key where the row keeps
    one, else the key SQLite asks Python for row by row."""
    stored = _stored_key(column)
    return stored if stored is not None else getattr(func, FUNCTION)(column)
