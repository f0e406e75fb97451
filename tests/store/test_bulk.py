"""The bulk write path: wire records in, typed rows out, upserts, tombstones and revocation."""

from __future__ import annotations

import datetime as dt
import uuid
from decimal import Decimal

import pytest
from sqlalchemy import func, select, text

from bigcust_desktop.store.bulk import (
    delete_customers_cascade,
    delete_records,
    load_dataset,
    locally_changed_ids,
    to_rows,
    upsert_records,
)
from bigcust_desktop.store.models import (
    ENTITY_TABLES,
    AttachmentChunk,
    AttachmentFile,
    Bill,
    Campaign,
    CompetitorLine,
    Contract,
    Customer,
    FaultTicket,
    FaultTicketEvent,
    Opportunity,
    OutboxEntry,
    Quote,
    QuoteLine,
    Segment,
    Subscriber,
    Todo,
)

from . import records as rec


def counts(store) -> dict[str, int]:
    with store.begin() as conn:
        return {
            name: conn.execute(select(func.count()).select_from(table)).scalar_one()
            for name, table in {
                **ENTITY_TABLES,
                "quote_line": QuoteLine.__table__,
                "fault_ticket_event": FaultTicketEvent.__table__,
            }.items()
        }


def upsert(store, entity, records, **kw) -> int:
    with store.begin(write=True) as conn:
        return upsert_records(conn, entity, records, **kw)


def test_wire_values_come_back_typed(store):
    load_dataset(store, rec.book(customers=1))
    with store.session() as s:
        customer = s.get(Customer, "CUS-000001")
        assert customer.value_score == Decimal("72.40")
        assert customer.value_factors["payment"] == 90
        assert customer.created_on == dt.date(2019, 3, 1)
        assert customer.updated_at == dt.datetime(2026, 11, 27, 4, 5, 6, tzinfo=dt.UTC)
        bill = s.get(Bill, "BIL-0000001")
        assert (bill.amount, bill.paid_amount) == (Decimal("1280.00"), Decimal("1000.50"))
        assert bill.amount - bill.paid_amount == Decimal("279.50")
        line = s.get(Subscriber, "SUB-00000100")
        assert line.dou_3m == Decimal("23.75") and line.contract_end is None
        quote = s.get(Quote, "QUO-000001")
        assert [ln.position for ln in quote.lines] == [0, 1]
        assert quote.lines[0].discount_pct == Decimal("10.00")
        assert quote.sync_state == "synced" and quote.base_version == 1
        ticket = s.get(FaultTicket, "FLT-000001")
        assert [e.status for e in ticket.history] == ["new", "accepted"]


def test_money_is_kept_as_integer_fen(store):
    load_dataset(store, rec.book(customers=1))
    with store.begin() as conn:
        raw = conn.execute(text("SELECT amount, paid_amount FROM bill")).one()
    assert tuple(raw) == (128000, 100050)


def test_upsert_is_idempotent(store):
    book = rec.book()
    load_dataset(store, book)
    before = counts(store)
    with store.begin() as conn:
        rows_before = conn.execute(text("SELECT * FROM quote_line ORDER BY id")).all()
    load_dataset(store, book)
    assert counts(store) == before
    with store.begin() as conn:
        assert conn.execute(text("SELECT * FROM quote_line ORDER BY id")).all() == rows_before


def test_upsert_updates_in_place(store):
    upsert(store, "customer", [rec.customer(1), rec.customer(2)])
    with store.begin() as conn:
        rowid = conn.execute(text("SELECT rowid FROM customer WHERE id = 'CUS-000001'")).scalar()
    newer = rec.customer(1, name="杭州市西湖区教育局", version=2, updated_at="2026-11-28T00:00:00Z")
    assert upsert(store, "customer", [newer]) == 1
    with store.session() as s:
        customer = s.get(Customer, "CUS-000001")
        assert (customer.name, customer.version) == ("杭州市西湖区教育局", 2)
        assert s.scalar(select(func.count()).select_from(Customer)) == 2
    with store.begin() as conn:
        # Same row, not delete-and-insert: the search index and anything else keyed on it hold.
        same = conn.execute(text("SELECT rowid FROM customer WHERE id = 'CUS-000001'")).scalar()
        assert same == rowid


def test_the_last_of_several_versions_in_one_call_wins(store):
    lines = [rec.quote_line(1), rec.quote_line(2)]
    first = rec.quote(1, "CUS-000001", lines)
    second = rec.quote(1, "CUS-000001", [rec.quote_line(3)], title="第二版", version=2)
    assert upsert(store, "quote", [first, second]) == 1
    with store.session() as s:
        quote = s.get(Quote, "QUO-000001")
        assert (quote.title, [ln.id[-1] for ln in quote.lines]) == ("第二版", ["3"])


