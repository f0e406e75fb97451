"""Large sums read as Chinese business software writes them: 万元 and 亿元 in summaries, cards and
chart labels, the exact figure in the tooltip; one function for all of them."""

from __future__ import annotations

from decimal import Decimal

import pytest
from screens import language

from bigcust_desktop.ui.labels import money_short, money_text


@pytest.mark.parametrize(
    ("amount", "zh", "en"),
    [
        ("9800", "¥9,800.00", "¥9,800.00"),
        ("12800", "1.28万元", "¥12.8K"),
        ("1285000", "128.50万元", "¥1.29M"),
        ("128000000", "1.28亿元", "¥128.00M"),
        ("-35000", "-3.50万元", "-¥35.0K"),
        ("0", "¥0.00", "¥0.00"),
    ],
)
def test_one_short_form_for_large_sums(qapp, amount, zh, en):
    with language(qapp, "zh_CN"):
        assert money_short(Decimal(amount)) == zh
    with language(qapp, "en"):
        assert money_short(Decimal(amount)) == en


def _dashboard(qtbot, ctx):
    from bigcust_desktop.ui.dashboard.page import DashboardPage

    page = DashboardPage(ctx)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.show()
    return page


def test_dashboard_cards_show_wan_with_the_exact_figure_in_the_tooltip(qtbot, qapp, ctx):
    with language(qapp, "zh_CN"):
        page = _dashboard(qtbot, ctx)
        for card in (page.pipeline, page.revenue):
            caption = card.caption
            assert "万元" in caption.text(), caption.text()
            assert "¥" in caption.toolTip() and "," in caption.toolTip()
        amount = sum((f.amount for f in page.pipeline._figures), Decimal(0))
        assert money_short(amount) in page.pipeline.caption.text()
        assert money_text(amount) in page.pipeline.caption.toolTip()


def test_customer_360_and_opportunity_summaries_use_the_short_form(qtbot, qapp, ctx):
    from sqlalchemy import func, select

    from bigcust_desktop.store.models import Bill, Customer
    from bigcust_desktop.ui.customer360.page import Customer360Page
    from bigcust_desktop.ui.opportunities.page import OpportunitiesPage

    with language(qapp, "zh_CN"):
        with ctx.store.begin() as conn:
            customer_id = conn.execute(  # the customer of the book with the biggest bills
                select(Bill.customer_id)
                .join(Customer, Customer.id == Bill.customer_id)
                .where(Customer.manager_id == "U-0002")
                .group_by(Bill.customer_id)
                .order_by(func.sum(Bill.amount).desc())
            ).scalar()
        c360 = Customer360Page(ctx)
        qtbot.addWidget(c360)
        with qtbot.waitSignal(c360.loaded, timeout=10_000):
            c360.show_customer(customer_id)
        assert "万元" in c360.billing.summary.text() and "¥" in c360.billing.summary.toolTip()
        page = OpportunitiesPage(ctx)
        qtbot.addWidget(page)
        with qtbot.waitSignals([page.loaded, page.summarized], timeout=10_000):
            page.show()
        assert "万元" in page.summary.text() and "¥" in page.summary.toolTip()
