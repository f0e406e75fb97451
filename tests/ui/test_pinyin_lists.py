"""Chinese lists in pinyin order and pinyin search, as Chinese CRM clients do: the customer list,
its filters, the customer picker of the dialogs, and in-memory tables sorted by a name column."""

from __future__ import annotations

from bigcust_desktop.domain.pinyin import initials, sort_key, spelled
from bigcust_desktop.ui.customers.list_view import CustomerListPage
from bigcust_desktop.ui.qt import Qt


def _page(qtbot, ctx) -> CustomerListPage:
    page = CustomerListPage(ctx)
    qtbot.addWidget(page)
    page.resize(1100, 700)
    with qtbot.waitSignal(page.loaded, timeout=5000):  # read in the background once shown
        page.show()
    # The filters' choices arrive by a read of their own.
    qtbot.waitUntil(lambda: page.filters["industry"].count() > 1, timeout=5000)
    return page


def _names(page: CustomerListPage) -> list[str]:
    model = page.model
    return [model.data(model.index(row, 0)) for row in range(model.rowCount())]


def test_the_customer_list_is_in_pinyin_order(qtbot, ctx):
    shown = _names(_page(qtbot, ctx))
    assert len(shown) > 20
    assert shown == sorted(shown, key=sort_key)
    assert shown != sorted(shown)  # code-point order would differ on this book


def test_pinyin_initials_and_syllables_find_the_customer(qtbot, ctx, small_dataset):
    target = next(
        c for c in small_dataset.records["customer"]
        if c["manager_id"] == "U-0002" and len(initials(c["short_name"])) >= 3
    )  # fmt: skip
    page = _page(qtbot, ctx)
    for typed in (initials(target["short_name"]), spelled(target["short_name"]).replace(" ", "")):
        page.search.clear()
        page.search.setText(typed)
        qtbot.waitUntil(lambda: target["name"] in _names(page), timeout=5000)


def test_filters_offer_managers_and_industries_in_pinyin_order(qtbot, qapp, manager_ctx):
    from screens import language

    with language(qapp, "zh_CN"):
        page = _page(qtbot, manager_ctx)
        for field in ("manager_id", "industry", "city"):
            combo = page.filters[field]
            texts = [combo.itemText(i) for i in range(1, combo.count())]
            assert len(texts) > 1 and texts == sorted(texts, key=sort_key), (field, texts)


def test_the_customer_picker_takes_pinyin(qtbot, write_ctx, small_dataset):
    from bigcust_desktop.ui.opportunities.dialog import OpportunityDialog

    dialog = OpportunityDialog(write_ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    picker = dialog.customer_picker
    names = [picker.itemText(i) for i in range(1, picker.count())]
    assert names == sorted(names, key=sort_key)
    target = names[5]
    picker.lineEdit().setFocus()
    completer = picker.completer()
    completer.setCompletionPrefix(initials(target))
    found = [
        completer.completionModel().index(row, 0).data()
        for row in range(completer.completionModel().rowCount())
    ]
    assert target in found
    # Choosing it puts the name itself in the field, not the pinyin it was found by.
    picker.lineEdit().setText(completer.pathFromIndex(completer.completionModel().index(
        found.index(target), 0)))  # fmt: skip
    assert picker.lineEdit().text() == target and picker.customer_id() is not None


def test_in_memory_tables_sort_chinese_text_by_pinyin(qapp):
    from bigcust_desktop.ui.widgets.table_model import Column, RowsModel

    model = RowsModel([Column("Customer", lambda row: row)])
    model.set_rows(["中国移动", "上城区教育局", "临平区卫健局", "阿里巴巴"])
    model.sort(0, Qt.SortOrder.AscendingOrder)
    assert model.rows() == ["阿里巴巴", "临平区卫健局", "上城区教育局", "中国移动"]
