"""A time the user reads is in the app's zone, Asia/Shanghai (the province's business day), not
the laptop's zone: an export's suggested file name at 12:50 in Hangzhou reads -1250, not -0450,
even on a laptop whose zone is UTC."""

from __future__ import annotations

import datetime as dt
import re
import time

import pytest

from bigcust_desktop.reports.files import default_file_name
from bigcust_desktop.ui.reports_page import ReportsPage

SHANGHAI = dt.timezone(dt.timedelta(hours=8))


@pytest.fixture
def utc_laptop(monkeypatch):
    """The laptop's own zone is UTC (8 hours from the app's)."""
    monkeypatch.setenv("TZ", "UTC")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def _minutes(text: str) -> dt.datetime:
    stamp = re.search(r"-(\d{8}-\d{4})\.xlsx$", text)
    assert stamp, text
    return dt.datetime.strptime(stamp.group(1), "%Y%m%d-%H%M").replace(tzinfo=SHANGHAI)


def test_the_suggested_export_name_is_in_local_time(qtbot, ctx, utc_laptop):
    before = dt.datetime.now(dt.UTC).replace(second=0, microsecond=0)
    page = ReportsPage(ctx)
    qtbot.addWidget(page)
    page._suggest_path()
    after = dt.datetime.now(dt.UTC)
    named = _minutes(page.out_path.text())
    assert before <= named <= after  # the same instant, read in Shanghai


def test_a_file_name_needs_an_instant_with_its_zone():
    at = dt.datetime(2026, 11, 27, 4, 50, tzinfo=dt.UTC)
    assert default_file_name(["revenue"], at) == "revenue-20261127-1250.xlsx"
    with pytest.raises(ValueError):
        default_file_name(["revenue"], dt.datetime(2026, 11, 27, 4, 50))
