"""How a city record's sync state reads in a list: blank once synced, else the state's label
in a colour that asks for attention. Depends on `ui.labels` and `ui.widgets.table_model`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from bigcust_desktop.ui.labels import label
from bigcust_desktop.ui.widgets.table_model import Column

_COLORS = {"pending": "#2f6fb0", "rejected": "#c0392b", "conflict": "#c0392b"}


def sync_state_text(state: str | None) -> str:
    """Nothing for a synced record (most rows); the state's label otherwise."""
    return "" if not state or state == "synced" else label("sync_state", state)


def sync_state_color(state: str | None) -> str | None:
    return _COLORS.get(state or "")


def sync_state_column(header: str, state: Callable[[Any], str | None]) -> Column:
    """A list column showing ``state(row)``: waiting in blue, refused or in conflict in red."""
    return Column(
        header,
        lambda row: sync_state_text(state(row)),
        color=lambda row: sync_state_color(state(row)),
    )
