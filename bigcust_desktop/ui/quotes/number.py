"""How a quote is named on screen: its readable number and version (杭州-2026-000123 第2版), or a
provisional label (草稿 1A2B3C4D) until the server numbers it — never the raw id.

Depends on `ui.qt` and `domain.quote_versions`.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from bigcust_desktop.domain.quote_versions import QuoteRef, provisional_ref, quote_ref
from bigcust_desktop.ui.qt import QCoreApplication


def ref_text(ref: QuoteRef) -> str:
    if ref.number is None:
        return QCoreApplication.translate("QuoteNumber", "Draft %1").replace("%1", ref.provisional)
    if ref.revision_no and ref.revision_no > 1:
        return (
            QCoreApplication.translate("QuoteNumber", "%1 (version %2)")
            .replace("%1", ref.number)
            .replace("%2", str(ref.revision_no))
        )
    return ref.number


def number_text(quote: Mapping[str, Any]) -> str:
    """The on-screen name of a quote in wire form (or a row with the same fields)."""
    return ref_text(quote_ref(quote))


def row_number_text(row: Any) -> str:
    """The same for a list row with ``id``, ``number`` and ``revision_no``."""
    ref = QuoteRef(row.number, provisional_ref(row.id), row.revision_no, None, None)
    return ref_text(ref)
