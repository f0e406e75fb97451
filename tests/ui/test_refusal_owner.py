"""The sync panel names whom a refused change's customer went to (issue 18, contract 1.1), and
says only what it knows when an older server does not say (no name invented)."""

from __future__ import annotations

from bigcust_desktop.store.outbox.export import UnsentEdit
from bigcust_desktop.ui.sync_panel.unsent_dialogs import refusal_reason
from bigcust_desktop.ui.widgets.messages import rejection_text

_NAMED = {
    "field": "id",
    "code": "not_visible",
    "message": "This record is not in your book.",
    "owner": {"id": "U-0003", "name": "李娜"},
}


def _edit(errors: list[dict]) -> UnsentEdit:
    return UnsentEdit(
        entity="opportunity",
        record_id="o-1",
        kind="update",
        state="rejected",
        fields={"notes": "划转前"},
        record=None,
        server_record=None,
        errors=errors,
        conflict=None,
        left_cache=True,
        created_at="2026-12-06T08:00:00+00:00",
    )


def test_the_refusal_names_the_new_manager(qapp):
    assert "reassigned to 李娜" in rejection_text([_NAMED])
    assert "ask 李娜" in refusal_reason(_edit([_NAMED]))


def test_an_older_server_without_the_owner_is_not_given_a_name(qapp):
    old = {k: v for k, v in _NAMED.items() if k != "owner"}
    assert "李娜" not in rejection_text([old]) and "another manager" in rejection_text([old])
    assert "李娜" not in refusal_reason(_edit([old]))
