"""The store's tables: one model per entity of docs/data-model.md plus sync bookkeeping.

Depends on SQLAlchemy and the store's column types; `ENTITY_TABLES` maps entity names to tables.
"""

from __future__ import annotations

from sqlalchemy import Table

from bigcust_desktop.store.models.analytics import (
    AnalyticsDirty,
    AnalyticsStale,
    AtRiskCustomer,
    CustomerHolding,
    CustomerLineSummary,
    DataFinding,
    ProductGapRow,
    SavedRehearsal,
    UnderValuedCustomer,
)
from bigcust_desktop.store.models.base import SYNC_STATES, Base, EditableRecord, ServerRecord
from bigcust_desktop.store.models.billing import (
    Bill,
    BillingAccount,
    Payment,
    Product,
    Service,
    Subscriber,
)
from bigcust_desktop.store.models.campaigns import Campaign, CampaignRound, CampaignTask, Segment
from bigcust_desktop.store.models.city import (
    Activity,
    FaultTicket,
    FaultTicketEvent,
    Opportunity,
    Quote,
    QuoteLine,
)
from bigcust_desktop.store.models.contracts import (
    AttachmentChunk,
    AttachmentFile,
    Contract,
    ContractAttachment,
    ContractCircuit,
)
from bigcust_desktop.store.models.customers import ChangeRequest, Contact, Customer
from bigcust_desktop.store.models.org import Team, User
from bigcust_desktop.store.models.relations import AuditEvent, CompetitorLine, ContactRole, Todo
from bigcust_desktop.store.models.sync import (
    AuditLog,
    Conflict,
    HeldRecord,
    Meta,
    OutboxEntry,
    QuarantinedRecord,
    ServerCopy,
    SyncCursor,
)

ENTITY_MODELS: dict[str, type[ServerRecord]] = {
    model.__tablename__: model  # type: ignore[attr-defined]
    for model in (
        Team,
        User,
        Customer,
        Contact,
        ChangeRequest,
        Product,
        BillingAccount,
        Subscriber,
        Service,
        Bill,
        Payment,
        Opportunity,
        Quote,
        Activity,
        FaultTicket,
        Segment,
        Campaign,
        CampaignRound,
        CampaignTask,
        Todo,
        Contract,
        ContractAttachment,
        CompetitorLine,
        ContactRole,
        AuditEvent,
    )
}
"""Entity name of the wire format -> model, in dependency order (parents first)."""

ENTITY_TABLES: dict[str, Table] = {
    name: model.__table__  # type: ignore[attr-defined]
    for name, model in ENTITY_MODELS.items()
}

__all__ = [
    "ENTITY_MODELS",
    "ENTITY_TABLES",
    "SYNC_STATES",
    "Activity",
    "AnalyticsDirty",
    "AnalyticsStale",
    "AtRiskCustomer",
    "AttachmentChunk",
    "AttachmentFile",
    "AuditEvent",
    "AuditLog",
    "Base",
    "Bill",
    "BillingAccount",
    "Campaign",
    "CampaignRound",
    "CampaignTask",
    "ChangeRequest",
    "CompetitorLine",
    "Conflict",
    "Contact",
    "ContactRole",
    "Contract",
    "ContractAttachment",
    "ContractCircuit",
    "Customer",
    "CustomerHolding",
    "CustomerLineSummary",
    "DataFinding",
    "EditableRecord",
    "FaultTicket",
    "FaultTicketEvent",
    "HeldRecord",
    "Meta",
    "Opportunity",
    "OutboxEntry",
    "Payment",
    "Product",
    "ProductGapRow",
    "QuarantinedRecord",
    "Quote",
    "QuoteLine",
    "SavedRehearsal",
    "Segment",
    "ServerCopy",
    "ServerRecord",
    "Service",
    "Subscriber",
    "SyncCursor",
    "Team",
    "Todo",
    "UnderValuedCustomer",
    "User",
]
