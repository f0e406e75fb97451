"""The data-home table (DESIGN §2): which system owns each entity and what the laptop may write.

The sync engine, the UI and the reports read ownership from here and nowhere else.
Depends on the standard library only.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from bigcust_desktop.domain.errors import ValidationError, ValidationErrors


class System(StrEnum):
    CRM = "crm"  # provincial CRM: customer master data (省级CRM)
    BOSS = "boss"  # provincial billing and operations support (BOSS)
    CITY = "city"  # the city CRM: the city's own business (市级CRM)


class Scope(StrEnum):
    PROVINCE = "province"
    CITY = "city"


@dataclass(frozen=True, slots=True)
class EntityHome:
    """Where one entity lives and what may be written to it from the laptop.

    ``editable_fields``: for a city entity, the fields a push may carry (creates and updates);
    for customer and contact, the fields a change request may propose; for change_request, the
    fields of a new request (``create_only``: once sent it is the province's to decide).
    """

    entity: str
    system: System
    scope: Scope
    editable_here: bool
    via_change_request: bool
    label_zh: str
    label_en: str
    editable_fields: tuple[str, ...] = ()
    create_only: bool = False
    # Personal data of a person (PIPL): shown to the owning manager only, exported only after
    # the user confirms (issue 17).
    personal_data: bool = False


def _central(entity: str, system: System, zh: str, en: str) -> EntityHome:
    return EntityHome(entity, system, Scope.PROVINCE, False, False, zh, en)


def _city(
    entity: str,
    zh: str,
    en: str,
    fields: tuple[str, ...],
    *,
    create_only: bool = False,
    personal_data: bool = False,
) -> EntityHome:
    return EntityHome(
        entity, System.CITY, Scope.CITY, True, False, zh, en, fields, create_only, personal_data
    )


# Listed system by system, parents before children: the order in which rows can be inserted.
_TABLE: tuple[EntityHome, ...] = (
    _central("team", System.CRM, "团队", "Team"),
    _central("user", System.CRM, "员工", "Staff member"),
    EntityHome(
        "customer",
        System.CRM,
        Scope.PROVINCE,
        editable_here=False,
        via_change_request=True,
        label_zh="集团客户",
        label_en="Customer",
        # Assignment (manager, team), status and the centrally computed value figures are not
        # a manager's to correct; the facts about the enterprise are.
        editable_fields=(
            "name",
            "short_name",
            "uscc",
            "industry",
            "city",
            "district",
            "address",
            "parent_id",
        ),
    ),
    EntityHome(
        "contact",
        System.CRM,
        Scope.PROVINCE,
        editable_here=False,
        via_change_request=True,
        label_zh="关键人",
        label_en="Key contact",
        editable_fields=(
            "name",
            "title",
            "mobile",
            "landline",
            "resident_id",
            "email",
            "is_key",
            "notes",
        ),
        personal_data=True,
    ),
    EntityHome(
        "change_request",
        System.CRM,
        Scope.PROVINCE,
        editable_here=True,
        via_change_request=False,
        label_zh="客户资料变更申请",
        label_en="Change request",
        editable_fields=(
            "customer_id",
            "target_entity",
            "target_id",
            "changes",
            "reason",
            "requested_by",
            "requested_at",
        ),
        create_only=True,
    ),
    _central("product", System.BOSS, "资费", "Product"),
    _central("billing_account", System.BOSS, "账户", "Billing account"),
    _central("subscriber", System.BOSS, "用户", "Subscriber"),
    _central("service", System.BOSS, "服务", "Service"),
    _central("bill", System.BOSS, "月账单", "Bill"),
    _central("payment", System.BOSS, "缴费", "Payment"),
    _city(
        "opportunity",
        "商机",
        "Opportunity",
        (
            "customer_id",
            "owner_id",
            "title",
            "stage",
            "product_category",
            "amount",
            "probability",
            "expected_close",
            "lost_reason",
            "notes",
            "created_at",
        ),
    ),
    _city(
        "quote",
        "报价单",
        "Quote",
        (
            "customer_id",
            "opportunity_id",
            "owner_id",
            "title",
            "status",
            "term_months",
            "valid_until",
            "notes",
            "approved_by",
            "approval_note",
            "total",
            "created_at",
            "lines",
            "revision_of",
            "approval_reason",
        ),
    ),
    _city(
        "activity",
        "客户接触记录",
        "Activity",
        (
            "customer_id",
            "opportunity_id",
            "contact_id",
            "owner_id",
            "channel",
            "topic",
            "outcome",
            "occurred_at",
            "notes",
            "product_id",
            "campaign_id",
            "campaign_task_id",
            "competitor_offer",
        ),
    ),
    _city(
        "fault_ticket",
        "报障工单",
        "Fault ticket",
        # resolved_at and resolution are written by the network operations centre only.
        (
            "customer_id",
            "subscriber_id",
            "reported_by",
            "severity",
            "title",
            "description",
            "status",
            "opened_at",
            "due_at",
            "history",
        ),
    ),
    # Records for analysis and planning (DESIGN §10). Server-set fields (owners, creation
    # times, team, content state) are not listed: a push cannot write them.
    _city(
        "segment",
        "客户群",
        "Segment",
        ("name", "description", "visibility", "definition"),
    ),
    _city(
        "campaign",
        "营销活动",
        "Campaign",
        (
            "name",
            "topic",
            "product_id",
            "product_category",
            "description",
            "status",
            "starts_on",
            "ends_on",
            "segment_id",
            "target_definition",
        ),
    ),
    _city(
        "campaign_round",
        "营销轮次",
        "Campaign round",
        (
            "campaign_id",
            "position",
            "name",
            "channel",
            "target_rule",
            "after_round_id",
            "starts_on",
            "ends_on",
            "script",
            "status",
        ),
    ),
    _city(
        "campaign_task",
        "营销任务",
        "Campaign task",
        (
            "campaign_id",
            "round_id",
            "customer_id",
            "contact_id",
            "assignee_id",
            "state",
            "suppression_reason",
            "suppression_note",
            "outcome",
            "outcome_at",
            "opportunity_id",
            "activity_id",
            "due_on",
            "notes",
        ),
    ),
    _city(
        "todo",
        "待办",
        "To-do",
        (
            "customer_id",
            "owner_id",
            "kind",
            "title",
            "notes",
            "contact_id",
            "location",
            "starts_at",
            "ends_at",
            "due_at",
            "all_day",
            "remind_at",
            "priority",
            "status",
            "done_at",
            "checked_in_at",
            "closed_by_activity_id",
            "source_entity",
            "source_id",
        ),
    ),
    _city(
        "contract",
        "合同",
        "Contract",
        (
            "customer_id",
            "number",
            "title",
            "kind",
            "parent_contract_id",
            "status",
            "signed_on",
            "starts_on",
            "ends_on",
            "renewal_on",
            "auto_renew",
            "notice_days",
            "amount",
            "products",
            "circuits",
            "notes",
        ),
    ),
    _city(
        "contract_attachment",
        "合同附件",
        "Contract attachment",
        ("contract_id", "customer_id", "file_name", "mime_type", "size", "sha256", "description"),
    ),
    _city(
        "competitor_line",
        "异网业务",
        "Competitor line",
        (
            "customer_id",
            "carrier",
            "service",
            "lines",
            "monthly_spend",
            "contract_end",
            "source",
            "status",
            "observed_on",
            "notes",
        ),
    ),
    _city(
        "contact_role",
        "决策链角色",
        "Decision-chain role",
        (
            "customer_id",
            "contact_id",
            "role",
            "reports_to_contact_id",
            "attitude",
            "influence",
            "birthday",
            "notes",
        ),
        personal_data=True,
    ),
    _city(
        "audit_event",
        "审计事件",
        "Audit event",
        (
            "action",
            "report",
            "scope",
            "row_count",
            "file_name",
            "contains_personal_data",
            "occurred_at",
            "client",
        ),
        create_only=True,
    ),
)

HOMES: dict[str, EntityHome] = {home.entity: home for home in _TABLE}

_OWNER_NAMES = {
    System.CRM: "the provincial CRM",
    System.BOSS: "BOSS, the provincial billing system",
    System.CITY: "the city CRM",
}


def home_of(entity: str) -> EntityHome:
    """The home of an entity; ``entity.unknown`` for a name not in the table."""
    try:
        return HOMES[entity]
    except (KeyError, TypeError):
        raise ValidationError(
            "entity", "entity.unknown", "Unknown kind of record.", {"entity": str(entity)[:40]}
        ) from None


def entities_of(system: str) -> list[str]:
    """The entities a system serves, parents before children."""
    return [home.entity for home in _TABLE if home.system == system]


def is_editable_here(entity: str) -> bool:
    """Whether records of this entity may be created or changed on the laptop."""
    return home_of(entity).editable_here


def can_write_field(entity: str, field: str) -> bool:
    """Whether a push (or, for central entities, a change request) may carry this field."""
    return field in home_of(entity).editable_fields


def check_writable(entity: str, fields: Iterable[str]) -> None:
    """Raise `ValidationErrors` (``field.read_only``) naming every field a push may not write."""
    home = home_of(entity)
    bad = [
        ValidationError(
            name, "field.read_only", f"{home.label_en}: {name} cannot be written from here."
        )
        for name in fields
        if not home.editable_here or name not in home.editable_fields
    ]
    if bad:
        raise ValidationErrors(bad)


def why_read_only(entity: str) -> str:
    """An English sentence explaining why records of this entity cannot be edited here.

    Empty for city entities, which are edited here freely.
    """
    home = home_of(entity)
    owner = _OWNER_NAMES[home.system]
    if home.via_change_request:
        return (
            f"{home.label_en} master data belongs to {owner}; "
            "propose a correction with a change request."
        )
    if home.create_only:
        return f"A submitted {home.label_en.lower()} is decided by {owner} and cannot be edited."
    if not home.editable_here:
        return f"{home.label_en} data belongs to {owner} and is read-only on this computer."
    return ""
