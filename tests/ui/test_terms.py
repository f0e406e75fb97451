"""Chinese as Chinese business software writes it: one term per concept, Chinese punctuation in
Chinese text, the product named in Chinese, "today" for a contact made today; and English with
its plurals right ("1 open fault")."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from screens import language

ROOT = Path(__file__).resolve().parents[2]
ZH_TS = ROOT / "resources" / "i18n" / "bigcust_zh_CN.ts"
_CJK = r"[\u3400-\u9fff\u3000-\u303f\uff00-\uffef]"
# ASCII punctuation touching Chinese text. A mnemonic marker "(&S)" is the Chinese convention
# (Qt's own catalogue writes it so) and stays.
_ASCII_IN_CHINESE = re.compile(
    rf"(?<={_CJK})\s?[(,;:!?]|(?<={_CJK})[)]|[,;:!?)](?={_CJK})|[(](?=\s?{_CJK})"
)
# Kept ASCII: a mnemonic marker "(&S)" (the Chinese convention; Qt's own catalogue writes it so)
# and a file dialog's patterns "(*.xlsx)", which Qt reads in ASCII parentheses.
_ALLOWED = re.compile(r"\(&[A-Za-z0-9]\)|\(\*[^)]*\)")


def translations() -> list[tuple[str, str, str]]:
    found = []
    for context in ET.parse(ZH_TS).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            forms = [f.text or "" for f in translation.iter("numerusform")] or [
                translation.text or ""
            ]
            found += [(name, message.findtext("source", ""), text) for text in forms]
    return found


def test_chinese_text_uses_chinese_punctuation():
    bad = [
        (context, source, text)
        for context, source, text in translations()
        if _ASCII_IN_CHINESE.search(_ALLOWED.sub("", text))
    ]
    assert not bad, "\n".join(f"{c} | {s!r} -> {t!r}" for c, s, t in bad[:40])


@pytest.mark.parametrize(
    ("concept", "source", "term", "not_terms"),
    [
        ("account", re.compile(r"\baccounts?\b", re.I), "账户", ("帐户",)),
        ("fault level", re.compile(r"severit", re.I), "故障级别", ("等级", "严重程度")),
        ("value tier", re.compile(r"\btiers?\b", re.I), "价值等级", ("级别",)),
        ("discount", re.compile(r"discount", re.I), "优惠幅度", ("折扣",)),
    ],
)
def test_one_term_per_concept(concept, source, term, not_terms):
    texts = [(c, s, t) for c, s, t in translations() if source.search(s)]
    assert texts, concept
    bad = [(c, s, t) for c, s, t in texts if any(word in t for word in not_terms)]
    assert not bad, f"{concept}: {bad[:10]}"
    assert all("帐" not in t for _c, _s, t in translations())


def test_the_submitter_takes_a_quote_back_and_the_conflict_view_names_the_server_version():
    by_key = {(c, s): t for c, s, t in translations()}
    assert by_key[("QuoteEditor", "Re&vise")].startswith("撤回修改")
    assert by_key[("ConflictView", "Theirs")] == "服务器版本"


def test_the_about_box_names_the_product_in_chinese(qtbot, qapp, small_store):
    from bigcust_desktop.ui.main_window import MainWindow
    from bigcust_desktop.ui.qt import QMessageBox, QTimer
    from bigcust_desktop.ui.tasks import TaskManager

    with language(qapp, "zh_CN"):
        tasks = TaskManager()
        window = MainWindow(small_store.profile, small_store, None, tasks=tasks)
        qtbot.addWidget(window)
        seen: list[tuple[str, str]] = []

        def read_box() -> None:
            box = qapp.activeModalWidget()
            if isinstance(box, QMessageBox):
                seen.append((box.windowTitle(), box.text()))
                box.accept()

        QTimer.singleShot(200, read_box)
        window.about()
        tasks.wait()
    [(title, text)] = seen
    assert "大客户经理助手" in title and text.startswith("大客户经理助手")
    assert "bigcust-desktop" not in title


def _facts(qtbot, ctx, lang: str, qapp) -> str:
    """The 360 header's facts line of a customer with one open opportunity, one open fault and a
    contact made today (his data as loaded, cut down to that)."""
    import dataclasses
    import datetime as dt

    from sqlalchemy import select

    from bigcust_desktop.domain.sla import OPEN_TICKET_STATUSES as OPEN_TICKETS
    from bigcust_desktop.domain.stages import OPEN_STAGES
    from bigcust_desktop.store.models import Customer, FaultTicket, Opportunity
    from bigcust_desktop.ui.customer360.page import Customer360Page

    with ctx.store.begin() as conn:
        customer_id = conn.execute(
            select(Customer.id)
            .where(Customer.manager_id == "U-0002")
            .where(
                Customer.id.in_(
                    select(FaultTicket.customer_id).where(FaultTicket.status.in_(OPEN_TICKETS))
                )
            )
            .where(
                Customer.id.in_(
                    select(Opportunity.customer_id).where(Opportunity.stage.in_(OPEN_STAGES))
                )
            )
            .order_by(Customer.id)
        ).scalar()
    with language(qapp, lang):
        page = Customer360Page(ctx)
        qtbot.addWidget(page)
        with qtbot.waitSignal(page.loaded, timeout=10_000):
            page.show_customer(customer_id)
        data = page.data
        assert data.tickets and data.opportunities and data.activities
        today = {**data.activities[0], "occurred_at": dt.datetime.now(dt.UTC)}
        data = dataclasses.replace(
            data,
            tickets=data.tickets[:1],
            opportunities=data.opportunities[:1],
            activities=[today],
            lines=1,
        )
        return page._facts(data)


def test_a_contact_made_today_reads_today(qtbot, qapp, ctx):
    text = _facts(qtbot, ctx, "zh_CN", qapp)
    assert "今天" in text and "0 天前" not in text
    assert "today" in _facts(qtbot, ctx, "en", qapp)


def test_english_counts_take_their_plural_form(qtbot, qapp, ctx):
    text = _facts(qtbot, ctx, "en", qapp)
    assert "1 open opportunity," in text
    assert "1 open fault " in text and "1 line " in text + " "
