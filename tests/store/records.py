"""Small hand-written wire records (docs/data-model.md) for store tests that need exact control."""

from __future__ import annotations

from typing import Any

from bigcust_desktop.domain.identifiers import uscc_check_char

T0 = "2026-11-27T04:05:06Z"


def uscc(serial: int, division: str = "330106") -> str:
    first17 = f"91{division}{serial:09d}"
    return first17 + uscc_check_char(first17)


def customer(n: int, **fields: Any) -> dict[str, Any]:
    record = {
        "id": f"CUS-{n:06d}",
        "uscc": uscc(n),
        "name": f"杭州市西湖区第{n}实验学校",
        "short_name": f"西湖{n}校",
        "industry": "education",
        "city": "杭州",
        "district": "西湖区",
        "address": f"杭州市西湖区文三路{n}号",
        "parent_id": None,
        "manager_id": "U-0001",
        "team_id": "T-HZ-1",
        "value_tier": "key",
        "value_score": "72.40",
        "value_factors": {"spend": 80, "growth": 60, "tenure": 70, "share": 50, "payment": 90},
        "status": "active",
        "created_on": "2019-03-01",
        "version": 1,
        "updated_at": T0,
    }
    record.update(fields)
    return record


def contact(n: int, customer_id: str, **fields: Any) -> dict[str, Any]:
    record = {
        "id": f"CON-{n:06d}",
        "customer_id": customer_id,
        "name": "王芳",
        "title": "信息中心主任",
        "mobile": f"139{n:08d}",
        "landline": None,
        "resident_id": None,
        "email": None,
        "is_key": True,
        "notes": None,
        "version": 1,
        "updated_at": T0,
    }
    record.update(fields)
    return record


def account(n: int, customer_id: str, **fields: Any) -> dict[str, Any]:
    record = {
        "id": f"ACC-{n:07d}",
        "customer_id": customer_id,
        "name": "主帐户",
        "pay_method": "bank_transfer",
        "status": "active",
        "opened_on": "2019-03-02",
        "version": 1,
        "updated_at": T0,
    }
    record.update(fields)
    return record


def subscriber(n: int, customer_id: str, account_id: str, **fields: Any) -> dict[str, Any]:
    record = {
        "id": f"SUB-{n:08d}",
        "customer_id": customer_id,
        "account_id": account_id,
        "service_number": f"138{n:08d}",
        "kind": "mobile",
        "product_id": "P-MOB-128",
        "status": "active",
        "status_date": "2020-05-01",
        "activated_on": "2020-05-01",
        "contract_end": None,
        "arpu_3m": "131.20",
        "mou_3m": 512,
        "dou_3m": "23.75",
        "sms_3m": 40,
        "install_address": None,
        "version": 1,
        "updated_at": T0,
    }
    record.update(fields)
    return record


def service(n: int, subscriber_id: str, **fields: Any) -> dict[str, Any]:
    record = {
        "id": f"SRV-{n:08d}",
        "subscriber_id": subscriber_id,
        "product_id": "P-VNET",
        "name": "集团V网",
        "monthly_fee": "5.00",
        "started_on": "2021-01-01",
        "ended_on": None,
        "version": 1,
        "updated_at": T0,
    }
    record.update(fields)
    return record


def bill(n: int, account_id: str, customer_id: str, **fields: Any) -> dict[str, Any]:
    record = {
        "id": f"BIL-{n:07d}",
        "account_id": account_id,
        "customer_id": customer_id,
        "period": "2026-10",
        "amount": "1280.00",
        "paid_amount": "1000.50",
        "adjustment": "0.00",
        "adjustment_note": None,
        "due_date": "2026-11-20",
        "status": "partial",
        "version": 1,
        "updated_at": T0,
    }
    record.update(fields)
    return record


def payment(n: int, account_id: str, bill_id: str | None, **fields: Any) -> dict[str, Any]:
    record = {
        "id": f"PAY-{n:07d}",
        "account_id": account_id,
        "bill_id": bill_id,
        "paid_at": "2026-11-18T02:00:00Z",
        "amount": "1000.50",
        "method": "bank_transfer",
        "version": 1,
        "updated_at": T0,
    }
    record.update(fields)
    return record


def opportunity(n: int, customer_id: str, **fields: Any) -> dict[str, Any]:
    record = {
        "id": f"OPP-{n:06d}",
        "customer_id": customer_id,
        "owner_id": "U-0001",
        "title": "校园专线扩容",
        "stage": "proposal",
        "product_category": "leased_line",
        "amount": "96000.00",
        "probability": 50,
        "expected_close": "2027-01-31",
        "lost_reason": None,
        "notes": None,
        "created_at": "2026-09-01T01:00:00Z",
        "version": 1,
        "updated_at": T0,
    }
    record.update(fields)
    return record


def quote_line(n: int, **fields: Any) -> dict[str, Any]:
    record = {
        "id": f"00000000-0000-4000-8000-{n:012d}",
        "product_id": "P-MSTP-100M",
        "quantity": 2,
        "unit_price": "3000.00",
        "discount_pct": "10.00",
        "net_unit_price": "2700.00",
        "line_total": "64800.00",
        "customer_id": None,
        "charge_type": "monthly",
        "vat_category": "basic_telecom",
    }
    record.update(fields)
    return record


def quote(n: int, customer_id: str, lines: list[dict[str, Any]], **fields: Any) -> dict[str, Any]:
    record = {
        "id": f"QUO-{n:06d}",
        "customer_id": customer_id,
        "opportunity_id": None,
        "owner_id": "U-0001",
        "title": "专线报价",
        "status": "draft",
        "term_months": 12,
        "valid_until": "2026-12-31",
        "notes": None,
        "approved_by": None,
        "approval_note": None,
        "total": "64800.00",
        "created_at": "2026-10-01T01:00:00Z",
        "lines": lines,
        "number": f"杭州-2026-{n:06d}",
        "revision_of": None,
        "revision_no": 1,
        "superseded_by": None,
        "approval_reason": None,
        "approval_level": None,
        "one_time_total": "0.00",
        "version": 1,
        "updated_at": T0,
    }
    record.update(fields)
    return record


