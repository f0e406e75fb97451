"""The unsent-work export as a workbook a person reads (issue 18): `export-unsent FILE.xlsx`
writes one row per edit — when, record type and name, customer, old → new, state and the reason
in Chinese (the new manager named) — through the one writer; `.json` stays the JSON document."""

from __future__ import annotations

import json

from openpyxl import load_workbook
from sqlalchemy import select

from bigcust_desktop.store import edits
from bigcust_desktop.store.models import Opportunity

from .test_sync_e2e import LINA, ZHANGWEI


def test_the_workbook_lists_each_edit_with_its_state_and_reason(
    laptop_factory, server, tmp_path, run_here
):
    laptop = laptop_factory("zhangwei")
    laptop.sync()
    (kept, _notes), (moved, moved_customer) = laptop.read(
        lambda conn: (
            conn.execute(
                select(Opportunity.id, Opportunity.notes)
                .where(Opportunity.owner_id == ZHANGWEI)
                .order_by(Opportunity.id)
                .limit(1)
            ).all()
            + conn.execute(
                select(Opportunity.id, Opportunity.customer_id)
                .where(Opportunity.owner_id == ZHANGWEI)
                .order_by(Opportunity.id.desc())
                .limit(1)
            ).all()
        )
    )
    laptop.edit(lambda conn: edits.update_record(conn, "opportunity", moved, {"notes": "划走"}))
    server.admin("POST", f"/customers/{moved_customer}/reassign", {"manager_id": LINA})
    try:
        assert laptop.sync().push.rejected == 1
        laptop.edit(
            lambda conn: edits.update_record(conn, "opportunity", kept, {"stage": "proposal"})
        )
        root = laptop.profile.root
        laptop.close()
        out = tmp_path / "未发送.xlsx"
        done = run_here(root, "export-unsent", str(out))
        assert done.returncode == 0, done.stderr
        assert "2 change(s)" in done.stdout
        sheet = load_workbook(out, read_only=True)["明细"]
        rows = [[c for c in row] for row in sheet.iter_rows(values_only=True)]
        header = rows.index(next(r for r in rows if r and r[0] == "修改时间"))
        by_state = {r[6]: r for r in rows[header + 1 :] if r and r[6]}
        assert by_state["被拒绝"][7].startswith("客户已划转给 李娜")
        assert by_state["被拒绝"][1] == "商机" and moved_customer in by_state["被拒绝"][3]
        assert "阶段：" in by_state["待发送"][5] and "→ 方案报价" in by_state["待发送"][5]
        assert "unsent" not in " ".join(str(c) for r in rows for c in r if c)  # no raw English

        as_json = tmp_path / "unsent.json"
        assert run_here(root, "export-unsent", str(as_json)).returncode == 0
        assert len(json.loads(as_json.read_text(encoding="utf-8"))["edits"]) == 2
    finally:
        server.admin("POST", f"/customers/{moved_customer}/reassign", {"manager_id": ZHANGWEI})
