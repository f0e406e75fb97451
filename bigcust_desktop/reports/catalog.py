"""The reports this client offers, in the order the UI and `report --list` show them.

Depends on the report definitions.
"""

from __future__ import annotations

from dataclasses import dataclass

from bigcust_desktop.reports import (
    arrears,
    at_risk,
    campaign_response,
    coverage,
    faults,
    pipeline,
    quotes,
    revenue,
    under_valued,
)
from bigcust_desktop.reports.definition import ReportDefinition
from bigcust_desktop.reports.errors import ReportUsageError

REPORTS: dict[str, ReportDefinition] = {
    d.name: d
    for d in (
        pipeline.DEFINITION,
        revenue.DEFINITION,
        arrears.DEFINITION,
        faults.DEFINITION,
        coverage.DEFINITION,
        quotes.DEFINITION,
        at_risk.DEFINITION,
        under_valued.DEFINITION,
        campaign_response.DEFINITION,
    )
}


@dataclass(frozen=True)
class ReportInfo:
    name: str  # as typed on the command line
    title_zh: str
    title_en: str
    description: str  # Chinese, one line


def list_reports() -> list[ReportInfo]:
    return [ReportInfo(d.name, d.title_zh, d.title_en, d.description) for d in REPORTS.values()]


def definitions(names: list[str] | tuple[str, ...]) -> list[ReportDefinition]:
    """The definitions of `names` in the order given, once each; "all" means every report."""
    if not names:
        raise ReportUsageError("report.none", "Name a report (see: report --list).")
    chosen: list[ReportDefinition] = []
    for name in names:
        if name == "all":
            picked = list(REPORTS.values())
        elif name in REPORTS:
            picked = [REPORTS[name]]
        else:
            raise ReportUsageError(
                "report.unknown",
                f"Unknown report {name!r}; known reports: {', '.join(REPORTS)} (or all).",
                {"name": str(name)[:40]},
            )
        chosen.extend(d for d in picked if d not in chosen)
    return chosen
