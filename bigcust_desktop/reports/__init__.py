"""Excel reports (DESIGN §6): pipeline, revenue, arrears ageing, fault tickets, activity
coverage and quotes, each a definition fed to one openpyxl writer.

Depends on the store and the domain; the UI calls `export` from a worker thread. The names below
load on first use (PEP 562): importing one submodule, e.g. `reports.errors`, loads nothing else.
"""

from __future__ import annotations

import importlib
import sys
import types
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from bigcust_desktop.reports.catalog import ReportInfo, list_reports
    from bigcust_desktop.reports.errors import (
        ExportCancelled,
        ReportError,
        ReportOutputError,
        ReportUsageError,
    )
    from bigcust_desktop.reports.export import ExportedFile, ExportResult, export
    from bigcust_desktop.reports.files import default_file_name
    from bigcust_desktop.reports.period import ReportFilters

# Public name -> the submodule that defines it.
_HOMES = {
    "ExportCancelled": "errors",
    "ExportResult": "export",
    "ExportedFile": "export",
    "ReportError": "errors",
    "ReportFilters": "period",
    "ReportInfo": "catalog",
    "ReportOutputError": "errors",
    "ReportUsageError": "errors",
    "default_file_name": "files",
    "export": "export",
    "list_reports": "catalog",
}

__all__ = [
    "ExportCancelled",
    "ExportResult",
    "ExportedFile",
    "ReportError",
    "ReportFilters",
    "ReportInfo",
    "ReportOutputError",
    "ReportUsageError",
    "default_file_name",
    "export",
    "list_reports",
]


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{home}"), name)
    globals()[name] = value  # the next look-up is a plain attribute
    return value


class _ReportsPackage(types.ModuleType):
    """The function `export` and the submodule `reports.export` share a name, and the import
    system sets every submodule it loads as an attribute of its package: without this guard,
    `from bigcust_desktop.reports import export` would give the module once anything had
    imported `bigcust_desktop.reports.export` directly."""

    def __setattr__(self, name: str, value: Any) -> None:
        if name in _HOMES and isinstance(value, types.ModuleType):
            return  # the submodule stays in sys.modules; the package keeps the public name
        super().__setattr__(name, value)


sys.modules[__name__].__class__ = _ReportsPackage
