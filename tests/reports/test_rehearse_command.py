"""`bigcust-desktop rehearse`: the summary against a plain SQL aggregate of the same subscribers,
the user's scope, exit codes, the workbook read back, saved rehearsals compared, a quote made."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import text

from bigcust_desktop.cli import main
from bigcust_desktop.store.bulk import load_dataset

from .conftest import open_migrated, profile_of
from .readback import figures, money, sheet_rows

FROM, TO = "P-MOB-88", "P-MOB-128"


@pytest.fixture(scope="module")
def profile_dir(tmp_path_factory, small_dataset) -> Path:
    """A profile whose cache holds the small dataset, signed in as 张伟 (account manager)."""
    root = tmp_path_factory.mktemp("rehearse") / "profile"
    store = open_migrated(root)
    load_dataset(store, small_dataset.records)
    store.meta.remember_user(profile_of(small_dataset.records, "U-0002"))
    store.close()
    return root


def cli(profile: Path, capsys, *args: str) -> tuple[int, str, str]:
    code = main(["--profile", str(profile), "rehearse", *args])
    out = capsys.readouterr()
    return code, out.out, out.err


def _aggregate(profile: Path, manager_id: str) -> tuple[int, int, int]:
    store = open_migrated(profile)
    try:
        with store.begin() as conn:
            row = conn.execute(
                text(
                    "SELECT count(*), count(DISTINCT s.customer_id), sum(s.arpu_3m) "
                    "FROM subscriber s JOIN customer c ON c.id = s.customer_id "
                    "WHERE s.status = 'active' AND s.product_id = :p AND c.manager_id = :m"
                ),
                {"p": FROM, "m": manager_id},
            ).one()
    finally:
        store.close()
    return int(row[0]), int(row[1]), 3 * int(row[2])


def _contract_ends(profile: Path, plan: str) -> dict:
    store = open_migrated(profile)
    try:
        with store.begin() as conn:
            rows = conn.execute(
                text(
                    "SELECT service_number, contract_end FROM subscriber "
                    "WHERE status = 'active' AND product_id = :p"
                ),
                {"p": plan},
            ).all()
    finally:
        store.close()
    return {n: dt.date.fromisoformat(e) if e else None for n, e in rows}


def test_json_summary_of_the_whole_book_agrees_with_sql(profile_dir, capsys):
    code, out, err = cli(profile_dir, capsys, "--from-plan", FROM, "--to-plan", TO, "--json")
    assert code == 0, err
    summary = json.loads(out)
    lines, customers, before = _aggregate(profile_dir, "U-0002")
    assert (summary["lines"], summary["customers"], summary["before_fen"]) == (
        lines,
        customers,
        before,
    )
    assert lines > 0 and summary["after_fen"] > summary["before_fen"]  # 88 -> 128 costs more
    assert summary["after_fen"] - summary["before_fen"] == summary["change_fen"]


def test_a_customer_outside_the_book_or_an_unknown_plan_is_a_usage_error(
    profile_dir, small_dataset, capsys
):
    other = next(c["id"] for c in small_dataset.records["customer"] if c["manager_id"] != "U-0002")
    code, _, err = cli(profile_dir, capsys, "--from-plan", FROM, "--to-plan", TO,
                       "--customer", other)  # fmt: skip
    assert code == 2 and "not in your book" in err and "Traceback" not in err
    code, _, err = cli(profile_dir, capsys, "--from-plan", "P-NONE", "--to-plan", TO)
    assert code == 2 and "Unknown plan" in err
    code, _, err = cli(profile_dir, capsys, "--from-plan", FROM, "--to-plan", TO,
                       "--discount", "120")  # fmt: skip
    assert code == 2 and "percentage" in err


def test_the_workbook_lists_every_line_and_the_totals(profile_dir, capsys, tmp_path):
    out_file = tmp_path / "r.xlsx"
    code, out, err = cli(profile_dir, capsys, "--from-plan", FROM, "--to-plan", TO,
                         "--discount", "5", "--out", str(out_file), "--json")  # fmt: skip
    assert code == 0, err
    summary = json.loads(out)
    book = openpyxl.load_workbook(out_file, read_only=True)
    _, lines = sheet_rows(book["预演-逐号码"])
    _, customers = sheet_rows(book["预演-客户增减"])
    assert len(lines) == summary["lines"] and len(customers) == summary["customers"]
    assert {r["新资费"] for r in lines} == {TO} and {r["现资费"] for r in lines} == {FROM}
    after = sum(money(r["预演三月（元）"]) for r in lines)
    assert after == Decimal(summary["after_fen"]) / 100
    for r in lines:  # the modelled months the screen shows, and how they make the change
        month = money(r["新月费（元）"]) - money(r["折扣（元/月）"]) + money(r["新超套费（元/月）"])
        assert money(r["新方案月账单（元）"]) == month
        assert money(r["增减（元）"]) == 3 * (month - money(r["现方案月账单（元）"]))
    facts = figures(book["预演-汇总"])
    assert money(facts["收入增减（元）"]) == Decimal(summary["change_fen"]) / 100


def test_the_workbook_shows_each_lines_term(profile_dir, capsys, tmp_path):
    out_file = tmp_path / "term.xlsx"
    code, _out, err = cli(profile_dir, capsys, "--from-plan", "P-MOB-128", "--to-plan",
                          "P-MOB-188", "--out", str(out_file))  # fmt: skip
    assert code == 0, err
    _, lines = sheet_rows(openpyxl.load_workbook(out_file, read_only=True)["预演-逐号码"])
    ends = _contract_ends(profile_dir, "P-MOB-128")  # each line's term, as the cache has it
    assert lines and any(ends.values())
    for r in lines:
        end = r["合约到期"]
        assert (end.date() if end else None) == ends[r["号码"]]


def test_saved_rehearsals_are_listed_and_compared(profile_dir, capsys):
    for name, pct in (("九五折", "5"), ("九折", "10")):
        code, _, err = cli(profile_dir, capsys, "--from-plan", FROM, "--to-plan", TO,
                           "--discount", pct, "--save", name)  # fmt: skip
        assert code == 0, err
    code, _, err = cli(profile_dir, capsys, "--from-plan", FROM, "--to-plan", TO,
                       "--save", "九折")  # fmt: skip
    assert code == 2 and "exists" in err  # names are unique
    store = open_migrated(profile_dir)
    try:
        saved = {s.name: s for s in store.rehearsals.saved()}
        compared = store.rehearsals.compare(saved["九五折"].id, saved["九折"].id)
    finally:
        store.close()
    assert compared.change_difference_fen < 0  # the deeper discount brings less
    assert all(
        c.second_change_fen is not None and c.first_change_fen is not None
        and c.second_change_fen <= c.first_change_fen
        for c in compared.customers
    )  # fmt: skip


def test_one_customers_rehearsal_becomes_a_draft_quote(profile_dir, capsys):
    store = open_migrated(profile_dir)
    try:
        with store.begin() as conn:
            customer, lines = conn.execute(
                text(
                    "SELECT s.customer_id, count(*) FROM subscriber s "
                    "JOIN customer c ON c.id = s.customer_id WHERE c.manager_id = 'U-0002' "
                    "AND s.status = 'active' AND s.product_id = :p GROUP BY s.customer_id "
                    "ORDER BY s.customer_id LIMIT 1"
                ),
                {"p": FROM},
            ).one()
    finally:
        store.close()
    code, out, err = cli(profile_dir, capsys, "--from-plan", FROM, "--to-plan", TO,
                         "--customer", customer, "--discount", "5", "--term", "24",
                         "--quote", "--json")  # fmt: skip
    assert code == 0, err
    quote_id = json.loads(out)["quote_id"]
    store = open_migrated(profile_dir)
    try:
        quote = store.quotes.get(quote_id)
        pending = store.outbox.pending()
    finally:
        store.close()
    assert quote is not None and quote["customer_id"] == customer
    assert quote["status"] == "draft" and quote["term_months"] == 24
    assert [(q["product_id"], q["quantity"], q["discount_pct"]) for q in quote["lines"]] == [
        (TO, lines, "5.00")
    ]
    assert any(e.record_id == quote_id for e in pending)  # goes out with the next sync
