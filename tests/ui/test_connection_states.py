"""Four states, honestly: 离线 (no network), 服务器繁忙 (5xx, 503 with Retry-After), 未登录 (the
session gone) and 同步失败 read differently in the status bar, and "Online" is the last request's
state with its time, not a flag left on after the server has gone. Exceptions are made by the
sync layer's own mapping of problem answers (`sync.http.problem_error`)."""

from __future__ import annotations

from bigcust_desktop.sync.engine import SyncReport
from bigcust_desktop.sync.errors import NetworkError
from bigcust_desktop.sync.http import problem_error
from bigcust_desktop.ui.main_window import MainWindow


def state_text(window: MainWindow) -> str:
    return window.online_label.text()


def test_each_failure_leaves_its_own_state_and_online_says_when(qtbot, manager_window):
    window = manager_window
    window.sync.succeeded.emit(SyncReport())
    online = state_text(manager_window)
    assert "Online" in online and ":" in online  # with the time of the last answer
    seen = {online.split("·")[0].strip()}

    failures = {
        "offline": NetworkError("crm connection failed: ConnectionError"),
        "busy": problem_error("crm", 503, "unavailable", "", 30.0),
        "server error": problem_error("crm", 500, "internal_error", "", None),
        "signed out": problem_error("crm", 401, "unauthorized", "", None),
        "failed": problem_error("crm", 400, "invalid_request", "", None),
    }
    shown = {}
    for name, exc in failures.items():
        window.sync.failed.emit(exc)
        shown[name] = state_text(manager_window)
        assert "Online" not in shown[name], name  # the server has gone: not online any more
    assert shown["busy"].split("·")[0] == shown["server error"].split("·")[0]
    heads = {shown[n].split("·")[0].strip() for n in ("offline", "busy", "signed out", "failed")}
    assert len(heads | seen) == 5  # four states and online, each told apart
    assert "30" in _tip_after(window, failures["busy"])  # how long the server asked to wait
    window.sync.succeeded.emit(SyncReport())
    assert "Online" in state_text(manager_window)


def _tip_after(window: MainWindow, exc: BaseException) -> str:
    window.sync.failed.emit(exc)
    return window.online_label.toolTip()
