"""An in-memory index of customer names for what the trigram index cannot serve: fragments of one
or two characters (西湖, 港; each character's holders kept ranked) and pinyin (``hlkg`` for
宏力控股), without a LIKE scan of the table.

Depends on SQLAlchemy (for the connection) and `domain.pinyin`. One index per database, rebuilt
when the trigram index of revision 0002 changed: every write of a customer's name or short name
goes through that index (triggers or the bulk path), and its structure record in
``customer_fts_data`` changes with each write (a write counter is part of it), whichever
connection or process wrote. Reading that record is one primary-key lookup.
"""

from __future__ import annotations

import bisect
import threading
import weakref
from array import array
from collections.abc import Iterator
from dataclasses import dataclass

from sqlalchemy import Connection, Engine

from bigcust_desktop.domain.pinyin import PinyinQuery, is_pinyin_query, spelled

# FTS5 keeps the structure of an index in the row of its %_data table with this id.
_STRUCTURE_ID = 10
_GENERATION = f"SELECT block FROM customer_fts_data WHERE id = {_STRUCTURE_ID}"
_NAMES = "SELECT rowid, short_name, name FROM customer ORDER BY rowid"
FIELDS = ("short_name", "name")


@dataclass(frozen=True, slots=True)
class NameMatch:
    """A customer found by a field: its rowid, the field, where the match starts in the field's
    value (in syllables for pinyin), and the value's length."""

    rowid: int
    field: str
    at: int
    length: int


class _Column:
    """One field of every customer as one text, newline-separated, for `str.find` and `re`."""

    def __init__(self, values: list[str]) -> None:
        self.values = values
        self.text = "\n".join(values)
        self.starts: list[int] = []
        at = 0
        for value in values:
            self.starts.append(at)
            at += len(value) + 1

    def row_at(self, offset: int, first: int = 0) -> int:
        return bisect.bisect_right(self.starts, offset, first) - 1

    def find(self, fragment: str) -> Iterator[tuple[int, int]]:
        """(row, position in the value) of the first occurrence in each value, in row order."""
        text, starts = self.text, self.starts
        row, at = 0, text.find(fragment)
        while at >= 0:
            row = self.row_at(at, row)
            yield row, at - starts[row]
            if row + 1 >= len(starts):
                return
            at = text.find(fragment, starts[row + 1])  # on to the next value


class NameIndex:
    """The names, short names and their pinyin of every customer of one database."""

    def __init__(self, generation: bytes | None, rows: list[tuple[int, str, str]]) -> None:
        self.generation = generation
        self.rowids = [r[0] for r in rows]
        self._literal = {
            "short_name": _Column([(r[1] or "").casefold() for r in rows]),
            "name": _Column([(r[2] or "").casefold() for r in rows]),
        }
        # A space before each value: a pinyin match starts after one (`PinyinQuery`).
        self._spelled = {
            "short_name": _Column([" " + spelled(r[1] or "") for r in rows]),
            "name": _Column([" " + spelled(r[2] or "") for r in rows]),
        }
        self._characters: dict[str, array[int]] = {}  # filled as characters are searched

    def __len__(self) -> int:
        return len(self.rowids)

    def literal(self, field: str, fragment: str) -> Iterator[NameMatch]:
        """Customers whose ``field`` contains ``fragment`` (ASCII case folded), in rowid order."""
        column = self._literal[field]
        rowids, values = self.rowids, column.values
        for row, at in column.find(fragment.casefold()):
            yield NameMatch(rowids[row], field, at, len(values[row]))

    def character(self, char: str) -> Iterator[NameMatch]:
        """Every customer whose name or short name holds the one character ``char`` (ASCII case
        folded), best first: short name before name, then the earlier position, the shorter
        value, the lower rowid; one match a customer, its best. The first search of a character
        ranks its holders once (a few ms for one in every name); later ones read the list."""
        char = char.casefold()
        ranked = self._characters.get(char)
        if ranked is None:
            ranked = self._characters[char] = self._holders(char)
        width = len(FIELDS)
        for code in ranked:
            row, field = divmod(code, width)
            value = self._literal[FIELDS[field]].values[row]
            yield NameMatch(self.rowids[row], FIELDS[field], value.find(char), len(value))

    def _holders(self, char: str) -> array[int]:
        """The rows holding ``char`` ranked as `character` says, as ``row * 2 + field``."""
        keys = []
        for field, name in enumerate(FIELDS):
            values = self._literal[name].values
            keys += [
                (field, at, len(values[row]), row) for row, at in self._literal[name].find(char)
            ]
        keys.sort()
        seen: set[int] = set()
        codes = array("l")
        for field, _at, _length, row in keys:
            if row not in seen:
                seen.add(row)
                codes.append(row * len(FIELDS) + field)
        return codes

    def pinyin(self, field: str, query: PinyinQuery) -> Iterator[NameMatch]:
        """Customers whose ``field`` reads as the letters typed (`PinyinQuery`), rowid order."""
        column = self._spelled[field]
        text, starts, row = column.text, column.starts, 0
        match = query.pattern.search(text)
        while match is not None:
            row = column.row_at(match.start(), row)
            value = column.values[row]
            syllable = value.count(" ", 0, match.start() - starts[row])
            yield NameMatch(self.rowids[row], field, syllable, value.count(" "))
            if row + 1 >= len(starts):
                return
            match = query.pattern.search(text, starts[row + 1])  # on to the next value

    def matching(self, term: str) -> set[int]:
        """Rowids of customers whose name or short name contains ``term`` or reads as it."""
        found = {m.rowid for f in FIELDS for m in self.literal(f, term)}
        if is_pinyin_query(term):
            query = PinyinQuery(term)
            found |= {m.rowid for f in FIELDS for m in self.pinyin(f, query)}
        return found


_indexes: weakref.WeakKeyDictionary[Engine, NameIndex] = weakref.WeakKeyDictionary()
_lock = threading.Lock()


def name_index(conn: Connection) -> NameIndex:
    """The current index of the connection's database: built on first use, rebuilt after any
    write to a customer's names. Costs one primary-key read when nothing changed."""
    raw = conn.connection.driver_connection
    row = raw.execute(_GENERATION).fetchone()  # type: ignore[union-attr]
    generation = None if row is None else bytes(row[0])
    engine = conn.engine
    with _lock:
        index = _indexes.get(engine)
        if index is not None and index.generation == generation and generation is not None:
            return index
        rows = list(raw.execute(_NAMES))  # type: ignore[union-attr]
        index = NameIndex(generation, rows)
        _indexes[engine] = index
        return index
