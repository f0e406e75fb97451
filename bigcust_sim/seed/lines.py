"""Subscribers (用户), add-on services (服务) and usage averages; lines post charges to accounts.

Depends on seed modules only.
"""

from __future__ import annotations

from typing import Any

from bigcust_sim.seed import stories
from bigcust_sim.seed.billing import AccountPlan, Window
from bigcust_sim.seed.catalogue import PRODUCT_BY_ID, Product
from bigcust_sim.seed.context import Context, cumulative, weighted_index
from bigcust_sim.seed.customers import CustomerPlan
from bigcust_sim.seed.geography import CITY_BY_NAME, PROVINCE
from bigcust_sim.seed.wire import DAY, Ids, day, instant, money

KINDS = ("mobile", "broadband", "leased_line", "idc", "cloud")
# Mix of line kinds per industry, in the order of KINDS.
_KIND_MIX: dict[str, tuple[float, ...]] = {
    "government": (80, 6, 10, 1, 3),
    "finance": (75, 5, 15, 3, 2),
    "manufacturing": (85, 6, 6, 1, 2),
    "education": (80, 10, 6, 1, 3),
    "healthcare": (80, 7, 9, 2, 2),
    "retail": (88, 7, 3, 0.5, 1.5),
    "logistics": (90, 4, 4, 0.5, 1.5),
    "energy": (85, 3, 8, 1, 3),
    "internet": (60, 5, 8, 10, 17),
}
# Plans per kind with their weights; inactive plans only for lines older than three years.
_PLAN_MIX: dict[str, tuple[tuple[str, float], ...]] = {
    "mobile": (("P-MOB-58", 25), ("P-MOB-88", 30), ("P-MOB-128", 25), ("P-MOB-188", 12),
               ("P-MOB-288", 5), ("P-MOB-38", 3)),
    "iot": (("P-MOB-IOT10", 1),),
    "broadband": (("P-BB-300", 45), ("P-BB-500", 30), ("P-BB-1000", 20), ("P-BB-100", 5)),
    "leased_line": (("P-MSTP-10M", 15), ("P-MSTP-20M", 15), ("P-MSTP-50M", 10),
                    ("P-MSTP-100M", 8), ("P-OTN-100M", 5), ("P-OTN-1G", 2), ("P-DIA-100M", 20),
                    ("P-DIA-200M", 10), ("P-DIA-1G", 3), ("P-SDWAN", 10), ("P-5GPN", 2)),
    "idc": (("P-IDC-RACK", 50), ("P-IDC-RACKHP", 20), ("P-IDC-1U", 30)),
    "cloud": (("P-CLD-2C4G", 30), ("P-CLD-4C8G", 30), ("P-CLD-8C16G", 20), ("P-CLD-16C32G", 12),
              ("P-CLD-GPU", 3)),
}  # fmt: skip
_LEGACY = {"P-MOB-38": "P-MOB-58", "P-BB-100": "P-BB-300"}
_NUMBER_TAG = {"broadband": "KD", "idc": "IDC", "cloud": "ECS"}
_CIRCUIT_TAG = {
    "P-MSTP": "MSTP",
    "P-OTN-": "OTN",
    "P-DIA-": "DIA",
    "P-SDWA": "SDWAN",
    "P-5GPN": "5GPN",
}
# Add-ons per line kind: (cumulative share of lines that have it, product).
_ADD_ONS: dict[str, tuple[tuple[float, str], ...]] = {
    "mobile": ((0.08, "P-VNET-BASE"), (0.10, "P-VNET-PLUS"), (0.13, "P-MOB-DP10"),
               (0.15, "P-MOB-CRBT")),
    "broadband": ((0.5, "P-BB-IP"),),
    "idc": ((0.6, "P-IDC-BW100"),),
    "cloud": ((0.15, "P-CLD-BAK"), (0.3, "P-CLD-OSS1T")),
}  # fmt: skip
_IOT_SHARE = {"logistics": 0.3, "energy": 0.25, "manufacturing": 0.05}


_KIND_CUM = {industry: cumulative(mix) for industry, mix in _KIND_MIX.items()}
_PLAN_CUM = {
    kind: ([PRODUCT_BY_ID[p] for p, _ in mix], cumulative(tuple(w for _, w in mix)))
    for kind, mix in _PLAN_MIX.items()
}


