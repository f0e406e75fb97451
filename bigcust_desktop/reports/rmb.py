"""Amounts in the capital numerals (大写金额) Chinese contracts, quotes and invoices require.

Depends on the standard library only.
"""

from __future__ import annotations

from decimal import Decimal

_DIGITS = "零壹贰叁肆伍陆柒捌玖"
_UNITS = ("", "拾", "佰", "仟")
_GROUPS = ("", "万", "亿", "万亿")


def rmb_upper(amount: Decimal) -> str:
    """An amount in the capital numerals Chinese contracts and invoices require (大写金额)."""
    fen_total = int((amount.quantize(Decimal("0.01")) * 100).to_integral_value())
    if fen_total < 0:
        return "负" + rmb_upper(Decimal(-fen_total) / 100)
    yuan, fen_part = divmod(fen_total, 100)
    jiao, fen = divmod(fen_part, 10)
    text = ""
    if yuan:
        groups: list[int] = []
        while yuan:
            yuan, group = divmod(yuan, 10000)
            groups.append(group)
        need_zero = False
        for index in range(len(groups) - 1, -1, -1):
            group = groups[index]
            if not group:
                need_zero = bool(text)
                continue
            if text and (need_zero or group < 1000):
                text += "零"
            text += _group_upper(group) + _GROUPS[index]
            need_zero = False
        text += "元"
    if not jiao and not fen:
        return (text or "零元") + "整"
    if jiao:
        text += _DIGITS[jiao] + "角"
    elif text:
        text += "零"
    if fen:
        text += _DIGITS[fen] + "分"
    return text


def _group_upper(group: int) -> str:
    out, zero = "", False
    for position in range(3, -1, -1):
        digit = group // 10**position % 10
        if digit:
            if zero and out:
                out += "零"
            out += _DIGITS[digit] + _UNITS[position]
            zero = False
        else:
            zero = True
    return out
