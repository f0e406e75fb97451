"""Chinese labels of the wire format's codes, as the reports print them (DESIGN §6).

The UI translates codes through Qt; workbooks are always Chinese. Depends on nothing.
"""

from __future__ import annotations

from collections.abc import Mapping

STAGE = {
    "lead": "线索",
    "qualified": "需求确认",
    "proposal": "方案报价",
    "negotiation": "商务谈判",
    "won": "赢单",
    "lost": "输单",
}
CATEGORY = {
    "mobile": "移动业务",
    "vnet": "集团V网",
    "broadband": "宽带",
    "leased_line": "专线",
    "idc": "IDC",
    "cloud": "云业务",
}
QUOTE_STATUS = {
    "draft": "草稿",
    "pending_approval": "待审批",
    "approved": "已审批",
    "rejected": "已驳回",
    "sent": "已发送",
    "accepted": "已接受",
    "expired": "已过期",
}
SEVERITY = {"critical": "紧急", "major": "重要", "minor": "一般", "info": "提示"}
TICKET_STATUS = {
    "new": "新建",
    "accepted": "已受理",
    "in_progress": "处理中",
    "resolved": "已解决",
    "closed": "已关闭",
}
CHANNEL = {
    "visit": "上门拜访",
    "phone": "电话",
    "sms": "短信",
    "email": "邮件",
    "meeting": "会议",
    "campaign": "外呼活动",
}
OUTCOME = {"positive": "积极", "neutral": "一般", "negative": "消极", "no_answer": "未接通"}
INDUSTRY = {
    "government": "政府",
    "finance": "金融",
    "manufacturing": "制造",
    "education": "教育",
    "healthcare": "医疗卫生",
    "retail": "零售",
    "logistics": "物流",
    "energy": "能源",
    "internet": "互联网",
}
VALUE_TIER = {"strategic": "战略", "key": "重点", "standard": "普通", "basic": "基础"}
BILL_STATUS = {"paid": "已缴清", "partial": "部分缴费", "unpaid": "未缴"}
ROLE = {"account_manager": "客户经理", "regional_manager": "区域经理"}
YES_NO = {True: "是", False: "否"}


def label(mapping: Mapping[str, str], code: str | None) -> str:
    """The Chinese label of `code`; an unknown code is shown as it is rather than hidden."""
    if code is None:
        return ""
    return mapping.get(code, code)


def quote_number(quote_id: str, number: str | None, revision_no: int | None) -> str:
    """报价编号 as the customer and the reports read it: the readable number and its version, or
    a draft label until the server numbers the quote (never the raw id)."""
    if number is None:
        return f"草稿 {quote_id.replace('-', '')[:8].upper()}（编号待分配）"
    if revision_no and revision_no > 1:
        return f"{number}（第{revision_no}版）"
    return number
