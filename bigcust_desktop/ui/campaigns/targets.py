"""A round's target list on screen: who may be contacted and who is suppressed by the contact-
fatigue rule with the reason (the earlier contact: when, channel, who, topic; or the monthly cap),
and whom each is assigned to (the customer's account manager unless changed).

Depends on `ui.qt`, `ui.labels`, the table models and the store's campaign results (plain data).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from bigcust_desktop.domain.vocab_city import RoundTarget
from bigcust_desktop.ui.labels import label, local_time_text
from bigcust_desktop.ui.qt import QCoreApplication
from bigcust_desktop.ui.widgets.table_model import Column

if TYPE_CHECKING:
    from bigcust_desktop.store.queries.book import Book
    from bigcust_desktop.store.services.campaigns import (
        Campaigns,
        FatigueWarning,
        RoundRow,
        TargetList,
    )

SUPPRESSED_COLOR = "#a15c00"


@dataclass
class TargetRow:
    customer_id: str
    name: str
    manager_id: str
    assignee_id: str
    warning: FatigueWarning | None


@dataclass(frozen=True)
class RoundTargets:
    """What a round's target list read brings: the list and the team's names."""

    round_id: str
    targets: TargetList
    names: Mapping[str, str]


def read_round_targets(
    campaigns: Campaigns, round_: RoundRow, book: Book, names: Mapping[str, str]
) -> RoundTargets:
    """The round's targets: the campaign's segment with the fatigue rule for a first round,
    the earlier round's outcome for a follow-up (`next_targets`). Runs in the read lane."""
    if round_.target_rule == RoundTarget.ALL or round_.after_round_id is None:
        found = campaigns.targets(round_.campaign_id, book)
    else:
        found = campaigns.next_targets(round_.after_round_id, RoundTarget(round_.target_rule))
    return RoundTargets(round_.id, found, names)


def target_rows(found: RoundTargets) -> list[TargetRow]:
    rows = [TargetRow(t.customer_id, t.name, t.manager_id, t.manager_id, None)
            for t in found.targets.targets]  # fmt: skip
    rows += [
        TargetRow(t.customer_id, t.name, t.manager_id, t.manager_id, w)
        for t, w in found.targets.suppressed
    ]
    return rows


def reason_text(warning: FatigueWarning | None) -> str:
    """Why a customer is left out: the earlier contact in words (or the cap with the latest)."""
    if warning is None:
        return ""
    e = warning.earlier
    earlier = (
        QCoreApplication.translate("CampaignTargets", "%1, %2 by %3: “%4”")
        .replace("%1", local_time_text(e.at))
        .replace("%2", label("channel", e.channel))
        .replace("%3", e.owner_name)
        .replace("%4", e.topic)
    )
    reason = label("suppression_reason", warning.reason.value)
    if warning.contacts_in_window and warning.reason.value == "fatigue_cap":
        count = QCoreApplication.translate("CampaignTargets", "%1 contacts").replace(
            "%1", str(warning.contacts_in_window)
        )
        return f"{reason}（{count}）— {earlier}"
    return f"{reason} — {earlier}"


def target_columns(names: Mapping[str, str]) -> list[Column]:
    def state(row: TargetRow) -> str:
        if row.warning:
            return QCoreApplication.translate("CampaignTargets", "Suppressed")
        return QCoreApplication.translate("CampaignTargets", "To contact")

    def color(row: TargetRow) -> str | None:
        return SUPPRESSED_COLOR if row.warning else None

    return [
        Column(QCoreApplication.translate("CampaignTargets", "Customer"), lambda r: r.name),
        Column(QCoreApplication.translate("CampaignTargets", "State"), state, color=color),
        Column(
            QCoreApplication.translate("CampaignTargets", "Assigned to"),
            lambda r: names.get(r.assignee_id, r.assignee_id),
        ),
        Column(
            QCoreApplication.translate("CampaignTargets", "Why left out"),
            lambda r: reason_text(r.warning),
            color=color,
            tooltip=lambda r: reason_text(r.warning),
        ),
    ]
