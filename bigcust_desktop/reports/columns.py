"""Columns that several reports show alike: a customer's name, manager and city, a bill's fields.

One header and width for each such field, so that it reads the same in every workbook. Depends on
the report definitions only.
"""

from __future__ import annotations

from collections.abc import Iterable

from bigcust_desktop.reports.definition import Column, Kind

CUSTOMER_NAME = Column("客户名称", width=32)
MANAGER = Column("客户经理", width=10)  # the customer's account manager
OWNER = Column("负责人", width=10)  # whoever an opportunity or a quote belongs to
CITY = Column("城市", width=8)
INDUSTRY = Column("行业", width=10)
VALUE_TIER = Column("价值等级", width=10)
CREATED_AT = Column("创建时间", Kind.DATETIME, 17)
TOTAL_YUAN = Column("合计（元）", Kind.MONEY, 16)

# A bill as both the revenue and the arrears report list it.
BILL_ID = Column("账单编号", width=14)
ACCOUNT_ID = Column("账户编号", width=14)
BILL_PERIOD = Column("账期", width=9)
BILL_AMOUNT = Column("账单金额（元）", Kind.MONEY, 15)
PAID_AMOUNT = Column("已缴金额（元）", Kind.MONEY, 15)
DUE_DATE = Column("缴费截止日", Kind.DATE, 12)


def money_columns(names: Iterable[str]) -> list[Column]:
    """One money column per month or age bucket, headed ``<name>（元）``."""
    return [Column(f"{name}（元）", Kind.MONEY, 14) for name in names]
