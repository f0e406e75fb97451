"""The one place where codes become words: enumeration labels, money, dates and local times.

Every label goes through Qt's translator (one context per kind, so "accepted" can read 已接受 for a
quote and 已受理 for a ticket). Depends on `ui.qt` and the domain's enumerations.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from decimal import ROUND_HALF_UP, Decimal
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from bigcust_desktop.domain import vocab
from bigcust_desktop.domain.datahome import HOMES, System
from bigcust_desktop.domain.money import CENT
from bigcust_desktop.domain.pricing import ApprovalLevel, QuoteStatus
from bigcust_desktop.domain.sla import Severity, TicketStatus
from bigcust_desktop.domain.stages import Stage
from bigcust_desktop.domain.value import FACTORS, ValueTier
from bigcust_desktop.domain.vocab_city import ChargeType, VatCategory
from bigcust_desktop.ui.labels_city import CITY_ENUMS, CITY_KINDS
from bigcust_desktop.ui.qt import QT_TRANSLATE_NOOP, QCoreApplication, QLocale

try:
    LOCAL_ZONE: dt.tzinfo = ZoneInfo("Asia/Shanghai")
except ZoneInfoNotFoundError:  # Windows without the tzdata package: China keeps no summer time
    LOCAL_ZONE = dt.timezone(dt.timedelta(hours=8), "CST")

# kind -> (translation context, {code: English source text}). QT_TRANSLATE_NOOP marks the texts
# for pyside6-lupdate; `label` translates them when shown, so a language switch takes effect.
_KINDS: dict[str, tuple[str, dict[str, str]]] = {
    "stage": (
        "StageLabel",
        {
            Stage.LEAD: QT_TRANSLATE_NOOP("StageLabel", "Lead"),
            Stage.QUALIFIED: QT_TRANSLATE_NOOP("StageLabel", "Qualified"),
            Stage.PROPOSAL: QT_TRANSLATE_NOOP("StageLabel", "Proposal"),
            Stage.NEGOTIATION: QT_TRANSLATE_NOOP("StageLabel", "Negotiation"),
            Stage.WON: QT_TRANSLATE_NOOP("StageLabel", "Won"),
            Stage.LOST: QT_TRANSLATE_NOOP("StageLabel", "Lost"),
        },
    ),
    "quote_status": (
        "QuoteStatusLabel",
        {
            QuoteStatus.DRAFT: QT_TRANSLATE_NOOP("QuoteStatusLabel", "Draft"),
            QuoteStatus.PENDING_APPROVAL: QT_TRANSLATE_NOOP("QuoteStatusLabel", "Pending approval"),
            QuoteStatus.APPROVED: QT_TRANSLATE_NOOP("QuoteStatusLabel", "Approved"),
            QuoteStatus.REJECTED: QT_TRANSLATE_NOOP("QuoteStatusLabel", "Rejected"),
            QuoteStatus.SENT: QT_TRANSLATE_NOOP("QuoteStatusLabel", "Sent"),
            QuoteStatus.ACCEPTED: QT_TRANSLATE_NOOP("QuoteStatusLabel", "Accepted"),
            QuoteStatus.EXPIRED: QT_TRANSLATE_NOOP("QuoteStatusLabel", "Expired"),
        },
    ),
    "approval_level": (
        "ApprovalLevelLabel",
        {
            ApprovalLevel.NONE: QT_TRANSLATE_NOOP("ApprovalLevelLabel", "No approval"),
            ApprovalLevel.DISTRICT: QT_TRANSLATE_NOOP("ApprovalLevelLabel", "District"),
            ApprovalLevel.CITY: QT_TRANSLATE_NOOP("ApprovalLevelLabel", "City"),
            ApprovalLevel.PROVINCE: QT_TRANSLATE_NOOP("ApprovalLevelLabel", "Province"),
        },
    ),
    "vat_category": (
        "VatCategoryLabel",
        {
            VatCategory.BASIC_TELECOM: QT_TRANSLATE_NOOP("VatCategoryLabel", "Basic telecom 9%"),
            VatCategory.VALUE_ADDED_TELECOM: QT_TRANSLATE_NOOP(
                "VatCategoryLabel", "Value-added telecom 6%"
            ),
            VatCategory.GOODS: QT_TRANSLATE_NOOP("VatCategoryLabel", "Goods 13%"),
        },
    ),
    "charge_type": (
        "ChargeTypeLabel",
        {
            ChargeType.MONTHLY: QT_TRANSLATE_NOOP("ChargeTypeLabel", "Monthly"),
            ChargeType.ONE_TIME: QT_TRANSLATE_NOOP("ChargeTypeLabel", "One-time"),
        },
    ),
    "severity": (
        "SeverityLabel",
        {
            Severity.CRITICAL: QT_TRANSLATE_NOOP("SeverityLabel", "Critical"),
            Severity.MAJOR: QT_TRANSLATE_NOOP("SeverityLabel", "Major"),
            Severity.MINOR: QT_TRANSLATE_NOOP("SeverityLabel", "Minor"),
            Severity.INFO: QT_TRANSLATE_NOOP("SeverityLabel", "Information"),
        },
    ),
    "ticket_status": (
        "TicketStatusLabel",
        {
            TicketStatus.NEW: QT_TRANSLATE_NOOP("TicketStatusLabel", "New"),
            TicketStatus.ACCEPTED: QT_TRANSLATE_NOOP("TicketStatusLabel", "Accepted"),
            TicketStatus.IN_PROGRESS: QT_TRANSLATE_NOOP("TicketStatusLabel", "In progress"),
            TicketStatus.RESOLVED: QT_TRANSLATE_NOOP("TicketStatusLabel", "Resolved"),
            TicketStatus.CLOSED: QT_TRANSLATE_NOOP("TicketStatusLabel", "Closed"),
        },
    ),
    "value_tier": (
        "ValueTierLabel",
        {
            ValueTier.STRATEGIC: QT_TRANSLATE_NOOP("ValueTierLabel", "Strategic"),
            ValueTier.KEY: QT_TRANSLATE_NOOP("ValueTierLabel", "Key"),
            ValueTier.STANDARD: QT_TRANSLATE_NOOP("ValueTierLabel", "Standard"),
            ValueTier.BASIC: QT_TRANSLATE_NOOP("ValueTierLabel", "Basic"),
        },
    ),
    "value_factor": (
        "ValueFactorLabel",
        {
            "spend": QT_TRANSLATE_NOOP("ValueFactorLabel", "Spend"),
            "growth": QT_TRANSLATE_NOOP("ValueFactorLabel", "Growth"),
            "tenure": QT_TRANSLATE_NOOP("ValueFactorLabel", "Tenure"),
            "share": QT_TRANSLATE_NOOP("ValueFactorLabel", "Share of wallet"),
            "payment": QT_TRANSLATE_NOOP("ValueFactorLabel", "Payment behaviour"),
        },
    ),
    "role": (
        "RoleLabel",
        {
            vocab.Role.ACCOUNT_MANAGER: QT_TRANSLATE_NOOP("RoleLabel", "Account manager"),
            vocab.Role.REGIONAL_MANAGER: QT_TRANSLATE_NOOP("RoleLabel", "Regional manager"),
            vocab.Role.CITY_MANAGER: QT_TRANSLATE_NOOP("RoleLabel", "City manager"),
        },
    ),
    "industry": (
        "IndustryLabel",
        {
            vocab.Industry.GOVERNMENT: QT_TRANSLATE_NOOP("IndustryLabel", "Government"),
            vocab.Industry.FINANCE: QT_TRANSLATE_NOOP("IndustryLabel", "Finance"),
            vocab.Industry.MANUFACTURING: QT_TRANSLATE_NOOP("IndustryLabel", "Manufacturing"),
            vocab.Industry.EDUCATION: QT_TRANSLATE_NOOP("IndustryLabel", "Education"),
            vocab.Industry.HEALTHCARE: QT_TRANSLATE_NOOP("IndustryLabel", "Healthcare"),
            vocab.Industry.RETAIL: QT_TRANSLATE_NOOP("IndustryLabel", "Retail"),
            vocab.Industry.LOGISTICS: QT_TRANSLATE_NOOP("IndustryLabel", "Logistics"),
            vocab.Industry.ENERGY: QT_TRANSLATE_NOOP("IndustryLabel", "Energy"),
            vocab.Industry.INTERNET: QT_TRANSLATE_NOOP("IndustryLabel", "Internet"),
        },
    ),
    "customer_status": (
        "CustomerStatusLabel",
        {
            vocab.CustomerStatus.ACTIVE: QT_TRANSLATE_NOOP("CustomerStatusLabel", "Active"),
            vocab.CustomerStatus.DORMANT: QT_TRANSLATE_NOOP("CustomerStatusLabel", "Dormant"),
            vocab.CustomerStatus.CLOSED: QT_TRANSLATE_NOOP("CustomerStatusLabel", "Closed"),
        },
    ),
    "change_request_status": (
        "ChangeRequestStatusLabel",
        {
            vocab.ChangeRequestStatus.PENDING: QT_TRANSLATE_NOOP(
                "ChangeRequestStatusLabel", "Pending review"
            ),
            vocab.ChangeRequestStatus.APPROVED: QT_TRANSLATE_NOOP(
                "ChangeRequestStatusLabel", "Approved"
            ),
            vocab.ChangeRequestStatus.REJECTED: QT_TRANSLATE_NOOP(
                "ChangeRequestStatusLabel", "Rejected"
            ),
        },
    ),
    "product_category": (
        "ProductCategoryLabel",
        {
            vocab.ProductCategory.MOBILE: QT_TRANSLATE_NOOP("ProductCategoryLabel", "Mobile"),
            vocab.ProductCategory.VNET: QT_TRANSLATE_NOOP("ProductCategoryLabel", "Group V-net"),
            vocab.ProductCategory.BROADBAND: QT_TRANSLATE_NOOP("ProductCategoryLabel", "Broadband"),
            vocab.ProductCategory.LEASED_LINE: QT_TRANSLATE_NOOP(
                "ProductCategoryLabel", "Leased line"
            ),
            vocab.ProductCategory.IDC: QT_TRANSLATE_NOOP("ProductCategoryLabel", "IDC"),
            vocab.ProductCategory.CLOUD: QT_TRANSLATE_NOOP("ProductCategoryLabel", "Cloud"),
        },
    ),
    "pay_method": (
        "PayMethodLabel",
        {
            vocab.PayMethod.BANK_TRANSFER: QT_TRANSLATE_NOOP("PayMethodLabel", "Bank transfer"),
            vocab.PayMethod.DIRECT_DEBIT: QT_TRANSLATE_NOOP("PayMethodLabel", "Direct debit"),
            vocab.PayMethod.CASH: QT_TRANSLATE_NOOP("PayMethodLabel", "Cash"),
        },
    ),
    "account_status": (
        "AccountStatusLabel",
        {
            vocab.AccountStatus.ACTIVE: QT_TRANSLATE_NOOP("AccountStatusLabel", "Active"),
            vocab.AccountStatus.SUSPENDED: QT_TRANSLATE_NOOP("AccountStatusLabel", "Suspended"),
            vocab.AccountStatus.CLOSED: QT_TRANSLATE_NOOP("AccountStatusLabel", "Closed"),
        },
    ),
    "subscriber_kind": (
        "SubscriberKindLabel",
        {
            vocab.SubscriberKind.MOBILE: QT_TRANSLATE_NOOP("SubscriberKindLabel", "Mobile"),
            vocab.SubscriberKind.IOT: QT_TRANSLATE_NOOP("SubscriberKindLabel", "IoT card"),
            vocab.SubscriberKind.BROADBAND: QT_TRANSLATE_NOOP("SubscriberKindLabel", "Broadband"),
            vocab.SubscriberKind.LEASED_LINE: QT_TRANSLATE_NOOP(
                "SubscriberKindLabel", "Leased line"
            ),
            vocab.SubscriberKind.IDC: QT_TRANSLATE_NOOP("SubscriberKindLabel", "IDC"),
            vocab.SubscriberKind.CLOUD: QT_TRANSLATE_NOOP("SubscriberKindLabel", "Cloud"),
        },
    ),
    "subscriber_status": (
        "SubscriberStatusLabel",
        {
            vocab.SubscriberStatus.ACTIVE: QT_TRANSLATE_NOOP("SubscriberStatusLabel", "Active"),
            vocab.SubscriberStatus.SUSPENDED: QT_TRANSLATE_NOOP(
                "SubscriberStatusLabel", "Suspended"
            ),
            vocab.SubscriberStatus.CANCELLED: QT_TRANSLATE_NOOP(
                "SubscriberStatusLabel", "Cancelled"
            ),
        },
    ),
    "bill_status": (
        "BillStatusLabel",
        {
            vocab.BillStatus.PAID: QT_TRANSLATE_NOOP("BillStatusLabel", "Paid"),
            vocab.BillStatus.PARTIAL: QT_TRANSLATE_NOOP("BillStatusLabel", "Partly paid"),
            vocab.BillStatus.UNPAID: QT_TRANSLATE_NOOP("BillStatusLabel", "Unpaid"),
        },
    ),
    "channel": (
        "ChannelLabel",
        {
            vocab.Channel.VISIT: QT_TRANSLATE_NOOP("ChannelLabel", "Visit"),
            vocab.Channel.PHONE: QT_TRANSLATE_NOOP("ChannelLabel", "Phone call"),
            vocab.Channel.SMS: QT_TRANSLATE_NOOP("ChannelLabel", "SMS"),
            vocab.Channel.EMAIL: QT_TRANSLATE_NOOP("ChannelLabel", "E-mail"),
            vocab.Channel.MEETING: QT_TRANSLATE_NOOP("ChannelLabel", "Meeting"),
            vocab.Channel.CAMPAIGN: QT_TRANSLATE_NOOP("ChannelLabel", "Call-centre campaign"),
        },
    ),
    "outcome": (
        "OutcomeLabel",
        {
            vocab.Outcome.POSITIVE: QT_TRANSLATE_NOOP("OutcomeLabel", "Positive"),
            vocab.Outcome.NEUTRAL: QT_TRANSLATE_NOOP("OutcomeLabel", "Neutral"),
            vocab.Outcome.NEGATIVE: QT_TRANSLATE_NOOP("OutcomeLabel", "Negative"),
            vocab.Outcome.NO_ANSWER: QT_TRANSLATE_NOOP("OutcomeLabel", "No answer"),
        },
    ),
    "sync_state": (
        "SyncStateLabel",
        {
            "synced": QT_TRANSLATE_NOOP("SyncStateLabel", "Synced"),
            "pending": QT_TRANSLATE_NOOP("SyncStateLabel", "Waiting to be sent"),
            "rejected": QT_TRANSLATE_NOOP("SyncStateLabel", "Rejected by the server"),
            "conflict": QT_TRANSLATE_NOOP("SyncStateLabel", "In conflict"),
        },
    ),
    "system": (
        "SystemLabel",
        {
            System.CRM: QT_TRANSLATE_NOOP("SystemLabel", "Provincial CRM"),
            System.BOSS: QT_TRANSLATE_NOOP("SystemLabel", "BOSS (provincial billing)"),
            System.CITY: QT_TRANSLATE_NOOP("SystemLabel", "City CRM"),
        },
    ),
    "entity": (
        "EntityLabel",
        {
            "team": QT_TRANSLATE_NOOP("EntityLabel", "Team"),
            "user": QT_TRANSLATE_NOOP("EntityLabel", "Staff member"),
            "customer": QT_TRANSLATE_NOOP("EntityLabel", "Customer"),
            "contact": QT_TRANSLATE_NOOP("EntityLabel", "Key contact"),
            "change_request": QT_TRANSLATE_NOOP("EntityLabel", "Change request"),
            "product": QT_TRANSLATE_NOOP("EntityLabel", "Product"),
            "billing_account": QT_TRANSLATE_NOOP("EntityLabel", "Billing account"),
            "subscriber": QT_TRANSLATE_NOOP("EntityLabel", "Subscriber"),
            "service": QT_TRANSLATE_NOOP("EntityLabel", "Service"),
            "bill": QT_TRANSLATE_NOOP("EntityLabel", "Bill"),
            "payment": QT_TRANSLATE_NOOP("EntityLabel", "Payment"),
            "opportunity": QT_TRANSLATE_NOOP("EntityLabel", "Opportunity"),
            "quote": QT_TRANSLATE_NOOP("EntityLabel", "Quote"),
            "activity": QT_TRANSLATE_NOOP("EntityLabel", "Activity"),
            "fault_ticket": QT_TRANSLATE_NOOP("EntityLabel", "Fault ticket"),
            "segment": QT_TRANSLATE_NOOP("EntityLabel", "Segment"),
            "campaign": QT_TRANSLATE_NOOP("EntityLabel", "Campaign"),
            "campaign_round": QT_TRANSLATE_NOOP("EntityLabel", "Campaign round"),
            "campaign_task": QT_TRANSLATE_NOOP("EntityLabel", "Campaign task"),
            "todo": QT_TRANSLATE_NOOP("EntityLabel", "To-do"),
            "contract": QT_TRANSLATE_NOOP("EntityLabel", "Contract"),
            "contract_attachment": QT_TRANSLATE_NOOP("EntityLabel", "Contract attachment"),
            "competitor_line": QT_TRANSLATE_NOOP("EntityLabel", "Competitor line"),
            "contact_role": QT_TRANSLATE_NOOP("EntityLabel", "Decision-chain role"),
            "audit_event": QT_TRANSLATE_NOOP("EntityLabel", "Audit event"),
        },
    ),
    # The fields a change request may propose (datahome: customer and contact editable_fields).
    "customer_field": (
        "CustomerFieldLabel",
        {
            "name": QT_TRANSLATE_NOOP("CustomerFieldLabel", "Registered name"),
            "short_name": QT_TRANSLATE_NOOP("CustomerFieldLabel", "Short name"),
            "uscc": QT_TRANSLATE_NOOP("CustomerFieldLabel", "Unified social credit code"),
            "industry": QT_TRANSLATE_NOOP("CustomerFieldLabel", "Industry"),
            "city": QT_TRANSLATE_NOOP("CustomerFieldLabel", "City"),
            "district": QT_TRANSLATE_NOOP("CustomerFieldLabel", "District"),
            "address": QT_TRANSLATE_NOOP("CustomerFieldLabel", "Address"),
            "parent_id": QT_TRANSLATE_NOOP("CustomerFieldLabel", "Group (parent customer)"),
            "manager_id": QT_TRANSLATE_NOOP("CustomerFieldLabel", "Account manager"),
            "team_id": QT_TRANSLATE_NOOP("CustomerFieldLabel", "Team"),
            "value_tier": QT_TRANSLATE_NOOP("CustomerFieldLabel", "Value tier"),
            "value_score": QT_TRANSLATE_NOOP("CustomerFieldLabel", "Value score"),
            "status": QT_TRANSLATE_NOOP("CustomerFieldLabel", "Status"),
            "created_on": QT_TRANSLATE_NOOP("CustomerFieldLabel", "Customer since"),
        },
    ),
    "contact_field": (
        "ContactFieldLabel",
        {
            "name": QT_TRANSLATE_NOOP("ContactFieldLabel", "Name"),
            "title": QT_TRANSLATE_NOOP("ContactFieldLabel", "Job title"),
            "mobile": QT_TRANSLATE_NOOP("ContactFieldLabel", "Mobile"),
            "landline": QT_TRANSLATE_NOOP("ContactFieldLabel", "Landline"),
            "resident_id": QT_TRANSLATE_NOOP("ContactFieldLabel", "Resident ID"),
            "email": QT_TRANSLATE_NOOP("ContactFieldLabel", "E-mail"),
            "is_key": QT_TRANSLATE_NOOP("ContactFieldLabel", "Key decision maker"),
            "notes": QT_TRANSLATE_NOOP("ContactFieldLabel", "Notes"),
        },
    ),
    # The fields of the records kept here (city data and change requests), for the sync panel.
    "record_field": (
        "RecordFieldLabel",
        {
            "customer_id": QT_TRANSLATE_NOOP("RecordFieldLabel", "Customer"),
            "owner_id": QT_TRANSLATE_NOOP("RecordFieldLabel", "Owner"),
            "opportunity_id": QT_TRANSLATE_NOOP("RecordFieldLabel", "Opportunity"),
            "contact_id": QT_TRANSLATE_NOOP("RecordFieldLabel", "Contact person"),
            "subscriber_id": QT_TRANSLATE_NOOP("RecordFieldLabel", "Line or circuit"),
            "reported_by": QT_TRANSLATE_NOOP("RecordFieldLabel", "Reported by"),
            "requested_by": QT_TRANSLATE_NOOP("RecordFieldLabel", "Requested by"),
            "approved_by": QT_TRANSLATE_NOOP("RecordFieldLabel", "Approved by"),
            "title": QT_TRANSLATE_NOOP("RecordFieldLabel", "Title"),
            "stage": QT_TRANSLATE_NOOP("RecordFieldLabel", "Stage"),
            "status": QT_TRANSLATE_NOOP("RecordFieldLabel", "Status"),
            "severity": QT_TRANSLATE_NOOP("RecordFieldLabel", "Severity"),
            "product_category": QT_TRANSLATE_NOOP("RecordFieldLabel", "Product"),
            "amount": QT_TRANSLATE_NOOP("RecordFieldLabel", "Annual amount"),
            "probability": QT_TRANSLATE_NOOP("RecordFieldLabel", "Win probability"),
            "expected_close": QT_TRANSLATE_NOOP("RecordFieldLabel", "Expected close"),
            "lost_reason": QT_TRANSLATE_NOOP("RecordFieldLabel", "Reason lost"),
            "notes": QT_TRANSLATE_NOOP("RecordFieldLabel", "Notes"),
            "created_at": QT_TRANSLATE_NOOP("RecordFieldLabel", "Created"),
            "term_months": QT_TRANSLATE_NOOP("RecordFieldLabel", "Term (months)"),
            "valid_until": QT_TRANSLATE_NOOP("RecordFieldLabel", "Valid until"),
            "approval_note": QT_TRANSLATE_NOOP("RecordFieldLabel", "Approval note"),
            "total": QT_TRANSLATE_NOOP("RecordFieldLabel", "Total"),
            "lines": QT_TRANSLATE_NOOP("RecordFieldLabel", "Quote lines"),
            "channel": QT_TRANSLATE_NOOP("RecordFieldLabel", "Channel"),
            "topic": QT_TRANSLATE_NOOP("RecordFieldLabel", "Topic"),
            "outcome": QT_TRANSLATE_NOOP("RecordFieldLabel", "Outcome"),
            "occurred_at": QT_TRANSLATE_NOOP("RecordFieldLabel", "When"),
            "description": QT_TRANSLATE_NOOP("RecordFieldLabel", "Description"),
            "opened_at": QT_TRANSLATE_NOOP("RecordFieldLabel", "Reported at"),
            "due_at": QT_TRANSLATE_NOOP("RecordFieldLabel", "Due"),
            "resolved_at": QT_TRANSLATE_NOOP("RecordFieldLabel", "Resolved at"),
            "resolution": QT_TRANSLATE_NOOP("RecordFieldLabel", "Resolution"),
            "history": QT_TRANSLATE_NOOP("RecordFieldLabel", "Status history"),
            "target_entity": QT_TRANSLATE_NOOP("RecordFieldLabel", "Record type"),
            "target_id": QT_TRANSLATE_NOOP("RecordFieldLabel", "Record"),
            "changes": QT_TRANSLATE_NOOP("RecordFieldLabel", "Proposed changes"),
            "reason": QT_TRANSLATE_NOOP("RecordFieldLabel", "Reason"),
            "requested_at": QT_TRANSLATE_NOOP("RecordFieldLabel", "Requested at"),
            "revision_of": QT_TRANSLATE_NOOP("RecordFieldLabel", "Revision of"),
            "approval_reason": QT_TRANSLATE_NOOP("RecordFieldLabel", "Reason for approval"),
            "product_id": QT_TRANSLATE_NOOP("RecordFieldLabel", "Product"),
            "campaign_id": QT_TRANSLATE_NOOP("RecordFieldLabel", "Campaign"),
            "campaign_task_id": QT_TRANSLATE_NOOP("RecordFieldLabel", "Campaign task"),
            "competitor_offer": QT_TRANSLATE_NOOP("RecordFieldLabel", "Competitor's offer"),
            "name": QT_TRANSLATE_NOOP("RecordFieldLabel", "Name"),
            "visibility": QT_TRANSLATE_NOOP("RecordFieldLabel", "Shared with"),
            "definition": QT_TRANSLATE_NOOP("RecordFieldLabel", "Conditions"),
            "segment_id": QT_TRANSLATE_NOOP("RecordFieldLabel", "Segment"),
            "target_definition": QT_TRANSLATE_NOOP("RecordFieldLabel", "Targets"),
            "starts_on": QT_TRANSLATE_NOOP("RecordFieldLabel", "Start date"),
            "ends_on": QT_TRANSLATE_NOOP("RecordFieldLabel", "End date"),
            "position": QT_TRANSLATE_NOOP("RecordFieldLabel", "Order"),
            "target_rule": QT_TRANSLATE_NOOP("RecordFieldLabel", "Targets of the round"),
            "after_round_id": QT_TRANSLATE_NOOP("RecordFieldLabel", "After round"),
            "script": QT_TRANSLATE_NOOP("RecordFieldLabel", "Script"),
            "round_id": QT_TRANSLATE_NOOP("RecordFieldLabel", "Round"),
            "assignee_id": QT_TRANSLATE_NOOP("RecordFieldLabel", "Assigned to"),
            "state": QT_TRANSLATE_NOOP("RecordFieldLabel", "State"),
            "suppression_reason": QT_TRANSLATE_NOOP("RecordFieldLabel", "Reason not contacted"),
            "suppression_note": QT_TRANSLATE_NOOP("RecordFieldLabel", "Details"),
            "outcome_at": QT_TRANSLATE_NOOP("RecordFieldLabel", "Outcome time"),
            "activity_id": QT_TRANSLATE_NOOP("RecordFieldLabel", "Activity"),
            "due_on": QT_TRANSLATE_NOOP("RecordFieldLabel", "Due date"),
            "kind": QT_TRANSLATE_NOOP("RecordFieldLabel", "Type"),
            "location": QT_TRANSLATE_NOOP("RecordFieldLabel", "Place"),
            "starts_at": QT_TRANSLATE_NOOP("RecordFieldLabel", "Starts"),
            "ends_at": QT_TRANSLATE_NOOP("RecordFieldLabel", "Ends"),
            "all_day": QT_TRANSLATE_NOOP("RecordFieldLabel", "All day"),
            "remind_at": QT_TRANSLATE_NOOP("RecordFieldLabel", "Reminder"),
            "priority": QT_TRANSLATE_NOOP("RecordFieldLabel", "Priority"),
            "done_at": QT_TRANSLATE_NOOP("RecordFieldLabel", "Done at"),
            "checked_in_at": QT_TRANSLATE_NOOP("RecordFieldLabel", "Checked in at"),
            "closed_by_activity_id": QT_TRANSLATE_NOOP("RecordFieldLabel", "Closed by activity"),
            "source_entity": QT_TRANSLATE_NOOP("RecordFieldLabel", "Comes from"),
            "source_id": QT_TRANSLATE_NOOP("RecordFieldLabel", "Source record"),
            "number": QT_TRANSLATE_NOOP("RecordFieldLabel", "Number"),
            "parent_contract_id": QT_TRANSLATE_NOOP("RecordFieldLabel", "Framework agreement"),
            "signed_on": QT_TRANSLATE_NOOP("RecordFieldLabel", "Signed on"),
            "renewal_on": QT_TRANSLATE_NOOP("RecordFieldLabel", "Renewal date"),
            "auto_renew": QT_TRANSLATE_NOOP("RecordFieldLabel", "Renews automatically"),
            "notice_days": QT_TRANSLATE_NOOP("RecordFieldLabel", "Notice period (days)"),
            "products": QT_TRANSLATE_NOOP("RecordFieldLabel", "Products"),
            "circuits": QT_TRANSLATE_NOOP("RecordFieldLabel", "Circuit service levels"),
            "contract_id": QT_TRANSLATE_NOOP("RecordFieldLabel", "Contract"),
            "file_name": QT_TRANSLATE_NOOP("RecordFieldLabel", "File name"),
            "mime_type": QT_TRANSLATE_NOOP("RecordFieldLabel", "File type"),
            "size": QT_TRANSLATE_NOOP("RecordFieldLabel", "Size"),
            "sha256": QT_TRANSLATE_NOOP("RecordFieldLabel", "Checksum"),
            "carrier": QT_TRANSLATE_NOOP("RecordFieldLabel", "Carrier"),
            "service": QT_TRANSLATE_NOOP("RecordFieldLabel", "Service"),
            "monthly_spend": QT_TRANSLATE_NOOP("RecordFieldLabel", "Monthly spend"),
            "contract_end": QT_TRANSLATE_NOOP("RecordFieldLabel", "Contract end"),
            "source": QT_TRANSLATE_NOOP("RecordFieldLabel", "Source"),
            "observed_on": QT_TRANSLATE_NOOP("RecordFieldLabel", "Learned on"),
            "role": QT_TRANSLATE_NOOP("RecordFieldLabel", "Role"),
            "reports_to_contact_id": QT_TRANSLATE_NOOP("RecordFieldLabel", "Reports to"),
            "attitude": QT_TRANSLATE_NOOP("RecordFieldLabel", "Attitude"),
            "influence": QT_TRANSLATE_NOOP("RecordFieldLabel", "Influence"),
            "birthday": QT_TRANSLATE_NOOP("RecordFieldLabel", "Birthday"),
            "action": QT_TRANSLATE_NOOP("RecordFieldLabel", "Action"),
            "report": QT_TRANSLATE_NOOP("RecordFieldLabel", "Report"),
            "scope": QT_TRANSLATE_NOOP("RecordFieldLabel", "Scope"),
            "row_count": QT_TRANSLATE_NOOP("RecordFieldLabel", "Rows"),
            "contains_personal_data": QT_TRANSLATE_NOOP(
                "RecordFieldLabel", "Contains personal data"
            ),
            "client": QT_TRANSLATE_NOOP("RecordFieldLabel", "Client"),
        },
    ),
}
_KINDS.update(CITY_KINDS)
# Short names the other pages may use as well.
_ALIASES = {"category": "product_category", "kind": "subscriber_kind", "tier": "value_tier"}

# Every enumeration of the domain, for the completeness test.
ENUMS: dict[str, type] = {
    "stage": Stage,
    "quote_status": QuoteStatus,
    "approval_level": ApprovalLevel,
    "vat_category": VatCategory,
    "charge_type": ChargeType,
    "severity": Severity,
    "ticket_status": TicketStatus,
    "value_tier": ValueTier,
    "role": vocab.Role,
    "industry": vocab.Industry,
    "customer_status": vocab.CustomerStatus,
    "change_request_status": vocab.ChangeRequestStatus,
    "product_category": vocab.ProductCategory,
    "pay_method": vocab.PayMethod,
    "account_status": vocab.AccountStatus,
    "subscriber_kind": vocab.SubscriberKind,
    "subscriber_status": vocab.SubscriberStatus,
    "bill_status": vocab.BillStatus,
    "channel": vocab.Channel,
    "outcome": vocab.Outcome,
    "system": System,
}
ENUMS.update(CITY_ENUMS)
ENTITY_CODES: tuple[str, ...] = tuple(HOMES)
VALUE_FACTORS: tuple[str, ...] = FACTORS


def _kind(kind: str) -> tuple[str, Mapping[str, str]]:
    try:
        return _KINDS[_ALIASES.get(kind, kind)]
    except KeyError:
        raise KeyError(f"no labels for the kind {kind!r}") from None


def label(kind: str, code: str | None) -> str:
    """The translated label of an enumeration code; an unknown code is shown as it is.

    ``kind`` is one of `kinds()` (``stage``, ``ticket_status``, ``channel``, ...). None gives "".
    """
    if code is None:
        return ""
    context, texts = _kind(kind)
    source = texts.get(str(code))
    if source is None:
        return str(code)  # a code newer than this client: show it rather than hide the record
    return QCoreApplication.translate(context, source)


def choices(kind: str) -> list[tuple[str, str]]:
    """``(code, label)`` pairs in the domain's order, for combo boxes and filters."""
    _context, texts = _kind(kind)
    return [(str(code), label(kind, str(code))) for code in texts]


