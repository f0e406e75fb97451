"""The 360's 决策链 tab offline on a real store: roles recorded with who reports to whom, a circle
refused by its field, the chain hidden from anyone but the customer's manager, and a birthday's
care to-do made once a year."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from bigcust_desktop.domain.drafts.contact_roles import check_no_cycle, next_birthday
from bigcust_desktop.domain.errors import ValidationError
from bigcust_desktop.store.models import ContactRole, Todo
from bigcust_desktop.ui.customer360.decision_chain import DecisionChainTab
from bigcust_desktop.ui.qt import Qt

GROUP = "CUS-000004"  # zhangwei's
WAIT = 10_000


def open_tab(qtbot, ctx, manager_id: str | None = "U-0002") -> DecisionChainTab:
    tab = DecisionChainTab(ctx)
    qtbot.addWidget(tab)
    tab.resize(900, 500)
    tab.show()
    with qtbot.waitSignal(tab.loaded, timeout=WAIT):
        tab.set_customer(GROUP, manager_id)
    return tab


def _save(qtbot, tab: DecisionChainTab, dialog) -> None:
    with qtbot.waitSignal(tab.loaded, timeout=WAIT):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)


def test_roles_and_reporting_lines_without_a_circle(qtbot, write_ctx):
    tab = open_tab(qtbot, write_ctx)
    assert len(tab.entries) >= 2
    boss, aide = tab.entries[0], tab.entries[1]
    dialog = tab.edit_role(boss.contact_id)
    dialog.role.set_code("decision_maker")
    dialog.attitude.set_code("supportive")
    dialog.influence.set_code("high")
    _save(qtbot, tab, dialog)
    dialog = tab.edit_role(aide.contact_id)
    dialog.role.set_code("gatekeeper")
    dialog.reports_to.set_current_id(boss.contact_id)
    _save(qtbot, tab, dialog)
    # The aide now shows under his boss; a boss reporting to his aide would be a circle.
    top = tab.model.findItems(boss.name)[0]
    assert top.child(0).text() == aide.name
    dialog = tab.edit_role(boss.contact_id)
    dialog.reports_to.set_current_id(aide.contact_id)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "circle" in dialog.errors.shown["reports_to_contact_id"]
    dialog.close()
    with write_ctx.store.session() as session:
        roles = {r.contact_id: r for r in session.scalars(select(ContactRole)).all()}
    assert roles[boss.contact_id].role == "decision_maker"
    assert roles[aide.contact_id].reports_to_contact_id == boss.contact_id
    assert roles[aide.contact_id].sync_state == "pending"
    entry = next(e for e in tab.entries if e.contact_id == boss.contact_id)
    assert entry.attitude == "supportive"


def test_the_chain_is_hidden_from_anyone_but_the_customers_manager(qtbot, write_ctx):
    tab = open_tab(qtbot, write_ctx, manager_id="U-0003")
    assert tab.entries == [] and not tab.tree.isVisible() and tab.hidden_note.isVisible()
    assert tab.edit_role() is None


def test_a_birthday_gets_one_care_to_do_a_year(qtbot, write_ctx):
    tab = open_tab(qtbot, write_ctx)
    person = tab.entries[-1]
    soon = dt.date.today() + dt.timedelta(days=5)
    dialog = tab.edit_role(person.contact_id)
    dialog.birthday.set_value(soon.replace(year=1978))
    _save(qtbot, tab, dialog)
    store, now = write_ctx.store, dt.datetime.now(dt.UTC)
    first = store.decision_chain.make_care_todos("U-0002", now)
    again = store.decision_chain.make_care_todos("U-0002", now)
    with store.session() as session:
        care = session.scalars(
            select(Todo).where(Todo.source_id == person.contact_id, Todo.kind == "care")
        ).all()
    assert len(care) == 1 and care[0].id in first and again == []
    assert care[0].contact_id == person.contact_id and person.name in care[0].title


def test_no_circle_and_next_birthday_rules():
    check_no_cycle({"b": "c", "c": None}, "a", "b")
    try:
        check_no_cycle({"b": "c", "c": "a"}, "a", "b")
    except ValidationError as exc:
        assert exc.code == "contact_role.cycle"
    else:
        raise AssertionError("a circle was accepted")
    assert next_birthday(dt.date(1980, 2, 29), dt.date(2026, 3, 1)) == dt.date(2027, 2, 28)
    assert next_birthday(dt.date(1980, 12, 7), dt.date(2026, 12, 6)) == dt.date(2026, 12, 7)


def test_a_birthday_is_read_from_the_resident_id():
    from bigcust_desktop.domain.drafts.contact_roles import birthday_of
    from bigcust_desktop.domain.identifiers import resident_id_check_digit

    first17 = "33010619780312002"
    assert birthday_of(first17 + resident_id_check_digit(first17), None) == dt.date(1978, 3, 12)
    assert birthday_of("330106780312002", None) == dt.date(1978, 3, 12)  # a legacy 15-digit ID
    assert birthday_of("not an id", None) is None
    assert birthday_of(None, dt.date(1980, 1, 2)) == dt.date(1980, 1, 2)
