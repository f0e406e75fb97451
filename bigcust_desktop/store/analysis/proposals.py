"""A rehearsal's proposal (资费预演) to and from the JSON a saved rehearsal keeps, and the ones
the screen and the command build: a plan move, a discount, a bundle, a draft quote's lines.
Depends on SQLAlchemy Core, the store's models and the domain's rehearsal types.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from dataclasses import asdict
from decimal import Decimal
from typing import Any

from sqlalchemy import Connection, select

from bigcust_desktop.domain.analytics.rehearsal import Bundle, Proposal
from bigcust_desktop.store.models import Product, Quote, QuoteLine
from bigcust_desktop.store.queries.rehearsal_choices import cached_plans


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


def discount(pct: Decimal, plans: Collection[str] | None = None, **more: Any) -> Proposal:
    """A discount off the monthly fee, on the lines of ``plans`` (every line when None)."""
    return Proposal(
        name=more.pop("name", f"{pct}% off"),
        discount_pct=pct,
        applies_to=frozenset(plans) if plans is not None else None,
        **more,
    )


def bundle(name: str, members: Sequence[str], monthly_fee_fen: int, **more: Any) -> Proposal:
    """A bundle (融合: fixed + mobile, voice + data): one fee per set of the member plans,
    touching only the lines on them."""
    return Proposal(
        name=name,
        bundle=Bundle(name, tuple(members), monthly_fee_fen),
        applies_to=frozenset(members),
        **more,
    )


def from_quote(conn: Connection, quote_id: str) -> Proposal:
    """A draft quote's lines as a proposal: each quoted product at its net unit price; a quoted
    plan alone of its category in the quote also takes the lines on the other plans of that
    category (the quote's plan change); the quote's term. Raises `LookupError` when the quote
    is not cached."""
    quote = conn.execute(
        select(Quote.title, Quote.number, Quote.term_months).where(Quote.id == quote_id)
    ).first()
    if quote is None:
        raise LookupError(quote_id)
    lines = conn.execute(
        select(QuoteLine.product_id, Product.category, QuoteLine.net_unit_price)
        .join(Product, Product.id == QuoteLine.product_id)
        .where(QuoteLine.quote_id == quote_id)
        .order_by(QuoteLine.position)
    ).all()
    prices: dict[str, int] = {}
    categories: dict[str, list[str]] = {}
    for product_id, category, net in lines:
        prices.setdefault(product_id, int(Decimal(net).scaleb(2)))
        if product_id not in categories.setdefault(category, []):
            categories[category].append(product_id)
    plans = cached_plans(conn)
    moves: dict[str, str] = {}
    for category, quoted in categories.items():
        if len(quoted) != 1 or quoted[0] not in plans:
            continue
        same = select(Product.id).where(Product.category == category)
        for source in conn.execute(same).scalars():
            if source in plans and source != quoted[0]:
                moves[source] = quoted[0]
    return Proposal(
        name=quote.number or quote.title,
        moves=moves,
        prices=prices,
        term_months=int(quote.term_months or 0),
        applies_to=frozenset(prices) | frozenset(moves),
    )
