"""The reports page: choose, export in the background with progress, then open the folder;
a bad choice is said inline and writes nothing."""

from __future__ import annotations

from openpyxl import load_workbook

from bigcust_desktop.ui.qt import QLabel, QPushButton, Qt
from bigcust_desktop.ui.reports_page import ReportsPage


def make_page(qtbot, ctx, tmp_path) -> ReportsPage:
    page = ReportsPage(ctx)
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    page.out_path.setText(str(tmp_path / "团队报表.xlsx"))
    return page


def test_export_all_reports_into_one_workbook(qtbot, ctx, tmp_path):
    page = make_page(qtbot, ctx, tmp_path)
    button = page.findChild(QPushButton, "exportButton")
    with qtbot.waitSignal(page.exported, timeout=60000) as done:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    result = done.args[0]
    assert result.path == tmp_path / "团队报表.xlsx"
    assert page.findChild(QPushButton, "openFolder").isVisible()
    assert "团队报表.xlsx" in page.findChild(QLabel, "exportResult").text()
    workbook = load_workbook(result.path, read_only=True)
    assert len(workbook.sheetnames) > 6  # a cover plus summary and detail sheets per report
    assert button.isEnabled()


def test_no_report_chosen_is_said_inline(qtbot, ctx, tmp_path):
    page = make_page(qtbot, ctx, tmp_path)
    for row in range(page.report_list.count()):
        page.report_list.item(row).setCheckState(Qt.CheckState.Unchecked)
    qtbot.mouseClick(page.findChild(QPushButton, "exportButton"), Qt.MouseButton.LeftButton)
    error = page.findChild(QLabel, "reportError")
    assert error.isVisible() and error.text()
    assert not list(tmp_path.iterdir())


def test_unwritable_target_is_said_inline(qtbot, ctx, tmp_path):
    page = make_page(qtbot, ctx, tmp_path)
    page.out_path.setText(str(tmp_path / "missing-folder" / "x.xlsx"))
    with qtbot.waitSignal(page.findChild(QPushButton, "exportButton").clicked, timeout=1000):
        qtbot.mouseClick(page.findChild(QPushButton, "exportButton"), Qt.MouseButton.LeftButton)
    error = page.findChild(QLabel, "reportError")
    qtbot.waitUntil(error.isVisible, timeout=30000)
    assert not (tmp_path / "missing-folder").exists()
