"""The customer list as a manager uses it: type-ahead search by a Chinese fragment, a credit
code or part of a service number, filters, and Enter to open the 360 view."""

from __future__ import annotations

from uihelpers import type_text

from bigcust_desktop.ui.customers.list_view import CustomerListPage
from bigcust_desktop.ui.qt import Qt


def make_page(qtbot, ctx) -> CustomerListPage:
    page = CustomerListPage(ctx)
    qtbot.addWidget(page)
    page.resize(1100, 700)
    with qtbot.waitSignal(page.loaded, timeout=5000):  # read in the background, once shown
        page.show()
    return page


def names(page: CustomerListPage) -> list[str]:
    model = page.model
    return [model.data(model.index(row, 0)) for row in range(model.rowCount())]


def test_lists_the_book_lazily(qtbot, ctx, small_dataset):
    page = make_page(qtbot, ctx)
    assert page.model.total() == len(small_dataset.records["customer"])
    assert page.model.rowCount() <= 200  # the rest arrive as the view scrolls
    assert page.count_label.text().startswith(str(page.model.total()))


def test_chinese_fragment_finds_the_customer(qtbot, ctx, small_dataset):
    mine = [c for c in small_dataset.records["customer"] if c["manager_id"] == "U-0002"]
    target = mine[3]
    fragment = target["name"][2:4]  # two characters from the middle of the name
    page = make_page(qtbot, ctx)
    type_text(qtbot, page.search, fragment)
    qtbot.waitUntil(lambda: target["name"] in names(page), timeout=5000)
    assert all(fragment in n for n in names(page))


def test_credit_code_and_service_number_fragments(qtbot, ctx, small_dataset):
    customer = small_dataset.records["customer"][10]
    page = make_page(qtbot, ctx)
    type_text(qtbot, page.search, customer["uscc"][4:12])
    qtbot.waitUntil(lambda: names(page) == [customer["name"]], timeout=5000)
    line = next(s for s in small_dataset.records["subscriber"] if s["kind"] == "mobile")
    owner = next(c for c in small_dataset.records["customer"] if c["id"] == line["customer_id"])
    page.search.clear()
    type_text(qtbot, page.search, line["service_number"][-7:])
    qtbot.waitUntil(lambda: owner["name"] in names(page), timeout=5000)


def test_filters_narrow_and_clear(qtbot, ctx, small_dataset):
    page = make_page(qtbot, ctx)
    industry = page.filters["industry"]
    qtbot.waitUntil(lambda: industry.count() > 1, timeout=5000)  # the choices, read meanwhile
    with qtbot.waitSignal(page.loaded, timeout=5000):
        industry.setCurrentIndex(industry.findData("government"))
    expected = [c for c in small_dataset.records["customer"] if c["industry"] == "government"]
    assert page.model.total() == len(expected)
    with qtbot.waitSignal(page.loaded, timeout=5000):
        page.clear_filters()
    assert page.model.total() == len(small_dataset.records["customer"])


def test_enter_opens_the_customer(qtbot, ctx, small_dataset):
    page = make_page(qtbot, ctx)
    target = small_dataset.records["customer"][0]
    type_text(qtbot, page.search, target["uscc"])
    qtbot.waitUntil(lambda: page.model.total() == 1, timeout=5000)
    with qtbot.waitSignal(ctx.open_customer, timeout=5000) as opened:
        qtbot.keyClick(page.search, Qt.Key.Key_Return)
    assert opened.args == [target["id"]]


def test_dashboard_click_through_filter(qtbot, ctx):
    page = make_page(qtbot, ctx)
    with qtbot.waitSignal(page.loaded, timeout=5000):
        page.apply_filter({"not_contacted_days": 60})
    assert page.stale_days.value() == 60
    assert 0 < page.model.total() < 900


def test_enter_typed_before_the_hits_arrive_opens_the_first_hit(qtbot, ctx, small_dataset):
    target = small_dataset.records["customer"][5]
    page = make_page(qtbot, ctx)
    with qtbot.waitSignal(ctx.open_customer, timeout=5000) as opened:
        type_text(qtbot, page.search, target["uscc"])
        qtbot.keyClick(page.search, Qt.Key.Key_Return)  # within the typing pause
    assert opened.args == [target["id"]]


def test_the_first_rows_are_read_before_the_filter_choices(qtbot, ctx, monkeypatch):
    # The filters' values need the pinyin tables (half a second of Python holding the GIL):
    # read beside the rows, they held up the list's first draw. They come once it is drawn.
    calls: list[str] = []
    service = ctx.store.customers

    def recording(name: str):
        real = getattr(service, name)

        def recorded(*args, **kwargs):
            calls.append(name)
            return real(*args, **kwargs)

        return recorded

    for name in ("search_page", "filter_choices"):
        monkeypatch.setattr(service, name, recording(name))
    page = make_page(qtbot, ctx)
    assert calls == ["search_page"]
    qtbot.waitUntil(lambda: page.filters["industry"].count() > 1, timeout=5000)
    assert calls == ["search_page", "filter_choices"]
