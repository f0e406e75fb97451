"""The BOSS product catalogue (资费): static tariffs and one-time charges, the same ids in every
data set, each with its VAT category (basic telecom 9 %, value-added telecom 6 %, goods 13 %).

Depends on `seed.wire` only.
"""

from __future__ import annotations

from dataclasses import dataclass

from bigcust_sim.seed.wire import money


@dataclass(frozen=True, slots=True)
class Product:
    """One tariff, amounts in fen; `kind` is the subscriber kind it is a plan for, or None for
    add-ons that are only subscribed as services on a line."""

    id: str
    code: str
    name: str
    category: str
    unit: str
    fee: int
    floor: int
    minutes: int
    data_gb: int
    minute_rate: int
    data_rate: int
    term: int
    active: bool
    kind: str | None
    vat: str
    charge: str = "monthly"

    def record(self, updated_at: str) -> dict[str, object]:
        """The wire record of docs/data-model.md."""
        return {
            "id": self.id,
            "code": self.code,
            "name": self.name,
            "category": self.category,
            "unit": self.unit,
            "monthly_fee": money(self.fee),
            "floor_price": money(self.floor),
            "included_minutes": self.minutes,
            "included_data_gb": f"{self.data_gb}.00",
            "overage_minute_rate": money(self.minute_rate),
            "overage_data_rate": money(self.data_rate),
            "min_term_months": self.term,
            "active": self.active,
            "charge_type": self.charge,
            "vat_category": self.vat,
            "version": 1,
            "updated_at": updated_at,
        }


# id, name, category, unit, fee yuan, floor as % of fee, minutes, data GB, term months,
# active, kind of line it is a plan for ("-" for an add-on service, "once" for a one-time
# charge), VAT category (b: basic telecom 9 %, v: value-added telecom 6 %, g: goods 13 %).
# Voice plans, V-net and rented bandwidth (MSTP, OTN, 5G private networks) are basic telecom;
# internet access (broadband, DIA, SD-WAN), data packs, CRBT, IDC and cloud are value-added.
_TABLE = """
P-MOB-58     集团商务套餐58元       mobile      户     58     85  300   10   0  1 mobile   b
P-MOB-88     集团商务套餐88元       mobile      户     88     85  500   20   0  1 mobile   b
P-MOB-128    集团商务套餐128元      mobile      户     128    80  800   40   12 1 mobile   b
P-MOB-188    集团商务套餐188元      mobile      户     188    80  1200  60   12 1 mobile   b
P-MOB-288    集团商务套餐288元      mobile      户     288    75  2000  100  24 1 mobile   b
P-MOB-38     集团商务套餐38元       mobile      户     38     85  100   3    0  0 mobile   b
P-MOB-IOT10  物联网行业卡10元       mobile      张     10     70  0     1    12 1 mobile   b
P-MOB-DP10   流量加油包10GB         mobile      个     10     80  0     10   0  1 -      v
P-MOB-DP30   流量加油包30GB         mobile      个     25     80  0     30   0  1 -      v
P-MOB-CRBT   集团彩铃               mobile      户     5      80  0     0    0  1 -     v
P-VNET-BASE  集团V网成员            vnet        户     3      70  0     0    0  1 -      b
P-VNET-PLUS  集团V网短号畅打        vnet        户     10     70  0     0    12 1 -        b
P-VNET-MGR   集团V网管理功能        vnet        户     50     70  0     0    12 1 -        b
P-BB-100     商务宽带100M           broadband   条     100    85  0     0    12 0 broadband v
P-BB-300     企业宽带300M           broadband   条     200    80  0     0    12 1 broadband v
P-BB-500     企业宽带500M           broadband   条     400    80  0     0    12 1 broadband v
P-BB-1000    企业宽带1000M          broadband   条     800    75  0     0    24 1 broadband v
P-BB-IP      固定公网IP地址         broadband   个     100    80  0     0    0  1 -       v
P-MSTP-10M   MSTP数据专线10M        leased_line 条     2000   80  0     0    12 1 leased_line b
P-MSTP-20M   MSTP数据专线20M        leased_line 条     3200   80  0     0    12 1 leased_line b
P-MSTP-50M   MSTP数据专线50M        leased_line 条     6000   75  0     0    24 1 leased_line b
P-MSTP-100M  MSTP数据专线100M       leased_line 条     9800   75  0     0    24 1 leased_line b
P-OTN-100M   OTN精品专线100M        leased_line 条     12000  75  0     0    36 1 leased_line b
P-OTN-1G     OTN精品专线1G          leased_line 条     45000  70  0     0    36 1 leased_line b
P-DIA-100M   互联网专线100M         leased_line 条     5000   80  0     0    12 1 leased_line v
P-DIA-200M   互联网专线200M         leased_line 条     8800   80  0     0    12 1 leased_line v
P-DIA-1G     互联网专线1G           leased_line 条     30000  70  0     0    24 1 leased_line v
P-SDWAN      SD-WAN组网服务         leased_line 条     1800   80  0     0    12 1 leased_line v
P-5GPN       5G行业专网             leased_line 条     20000  70  0     0    36 1 leased_line b
P-IDC-RACK   标准机柜42U            idc         机架   5500   80  0     0    12 1 idc    v
P-IDC-RACKHP 高功率机柜42U          idc         机架   8800   75  0     0    24 1 idc     v
P-IDC-1U     1U服务器托管           idc         台     600    85  0     0    12 1 idc    v
P-IDC-BW100  IDC独享带宽100M        idc         条     3000   75  0     0    12 1 -     v
P-CLD-2C4G   云主机2核4G            cloud       台·月  180    85  0     0    0  1 cloud  v
P-CLD-4C8G   云主机4核8G            cloud       台·月  360    85  0     0    0  1 cloud  v
P-CLD-8C16G  云主机8核16G           cloud       台·月  720    80  0     0    0  1 cloud  v
P-CLD-16C32G 云主机16核32G          cloud       台·月  1440   80  0     0    12 1 cloud  v
P-CLD-GPU    GPU云主机              cloud       台·月  4800   75  0     0    12 1 cloud v
P-CLD-OSS1T  对象存储1TB            cloud       套·月  120    85  0     0    0  1 -      v
P-CLD-BAK    云备份服务             cloud       套·月  200    80  0     0    0  1 -       v
P-INST-LL    专线安装调测费         leased_line 次     3000   70  0     0    0  1 once     b
P-INST-BB    宽带安装调测费         broadband   次     300    70  0     0    0  1 once     b
P-EQ-ONT     企业光猫设备费         broadband   台     400    80  0     0    0  1 once     g
P-EQ-RTR     企业级路由器设备费     leased_line 台     2600   80  0     0    0  1 once       g
"""


