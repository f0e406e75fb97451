"""The 360's 异网 tab offline on a real store: a competitor line recorded and queued, bad input
shown by its field, the customer's spend with other carriers summed, and a competitor's offer
heard in a contact shown beside them."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from uihelpers import type_text

from bigcust_desktop.domain.drafts.activities import new_activity
from bigcust_desktop.store.models import CompetitorLine, OutboxEntry
from bigcust_desktop.ui.customer360.competitors import CompetitorsTab
from bigcust_desktop.ui.qt import Qt

GROUP = "CUS-000004"
WAIT = 10_000


def open_tab(qtbot, ctx) -> CompetitorsTab:
    tab = CompetitorsTab(ctx)
    qtbot.addWidget(tab)
    tab.resize(1000, 600)
    tab.show()
    with qtbot.waitSignal(tab.loaded, timeout=WAIT):
        tab.set_customer(GROUP)
    return tab


def test_record_a_competitor_line_offline(qtbot, write_ctx):
    tab = open_tab(qtbot, write_ctx)
    before = tab.model.rowCount()
    dialog = tab.new_line()
    dialog.carrier.set_code("china_telecom")
    dialog.service.set_code("leased_line")
    dialog.lines.setValue(3)
    type_text(qtbot, dialog.spend, "abc")
    dialog.observed_on.setText(str(dt.date.today() + dt.timedelta(days=5)))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert set(dialog.errors.shown) == {"monthly_spend", "observed_on"}
    dialog.spend.clear()
    type_text(qtbot, dialog.spend, "1.2万")
    dialog.observed_on.setText(str(dt.date.today()))
    dialog.contract_end.setText("2027-06-30")
    with qtbot.waitSignal(tab.loaded, timeout=WAIT):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert tab.model.rowCount() == before + 1
    with write_ctx.store.session() as session:
        line = session.scalars(
            select(CompetitorLine).where(CompetitorLine.customer_id == GROUP,
                                         CompetitorLine.sync_state == "pending")
        ).one()  # fmt: skip
        entry = session.scalars(select(OutboxEntry).where(OutboxEntry.record_id == line.id)).one()
    assert (line.carrier, line.service, line.lines) == ("china_telecom", "leased_line", 3)
    assert str(line.monthly_spend) == "12000.00" and line.contract_end == dt.date(2027, 6, 30)
    assert entry.kind == "create"
    assert "12,000.00" in tab.summary.text() or "12000" in tab.summary.text().replace(",", "")


def test_a_competitors_offer_heard_in_a_contact_is_shown(qtbot, write_ctx):
    now = dt.datetime.now(dt.UTC)
    fields = new_activity(
        customer_id=GROUP, owner_id=write_ctx.user.id, channel="visit",
        topic="听说联通报了专线低价", outcome="neutral", occurred_at=now, now=now,
    )  # fmt: skip
    offer = {"carrier": "china_unicom", "offer": "专线100M 八折", "monthly_fee": "2800.00",
             "valid_until": "2027-01-31"}  # fmt: skip
    write_ctx.store.activities.create({**fields, "competitor_offer": offer})
    tab = open_tab(qtbot, write_ctx)
    shown = [tab.offers.row_at(r) for r in range(tab.offers.rowCount())]
    assert shown and shown[0].topic == "听说联通报了专线低价"
    text = tab.offers.index(0, 2).data()
    assert "专线100M 八折" in text and "2,800.00" in text
