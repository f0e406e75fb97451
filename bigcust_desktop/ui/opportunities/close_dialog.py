"""The confirmation of a move to a closing stage (赢单/输单): the deal and its amount shown, the
signing date or the reason asked for, nothing stored until the user confirms.

Depends on `ui.qt`, `ui.widgets`, `ui.labels` and the domain's stage rules.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from bigcust_desktop.domain.drafts.form_input import local_today
from bigcust_desktop.domain.errors import ValidationError
from bigcust_desktop.domain.stages import Stage, check_lost_reason, check_signed_on
from bigcust_desktop.ui.labels import money_text
from bigcust_desktop.ui.qt import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)
from bigcust_desktop.ui.widgets.form_errors import FormErrors
from bigcust_desktop.ui.widgets.inputs import DateEdit


class CloseDealDialog(QDialog):
    """Asks what a closing move needs: for 赢单 the signing date, for 输单 the reason."""

    def __init__(
        self, title: str, customer: str, amount: Decimal, to: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("closeDealDialog")
        self.to = to
        won = to == Stage.WON
        self.setWindowTitle(self.tr("Mark as won") if won else self.tr("Mark as lost"))
        self.errors = FormErrors(self)
        intro = QLabel(self)
        intro.setObjectName("closeDealIntro")
        intro.setWordWrap(True)
        intro.setText(
            (
                self.tr("“%1” for %2 will be booked as won: %3 counts as won revenue.")
                if won
                else self.tr("“%1” for %2 will be closed as lost: %3 leaves the pipeline.")
            )
            .replace("%1", title)
            .replace("%2", customer)
            .replace("%3", money_text(amount))
        )
        self.amount_label = QLabel(money_text(amount), self)
        self.amount_label.setObjectName("closeDealAmount")
        form = QFormLayout()
        form.addRow(self.tr("Amount per year"), self.amount_label)
        self.signed_edit = DateEdit("signed_on", self)
        self.signed_edit.set_value(local_today(dt.datetime.now(dt.UTC)))
        self.reason_edit = QLineEdit(self)
        self.reason_edit.setObjectName("lostReasonEdit")
        self.reason_edit.setMaxLength(500)
        self.reason_edit.setPlaceholderText(self.tr("Why did the customer decide against us?"))
        if won:
            self.errors.add_row(form, self.tr("&Signing date"), "signed_on", self.signed_edit)
            self.reason_edit.hide()
        else:
            self.errors.add_row(form, self.tr("&Reason lost"), "lost_reason", self.reason_edit)
            self.signed_edit.hide()
        note = QLabel(
            self.tr("You can undo this until the next sync sends it to the city CRM."), self
        )
        note.setWordWrap(True)
        note.setStyleSheet("color: #5a6778;")
        self.buttons = QDialogButtonBox(self)
        self.confirm_button = self.buttons.addButton(
            self.tr("&Mark as won") if won else self.tr("&Mark as lost"),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        self.confirm_button.setObjectName("confirmClose")
        cancel = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self._confirm)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.errors.general)
        layout.addWidget(note)
        layout.addWidget(self.buttons)
        (self.signed_edit if won else self.reason_edit).setFocus()

    def signed_on(self) -> dt.date | None:
        value = self.signed_edit.value()
        return value if isinstance(value, dt.date) else None

    def lost_reason(self) -> str:
        return self.reason_edit.text().strip()

    def _confirm(self) -> None:
        self.errors.clear()
        try:
            if self.to == Stage.WON:
                check_signed_on(self.signed_on(), local_today(dt.datetime.now(dt.UTC)))
            else:
                check_lost_reason(self.to, self.lost_reason())
        except ValidationError as exc:
            self.errors.show(exc)
            return
        self.accept()
