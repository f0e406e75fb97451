"""Customer search over the FTS5 trigram index of names, USCC, address and service numbers, and
the in-memory name index (`store.name_index`) for one- and two-character fragments and pinyin.

Depends on SQLAlchemy (for the connection), the index of revision 0002 and `store.name_index`;
`like_search` is the plain LIKE scan the search benchmark compares against.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from itertools import islice
from typing import Any

from sqlalchemy import Connection
from sqlalchemy.orm import Session

from bigcust_desktop.domain.pinyin import PinyinQuery, is_pinyin_query
from bigcust_desktop.store.name_index import FIELDS as NAME_FIELDS
from bigcust_desktop.store.name_index import NameIndex, NameMatch, name_index

DEFAULT_LIMIT = 50
# Trigram MATCH finds nothing for a term shorter than three characters.
MIN_FTS_CHARS = 3
# Matches of one kind read per hit listed, then ranked in Python (see search_customers).
RANK_WINDOW = 4
# Ranking of the field a customer was found by: what a user types first, first.
FIELD_ORDER = ("short_name", "name", "uscc", "address", "service_number")
_PHONE_LIKE = re.compile(r"\+?[\d\s\-]+")
# What one search reads of the box: longer than any name, USCC or address fragment a user types;
# a paste of a whole page is cut here (SQLite refuses an expression of a thousand terms).
MAX_QUERY_CHARS = 100
MAX_TERMS = 8
# Control, format and surrogate characters (a NUL ends an FTS5 string; a lone surrogate cannot
# be encoded for SQLite): never part of a name, dropped from the query.
_INVISIBLE = frozenset({"Cc", "Cf", "Cs"})


@dataclass(frozen=True, slots=True)
class CustomerHit:
    """One customer found, with the field that matched and its value (e.g. the service number)."""

    id: str  # the customer's id
    name: str
    short_name: str
    uscc: str
    city: str
    value_tier: str
    manager_id: str
    matched_field: str
    matched_text: str


_COLUMNS = "c.id, c.name, c.short_name, c.uscc, c.city, c.value_tier, c.manager_id, c.address"
# No ORDER BY rank: bm25 over a broad match (有限公司 matches every customer) costs ~5 ms.
_FTS_CUSTOMERS = (
    f"SELECT {_COLUMNS} FROM customer_fts f JOIN customer c ON c.rowid = f.rowid "
    "WHERE customer_fts MATCH :q LIMIT :n"
)
# Read lazily: a short fragment may match thousands of lines of a few customers.
_FTS_SERVICE_NUMBERS = (
    f"SELECT {_COLUMNS}, s.service_number FROM subscriber_fts f "
    "JOIN subscriber s ON s.rowid = f.rowid JOIN customer c ON c.id = s.customer_id "
    "WHERE subscriber_fts MATCH :q"
)
_LIKE_CUSTOMERS = (
    f"SELECT {_COLUMNS} FROM customer c WHERE c.name LIKE :p ESCAPE '\\' "
    "OR c.short_name LIKE :p ESCAPE '\\' OR c.uscc LIKE :p ESCAPE '\\' "
    "OR c.address LIKE :p ESCAPE '\\' LIMIT :n"
)
_LIKE_SERVICE_NUMBERS = (
    f"SELECT {_COLUMNS}, s.service_number FROM subscriber s "
    "JOIN customer c ON c.id = s.customer_id WHERE s.service_number LIKE :p ESCAPE '\\'"
)

Row = Sequence[Any]


def _connection(target: Session | Connection) -> Connection:
    return target.connection() if isinstance(target, Session) else target


def _rows(target: Session | Connection, sql: str, params: Mapping[str, Any]) -> Iterable[Row]:
    """Run `sql` on the driver's cursor of the caller's connection (and transaction).

    A search runs on every keystroke and costs ~0.3 ms in SQLite; SQLAlchemy's statement and
    per-row handling would more than double that, so these fixed statements skip it.
    """
    conn = _connection(target)
    return conn.connection.driver_connection.execute(sql, params)  # type: ignore[union-attr]


def clean_query(query: str) -> str:
    """What a search looks for in `query`: white space as spaces, invisible characters dropped,
    at most `MAX_QUERY_CHARS` characters."""
    if not query.isprintable():
        query = "".join(
            " " if ch.isspace() else ch
            for ch in query
            if ch.isspace() or unicodedata.category(ch) not in _INVISIBLE
        )
    return query.strip()[:MAX_QUERY_CHARS]


def _terms(query: str) -> list[str]:
    """The words of a query (at most `MAX_TERMS`); a phone number typed with spaces or dashes
    becomes one term."""
    query = clean_query(query)
    if _PHONE_LIKE.fullmatch(query) and any(ch.isdigit() for ch in query):
        digits = re.sub(r"[\s\-]", "", query)
        return [digits[3:] if digits.startswith("+86") else digits.lstrip("+")]
    return query.split()[:MAX_TERMS]


def fts_literal(term: str) -> str:
    """`term` as an FTS5 string: user input can never become FTS syntax (AND, *, NEAR, columns)."""
    return '"' + term.replace('"', '""') + '"'


def _fts_query(terms: Sequence[str], columns: Sequence[str] = ()) -> str:
    expr = " AND ".join(fts_literal(t) for t in terms)
    return f"{{{' '.join(columns)}}} : ({expr})" if columns else expr


def _like_pattern(term: str) -> str:
    escaped = term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _contains(value: str | None, terms: Sequence[str]) -> bool:
    # Trigram matching folds ASCII case, as LIKE does.
    folded = (value or "").casefold()
    return all(t.casefold() in folded for t in terms)


def _hit(row: Row, field: str, matched: str) -> CustomerHit:
    return CustomerHit(*row[:7], matched_field=field, matched_text=matched)


def _name_hit(row: Row, terms: Sequence[str]) -> CustomerHit:
    if _contains(row[2], terms):
        return _hit(row, "short_name", row[2])
    return _hit(row, "name", row[1])


def _customer_hit(row: Row, terms: Sequence[str]) -> CustomerHit:
    """The hit for a customer row (id, name, short_name, uscc, ..., address) by its best field."""
    values = {"name": row[1], "short_name": row[2], "uscc": row[3], "address": row[7]}
    for field in FIELD_ORDER[:4]:
        if _contains(values[field], terms):
            return _hit(row, field, values[field])
    return _hit(row, "address", row[7])  # the terms spread over several columns


def _rank(hits: list[CustomerHit], terms: Sequence[str]) -> list[CustomerHit]:
    """Best first: by field (`FIELD_ORDER`), then the match nearer the start, then the shorter
    value, then by name. Cheap enough for every keystroke, unlike bm25 over thousands of rows.
    """
    first = terms[0].casefold()

    def key(hit: CustomerHit) -> tuple[int, int, int, str]:
        value = hit.matched_text.casefold()
        return (FIELD_ORDER.index(hit.matched_field), value.find(first), len(value), hit.name)

    return sorted(hits, key=key)


def search_customers(
    target: Session | Connection, query: str, limit: int = DEFAULT_LIMIT
) -> list[CustomerHit]:
    """Customers matching `query`: short-name and name hits first, then USCC and address, then
    customers owning a matching service number. Each customer appears once.

    Every word of the query must match. Words of three characters or more use the trigram index;
    when a word is shorter (a fragment like 西湖 or 港), every word is looked up in the names by
    the in-memory name index. A word of Latin letters also matches names by their pinyin
    (``hlkg`` finds 宏力控股), after the names that contain it as written. Hits of one kind are
    ranked (`_rank`) among the first `RANK_WINDOW` x `limit` matches: a query broader than that
    needs another character anyway. A first word of one character that is not a Latin letter
    (公, 州) is ranked over every customer holding it, from the lists the name index keeps:
    short name before name, then the earlier position, the shorter value, the lower rowid.
    """
    terms = _terms(query)
    if not terms or limit <= 0:
        return []
    window = limit * RANK_WINDOW
    if any(len(t) < MIN_FTS_CHARS for t in terms):
        return _indexed_names(target, terms, limit, window)
    params = {"q": _fts_query(terms, ("name", "short_name")), "n": window}
    named = [_name_hit(row, terms) for row in _rows(target, _FTS_CUSTOMERS, params)]
    hits = _rank(named, terms)[:limit]
    seen = {h.id for h in hits}
    if len(hits) < limit and len(terms) == 1 and is_pinyin_query(terms[0]):
        spoken = _pinyin_hits(target, name_index(_connection(target)), terms[0], window)
        hits += [h for h in spoken if h.id not in seen][: limit - len(hits)]
        seen.update(h.id for h in hits)
    if len(hits) < limit:
        # Every customer matches again here, name hits included: read past those.
        params = {"q": _fts_query(terms), "n": window + len(named)}
        rows = _rows(target, _FTS_CUSTOMERS, params)
        others = [_customer_hit(row, terms) for row in rows if row[0] not in seen]
        hits += _rank(others, terms)[: limit - len(hits)]
        seen.update(h.id for h in hits)
    if len(hits) < limit and len(terms) == 1:
        rows = _rows(target, _FTS_SERVICE_NUMBERS, {"q": fts_literal(terms[0])})
        hits += _first_owners(rows, seen, limit - len(hits))
    return hits


def _first_owners(rows: Iterable[Row], seen: set[str], wanted: int) -> list[CustomerHit]:
    """One hit per customer not in `seen` from (customer..., service_number) rows, stopping as
    soon as `wanted` are found; lines of customers not in the cache never join."""
    hits: list[CustomerHit] = []
    if wanted <= 0:
        return hits
    for row in rows:
        if row[0] not in seen:
            seen.add(row[0])
            hits.append(_hit(row, "service_number", row[8]))
            if len(hits) >= wanted:
                break
    return hits


_BY_ROWID = (
    f"SELECT c.rowid, {_COLUMNS} FROM customer c "
    "WHERE c.rowid IN (SELECT value FROM json_each(:ids))"
)


def _hits_for(
    target: Session | Connection, index: NameIndex, matches: Sequence[NameMatch]
) -> list[CustomerHit]:
    """The customer rows of ranked name matches, in their order (one primary-key read each)."""

    rows = {
        row[0]: row[1:]
        for row in _rows(target, _BY_ROWID, {"ids": json.dumps([m.rowid for m in matches])})
    }
    hits = []
    for match in matches:
        row = rows.get(match.rowid)
        if row is not None:  # written since the index was read: the next search sees it
            value = row[2] if match.field == "short_name" else row[1]
            hits.append(_hit(row, match.field, value))
    return hits


def _ranked(
    found: Iterable[Iterator[NameMatch]], allowed: set[int] | None, window: int
) -> list[NameMatch]:
    """The best match of each of the first `window` customers the sources give (in their
    order), ranked by source, field, position in the value and length of the value."""
    best: dict[int, tuple[tuple[int, int, int, int, int], NameMatch]] = {}
    for kind, matches in enumerate(found):
        for m in matches:
            if allowed is not None and m.rowid not in allowed:
                continue
            key = (kind, FIELD_ORDER.index(m.field), m.at, m.length, m.rowid)
            if m.rowid not in best:
                best[m.rowid] = (key, m)
                if len(best) >= window:
                    break  # later matches rank lower: by source, or by rowid within it
            elif key < best[m.rowid][0]:
                best[m.rowid] = (key, m)
        if len(best) >= window:
            break
    return [m for _key, m in sorted(best.values(), key=lambda item: item[0])]


def _pinyin_hits(
    target: Session | Connection, index: NameIndex, term: str, window: int
) -> list[CustomerHit]:
    query = PinyinQuery(term)
    found = [index.pinyin(field, query) for field in NAME_FIELDS]
    return _hits_for(target, index, _ranked(found, None, window)[:window])


def _indexed_names(
    target: Session | Connection, terms: Sequence[str], limit: int, window: int
) -> list[CustomerHit]:
    """Every term in the name or the short name, as written or (Latin letters) as read in
    pinyin: the in-memory name index, no scan of the table."""
    index = name_index(_connection(target))
    allowed: set[int] | None = None
    for term in terms[1:]:
        matching = index.matching(term)
        allowed = matching if allowed is None else allowed & matching
    first = terms[0]
    if len(first) == 1 and not is_pinyin_query(first):
        # One character (公, 州): the index keeps every customer holding it ranked, best first.
        ranked = (m for m in index.character(first) if allowed is None or m.rowid in allowed)
        return _hits_for(target, index, list(islice(ranked, limit)))
    found: list[Iterator[NameMatch]] = [index.literal(field, first) for field in NAME_FIELDS]
    if is_pinyin_query(first):
        query = PinyinQuery(first)
        found += [index.pinyin(field, query) for field in NAME_FIELDS]
    return _hits_for(target, index, _ranked(found, allowed, window)[:limit])


def like_search(
    target: Session | Connection, query: str, limit: int = DEFAULT_LIMIT
) -> list[CustomerHit]:
    """The search benchmark's baseline: plain ``LIKE '%…%'`` scans of the same columns.

    Customers whose name, short name, USCC or address contains `query`, then customers owning a
    service number containing it; no index can serve a leading wildcard, so both are full scans.
    """
    query = query.strip()
    if not query or limit <= 0:
        return []
    pattern = _like_pattern(query)
    rows = _rows(target, _LIKE_CUSTOMERS, {"p": pattern, "n": limit})
    hits = [_customer_hit(row, [query]) for row in rows]
    if len(hits) < limit:
        seen = {h.id for h in hits}
        rows = _rows(target, _LIKE_SERVICE_NUMBERS, {"p": pattern})
        hits += _first_owners(rows, seen, limit - len(hits))
    return hits
