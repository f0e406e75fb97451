"""Work that must wait until a widget has drawn: the start-up behind the window's first paint, a
list's secondary reads behind its first rows.

Depends on `ui.qt` only.
"""

from __future__ import annotations

from collections.abc import Callable

from bigcust_desktop.ui.qt import QEvent, QObject, QTimer, QWidget


class AfterPaint(QObject):
    """Calls `then` once `widget` has painted, after that paint (or after `fallback_ms`).

    The filter sits on the widget alone: one on the application would make PySide wrap every
    internal object an event is sent to, building Python types the window never needs."""

    def __init__(self, widget: QWidget, then: Callable[[], None], fallback_ms: int = 1000) -> None:
        super().__init__(widget)
        self._widget, self._then, self._done = widget, then, False
        widget.installEventFilter(self)
        QTimer.singleShot(fallback_ms, self._fire)  # a widget never painted (hidden) too

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self._done and event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, self._fire)  # once this paint is over
        return False

    def _fire(self) -> None:
        if not self._done:
            self._done = True
            self._widget.removeEventFilter(self)
            self._then()