_VAT = {"b": "basic_telecom", "v": "value_added_telecom", "g": "goods"}


def _parse(table: str) -> tuple[Product, ...]:
    products = []
    for n, line in enumerate(table.strip().splitlines(), start=1):
        pid, name, category, unit, fee, floor_pct, minutes, data, term, active, kind, vat = (
            line.split()
        )
        fee_fen = int(fee) * 100
        is_mobile = category == "mobile" and kind == "mobile"
        products.append(
            Product(
                id=pid,
                code=f"ZJ{category[:3].upper()}{n:04d}",
                name=name,
                category=category,
                unit=unit,
                fee=fee_fen,
                # Floors are published to the jiao (0.1 元).
                floor=fee_fen * int(floor_pct) // 1000 * 10,
                minutes=int(minutes),
                data_gb=int(data),
                # Overage only applies to voice and data plans: 0.19 元/分钟, 3 元/GB.
                minute_rate=19 if is_mobile and int(minutes) else 0,
                data_rate=300 if is_mobile else 0,
                term=int(term),
                active=active == "1",
                kind=None if kind in ("-", "once") else kind,
                vat=_VAT[vat],
                charge="one_time" if kind == "once" else "monthly",
            )
        )
    return tuple(products)


PRODUCTS: tuple[Product, ...] = _parse(_TABLE)
PRODUCT_BY_ID: dict[str, Product] = {p.id: p for p in PRODUCTS}


def plans(kind: str) -> tuple[Product, ...]:
    """The orderable plans for a line of the given subscriber kind."""
    return tuple(p for p in PRODUCTS if p.kind == kind and p.active)


def records(updated_at: str) -> list[dict[str, object]]:
    return [p.record(updated_at) for p in PRODUCTS]
