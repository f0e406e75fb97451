"""What every rule module of the city records for analysis shares: the policy of an entity
(server-set fields, create defaults, its audience, its own checks) and small helpers.

Depends on storage and the domain.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection

from bigcust_sim.context import SimContext, UserEntry
from bigcust_sim.storage.database import Owner, Stored
from bigcust_sim.storage.visibility import can_see


class Refused(Exception):
    """A rule refused the operation: becomes a `rejected` result with these errors."""

    def __init__(self, field: str, code: str, message: str) -> None:
        super().__init__(code)
        self.errors = [{"field": field, "code": code, "message": message}]


# (ctx, conn, user, record, old record or None, now) -> None; fills and checks `record` in place.
Prepare = Callable[
    [SimContext, Connection, UserEntry, dict[str, Any], dict[str, Any] | None, str], None
]
# (ctx, conn, user, record) -> the visibility keys the record is stored with.
OwnerOf = Callable[[SimContext, Connection, UserEntry, dict[str, Any]], Owner]
# (ctx, conn, user, stored) -> None; raises `Refused` when the user may not delete it.
MayDelete = Callable[[SimContext, Connection, UserEntry, Stored], None]


def _anyone(ctx: SimContext, conn: Connection, user: UserEntry, stored: Stored) -> None:
    return None


@dataclass(frozen=True)
class Policy:
    """The server's rules of one entity beyond its record schema."""

    server_fields: frozenset[str]
    defaults: Mapping[str, Any]
    owner: OwnerOf
    prepare: Prepare
    may_delete: MayDelete = field(default=_anyone)


def customer_owner(ctx: SimContext, conn: Connection, user: UserEntry, customer_id: Any) -> Owner:
    """The keys of a record hanging from a customer the user sees (else ``not_visible``)."""
    owner = ctx.db.owner_of_customer(conn, str(customer_id))
    if owner is None or not can_see(user.viewer, owner):
        raise Refused("customer_id", "not_visible", "This record is not in your book.")
    return owner


def live(ctx: SimContext, conn: Connection, entity: str, record_id: Any) -> Stored | None:
    if record_id is None:
        return None
    found = ctx.db.load(conn, entity, str(record_id))
    return None if found is None or found.deleted else found


def same_customer(
    ctx: SimContext,
    conn: Connection,
    record: Mapping[str, Any],
    field_name: str,
    entity: str,
    *,
    customers: frozenset[str] | None = None,
) -> Stored | None:
    """The live record `record[field_name]` of `entity`, which must hang from the record's
    customer (or one of `customers`); ``ref.not_found`` otherwise. None when the field is null."""
    value = record.get(field_name)
    if value is None:
        return None
    found = live(ctx, conn, entity, value)
    allowed = customers or frozenset({record.get("customer_id")})
    if found is None or found.owner.customer_id not in allowed:
        raise Refused(field_name, "ref.not_found", "No such record of this customer.")
    return found


def same_team(
    ctx: SimContext, conn: Connection, user: UserEntry, value: Any, field_name: str, entity: str
) -> Stored | None:
    """A live team-level record (campaign, round, segment) the user sees; null passes."""
    if value is None:
        return None
    found = live(ctx, conn, entity, value)
    if found is None or not can_see(user.viewer, found.owner):
        raise Refused(field_name, "ref.not_found", "No such record in your team.")
    return found


def product_exists(ctx: SimContext, conn: Connection, value: Any, field_name: str) -> None:
    if value is not None and live(ctx, conn, "product", value) is None:
        raise Refused(field_name, "ref.not_found", "No such product.")


def regional_manager_only(user: UserEntry, entity: str) -> None:
    if not user.viewer.is_regional_manager:
        raise Refused(
            "id",
            f"{entity}.regional_manager_only",
            "Only the team's regional manager writes this record.",
        )


def changed(record: Mapping[str, Any], old: Mapping[str, Any] | None) -> set[str]:
    """The fields whose value differs from the stored version (all of them on create)."""
    if old is None:
        return set(record)
    return {name for name, value in record.items() if old.get(name) != value}
