"""`ui.errors` is the one place a failure becomes what the user reads (issue 13 §1): expected
failures a sentence in the user's language, a bug a short reference with its traceback in the
log, never the exception's own (English, technical, maybe sensitive) text."""

from __future__ import annotations

import logging

from bigcust_desktop.reports.errors import ReportOutputError, ReportUsageError
from bigcust_desktop.sync.errors import NetworkError, RequestRejected
from bigcust_desktop.ui.errors import failure_text, show_failure, user_message
from bigcust_desktop.ui.qt import QMessageBox, QWidget


def test_a_bug_is_a_reference_and_its_traceback_goes_to_the_log(qapp, caplog):
    caplog.set_level(logging.INFO, logger="bigcust_desktop.ui.errors")
    try:
        raise KeyError("internal detail /home/zhangwei/secret")
    except KeyError as exc:
        text = failure_text(exc, "saving an opportunity")
    assert "internal detail" not in text and "KeyError" not in text
    reference = text.split("reference ")[1].split(";")[0]
    assert len(reference) == 8 and reference.startswith("E-")
    record = next(r for r in caplog.records if reference in r.getMessage())
    assert record.exc_info is not None and "saving an opportunity" in record.getMessage()
    assert user_message(KeyError("x")) is None


def test_two_bugs_get_two_references(qapp):
    first, second = (failure_text(RuntimeError("boom")) for _ in range(2))
    assert first != second


def test_an_export_failure_names_the_file_and_nothing_technical(qapp):
    exc = ReportOutputError(
        "report.file_open",
        "/home/zhangwei/exports/pipeline.xlsx is open in another program",
        {"file": "/home/zhangwei/exports/pipeline.xlsx"},
    )
    text = failure_text(exc)
    assert text.startswith("pipeline.xlsx is open in another program (Excel or WPS)")
    assert "/home/zhangwei" not in text


def test_a_report_refusal_without_a_message_here_is_not_shown_in_english(qapp, caplog):
    exc = ReportUsageError("report.brand_new_code", "The brand new check failed for pipeline.")
    text = failure_text(exc)
    assert (
        "brand new check" not in text and text == "The report could not be made. See the log file."
    )
    assert any("report.brand_new_code" in r.getMessage() for r in caplog.records)


def test_the_server_english_never_reaches_the_user(qapp):
    exc = RequestRejected("city answered 409 conflict: Version mismatch on OPP-1", code="server.x")
    assert "Version mismatch" not in failure_text(exc)
    assert failure_text(NetworkError("reset")) == user_message(NetworkError("reset"))


def test_show_failure_shows_the_text_in_a_box(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    shown = show_failure(parent, RuntimeError("boom"), title="Export quote to Excel")
    box = parent.findChild(QMessageBox, "failureMessage")
    assert box.isVisible() and box.text() == shown and box.windowTitle() == "Export quote to Excel"
    box.close()
