"""The question a tariff rehearsal (资费预演) asks: which customers (one, a group with its
branches, a saved segment, the book) and which proposal (a plan move with a discount and a term,
a bundle, a draft quote's lines). Depends on `ui.qt` and the store's proposal builders.
"""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal
from typing import Any

from bigcust_desktop.domain.analytics.rehearsal import Proposal
from bigcust_desktop.store.analysis.proposals import bundle, plan_move
from bigcust_desktop.store.queries.rehearsal_choices import RehearsalChoices
from bigcust_desktop.ui.analytics.texts import yuan_exact
from bigcust_desktop.ui.qt import (
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QStackedWidget,
    QWidget,
)

MOVE, BUNDLE, QUOTE = "move", "bundle", "quote"


def _percent(parent: QWidget, name: str) -> QDoubleSpinBox:
    box = QDoubleSpinBox(parent)
    box.setObjectName(name)
    box.setRange(0, 100)
    box.setDecimals(2)
    box.setSingleStep(5)
    box.setSuffix(" %")
    return box


class ProposalForm(QWidget):
    """Scope and proposal of a rehearsal, filled from `store.rehearsals.choices`."""

    def __init__(
        self,
        choices: RehearsalChoices,
        customer_id: str | None,
        customer_name: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.choices = choices
        self.products = choices.products
        self.scope = QComboBox(self)
        self.scope.setObjectName("rehearsalScope")
        if customer_id is not None:
            self.scope.addItem(customer_name, f"customer:{customer_id}")
            if choices.branches:
                self.scope.addItem(
                    self.tr("%1 with its %2 branches")
                    .replace("%1", customer_name)
                    .replace("%2", str(choices.branches)),
                    f"group:{customer_id}",
                )
        else:
            self.scope.addItem(self.tr("Your whole book"), "book:")
            for segment_id, name in choices.segments:
                self.scope.addItem(
                    self.tr("Segment: %1").replace("%1", name), f"segment:{segment_id}"
                )
        self.kind = QComboBox(self)
        self.kind.setObjectName("rehearsalKind")
        self.kind.addItem(self.tr("Move lines to another plan"), MOVE)
        self.kind.addItem(self.tr("A bundle (fixed + mobile, voice + data)"), BUNDLE)
        if choices.quotes:
            self.kind.addItem(self.tr("A draft quote's lines"), QUOTE)
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self._move_page())
        self.pages.addWidget(self._bundle_page())
        self.pages.addWidget(self._quote_page())
        self.kind.currentIndexChanged.connect(lambda i: self.pages.setCurrentIndex(i))
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        for text, widget in (
            (self.tr("&Customers"), self.scope),
            (self.tr("&Proposal"), self.kind),
        ):
            label = QLabel(text, self)
            label.setBuddy(widget)
            form.addRow(label, widget)
        form.addRow(self.pages)

    # -- pages -----------------------------------------------------------------------------

    def plan_text(self, product_id: str | None) -> str:
        product = self.products.get(product_id or "")
        return product.name if product else (product_id or "")

    def _rows(self, page: QWidget, rows: list[tuple[str, QWidget]]) -> QFormLayout:
        form = QFormLayout(page)
        form.setContentsMargins(0, 0, 0, 0)
        for text, widget in rows:
            label = QLabel(text, page)
            label.setBuddy(widget)
            form.addRow(label, widget)
        return form

    def _move_page(self) -> QWidget:
        page = QWidget(self)
        self.from_plan = QComboBox(page)
        self.from_plan.setObjectName("rehearsalFrom")
        for product_id, lines in self.choices.in_use:
            self.from_plan.addItem(
                self.tr("%1 (%2 lines)")
                .replace("%1", self.plan_text(product_id))
                .replace("%2", str(lines)),
                product_id,
            )
        self.to_plan = QComboBox(page)
        self.to_plan.setObjectName("rehearsalTo")
        self.from_plan.currentIndexChanged.connect(lambda _i: self._fill_targets())
        self._fill_targets()
        self.discount = _percent(page, "rehearsalDiscount")
        self.term = QSpinBox(page)
        self.term.setObjectName("rehearsalTerm")
        self.term.setRange(0, 60)
        self.term.setSuffix(self.tr(" months"))
        self.term.setSpecialValueText(self.tr("no term"))
        self.term_discount = _percent(page, "rehearsalTermDiscount")
        terms = QHBoxLayout()
        terms.addWidget(self.term)
        terms.addWidget(QLabel(self.tr("earning"), page))
        terms.addWidget(self.term_discount)
        terms.addStretch(1)
        holder = QWidget(page)
        holder.setLayout(terms)
        terms.setContentsMargins(0, 0, 0, 0)
        self._rows(
            page,
            [
                (self.tr("Current p&lan"), self.from_plan),
                (self.tr("&Target plan"), self.to_plan),
                (self.tr("&Discount off the monthly fee"), self.discount),
                (self.tr("Committed ter&m"), holder),
            ],
        )
        return page

    def _fill_targets(self) -> None:
        """The plans a line on the current plan may move to: orderable plans of its category."""
        source = self.products.get(self.from_plan.currentData())
        self.to_plan.clear()
        self.to_plan.addItem(self.tr("(keep the plan)"), None)
        if source is None:
            return
        targets = [
            p for p in self.products.values()
            if p.active and p.id in self.choices.plans and p.category == source.category
            and p.id != source.id
        ]  # fmt: skip
        for product in sorted(targets, key=lambda p: (p.monthly_fee, p.id)):
            self.to_plan.addItem(
                f"{product.name} · {yuan_exact(int(product.monthly_fee * 100))}", product.id
            )

    def _bundle_page(self) -> QWidget:
        page = QWidget(self)
        self.bundle_name = QLineEdit(self.tr("Converged bundle"), page)
        self.bundle_name.setObjectName("bundleName")
        self.members = []
        plans = sorted(
            (p for p in self.products.values() if p.active and p.id in self.choices.plans),
            key=lambda p: (p.category, p.monthly_fee, p.id),
        )
        for n in range(2):
            box = QComboBox(page)
            box.setObjectName(f"bundleMember{n + 1}")
            for product in plans:
                box.addItem(
                    f"{product.name} · {yuan_exact(int(product.monthly_fee * 100))}", product.id
                )
            self.members.append(box)
        self.bundle_fee = QDoubleSpinBox(page)
        self.bundle_fee.setObjectName("bundleFee")
        self.bundle_fee.setRange(0, 1_000_000)
        self.bundle_fee.setDecimals(2)
        self.bundle_fee.setSuffix(self.tr(" yuan a month"))
        self._default_members()
        for box in self.members:
            box.currentIndexChanged.connect(lambda _i: self._default_fee())
        self._rows(
            page,
            [
                (self.tr("Bundle &name"), self.bundle_name),
                (self.tr("Plan &1"), self.members[0]),
                (self.tr("Plan &2"), self.members[1]),
                (self.tr("&Fee of a set"), self.bundle_fee),
            ],
        )
        return page

    def _default_members(self) -> None:
        """Two plans of different kinds the scope's lines are on most (mobile + broadband,
        usually), the set's fee their list fees: the user then sets the bundle's price."""
        first: str | None = None
        for product_id, _lines in self.choices.in_use:
            product = self.products.get(product_id)
            if product is None or self.members[0].findData(product_id) < 0:
                continue
            if first is None:
                first = product_id
                self.members[0].setCurrentIndex(self.members[0].findData(product_id))
            elif product.category != self.products[first].category:
                self.members[1].setCurrentIndex(self.members[1].findData(product_id))
                break
        self._default_fee()

    def _default_fee(self) -> None:
        fees = [self.products[b.currentData()].monthly_fee for b in self.members if b.currentData()]
        self.bundle_fee.setValue(float(sum(fees)))

    def _quote_page(self) -> QWidget:
        page = QWidget(self)
        self.quote = QComboBox(page)
        self.quote.setObjectName("rehearsalQuoteChoice")
        for quote_id, label in self.choices.quotes:
            self.quote.addItem(label, quote_id)
        self._rows(page, [(self.tr("&Which draft quote"), self.quote)])
        return page

    # -- what is asked ---------------------------------------------------------------------

    def scope_kwargs(self) -> dict[str, Any]:
        """The scope as `store.rehearsals.run` takes it."""
        kind, _, value = str(self.scope.currentData() or "book:").partition(":")
        return {} if kind == "book" else {f"{kind}_id": value}

    @property
    def one_customer(self) -> bool:
        return str(self.scope.currentData()).startswith("customer:")

    def quote_id(self) -> str | None:
        return self.quote.currentData() if self.kind.currentData() == QUOTE else None

    def ready(self) -> bool:
        kind = self.kind.currentData()
        if kind == MOVE:
            return self.from_plan.currentData() is not None
        if kind == BUNDLE:
            return self.members[0].currentData() != self.members[1].currentData()
        return self.quote.currentData() is not None

    def proposal(self) -> Proposal | None:
        """The proposal asked for; None for a draft quote (read from the store in the lane)."""
        kind = self.kind.currentData()
        if kind == BUNDLE:
            members = [box.currentData() for box in self.members]
            fee = int((Decimal(str(self.bundle_fee.value())) * 100).quantize(Decimal(1)))
            return bundle(self.bundle_name.text().strip() or self.describe(), members, fee)
        if kind == QUOTE:
            return None
        source, target = self.from_plan.currentData(), self.to_plan.currentData()
        proposal = plan_move(
            source,
            target or source,
            name=self.describe(),
            discount_pct=Decimal(str(self.discount.value())).quantize(Decimal("0.01")),
            term_months=self.term.value(),
            term_discount_pct=Decimal(str(self.term_discount.value())).quantize(Decimal("0.01")),
        )
        # Keeping the plan: the discount or the term alone.
        return proposal if target and target != source else replace(proposal, moves={})

    def describe(self) -> str:
        """The proposal in words, as the summary and a saved rehearsal's name show it."""
        kind = self.kind.currentData()
        if kind == BUNDLE:
            plans = " + ".join(self.plan_text(box.currentData()) for box in self.members)
            return (
                self.tr("%1: %2 for %3 a set")
                .replace("%1", self.bundle_name.text())
                .replace("%2", plans)
                .replace("%3", yuan_exact(round(self.bundle_fee.value() * 100)))
            )
        if kind == QUOTE:
            return self.tr("Draft quote %1").replace("%1", self.quote.currentText())
        source, target = self.from_plan.currentData(), self.to_plan.currentData()
        text = self.plan_text(source)
        if target and target != source:
            text += " → " + self.plan_text(target)
        if self.discount.value():
            text += self.tr(", %1% off").replace("%1", f"{self.discount.value():g}")
        if self.term.value():
            text += self.tr(", %1 months' term").replace("%1", str(self.term.value()))
            if self.term_discount.value():
                text += self.tr(" (%1% off)").replace("%1", f"{self.term_discount.value():g}")
        return text
