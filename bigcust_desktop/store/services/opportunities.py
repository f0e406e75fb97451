"""`store.opportunities`: the opportunity list and stage board, and editing an opportunity.

Depends on the store's opportunity queries and the shared record edits.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from sqlalchemy import Connection

from bigcust_desktop.domain.drafts.opportunities import stage_move
from bigcust_desktop.store import edits
from bigcust_desktop.store.queries import opportunities as q
from bigcust_desktop.store.queries.quotes import open_opportunities
from bigcust_desktop.store.services.base import CityRecords
from bigcust_desktop.store.wire import read_wire


def _move_stage(conn: Connection, opportunity_id: str, to: str) -> str | None:
    current = read_wire(conn, "opportunity", opportunity_id)
    if current is None:
        return None  # gone meanwhile (revoked by a sync): nothing to move
    edits.update_record(conn, "opportunity", opportunity_id, stage_move(current, to))
    return str(current["title"])


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

    def move_stage(self, opportunity_id: str, to: str) -> str | None:
        """Move an opportunity to another stage: the record as it is now, the stage rule's
        check (`domain.drafts.opportunities.stage_move`, raising `ValidationErrors`) and the
        write in one transaction. Returns its title, or None when it has left the cache."""
        return self._write(_move_stage, opportunity_id, to)

    def quotable(self, customer_id: str) -> list[tuple[str, str]]:
        """``(id, title)`` of a customer's opportunities a quote may answer (all but lost)."""
        return self._read(open_opportunities, customer_id)
