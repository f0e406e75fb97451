"""Contact fatigue (避免重复宣传): who may be contacted about a topic, through any channel.

One rule set for target lists, planned contacts and logged contacts: no customer hears about the
same topic or product twice within ``topic_window_days``, whatever the channel (visit, call, SMS,
e-mail, the call centre's campaigns), nor is contacted more than ``cap`` times in
``cap_window_days``. The answer names the earlier contact. Depends on the standard library only.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from enum import StrEnum

_SPACE = re.compile(r"\s+")


@dataclass(frozen=True, slots=True)
class FatigueRules:
    """N (days between two contacts on one topic) and M (contacts in a rolling month)."""

    topic_window_days: int = 30
    cap: int = 4
    cap_window_days: int = 30


DEFAULT_FATIGUE = FatigueRules()


@dataclass(frozen=True, slots=True)
class PastContact:
    """A contact already made or planned, from the one activity stream of every channel."""

    activity_id: str
    at: dt.datetime
    channel: str
    owner_id: str
    topic: str
    product_id: str | None = None  # the product it was about, where the source records one
    outcome: str | None = None  # "no_answer": the customer did not hear it


class Reason(StrEnum):
    SAME_TOPIC = "same_topic"
    MONTHLY_CAP = "monthly_cap"


@dataclass(frozen=True, slots=True)
class Verdict:
    """May the customer be contacted? If not, why, and which earlier contact stands in the way."""

    allowed: bool
    reason: Reason | None = None
    earlier: PastContact | None = None
    contacts_in_window: int = 0


def topic_key(topic: str) -> str:
    """Topics compare without case or blanks: 云服务推介 is 云服务 推介."""
    return _SPACE.sub("", topic).casefold()


def same_subject(past: PastContact, topic: str, product_id: str | None) -> bool:
    if product_id is not None and past.product_id is not None:
        return past.product_id == product_id
    return topic_key(past.topic) == topic_key(topic)


def may_contact(
    history: Sequence[PastContact],
    topic: str,
    at: dt.datetime,
    product_id: str | None = None,
    rules: FatigueRules = DEFAULT_FATIGUE,
) -> Verdict:
    """Whether a contact about ``topic`` (or ``product_id``) at ``at`` respects the rules.

    A contact on the same subject less than ``topic_window_days`` before or after ``at`` blocks
    it (a contact exactly that many days away does not); an unanswered call does not count, the
    customer heard nothing. ``cap`` contacts of any subject within ``cap_window_days`` up to
    ``at`` block it too. The nearest contact in the way is named.
    """
    window = dt.timedelta(days=rules.topic_window_days)
    blocking = [
        c
        for c in history
        if c.outcome != "no_answer"
        and abs(c.at - at) < window
        and same_subject(c, topic, product_id)
    ]
    cap_since = at - dt.timedelta(days=rules.cap_window_days)
    recent = [c for c in history if cap_since < c.at <= at]
    if blocking:
        nearest = min(blocking, key=lambda c: (abs(c.at - at), c.activity_id))
        return Verdict(False, Reason.SAME_TOPIC, nearest, len(recent))
    if len(recent) >= rules.cap:
        latest = max(recent, key=lambda c: (c.at, c.activity_id))
        return Verdict(False, Reason.MONTHLY_CAP, latest, len(recent))
    return Verdict(True, None, None, len(recent))


def screen(
    targets: Iterable[tuple[str, Sequence[PastContact]]],
    topic: str,
    at: dt.datetime,
    product_id: str | None = None,
    rules: FatigueRules = DEFAULT_FATIGUE,
) -> Iterator[tuple[str, Verdict]]:
    """The verdict for each (customer id, contact history) of a target list, in its order."""
    for customer_id, history in targets:
        yield customer_id, may_contact(history, topic, at, product_id, rules)