def kinds() -> list[str]:
    return list(_KINDS)


def field_label(entity: str, field: str) -> str:
    """The label of a field: central ones (customer, contact) for forms and change requests,
    the others (opportunity, quote, ...) for the sync panel. An unknown field shows its name."""
    kind = f"{entity}_field"
    return label(kind if kind in _KINDS else "record_field", field)


# Which enumeration a record field holds, where the field name alone does not say it.
_FIELD_KINDS = {
    ("quote", "status"): "quote_status",
    ("fault_ticket", "status"): "ticket_status",
    ("change_request", "status"): "change_request_status",
    ("customer", "status"): "customer_status",
}
_MONEY_FIELDS = frozenset({"amount", "total", "monthly_fee", "floor_price", "paid_amount"})


def wire_value_text(entity: str, field: str, value: Any) -> str:
    """A wire value as the user reads it: an enumeration's label, money with its separator,
    an instant in local time; anything else as it is. None is "—"."""
    if value is None:
        return "—"
    kind = _FIELD_KINDS.get((entity, field), field)
    if isinstance(value, str) and kind in _KINDS:
        return label(kind, value)
    if field in _MONEY_FIELDS:
        try:
            return money_text(Decimal(str(value)))
        except (ArithmeticError, ValueError):
            return str(value)
    if isinstance(value, str) and len(value) == 20 and value.endswith("Z") and value[10] == "T":
        return local_time_text(dt.datetime.fromisoformat(value.replace("Z", "+00:00")))
    return str(value)


