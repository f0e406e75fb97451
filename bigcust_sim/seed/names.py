"""Unique enterprise and institution names per industry, with short names and credit-code kind.

Trade names (字号) are two characters; when a book outgrows them (a province-sized book), three-
character ones follow, so names stay unique and plausible however many customers a data set has.
Deterministic by the random stream given. Depends on nothing outside the standard library.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

# Registration authority + entity type, the first two characters of a USCC (GB 32100-2015):
# 11 government organ, 12 public institution (事业单位), 91 enterprise.
ORGAN, INSTITUTION, ENTERPRISE = "11", "12", "91"


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


_NUMERALS = _words("一 二 三 四 五 六 七 八 九 十 十一 十二 十三 十四 十五")
_STREET_OFFICES = _words(
    "城东 城西 城南 城北 新城 东湖 翠苑 北山 文新 古荡 蒋村 留下 转塘 三墩 湖滨"
)
_FIRST = (
    "华恒远天新中宏金东海瑞永德博嘉锦汇信鸿开凯明盛富宝银飞众协安精通广泰卓鼎星普启智云蓝创青和同立"
)
_SECOND = "鼎达成安泰源通信宇光盛隆越辰华联帆海元禾创远诚润峰晟科锐杰康顺丰恒力业腾"
# A third character for the three-character trade names used once two-character ones run out.
_THIRD = "兴达泰昌盛隆丰源通华信安宏瑞祥和晟捷嘉利"

_BANKS = (
    ("中国工商银行股份有限公司", "工行"),
    ("中国农业银行股份有限公司", "农行"),
    ("中国银行股份有限公司", "中行"),
    ("中国建设银行股份有限公司", "建行"),
    ("交通银行股份有限公司", "交行"),
    ("招商银行股份有限公司", "招行"),
    ("上海浦东发展银行股份有限公司", "浦发"),
    ("中信银行股份有限公司", "中信银行"),
    ("兴业银行股份有限公司", "兴业银行"),
    ("杭州银行股份有限公司", "杭州银行"),
    ("宁波银行股份有限公司", "宁波银行"),
    ("浙商银行股份有限公司", "浙商银行"),
    ("中国邮政储蓄银行股份有限公司", "邮储银行"),
)
_INSURERS = (
    ("中国人寿保险股份有限公司", "国寿"),
    ("中国平安财产保险股份有限公司", "平安产险"),
    ("中国太平洋人寿保险股份有限公司", "太保寿险"),
    ("中国人民财产保险股份有限公司", "人保财险"),
)
_MAKERS = (
    ("机械制造", "机械"), ("精密机械", "精机"), ("汽车零部件", "汽配"), ("电子科技", "电子"),
    ("纺织", "纺织"), ("印染", "印染"), ("新材料科技", "新材料"), ("五金制品", "五金"),
    ("电器", "电器"), ("塑业", "塑业"), ("轴承", "轴承"), ("阀门", "阀门"), ("泵业", "泵业"),
    ("服饰", "服饰"), ("食品", "食品"), ("光电科技", "光电"), ("包装材料", "包装"),
    ("家具", "家具"), ("照明电器", "照明"), ("模具", "模具"), ("电机", "电机"), ("化纤", "化纤"),
)  # fmt: skip

# Standalone templates: (full name, short name, kind). Fields: {c} city, {d} district as written
# in an agency's name ("杭州市西湖区" / "桐庐县"), {ds} district without 区/县/市, {b} trade name,
# {n} a Chinese numeral, {st} a sub-district, {p}/{ps} a maker's line of business, {bank}/{bk}.
_STANDALONE: dict[str, tuple[tuple[str, str, str], ...]] = {
    "government": (
        ("{d}教育局", "{ds}教育局", ORGAN),
        ("{d}人力资源和社会保障局", "{ds}人社局", ORGAN),
        ("{d}卫生健康局", "{ds}卫健局", ORGAN),
        ("{d}市场监督管理局", "{ds}市场监管局", ORGAN),
        ("{d}住房和城乡建设局", "{ds}住建局", ORGAN),
        ("{d}财政局", "{ds}财政局", ORGAN),
        ("{d}民政局", "{ds}民政局", ORGAN),
        ("{d}应急管理局", "{ds}应急局", ORGAN),
        ("{d}交通运输局", "{ds}交通局", ORGAN),
        ("{d}人民法院", "{ds}法院", ORGAN),
        ("{d}人民检察院", "{ds}检察院", ORGAN),
        ("{c}市公安局{ds}分局", "{ds}公安分局", ORGAN),
        ("{d}{st}街道办事处", "{st}街道", ORGAN),
        ("{c}市大数据发展管理局", "{c}数据局", ORGAN),
        ("{c}市城市管理局", "{c}城管局", ORGAN),
        ("{c}市公共资源交易中心", "{c}公共资源交易中心", INSTITUTION),
        ("{d}政务服务中心", "{ds}政务服务中心", INSTITUTION),
    ),
    "finance": (
        ("{bank}{c}{ds}支行", "{bk}{ds}支行", ENTERPRISE),
        ("浙江{c}{ds}农村商业银行股份有限公司", "{ds}农商银行", ENTERPRISE),
        ("{ins}{c}{ds}支公司", "{is}{ds}支公司", ENTERPRISE),
        ("{b}证券股份有限公司{c}{st}路证券营业部", "{b}证券{st}营业部", ENTERPRISE),
        ("{c}{b}小额贷款股份有限公司", "{b}小贷", ENTERPRISE),
        ("{c}{b}融资担保有限公司", "{b}担保", ENTERPRISE),
    ),
    "manufacturing": (
        ("{c}{b}{p}有限公司", "{b}{ps}", ENTERPRISE),
        ("浙江{b}{p}股份有限公司", "{b}{ps}", ENTERPRISE),
        ("{ds}{b}{p}有限公司", "{b}{ps}", ENTERPRISE),
    ),
    "education": (
        ("{c}市第{n}中学", "{c}{n}中", INSTITUTION),
        ("{d}实验小学", "{ds}实验小学", INSTITUTION),
        ("{d}{st}小学", "{st}小学", INSTITUTION),
        ("{d}{st}中学", "{st}中学", INSTITUTION),
        ("{c}{b}职业技术学校", "{b}职校", INSTITUTION),
        ("{c}{b}教育科技有限公司", "{b}教育", ENTERPRISE),
        ("{c}{b}外国语学校", "{b}外国语", ENTERPRISE),
    ),
    "healthcare": (
        ("{c}市第{n}人民医院", "{c}{n}院", INSTITUTION),
        ("{d}人民医院", "{ds}人民医院", INSTITUTION),
        ("{d}中医院", "{ds}中医院", INSTITUTION),
        ("{d}{st}社区卫生服务中心", "{st}社区卫生", INSTITUTION),
        ("{c}{b}口腔医院有限公司", "{b}口腔", ENTERPRISE),
        ("{c}{b}医疗器械有限公司", "{b}医疗器械", ENTERPRISE),
        ("{c}{b}体检中心有限公司", "{b}体检", ENTERPRISE),
    ),
    "retail": (
        ("{c}{b}商贸有限公司", "{b}商贸", ENTERPRISE),
        ("{c}{b}百货有限公司", "{b}百货", ENTERPRISE),
        ("{c}{b}汽车销售服务有限公司", "{b}汽车", ENTERPRISE),
        ("{c}{b}电器有限公司", "{b}电器", ENTERPRISE),
        ("{c}{b}餐饮管理有限公司", "{b}餐饮", ENTERPRISE),
        ("{c}{b}酒店管理有限公司", "{b}酒店", ENTERPRISE),
    ),
    "logistics": (
        ("{c}{b}物流有限公司", "{b}物流", ENTERPRISE),
        ("浙江{b}供应链管理有限公司", "{b}供应链", ENTERPRISE),
        ("{c}{b}国际货运代理有限公司", "{b}货代", ENTERPRISE),
        ("{c}{b}冷链物流有限公司", "{b}冷链", ENTERPRISE),
        ("{c}{b}仓储服务有限公司", "{b}仓储", ENTERPRISE),
    ),
    "energy": (
        ("{c}{b}燃气有限公司", "{b}燃气", ENTERPRISE),
        ("浙江{b}新能源科技有限公司", "{b}新能源", ENTERPRISE),
        ("{c}{b}光伏科技有限公司", "{b}光伏", ENTERPRISE),
        ("{c}{b}热电有限公司", "{b}热电", ENTERPRISE),
        ("{ds}{b}石化有限公司", "{b}石化", ENTERPRISE),
        ("{c}市{ds}水务有限公司", "{ds}水务", ENTERPRISE),
    ),
    "internet": (
        ("{c}{b}网络科技有限公司", "{b}网络", ENTERPRISE),
        ("浙江{b}信息技术有限公司", "{b}信息", ENTERPRISE),
        ("{c}{b}数据科技有限公司", "{b}数据", ENTERPRISE),
        ("{c}{b}云计算有限公司", "{b}云", ENTERPRISE),
        ("{c}{b}软件有限公司", "{b}软件", ENTERPRISE),
        ("{c}{b}智能科技有限公司", "{b}智能", ENTERPRISE),
        ("{c}{b}电子商务有限公司", "{b}电商", ENTERPRISE),
    ),
}

# Groups (集团) and the names of their branches: (group name, group short, branch name,
# branch short, kind). Branch fields are those of the branch's own district.
_GROUPS: dict[str, tuple[tuple[str, str, str, str, str], ...]] = {
    "finance": (
        ("{bank}{c}分行", "{bk}{c}分行", "{bank}{c}{ds}支行", "{bk}{ds}支行", ENTERPRISE),
        ("{ins}{c}分公司", "{is}{c}分公司", "{ins}{c}{ds}支公司", "{is}{ds}支公司", ENTERPRISE),
    ),
    "manufacturing": (
        ("浙江{b}控股集团有限公司", "{b}集团", "{c}{b}{p}有限公司", "{b}{ps}", ENTERPRISE),
    ),
    "healthcare": (
        ("{c}市第{n}人民医院", "{c}{n}院", "{c}市第{n}人民医院{ds}院区", "{n}院{ds}院区",
         INSTITUTION),
        ("浙江{b}大药房连锁有限公司", "{b}大药房", "浙江{b}大药房连锁有限公司{ds}店",
         "{b}大药房{ds}店", ENTERPRISE),
    ),
    "retail": (
        ("浙江{b}超市连锁有限公司", "{b}超市", "浙江{b}超市连锁有限公司{ds}分店", "{b}超市{ds}店",
         ENTERPRISE),
        ("{c}{b}商业集团有限公司", "{b}商业", "{c}{b}商业集团有限公司{ds}分公司", "{b}商业{ds}",
         ENTERPRISE),
    ),
    "logistics": (
        ("浙江{b}物流集团有限公司", "{b}物流", "浙江{b}物流集团有限公司{c}{ds}分公司",
         "{b}物流{ds}", ENTERPRISE),
    ),
    "energy": (
        ("浙江{b}能源集团有限公司", "{b}能源", "{c}{b}{ds}燃气有限公司", "{b}燃气{ds}",
         ENTERPRISE),
    ),
    "internet": (
        ("浙江{b}科技集团有限公司", "{b}科技", "{c}{b}{ds}网络科技有限公司", "{b}{ds}",
         ENTERPRISE),
    ),
    "education": (
        ("浙江{b}职业技术学院", "{b}职院", "浙江{b}职业技术学院{ds}校区", "{b}职院{ds}校区",
         INSTITUTION),
    ),
}  # fmt: skip

# Group names by trade name for industries whose usual groups are few (a city has only so many
# bank branches): used once those run out, so a large book still gets plausible unique groups.
_MORE_GROUPS: dict[str, tuple[tuple[str, str, str, str, str], ...]] = {
    "finance": (
        ("浙江{b}金融控股集团有限公司", "{b}金控", "浙江{b}金融控股集团有限公司{c}{ds}分公司",
         "{b}金控{ds}", ENTERPRISE),
        ("{c}{b}融资租赁集团有限公司", "{b}租赁", "{c}{b}融资租赁集团有限公司{ds}分公司",
         "{b}租赁{ds}", ENTERPRISE),
    ),
    "healthcare": (
        ("浙江{b}医疗集团有限公司", "{b}医疗", "{c}{b}{ds}医院有限公司", "{b}{ds}医院",
         ENTERPRISE),
    ),
}  # fmt: skip

GROUP_INDUSTRIES: tuple[str, ...] = tuple(_GROUPS)


@dataclass(frozen=True, slots=True)
class Naming:
    name: str
    short_name: str
    kind: str


@dataclass(frozen=True, slots=True)
class GroupNaming:
    """A group's own naming and the fields its branches share (trade name, bank, numeral)."""

    naming: Naming
    template: tuple[str, str, str, str, str]
    fields: dict[str, str]


