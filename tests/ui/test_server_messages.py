"""Every error code the contract documents reads as plain Chinese with a next step: the problem
codes of docs/sync-protocol.md (Errors, sign-in) and the per-field codes of a refused change; the
server's English stays in the details (详情) and the log, never in the message."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from bigcust_desktop.sync.http import problem_error
from bigcust_desktop.ui.errors import failure_details, user_message
from bigcust_desktop.ui.qt import QCoreApplication, QTranslator
from bigcust_desktop.ui.translations import translation_path
from bigcust_desktop.ui.widgets.messages import known_codes, rejection_details, rejection_text

DOC = (Path(__file__).resolve().parents[2] / "docs" / "sync-protocol.md").read_text("utf-8")
HAN = re.compile(r"[\u4e00-\u9fff]")


def _table_after(heading: str, stop: str) -> list[list[str]]:
    """The rows of the first Markdown table after `heading` (cells, stripped)."""
    part = DOC[DOC.index(heading) : DOC.index(stop, DOC.index(heading))]
    return [
        [cell.strip() for cell in line.strip("|").split("|")]
        for line in part.splitlines()
        if line.startswith("| ") and not line.startswith("| status") and "---" not in line
    ]


def documented_problems() -> list[tuple[int, str]]:
    """(status, code) of every problem answer the contract lists (sign-in and Errors)."""
    rows = _table_after("| status | code | when |", "## Pull")
    rows += _table_after("Validation problems add", "Connection resets")
    problems = []
    for status, codes, *_ in rows:
        for code in re.findall(r"`([a-z_]+)`", codes):
            problems.append((int(status), code))
    return problems


def documented_rejections() -> list[str]:
    """The per-field codes of a refused change the contract lists (no wildcards)."""
    rows = _table_after("| code | meaning |", "## Errors")
    return [c for row in rows for c in re.findall(r"`([a-z_.]+)`", row[0])]


@pytest.fixture
def chinese(qapp) -> Iterator[None]:
    translator = QTranslator()
    assert translator.load(translation_path("zh_CN"))
    QCoreApplication.installTranslator(translator)
    yield
    QCoreApplication.removeTranslator(translator)


def test_the_documents_are_read_whole():
    assert (503, "unavailable") in documented_problems()
    assert (401, "invalid_credentials") in documented_problems()
    assert len(documented_problems()) >= 18
    assert {"not_visible", "op_id.taken", "contract.number_taken"} <= set(documented_rejections())


@pytest.mark.parametrize("retry_after", [None, 30.0])
def test_every_documented_problem_code_has_a_chinese_message(chinese, retry_after):
    generic = QCoreApplication.translate("Errors", "Sync failed.")
    missing = []
    for status, code in documented_problems():
        exc = problem_error("crm", status, code, "This is the server's English.", retry_after)
        message = user_message(exc)
        if not message or message == generic or not HAN.search(message) or "crm" in message:
            missing.append((status, code, exc.code, message))
        elif "server's English" not in failure_details(exc):
            missing.append((status, code, "no details"))
    assert missing == []


def test_every_documented_rejection_code_has_a_chinese_message(chinese):
    known = set(known_codes())
    missing = []
    for code in documented_rejections():
        text = rejection_text([{"field": "id", "code": code, "message": "Server's English."}])
        if code not in known or not HAN.search(text) or "English" in text:
            missing.append((code, text))
    assert missing == []


def test_a_refusal_reads_in_chinese_with_the_server_words_in_the_details(chinese):
    errors = [
        {
            "field": "customer_id",
            "code": "not_visible",
            "message": "This record is not in your book.",
        }
    ]
    text = rejection_text(errors)
    assert "not in your book" not in text and "customer_id" not in text
    assert "划转" in text  # says what likely happened, and what to do
    assert "This record is not in your book." in rejection_details(errors)
    unknown = rejection_text([{"field": "x", "code": "brand.new", "message": "Huh."}])
    assert "Huh." not in unknown and "brand.new" in unknown and HAN.search(unknown)
