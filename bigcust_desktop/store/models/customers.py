"""Customer master data of the provincial CRM: customers (集团客户), key contacts, change requests.

Depends on the model base. Read-only here except change requests, which the laptop creates.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from sqlalchemy import Index
from sqlalchemy.orm import Mapped, mapped_column

from bigcust_desktop.store.models.base import (
    Base,
    EditableRecord,
    ServerRecord,
    local_changes_index,
)
from bigcust_desktop.store.types import Decimal2


class Customer(ServerRecord, Base):
    """An enterprise or government customer (集团客户), identified by its USCC."""

    __tablename__ = "customer"
    # The customer list in pinyin order, id breaking ties: an index walk, no sort.
    __table_args__ = (Index("ix_customer_name_key_id", "name_key", "id"),)

    uscc: Mapped[str] = mapped_column(index=True)
    name: Mapped[str]
    short_name: Mapped[str]
    industry: Mapped[str]
    city: Mapped[str]
    district: Mapped[str]
    address: Mapped[str]
    # No FOREIGN KEY: a branch may arrive before its group, or the group may be someone else's.
    parent_id: Mapped[str | None] = mapped_column(index=True)
    manager_id: Mapped[str] = mapped_column(index=True)
    team_id: Mapped[str] = mapped_column(index=True)
    value_tier: Mapped[str] = mapped_column(index=True)
    value_score: Mapped[Decimal] = mapped_column(Decimal2())
    value_factors: Mapped[dict[str, Any]]
    status: Mapped[str] = mapped_column(index=True)
    created_on: Mapped[dt.date]
    # Pinyin sort keys of name and short name (`store.pinyin_order`), written with the row: the
    # lists order by them without calling Python. Local columns, never on the wire.
    name_key: Mapped[str] = mapped_column(server_default="", sort_order=30)
    short_name_key: Mapped[str] = mapped_column(server_default="", sort_order=30)


class Contact(ServerRecord, Base):
    """A key contact (关键人) at a customer."""

    __tablename__ = "contact"

    customer_id: Mapped[str] = mapped_column(index=True)
    name: Mapped[str]
    title: Mapped[str]
    mobile: Mapped[str | None] = mapped_column(index=True)
    landline: Mapped[str | None]
    resident_id: Mapped[str | None]
    email: Mapped[str | None]
    is_key: Mapped[bool]
    notes: Mapped[str | None]


class ChangeRequest(EditableRecord, Base):
    """A correction of customer master data proposed to the province (客户资料变更申请).

    Made on the laptop and pushed to the provincial CRM, hence the local sync state.
    """

    __tablename__ = "change_request"
    __table_args__ = (local_changes_index("change_request"),)

    customer_id: Mapped[str] = mapped_column(index=True)
    target_entity: Mapped[str]
    target_id: Mapped[str] = mapped_column(index=True)
    changes: Mapped[dict[str, Any]]
    reason: Mapped[str]
    status: Mapped[str] = mapped_column(index=True)
    reviewer_note: Mapped[str | None]
    requested_by: Mapped[str] = mapped_column(index=True)
    requested_at: Mapped[dt.datetime]
    decided_at: Mapped[dt.datetime | None]