def test_embedded_children_are_replaced_whole(store):
    lines = [rec.quote_line(1), rec.quote_line(2), rec.quote_line(3)]
    upsert(store, "quote", [rec.quote(1, "CUS-000001", lines)])
    history = [rec.event("new", "2026-11-26T01:00:00Z")]
    upsert(store, "fault_ticket", [rec.fault_ticket(1, "CUS-000001", "SUB-1", history)])
    upsert(store, "quote", [rec.quote(1, "CUS-000001", [rec.quote_line(9, quantity=5)], version=2)])
    history.append(rec.event("resolved", "2026-11-26T03:00:00Z", "光缆已熔接"))
    upsert(store, "fault_ticket", [rec.fault_ticket(1, "CUS-000001", "SUB-1", history, version=2)])
    with store.session() as s:
        quote = s.get(Quote, "QUO-000001")
        assert [(ln.id[-1], ln.quantity, ln.position) for ln in quote.lines] == [("9", 5, 0)]
        ticket = s.get(FaultTicket, "FLT-000001")
        assert [(e.status, e.note) for e in ticket.history] == [
            ("new", None),
            ("resolved", "光缆已熔接"),
        ]
        assert ticket.history[1].at == dt.datetime(2026, 11, 26, 3, tzinfo=dt.UTC)


def test_a_local_edit_is_not_overwritten_by_a_pull(store):
    upsert(store, "opportunity", [rec.opportunity(1, "CUS-000001")])
    with store.session(write=True) as s:
        opp = s.get(Opportunity, "OPP-000001")
        opp.title, opp.sync_state = "我的修改", "pending"
    server = rec.opportunity(1, "CUS-000001", title="服务器修改", version=2)
    assert upsert(store, "opportunity", [server, rec.opportunity(2, "CUS-000001")]) == 1
    with store.begin() as conn:
        assert locally_changed_ids(conn, "opportunity") == {"OPP-000001"}
        assert delete_records(conn, "opportunity", ["OPP-000001"]) == 0
        title = conn.execute(text("SELECT title FROM opportunity WHERE id = 'OPP-000001'"))
        assert title.scalar() == "我的修改"
    assert upsert(store, "opportunity", [server], force=True) == 1
    with store.begin() as conn:
        row = conn.execute(
            text("SELECT title, sync_state, base_version FROM opportunity WHERE id='OPP-000001'")
        ).one()
        assert tuple(row) == ("服务器修改", "synced", 2)


def test_tombstones_delete_with_children(store):
    load_dataset(store, rec.book())
    with store.begin(write=True) as conn:
        assert delete_records(conn, "quote", ["QUO-000001", "QUO-999999"]) == 1
        assert delete_records(conn, "fault_ticket", ["FLT-000002"]) == 1
        assert delete_records(conn, "customer", []) == 0
    after = counts(store)
    assert (after["quote"], after["quote_line"]) == (2, 4)
    assert (after["fault_ticket"], after["fault_ticket_event"]) == (2, 4)


def test_revoking_a_customer_takes_everything_hanging_from_it(store):
    load_dataset(store, rec.book(customers=3))
    before = counts(store)
    outbox = OutboxEntry(
        op_id=str(uuid.uuid4()),
        system="city",
        entity="opportunity",
        record_id="OPP-000002",
        kind="update",
        base_version=1,
        fields={"title": "离线修改"},
        created_at=dt.datetime.now(dt.UTC),
    )
    with store.session(write=True) as s:
        s.add(outbox)
    with store.begin(write=True) as conn:
        gone = delete_customers_cascade(conn, ["CUS-000002"])
    assert gone["customer"] == 1 and gone["subscriber"] == 2 and gone["service"] == 2
    after = counts(store)
    for entity, n in before.items():
        # The book gives every customer the same number of each record.
        assert after[entity] == n * 2 // 3, entity
    with store.begin() as conn:
        leftovers = conn.execute(
            text(
                "SELECT 'sub' FROM subscriber WHERE customer_id = 'CUS-000002' UNION ALL "
                "SELECT 'pay' FROM payment WHERE account_id = 'ACC-0000002' UNION ALL "
                "SELECT 'line' FROM quote_line WHERE quote_id = 'QUO-000002'"
            )
        ).all()
        assert leftovers == []
    with store.session() as s:
        assert s.scalar(select(OutboxEntry.record_id)) == "OPP-000002"


def test_a_record_missing_a_field_is_refused_by_name(store):
    broken = rec.customer(1)
    del broken["short_name"]
    with pytest.raises(ValueError, match="short_name"):
        upsert(store, "customer", [broken])
    broken_line = rec.quote_line(1)
    del broken_line["quantity"]
    with pytest.raises(ValueError, match="quantity"):
        upsert(store, "quote", [rec.quote(1, "CUS-000001", [broken_line])])


