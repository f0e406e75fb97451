"""The enumerations of the wire format (docs/data-model.md) that carry no rule of their own.

Lower-case ASCII codes; the UI translates them. Enumerations with rules live with their rule
(`stages.Stage`, `pricing.QuoteStatus`, `sla.Severity`, `sla.TicketStatus`, `value.ValueTier`);
those of the city records added for analysis (campaigns, to-dos, contracts...) are in
`vocab_city`. Depends on the standard library only.
"""

from __future__ import annotations

from enum import StrEnum


class Role(StrEnum):
    """A staff member's role: account manager (客户经理) or regional manager (区域经理)."""

    ACCOUNT_MANAGER = "account_manager"
    REGIONAL_MANAGER = "regional_manager"


class Industry(StrEnum):
    GOVERNMENT = "government"
    FINANCE = "finance"
    MANUFACTURING = "manufacturing"
    EDUCATION = "education"
    HEALTHCARE = "healthcare"
    RETAIL = "retail"
    LOGISTICS = "logistics"
    ENERGY = "energy"
    INTERNET = "internet"


class CustomerStatus(StrEnum):
    ACTIVE = "active"
    DORMANT = "dormant"
    CLOSED = "closed"


class ChangeRequestStatus(StrEnum):
    PENDING = "pending"
    APPROVED = "approved"
    REJECTED = "rejected"


class ProductCategory(StrEnum):
    """Catalogue category; ``vnet`` is 集团V网 and ``leased_line`` is 专线."""

    MOBILE = "mobile"
    VNET = "vnet"
    BROADBAND = "broadband"
    LEASED_LINE = "leased_line"
    IDC = "idc"
    CLOUD = "cloud"


class PayMethod(StrEnum):
    BANK_TRANSFER = "bank_transfer"
    DIRECT_DEBIT = "direct_debit"
    CASH = "cash"


class AccountStatus(StrEnum):
    ACTIVE = "active"
    SUSPENDED = "suspended"
    CLOSED = "closed"


class SubscriberKind(StrEnum):
    """A line's kind; ``iot`` is an IoT (物联网) card, whose number may have 13 digits."""

    MOBILE = "mobile"
    IOT = "iot"
    BROADBAND = "broadband"
    LEASED_LINE = "leased_line"
    IDC = "idc"
    CLOUD = "cloud"


class SubscriberStatus(StrEnum):
    ACTIVE = "active"
    SUSPENDED = "suspended"
    CANCELLED = "cancelled"


class BillStatus(StrEnum):
    PAID = "paid"
    PARTIAL = "partial"
    UNPAID = "unpaid"


class Channel(StrEnum):
    """How a customer was contacted; ``campaign`` is a call-centre campaign."""

    VISIT = "visit"
    PHONE = "phone"
    SMS = "sms"
    EMAIL = "email"
    MEETING = "meeting"
    CAMPAIGN = "campaign"


class Outcome(StrEnum):
    POSITIVE = "positive"
    NEUTRAL = "neutral"
    NEGATIVE = "negative"
    NO_ANSWER = "no_answer"
