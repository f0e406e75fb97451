"""Local edits of city data: each writes the row and its outbox entry in one transaction.

The store's services and the sync engine's settlement edit through here (DESIGN §5). Depends on
SQLAlchemy Core, the store's bulk writer, wire records and outbox, and the domain's record schema.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Mapping
from typing import Any

from sqlalchemy import Connection

from bigcust_desktop.domain.datahome import home_of
from bigcust_desktop.domain.errors import ValidationError, ValidationErrors
from bigcust_desktop.domain.records import FIELDS, validate_record
from bigcust_desktop.domain.timefmt import format_instant
from bigcust_desktop.store import bulk
from bigcust_desktop.store.outbox import held
from bigcust_desktop.store.outbox.entries import (
    OpKind,
    drop_record_entries,
    enqueue,
    fold_into,
    rejected_entry,
    send_again,
    unsent_create,
)
from bigcust_desktop.store.outbox.merge_base import remember_server_copy
from bigcust_desktop.store.wire import read_wire, write_local

__all__ = ["create_record", "delete_record", "read_wire", "update_record"]


def _ensure_editable(entity: str) -> None:
    home = home_of(entity)
    if not home.editable_here:
        raise ValidationError("entity", "entity.read_only", "This record cannot be edited here.")


def _required(entity: str) -> list[str]:
    return [
        name
        for name, spec in FIELDS[entity].items()
        if not spec.nullable and name not in ("id", "version", "updated_at")
    ]


def _check(entity: str, fields: Mapping[str, Any], *, complete: bool) -> dict[str, Any]:
    """Validate user input; a complete record must also carry every non-nullable field."""
    checked = validate_record(entity, fields, from_feed=False)
    if complete:
        missing = [name for name in _required(entity) if checked.get(name) is None]
        if missing:
            raise ValidationErrors(
                [ValidationError(n, "field.required", "This field is required.") for n in missing]
            )
    return checked


def create_record(
    conn: Connection, entity: str, fields: Mapping[str, Any], *, record_id: str | None = None
) -> dict[str, Any]:
    """Create a city record offline: validated, stored as pending, queued for the server.

    ``fields`` is the whole record but id/version/updated_at (the domain's draft helpers fill
    owner, times, SLA and prices). Raises `ValidationErrors` naming every bad field; nothing is
    written then. Returns the stored wire record (version 0: not yet on the server).
    """
    _ensure_editable(entity)
    record_id = record_id or str(uuid.uuid4())
    payload = _check(entity, {**fields, "id": record_id}, complete=True)
    record = {name: None for name in FIELDS[entity]} | payload
    record.update(version=0, updated_at=format_instant(dt.datetime.now(dt.UTC)))
    write_local(conn, entity, record, "pending")
    enqueue(conn, entity, record_id, OpKind.CREATE, {k: v for k, v in payload.items() if k != "id"})
    return record


def update_record(
    conn: Connection, entity: str, record_id: str, changes: Mapping[str, Any]
) -> dict[str, Any]:
    """Change some fields of a city record offline; returns the stored wire record.

    Only the fields that really change are queued. Raises `ValidationErrors` for bad input and
    `LookupError` for a record that is not in the cache.
    """
    _ensure_editable(entity)
    current = read_wire(conn, entity, record_id) or _unsent_copy(conn, entity, record_id)
    if current is None:
        raise LookupError(f"{entity} {record_id} is not in the cache")
    checked = _check(entity, changes, complete=False)
    changed = {k: v for k, v in checked.items() if current.get(k) != v and k != "id"}
    if not changed:
        return current
    if current["version"] > 0:
        remember_server_copy(conn, entity, current)
    record = {**current, **changed}
    write_local(conn, entity, record, "pending")
    create = unsent_create(conn, entity, record_id)
    rejected = rejected_entry(conn, entity, record_id)
    if create is not None:
        fold_into(conn, create, changed)
    elif rejected is not None:
        # A fix of a rejected edit: the server never applied it, so it goes again as one
        # operation under a new op_id (the old one would only replay the rejection).
        send_again(conn, rejected, {**rejected.fields, **changed})
    else:
        enqueue(conn, entity, record_id, OpKind.UPDATE, changed)
    return record


def _unsent_copy(conn: Connection, entity: str, record_id: str) -> dict[str, Any] | None:
    """A refused create whose customer left the book and came back: the server never had it,
    so its only copy is the one kept when the customer went (issue 18). None otherwise, and
    while its customer is still away."""
    news = held.held(conn, entity, record_id)
    if news is None or news.gone != held.GONE_REVOKED or news.record is None:
        return None
    if news.record.get("version") != 0 or rejected_entry(conn, entity, record_id) is None:
        return None
    customer = news.record.get("customer_id")
    if customer is not None and read_wire(conn, "customer", str(customer)) is None:
        return None
    return news.record


def delete_record(conn: Connection, entity: str, record_id: str) -> None:
    """Delete a city record offline; a record never pushed just disappears with its entries."""
    _ensure_editable(entity)
    current = read_wire(conn, entity, record_id)
    if current is None:
        raise LookupError(f"{entity} {record_id} is not in the cache")
    bulk.delete_records(conn, entity, [record_id], force=True)
    if current["version"] == 0 and unsent_create(conn, entity, record_id) is not None:
        drop_record_entries(conn, entity, record_id)
        return
    remember_server_copy(conn, entity, current)
    enqueue(conn, entity, record_id, OpKind.DELETE, {})
