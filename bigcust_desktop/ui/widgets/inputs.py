"""Form inputs that speak the wire format: money in yuan, codes with labels, record choices,
dates, and local date-times stored as UTC. Depends on `ui.qt`, `ui.labels` and `domain.money`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from decimal import Decimal

from bigcust_desktop.domain.errors import ValidationError
from bigcust_desktop.domain.money import to_money
from bigcust_desktop.ui.labels import LOCAL_ZONE, choices, to_local
from bigcust_desktop.ui.qt import (
    QComboBox,
    QDate,
    QDateEdit,
    QDateTime,
    QDateTimeEdit,
    QLineEdit,
    Qt,
    QTime,
    QWidget,
)

_STRIP = str.maketrans("", "", ",，¥￥ \u00a0")


class MoneyEdit(QLineEdit):
    """An amount in yuan: accepts ``12800``, ``12,800.5`` or ``¥12,800.50``.

    `amount` parses with the domain's money rule and raises `ValidationError` naming ``field``;
    after editing, a valid amount is shown again with thousands separators and two places.
    """

    def __init__(self, field: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = field
        self.setObjectName(f"{field}Edit")
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.setPlaceholderText("0.00")
        self.setMaxLength(24)
        self.editingFinished.connect(self._tidy)

    def amount(self, *, required: bool = True) -> Decimal | None:
        text = self.text().translate(_STRIP)
        if not text:
            if required:
                raise ValidationError(self.field, "field.required", "This field is required.")
            return None
        return to_money(text, self.field)

    def set_amount(self, value: Decimal | None) -> None:
        self.setText("" if value is None else f"{value:,.2f}")

    def _tidy(self) -> None:
        try:
            value = self.amount(required=False)
        except ValidationError:
            return  # leave the user's text for the inline message to point at
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


class DateEdit(QDateEdit):
    """A calendar date (``YYYY-MM-DD``) with a calendar pop-up."""

    def __init__(self, field: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = field
        self.setObjectName(f"{field}Edit")
        self.setDisplayFormat("yyyy-MM-dd")
        self.setCalendarPopup(True)

    def value(self) -> dt.date:
        d = self.date()
        return dt.date(d.year(), d.month(), d.day())

    def set_value(self, value: dt.date) -> None:
        self.setDate(QDate(value.year, value.month, value.day))


class LocalDateTimeEdit(QDateTimeEdit):
    """A moment entered in the province's time (Asia/Shanghai) and read back as aware UTC.

    The widget holds the wall-clock fields only; the zone is applied here, not by Qt, so the
    laptop's own time zone setting never shifts a logged visit.
    """

    def __init__(self, field: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = field
        self.setObjectName(f"{field}Edit")
        self.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.setCalendarPopup(True)

    def instant(self) -> dt.datetime:
        d, t = self.date(), self.time()
        local = dt.datetime(d.year(), d.month(), d.day(), t.hour(), t.minute(), tzinfo=LOCAL_ZONE)
        return local.astimezone(dt.UTC)

    def set_instant(self, value: dt.datetime) -> None:
        local = to_local(value)
        self.setDateTime(
            QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute))
        )
