"""Contracts (合同 / 框架协议) with the service level of each circuit, their attachments'
metadata, and the local copy of attachment files (kept in the encrypted cache, in chunks).

Depends on the model base. Only embedded children carry FOREIGN KEYs (to their own parent).
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from sqlalchemy import ForeignKey, LargeBinary
from sqlalchemy.orm import Mapped, mapped_column, relationship

from bigcust_desktop.store.models.base import Base, EditableRecord, local_changes_index
from bigcust_desktop.store.types import Decimal2, Money


class Contract(EditableRecord, Base):
    """A customer's contract or framework agreement; `products` is the wire list as JSON."""

    __tablename__ = "contract"
    __table_args__ = (local_changes_index("contract"),)

    customer_id: Mapped[str] = mapped_column(index=True)
    owner_id: Mapped[str] = mapped_column(index=True)
    number: Mapped[str] = mapped_column(index=True)
    title: Mapped[str]
    kind: Mapped[str]
    parent_contract_id: Mapped[str | None]
    status: Mapped[str] = mapped_column(index=True)
    signed_on: Mapped[dt.date | None]
    starts_on: Mapped[dt.date]
    ends_on: Mapped[dt.date] = mapped_column(index=True)
    renewal_on: Mapped[dt.date | None]
    auto_renew: Mapped[bool]
    notice_days: Mapped[int | None]
    amount: Mapped[Decimal] = mapped_column(Money())
    products: Mapped[list[Any]]
    notes: Mapped[str | None]
    created_at: Mapped[dt.datetime]

    circuits: Mapped[list[ContractCircuit]] = relationship(
        back_populates="contract",
        order_by="ContractCircuit.position",
        cascade="all, delete-orphan",
        passive_deletes=True,
    )


class ContractCircuit(Base):
    """The contracted service level of one circuit (a fault on it is due within restore_hours)."""

    __tablename__ = "contract_circuit"

    contract_id: Mapped[str] = mapped_column(
        ForeignKey("contract.id", ondelete="CASCADE"), primary_key=True
    )
    position: Mapped[int] = mapped_column(primary_key=True)
    subscriber_id: Mapped[str] = mapped_column(index=True)
    sla_level: Mapped[str]
    restore_hours: Mapped[int]
    availability_pct: Mapped[Decimal] = mapped_column(Decimal2())

    contract: Mapped[Contract] = relationship(back_populates="circuits")


class ContractAttachment(EditableRecord, Base):
    """Metadata of a file attached to a contract; the file itself travels apart from the feed."""

    __tablename__ = "contract_attachment"
    __table_args__ = (local_changes_index("contract_attachment"),)

    contract_id: Mapped[str] = mapped_column(index=True)
    customer_id: Mapped[str] = mapped_column(index=True)
    file_name: Mapped[str]
    mime_type: Mapped[str]
    size: Mapped[int]
    sha256: Mapped[str]
    description: Mapped[str | None]
    content_state: Mapped[str]
    uploaded_by: Mapped[str]
    created_at: Mapped[dt.datetime]


class AttachmentFile(Base):
    """The local copy of an attachment's file (client only): bytes held so far, in chunks, so
    that a download or upload interrupted at any point resumes; complete once sha256 matched."""

    __tablename__ = "attachment_file"

    attachment_id: Mapped[str] = mapped_column(primary_key=True)
    sha256: Mapped[str]
    size: Mapped[int]
    stored_bytes: Mapped[int]
    complete: Mapped[bool]
    # "download": fetched from the server; "upload": added here, waiting to be sent.
    direction: Mapped[str]
    uploaded_bytes: Mapped[int]
    updated_at: Mapped[dt.datetime]


class AttachmentChunk(Base):
    """One chunk of a local attachment file, in order; `offset` is its first byte."""

    __tablename__ = "attachment_chunk"

    attachment_id: Mapped[str] = mapped_column(
        ForeignKey("attachment_file.attachment_id", ondelete="CASCADE"), primary_key=True
    )
    offset: Mapped[int] = mapped_column(primary_key=True)
    data: Mapped[bytes] = mapped_column(LargeBinary)