def money_text(amount: Decimal | None, *, symbol: bool = True) -> str:
    """Yuan with a thousands separator and two places: ``¥12,800.00`` (``-¥5.00``); None is ""."""
    if amount is None:
        return ""
    value = Decimal(amount).quantize(CENT)
    sign = "-" if value < 0 else ""
    return f"{sign}{'¥' if symbol else ''}{abs(value):,.2f}"


_WAN = Decimal(10_000)
_YI = Decimal(100_000_000)


def money_short(amount: Decimal | None) -> str:
    """A sum as summaries, cards and chart labels show it: from 10,000 yuan up in 万元 or 亿元
    with two places in Chinese (``128.50万元``, ``1.28亿元``), in K or M in English (``¥1.29M``);
    smaller sums as `money_text`. Pair it with `money_tip` for the exact figure; None is ""."""
    if amount is None:
        return ""
    value = Decimal(amount)
    size = abs(value)
    if size < _WAN:
        return money_text(value)
    sign = "-" if value < 0 else ""

    def scaled(unit: int | Decimal, places: Decimal = CENT) -> str:
        return f"{(size / unit).quantize(places, rounding=ROUND_HALF_UP):,}"

    if QLocale().language() == QLocale.Language.Chinese:
        return f"{sign}{scaled(_YI)}亿元" if size >= _YI else f"{sign}{scaled(_WAN)}万元"
    if size >= 1_000_000:
        return f"{sign}¥{scaled(1_000_000)}M"
    return f"{sign}¥{scaled(1_000, Decimal('0.1'))}K"