class LineMaker:
    """Generates the lines of each customer in turn; holds the counters shared across customers."""

    def __init__(self, ctx: Context, window: Window) -> None:
        self.ctx = ctx
        self.rng = ctx.rng("lines")
        self.window = window
        self.sub_ids = Ids("SUB", 8)
        self.srv_ids = Ids("SRV", 8)
        self.circuits: dict[str, int] = {}
        self.iot_numbers: set[str] = set()
        self.subscribers: list[dict[str, Any]] = []
        self.services: list[dict[str, Any]] = []

    def _number(self, kind: str, product: Product, city: str) -> str:
        if kind == "mobile":
            return self.ctx.mobiles.take(self.rng, operator_only=True)
        if kind == "iot":
            # IoT cards have 13-digit numbers in the operator's 1064 block.
            while True:
                number = f"1064{int(self.rng.random() * 1e9):09d}"
                if number not in self.iot_numbers:
                    self.iot_numbers.add(number)
                    return number
        abbr = CITY_BY_NAME[city].abbr
        tag = _NUMBER_TAG.get(kind) or _CIRCUIT_TAG[product.id[:6]]
        key = f"{abbr}-{tag}"
        self.circuits[key] = seq = self.circuits.get(key, 1000) + 1
        return f"{key}-{seq}"

    def customer(self, plan: CustomerPlan, paying: list[AccountPlan]) -> None:
        """All lines of one customer; ``paying`` are the accounts its lines are billed to."""
        rng, today = self.rng, self.ctx.today
        story = plan.story
        start = max(plan.created, today - 15 * 365)
        latest = today - 1
        if story in (stories.REVENUE_SLIDING, stories.ARREARS_GROWING):
            # Lines older than the bill window, so the trend is the story and not new lines.
            latest = self.window.first_day - 30
        elif plan.status == "closed":
            latest = today - 460  # gone before the bill window opened
        # Term contracts of a customer are renewed together in one group agreement.
        renewal = today + 91 + int(rng.random() * 640)
        if story == stories.CONTRACT_ENDING:
            renewal = today + 5 + int(rng.random() * 80)
        iot_share = _IOT_SHARE.get(plan.industry, 0.0)
        kind_cum = _KIND_CUM[plan.industry]
        cancel_recent = 0
        if story == stories.LINES_CANCELLED:
            cancel_recent = max(2, round(plan.lines * (0.3 + rng.random() * 0.2)))
        for n in range(plan.lines):
            kind = KINDS[weighted_index(rng, kind_cum)]
            steady = story == stories.REVENUE_SLIDING
            if n == 0 and story == stories.CONTRACT_ENDING:
                kind, steady = "leased_line", True  # at least one termed circuit, still running
            elif n == 0 and story == stories.REPEATED_FAULTS:
                steady = True  # a running line old enough to have had its recent faults
            plan_kind = "iot" if kind == "mobile" and rng.random() < iot_share else kind
            products, cum = _PLAN_CUM[plan_kind]
            product = products[weighted_index(rng, cum)]
            activated = start + int((latest - start) * rng.random() ** 0.8)
            if steady and story == stories.REPEATED_FAULTS:
                activated = min(activated, today - stories.RECENT_FAULT_DAYS - 10)
            if not product.active and activated > today - 3 * 365:
                product = PRODUCT_BY_ID[_LEGACY[product.id]]
            # Status and the day it took effect.
            status, status_day = "active", activated
            if plan.status == "closed":
                status = "cancelled"
                status_day = activated + 30 + int((today - 430 - activated) * rng.random())
            elif n < cancel_recent:
                status = "cancelled"
                status_day = today - 1 - int(rng.random() * (stories.RECENT_CANCEL_DAYS - 1))
                activated = min(activated, status_day - 60)
            elif not steady:
                roll = rng.random()
                if roll < 0.06 and activated < today - 200 and story != stories.ARREARS_GROWING:
                    # Ordinary churn stays clear of the recent window the story uses.
                    status = "cancelled"
                    status_day = activated + 30 + int((today - 150 - activated) * rng.random())
                elif activated < today - 30 and (
                    roll < 0.08 or (story == stories.ARREARS_GROWING and roll < 0.25)
                ):
                    status = "suspended"
                    status_day = today - 1 - int(rng.random() * 29)
            account = paying[n] if n < len(paying) else paying[0]
            if n >= len(paying) and len(paying) > 1 and rng.random() < 0.5:
                account = paying[1 + int(rng.random() * (len(paying) - 1))]
            line_kind = "iot" if plan_kind == "iot" else kind
            self._line(plan, account, line_kind, product, activated, status, status_day, renewal)

    def _line(
        self,
        plan: CustomerPlan,
        account: AccountPlan,
        kind: str,
        product: Product,
        activated: int,
        status: str,
        status_day: int,
        renewal: int,
    ) -> None:
        rng, today = self.rng, self.ctx.today
        sub_id = self.sub_ids.next()
        account.first_line = min(account.first_line, activated)
        # What one full month of this line bills, in fen: negotiated fee plus overage.
        charge = product.fee * (85 + int(rng.random() * 16)) // 100
        mou = sms = 0
        dou = 0.0
        if kind in ("mobile", "iot"):
            if product.minutes:
                mou = int(product.minutes * (0.2 + rng.random() * 1.1))
                charge += max(0, mou - product.minutes) * product.minute_rate
                sms = int(rng.random() ** 3 * 150)
            else:
                sms = int(rng.random() * 10)
            dou = product.data_gb * (0.15 + rng.random() * 1.15)
            charge += int(max(0.0, dou - product.data_gb) * product.data_rate)
        elif kind == "broadband":
            dou = 150 + rng.random() * 2500
        charge += self._services(sub_id, kind, activated, status, status_day)
        # BOSS's three-month averages only count the months the line was in service.
        share = 1.0
        if status != "active":
            share = max(0.0, min(1.0, (status_day - (today - 90)) / 90))
        arpu = int(charge * share * (0.95 + rng.random() * 0.1))
        self.window.post(
            account.charges, activated, None if status == "active" else status_day, charge
        )
        contract_end = None
        if product.term and status != "cancelled":
            contract_end = day(max(renewal, activated + 30))
        record = {
            "id": sub_id,
            "customer_id": plan.id,
            "account_id": account.id,
            "service_number": self._number(kind, product, plan.city),
            "kind": kind,
            "product_id": product.id,
            "status": status,
            "status_date": day(status_day),
            "activated_on": day(activated),
            "contract_end": contract_end,
            "arpu_3m": money(arpu),
            "mou_3m": int(mou * share),
            "dou_3m": f"{dou * share:.2f}",
            "sms_3m": int(sms * share),
            "install_address": plan.address if kind in ("broadband", "leased_line") else None,
            "version": 1,
            "updated_at": instant(
                max(status_day, activated) * DAY + 7200 + int(rng.random() * 3600)
            ),
        }
        if kind == "idc":
            record["install_address"] = f"{PROVINCE}{plan.city}市移动IDC数据中心"
        self.subscribers.append(record)
        plan.subscribers.append(record)

    def _services(
        self, sub_id: str, kind: str, activated: int, status: str, status_day: int
    ) -> int:
        """Add-ons on a line; returns their monthly fees still running, in fen."""
        rng = self.rng
        roll = rng.random()
        chosen = next((p for limit, p in _ADD_ONS.get(kind, ()) if roll < limit), None)
        if chosen is None:
            return 0
        product = PRODUCT_BY_ID[chosen]
        end = self.ctx.today if status == "active" else status_day
        started = activated + int((end - activated) * rng.random() * 0.5)
        ended = status_day if status == "cancelled" else None  # a suspended line keeps them
        if ended is None and chosen == "P-MOB-DP10" and rng.random() < 0.3:
            ended = started + 30 + int((self.ctx.today - 1 - started) * rng.random())
            ended = min(ended, self.ctx.today - 1)
        fee = product.fee
        self.services.append(
            {
                "id": self.srv_ids.next(),
                "subscriber_id": sub_id,
                "product_id": chosen,
                "name": product.name,
                "monthly_fee": money(fee),
                "started_on": day(started),
                "ended_on": None if ended is None else day(ended),
                "version": 1,
                "updated_at": instant((ended or started) * DAY + 7200),
            }
        )
        # Billed while the line is: a data pack dropped from a running line no longer is.
        return fee if ended is None or status == "cancelled" else 0


def build(ctx: Context, plans: list[CustomerPlan], window: Window) -> LineMaker:
    maker = LineMaker(ctx, window)
    for plan in plans:
        paying = (
            plan.accounts if plan.holds_accounts else (plan.parent.accounts if plan.parent else [])
        )
        maker.customer(plan, paying)
    return maker
