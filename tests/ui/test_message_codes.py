"""Every validation code a form can meet has its message in the user's language: the codes the
domain rules, the record builders and the local store raise are all in `ui.widgets.messages`."""

from __future__ import annotations

import ast
import datetime as dt
from pathlib import Path

from uihelpers import ZHANGWEI

from bigcust_desktop.domain.drafts.quotes import approval_decision, price_quote
from bigcust_desktop.domain.drafts.tickets import ticket_move
from bigcust_desktop.domain.errors import ValidationError, ValidationErrors
from bigcust_desktop.ui.widgets.messages import error_text, known_codes

PACKAGE = Path(__file__).resolve().parents[2] / "bigcust_desktop"
# Checks of data from the feed or of the code itself, never of what a user typed.
NOT_FROM_FORMS = {"entity.unknown", "record.type"}


def raised_codes(folder: Path) -> set[str]:
    """Codes written as the second argument of `ValidationError(...)` in a folder's modules."""
    codes = set()
    for path in folder.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and getattr(node.func, "id", None) == "ValidationError"
                and len(node.args) >= 2
                and isinstance(node.args[1], ast.Constant)
            ):
                codes.add(node.args[1].value)
    return codes


def test_every_code_a_form_can_meet_has_a_message():
    codes = raised_codes(PACKAGE / "domain") | raised_codes(PACKAGE / "store")
    codes |= raised_codes(PACKAGE / "ui")
    forms = {c for c in codes if c not in NOT_FROM_FORMS and not c.startswith("value.")}
    assert "quote.reject_note" in forms  # the scan sees the builders
    assert forms - set(known_codes()) == set()


def _errors(call) -> list[ValidationError]:
    try:
        call()
    except ValidationErrors as exc:
        return exc.errors
    raise AssertionError("no errors")


def test_builder_errors_read_as_messages_not_codes():
    quote = {"status": "draft", "lines": []}
    errors = _errors(lambda: approval_decision(quote, approve=False, approver=ZHANGWEI, note=" "))
    assert {e.code for e in errors} == {
        "quote.approver_role",
        "quote.not_pending",
        "quote.reject_note",
    }
    assert error_text(errors[-1]) == "Say why the quote is rejected."
    ticket = {"status": "resolved", "history": []}
    errors = _errors(
        lambda: ticket_move(
            ticket, "in_progress", by="U-0002", note="", now=dt.datetime.now(dt.UTC)
        )
    )
    assert [e.code for e in errors] == ["ticket.reopen_note"]
    pricing = price_quote([], {}, 0)
    assert all(e.code in known_codes() for e in pricing.errors)


def test_a_profile_that_cannot_be_used_is_a_message_naming_the_folder(qapp, tmp_path):
    from bigcust_desktop.store.profile import Profile, ProfileError
    from bigcust_desktop.ui.errors import user_message

    (tmp_path / "someone-elses.txt").write_text("x")
    for path in (tmp_path, tmp_path / "someone-elses.txt"):
        try:
            Profile.resolve(path)
        except ProfileError as exc:
            message = user_message(exc)
        assert message and str(path) in message and "Traceback" not in message