def money_tip(*amounts: Decimal | None) -> str:
    """The exact figures behind the short forms of a summary, for its tooltip (one a line)."""
    lines = [
        f"{money_short(a)} = {money_text(a)}"
        for a in amounts
        if a is not None and abs(Decimal(a)) >= _WAN
    ]
    return "\n".join(dict.fromkeys(lines))


def to_local(value: dt.datetime) -> dt.datetime:
    """An aware instant in the province's time (Asia/Shanghai); naive values are taken as UTC."""
    if value.tzinfo is None:
        value = value.replace(tzinfo=dt.UTC)
    return value.astimezone(LOCAL_ZONE)


def local_time_text(value: dt.datetime | None) -> str:
    """An instant as the user reads it: ``2026-11-27 12:05`` in Asia/Shanghai; None is ""."""
    if value is None:
        return ""
    return to_local(value).strftime("%Y-%m-%d %H:%M")


def date_text(value: dt.date | None) -> str:
    """A calendar date as ``2026-11-27`` (a datetime shows its Shanghai date); None is ""."""
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        value = to_local(value).date()
    return value.isoformat()


def month_text(value: dt.date | str) -> str:
    """A month as ``2026-10`` (from a date or the wire's ``YYYY-MM``)."""
    if isinstance(value, str):
        return value[:7]
    return f"{value.year:04d}-{value.month:02d}"


def month_short_text(period: str) -> str:
    """A ``YYYY-MM`` period as the short month name of the user's locale (``5月``, ``May``)."""
    month = int(period[5:7])
    return QLocale().standaloneMonthName(month, QLocale.FormatType.ShortFormat)


def percent_text(value: Decimal | int | float | None) -> str:
    """A percentage as ``75%`` or ``12.50%``; None is ""."""
    if value is None:
        return ""
    if isinstance(value, int):
        return f"{value}%"
    return f"{Decimal(str(value)).quantize(CENT)}%"
