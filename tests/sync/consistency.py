"""What a laptop's cache must hold after a sync that stopped or completed: snapshots of it, the
exact-cut check against the feeds, the comparison with a fault-free laptop, and the changes
(server-side through admin calls, local through the outbox) that give a sync work to do.

Reads the simulator's own database file read-only for sequence numbers; never changes it.
"""

from __future__ import annotations

import base64
import json
import random
import sqlite3
from typing import Any

from sqlalchemy import select

from bigcust_desktop.domain.datahome import HOMES, home_of
from bigcust_desktop.store import edits
from bigcust_desktop.store.models import ENTITY_TABLES, QuarantinedRecord, SyncCursor
from bigcust_sim.launcher import SimulatorProcess

from .laptop import Laptop

USER = "zhangwei"
OTHER_MANAGER = "lina"
RESOLUTION = "线路已恢复，经客户确认业务正常。"  # used only when a move resolves the ticket

Key = tuple[str, str]
Snapshot = dict[Key, int]


# -- what the laptop holds, what the server holds -----------------------------------------------


def snapshot(laptop: Laptop) -> Snapshot:
    """(entity, id) → version of every record in the cache."""

    def read(conn: Any) -> Snapshot:
        out: Snapshot = {}
        for entity in HOMES:
            table = ENTITY_TABLES[entity]
            for record_id, version in conn.execute(select(table.c.id, table.c.version)):
                out[(entity, record_id)] = int(version)
        return out

    return laptop.read(read)


def cursor_seqs(laptop: Laptop) -> dict[str, int]:
    """The feed position each stored cursor stands for (the simulator's cursor is base64 JSON)."""
    rows = laptop.read(
        lambda conn: conn.execute(select(SyncCursor.system, SyncCursor.cursor)).all()
    )
    seqs = {"crm": 0, "boss": 0, "city": 0}
    for system, cursor in rows:
        if cursor:
            seqs[system] = int(json.loads(base64.urlsafe_b64decode(cursor + "=" * 4))["q"])
    return seqs


def quarantined(laptop: Laptop) -> set[Key]:
    rows = laptop.read(
        lambda conn: conn.execute(
            select(QuarantinedRecord.entity, QuarantinedRecord.record_id)
        ).all()
    )
    return {(str(e), str(i)) for e, i in rows}


def edited_keys(laptop: Laptop) -> set[Key]:
    return {(e["entity"], e["record_id"]) for e in laptop.outbox()}


def meta(laptop: Laptop, key: str) -> Any:
    return laptop.store.meta.get(key)


def user_id(laptop: Laptop) -> str:
    return str(meta(laptop, "user")["id"])


