"""Report fixtures: a small seeded store of our own (exports write audit rows), signed-in users,
and workbooks exported once per session for the read-back tests.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from bigcust_desktop.domain.identity import UserProfile
from bigcust_desktop.reports import ReportFilters, export
from bigcust_desktop.store.bulk import load_dataset
from bigcust_desktop.store.engine import Store, open_store
from bigcust_desktop.store.keys import load_or_create_key
from bigcust_desktop.store.profile import Profile


def open_migrated(root: Path) -> Store:
    profile = Profile.resolve(root)
    store = open_store(profile, load_or_create_key(profile).secret)
    store.migrate()
    return store


def profile_of(records: dict[str, list[dict[str, Any]]], user_id: str) -> UserProfile:
    """The signed-in user's profile as the CLI reads it from the store's meta table."""
    return UserProfile.from_json(next(u for u in records["user"] if u["id"] == user_id))


@pytest.fixture(scope="session")
def report_store(tmp_path_factory: pytest.TempPathFactory, small_dataset) -> Iterator[Store]:
    """The small dataset in a store of the report tests' own: exports add audit rows to it."""
    store = open_migrated(tmp_path_factory.mktemp("reports") / "profile")
    load_dataset(store, small_dataset.records)
    yield store
    store.close()


@pytest.fixture(scope="session")
def as_of(small_dataset) -> dt.datetime:
    """Noon (Beijing) of the dataset's as-of day: the seeded data ends the day before."""
    day = small_dataset.as_of
    return dt.datetime(day.year, day.month, day.day, 4, tzinfo=dt.UTC)


@pytest.fixture(scope="session")
def regional(small_dataset) -> UserProfile:
    """王芳, regional manager of T-HZ-1."""
    return profile_of(small_dataset.records, "U-0001")


@pytest.fixture(scope="session")
def manager(small_dataset) -> UserProfile:
    """张伟, account manager in T-HZ-1."""
    return profile_of(small_dataset.records, "U-0002")


@pytest.fixture(scope="session")
def team_workbook(tmp_path_factory, report_store, regional, as_of) -> tuple[Path, Any]:
    """Every report in one workbook, exported by the regional manager (default periods)."""
    path = tmp_path_factory.mktemp("team") / "team.xlsx"
    result = export(report_store, ["all"], ReportFilters(as_of=as_of), regional, path)
    return path, result
