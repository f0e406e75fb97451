"""A change refused because its customer was reassigned says to whom (issue 18, contract 1.1):
the server's `not_visible` refusal carries the new manager's id and name, the refused edit
keeps it, and the CLI's `status` and the sync panel's reason name him (客户已划转给 李娜)."""

from __future__ import annotations

import json

from sqlalchemy import select

from bigcust_desktop.store import edits
from bigcust_desktop.store.models import Opportunity

from .test_sync_e2e import LINA, ZHANGWEI


def test_the_refusal_of_a_reassigned_customer_names_the_new_manager(
    laptop_factory, server, run_here
):
    laptop = laptop_factory("zhangwei")
    laptop.sync()
    opportunity, customer = laptop.read(
        lambda conn: conn.execute(
            select(Opportunity.id, Opportunity.customer_id).where(Opportunity.owner_id == ZHANGWEI)
        ).first()
    )
    laptop.edit(
        lambda conn: edits.update_record(conn, "opportunity", opportunity, {"notes": "划转前"})
    )
    server.admin("POST", f"/customers/{customer}/reassign", {"manager_id": LINA})
    try:
        assert laptop.sync().push.rejected == 1
        (refused,) = laptop.store.outbox.rejected()
        (error,) = refused.errors
        assert error["code"] == "not_visible"
        assert error["owner"] == {"id": LINA, "name": "李娜"}

        root = laptop.profile.root
        laptop.close()
        status = run_here(root, "status", "--json")
        assert status.returncode == 0, status.stderr
        (listed,) = json.loads(status.stdout)["refused"]
        assert listed["record_id"] == opportunity and listed["new_owner"]["name"] == "李娜"
        text = run_here(root, "status")
        assert "reassigned to 李娜" in text.stdout
    finally:
        server.admin("POST", f"/customers/{customer}/reassign", {"manager_id": ZHANGWEI})
