"""Text from the central systems, the city CRM and the user is data, never markup: labels show
plain text unless a label asks for rich text, and then it escapes what it interpolates.

Qt guesses whether a label's or a tooltip's text is HTML (`Qt.mightBeRichText`), so a customer
named ``<b>…</b><img …>`` would be drawn as markup. `ui.qt` hands out this module's `QLabel`
in place of PySide6's. Depends on PySide6 only.
"""

from __future__ import annotations

import html
import re
from typing import Any

from PySide6.QtWidgets import QLabel as _QLabel

_PLACEHOLDER = re.compile(r"%(\d+)")
# `Qt.TextFormat`'s values, set through the label's property by number: naming any of Qt's
# enums builds PySide's whole `Qt` namespace (hundreds of enums, about 20 ms), which nothing
# else on the window's shell needs before its first paint.
PLAIN_TEXT, RICH_TEXT = 0, 1


class QLabel(_QLabel):
    """PySide6's label showing plain text by default; `setTextFormat(RichText)` for a label
    whose own emphasis is markup (its data then goes through `rich`)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.setProperty("textFormat", PLAIN_TEXT)


def rich(template: str, *values: object) -> str:
    """``template`` (markup of our own, with %1, %2 … placeholders, as `tr()` gives it) with the
    values put in as text: each escaped, so that a value is never read as markup."""
    escaped = [html.escape(str(value), quote=False) for value in values]

    def put(match: re.Match[str]) -> str:
        number = int(match.group(1))
        return escaped[number - 1] if 0 < number <= len(escaped) else match.group(0)

    return _PLACEHOLDER.sub(put, template)  # one pass: a value's own "%2" stays as it is


def plain_tip(text: str | None) -> str | None:
    """A tooltip that shows ``text`` as it is: Qt guesses markup in tooltips too, so text that
    looks like it is escaped into a paragraph of its own."""
    from PySide6.QtGui import Qt  # QtGui's Qt adds mightBeRichText and convertFromPlainText

    if not text or not Qt.mightBeRichText(text):
        return text
    return Qt.convertFromPlainText(text, Qt.WhiteSpaceMode.WhiteSpacePre)
