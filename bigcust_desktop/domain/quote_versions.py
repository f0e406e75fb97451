"""Quote numbers and versions (报价单编号与版本): the readable number a quote is known by, or the
provisional reference it carries until the server numbers it, and which version may be revised.

The server gives the number (`杭州-2026-000123`) when it accepts the quote; a revision keeps its
predecessor's number with the next `revision_no` (docs/sync-protocol.md). Depends on the standard
library only.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

PROVISIONAL_CHARS = 8  # how much of a client id the provisional reference shows


@dataclass(frozen=True, slots=True)
class QuoteRef:
    """How a quote is named to people: its number and version, or a provisional reference."""

    number: str | None  # the server's readable number, None until the server accepted it
    provisional: str  # the first characters of the id, upper case, for a quote not yet numbered
    revision_no: int | None  # 1 for an original; None until the server numbered it
    revision_of: str | None  # the version this one revises
    superseded_by: str | None  # the version that replaced this one

    @property
    def numbered(self) -> bool:
        return self.number is not None

    @property
    def latest(self) -> bool:
        """Only the latest version of a quote may be revised (``quote.already_revised``)."""
        return self.superseded_by is None


def provisional_ref(quote_id: str) -> str:
    """``1A2B3C4D`` for a client UUID: enough to tell drafts apart, never mistaken for a number."""
    return quote_id.replace("-", "")[:PROVISIONAL_CHARS].upper()


def quote_ref(quote: Mapping[str, Any]) -> QuoteRef:
    """The reference of a quote in wire form (or any mapping with its fields)."""
    revision_no = quote.get("revision_no")
    return QuoteRef(
        quote.get("number") or None,
        provisional_ref(str(quote["id"])),
        int(revision_no) if revision_no is not None else None,
        quote.get("revision_of"),
        quote.get("superseded_by"),
    )


def version_chain(
    versions: Mapping[str, Mapping[str, Any]], quote_id: str
) -> list[Mapping[str, Any]]:
    """Every cached version of the quote ``quote_id`` belongs to, oldest first, following
    ``revision_of`` back and ``superseded_by`` forward (a version missing from the cache ends
    the walk on that side)."""
    if quote_id not in versions:
        return []
    chain = [versions[quote_id]]
    seen = {quote_id}
    back = versions[quote_id].get("revision_of")
    while back and back in versions and back not in seen:
        seen.add(back)
        chain.insert(0, versions[back])
        back = versions[back].get("revision_of")
    forward = versions[quote_id].get("superseded_by")
    while forward and forward in versions and forward not in seen:
        seen.add(forward)
        chain.append(versions[forward])
        forward = versions[forward].get("superseded_by")
    return chain
