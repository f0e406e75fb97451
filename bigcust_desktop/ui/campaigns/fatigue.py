"""The contact-fatigue warning (避免重复宣传) where a contact is logged or planned: the rule is
asked in the read lane on Save, and when it says no, a question names the earlier contact (when,
its channel, who made it) or the monthly cap, with 仍然保存 / 取消 (取消 the default). Never a
silent block.

Depends on `ui.qt`, `ui.labels`, `ui.errors`, the app context and `store.campaigns`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from bigcust_desktop.domain.drafts.todos import PLANNED_KINDS
from bigcust_desktop.domain.vocab_city import SuppressionReason
from bigcust_desktop.ui.context import AppContext
from bigcust_desktop.ui.errors import bug_reference, message_box
from bigcust_desktop.ui.labels import label, local_time_text
from bigcust_desktop.ui.qt import QCoreApplication, QMessageBox, QObject, QPushButton, QWidget

if TYPE_CHECKING:
    from bigcust_desktop.domain.analytics.fatigue import FatigueRules
    from bigcust_desktop.store.queries.campaigns import FatigueWarning


@dataclass(frozen=True)
class ContactCheck:
    """The contact about to be logged or planned."""

    customer_id: str
    topic: str
    at: dt.datetime
    product_id: str | None = None


def warning_text(warning: FatigueWarning, rules: FatigueRules) -> str:
    """The warning in the user's words: the earlier contact, or the cap with the latest one."""
    e = warning.earlier
    if warning.reason == SuppressionReason.FATIGUE_CAP:
        text = QCoreApplication.translate(
            "FatigueWarning",
            "This customer was contacted %1 times in the last %2 days; the limit is %3. "
            "The latest: %4, %5 by %6, about “%7”.",
        )
        values = (
            str(warning.contacts_in_window),
            str(rules.cap_window_days),
            str(rules.cap),
        )
    else:
        text = QCoreApplication.translate(
            "FatigueWarning",
            "This customer already heard about it: %4, %5 by %6, about “%7”. Another contact "
            "on the same subject within %2 days repeats it.",
        )
        values = ("", str(rules.topic_window_days), "")
    filled = (*values, local_time_text(e.at), label("channel", e.channel), e.owner_name, e.topic)
    for i in range(len(filled), 0, -1):
        text = text.replace(f"%{i}", filled[i - 1])
    return text


class FatigueCheck(QObject):
    """Asks the rule before a form's write; ``box`` is the open question (tests answer it)."""

    def __init__(self, form: QWidget, ctx: AppContext, save_button: QPushButton) -> None:
        super().__init__(form)
        self._form, self._ctx, self._button = form, ctx, save_button
        self.box: QMessageBox | None = None

    def run(self, contact: ContactCheck, go: Callable[[], None]) -> None:
        """Check ``contact`` in the read lane; ``go()`` saves when the rule allows it or the
        user says save anyway."""
        store = self._ctx.store
        self._button.setEnabled(False)

        def work() -> tuple[FatigueWarning | None, FatigueRules]:
            warning = store.campaigns.check_contact(
                contact.customer_id, contact.topic, at=contact.at, product_id=contact.product_id
            )
            return warning, store.campaigns.fatigue_rules()

        def checked(result: tuple[FatigueWarning | None, FatigueRules]) -> None:
            self._button.setEnabled(True)
            warning, rules = result
            if warning is None:
                go()
            else:
                self.ask(warning_text(warning, rules), go)

        def failed(exc: BaseException) -> None:
            # A check that could not run must not keep a contact from being recorded.
            self._button.setEnabled(True)
            bug_reference(exc, "checking contact fatigue")
            go()

        self._ctx.read(work, checked, failed, owner=self._form)

    def ask(self, text: str, go: Callable[[], None]) -> None:
        title = QCoreApplication.translate("FatigueWarning", "Contacted recently")
        box = message_box(self._form, title, text, QMessageBox.Icon.Warning)
        box.setObjectName("fatigueWarning")
        box.setInformativeText(QCoreApplication.translate("FatigueWarning", "Save anyway?"))
        save = box.addButton(
            QCoreApplication.translate("FatigueWarning", "&Save anyway"),
            QMessageBox.ButtonRole.AcceptRole,
        )
        save.setObjectName("saveAnywayButton")
        cancel = box.addButton(
            QCoreApplication.translate("FatigueWarning", "&Cancel"),
            QMessageBox.ButtonRole.RejectRole,
        )
        cancel.setObjectName("fatigueCancelButton")
        box.setDefaultButton(cancel)
        box.setEscapeButton(cancel)
        self.box = box

        def answered(_result: int) -> None:
            self.box = None
            if box.clickedButton() is save:
                go()

        box.finished.connect(answered)
        box.open()


def check_before_saving(
    form: QWidget, ctx: AppContext, save_button: QPushButton, contact: ContactCheck | None,
    go: Callable[[], None],
) -> FatigueCheck | None:  # fmt: skip
    """Run the check for ``contact`` (None: nothing to check, ``go()`` now); the check object,
    kept by the form, holds the open question."""
    if contact is None or not contact.topic.strip():
        go()
        return None
    check = form.findChild(FatigueCheck) or FatigueCheck(form, ctx, save_button)
    check.run(contact, go)
    return check


def planned_contact(
    kind: str | None, customer_id: str | None, title: str, at: dt.datetime
) -> ContactCheck | None:
    """A planned visit, call or meeting is a contact to check; other to-dos are not."""
    if kind not in PLANNED_KINDS or customer_id is None:
        return None
    return ContactCheck(customer_id, title, at)
