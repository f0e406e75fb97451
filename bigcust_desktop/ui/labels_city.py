"""Labels of the city records for planning and analysis (to-dos, contracts, competitors, the
decision chain, campaigns): one translation context per kind, merged into `ui.labels` by it.

Depends on `ui.qt` and the domain's city enumerations.
"""

from __future__ import annotations

from bigcust_desktop.domain import vocab_city as v
from bigcust_desktop.ui.qt import QT_TRANSLATE_NOOP

CITY_KINDS: dict[str, tuple[str, dict[str, str]]] = {
    "todo_kind": (
        "TodoKindLabel",
        {
            v.TodoKind.VISIT: QT_TRANSLATE_NOOP("TodoKindLabel", "Visit"),
            v.TodoKind.CALL: QT_TRANSLATE_NOOP("TodoKindLabel", "Call"),
            v.TodoKind.MEETING: QT_TRANSLATE_NOOP("TodoKindLabel", "Meeting"),
            v.TodoKind.TASK: QT_TRANSLATE_NOOP("TodoKindLabel", "Task"),
            v.TodoKind.CARE: QT_TRANSLATE_NOOP("TodoKindLabel", "Care date"),
            v.TodoKind.RENEWAL: QT_TRANSLATE_NOOP("TodoKindLabel", "Renewal"),
        },
    ),
    "todo_status": (
        "TodoStatusLabel",
        {
            v.TodoStatus.OPEN: QT_TRANSLATE_NOOP("TodoStatusLabel", "Open"),
            v.TodoStatus.DONE: QT_TRANSLATE_NOOP("TodoStatusLabel", "Done"),
            v.TodoStatus.CANCELLED: QT_TRANSLATE_NOOP("TodoStatusLabel", "Cancelled"),
        },
    ),
    "priority": (
        "PriorityLabel",
        {
            v.Priority.LOW: QT_TRANSLATE_NOOP("PriorityLabel", "Low"),
            v.Priority.NORMAL: QT_TRANSLATE_NOOP("PriorityLabel", "Normal"),
            v.Priority.HIGH: QT_TRANSLATE_NOOP("PriorityLabel", "High"),
        },
    ),
    "todo_source": (
        "TodoSourceLabel",
        {
            v.TodoSource.FAULT_TICKET: QT_TRANSLATE_NOOP("TodoSourceLabel", "Fault ticket"),
            v.TodoSource.CONTRACT: QT_TRANSLATE_NOOP("TodoSourceLabel", "Contract"),
            v.TodoSource.SIGNAL: QT_TRANSLATE_NOOP("TodoSourceLabel", "At-risk signal"),
            v.TodoSource.CAMPAIGN_TASK: QT_TRANSLATE_NOOP("TodoSourceLabel", "Campaign task"),
            v.TodoSource.CONTACT: QT_TRANSLATE_NOOP("TodoSourceLabel", "Key contact"),
            v.TodoSource.OPPORTUNITY: QT_TRANSLATE_NOOP("TodoSourceLabel", "Opportunity"),
            v.TodoSource.QUOTE: QT_TRANSLATE_NOOP("TodoSourceLabel", "Quote"),
            v.TodoSource.ACTIVITY: QT_TRANSLATE_NOOP("TodoSourceLabel", "Activity"),
            v.TodoSource.HOLIDAY: QT_TRANSLATE_NOOP("TodoSourceLabel", "Holiday"),
        },
    ),
    "contract_kind": (
        "ContractKindLabel",
        {
            v.ContractKind.FRAMEWORK: QT_TRANSLATE_NOOP("ContractKindLabel", "Framework agreement"),
            v.ContractKind.SERVICE: QT_TRANSLATE_NOOP("ContractKindLabel", "Service contract"),
            v.ContractKind.SUPPLEMENT: QT_TRANSLATE_NOOP("ContractKindLabel", "Supplement"),
            v.ContractKind.SLA: QT_TRANSLATE_NOOP("ContractKindLabel", "Service level agreement"),
        },
    ),
    "contract_status": (
        "ContractStatusLabel",
        {
            v.ContractStatus.DRAFT: QT_TRANSLATE_NOOP("ContractStatusLabel", "Draft"),
            v.ContractStatus.ACTIVE: QT_TRANSLATE_NOOP("ContractStatusLabel", "Active"),
            v.ContractStatus.EXPIRED: QT_TRANSLATE_NOOP("ContractStatusLabel", "Expired"),
            v.ContractStatus.TERMINATED: QT_TRANSLATE_NOOP("ContractStatusLabel", "Terminated"),
            v.ContractStatus.RENEWED: QT_TRANSLATE_NOOP("ContractStatusLabel", "Renewed"),
        },
    ),
    "sla_level": (
        "SlaLevelLabel",
        {
            v.SlaLevel.GOLD: QT_TRANSLATE_NOOP("SlaLevelLabel", "Gold"),
            v.SlaLevel.SILVER: QT_TRANSLATE_NOOP("SlaLevelLabel", "Silver"),
            v.SlaLevel.BRONZE: QT_TRANSLATE_NOOP("SlaLevelLabel", "Bronze"),
            v.SlaLevel.STANDARD: QT_TRANSLATE_NOOP("SlaLevelLabel", "Standard"),
        },
    ),
    "content_state": (
        "ContentStateLabel",
        {
            v.ContentState.PENDING: QT_TRANSLATE_NOOP("ContentStateLabel", "Waiting for upload"),
            v.ContentState.AVAILABLE: QT_TRANSLATE_NOOP("ContentStateLabel", "Available"),
        },
    ),
    "carrier": (
        "CarrierLabel",
        {
            v.Carrier.CHINA_TELECOM: QT_TRANSLATE_NOOP("CarrierLabel", "China Telecom"),
            v.Carrier.CHINA_UNICOM: QT_TRANSLATE_NOOP("CarrierLabel", "China Unicom"),
            v.Carrier.CHINA_BROADNET: QT_TRANSLATE_NOOP("CarrierLabel", "China Broadnet"),
            v.Carrier.OTHER: QT_TRANSLATE_NOOP("CarrierLabel", "Other"),
        },
    ),
    "competitor_service": (
        "CompetitorServiceLabel",
        {
            v.CompetitorService.MOBILE: QT_TRANSLATE_NOOP("CompetitorServiceLabel", "Mobile"),
            v.CompetitorService.IOT: QT_TRANSLATE_NOOP("CompetitorServiceLabel", "IoT"),
            v.CompetitorService.BROADBAND: QT_TRANSLATE_NOOP("CompetitorServiceLabel", "Broadband"),
            v.CompetitorService.LEASED_LINE: QT_TRANSLATE_NOOP(
                "CompetitorServiceLabel", "Leased line"
            ),
            v.CompetitorService.FIXED_VOICE: QT_TRANSLATE_NOOP(
                "CompetitorServiceLabel", "Fixed voice"
            ),
            v.CompetitorService.IDC: QT_TRANSLATE_NOOP("CompetitorServiceLabel", "IDC"),
            v.CompetitorService.CLOUD: QT_TRANSLATE_NOOP("CompetitorServiceLabel", "Cloud"),
            v.CompetitorService.OTHER: QT_TRANSLATE_NOOP("CompetitorServiceLabel", "Other"),
        },
    ),
    "competitor_source": (
        "CompetitorSourceLabel",
        {
            v.CompetitorSource.CUSTOMER_SAID: QT_TRANSLATE_NOOP(
                "CompetitorSourceLabel", "Customer told us"
            ),
            v.CompetitorSource.SITE_VISIT: QT_TRANSLATE_NOOP(
                "CompetitorSourceLabel", "Seen on site"
            ),
            v.CompetitorSource.TENDER: QT_TRANSLATE_NOOP(
                "CompetitorSourceLabel", "Tender documents"
            ),
            v.CompetitorSource.BILL_SEEN: QT_TRANSLATE_NOOP(
                "CompetitorSourceLabel", "Bill or invoice seen"
            ),
            v.CompetitorSource.OTHER: QT_TRANSLATE_NOOP("CompetitorSourceLabel", "Other"),
        },
    ),
    "competitor_status": (
        "CompetitorStatusLabel",
        {
            v.CompetitorStatus.ACTIVE: QT_TRANSLATE_NOOP("CompetitorStatusLabel", "Active"),
            v.CompetitorStatus.WON_BACK: QT_TRANSLATE_NOOP("CompetitorStatusLabel", "Won back"),
            v.CompetitorStatus.ENDED: QT_TRANSLATE_NOOP("CompetitorStatusLabel", "Ended"),
        },
    ),
    "decision_role": (
        "DecisionRoleLabel",
        {
            v.DecisionRole.DECISION_MAKER: QT_TRANSLATE_NOOP("DecisionRoleLabel", "Decision maker"),
            v.DecisionRole.INFLUENCER: QT_TRANSLATE_NOOP("DecisionRoleLabel", "Influencer"),
            v.DecisionRole.USER: QT_TRANSLATE_NOOP("DecisionRoleLabel", "User"),
            v.DecisionRole.GATEKEEPER: QT_TRANSLATE_NOOP("DecisionRoleLabel", "Gatekeeper"),
        },
    ),
    "attitude": (
        "AttitudeLabel",
        {
            v.Attitude.SUPPORTIVE: QT_TRANSLATE_NOOP("AttitudeLabel", "Supportive"),
            v.Attitude.NEUTRAL: QT_TRANSLATE_NOOP("AttitudeLabel", "Neutral"),
            v.Attitude.OPPOSED: QT_TRANSLATE_NOOP("AttitudeLabel", "Opposed"),
            v.Attitude.UNKNOWN: QT_TRANSLATE_NOOP("AttitudeLabel", "Unknown"),
        },
    ),
    "influence": (
        "InfluenceLabel",
        {
            v.Influence.HIGH: QT_TRANSLATE_NOOP("InfluenceLabel", "High"),
            v.Influence.MEDIUM: QT_TRANSLATE_NOOP("InfluenceLabel", "Medium"),
            v.Influence.LOW: QT_TRANSLATE_NOOP("InfluenceLabel", "Low"),
        },
    ),
    "campaign_status": (
        "CampaignStatusLabel",
        {
            v.CampaignStatus.DRAFT: QT_TRANSLATE_NOOP("CampaignStatusLabel", "Draft"),
            v.CampaignStatus.ACTIVE: QT_TRANSLATE_NOOP("CampaignStatusLabel", "Active"),
            v.CampaignStatus.PAUSED: QT_TRANSLATE_NOOP("CampaignStatusLabel", "Paused"),
            v.CampaignStatus.COMPLETED: QT_TRANSLATE_NOOP("CampaignStatusLabel", "Completed"),
            v.CampaignStatus.CANCELLED: QT_TRANSLATE_NOOP("CampaignStatusLabel", "Cancelled"),
        },
    ),
    "round_channel": (
        "RoundChannelLabel",
        {
            v.RoundChannel.SMS: QT_TRANSLATE_NOOP("RoundChannelLabel", "SMS"),
            v.RoundChannel.PHONE: QT_TRANSLATE_NOOP("RoundChannelLabel", "Phone call"),
            v.RoundChannel.VISIT: QT_TRANSLATE_NOOP("RoundChannelLabel", "Visit"),
            v.RoundChannel.EMAIL: QT_TRANSLATE_NOOP("RoundChannelLabel", "E-mail"),
            v.RoundChannel.CALL_CENTRE: QT_TRANSLATE_NOOP("RoundChannelLabel", "Call-centre call"),
        },
    ),
    "round_target": (
        "RoundTargetLabel",
        {
            v.RoundTarget.ALL: QT_TRANSLATE_NOOP("RoundTargetLabel", "All targets"),
            v.RoundTarget.NOT_REACHED: QT_TRANSLATE_NOOP(
                "RoundTargetLabel", "Not reached in the earlier round"
            ),
            v.RoundTarget.INTERESTED: QT_TRANSLATE_NOOP(
                "RoundTargetLabel", "Interested in the earlier round"
            ),
            v.RoundTarget.NO_OUTCOME: QT_TRANSLATE_NOOP(
                "RoundTargetLabel", "No outcome in the earlier round"
            ),
        },
    ),
    "round_status": (
        "RoundStatusLabel",
        {
            v.RoundStatus.PLANNED: QT_TRANSLATE_NOOP("RoundStatusLabel", "Planned"),
            v.RoundStatus.RUNNING: QT_TRANSLATE_NOOP("RoundStatusLabel", "Running"),
            v.RoundStatus.DONE: QT_TRANSLATE_NOOP("RoundStatusLabel", "Done"),
            v.RoundStatus.CANCELLED: QT_TRANSLATE_NOOP("RoundStatusLabel", "Cancelled"),
        },
    ),
    "task_state": (
        "TaskStateLabel",
        {
            v.TaskState.OPEN: QT_TRANSLATE_NOOP("TaskStateLabel", "Open"),
            v.TaskState.DONE: QT_TRANSLATE_NOOP("TaskStateLabel", "Done"),
            v.TaskState.SUPPRESSED: QT_TRANSLATE_NOOP("TaskStateLabel", "Suppressed"),
            v.TaskState.CANCELLED: QT_TRANSLATE_NOOP("TaskStateLabel", "Cancelled"),
        },
    ),
    "task_outcome": (
        "TaskOutcomeLabel",
        {
            v.TaskOutcome.INTERESTED: QT_TRANSLATE_NOOP("TaskOutcomeLabel", "Interested"),
            v.TaskOutcome.DECLINED: QT_TRANSLATE_NOOP("TaskOutcomeLabel", "Declined"),
            v.TaskOutcome.NOT_REACHED: QT_TRANSLATE_NOOP("TaskOutcomeLabel", "Not reached"),
            v.TaskOutcome.OPPORTUNITY_OPENED: QT_TRANSLATE_NOOP(
                "TaskOutcomeLabel", "Opportunity opened"
            ),
        },
    ),
    "suppression_reason": (
        "SuppressionReasonLabel",
        {
            v.SuppressionReason.FATIGUE_TOPIC: QT_TRANSLATE_NOOP(
                "SuppressionReasonLabel", "Same topic contacted recently"
            ),
            v.SuppressionReason.FATIGUE_CAP: QT_TRANSLATE_NOOP(
                "SuppressionReasonLabel", "Monthly contact cap reached"
            ),
            v.SuppressionReason.OPTED_OUT: QT_TRANSLATE_NOOP(
                "SuppressionReasonLabel", "Customer opted out"
            ),
            v.SuppressionReason.OPEN_COMPLAINT: QT_TRANSLATE_NOOP(
                "SuppressionReasonLabel", "Open complaint or fault"
            ),
            v.SuppressionReason.OTHER: QT_TRANSLATE_NOOP("SuppressionReasonLabel", "Other"),
        },
    ),
}

CITY_ENUMS: dict[str, type] = {
    "todo_kind": v.TodoKind,
    "todo_status": v.TodoStatus,
    "priority": v.Priority,
    "todo_source": v.TodoSource,
    "contract_kind": v.ContractKind,
    "contract_status": v.ContractStatus,
    "sla_level": v.SlaLevel,
    "content_state": v.ContentState,
    "carrier": v.Carrier,
    "competitor_service": v.CompetitorService,
    "competitor_source": v.CompetitorSource,
    "competitor_status": v.CompetitorStatus,
    "decision_role": v.DecisionRole,
    "attitude": v.Attitude,
    "influence": v.Influence,
    "campaign_status": v.CampaignStatus,
    "round_channel": v.RoundChannel,
    "round_target": v.RoundTarget,
    "round_status": v.RoundStatus,
    "task_state": v.TaskState,
    "task_outcome": v.TaskOutcome,
    "suppression_reason": v.SuppressionReason,
}
