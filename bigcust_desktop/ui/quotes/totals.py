"""The quote editor's totals: list price, discount, monthly fees and one-time charges apart, VAT
(不含税, 税额, 含税, per rate), the quote total, the approval needed, and the quote's status.
Words only: the figures come from `domain.drafts.quotes`.

Depends on `ui.qt` and `ui.labels`.
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal

from bigcust_desktop.domain.drafts.quotes import QuotePricing
from bigcust_desktop.domain.pricing import ApprovalLevel, QuoteVat
from bigcust_desktop.ui.labels import label, money_text, percent_text
from bigcust_desktop.ui.qt import QHBoxLayout, QLabel, QVBoxLayout, QWidget

RED = "color: #c0392b;"
GREEN = "color: #27ae60;"


class TotalsPanel(QWidget):
    """Status on the left, the approval notice, list price and discount, the total in large."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("quoteTotals")
        self.status_label = QLabel(self)
        self.status_label.setObjectName("statusLabel")
        self.status_label.setWordWrap(True)
        self.approval_notice = QLabel(self)
        self.approval_notice.setObjectName("approvalNotice")
        self.approval_notice.setWordWrap(True)
        self.approval_level = QLabel(self)
        self.approval_level.setObjectName("approvalLevel")
        self.list_total = QLabel(self)
        self.list_total.setObjectName("listTotal")
        self.discount_total = QLabel(self)
        self.discount_total.setObjectName("discountTotal")
        self.charges = QLabel(self)
        self.charges.setObjectName("chargeTotals")
        self.vat_totals = QLabel(self)
        self.vat_totals.setObjectName("vatTotals")
        self.branch_totals = QLabel(self)
        self.branch_totals.setObjectName("branchTotals")
        self.branch_totals.setWordWrap(True)
        self.quote_total = QLabel(self)
        self.quote_total.setObjectName("quoteTotal")
        self.quote_total.setAccessibleName(self.tr("Quote total"))
        self.quote_total.setStyleSheet("font-size: 16pt; font-weight: bold;")
        figures = QVBoxLayout()
        figures.addWidget(self.list_total)
        figures.addWidget(self.discount_total)
        figures.addWidget(self.charges)
        figures.addWidget(self.vat_totals)
        figures.addWidget(self.branch_totals)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.status_label, 2)
        notice = QVBoxLayout()
        notice.addWidget(self.approval_notice)
        notice.addWidget(self.approval_level)
        layout.addLayout(notice, 3)
        layout.addLayout(figures)
        layout.addWidget(self.quote_total)

    def show_pricing(self, pricing: QuotePricing, *, lines: int, editable: bool) -> None:
        self.list_total.setText(
            self.tr("List price: %1").replace("%1", money_text(pricing.list_total))
        )
        self.discount_total.setText(
            self.tr("Discount: %1 (%2)")
            .replace("%1", money_text(pricing.list_total - pricing.total))
            .replace("%2", percent_text(pricing.discount_depth))
        )
        self.quote_total.setText(money_text(pricing.total))
        self.show_vat(pricing.vat)
        below = str(len(pricing.below_floor))
        if pricing.below_floor and not editable:
            text = self.tr("%1 line(s) below the floor price.").replace("%1", below)
        elif pricing.below_floor:
            text = self.tr(
                "%1 line(s) below the floor price: on submission the quote goes to the "
                "regional manager for approval."
            ).replace("%1", below)
        elif pricing.errors and lines and editable:
            # No claim about approval while a line cannot be priced.
            text = self.tr("Correct the lines named under the table to price the quote.")
        elif lines and editable:
            text = self.tr(
                "Every line is at or above its floor price: the quote is approved on submission."
            )
        else:
            text = ""
        self.approval_notice.setStyleSheet(RED if pricing.below_floor or pricing.errors else GREEN)
        self.approval_notice.setText(text)
        level = pricing.level if not pricing.errors else ApprovalLevel.NONE
        self.approval_level.setVisible(level is not ApprovalLevel.NONE)
        self.approval_level.setText(
            self.tr("Approval level: %1").replace("%1", label("approval_level", level))
        )

    def show_vat(self, vat: QuoteVat) -> None:
        """Monthly fees and one-time charges apart; 不含税, 税额 and 含税 in total and per rate,
        as a Chinese invoice shows them (`pricing.quote_vat`: the lines' sums, fen-exact)."""
        self.charges.setText(
            self.tr("Monthly fees over the term %1 · One-time charges %2")
            .replace("%1", money_text(vat.monthly.gross))
            .replace("%2", money_text(vat.one_time.gross))
        )
        lines = [
            self.tr("Excl. VAT %1 · VAT %2 · Incl. VAT %3")
            .replace("%1", money_text(vat.total.net))
            .replace("%2", money_text(vat.total.tax))
            .replace("%3", money_text(vat.total.gross))
        ]
        for rate, amounts in sorted(vat.by_rate.items(), reverse=True):
            lines.append(
                self.tr("At %1: excl. VAT %2 · VAT %3")
                .replace("%1", percent_text(int(rate * 100)))
                .replace("%2", money_text(amounts.net))
                .replace("%3", money_text(amounts.tax))
            )
        self.vat_totals.setText("\n".join(lines))

    def show_branches(self, totals: Mapping[str, Decimal]) -> None:
        """One quote across a group's branches: what each branch's lines come to (含税)."""
        self.branch_totals.setVisible(len(totals) > 1)
        parts = [
            self.tr("%1 %2").replace("%1", name).replace("%2", money_text(amount))
            for name, amount in totals.items()
        ]
        self.branch_totals.setText(self.tr("Per branch: %1").replace("%1", "; ".join(parts)))

    def show_status(self, status: str, decided_by: str | None, note: str | None) -> None:
        """The quote's status, and who decided on it with what note."""
        text = self.tr("Status: %1").replace("%1", label("quote_status", status))
        if decided_by:
            text += "\n" + self.tr("Decided by %1").replace("%1", decided_by)
        if note:
            text += "\n" + self.tr("Note: %1").replace("%1", note)
        self.status_label.setText(text)
