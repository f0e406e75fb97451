"""Expected failures of an export: a bad choice by the user, a file that cannot be written, cancel.

Each carries a stable code for translation in the UI and an English message. Depends on nothing.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any


class ReportError(Exception):
    """An expected export failure; ``code`` is stable (``report.unknown``), ``message`` English."""

    def __init__(self, code: str, message: str, params: Mapping[str, Any] | None = None) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.params: dict[str, Any] = dict(params or {})


class ReportUsageError(ReportError):
    """The request is wrong: unknown report, bad period, a manager outside the user's book."""


class ReportOutputError(ReportError):
    """The workbook cannot be written where asked: missing or read-only folder, file open, disk."""


class ExportCancelled(ReportError):
    """The user cancelled; nothing was left behind."""

    def __init__(self) -> None:
        super().__init__("report.cancelled", "The export was cancelled.")
