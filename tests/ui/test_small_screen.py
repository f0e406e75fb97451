"""Small screens: every page and dialog fits a 1280x720 laptop screen with room for the title bar
(the window could not be made shorter than 772 px; on a 1366x768 laptop with a taskbar the
status bar was off-screen). The dashboard scrolls instead of squeezing its charts."""

from __future__ import annotations

from screens import language, screens

from bigcust_desktop.ui.qt import QMainWindow, QScrollArea

SCREEN_W, SCREEN_H = 1280, 720
TITLE_BAR = 40  # a window's frame and title bar, drawn by the system around what Qt lays out
ROOM_W, ROOM_H = SCREEN_W, SCREEN_H - TITLE_BAR


def test_every_page_and_dialog_fits_1280_by_720(qtbot, qapp, small_store):
    too_big: dict[str, tuple[int, int]] = {}
    with language(qapp, "zh_CN"):  # Chinese labels are the default and the ones to fit
        for name, top in screens(qtbot, small_store):
            hint = top.minimumSizeHint().expandedTo(top.minimumSize())
            if hint.width() > ROOM_W or hint.height() > ROOM_H:
                too_big[name] = (hint.width(), hint.height())
            if isinstance(top, QMainWindow):
                top.resize(SCREEN_W, ROOM_H)
                qapp.processEvents()
                if top.height() > ROOM_H:
                    too_big[f"{name} (resized)"] = (top.width(), top.height())
    assert not too_big, "\n".join(f"{n}: {w}x{h}" for n, (w, h) in too_big.items())


def test_the_dashboard_scrolls_rather_than_squeezing(qtbot, ctx):
    from bigcust_desktop.ui.dashboard.page import DashboardPage

    page = DashboardPage(ctx)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.show()
    page.resize(1100, 560)
    area = page.findChild(QScrollArea)
    assert area is not None and area.widgetResizable()
    qtbot.waitUntil(lambda: area.verticalScrollBar().maximum() > 0)
    for card in (page.pipeline, page.revenue, page.tickets, page.contacts):
        assert card.height() >= card.minimumSizeHint().height()