def test_unknown_entity_is_refused(store):
    with pytest.raises(ValueError, match="unknown"):
        upsert(store, "invoice", [])
    with pytest.raises(ValueError, match="unknown"):
        load_dataset(store, {"invoice": []})


def test_non_canonical_wire_forms_are_normalised():
    payment = rec.payment(1, "ACC-1", None, amount="12.5", paid_at="2026-11-18T10:00:00+08:00")
    [row] = to_rows("payment", [payment])["payment"]
    assert 1250 in row and "2026-11-18T02:00:00Z" in row
    lines = [rec.quote_line(1, discount_pct="7.125"), rec.quote_line(2)]
    rows = to_rows("quote", [rec.quote(1, "CUS-1", lines)])["quote_line"]
    assert [r[:3] for r in rows] == [
        (lines[0]["id"], "QUO-000001", 0),
        (lines[1]["id"], "QUO-000001", 1),
    ]
    assert rows[0][6] == 713  # discount_pct in hundredths, rounded half-up


def test_the_small_seeded_dataset_loads_whole(small_store, small_dataset):
    loaded = counts(small_store)
    for entity, items in small_dataset.records.items():
        assert loaded[entity] == len(items), entity
    lines = sum(len(q["lines"]) for q in small_dataset.records["quote"])
    assert loaded["quote_line"] == lines


def test_city_records_for_analysis_load_typed_and_upsert(store):
    load_dataset(store, rec.book(customers=2))
    city = rec.city_book(["CUS-000001", "CUS-000002"])
    written = load_dataset(store, city)
    assert written == {entity: len(rows) for entity, rows in city.items()}
    with store.session() as s:
        contract = s.get(Contract, "CONTRACT-000002")
        assert contract.amount == Decimal("360000.00") and contract.auto_renew is False
        assert [(c.subscriber_id, c.restore_hours) for c in contract.circuits] == [
            ("SUB-00000200", 4)
        ]
        assert contract.circuits[0].availability_pct == Decimal("99.95")
        assert contract.products[0]["product_id"] == "P-MOB-128"
        segment = s.get(Segment, "SEGMENT-000001")
        assert segment.definition["industries"] == ["finance"]
        assert s.get(CompetitorLine, "COMPETITOR_LINE-000001").monthly_spend == Decimal("8800.00")
        assert s.get(Todo, "TODO-000001").starts_at.tzinfo is not None
        assert s.get(Campaign, "CAMPAIGN-000001").sync_state == "synced"
    # A new version replaces the circuits whole, like quote lines.
    changed = {**city["contract"][1], "version": 2, "circuits": []}
    upsert(store, "contract", [changed])
    with store.session() as s:
        assert s.get(Contract, "CONTRACT-000002").circuits == []


def test_revoking_a_customer_takes_its_city_records_and_attachment_files(store):
    load_dataset(store, rec.book(customers=2))
    load_dataset(store, rec.city_book(["CUS-000001", "CUS-000002"]))
    now = dt.datetime.now(dt.UTC)
    with store.session(write=True) as s:
        for n in (1, 2):
            attachment_id = f"CONTRACT_ATTACHMENT-{n:06d}"
            s.add(
                AttachmentFile(
                    attachment_id=attachment_id,
                    sha256="0" * 64,
                    size=3,
                    stored_bytes=3,
                    complete=True,
                    direction="download",
                    uploaded_bytes=0,
                    updated_at=now,
                )
            )
            s.flush()  # no ORM relationship orders the two inserts
            s.add(AttachmentChunk(attachment_id=attachment_id, offset=0, data=b"pdf"))
    with store.begin(write=True) as conn:
        gone = delete_customers_cascade(conn, ["CUS-000002"])
    for entity in ("contract", "contract_attachment", "todo", "competitor_line", "contact_role"):
        assert gone[entity] == 1, entity
    assert gone["campaign_task"] == 1 and gone["attachment_file"] == 1
    with store.begin() as conn:
        left = {
            table: conn.execute(text(f"SELECT count(*) FROM {table}")).scalar()
            for table in (
                "contract",
                "contract_circuit",
                "attachment_file",
                "attachment_chunk",
                "contact_role",
                "segment",
                "campaign",
                "campaign_round",
                "audit_event",
            )
        }
    # The other customer's records stay; the team's own records hang from no customer.
    assert left == {
        "contract": 1,
        "contract_circuit": 1,
        "attachment_file": 1,
        "attachment_chunk": 1,
        "contact_role": 1,
        "segment": 1,
        "campaign": 1,
        "campaign_round": 1,
        "audit_event": 1,
    }
