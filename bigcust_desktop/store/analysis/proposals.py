"""A rehearsal's proposal (资费预演) to and from the JSON a saved rehearsal keeps, and the usual
proposal, a plan move. Depends on the domain's rehearsal types.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import asdict
from decimal import Decimal
from typing import Any

from bigcust_desktop.domain.analytics.rehearsal import Bundle, Proposal


def proposal_json(p: Proposal) -> dict[str, Any]:
    return {
        "name": p.name,
        "moves": dict(p.moves),
        "prices": dict(p.prices),
        "discount_pct": str(p.discount_pct),
        "term_months": p.term_months,
        "term_discount_pct": str(p.term_discount_pct),
        "bundle": asdict(p.bundle) if p.bundle else None,
        "applies_to": sorted(p.applies_to) if p.applies_to is not None else None,
    }


def proposal_from_json(d: Mapping[str, Any]) -> Proposal:
    bundle = d.get("bundle")
    applies = d.get("applies_to")
    return Proposal(
        name=str(d.get("name") or ""),
        moves=dict(d.get("moves") or {}),
        prices={k: int(v) for k, v in (d.get("prices") or {}).items()},
        discount_pct=Decimal(str(d.get("discount_pct") or 0)),
        term_months=int(d.get("term_months") or 0),
        term_discount_pct=Decimal(str(d.get("term_discount_pct") or 0)),
        bundle=Bundle(bundle["name"], tuple(bundle["members"]), int(bundle["monthly_fee_fen"]))
        if bundle
        else None,
        applies_to=frozenset(applies) if applies is not None else None,
    )


def plan_move(from_plan: str, to_plan: str, **more: Any) -> Proposal:
    """The usual proposal: lines on ``from_plan`` move to ``to_plan`` (only those lines)."""
    return Proposal(
        name=more.pop("name", f"{from_plan} → {to_plan}"),
        moves={from_plan: to_plan},
        applies_to=frozenset({from_plan}),
        **more,
    )
