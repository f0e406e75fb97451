"""Product gaps by industry and size (交叉销售线索): the products most customers like this one
hold and it does not, learnt from the cached book rather than from a fixed list.

Depends on the standard library only. What counts as "a product" is the caller's key: the store
uses one key per plan category (a line has one plan; its plans are alternatives) and one per
add-on product (集团彩铃, 固定公网IP ...).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

SIZE_BANDS: tuple[int, ...] = (10, 50, 200)  # active lines: 1-9, 10-49, 50-199, 200+


def size_band(lines: int, bands: Sequence[int] = SIZE_BANDS) -> str:
    """The size band of a customer by active lines, as ``"10-49"`` or ``"200+"``."""
    low = 0
    for high in bands:
        if lines < high:
            return f"{low or 1}-{high - 1}"
        low = high
    return f"{low}+"


@dataclass(frozen=True, slots=True)
class Holdings:
    customer_id: str
    industry: str
    active_lines: int
    keys: frozenset[str]  # the products (keys) the customer holds


@dataclass(frozen=True, slots=True)
class GapRules:
    """A gap is a product held by at least ``min_support_pct`` of a segment of at least
    ``min_segment`` customers (industry × size band)."""

    min_support_pct: int = 50
    min_segment: int = 5
    max_per_customer: int = 3


DEFAULT_GAP_RULES = GapRules()


@dataclass(frozen=True, slots=True)
class ProductGap:
    """A cross-sell lead: the figures say how usual the product is among the customer's peers."""

    customer_id: str
    key: str
    industry: str
    band: str
    holders: int  # peers (same industry and band) who hold it
    peers: int  # customers in the segment

    @property
    def support_pct(self) -> int:
        return self.holders * 100 // self.peers


def product_gaps(
    book: Sequence[Holdings], rules: GapRules = DEFAULT_GAP_RULES
) -> Iterator[ProductGap]:
    """For each customer, the most usual products of its segment it lacks, most usual first.

    Two passes over ``book``: segment counts first (memory: one counter per segment), then the
    gaps per customer, in the book's order.
    """
    peers: Counter[tuple[str, str]] = Counter()
    held: dict[tuple[str, str], Counter[str]] = {}
    for h in book:
        segment = (h.industry, size_band(h.active_lines))
        peers[segment] += 1
        held.setdefault(segment, Counter()).update(h.keys)
    for h in book:
        segment = (h.industry, size_band(h.active_lines))
        size = peers[segment]
        if size < rules.min_segment:
            continue
        usual = [
            (count, key)
            for key, count in held[segment].items()
            if key not in h.keys and count * 100 >= rules.min_support_pct * size
        ]
        usual.sort(key=lambda item: (-item[0], item[1]))
        for count, key in usual[: rules.max_per_customer]:
            yield ProductGap(h.customer_id, key, segment[0], segment[1], count, size)
