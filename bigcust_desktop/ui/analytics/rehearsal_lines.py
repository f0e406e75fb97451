"""The columns of a rehearsal's line table (资费预演, 逐号码): plans, fee, discount, the new
allowances, overage, the modelled month before and after, the three months' change, the line's
term, the notes.
Depends on `ui.qt` and the rehearsal's table helpers.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from bigcust_desktop.ui.analytics.rehearsal_saved import money
from bigcust_desktop.ui.labels import date_text
from bigcust_desktop.ui.qt import QCoreApplication, Qt
from bigcust_desktop.ui.widgets.table_model import Column

if TYPE_CHECKING:
    from bigcust_desktop.ui.analytics.rehearsal_form import ProposalForm

_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def _gb(cgb: int) -> str:
    return f"{Decimal(cgb) / 100:g}"


def line_columns(parent: Any, form: Callable[[], ProposalForm | None]) -> list[Column]:
    """Columns over `LineResult`s; plan names and allowances come from the form's choices."""

    def plan(product_id: str) -> str:
        f = form()
        return f.plan_text(product_id) if f else product_id

    def allowance(r: Any) -> str:
        f = form()
        tariff = f.choices.tariffs.get(r.proposed.product_id) if f else None
        if tariff is None or not (tariff.included_minutes or tariff.included_data_cgb):
            return ""
        return (
            QCoreApplication.translate("RehearsalLines", "%1 min / %2 GB")
            .replace("%1", str(tariff.included_minutes))
            .replace("%2", _gb(tariff.included_data_cgb))
        )

    def over(r: Any) -> str:
        p = r.proposed
        parts = []
        if p.over_minutes:
            parts.append(
                QCoreApplication.translate("RehearsalLines", "%1 min").replace(
                    "%1", str(p.over_minutes)
                )
            )
        if p.over_data_cgb:
            parts.append(
                QCoreApplication.translate("RehearsalLines", "%1 GB").replace(
                    "%1", _gb(p.over_data_cgb)
                )
            )
        if p.over_sms:
            parts.append(
                QCoreApplication.translate("RehearsalLines", "%1 SMS").replace(
                    "%1", str(p.over_sms)
                )
            )
        return " + ".join(parts)

    def notes(r: Any) -> str:
        out = []
        if r.proposed.over_allowance:
            out.append(QCoreApplication.translate("RehearsalLines", "over the new allowance"))
        if r.below_floor:
            out.append(
                QCoreApplication.translate(
                    "RehearsalLines", "below the floor price: needs approval"
                )
            )
        if r.term_short:
            out.append(
                QCoreApplication.translate("RehearsalLines", "term shorter than the plan's minimum")
            )
        return "；".join(out)

    def overage(bill: Any) -> int:
        return int(bill.minutes_fen + bill.data_fen + bill.sms_fen)

    return [
        Column(
            QCoreApplication.translate("RehearsalLines", "Line"), lambda r: r.line.service_number
        ),
        Column(
            QCoreApplication.translate("RehearsalLines", "Plan now"),
            lambda r: plan(r.current.product_id),
        ),
        Column(
            QCoreApplication.translate("RehearsalLines", "Plan after"),
            lambda r: plan(r.proposed.product_id),
        ),
        money(
            QCoreApplication.translate("RehearsalLines", "Fee after"), lambda r: r.proposed.fee_fen
        ),
        money(
            QCoreApplication.translate("RehearsalLines", "Discount"),
            lambda r: r.proposed.discount_fen,
        ),
        Column(QCoreApplication.translate("RehearsalLines", "Allowance after"), allowance, _RIGHT),
        Column(QCoreApplication.translate("RehearsalLines", "Usage beyond it"), over, _RIGHT),
        money(
            QCoreApplication.translate("RehearsalLines", "Overage after"),
            lambda r: overage(r.proposed),
        ),
        money(
            QCoreApplication.translate("RehearsalLines", "Month now (modelled)"),
            lambda r: r.current.total_fen,
        ),
        money(
            QCoreApplication.translate("RehearsalLines", "Month after"),
            lambda r: r.proposed.total_fen,
        ),
        money(
            QCoreApplication.translate("RehearsalLines", "Billed (3 months)"),
            lambda r: r.before_fen,
        ),
        money(QCoreApplication.translate("RehearsalLines", "Change"), lambda r: r.change_fen, True),
        Column(
            QCoreApplication.translate("RehearsalLines", "Term ends"),
            lambda r: date_text(r.line.contract_end),
            sort_key=lambda r: r.line.contract_end or dt.date.max,
        ),
        Column(QCoreApplication.translate("RehearsalLines", "Notes"), notes),
    ]