class ServerView:
    """Reads the simulator's own database file (read-only): sequence numbers, revocations,
    stored records and applied operations."""

    def __init__(self, server: SimulatorProcess) -> None:
        self.path = server.data_dir / "sim.sqlite3"

    def _query(self, sql: str, params: tuple[Any, ...] = ()) -> list[Any]:
        conn = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True, timeout=30)
        try:
            return conn.execute(sql, params).fetchall()
        finally:
            conn.close()

    def rows(self) -> dict[Key, tuple[int, bool, str | None]]:
        """(entity, id) → (seq of its latest change, deleted, customer it hangs from)."""
        return {
            (e, i): (int(seq), bool(deleted), customer)
            for e, i, seq, deleted, customer in self._query(
                "SELECT entity, id, seq, deleted, customer_id FROM records"
            )
        }

    def customers_of(self, manager_id: str) -> list[str]:
        rows = self._query(
            "SELECT id FROM records WHERE entity = 'customer' AND manager_id = ? ORDER BY id",
            (manager_id,),
        )
        return [r[0] for r in rows]

    def open_tickets(self, manager_id: str, exclude: tuple[str, ...] = ()) -> list[str]:
        """Tickets of a manager's customers that the operations centre can still move on."""
        rows = self._query(
            "SELECT id, customer_id FROM records WHERE entity = 'fault_ticket' AND NOT deleted "
            "AND manager_id = ? AND json_extract(data, '$.status') "
            "IN ('new', 'accepted', 'in_progress') ORDER BY id",
            (manager_id,),
        )
        return [r[0] for r in rows if r[1] not in exclude]

    def records(self, entity: str, ids: list[str]) -> dict[str, list[tuple[bool, dict[str, Any]]]]:
        """The stored rows (deleted, record) of ``ids``: a list each, to show a duplicate."""
        rows = self._query(
            "SELECT id, deleted, data FROM records WHERE entity = ? "
            "AND id IN (SELECT value FROM json_each(?))",
            (entity, json.dumps(ids)),
        )
        found: dict[str, list[tuple[bool, dict[str, Any]]]] = {}
        for record_id, deleted, data in rows:
            found.setdefault(record_id, []).append((bool(deleted), json.loads(data)))
        return found

    def times_applied(self, op_ids: list[str]) -> dict[str, int]:
        """How often the server applied each stored operation (what /admin/operations says)."""
        rows = self._query(
            "SELECT o.op_id, (SELECT count(*) FROM effects e WHERE e.op_id = o.op_id) "
            "FROM operations o WHERE o.op_id IN (SELECT value FROM json_each(?))",
            (json.dumps(op_ids),),
        )
        return {op_id: int(n) for op_id, n in rows}

    def revocations(self, user: str) -> dict[str, int]:
        return {
            customer: int(seq)
            for seq, customer in self._query(
                "SELECT seq, customer_id FROM revocations WHERE user_id = ?", (user,)
            )
        }


def expected_cut(
    before: Snapshot,
    after: Snapshot,
    start: dict[str, int],
    cursors: dict[str, int],
    rows: dict[Key, tuple[int, bool, str | None]],
    revoked: dict[str, int],
    skip: set[Key],
) -> Snapshot:
    """The cache a laptop must hold when each feed was applied exactly up to ``cursors``.

    ``before`` is the cache when the sync started (feeds at ``start``), ``after`` that of a
    fault-free laptop once every feed is read to its end. A record changed on the server after
    its feed's cursor keeps its old version; one changed at or before it has the new one; a
    revoked customer's records go when the CRM cursor has passed the revocation.
    """
    expected: Snapshot = {}
    for key in before.keys() | after.keys():
        if key in skip:
            continue
        system = home_of(key[0]).system
        seq, deleted, customer = rows[key]
        if key in after:
            value = after[key] if seq <= cursors[system] else before.get(key)
        elif deleted and seq > start[system]:
            value = None if seq <= cursors[system] else before.get(key)
        else:  # left the user's view: revoked with its customer
            at = revoked.get(customer or "")
            value = None if at is not None and at <= cursors["crm"] else before.get(key)
        if value is not None:
            expected[key] = value
    return expected


def assert_exact_cut(
    laptop: Laptop,
    server: SimulatorProcess,
    before: Snapshot,
    after: Snapshot,
    start: dict[str, int],
) -> None:
    """No page half-applied: the cache is exactly the feeds cut at the stored cursors."""
    view = ServerView(server)
    skip = edited_keys(laptop) | quarantined(laptop)
    expected = expected_cut(
        before,
        after,
        start,
        cursor_seqs(laptop),
        view.rows(),
        view.revocations(user_id(laptop)),
        skip,
    )
    actual = {k: v for k, v in snapshot(laptop).items() if k not in skip}
    missing = {k: v for k, v in expected.items() if actual.get(k) != v}
    extra = {k: v for k, v in actual.items() if k not in expected}
    assert not missing and not extra, (
        f"cache is not a cut of the feeds: {len(missing)} missing/wrong, {len(extra)} extra; "
        f"e.g. {list(missing.items())[:3]} {list(extra.items())[:3]}"
    )
    assert laptop.integrity() == "ok"


