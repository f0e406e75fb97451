"""What the status bar and `bigcust-desktop status` show: sync times, pending work, counts.

Depends on the store and the sync engine's meta helpers.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select

from bigcust_desktop.domain.datahome import HOMES
from bigcust_desktop.store.engine import Store
from bigcust_desktop.store.models import ENTITY_TABLES, Conflict, OutboxEntry, QuarantinedRecord
from bigcust_desktop.sync.engine import SYSTEMS, read_meta


def collect_status(store: Store, *, counts: bool = True) -> dict[str, Any]:
    """The status the CLI prints and the UI's status bar shows.

    ``counts=False`` leaves out the row count of every entity (``{}``): the status bar does not
    show them, and counting 300,000 subscribers on each refresh costs tens of milliseconds.
    """
    with store.begin() as conn:
        user = read_meta(conn, "user")
        rows = {
            entity: conn.execute(select(func.count()).select_from(ENTITY_TABLES[entity])).scalar()
            for entity in (HOMES if counts else ())
        }
        pending = conn.execute(
            select(func.count())
            .select_from(OutboxEntry)
            .where(OutboxEntry.state.in_(("pending", "sending")))
        ).scalar()
        rejected = conn.execute(
            select(func.count()).select_from(OutboxEntry).where(OutboxEntry.state == "rejected")
        ).scalar()
        conflicts = conn.execute(select(func.count()).select_from(Conflict)).scalar()
        quarantined = conn.execute(select(func.count()).select_from(QuarantinedRecord)).scalar()
        last = {system: read_meta(conn, f"last_sync.{system}") for system in SYSTEMS}
        last_error = read_meta(conn, "last_error")
    return {
        "user": user,
        "last_sync": last,
        "last_error": last_error,
        "pending_changes": pending,
        "rejected_changes": rejected,
        "conflicts": conflicts,
        "quarantined": quarantined,
        "counts": rows,
    }