def activity(n: int, customer_id: str, **fields: Any) -> dict[str, Any]:
    record = {
        "id": f"ACT-{n:06d}",
        "customer_id": customer_id,
        "opportunity_id": None,
        "contact_id": None,
        "owner_id": "U-0001",
        "channel": "visit",
        "topic": "专线续约",
        "outcome": "positive",
        "occurred_at": "2026-11-01T06:30:00Z",
        "notes": None,
        "product_id": None,
        "campaign_id": None,
        "campaign_task_id": None,
        "competitor_offer": None,
        "version": 1,
        "updated_at": T0,
    }
    record.update(fields)
    return record


def event(status: str, at: str, note: str | None = None) -> dict[str, Any]:
    return {"status": status, "at": at, "by": "U-0001", "note": note}


def fault_ticket(
    n: int, customer_id: str, subscriber_id: str, history: list[dict[str, Any]], **fields: Any
) -> dict[str, Any]:
    record = {
        "id": f"FLT-{n:06d}",
        "customer_id": customer_id,
        "subscriber_id": subscriber_id,
        "reported_by": "U-0001",
        "severity": "major",
        "title": "专线中断",
        "description": "教学楼专线中断",
        "status": "new",
        "opened_at": "2026-11-26T01:00:00Z",
        "due_at": "2026-11-26T09:00:00Z",
        "resolved_at": None,
        "resolution": None,
        "history": history,
        "version": 1,
        "updated_at": T0,
    }
    record.update(fields)
    return record


def book(customers: int = 3, lines_per_customer: int = 2) -> dict[str, list[dict[str, Any]]]:
    """A small complete book: each customer with a contact, account, lines, bill, payment, and
    city records (an opportunity, a quote with two lines, an activity, a ticket with history)."""
    records: dict[str, list[dict[str, Any]]] = {
        name: []
        for name in (
            "customer",
            "contact",
            "billing_account",
            "subscriber",
            "service",
            "bill",
            "payment",
            "opportunity",
            "quote",
            "activity",
            "fault_ticket",
        )
    }
    for c in range(1, customers + 1):
        cid = f"CUS-{c:06d}"
        records["customer"].append(customer(c))
        records["contact"].append(contact(c, cid))
        records["billing_account"].append(account(c, cid))
        for k in range(lines_per_customer):
            n = c * 100 + k
            records["subscriber"].append(subscriber(n, cid, f"ACC-{c:07d}"))
            records["service"].append(service(n, f"SUB-{n:08d}"))
        records["bill"].append(bill(c, f"ACC-{c:07d}", cid))
        records["payment"].append(payment(c, f"ACC-{c:07d}", f"BIL-{c:07d}"))
        records["opportunity"].append(opportunity(c, cid))
        records["quote"].append(quote(c, cid, [quote_line(c * 10 + 1), quote_line(c * 10 + 2)]))
        records["activity"].append(activity(c, cid))
        records["fault_ticket"].append(
            fault_ticket(
                c,
                cid,
                f"SUB-{c * 100:08d}",
                [event("new", "2026-11-26T01:00:00Z"), event("accepted", "2026-11-26T01:10:00Z")],
            )
        )
    return records


def sample(entity: str) -> dict[str, Any]:
    """The domain tests' valid record of an entity (tests/domain/samples.py)."""
    # tests/ is on sys.path (rootdir-relative imports): its packages import by their own name.
    from domain.samples import valid

    return valid(entity)


def _city(entity: str, n: int, **fields: Any) -> dict[str, Any]:
    from bigcust_desktop.domain.records import FIELDS

    record = sample(entity)
    record.update(id=f"{entity.upper()}-{n:06d}", version=1, updated_at=T0, **fields)
    assert set(record) == set(FIELDS[entity])
    return record


def city_book(customer_ids: list[str]) -> dict[str, list[dict[str, Any]]]:
    """The records for analysis (DESIGN §10): per customer a contract with a circuit and an
    attachment, a to-do, a competitor line, a decision-chain role and a campaign task; and the
    team's segment, campaign, round and an audit event, which hang from no customer."""
    out: dict[str, list[dict[str, Any]]] = {
        "segment": [_city("segment", 1)],
        "campaign": [_city("campaign", 1, segment_id="SEGMENT-000001")],
        "campaign_round": [
            _city(
                "campaign_round",
                1,
                campaign_id="CAMPAIGN-000001",
                target_rule="all",
                after_round_id=None,
                position=1,
            )
        ],
        "audit_event": [_city("audit_event", 1)],
    }
    for n, cid in enumerate(customer_ids, start=1):
        sub = f"SUB-{n * 100:08d}"
        contract = _city("contract", n, customer_id=cid)
        contract["circuits"][0]["subscriber_id"] = sub
        rows = {
            "contract": contract,
            "contract_attachment": _city(
                "contract_attachment", n, customer_id=cid, contract_id=contract["id"]
            ),
            "todo": _city("todo", n, customer_id=cid),
            "competitor_line": _city("competitor_line", n, customer_id=cid),
            "contact_role": _city("contact_role", n, customer_id=cid, contact_id=f"CON-{n:06d}"),
            "campaign_task": _city(
                "campaign_task", n, customer_id=cid, round_id="CAMPAIGN_ROUND-000001"
            ),
        }
        for entity, record in rows.items():
            out.setdefault(entity, []).append(record)
    return out
