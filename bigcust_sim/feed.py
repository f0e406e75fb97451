"""The change feed of one system: a page of rows visible to a user after a cursor, plus revocations.

Stored JSON is spliced into the page as is (no decode/encode per record) so that a priming feed of
half a million records is served fast. Depends on the storage layer, `cursor` and `faults`.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from bigcust_sim.cursor import decode_cursor, encode_cursor
from bigcust_sim.faults import FaultState
from bigcust_sim.storage.database import Database, dumps
from bigcust_sim.storage.schema import records, revocations
from bigcust_sim.storage.visibility import Viewer, visible_rows

DEFAULT_LIMIT = 500
MAX_LIMIT = 2000

_MONEY_FIELDS = ("amount", "monthly_fee", "arpu_3m", "total", "paid_amount")


@dataclass(frozen=True)
class Page:
    body: bytes
    count: int
    has_more: bool


def malform(record: dict[str, Any]) -> dict[str, Any]:
    """A copy of `record` with one schema violation (fault `malformed_records`)."""
    bad = dict(record)
    if "uscc" in bad:
        bad["uscc"] = "91330106MA2XXXXXX0"  # wrong length and check character
        return bad
    for field in _MONEY_FIELDS:
        if field in bad:
            bad[field] = "abc"
            return bad
    if "mobile" in bad:
        bad["mobile"] = "12345"
        return bad
    bad["version"] = "abc"
    return bad


def read_page(
    db: Database,
    faults: FaultState,
    secret: bytes,
    system: str,
    viewer: Viewer,
    cursor: str | None,
    limit: int,
) -> Page:
    """Rows of `system` visible to `viewer` after `cursor`, in seq order, at most `limit`.

    One snapshot for the cursor check and both queries: rows and revocations committed between two
    statements could otherwise put the page's cursor past a row that the first one missed.
    """
    with db.read() as conn:
        after = decode_cursor(secret, system, cursor, db.read_head(conn))
        rows = conn.execute(
            select(
                records.c.entity,
                records.c.id,
                records.c.seq,
                records.c.version,
                records.c.updated_at,
                records.c.deleted,
                records.c.data,
            )
            .where(records.c.system == system, records.c.seq > after, visible_rows(viewer))
            .order_by(records.c.seq)
            .limit(limit + 1)
        ).all()
        revoked: list[Any] = []
        if system == "crm":
            revoked = conn.execute(
                select(revocations.c.seq, revocations.c.customer_id)
                .where(revocations.c.user_id == viewer.id, revocations.c.seq > after)
                .order_by(revocations.c.seq)
                .limit(limit + 1)
            ).all()

    # Merge both streams by seq and cut the page at `limit` items.
    items: list[tuple[int, bool, Any]] = [(r.seq, False, r) for r in rows]
    items += [(r.seq, True, r) for r in revoked]
    items.sort(key=lambda item: item[0])
    has_more = len(items) > limit
    items = items[:limit]
    last = items[-1][0] if items else after

    changes: list[str] = []
    revoked_out: list[str] = []
    for _seq, is_revocation, row in items:
        if is_revocation:
            revoked_out.append(dumps({"entity": "customer", "id": row.customer_id}))
            continue
        if row.deleted:
            record = "null"
        elif faults.malformed_pending and faults.take_malformed():
            record = dumps(malform(json.loads(row.data)))
        else:
            record = row.data
        head = dumps(
            {
                "entity": row.entity,
                "id": row.id,
                "version": row.version,
                "updated_at": row.updated_at,
                "deleted": bool(row.deleted),
            }
        )
        changes.append(f'{head[:-1]},"record":{record}}}')

    cursor = encode_cursor(secret, system, last)
    body = (
        '{"changes":['
        + ",".join(changes)
        + '],"revoked":['
        + ",".join(revoked_out)
        + f'],"next_cursor":"{cursor}","has_more":{"true" if has_more else "false"}}}'
    )
    return Page(body.encode(), len(changes) + len(revoked_out), has_more)
