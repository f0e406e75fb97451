"""Excel reports (DESIGN §6): pipeline, revenue, arrears ageing, fault tickets, activity
coverage and quotes, each a definition fed to one openpyxl writer.

Depends on the store and the domain; the UI calls `export` from a worker thread.
"""

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
