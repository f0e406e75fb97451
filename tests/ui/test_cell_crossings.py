"""Drawing a list calls into Python once a cell, not once a role (issue 13: page switches during a
priming sync): each call from Qt into Python takes the GIL, which a sync decoding records in
Python holds, so a call a role made the list pages wait seven times a cell. What is drawn stays
exactly what the per-role `data` gives: the same pixels, rows and order."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtGui import QImage

from bigcust_desktop.ui.customers.list_model import CustomerListModel
from bigcust_desktop.ui.customers.list_view import CustomerListPage
from bigcust_desktop.ui.qt import QWidget
from bigcust_desktop.ui.tickets.page import TicketsPage
from bigcust_desktop.ui.widgets.table_model import LazyRowsModel, _ColumnsModel

PAGES: list[tuple[Callable[[Any], QWidget], type]] = [
    (CustomerListPage, CustomerListModel),
    (TicketsPage, _ColumnsModel),  # the list pages' shared model: colours and alignment too
]


def shown(qtbot, ctx, make: Callable[[Any], QWidget]) -> Any:
    page = make(ctx)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    with qtbot.waitSignal(page.loaded, timeout=10000):
        page.show()
    return page


def drawn(page: Any) -> QImage:
    return page.table.viewport().grab().toImage()


@pytest.mark.parametrize(("make", "model_class"), PAGES)
def test_a_drawn_cell_calls_into_python_once(qtbot, ctx, monkeypatch, make, model_class):
    calls: list[str] = []
    for name in ("data", "multiData"):
        original = getattr(model_class, name)

        def counted(self, *args, _original=original, _name=name):
            calls.append(_name)
            return _original(self, *args)

        monkeypatch.setattr(model_class, name, counted)
    page = shown(qtbot, ctx, make)
    table = page.table
    cells = 0
    for row in range(page.model.rowCount()):
        if table.rowViewportPosition(row) < table.viewport().height():
            cells += page.model.columnCount()
    assert cells > 20  # a screenful of rows to draw
    calls.clear()
    table.viewport().repaint()
    # One a cell (and its size hint, in a column sized to its contents); seven a cell before.
    assert 0 < len(calls) <= 2 * cells, (len(calls), cells)


@pytest.mark.parametrize(("make", "model_class"), PAGES)
def test_the_cells_look_as_the_per_role_data_draws_them(qtbot, ctx, monkeypatch, make, model_class):
    page = shown(qtbot, ctx, make)
    drawn(page)  # settled: its scroll bar shown, the columns sized
    once_a_cell = drawn(page)
    rows = [page.model.data(page.model.index(r, 0)) for r in range(page.model.rowCount())]
    monkeypatch.delattr(model_class, "multiData")  # Qt's own: `data` once a role
    per_role = drawn(page)
    assert once_a_cell == per_role
    assert rows == [page.model.data(page.model.index(r, 0)) for r in range(page.model.rowCount())]


def test_a_row_not_loaded_is_read_once_for_its_cells(qtbot, ctx):
    page = shown(qtbot, ctx, TicketsPage)
    model: LazyRowsModel = page.model
    assert model.total() > 0
    read: list[int] = []
    loader = model._loader

    def counting(ids):
        read.append(len(ids))
        return loader(ids)

    model._loader = counting
    model._cache.clear()  # as rows scrolled to for the first time
    drawn(page)
    assert read == [min(model.total(), model.page_size)]  # one page read, not one a cell
