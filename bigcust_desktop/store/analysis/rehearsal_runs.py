"""What a tariff rehearsal (资费预演) leaves: a run's totals and each customer's change, and the
named runs kept in `saved_rehearsal` (local: why in models/analytics.py) — saved, listed, read,
compared side by side. Depends on SQLAlchemy Core, the store's models, the proposal codec and
the domain's rehearsal types.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import asdict, dataclass, field
from typing import Any

from sqlalchemy import Connection, func, insert, select

from bigcust_desktop.domain.analytics.rehearsal import LineResult, Proposal, RehearsalTotals
from bigcust_desktop.domain.errors import ValidationError
from bigcust_desktop.store.analysis.proposals import proposal_from_json, proposal_json
from bigcust_desktop.store.models.analytics import SavedRehearsal
from bigcust_desktop.store.queries.analytics_scope import CustomerScope


@dataclass(frozen=True)
class CustomerChange:
    """One customer's three months before and after the proposal."""

    customer_id: str
    lines: int
    before_fen: int
    after_fen: int

    @property
    def change_fen(self) -> int:
        return self.after_fen - self.before_fen


@dataclass
class RehearsalRun:
    """A rehearsal's totals and each customer's change; ``lines`` only when asked for."""

    proposal: Proposal
    scope: dict[str, Any]
    totals: RehearsalTotals
    customers: list[CustomerChange] = field(default_factory=list)
    lines: list[LineResult] = field(default_factory=list)
    customer_scope: CustomerScope = field(default_factory=CustomerScope)

    def summary(self) -> dict[str, Any]:
        """The figures `rehearse --json` prints."""
        t = self.totals
        return {
            "proposal": proposal_json(self.proposal),
            "scope": self.scope,
            "lines": t.lines,
            "customers": t.customers,
            "before_fen": t.before_fen,
            "after_fen": t.after_fen,
            "change_fen": t.change_fen,
            "paying_more": t.paying_more,
            "paying_less": t.paying_less,
            "lines_over_allowance": t.lines_over_allowance,
            "lines_below_floor": t.lines_below_floor,
            "lines_term_short": t.lines_term_short,
            "cancelled": t.cancelled,
        }


@dataclass(frozen=True)
class SavedRehearsalRow:
    id: str
    name: str
    owner_id: str | None
    created_at: dt.datetime
    proposal: Proposal
    scope: dict[str, Any]
    totals: dict[str, Any]
    customers: tuple[CustomerChange, ...]


@dataclass(frozen=True)
class ComparedCustomer:
    customer_id: str
    first_change_fen: int | None  # None: not in that rehearsal
    second_change_fen: int | None


@dataclass(frozen=True)
class RehearsalComparison:
    """Two saved rehearsals side by side: their totals and each customer's change in both."""

    first: SavedRehearsalRow
    second: SavedRehearsalRow
    customers: tuple[ComparedCustomer, ...]

    @property
    def change_difference_fen(self) -> int:
        return int(self.second.totals["change_fen"]) - int(self.first.totals["change_fen"])


def _row(r: Any) -> SavedRehearsalRow:
    return SavedRehearsalRow(
        r.id,
        r.name,
        r.owner_id,
        r.created_at,
        proposal_from_json(r.proposal),
        dict(r.scope),
        dict(r.totals),
        tuple(CustomerChange(**c) for c in r.customers),
    )


def save(conn: Connection, name: str, run: RehearsalRun, owner_id: str | None) -> SavedRehearsalRow:
    name = name.strip()
    if not name:
        raise ValidationError("name", "field.required", "This field is required.")
    taken = conn.execute(select(func.count()).where(SavedRehearsal.name == name)).scalar()
    if taken:
        raise ValidationError("name", "rehearsal.name_taken", "A rehearsal of this name exists.")
    values = {
        "id": str(uuid.uuid4()),
        "name": name,
        "owner_id": owner_id,
        "created_at": dt.datetime.now(dt.UTC),
        "proposal": proposal_json(run.proposal),
        "scope": run.scope,
        "totals": run.summary(),
        "customers": [asdict(c) for c in run.customers],
    }
    conn.execute(insert(SavedRehearsal), values)
    return get(conn, values["id"])  # type: ignore[return-value]


def get(conn: Connection, rehearsal_id: str) -> SavedRehearsalRow | None:
    row = conn.execute(select(SavedRehearsal).where(SavedRehearsal.id == rehearsal_id)).first()
    return _row(row) if row else None


def listed(conn: Connection) -> list[SavedRehearsalRow]:
    stmt = select(SavedRehearsal).order_by(SavedRehearsal.created_at.desc(), SavedRehearsal.name)
    return [_row(r) for r in conn.execute(stmt)]


def compare(first: SavedRehearsalRow, second: SavedRehearsalRow) -> RehearsalComparison:
    a = {c.customer_id: c.change_fen for c in first.customers}
    b = {c.customer_id: c.change_fen for c in second.customers}
    rows = tuple(
        ComparedCustomer(cid, a.get(cid), b.get(cid)) for cid in sorted(a.keys() | b.keys())
    )
    return RehearsalComparison(first, second, rows)
