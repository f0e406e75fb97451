"""Enumerations of the city records kept for analysis and planning (DESIGN §10), with labels.

Each member carries its Chinese (``zh``) and English (``en``) label for the docs, reports and
the screens that will use them (the UI still shows them through Qt's translator). Codes are
lower-case ASCII on the wire. Depends on the standard library only.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Any


class Labelled(StrEnum):
    """A wire code with its Chinese and English label: ``Member = "code", "中文", "English"``."""

    zh: str
    en: str

    def __new__(cls, value: str, zh: str = "", en: str = "") -> Any:
        member = str.__new__(cls, value)
        member._value_ = value
        member.zh = zh
        member.en = en
        return member


class VatCategory(Labelled):
    """VAT category of a product and of a quote line (增值税税目); rates in `domain/pricing`."""

    BASIC_TELECOM = "basic_telecom", "基础电信服务（9%）", "Basic telecom service (9 %)"
    VALUE_ADDED_TELECOM = "value_added_telecom", "增值电信服务（6%）", "Value-added telecom (6 %)"
    GOODS = "goods", "货物销售（13%）", "Sale of goods (13 %)"


class ChargeType(Labelled):
    """Whether a product (and a quote line) is billed every month or once."""

    MONTHLY = "monthly", "月租", "Monthly"
    ONE_TIME = "one_time", "一次性", "One-time"


class ApprovalLevel(Labelled):
    """Who must approve a quote below the floor: the discount-authority ladder (区县 → 市 → 省)."""

    DISTRICT = "district", "区县公司", "District"
    CITY = "city", "市公司", "City"
    PROVINCE = "province", "省公司", "Province"


class Signal(Labelled):
    """At-risk signals (流失预警) a segment may filter on and a to-do may come from."""

    REVENUE_FALLING = "revenue_falling", "收入下滑", "Revenue falling"
    ARREARS_GROWING = "arrears_growing", "欠费增长", "Arrears growing"
    REPEATED_FAULTS = "repeated_faults", "故障频发", "Repeated faults"
    LINES_LOST = "lines_lost", "拆机或停机", "Lines cancelled or suspended"
    CONTRACT_ENDING = "contract_ending", "合同即将到期", "Contract ending"
    NOT_CONTACTED = "not_contacted", "长期未接触", "Not contacted for long"
    COMPETITOR_OFFER = "competitor_offer", "竞争对手报价", "Competitor offer"


class SegmentVisibility(Labelled):
    PRIVATE = "private", "仅自己", "Only me"
    TEAM = "team", "团队共享", "Shared with the team"


class CampaignStatus(Labelled):
    DRAFT = "draft", "草稿", "Draft"
    ACTIVE = "active", "进行中", "Active"
    PAUSED = "paused", "已暂停", "Paused"
    COMPLETED = "completed", "已完成", "Completed"
    CANCELLED = "cancelled", "已取消", "Cancelled"


class RoundChannel(Labelled):
    """How a campaign round reaches its targets; ``call_centre`` rounds are the call centre's."""

    SMS = "sms", "短信", "SMS"
    PHONE = "phone", "电话", "Phone call"
    VISIT = "visit", "上门拜访", "Visit"
    EMAIL = "email", "电子邮件", "E-mail"
    CALL_CENTRE = "call_centre", "呼叫中心外呼", "Call-centre call"


class RoundTarget(Labelled):
    """Whom a round targets, relative to an earlier round (``after_round_id``) where it says so."""

    ALL = "all", "全部目标客户", "All targets"
    NOT_REACHED = "not_reached", "前一轮未接通", "Not reached in the earlier round"
    INTERESTED = "interested", "前一轮有意向", "Interested in the earlier round"
    NO_OUTCOME = "no_outcome", "前一轮无结果", "No outcome in the earlier round"


class RoundStatus(Labelled):
    PLANNED = "planned", "计划中", "Planned"
    RUNNING = "running", "执行中", "Running"
    DONE = "done", "已结束", "Done"
    CANCELLED = "cancelled", "已取消", "Cancelled"


class TaskState(Labelled):
    """A campaign task's state; ``suppressed`` tasks carry the reason (contact fatigue...)."""

    OPEN = "open", "待执行", "Open"
    DONE = "done", "已完成", "Done"
    SUPPRESSED = "suppressed", "已免打扰", "Suppressed"
    CANCELLED = "cancelled", "已取消", "Cancelled"


class SuppressionReason(Labelled):
    FATIGUE_TOPIC = "fatigue_topic", "近期已就同一主题接触", "Same topic contacted recently"
    FATIGUE_CAP = "fatigue_cap", "本月接触次数已达上限", "Monthly contact cap reached"
    OPTED_OUT = "opted_out", "客户要求免打扰", "Customer opted out"
    OPEN_COMPLAINT = "open_complaint", "有未结投诉或故障", "Open complaint or fault"
    OTHER = "other", "其他", "Other"


class TaskOutcome(Labelled):
    """The documents' 接受程度: how a target answered."""

    INTERESTED = "interested", "有意向", "Interested"
    DECLINED = "declined", "拒绝", "Declined"
    NOT_REACHED = "not_reached", "未接通", "Not reached"
    OPPORTUNITY_OPENED = "opportunity_opened", "已转商机", "Opportunity opened"


class TodoKind(Labelled):
    VISIT = "visit", "拜访", "Visit"
    CALL = "call", "电话", "Call"
    MEETING = "meeting", "会议", "Meeting"
    TASK = "task", "事项", "Task"
    CARE = "care", "关怀", "Care date"
    RENEWAL = "renewal", "续约", "Renewal"


class TodoStatus(Labelled):
    OPEN = "open", "待办", "Open"
    DONE = "done", "已完成", "Done"
    CANCELLED = "cancelled", "已取消", "Cancelled"


