"""The regional manager's campaign forms: a new campaign (name, topic, product, the saved segment
whose customers it targets, dates) and a round (channel, dates, and whom it targets: every target,
or those of an earlier round by its outcome). Saved offline through `store.campaigns`.

Depends on `ui.qt`, `ui.widgets`, the app context and the domain's campaign drafts.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING

from bigcust_desktop.domain.drafts.campaigns import new_campaign, new_round
from bigcust_desktop.domain.drafts.form_input import local_today
from bigcust_desktop.domain.vocab_city import RoundChannel, RoundTarget
from bigcust_desktop.ui.context import AppContext
from bigcust_desktop.ui.labels import label
from bigcust_desktop.ui.qt import QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget
from bigcust_desktop.ui.widgets.inputs import CodeComboBox, DateEdit, RecordComboBox
from bigcust_desktop.ui.widgets.record_save import RecordDialog

if TYPE_CHECKING:
    from bigcust_desktop.store.services.campaigns import RoundRow

# The channels a manager's round uses; call-centre rounds are the call centre's own.
ROUND_CHANNELS = (RoundChannel.SMS, RoundChannel.PHONE, RoundChannel.VISIT, RoundChannel.EMAIL)


def _note(parent: QWidget, text: str) -> QLabel:
    note = QLabel(text, parent)
    note.setWordWrap(True)
    note.setStyleSheet("color: #7b8794;")
    return note


class CampaignDialog(RecordDialog):
    """新建营销活动."""

    ENTITIES = frozenset({"campaign"})

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("campaignDialog")
        self.setWindowTitle(self.tr("New campaign"))
        self.setMinimumWidth(480)
        user = ctx.user
        form = QFormLayout()
        self.name_edit = QLineEdit(self)
        self.name_edit.setObjectName("campaignNameEdit")
        self.name_edit.setMaxLength(100)
        self.name_edit.setPlaceholderText(self.tr("e.g. 2027 专线续约季"))
        self.topic_edit = QLineEdit(self)
        self.topic_edit.setObjectName("campaignTopicEdit")
        self.topic_edit.setMaxLength(200)
        self.topic_edit.setPlaceholderText(self.tr("What the customers hear about, e.g. 专线续约"))
        self.topic_edit.setToolTip(
            self.tr("Contacts on the same topic within the fatigue window are counted against "
                    "each other, whatever the channel.")
        )  # fmt: skip
        self.category = CodeComboBox(
            "product_category", "product_category", self, empty_text=self.tr("(any product)")
        )
        self.segment = RecordComboBox("segment_id", self)
        segments = (
            ctx.store.campaigns.segment_choices(user.id, user.team_id) if user is not None else []
        )  # a handful of rows by the owner index: quick on the GUI thread
        self.segment.set_items(segments)
        today = local_today(dt.datetime.now(dt.UTC))
        self.starts = DateEdit("starts_on", self)
        self.starts.set_value(today)
        self.ends = DateEdit("ends_on", self)
        self.ends.set_value(today + dt.timedelta(days=30))
        self.errors.add_row(form, self.tr("&Name"), "name", self.name_edit)
        self.errors.add_row(form, self.tr("&Topic"), "topic", self.topic_edit)
        self.errors.add_row(form, self.tr("&Product"), "product_category", self.category)
        self.errors.add_row(form, self.tr("Customer se&gment"), "segment_id", self.segment)
        self.errors.add_row(form, self.tr("&Starts"), "starts_on", self.starts)
        self.errors.add_row(form, self.tr("&Ends"), "ends_on", self.ends)
        self.errors.register("owner_id", None, self.errors.general)
        self.no_segment = _note(
            self,
            self.tr("No saved customer segment yet. A campaign targets the customers of a saved "
                    "segment: define and save one on the customer segments (客户分群) screen "
                    "first."),
        )  # fmt: skip
        self.no_segment.setObjectName("noSegmentNote")
        self.no_segment.setVisible(not segments)
        self.segment.setEnabled(bool(segments))
        buttons = self.add_save_buttons(self.tr("Sa&ve"), self.tr("Save (Ctrl+S)"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.no_segment)
        layout.addWidget(self.errors.general)
        layout.addWidget(
            _note(
                self, self.tr("Saved on this computer and sent to the city CRM at the next sync.")
            )
        )
        layout.addWidget(buttons)
        self.name_edit.setFocus()

    def prepare(self) -> Callable[[], str] | None:
        user = self.ctx.user
        if user is None or user.team_id is None:
            self.errors.show_message(self.tr("Sign in as the team's regional manager first."))
            return None
        fields = new_campaign(
            name=self.name_edit.text(),
            topic=self.topic_edit.text(),
            segment_id=self.segment.current_id(),
            owner_id=user.id,
            team_id=user.team_id,
            starts_on=self.starts.value(),
            ends_on=self.ends.value(),
            now=dt.datetime.now(dt.UTC),
            product_category=self.category.code(),
        )
        store = self.ctx.store
        return lambda: str(store.campaigns.create(fields)["id"])


class RoundDialog(RecordDialog):
    """添加轮次: a round of a campaign by one channel; a follow-up names the round it follows."""

    ENTITIES = frozenset({"campaign_round"})

    def __init__(
        self,
        ctx: AppContext,
        campaign: dict,
        rounds: list[RoundRow],
        parent: QWidget | None = None,
        *,
        follow: RoundRow | None = None,
    ) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("roundDialog")
        self.setWindowTitle(self.tr("Add a round"))
        self.setMinimumWidth(460)
        self.campaign = campaign
        self.position = max((r.position for r in rounds), default=0) + 1
        form = QFormLayout()
        self.channel = CodeComboBox("round_channel", "channel", self, codes=ROUND_CHANNELS)
        self.name_edit = QLineEdit(self)
        self.name_edit.setObjectName("roundNameEdit")
        self.name_edit.setMaxLength(100)
        self.rule = CodeComboBox("round_target", "target_rule", self)
        self.after = RecordComboBox("after_round_id", self)
        self.after.set_items(
            [
                (r.id, f"{r.position}. {r.name}（{label('round_channel', r.channel)}）")
                for r in rounds
            ]
        )
        today = local_today(dt.datetime.now(dt.UTC))
        self.starts = DateEdit("starts_on", self)
        self.starts.set_value(today)
        self.ends = DateEdit("ends_on", self)
        self.ends.set_value(today + dt.timedelta(days=7))
        self.errors.add_row(form, self.tr("C&hannel"), "channel", self.channel)
        self.errors.add_row(form, self.tr("&Name"), "name", self.name_edit)
        self.errors.add_row(form, self.tr("&Targets"), "target_rule", self.rule)
        self.errors.add_row(form, self.tr("&After round"), "after_round_id", self.after)
        self.errors.add_row(form, self.tr("&Starts"), "starts_on", self.starts)
        self.errors.add_row(form, self.tr("&Ends"), "ends_on", self.ends)
        buttons = self.add_save_buttons(self.tr("Sa&ve"), self.tr("Save (Ctrl+S)"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.errors.general)
        layout.addWidget(buttons)
        self.channel.currentIndexChanged.connect(lambda _i: self._suggest_name())
        self.rule.currentIndexChanged.connect(lambda _i: self._rule_changed())
        if follow is not None:
            self.rule.set_code(RoundTarget.NOT_REACHED)
            self.after.set_current_id(follow.id)
            self.channel.set_code(RoundChannel.PHONE)
        elif not rounds:
            self.channel.set_code(RoundChannel.SMS)
        self._suggest_name()
        self._rule_changed()
        self.channel.setFocus()

    def _suggest_name(self) -> None:
        channel = label("round_channel", self.channel.code())
        self.name_edit.setText(
            self.tr("Round %1: %2").replace("%1", str(self.position)).replace("%2", channel)
        )

    def _rule_changed(self) -> None:
        follows = self.rule.code() != RoundTarget.ALL
        self.after.setEnabled(follows and self.after.count() > 0)

    def prepare(self) -> Callable[[], str] | None:
        fields = new_round(
            campaign_id=self.campaign["id"],
            team_id=self.campaign["team_id"],
            position=self.position,
            name=self.name_edit.text(),
            channel=self.channel.code() or "",
            target_rule=self.rule.code() or RoundTarget.ALL.value,
            after_round_id=self.after.current_id(),
            starts_on=self.starts.value(),
            ends_on=self.ends.value(),
        )
        store = self.ctx.store
        return lambda: str(store.campaigns.add_round(fields)["id"])
