"""A new version of a quote (报价单修订): a draft that revises the latest version, which stays as
it was, read-only history (docs/sync-protocol.md, "Quote numbers and revisions").

Pure function returning the wire-form draft for `store.quotes.create`; depends on the domain's
quote rules only.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Mapping
from typing import Any

from bigcust_desktop.domain.drafts.form_input import local_today, validated
from bigcust_desktop.domain.drafts.quotes import default_valid_until
from bigcust_desktop.domain.errors import ValidationError
from bigcust_desktop.domain.identity import UserProfile
from bigcust_desktop.domain.pricing import QuoteStatus
from bigcust_desktop.domain.quote_versions import quote_ref
from bigcust_desktop.domain.timefmt import format_instant

# What a revision copies from the version it revises; the rest starts afresh.
_COPIED = ("customer_id", "opportunity_id", "title", "term_months", "notes", "total")
_LINE_FIELDS = (
    "product_id",
    "customer_id",
    "quantity",
    "unit_price",
    "discount_pct",
    "net_unit_price",
    "line_total",
    "charge_type",
    "vat_category",
)


def can_revise(quote: Mapping[str, Any], *, has_successor: bool = False) -> bool:
    """Only the latest version, once it has left draft, is revised (a draft is edited)."""
    return quote["status"] != QuoteStatus.DRAFT and quote_ref(quote).latest and not has_successor


def new_revision(
    quote: Mapping[str, Any], *, owner: UserProfile, now: dt.datetime, has_successor: bool = False
) -> dict[str, Any]:
    """The next version of ``quote`` as a draft with the same lines (new line ids), valid for the
    usual period if the old validity has run out; ``quote.already_revised`` for any version but
    the latest, ``quote.not_draft`` style refusal for a draft (edit it instead)."""
    errors: list[ValidationError] = []
    if not quote_ref(quote).latest or has_successor:
        errors.append(
            ValidationError(
                "revision_of",
                "quote.already_revised",
                "Revise the latest version of this quote.",
            )
        )
    elif quote["status"] == QuoteStatus.DRAFT:
        errors.append(
            ValidationError("status", "quote.revise_draft", "A draft is edited, not revised.")
        )
    valid_until = dt.date.fromisoformat(str(quote["valid_until"]))
    if valid_until < local_today(now):
        valid_until = default_valid_until(now)
    draft = {
        **{field: quote.get(field) for field in _COPIED},
        "owner_id": owner.id,
        "status": str(QuoteStatus.DRAFT),
        "valid_until": valid_until.isoformat(),
        "approved_by": None,
        "approval_note": None,
        "approval_reason": None,
        "created_at": format_instant(now),
        "revision_of": quote["id"],
        "lines": [
            {"id": str(uuid.uuid4()), **{f: line.get(f) for f in _LINE_FIELDS}}
            for line in quote.get("lines") or ()
        ],
    }
    return validated("quote", draft, errors)