class Priority(Labelled):
    LOW = "low", "低", "Low"
    NORMAL = "normal", "普通", "Normal"
    HIGH = "high", "高", "High"


class TodoSource(Labelled):
    """What a to-do came from (``source_entity``); ``signal`` names an at-risk signal code,
    ``holiday`` a holiday and its year (``mid_autumn-2026``, `domain.drafts.care_dates`)."""

    FAULT_TICKET = "fault_ticket", "报障工单", "Fault ticket"
    CONTRACT = "contract", "合同", "Contract"
    SIGNAL = "signal", "流失预警", "At-risk signal"
    CAMPAIGN_TASK = "campaign_task", "营销任务", "Campaign task"
    CONTACT = "contact", "关键人", "Key contact"
    OPPORTUNITY = "opportunity", "商机", "Opportunity"
    QUOTE = "quote", "报价单", "Quote"
    ACTIVITY = "activity", "接触记录", "Activity"
    HOLIDAY = "holiday", "节日", "Holiday"


class ContractKind(Labelled):
    FRAMEWORK = "framework", "框架协议", "Framework agreement"
    SERVICE = "service", "业务合同", "Service contract"
    SUPPLEMENT = "supplement", "补充协议", "Supplement"
    SLA = "sla", "服务等级协议", "Service level agreement"


class ContractStatus(Labelled):
    DRAFT = "draft", "草拟", "Draft"
    ACTIVE = "active", "履行中", "Active"
    EXPIRED = "expired", "已到期", "Expired"
    TERMINATED = "terminated", "已终止", "Terminated"
    RENEWED = "renewed", "已续签", "Renewed"


class SlaLevel(Labelled):
    """A circuit's contracted service level (服务等级)."""

    GOLD = "gold", "金牌", "Gold"
    SILVER = "silver", "银牌", "Silver"
    BRONZE = "bronze", "铜牌", "Bronze"
    STANDARD = "standard", "标准", "Standard"


class ContentState(Labelled):
    """Whether an attachment's file has reached the server whole (its sha256 checked)."""

    PENDING = "pending", "待上传", "Waiting for upload"
    AVAILABLE = "available", "已上传", "Available"


class Carrier(Labelled):
    """Another carrier (异网) a customer buys from."""

    CHINA_TELECOM = "china_telecom", "中国电信", "China Telecom"
    CHINA_UNICOM = "china_unicom", "中国联通", "China Unicom"
    CHINA_BROADNET = "china_broadnet", "中国广电", "China Broadnet"
    OTHER = "other", "其他", "Other"


class CompetitorService(Labelled):
    MOBILE = "mobile", "移动电话", "Mobile"
    IOT = "iot", "物联网", "IoT"
    BROADBAND = "broadband", "宽带", "Broadband"
    LEASED_LINE = "leased_line", "专线", "Leased line"
    FIXED_VOICE = "fixed_voice", "固话", "Fixed voice"
    IDC = "idc", "IDC", "IDC"
    CLOUD = "cloud", "云服务", "Cloud"
    OTHER = "other", "其他", "Other"


class CompetitorSource(Labelled):
    """How a competitor line became known."""

    CUSTOMER_SAID = "customer_said", "客户告知", "Customer told us"
    SITE_VISIT = "site_visit", "现场了解", "Seen on site"
    TENDER = "tender", "招标信息", "Tender documents"
    BILL_SEEN = "bill_seen", "账单或发票", "Bill or invoice seen"
    OTHER = "other", "其他", "Other"


class CompetitorStatus(Labelled):
    ACTIVE = "active", "在网", "Active"
    WON_BACK = "won_back", "已策反", "Won back"
    ENDED = "ended", "已终止", "Ended"


class DecisionRole(Labelled):
    """A key contact's role in the decision chain (决策链)."""

    DECISION_MAKER = "decision_maker", "决策者", "Decision maker"
    INFLUENCER = "influencer", "影响者", "Influencer"
    USER = "user", "使用者", "User"
    GATEKEEPER = "gatekeeper", "把关者", "Gatekeeper"


class Attitude(Labelled):
    SUPPORTIVE = "supportive", "支持", "Supportive"
    NEUTRAL = "neutral", "中立", "Neutral"
    OPPOSED = "opposed", "反对", "Opposed"
    UNKNOWN = "unknown", "未知", "Unknown"


class Influence(Labelled):
    HIGH = "high", "高", "High"
    MEDIUM = "medium", "中", "Medium"
    LOW = "low", "低", "Low"


class AuditAction(Labelled):
    """What a client reports to the audit trail (审计日志)."""

    EXPORT = "export", "导出报表", "Report export"
    CUSTOMER_COPY = "customer_copy", "导出客户报价单", "Customer's quote copy"
    CALENDAR_EXPORT = "calendar_export", "导出日程", "Calendar export"
    PERSONAL_DATA_EXPORT = "personal_data_export", "导出关键人资料", "Key-contact data export"


LABELLED: tuple[type[Labelled], ...] = (
    VatCategory,
    ChargeType,
    ApprovalLevel,
    Signal,
    SegmentVisibility,
    CampaignStatus,
    RoundChannel,
    RoundTarget,
    RoundStatus,
    TaskState,
    SuppressionReason,
    TaskOutcome,
    TodoKind,
    TodoStatus,
    Priority,
    TodoSource,
    ContractKind,
    ContractStatus,
    SlaLevel,
    ContentState,
    Carrier,
    CompetitorService,
    CompetitorSource,
    CompetitorStatus,
    DecisionRole,
    Attitude,
    Influence,
    AuditAction,
)
"""Every labelled enumeration, for the completeness test and the generated docs."""
