"""A page's date proposed from its stories, for an editor to confirm: never a guess.

Datelines print the month and day only (本报杭州10月20日讯, 本报湖州1月8日电), and a lead
opening on the day of the news (本报讯（记者…）1月19日上午…) does the same.  The year comes
from the text when the text fixes it: the latest year the page mentions, printed bare as the
year things happen in (2023年实施类省重大产业项目, 2024年第一场雪), not as a target (到2027年,
力争…) and not as a dated event of the past (2020年8月…).  When a later year is printed only
with a month, or no year at all, nothing is proposed.

The proposal is the latest news day of the page, in that year: the paper of that day or the day
after.  It comes with its evidence, which the review queue shows beside it.

Plain Python: reads only ``ParsedPage``/``ParsedArticle`` fields.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass

_DIGITS = "0-9０-９"
# 10月20日 in a dateline: 本报杭州10月20日讯, 新华社北京1月8日电
_DATELINE_DAY = re.compile(rf"([{_DIGITS}]{{1,2}})月([{_DIGITS}]{{1,2}})日")
# A lead that opens on the news day: "1月19日上午，…"
_LEAD_DAY = re.compile(rf"^\s*([{_DIGITS}]{{1,2}})月([{_DIGITS}]{{1,2}})日")
_YEAR = re.compile(rf"(?<![{_DIGITS}])((?:19|20)[0-9]{{2}})年")
# A year that is a goal, a deadline or a span's end, not the year the page is printed in.
_TARGET_BEFORE = ("到", "至", "力争", "预计", "计划", "目标", "~", "－", "-", "—", "到了")
# 2020年8月, 2020年度, 2020年初: an event or period of that year, not necessarily this one.
_DATED_AFTER = re.compile(rf"\s*(?:[{_DIGITS}]{{1,2}}月|度|初|底|末|前|以前|之前|以来)")
_EVIDENCE_WIDTH = 12
_CLAUSE_END = re.compile(r"[。；;，,！？!?\n]")


@dataclass(frozen=True)
class DateProposal:
    date: datetime.date
    evidence: str  # what the page prints that fixes the date, for the editor who confirms it


def _number(text: str) -> int:
    return int(text.translate(str.maketrans("０１２３４５６７８９", "0123456789")))


def news_days(page) -> list[tuple[int, int, str]]:
    """(month, day, what was read) for each story of ``page`` whose dateline or lead gives its day."""
    found = []
    for article in page.articles:
        dateline = article.dateline or ""
        match = _DATELINE_DAY.search(dateline)
        if match:
            found.append((_number(match[1]), _number(match[2]), dateline))
            continue
        if dateline and article.paragraphs:
            match = _LEAD_DAY.match(article.paragraphs[0])
            if match:
                found.append((_number(match[1]), _number(match[2]), f"{dateline} {match[0].strip()}"))
    return [(month, day, text) for month, day, text in found if 1 <= month <= 12 and 1 <= day <= 31]


def printed_year(page) -> tuple[int, str] | None:
    """The year the page's text fixes, with the words that fix it; None when it does not."""
    bare: list[tuple[int, str]] = []
    latest_any = 0
    for article in page.articles:
        for text in (article.headline, *article.paragraphs):
            for match in _YEAR.finditer(text or ""):
                year = int(match[1])
                before = text[max(0, match.start() - 3) : match.start()]
                if any(before.endswith(word) for word in _TARGET_BEFORE):
                    continue
                latest_any = max(latest_any, year)
                if not _DATED_AFTER.match(text, match.end()):
                    context = _CLAUSE_END.split(text[match.start() : match.end() + _EVIDENCE_WIDTH])[0]
                    bare.append((year, context))
    if not bare:
        return None
    year, context = max(bare, key=lambda item: item[0])
    if year < latest_any:
        return None  # a later year is printed: this one does not fix the page's
    return year, context


def propose_date(page) -> DateProposal | None:
    """The date the page's datelines and text fix together, or None."""
    days = news_days(page)
    if not days:
        return None
    year_found = printed_year(page)
    if year_found is None:
        return None
    year, year_words = year_found
    dated = []
    for month, day, words in days:
        try:
            dated.append((datetime.date(year, month, day), words))
        except ValueError:
            continue
    if not dated:
        return None
    latest, words = max(dated)
    # December stories on a January page belong to the year before: the latest day is January's.
    if any((latest - other).days > 183 for other, _ in dated):
        early = [(d, w) for d, w in dated if (latest - d).days > 183]
        latest, words = max(early)
    return DateProposal(latest, f"电头「{words}」；年份见正文「{year_words}」")
