"""Contact fatigue: one rule across channels, the window edge, the monthly cap, the call centre."""

from __future__ import annotations

import datetime as dt

from bigcust_desktop.domain.analytics.fatigue import (
    FatigueRules,
    PastContact,
    Reason,
    may_contact,
    screen,
)

AT = dt.datetime(2026, 11, 27, 2, 0, tzinfo=dt.UTC)
RULES = FatigueRules(topic_window_days=30, cap=3, cap_window_days=30)


def past(n: int, days_ago: float, topic: str, channel: str = "phone", **kw) -> PastContact:
    at = AT - dt.timedelta(days=days_ago)
    return PastContact(f"ACT-{n}", at, channel, kw.pop("owner", "U-0001"), topic, **kw)


def test_same_topic_through_another_channel_blocks_and_names_it():
    history = [past(1, 10, "云服务推介", channel="sms", owner="U-0002")]
    verdict = may_contact(history, "云服务 推介", AT, rules=RULES)
    assert not verdict.allowed and verdict.reason is Reason.SAME_TOPIC
    assert verdict.earlier == history[0]
    assert (verdict.earlier.channel, verdict.earlier.owner_id) == ("sms", "U-0002")


def test_a_different_topic_is_allowed():
    history = [past(1, 10, "云服务推介")]
    assert may_contact(history, "专线扩容需求沟通", AT, rules=RULES).allowed


def test_the_window_edge():
    assert may_contact([past(1, 30, "续约洽谈")], "续约洽谈", AT, rules=RULES).allowed
    assert not may_contact([past(1, 29.99, "续约洽谈")], "续约洽谈", AT, rules=RULES).allowed
    planned = past(2, -5, "续约洽谈", channel="visit")  # already planned five days later
    assert not may_contact([planned], "续约洽谈", AT, rules=RULES).allowed


def test_the_same_product_blocks_whatever_the_topic_says():
    history = [past(1, 3, "5G专网方案交流", product_id="P-5GPN")]
    verdict = may_contact(history, "行业专网推介", AT, product_id="P-5GPN", rules=RULES)
    assert not verdict.allowed
    assert may_contact(history, "5G专网方案交流", AT, product_id="P-CLD-GPU", rules=RULES).allowed


def test_the_monthly_cap_counts_every_topic_and_channel():
    history = [
        past(1, 2, "账单核对"),
        past(2, 9, "节日走访", "visit"),
        past(3, 20, "满意度回访", "email"),
    ]
    verdict = may_contact(history, "新业务推介", AT, rules=RULES)
    assert not verdict.allowed and verdict.reason is Reason.MONTHLY_CAP
    assert verdict.earlier == history[0] and verdict.contacts_in_window == 3
    older = [*history[:2], past(3, 31, "满意度回访", "email")]
    assert may_contact(older, "新业务推介", AT, rules=RULES).allowed


def test_the_call_centres_campaign_contacts_count():
    campaign = past(1, 4, "云服务推介", channel="campaign", owner="CC-95")
    verdict = may_contact([campaign], "云服务推介", AT, rules=RULES)
    assert not verdict.allowed and verdict.earlier.owner_id == "CC-95"


def test_an_unanswered_call_did_not_tell_the_customer():
    history = [past(1, 4, "云服务推介", channel="campaign", outcome="no_answer")]
    assert may_contact(history, "云服务推介", AT, rules=RULES).allowed


def test_screen_a_target_list():
    targets = [("C1", [past(1, 5, "云服务推介")]), ("C2", []), ("C3", [past(2, 40, "云服务推介")])]
    verdicts = dict(screen(targets, "云服务推介", AT, rules=RULES))
    assert [c for c, v in verdicts.items() if not v.allowed] == ["C1"]
