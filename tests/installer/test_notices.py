"""The licence notices generator the bundle build runs (installer/notices.py), on this
environment's real installed packages: every component gets its licence and texts, the Qt
source offer and the licences compiled into sqlcipher3 are there, an unknown licence stops it."""

from __future__ import annotations

import importlib.util
import sys
from importlib import metadata
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def notices():
    spec = importlib.util.spec_from_file_location("notices", ROOT / "installer" / "notices.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["notices"] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    yield module
    del sys.modules["notices"]


@pytest.fixture(scope="module")
def written(notices, tmp_path_factory):
    out = tmp_path_factory.mktemp("bundle")
    modules = ["PySide6", "shiboken6", "sqlcipher3", "requests", "truststore", "openpyxl",
               "bigcust_desktop", "json"]  # fmt: skip
    entries = notices.write_notices(modules, out)
    return out, entries


def test_the_program_licence_is_the_gpl_3(written):
    out, _ = written
    text = (out / "LICENSE.txt").read_text(encoding="utf-8")
    assert "GNU GENERAL PUBLIC LICENSE" in text and "Version 3, 29 June 2007" in text
    notices = (out / "THIRD-PARTY-NOTICES.txt").read_text(encoding="utf-8")
    assert "GPL-3.0-or-later" in notices


def test_every_component_has_a_licence_and_its_texts(written):
    out, entries = written
    names = {e.name.lower().replace("_", "-") for e in entries}
    assert {"python", "pyside6-essentials", "pyside6-addons", "shiboken6", "sqlcipher3",
            "requests", "truststore", "openpyxl"} <= names  # fmt: skip
    assert "bigcust-desktop" not in names  # the program itself is LICENSE.txt
    notices = (out / "THIRD-PARTY-NOTICES.txt").read_text(encoding="utf-8")
    for entry in entries:
        assert entry.license, entry.name
        assert f"{entry.name} {entry.version}" in notices
    for line in notices.splitlines():
        if line.strip().startswith("Text: "):
            assert (out / line.split("Text: ", 1)[1]).is_file(), line


def test_qt_is_shipped_with_the_lgpl_the_gpl_for_charts_and_the_source_offer(written):
    out, entries = written
    addons = next(e for e in entries if e.name.lower().replace("_", "-") == "pyside6-addons")
    assert "GPL-3.0-only" in addons.license
    licenses = out / "licenses"
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in (licenses / "LGPL-3.0.txt").read_text()
    assert "GNU GENERAL PUBLIC LICENSE" in (licenses / "GPL-3.0.txt").read_text()
    offer = (licenses / "Qt-source-offer.txt").read_text(encoding="utf-8")
    assert "{" not in offer and addons.version in offer and "three years" in offer


def test_sqlcipher3_ships_its_own_sqlciphers_sqlites_and_openssls_terms(written):
    out, entries = written
    entry = next(e for e in entries if e.name == "sqlcipher3")
    assert entry.license == "Zlib AND BSD-3-Clause AND blessing AND Apache-2.0"
    licenses = out / "licenses"
    assert "Gerhard" in (licenses / f"sqlcipher3-{entry.version}" / "LICENSE").read_text()
    assert "ZETETIC LLC" in (licenses / "SQLCipher.txt").read_text()
    assert "blessing" in (licenses / "SQLite.txt").read_text()
    assert "Apache License" in (licenses / "Apache-2.0.txt").read_text()


def test_a_package_that_declares_no_licence_stops_the_build(notices, tmp_path):
    info = tmp_path / "mystery-1.0.dist-info"
    info.mkdir()
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: mystery\nVersion: 1.0\n")
    with pytest.raises(notices.NoticeError, match=r"mystery 1\.0 declares no licence"):
        notices.entry_of(metadata.PathDistribution(info))
