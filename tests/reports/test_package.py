"""The reports package loads lazily: a submodule alone loads nothing else, openpyxl waits for a
workbook, and the public names (`export` above all) are what they say whatever loaded first."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest


def run_fresh(code: str) -> None:
    """Run `code` in a new interpreter (this one has long imported everything)."""
    done = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)], capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr


def test_importing_a_submodule_loads_neither_the_catalogue_nor_openpyxl():
    run_fresh(
        """
        import sys
        import bigcust_desktop.reports.errors
        import bigcust_desktop.reports.export  # the export path, up to the writer
        assert "openpyxl" not in sys.modules, "openpyxl loaded before a workbook is written"
        """
    )
    run_fresh(
        """
        import sys
        from bigcust_desktop.reports import ReportError
        assert "bigcust_desktop.reports.catalog" not in sys.modules
        assert "bigcust_desktop.reports.export" not in sys.modules
        """
    )


@pytest.mark.parametrize("first", ["package", "submodule"])
def test_export_is_the_function_whatever_loaded_first(first):
    load_first = (
        "from bigcust_desktop.reports import list_reports"
        if first == "package"
        else "from bigcust_desktop.reports.export import ExportResult"
    )
    run_fresh(
        f"""
        {load_first}
        import bigcust_desktop.reports as reports
        from bigcust_desktop.reports import export
        from bigcust_desktop.reports.export import export as the_function
        assert export is the_function and reports.export is the_function, export
        assert [info.name for info in reports.list_reports()]
        """
    )


def test_an_unknown_name_is_an_attribute_error():
    import bigcust_desktop.reports as reports

    with pytest.raises(AttributeError, match="no_such_report"):
        _ = reports.no_such_report
