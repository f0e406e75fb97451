"""The province's prefecture-level cities and their administrative division codes (GB/T 2260).

A USCC carries the division where the enterprise registered (characters 3-8); its first four
digits name the city. Depends on nothing.
"""

from __future__ import annotations

PROVINCE_CODE = "33"  # 浙江省
CITY_CODES: dict[str, str] = {
    "杭州": "3301",
    "宁波": "3302",
    "温州": "3303",
    "嘉兴": "3304",
    "湖州": "3305",
    "绍兴": "3306",
    "金华": "3307",
    "衢州": "3308",
    "舟山": "3309",
    "台州": "3310",
    "丽水": "3311",
}
CITY_OF_CODE: dict[str, str] = {code: city for city, code in CITY_CODES.items()}


def city_of_division(division: str) -> str | None:
    """The province's city of a six-digit division code (None outside the province)."""
    return CITY_OF_CODE.get(division[:4])