def finish_and_compare(laptop: Laptop, reference: Laptop) -> set[Key]:
    """A fault-free sync completes; the cache then equals the reference laptop's but for records
    still quarantined (missing, or at the version before). Returns the quarantined keys."""
    laptop.sync()
    reference.sync()
    mine, theirs = snapshot(laptop), snapshot(reference)
    held = quarantined(laptop)
    for key in held:
        assert key in theirs, f"quarantined {key} is not a record the server sends"
        # Missing, or older (a pushed record's own result may already be the server's version).
        assert mine.get(key, 0) <= theirs[key]
    assert {k: v for k, v in mine.items() if k not in held} == {
        k: v for k, v in theirs.items() if k not in held
    }
    assert laptop.counts().keys() == reference.counts().keys()
    assert not [e for e in laptop.outbox() if e["state"] != "applied"]
    assert laptop.integrity() == "ok"
    return held


def resend_quarantined(server: SimulatorProcess, keys: set[Key]) -> None:
    """A server-side change of each record (an empty edit is a new version, sent again)."""
    for entity, record_id in keys:
        server.admin("PATCH", f"/records/{entity}/{record_id}", {"fields": {}})


# -- server-side and local changes ------------------------------------------------------------


def make_changes(server: SimulatorProcess, laptop: Laptop, rng: random.Random) -> set[str]:
    """Changes on every feed through admin calls, plus local edits queued in the outbox.

    Returns the op_ids queued. A customer goes to another manager (a revocation) and one comes
    from him (re-sequenced rows), tickets advance, a month is billed, records change and go.
    """
    users = {u["username"]: u["id"] for u in server.admin("GET", "/users")}
    mine = sorted(laptop.ids("customer"))
    theirs = rng.choice(ServerView(server).customers_of(users[OTHER_MANAGER]))
    billed = rng.choice(
        laptop.read(
            lambda conn: [
                r[0]
                for r in conn.exec_driver_sql(
                    "SELECT DISTINCT customer_id FROM bill ORDER BY customer_id"
                )
            ]
        )
    )
    away, edited, local = rng.sample([c for c in mine if c != billed], 3)
    server.admin("POST", f"/customers/{away}/reassign", {"manager_id": users[OTHER_MANAGER]})
    server.admin("POST", f"/customers/{theirs}/reassign", {"manager_id": users[USER]})
    server.admin("POST", "/billing/post-month", {"customer_id": billed})
    server.admin("PATCH", f"/records/customer/{edited}", {"fields": {}})
    tickets = ServerView(server).open_tickets(users[USER], exclude=(away, local))
    for ticket in rng.sample(tickets, min(2, len(tickets))):
        server.admin("POST", f"/fault-tickets/{ticket}/advance", {"resolution": RESOLUTION})
    activities = laptop.read(
        lambda conn: [
            r[0]
            for r in conn.exec_driver_sql(
                "SELECT id FROM activity WHERE customer_id NOT IN (?, ?) AND sync_state = 'synced' "
                "ORDER BY id",
                (away, local),
            )
        ]
    )
    server.admin("DELETE", f"/records/activity/{rng.choice(activities)}")
    owner = users[USER]
    opportunities = laptop.read(
        lambda conn: [
            r[0]
            for r in conn.exec_driver_sql(
                "SELECT id FROM opportunity WHERE customer_id = ? AND sync_state = 'synced'",
                (local,),
            )
        ]
    )

    def edit(conn: Any) -> None:
        for n in range(3):
            edits.create_record(conn, "activity", activity_fields(local, owner, f"fault {n}"))
        for opportunity in opportunities[:2]:
            edits.update_record(
                conn, "opportunity", opportunity, {"notes": f"edited {rng.random()}"}
            )

    laptop.edit(edit)
    return {e["op_id"] for e in laptop.outbox() if e["state"] == "pending"}


def activity_fields(customer_id: str, owner_id: str, topic: str) -> dict[str, Any]:
    return {
        "customer_id": customer_id,
        "opportunity_id": None,
        "contact_id": None,
        "owner_id": owner_id,
        "channel": "visit",
        "topic": topic,
        "outcome": "positive",
        "occurred_at": "2026-11-27T04:05:06Z",
        "notes": "offline",
    }


def assert_applied_once(server: SimulatorProcess, op_ids: set[str]) -> None:
    for op_id in op_ids:
        report = server.admin("GET", f"/operations/{op_id}")
        assert report["times_applied"] == 1, report
