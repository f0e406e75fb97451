"""Form inputs that speak the wire format: money in yuan, codes with labels, record choices,
dates, and local date-times stored as UTC. Depends on `ui.qt`, `ui.labels` and the domain's
form-input rules (amounts with 万/亿, dates as typed).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from decimal import Decimal
from typing import Any

from bigcust_desktop.domain.drafts.form_input import parse_amount, parse_typed_date
from bigcust_desktop.domain.errors import ValidationError
from bigcust_desktop.ui.labels import LOCAL_ZONE, choices, to_local
from bigcust_desktop.ui.qt import (
    QAction,
    QCalendarWidget,
    QComboBox,
    QDate,
    QHBoxLayout,
    QLineEdit,
    QStyle,
    Qt,
    QTime,
    QTimeEdit,
    QWidget,
    Signal,
)


class MoneyEdit(QLineEdit):
    """An amount in yuan: accepts ``12800``, ``12,800.5``, ``¥12,800.50``, ``128万``, ``1.28亿``.

    `amount` parses with the domain's money rule and raises `ValidationError` naming ``field``;
    after editing, a valid amount is shown again with thousands separators and two places.
    """

    problem = Signal(object)  # the ValidationError of the text left in the field, or None

    def __init__(self, field: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = field
        self.setObjectName(f"{field}Edit")
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.setPlaceholderText(self.tr("e.g. 128万 or 1,280,000"))
        self.setMaxLength(24)
        self.editingFinished.connect(self._tidy)

    def amount(self, *, required: bool = True) -> Decimal | None:
        if not self.text().strip() and not required:
            return None
        return parse_amount(self.text(), self.field)

    def set_amount(self, value: Decimal | None) -> None:
        self.setText("" if value is None else f"{value:,.2f}")

    def _tidy(self) -> None:
        try:
            value = self.amount(required=False)
        except ValidationError as exc:
            self.problem.emit(exc)
            return  # leave the user's text for the inline message to point at
        self.problem.emit(None)
        self.set_amount(value)


class CodeComboBox(QComboBox):
    """A choice of enumeration codes shown by their labels (`ui.labels`)."""

    def __init__(
        self,
        kind: str,
        field: str,
        parent: QWidget | None = None,
        *,
        empty_text: str | None = None,
        codes: Iterable[str] | None = None,
    ) -> None:
        super().__init__(parent)
        self.kind = kind
        self.field = field
        self.setObjectName(f"{field}Combo")
        allowed = None if codes is None else set(codes)
        if empty_text is not None:
            self.addItem(empty_text, None)
        for code, text in choices(kind):
            if allowed is None or code in allowed:
                self.addItem(text, code)

    def code(self) -> str | None:
        data = self.currentData()
        return None if data is None else str(data)

    def set_code(self, code: str | None) -> None:
        at = self.findData(code)
        if at >= 0:
            self.setCurrentIndex(at)


class RecordComboBox(QComboBox):
    """A choice among records by id (a contact, an opportunity), optionally none."""

    def __init__(
        self, field: str, parent: QWidget | None = None, *, none_text: str | None = None
    ) -> None:
        super().__init__(parent)
        self.field = field
        self._none_text = none_text
        self.setObjectName(f"{field}Combo")
        self.set_items([])

    def set_items(self, items: Iterable[tuple[str, str]]) -> None:
        """``(id, text)`` pairs; the current choice is kept when it is still offered."""
        current = self.current_id()
        self.blockSignals(True)
        self.clear()
        if self._none_text is not None:
            self.addItem(self._none_text, None)
        for record_id, text in items:
            self.addItem(text, record_id)
        self.blockSignals(False)
        self.set_current_id(current)

    def current_id(self) -> str | None:
        data = self.currentData()
        return None if data is None else str(data)

    def set_current_id(self, record_id: str | None) -> None:
        at = self.findData(record_id) if record_id is not None else -1
        self.setCurrentIndex(at if at >= 0 else 0)


class DateEdit(QLineEdit):
    """A calendar date typed as ``YYYY-MM-DD`` (``2026/12/20``, ``20261220`` too) or picked from
    the calendar pop-up (F4, Alt+Down or the calendar button).

    What is typed is taken as typed, or refused: never moved to another day as QDateEdit's
    sections do (2026-02-30 there became 2027-02-03). `value` is the date, or the text itself
    when it is not a real date, for the domain's record check to name (``date.invalid``);
    leaving such a field emits `problem` at once.
    """

    problem = Signal(object)  # the ValidationError of the text left in the field, or None

    def __init__(self, field: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = field
        self.setObjectName(f"{field}Edit")
        self.setPlaceholderText("YYYY-MM-DD")
        self.setMaxLength(16)
        self.setAccessibleDescription(self.tr("Date, YYYY-MM-DD; F4 opens the calendar"))
        icon = self.style().standardIcon(QStyle.StandardPixmap.SP_FileDialogDetailedView)
        self._popup_action = QAction(icon, self.tr("Choose from the calendar (F4)"), self)
        self._popup_action.triggered.connect(self.show_calendar)
        self.addAction(self._popup_action, QLineEdit.ActionPosition.TrailingPosition)
        self._calendar: QCalendarWidget | None = None
        self.editingFinished.connect(self._tidy)

    def value(self) -> dt.date | str:
        """The date shown, or the text as typed when it is not a real date."""
        text = self.text()
        try:
            return parse_typed_date(text, self.field)
        except ValidationError:
            return text.strip()

    def set_value(self, value: dt.date) -> None:
        self.setText(value.isoformat())

    def _tidy(self) -> None:
        if not self.text().strip():
            self.problem.emit(None)
            return
        try:
            value = parse_typed_date(self.text(), self.field)
        except ValidationError as exc:
            self.problem.emit(exc)
            return
        self.problem.emit(None)
        if self.text() != value.isoformat():
            self.setText(value.isoformat())
            self.textEdited.emit(self.text())

    def calendar(self) -> QCalendarWidget:
        """The pop-up calendar (made on first use)."""
        if self._calendar is None:
            calendar = QCalendarWidget(self)
            calendar.setWindowFlags(Qt.WindowType.Popup)
            calendar.setObjectName(f"{self.field}Calendar")
            calendar.setGridVisible(True)
            calendar.activated.connect(self._picked)
            calendar.clicked.connect(self._picked)
            self._calendar = calendar
        return self._calendar

    def show_calendar(self) -> None:
        calendar = self.calendar()
        value = self.value()
        if isinstance(value, dt.date):
            calendar.setSelectedDate(QDate(value.year, value.month, value.day))
        calendar.adjustSize()
        calendar.move(self.mapToGlobal(self.rect().bottomLeft()))
        calendar.show()
        calendar.setFocus()

    def _picked(self, date: QDate) -> None:
        if self._calendar is not None:
            self._calendar.hide()
        self.set_value(dt.date(date.year(), date.month(), date.day()))
        self.textEdited.emit(self.text())
        self.problem.emit(None)
        self.setFocus()

    def keyPressEvent(self, event: Any) -> None:
        alt_down = event.key() == Qt.Key.Key_Down and (
            event.modifiers() & Qt.KeyboardModifier.AltModifier
        )
        if event.key() == Qt.Key.Key_F4 or alt_down:
            self.show_calendar()
            return
        super().keyPressEvent(event)


class LocalDateTimeEdit(QWidget):
    """A moment entered in the province's time (Asia/Shanghai) and read back as aware UTC: the
    shared `DateEdit` for the day and a time field (``HH:mm``).

    The widgets hold the wall-clock fields only; the zone is applied here, not by Qt, so the
    laptop's own time zone setting never shifts a logged visit.
    """

    def __init__(self, field: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = field
        self.setObjectName(f"{field}Edit")
        self.date_edit = DateEdit(field, self)
        self.date_edit.setObjectName(f"{field}DateEdit")
        self.problem = self.date_edit.problem
        self.time_edit = QTimeEdit(self)
        self.time_edit.setObjectName(f"{field}TimeEdit")
        self.time_edit.setDisplayFormat("HH:mm")
        self.time_edit.setAccessibleName(self.tr("Time"))
        box = QHBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.date_edit, 1)
        box.addWidget(self.time_edit)
        self.setFocusProxy(self.date_edit)

    def instant(self) -> dt.datetime:
        """The moment as aware UTC; raises `ValidationError` when the day is not a real date."""
        day = parse_typed_date(self.date_edit.text(), self.field)
        t = self.time_edit.time()
        local = dt.datetime(day.year, day.month, day.day, t.hour(), t.minute(), tzinfo=LOCAL_ZONE)
        return local.astimezone(dt.UTC)

    def set_instant(self, value: dt.datetime) -> None:
        local = to_local(value)
        self.date_edit.set_value(local.date())
        self.time_edit.setTime(QTime(local.hour, local.minute))
