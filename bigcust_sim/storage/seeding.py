"""First-start seeding: the generator's data set written with bulk Core inserts.

Each record gets its system (from the domain's data-home table), its visibility keys and a seq.
Depends on SQLAlchemy, `bigcust_sim.seed` and `bigcust_desktop.domain.datahome`.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection

from bigcust_sim.auth import hash_password
from bigcust_sim.storage.database import Database, Owner, system_of
from bigcust_sim.storage.schema import (
    attachment_chunks,
    attachment_uploads,
    counters,
    credentials,
    records,
)
from bigcust_sim.storage.visibility import customer_keys, own_keys

if TYPE_CHECKING:
    from bigcust_sim.seed import Dataset

_CHUNK = 20_000


class OwnerIndex:
    """Resolves the customer (and so the manager and team) a record hangs from."""

    def __init__(self) -> None:
        self.customers: dict[str, tuple[str | None, str | None]] = {}
        self.subscriber_customer: dict[str, str] = {}
        self.account_customer: dict[str, str] = {}

    def owner(self, entity: str, record: dict[str, Any]) -> Owner:
        own = own_keys(entity, record)
        if own is not None:
            return own
        if entity == "customer":
            self.customers[record["id"]] = (record["manager_id"], record["team_id"])
            return Owner(record["id"], record["manager_id"], record["team_id"])
        if entity == "service":
            customer_id = self.subscriber_customer[record["subscriber_id"]]
        elif entity == "payment":
            customer_id = self.account_customer[record["account_id"]]
        else:
            customer_id = record["customer_id"]
        if entity == "subscriber":
            self.subscriber_customer[record["id"]] = customer_id
        elif entity == "billing_account":
            self.account_customer[record["id"]] = customer_id
        manager_id, team_id = self.customers[customer_id]
        return customer_keys(entity, Owner(customer_id, manager_id, team_id))


def _rows(db: Database, dataset: Dataset, index: OwnerIndex) -> Iterable[dict[str, Any]]:
    dumps = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode
    for entity, items in dataset.records.items():
        system = system_of(entity)
        for record in items:
            owner = index.owner(entity, record)
            yield {
                "entity": entity,
                "id": record["id"],
                "system": system,
                "customer_id": owner.customer_id,
                "manager_id": owner.manager_id,
                "team_id": owner.team_id,
                "seq": db.next_seq(),
                "version": record.get("version", 1),
                "updated_at": record["updated_at"],
                "deleted": False,
                "data": dumps(record),
            }


def _insert_chunks(conn: Connection, rows: Iterable[dict[str, Any]]) -> int:
    chunk: list[dict[str, Any]] = []
    total = 0
    for row in rows:
        chunk.append(row)
        if len(chunk) >= _CHUNK:
            conn.execute(records.insert(), chunk)
            total += len(chunk)
            chunk = []
    if chunk:
        conn.execute(records.insert(), chunk)
        total += len(chunk)
    return total


def seed_database(db: Database, dataset: Dataset) -> int:
    """Write `dataset` and the users' credentials; returns the number of records written."""
    from bigcust_sim.seed import DEMO_PASSWORD

    with db.write() as conn:
        written = _insert_chunks(conn, _rows(db, dataset, OwnerIndex()))
        _seed_counters(conn, dataset.records.get("quote", []))
        for attachment_id, content in dataset.files.items():
            write_file(conn, attachment_id, content)
        users = dataset.records.get("user", [])
        if users:
            conn.execute(
                credentials.insert(),
                [
                    {
                        "user_id": u["id"],
                        "username": u["username"],
                        "password_hash": hash_password(DEMO_PASSWORD),
                        "disabled": False,
                    }
                    for u in users
                ],
            )
    return written


def _seed_counters(conn: Connection, quotes: Iterable[dict[str, Any]]) -> None:
    """Start each quote-number counter after the highest seeded number of its city and year."""
    tops: dict[str, int] = {}
    for quote in quotes:
        city, year, serial = str(quote["number"]).rsplit("-", 2)
        name = f"quote:{city}:{year}"
        tops[name] = max(tops.get(name, 0), int(serial))
    if tops:
        conn.execute(counters.insert(), [{"name": n, "value": v} for n, v in tops.items()])


def write_file(
    conn: Connection, attachment_id: str, content: bytes, chunk: int = 256 * 1024
) -> None:
    """Store an attachment's whole file, complete (the seeded scans)."""
    conn.execute(
        attachment_uploads.insert().values(
            attachment_id=attachment_id, received=len(content), complete=True
        )
    )
    conn.execute(
        attachment_chunks.insert(),
        [
            {"attachment_id": attachment_id, "start": start, "data": content[start : start + chunk]}
            for start in range(0, len(content), chunk)
        ],
    )
