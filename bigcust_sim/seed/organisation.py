"""Teams and staff (account managers, regional managers, and each city's approver above them); the
first team is the same in every profile. Past the named staff, people are made from a table of
surnames and given names, deterministic by seed. Depends on `seed.mobiles` only.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from bigcust_sim.seed.mobiles import MobilePool

ACCOUNT_MANAGER = "account_manager"
REGIONAL_MANAGER = "regional_manager"
# The city's head of government and enterprise business (市公司政企部经理): approves what a regional
# manager may not approve herself (her own quotes). Sees every team of her city.
CITY_MANAGER = "city_manager"

# Team id -> (name, city). Ids keep the city in them, as the city CRM partitions by city.
TEAMS: dict[str, tuple[str, str]] = {
    "T-HZ-1": ("杭州政企一部", "杭州"),
    "T-HZ-2": ("杭州政企二部", "杭州"),
    "T-NB-1": ("宁波政企一部", "宁波"),
    "T-HZ-3": ("杭州政企三部", "杭州"),
    "T-HZ-4": ("杭州政企四部", "杭州"),
    "T-HZ-5": ("杭州政企五部", "杭州"),
    "T-NB-2": ("宁波政企二部", "宁波"),
}
# City id -> (the city department's team id, its name, the city manager's user name and name).
CITY_DEPARTMENTS: dict[str, tuple[str, str, str, str]] = {
    "杭州": ("T-HZ-0", "杭州分公司政企部", "zhouhong", "周红"),
    "宁波": ("T-NB-0", "宁波分公司政企部", "qianli", "钱莉"),
}

# For staff beyond the named ones: common surnames and given names, with their pinyin.
_SURNAMES = (
    ("王", "wang"),
    ("李", "li"),
    ("张", "zhang"),
    ("刘", "liu"),
    ("陈", "chen"),
    ("杨", "yang"),
    ("黄", "huang"),
    ("赵", "zhao"),
    ("吴", "wu"),
    ("周", "zhou"),
    ("徐", "xu"),
    ("孙", "sun"),
    ("马", "ma"),
    ("朱", "zhu"),
    ("胡", "hu"),
    ("郭", "guo"),
    ("何", "he"),
    ("高", "gao"),
    ("林", "lin"),
    ("罗", "luo"),
    ("郑", "zheng"),
    ("梁", "liang"),
    ("谢", "xie"),
    ("宋", "song"),
    ("唐", "tang"),
    ("韩", "han"),
    ("冯", "feng"),
    ("邓", "deng"),
    ("曹", "cao"),
    ("彭", "peng"),
    ("曾", "zeng"),
    ("肖", "xiao"),
    ("田", "tian"),
    ("董", "dong"),
    ("潘", "pan"),
    ("袁", "yuan"),
    ("蔡", "cai"),
    ("蒋", "jiang"),
    ("余", "yu"),
    ("杜", "du"),
    ("叶", "ye"),
    ("程", "cheng"),
)
_GIVEN = (
    ("伟", "wei"), ("芳", "fang"), ("敏", "min"), ("静", "jing"), ("丽", "li"), ("强", "qiang"),
    ("磊", "lei"), ("军", "jun"), ("洋", "yang"), ("勇", "yong"), ("艳", "yan"), ("杰", "jie"),
    ("娟", "juan"), ("涛", "tao"), ("明", "ming"), ("超", "chao"), ("霞", "xia"), ("平", "ping"),
    ("刚", "gang"), ("建华", "jianhua"), ("晓东", "xiaodong"), ("文博", "wenbo"), ("斌", "bin"),
    ("浩然", "haoran"), ("婷", "ting"), ("雪", "xue"), ("倩", "qian"), ("鹏", "peng"),
    ("辉", "hui"), ("宇航", "yuhang"), ("凯", "kai"), ("琳", "lin"), ("颖", "ying"),
    ("佳怡", "jiayi"), ("欣然", "xinran"), ("晨", "chen"), ("蕾", "lei"), ("志强", "zhiqiang"),
    ("海燕", "haiyan"), ("子涵", "zihan"), ("梓萱", "zixuan"), ("俊杰", "junjie"),
    ("思远", "siyuan"), ("雨桐", "yutong"),
)  # fmt: skip

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

    def city_manager(self, city: str) -> Staff:
        return next(s for s in self.staff if s.city == city and s.role == CITY_MANAGER)

    def regional_manager(self, team_id: str) -> Staff:
        return next(s for s in self.staff if s.team_id == team_id and s.role == REGIONAL_MANAGER)

    def sales_teams(self) -> list[dict[str, object]]:
        """The teams led by a regional manager (not a city manager's office)."""
        led = {s.team_id for s in self.staff if s.role == REGIONAL_MANAGER}
        return [team for team in self.teams if team["id"] in led]


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
    people = _People(seed)

    def add(username: str, person: str, role: str, city: str, team_id: str) -> Staff:
        own = random.Random(f"{seed}:staff:{username}")
        member = Staff(
            id=f"U-{len(staff) + 1:04d}",
            username=username,
            name=person,
            role=role,
            city=city,
            team_id=team_id,
            mobile=mobiles.take(own, operator_only=True),
        )
        staff.append(member)
        return member

    def team(team_id: str, name: str, city: str) -> None:
        teams.append(
            {"id": team_id, "name": name, "city": city, "version": 1, "updated_at": updated_at}
        )

    for team_id, managers, book_size in layout:
        name, city = TEAMS[team_id]
        team(team_id, name, city)
        for position, (username, person) in enumerate(people.team(team_id, managers + 1)):
            member = add(
                username,
                person,
                REGIONAL_MANAGER if position == 0 else ACCOUNT_MANAGER,
                city,
                team_id,
            )
            if position:
                books.append((member, book_size))
    # Each city's approver comes last, so the ids of the teams' staff do not depend on her.
    for city in dict.fromkeys(TEAMS[team_id][1] for team_id, _, _ in layout):
        team_id, name, username, person = CITY_DEPARTMENTS[city]
        team(team_id, name, city)
        add(username, person, CITY_MANAGER, city, team_id)
    return Organisation(teams, staff, books)


class _People:
    """The staff of a team: the named ones first, then made-up people with unique names."""

    def __init__(self, seed: int) -> None:
        self._rng = random.Random(f"{seed}:people")
        named = [p for team in STAFF.values() for p in team]
        named += [(d[2], d[3]) for d in CITY_DEPARTMENTS.values()]
        self._usernames = {username for username, _ in named}
        self._names = {person for _, person in named}

    def team(self, team_id: str, count: int) -> list[tuple[str, str]]:
        people = list(STAFF.get(team_id, ())[:count])
        while len(people) < count:
            people.append(self._new())
        return people

    def _new(self) -> tuple[str, str]:
        while True:
            surname, s_pinyin = self._rng.choice(_SURNAMES)
            given, g_pinyin = self._rng.choice(_GIVEN)
            name = surname + given
            if name in self._names:
                continue
            username, n = s_pinyin + g_pinyin, 2
            while username in self._usernames:
                username, n = f"{s_pinyin}{g_pinyin}{n}", n + 1
            self._names.add(name)
            self._usernames.add(username)
            return username, name