def _agency_district(city: str, district: str) -> str:
    # A 区 is named with its city (杭州市西湖区教育局); a 县 or 县级市 stands alone (义乌市教育局).
    return f"{city}市{district}" if district.endswith("区") else district


def _short_district(district: str) -> str:
    return district[:-1] if len(district) > 2 else district


class CompanyNamer:
    """Makes unique customer names; one per data set."""

    def __init__(self, rng: random.Random) -> None:
        self._rng = rng
        self._used: set[str] = set()
        brands = [a + b for a in _FIRST for b in _SECOND if a != b]
        rng.shuffle(brands)
        self._brands = brands
        self._long_brands: list[str] | None = None  # made when first needed (keeps rng order)

    def _long_brand(self) -> str:
        if self._long_brands is None:
            self._long_brands = [b + c for b in self._brands for c in _THIRD if c not in b]
        return self._rng.choice(self._long_brands)

    def _fields(self, city: str, district: str, *, long: bool = False) -> dict[str, str]:
        rng = self._rng
        bank, bk = rng.choice(_BANKS)
        ins, ins_short = rng.choice(_INSURERS)
        p, ps = rng.choice(_MAKERS)
        return {
            "c": city,
            "d": _agency_district(city, district),
            "ds": _short_district(district),
            "b": self._long_brand() if long else rng.choice(self._brands),
            "n": rng.choice(_NUMERALS),
            "st": rng.choice(_STREET_OFFICES),
            "p": p,
            "ps": ps,
            "bank": bank,
            "bk": bk,
            "ins": ins,
            "is": ins_short,
        }

    def _claim(self, name: str) -> bool:
        if name in self._used:
            return False
        self._used.add(name)
        return True

    def standalone(
        self, industry: str, city: str, district: str, *, fallback: bool = False
    ) -> Naming:
        """A customer with no group above it."""
        templates = _STANDALONE[industry]
        for attempt in range(400 if fallback else 200):
            full, short, kind = self._rng.choice(templates)
            fields = self._fields(city, district, long=attempt >= 200)
            name = full.format(**fields)
            if self._claim(name):
                return Naming(name, short.format(**fields), kind)
        if fallback:
            raise RuntimeError(f"no free name for {industry} in {city}{district}")
        # Every template of the industry is exhausted for this district: fall back to a trade name,
        # and then to a three-character one, which is always free somewhere in the pool.
        other = "internet" if industry != "internet" else "retail"
        return self.standalone(other, city, district, fallback=True)

    def group(self, industry: str, city: str, district: str) -> GroupNaming:
        """A group customer (集团) whose branches `branch` names."""
        more = _GROUPS[industry] + _MORE_GROUPS.get(industry, ())
        for attempt in range(400):
            long = attempt >= 200
            template = self._rng.choice(more if long else _GROUPS[industry])
            fields = self._fields(city, district, long=long)
            name = template[0].format(**fields)
            if self._claim(name):
                naming = Naming(name, template[1].format(**fields), template[4])
                return GroupNaming(naming, template, fields)
        raise RuntimeError(f"no free group name for {industry} in {city}")

    def branch(self, group: GroupNaming, city: str, district: str) -> Naming | None:
        """A branch of ``group`` in a district; None when the group already has one there."""
        fields = dict(group.fields)
        fields.update(c=city, d=_agency_district(city, district), ds=_short_district(district))
        name = group.template[2].format(**fields)
        if not self._claim(name):
            return None
        return Naming(name, group.template[3].format(**fields), group.template[4])
