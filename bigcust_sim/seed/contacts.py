"""Key contacts (关键人): pooled Faker zh_CN names, titles, mobiles, landlines, e-mail and resident
IDs (a few in the legacy 15-digit form; a few key contacts reachable by landline only).

Depends on Faker, the domain's identifier rules and seed modules.
"""

from __future__ import annotations

import random
from typing import Any

from faker import Faker
from faker.providers.ssn.zh_CN import Provider as SsnProvider

from bigcust_desktop.domain.identifiers import resident_id_check_digit, resident_id_to_15
from bigcust_sim.seed.context import Context
from bigcust_sim.seed.customers import CustomerPlan
from bigcust_sim.seed.geography import district_code
from bigcust_sim.seed.wire import Ids, day_date, instant, work_time

_TITLES: dict[str, tuple[str, ...]] = {
    "government": ("局长", "副局长", "办公室主任", "信息中心主任", "财务科科长", "综合科科长"),
    "finance": ("行长", "副行长", "科技部总经理", "运营主管", "办公室主任", "网点负责人"),
    "education": ("校长", "副校长", "信息中心主任", "总务处主任", "办公室主任"),
    "healthcare": ("院长", "副院长", "信息科科长", "设备科科长", "院办主任"),
}
_COMPANY_TITLES = (
    "总经理", "副总经理", "IT经理", "信息部经理", "行政主管", "采购经理", "财务总监", "办公室主任",
)  # fmt: skip
_NOTES = (
    "偏好微信联系",
    "每周二上午方便拜访",
    "决策链关键人，需提前预约",
    "对价格敏感",
    "新任负责人，需建立关系",
    "曾反馈专线故障处理慢",
    "负责通信费用报销审批",
)
_POOL = 1500
# Area codes of the province's cities (fixed-line numbers: 0571-8xxxxxxx).
AREA_CODES = {
    "杭州": "0571", "宁波": "0574", "温州": "0577", "嘉兴": "0573", "湖州": "0572", "绍兴": "0575",
    "金华": "0579", "衢州": "0570", "舟山": "0580", "台州": "0576", "丽水": "0578",
}  # fmt: skip
LEGACY_ID_SHARE = 0.04  # of resident IDs still in the 15-digit form in the province's records
LANDLINE_SHARE = 0.2
LANDLINE_ONLY_SHARE = 0.03  # of key decision makers (the office phone is how to reach them)


class People:
    """Pools of person names by gender, drawn from a seeded Faker once per data set."""

    def __init__(self, seed: int) -> None:
        fake = Faker("zh_CN")
        fake.seed_instance(seed)
        self.male = [fake.name_male() for _ in range(_POOL)]
        self.female = [fake.name_female() for _ in range(_POOL)]
        self.romanized = [fake.romanized_name().replace(" ", "").lower() for _ in range(_POOL)]


def resident_id(rng: random.Random, area: str, born: int, male: bool) -> str:
    """An 18-digit resident ID (GB 11643-1999) for a person born on day number ``born``.

    Built here rather than by Faker's ``ssn``, whose birth dates count back from the real today:
    the data set would change with the day it is generated.
    """
    sequence = int(rng.random() * 50) * 2 + (1 if male else 0)  # odd digit for men
    body = f"{area}{day_date(born).strftime('%Y%m%d')}{int(rng.random() * 100):02d}{sequence % 10}"
    return body + resident_id_check_digit(body)


def build(ctx: Context, plans: list[CustomerPlan]) -> list[dict[str, Any]]:
    """Two to five contacts per customer, the first of them its key decision maker."""
    rng = ctx.rng("contacts")
    people = People(ctx.seed)
    ids = Ids("CON", 6)
    used_ids: set[str] = set()
    other_areas = SsnProvider.area_codes
    records: list[dict[str, Any]] = []
    for plan in plans:
        titles = _TITLES.get(plan.industry, _COMPANY_TITLES)
        local = district_code(plan.city, plan.district)
        for position in range(2 + int(rng.random() * 4)):
            male = rng.random() < 0.6
            name = rng.choice(people.male if male else people.female)
            rid = None
            if rng.random() < 0.5:
                area = local if rng.random() < 0.7 else rng.choice(other_areas)
                born = ctx.today - int((25 + rng.random() * 35) * 365.25)
                rid = resident_id(rng, area, born, male)
                if rid in used_ids:
                    rid = None  # one person, one record: never reuse an ID number
                else:
                    used_ids.add(rid)
                    if rid[6:8] == "19" and rng.random() < LEGACY_ID_SHARE:
                        rid = resident_id_to_15(rid)
            landline_only = position == 0 and rng.random() < LANDLINE_ONLY_SHARE
            landline = None
            if landline_only or rng.random() < LANDLINE_SHARE:
                number = f"{2 + int(rng.random() * 7)}{int(rng.random() * 1e7):07d}"
                landline = f"{AREA_CODES.get(plan.city, '0571')}-{number}"
            mobile = None if landline_only else ctx.mobiles.take(rng)
            email = None
            roll = rng.random()
            if roll < 0.35:
                email = f"{int(1e5 + rng.random() * 3e9)}@qq.com"
            elif roll < 0.6:
                email = f"{rng.choice(people.romanized)}{int(rng.random() * 1000)}@163.com"
            contact_id = ids.next()
            plan.contact_ids.append(contact_id)
            records.append(
                {
                    "id": contact_id,
                    "customer_id": plan.id,
                    "name": name,
                    "title": titles[0] if position == 0 else rng.choice(titles),
                    "mobile": mobile,
                    "landline": landline,
                    "resident_id": rid,
                    "email": email,
                    "is_key": position == 0 or rng.random() < 0.2,
                    "notes": rng.choice(_NOTES) if rng.random() < 0.25 else None,
                    "version": 1,
                    "updated_at": instant(work_time(rng, ctx.today - 1 - int(rng.random() * 365))),
                }
            )
    return records
