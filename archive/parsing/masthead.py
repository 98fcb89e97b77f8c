"""The page's own furniture: masthead, issue date, page number and page name, editors' credits.

These lines are read only where papers print them (the first and last lines of the page) and only
when the whole line is made of such items; nothing is guessed from the stories' text.
"""

from __future__ import annotations

import datetime
import re

from .lines import Line
from .model import ParsedPage

_PAPER = re.compile(
    r"^[\u3400-\u9fff]{1,8}(?:日报|晚报|早报|晨报|时报|商报|都市报|青年报|法治报|法制报|农民报|经济报)$"
)
_DATE = re.compile(r"^(?P<y>(?:19|20)\d\d)\s*年\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日$")
_WEEKDAY = re.compile(r"^(?:星期|周)[一二三四五六日天]$")
_LUNAR = re.compile(r"^农历.{2,12}$")
_PAGE = re.compile(
    r"^(?:第\s*)?(?P<n>[0-9]{1,3}|[A-Za-z][0-9]{1,2}|[一二三四五六七八九十]{1,3})\s*版$|^(?P<n2>[A-Z][0-9]{1,2})$"
)
_PAGE_NAME = re.compile(r"^[\u3400-\u9fff]{2,6}$")
_STAFF_INLINE = re.compile(
    r"(?:责任编辑|责编|美术编辑|美编|版式设计|版式|校对|编辑|组版|视觉)(?:\s*[:：]\s*|\s+)[\u3400-\u9fff·]{2,8}"
)
_SPLIT = re.compile(r"[\s|｜·•/／]+")
_NUMERALS = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}
# Dates and page numbers are printed together: "2024年1月22日 星期一 第3版 要闻".
_DATE_INLINE = re.compile(r"(?:19|20)\d\d\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日")


def _numeral(token: str) -> int | None:
    if token.isdigit():
        return int(token)
    if len(token) == 1:
        return _NUMERALS.get(token)
    if token.startswith("十"):
        return 10 + (_NUMERALS.get(token[1:], 0) if len(token) > 1 else 0)
    if len(token) >= 2 and token[1] == "十":
        return _NUMERALS.get(token[0], 0) * 10 + (_NUMERALS.get(token[2:], 0) if len(token) > 2 else 0)
    return None


def _read_furniture(text: str, page: ParsedPage) -> bool:
    """Fill page fields from a furniture line; False (and nothing filled) when it is not one."""
    found: dict = {}
    rest = text
    for m in _DATE_INLINE.finditer(text):
        dm = _DATE.match(re.sub(r"\s+", "", m.group()))
        if dm:
            try:
                found["date"] = datetime.date(int(dm["y"]), int(dm["m"]), int(dm["d"]))
            except ValueError:
                return False
    rest = _DATE_INLINE.sub(" ", rest)
    rest, staff = _STAFF_INLINE.subn(" ", rest)
    rest = re.sub(r"第\s*(\w{1,3}?)\s*版", r"第\1版", rest)
    tokens = [t for t in _SPLIT.split(rest) if t]
    names = []
    for tok in tokens:
        if _PAPER.match(tok):
            found["publication"] = tok
        elif _WEEKDAY.match(tok) or _LUNAR.match(tok) or tok.isascii() and tok.isalpha():
            continue  # weekday, lunar date, the paper's name in Latin letters
        elif _PAGE.match(tok):
            pm = _PAGE.match(tok)
            n = pm.group("n") or pm.group("n2")
            num = _numeral(n) if not n[0].isalpha() else (int(n[1:]) if n[1:].isdigit() else None)
            if num is not None:
                found["page_number"] = num
        elif _PAGE_NAME.match(tok):
            names.append(tok)
        else:
            return False
    if not found and not (staff and not tokens):
        return False
    # a page name only counts beside a page number: "3版 要闻"
    if names and "page_number" not in found:
        return False
    if len(names) > 1:
        return False
    if names:
        found["page_name"] = names[0]
    for key, value in found.items():
        if getattr(page, key) is None:
            setattr(page, key, value)
    return True


def take_furniture(lines: list[Line], page: ParsedPage) -> list[Line]:
    """Remove masthead and page-header lines from the top and bottom of the page."""
    if not lines:
        return lines
    head = 0
    while head < min(4, len(lines)) and _read_furniture(lines[head].text, page):
        head += 1
    tail = len(lines)
    while tail > head and len(lines) - tail < 3 and _read_furniture(lines[tail - 1].text, page):
        tail -= 1
    kept = lines[head:tail]
    if head and kept:
        kept[0].gap = max(kept[0].gap, lines[head - 1].gap)
    return kept
