"""`store.opportunities`: the opportunity list and stage board, and editing an opportunity.

Depends on the store's opportunity queries, the shared record edits and the outbox.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection

from bigcust_desktop.domain.drafts.opportunities import stage_move
from bigcust_desktop.store import edits
from bigcust_desktop.store.outbox.decide import withdraw_entry
from bigcust_desktop.store.outbox.entries import last_seq
from bigcust_desktop.store.queries import opportunities as q
from bigcust_desktop.store.queries.quotes import open_opportunities
from bigcust_desktop.store.services.base import CityRecords
from bigcust_desktop.store.wire import read_wire


@dataclass(frozen=True)
class StageMove:
    """A stored stage move, with what it takes to undo it while it has not been sent.

    ``seq`` is its own outbox entry; None when it went into an entry already waiting (an unsent
    create, a fixed rejection), which an undo then changes back. ``before`` holds the moved
    fields as they were.
    """

    opportunity_id: str
    title: str
    amount: str
    frm: str
    to: str
    seq: int | None
    before: dict[str, Any]


def _move_stage(
    conn: Connection,
    opportunity_id: str,
    to: str,
    lost_reason: str | None,
    signed_on: dt.date | None,
    today: dt.date | None,
) -> StageMove | None:
    current = read_wire(conn, "opportunity", opportunity_id)
    if current is None:
        return None  # gone meanwhile (revoked by a sync): nothing to move
    changes = stage_move(current, to, lost_reason, signed_on=signed_on, today=today)
    newest = last_seq(conn)
    edits.update_record(conn, "opportunity", opportunity_id, changes)
    seq = last_seq(conn)
    return StageMove(
        opportunity_id=opportunity_id,
        title=str(current["title"]),
        amount=str(current["amount"]),
        frm=str(current["stage"]),
        to=to,
        seq=seq if seq > newest else None,
        before={name: current.get(name) for name in changes},
    )


def _undo_move(conn: Connection, move: StageMove) -> None:
    if move.seq is not None:
        withdraw_entry(conn, move.seq)
    else:
        edits.update_record(conn, "opportunity", move.opportunity_id, move.before)


class Opportunities(CityRecords):
    """Opportunities (商机): listed, totalled per stage, moved, edited offline."""

    entity = "opportunity"

    def ids(
        self,
        wanted: q.OpportunityFilter,
        order_by: str = "expected_close",
        descending: bool = False,
    ) -> list[str]:
        return self._read(q.opportunity_ids, wanted, order_by, descending)

    def listed(
        self,
        wanted: q.OpportunityFilter,
        order_by: str = "expected_close",
        descending: bool = False,
        first: int = 200,
    ) -> tuple[list[str], dict[str, q.OpportunityRow]]:
        """`ids`, with the rows of the ``first`` ones read in the same transaction."""
        return self._listed(
            q.opportunity_ids, q.opportunity_rows, first, wanted, order_by, descending
        )

    def rows(self, ids: Sequence[str]) -> dict[str, q.OpportunityRow]:
        return self._read(q.opportunity_rows, ids)

    def stage_totals(self, wanted: q.OpportunityFilter) -> dict[str, q.StageTotal]:
        """Count, amount and weighted value per stage."""
        return self._read(q.stage_totals, wanted)

    def board(
        self, wanted: q.OpportunityFilter, closed_since: dt.date, limit: int
    ) -> q.StageBoardData:
        """Every stage of the board: open stages whole, won and lost from `closed_since`."""
        return self._read(q.stage_board, wanted, closed_since, limit)

    def move_stage(
        self,
        opportunity_id: str,
        to: str,
        *,
        lost_reason: str | None = None,
        signed_on: dt.date | None = None,
        today: dt.date | None = None,
    ) -> StageMove | None:
        """Move an opportunity to another stage: the record as it is now, the stage rule's
        check (`domain.drafts.opportunities.stage_move`, raising `ValidationErrors`: a lost
        deal needs its reason, a won one its signing date) and the write in one transaction.
        Returns the move (to undo it), or None when the record has left the cache."""
        return self._write(_move_stage, opportunity_id, to, lost_reason, signed_on, today)

    def undo_move(self, move: StageMove) -> None:
        """Take a move back while it has not been sent: its outbox entry is removed
        (`Outbox.withdraw`). Raises `AlreadySent` once the push has taken it."""
        self._write(_undo_move, move)

    def quotable(self, customer_id: str) -> list[tuple[str, str]]:
        """``(id, title)`` of a customer's opportunities a quote may answer (all but lost)."""
        return self._read(open_opportunities, customer_id)
