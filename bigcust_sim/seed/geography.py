"""The simulated province (浙江): cities, districts with real division codes, street names.

Depends on nothing (Faker's zh_CN addresses mix provinces, hence this table).
"""

from __future__ import annotations

from dataclasses import dataclass

PROVINCE = "浙江省"


@dataclass(frozen=True, slots=True)
class District:
    """A county-level division (区 / 县 / 县级市) and its six-digit administrative code."""

    name: str
    code: str


@dataclass(frozen=True, slots=True)
class City:
    """A prefecture-level city: the short code used in circuit ids, districts, local streets."""

    name: str
    abbr: str
    districts: tuple[District, ...]
    streets: tuple[str, ...]


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


def _districts(pairs: str) -> tuple[District, ...]:
    return tuple(District(*item.split(":")) for item in pairs.split())


# Codes per GB/T 2260 after the 2021 boundary changes (杭州 临平区 / 钱塘区, 温州 龙港市).
CITIES: tuple[City, ...] = (
    City(
        "杭州",
        "HZ",
        _districts(
            "上城区:330102 拱墅区:330105 西湖区:330106 滨江区:330108 萧山区:330109 "
            "余杭区:330110 富阳区:330111 临安区:330112 临平区:330113 钱塘区:330114 "
            "桐庐县:330122 淳安县:330127 建德市:330182"
        ),
        _words(
            "文三路 天目山路 莫干山路 延安路 庆春路 凤起路 解放路 体育场路 江南大道 滨盛路 "
            "钱江路 学院路 古墩路 文一西路 金城路 市心北路 临平大道 之江路 秋涛路 湖墅南路"
        ),
    ),
    City(
        "宁波",
        "NB",
        _districts(
            "海曙区:330203 江北区:330205 北仑区:330206 镇海区:330211 鄞州区:330212 "
            "奉化区:330213 象山县:330225 宁海县:330226 余姚市:330281 慈溪市:330282"
        ),
        _words(
            "中山东路 天童南路 江东北路 百丈路 鄞州大道 四明中路 长江路 明州路 人民路 "
            "环城南路 药行街 聚贤路"
        ),
    ),
    City(
        "温州",
        "WZ",
        _districts(
            "鹿城区:330302 龙湾区:330303 瓯海区:330304 洞头区:330305 永嘉县:330324 "
            "平阳县:330326 苍南县:330327 文成县:330328 泰顺县:330329 瑞安市:330381 "
            "乐清市:330382 龙港市:330383"
        ),
        _words("车站大道 人民东路 学院中路 锦绣路 温州大道 瓯江路 府东路 新城大道"),
    ),
    City(
        "嘉兴",
        "JX",
        _districts(
            "南湖区:330402 秀洲区:330411 嘉善县:330421 海盐县:330424 海宁市:330481 "
            "平湖市:330482 桐乡市:330483"
        ),
        _words("中山东路 南湖大道 禾兴南路 洪兴路 凌公塘路 由拳路 庆丰路"),
    ),
    City(
        "绍兴",
        "SX",
        _districts(
            "越城区:330602 柯桥区:330603 上虞区:330604 新昌县:330624 诸暨市:330681 嵊州市:330683"
        ),
        _words("解放北路 胜利东路 中兴大道 笛扬路 群贤路 人民中路 曲屯路"),
    ),
    City(
        "金华",
        "JH",
        _districts(
            "婺城区:330702 金东区:330703 武义县:330723 浦江县:330726 磐安县:330727 "
            "兰溪市:330781 义乌市:330782 东阳市:330783 永康市:330784"
        ),
        _words("八一北路 双溪西路 李渔路 宾王路 稠州北路 丹溪路 婺州街"),
    ),
    City(
        "台州",
        "TZ",
        _districts(
            "椒江区:331002 黄岩区:331003 路桥区:331004 三门县:331022 天台县:331023 "
            "仙居县:331024 温岭市:331081 临海市:331082 玉环市:331083"
        ),
        _words("市府大道 东海大道 中山西路 劳动路 开发大道 银座街 腾达路"),
    ),
)

CITY_BY_NAME: dict[str, City] = {city.name: city for city in CITIES}

# Streets found in most Chinese cities; mixed in so that addresses do not repeat too often.
COMMON_STREETS: tuple[str, ...] = _words(
    "人民路 解放路 建设路 中山路 新华路 和平路 光明路 工业路 科技路 创业路 兴业路 园区路 "
    "学府路 文化路 世纪大道 迎宾大道 环城北路 环城西路 开发区大道 滨江路"
)

BUILDINGS: tuple[str, ...] = _words("大厦 中心 科技园 广场 商务楼 产业园 国际大厦 金融中心")


def district_code(city: str, district: str) -> str:
    """The division code of a district of the province; KeyError if it is not in the table."""
    for item in CITY_BY_NAME[city].districts:
        if item.name == district:
            return item.code
    raise KeyError(district)
