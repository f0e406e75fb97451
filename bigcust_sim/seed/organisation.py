"""Teams and staff (account and regional managers); the first team is the same in every profile.

Depends on `seed.mobiles` only.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from bigcust_sim.seed.mobiles import MobilePool

ACCOUNT_MANAGER = "account_manager"
REGIONAL_MANAGER = "regional_manager"

# Team id -> (name, city). Ids keep the city in them, as the city CRM partitions by city.
TEAMS: dict[str, tuple[str, str]] = {
    "T-HZ-1": ("杭州政企一部", "杭州"),
    "T-HZ-2": ("杭州政企二部", "杭州"),
    "T-NB-1": ("宁波政企一部", "宁波"),
}

# Staff per team, regional manager first, then account managers in the order they are used:
# a profile that needs n account managers of a team takes the first n. Every user signs in with
# DEMO_PASSWORD. zhangwei (张伟, first account manager of T-HZ-1) is the demo user.
STAFF: dict[str, tuple[tuple[str, str], ...]] = {
    "T-HZ-1": (
        ("wangfang", "王芳"),
        ("zhangwei", "张伟"),
        ("lina", "李娜"),
        ("liuyang", "刘洋"),
        ("chenjing", "陈静"),
        ("yanglei", "杨磊"),
        ("zhaomin", "赵敏"),
        ("huangyong", "黄勇"),
        ("zhoujie", "周杰"),
        ("wuting", "吴婷"),
        ("xuqiang", "徐强"),
        ("sunli", "孙丽"),
        ("machao", "马超"),
        ("zhulin", "朱琳"),
        ("hubin", "胡斌"),
        ("guoyan", "郭燕"),
        ("hejun", "何军"),
        ("gaoxiang", "高翔"),
        ("linxia", "林霞"),
        ("luopeng", "罗鹏"),
        ("zhenghao", "郑浩"),
    ),
    "T-HZ-2": (
        ("liangjianguo", "梁建国"),
        ("songjia", "宋佳"),
        ("tangming", "唐明"),
    ),
    "T-NB-1": (
        ("hanbing", "韩冰"),
        ("fengtao", "冯涛"),
        ("caoxue", "曹雪"),
    ),
}


@dataclass(frozen=True, slots=True)
class Staff:
    """A user of the client: an account manager (客户经理) or a regional manager (区域经理)."""

    id: str
    username: str
    name: str
    role: str
    city: str
    team_id: str
    mobile: str

    def record(self, updated_at: str) -> dict[str, object]:
        return {
            "id": self.id,
            "username": self.username,
            "name": self.name,
            "role": self.role,
            "city": self.city,
            "team_id": self.team_id,
            "mobile": self.mobile,
            "version": 1,
            "updated_at": updated_at,
        }


@dataclass(frozen=True, slots=True)
class Organisation:
    teams: list[dict[str, object]]
    staff: list[Staff]
    # (account manager, number of customers in his book), in book order.
    books: list[tuple[Staff, int]]

    def regional_manager(self, team_id: str) -> Staff:
        return next(s for s in self.staff if s.team_id == team_id and s.role == REGIONAL_MANAGER)


def build(
    layout: tuple[tuple[str, int, int], ...], seed: int, mobiles: MobilePool, updated_at: str
) -> Organisation:
    """Teams and staff for a layout of (team id, account managers, customers per manager).

    Staff mobiles come from a generator of their own seeded by username, so the same person has
    the same number in every profile.
    """
    teams: list[dict[str, object]] = []
    staff: list[Staff] = []
    books: list[tuple[Staff, int]] = []
    for team_id, managers, book_size in layout:
        name, city = TEAMS[team_id]
        teams.append(
            {"id": team_id, "name": name, "city": city, "version": 1, "updated_at": updated_at}
        )
        people = STAFF[team_id]
        if managers > len(people) - 1:
            raise ValueError(f"team {team_id} has only {len(people) - 1} account managers")
        for position, (username, person) in enumerate(people[: managers + 1]):
            own = random.Random(f"{seed}:staff:{username}")
            member = Staff(
                id=f"U-{len(staff) + 1:04d}",
                username=username,
                name=person,
                role=REGIONAL_MANAGER if position == 0 else ACCOUNT_MANAGER,
                city=city,
                team_id=team_id,
                mobile=mobiles.take(own, operator_only=True),
            )
            staff.append(member)
            if position:
                books.append((member, book_size))
    return Organisation(teams, staff, books)
