"""The conditions of a segment (客户分群) as a form: industry, value tier, city and district,
account managers (a regional manager's team), at-risk signals fired, products held and not held,
minimum monthly spend and value score, under-valued only. `conditions()` is the definition the
form says (the wire's `SEGMENT_FILTER` keys; a condition left empty is absent), `edited` fires on
every change so that the tab can count the members live.

Depends on `ui.qt`, the choice list, the labels, the analytics texts and the domain's
vocabularies.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from bigcust_desktop.domain.analytics.figures import SignalCode
from bigcust_desktop.domain.errors import ValidationError
from bigcust_desktop.domain.value import ValueTier
from bigcust_desktop.domain.vocab import Industry
from bigcust_desktop.domain.vocab_city import Signal as WireSignal
from bigcust_desktop.store.queries.segments import SIGNAL_CODES, SegmentChoices
from bigcust_desktop.ui.analytics.texts import AnalyticsText
from bigcust_desktop.ui.labels import label
from bigcust_desktop.ui.qt import (
    QCheckBox,
    QGridLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
    Signal,
)
from bigcust_desktop.ui.widgets.choice_list import ChoiceList
from bigcust_desktop.ui.widgets.inputs import MoneyEdit

# The lists of the form: definition key -> object name.
LISTS = (
    ("industries", "segmentIndustries"),
    ("value_tiers", "segmentTiers"),
    ("cities", "segmentCities"),
    ("districts", "segmentDistricts"),
    ("manager_ids", "segmentManagers"),
    ("signals", "segmentSignals"),
    ("products_held", "segmentHeld"),
    ("products_not_held", "segmentNotHeld"),
)


class SegmentEditor(QWidget):
    """The conditions; `set_conditions` fills it from a saved definition."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("segmentEditor")
        self.texts = AnalyticsText(self)
        captions = {
            "industries": self.tr("&Industry"),
            "value_tiers": self.tr("Value tie&r"),
            "cities": self.tr("&City"),
            "districts": self.tr("Count&y or district"),
            "manager_ids": self.tr("Account managers"),
            "signals": self.tr("Ris&k signals fired"),
            "products_held": self.tr("H&olds products"),
            "products_not_held": self.tr("Does not hold products"),
        }
        self.lists: dict[str, ChoiceList] = {}
        self.captions: dict[str, QLabel] = {}
        for key, name in LISTS:
            choice = ChoiceList(name, captions[key], self)
            choice.edited.connect(self.edited.emit)
            caption = QLabel(captions[key], self)
            caption.setBuddy(choice)
            self.lists[key], self.captions[key] = choice, caption
        self.lists["industries"].set_choices(
            (i.value, label("industry", i.value)) for i in Industry
        )
        self.lists["value_tiers"].set_choices(
            (t.value, label("value_tier", t.value)) for t in ValueTier
        )
        self.lists["signals"].set_choices(
            (s.value, self.texts.signal_name(SignalCode(SIGNAL_CODES.get(s.value, s.value))))
            for s in WireSignal
        )
        self.spend_min = MoneyEdit("monthly_spend_min", self)
        self.spend_min.setPlaceholderText(self.tr("Any"))
        self.spend_min.setAccessibleName(self.tr("Minimum monthly spend"))
        self.spend_min.editingFinished.connect(self.edited.emit)
        self.score_min = QSpinBox(self)
        self.score_min.setObjectName("segmentScoreMin")
        self.score_min.setRange(0, 100)
        self.score_min.setSpecialValueText(self.tr("Any"))
        self.score_min.setAccessibleName(self.tr("Minimum value score"))
        self.score_min.valueChanged.connect(lambda _v: self.edited.emit())
        self.under_valued = QCheckBox(self.tr("Only under-valued customers"), self)
        self.under_valued.setObjectName("segmentUnderValued")
        self.under_valued.setToolTip(
            self.tr("Modest spend but high loyalty, share or growth, or many members paying "
                    "privately (the Under-valued list).")
        )  # fmt: skip
        self.under_valued.toggled.connect(lambda _on: self.edited.emit())
        self._lay_out()

    def _lay_out(self) -> None:
        # Three columns of short lists: who (industry, tier, place), what happens (signals,
        # managers), what they buy (products held, not held) and the value conditions.
        grid = QGridLayout(self)
        cells = (
            ("industries", 0, 0), ("value_tiers", 0, 1), ("signals", 0, 2),
            ("cities", 1, 0), ("districts", 1, 1), ("manager_ids", 1, 2),
            ("products_held", 2, 0), ("products_not_held", 2, 1),
        )  # fmt: skip
        for key, row, column in cells:
            cell = QVBoxLayout()
            cell.addWidget(self.captions[key])
            cell.addWidget(self.lists[key])
            grid.addLayout(cell, row, column)
        spend_caption = QLabel(self.tr("Monthly spend at least (yuan)"), self)
        spend_caption.setBuddy(self.spend_min)
        score_caption = QLabel(self.tr("Value score at least"), self)
        score_caption.setBuddy(self.score_min)
        values = QVBoxLayout()
        for widget in (spend_caption, self.spend_min, score_caption, self.score_min,
                       self.under_valued):  # fmt: skip
            values.addWidget(widget)
        values.addStretch(1)
        grid.addLayout(values, 2, 2)

    def set_choices(self, choices: SegmentChoices, *, regional: bool) -> None:
        """The book's places and managers and the catalogue (kept ticks stay ticked)."""
        self.lists["cities"].set_choices((c, c) for c in choices.cities)
        self.lists["districts"].set_choices((d, f"{c} {d}") for c, d in choices.districts)
        products = [(pid, name) for pid, name, _category in choices.products]
        self.lists["products_held"].set_choices(products)
        self.lists["products_not_held"].set_choices(products)
        self.lists["manager_ids"].set_choices(choices.managers)
        for widget in (self.lists["manager_ids"], self.captions["manager_ids"]):
            widget.setVisible(regional)

    def spend(self) -> Decimal | None:
        """The minimum monthly spend typed; None when empty or not an amount (yet)."""
        try:
            return self.spend_min.amount(required=False)
        except ValidationError:
            return None

    def conditions(self) -> dict[str, Any]:
        """The definition the form says: only the conditions given."""
        out: dict[str, Any] = {key: chosen for key, choice in self.lists.items()
                               if (chosen := choice.chosen())}  # fmt: skip
        if (spend := self.spend()) is not None:
            out["monthly_spend_min"] = f"{spend:.2f}"
        if self.score_min.value():
            out["value_score_min"] = f"{self.score_min.value()}"
        if self.under_valued.isChecked():
            out["under_valued"] = True
        return out

    def set_conditions(self, definition: dict[str, Any]) -> None:
        """Fill the form from a definition (conditions it cannot show are kept by the tab)."""
        widgets = [*self.lists.values(), self.score_min, self.under_valued, self.spend_min]
        for widget in widgets:
            widget.blockSignals(True)
        for key, choice in self.lists.items():
            choice.set_chosen(definition.get(key))
        spend = definition.get("monthly_spend_min")
        self.spend_min.set_amount(None if spend is None else Decimal(str(spend)))
        score = definition.get("value_score_min")
        self.score_min.setValue(0 if score is None else int(Decimal(str(score))))
        self.under_valued.setChecked(bool(definition.get("under_valued")))
        for widget in widgets:
            widget.blockSignals(False)
        self.edited.emit()
