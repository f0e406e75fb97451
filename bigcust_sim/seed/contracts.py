"""Contracts (合同 / 框架协议) that match the customers' termed lines, the service level of their
circuits, a few small PDF scans attached, and competitor lines (异网) known to the managers.

Depends on seed modules and the standard library.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from typing import Any

from bigcust_sim.seed import stories
from bigcust_sim.seed.catalogue import PRODUCT_BY_ID
from bigcust_sim.seed.context import Context, pick
from bigcust_sim.seed.customers import CustomerPlan
from bigcust_sim.seed.geography import CITY_BY_NAME
from bigcust_sim.seed.wire import DAY, Ids, add_months, day, day_date, day_number, instant, money
from bigcust_sim.seed.wire import work_time as _work

# Contracted levels of circuits by product family: level, restore hours, availability.
_SLA = {
    "P-OTN-": ("gold", 4, "99.99"),
    "P-5GPN": ("gold", 4, "99.95"),
    "P-MSTP": ("silver", 8, "99.95"),
    "P-DIA-": ("bronze", 12, "99.90"),
    "P-SDWA": ("bronze", 12, "99.90"),
    "P-IDC-": ("silver", 8, "99.95"),
}
ATTACHMENT_SHARE = 0.04
COMPETITOR_SHARE = 0.2
_CARRIERS = (("china_telecom", 50), ("china_unicom", 40), ("china_broadnet", 5), ("other", 5))
_SERVICES = (("mobile", 35), ("broadband", 20), ("leased_line", 20), ("iot", 10), ("cloud", 10),
             ("fixed_voice", 5))  # fmt: skip
_SPEND = {
    "mobile": 6_000,
    "broadband": 400,
    "leased_line": 5_000,
    "iot": 10,
    "cloud": 2_000,
    "fixed_voice": 60,
}  # fmt: skip  (yuan per line and month, about)
_SOURCES = ("customer_said", "site_visit", "tender", "bill_seen", "other")


def minimal_pdf(title: str) -> bytes:
    """A small valid PDF 1.4 (one page, one line of ASCII text): the seeded contract scans."""
    text = title.encode("ascii", "replace").decode()
    stream = f"BT /F1 14 Tf 72 720 Td ({text}) Tj ET".encode()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)


def build(
    ctx: Context, plans: list[CustomerPlan]
) -> tuple[list[dict[str, Any]], list[dict[str, Any]], dict[str, bytes]]:
    """One contract per customer with termed lines (ending when they end), its circuits' SLA,
    and a few scans; returns (contracts, attachments, attachment files by id)."""
    rng = ctx.rng("contracts")
    today = ctx.today
    ids, attachment_ids = Ids("CTR", 6), Ids("ATT", 6)
    contracts: list[dict[str, Any]] = []
    attachments: list[dict[str, Any]] = []
    files: dict[str, bytes] = {}
    for plan in plans:
        termed = [s for s in plan.subscribers if s["contract_end"] and s["status"] != "cancelled"]
        if not termed or plan.status == "closed":
            continue
        # Wire dates sort as text: parse only the latest.
        ends = day_number(dt.date.fromisoformat(max(s["contract_end"] for s in termed)))
        term_months = 36 if plan.is_group else rng.choice((12, 24, 36))
        starts = day_number(add_months(day_date(ends), -term_months)) + 1
        starts = max(starts, plan.created)
        circuits = []
        for line in termed:
            level = _SLA.get(line["product_id"][:6])
            if level is not None and rng.random() < 0.7:
                circuits.append(
                    {
                        "subscriber_id": line["id"],
                        "sla_level": level[0],
                        "restore_hours": level[1],
                        "availability_pct": level[2],
                    }
                )
        products: dict[str, list[int]] = {}
        for line in termed:
            fee = PRODUCT_BY_ID[line["product_id"]].fee
            products.setdefault(line["product_id"], [0, fee * 9 // 10])[0] += 1
        monthly = sum(count * price for count, price in products.values())
        created = _work(rng, min(starts, today - 1))
        abbr = CITY_BY_NAME[plan.city].abbr
        number = f"{abbr}-ZQ-{day_date(starts).year}-{len(contracts) + 1:05d}"
        contract_id = ids.next()
        contracts.append(
            {
                "id": contract_id,
                "customer_id": plan.id,
                "owner_id": plan.manager.id,
                "number": number,
                "title": plan.record["short_name"]
                + ("集团信息化框架协议" if plan.is_group else "通信服务协议"),
                "kind": "framework" if plan.is_group else "service",
                "parent_contract_id": None,
                "status": "active",
                "signed_on": day(starts - 5),
                "starts_on": day(starts),
                "ends_on": day(ends),
                "renewal_on": day(ends - 60),
                "auto_renew": rng.random() < 0.2,
                "notice_days": rng.choice((30, 60, 90)),
                "amount": money(monthly * term_months),
                "products": [
                    {"product_id": pid, "quantity": count, "unit_price": money(price)}
                    for pid, (count, price) in sorted(products.items())
                ],
                "circuits": circuits,
                "notes": "客户已提出续约意向" if plan.story == stories.CONTRACT_ENDING else None,
                "created_at": instant(created),
                "version": 1,
                "updated_at": instant(created + 3600),
            }
        )
        if rng.random() < ATTACHMENT_SHARE:
            attachment_id = attachment_ids.next()
            content = minimal_pdf(f"Contract {number} ({plan.id})")
            files[attachment_id] = content
            attachments.append(
                {
                    "id": attachment_id,
                    "contract_id": contract_id,
                    "customer_id": plan.id,
                    "file_name": f"{number}合同扫描件.pdf",
                    "mime_type": "application/pdf",
                    "size": len(content),
                    "sha256": hashlib.sha256(content).hexdigest(),
                    "description": "盖章版扫描件",
                    "content_state": "available",
                    "uploaded_by": plan.manager.id,
                    "created_at": instant(created + 7200),
                    "version": 2,  # created, then its file arrived
                    "updated_at": instant(created + 7260),
                }
            )
    return contracts, attachments, files


def competitor_lines(ctx: Context, plans: list[CustomerPlan]) -> list[dict[str, Any]]:
    """What managers know of their customers' lines with other carriers."""
    rng = ctx.rng("competitors")
    today = ctx.today
    ids = Ids("CPL", 6)
    out: list[dict[str, Any]] = []
    for plan in plans:
        rival = plan.story == stories.COMPETITOR_OFFER
        if plan.status == "closed" or not (rival or rng.random() < COMPETITOR_SHARE):
            continue
        for _ in range(1 + int(rng.random() * 2)):
            service = pick(rng, _SERVICES)
            lines = 1 + int(rng.random() ** 2 * max(2, plan.lines))
            if service in ("mobile", "iot"):
                lines *= 1 + int(rng.random() * 10)
            known = rng.random() < 0.7
            spend = lines * _SPEND[service] * (70 + int(rng.random() * 60)) // 100
            observed = today - 1 - int(rng.random() * 400)
            end = today + 30 + int(rng.random() * 700) if rng.random() < 0.6 else None
            at = _work(rng, observed)
            out.append(
                {
                    "id": ids.next(),
                    "customer_id": plan.id,
                    "carrier": pick(rng, _CARRIERS),
                    "service": service,
                    "lines": lines,
                    "monthly_spend": money(spend * 100) if known else None,
                    "contract_end": day(end) if end is not None else None,
                    "source": rng.choice(_SOURCES),
                    "status": "won_back" if rng.random() < 0.05 else "active",
                    "observed_on": day(observed),
                    "notes": None,
                    "recorded_by": plan.manager.id,
                    "created_at": instant(at),
                    "version": 1,
                    "updated_at": instant(at + DAY // 24),
                }
            )
    return out
