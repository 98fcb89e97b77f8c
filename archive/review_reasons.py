"""Why an article waits in the editors' review queue.

Articles store the codes; an editor reads each code's label, given here and nowhere else, so a
label can be reworded without losing a warning.  Plain Python: the parser's warnings, the
importer, the editing tools and the admin all read this one table.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Reason:
    code: str
    label: str
    weight: int  # how doubtful it makes the article: the queue puts the heaviest first
    page_level: bool = False  # about the page (its paper, its date), not the item's own cut


NO_DATE = "no_date"
NO_PUBLICATION = "no_publication"
DATE_INFERRED = "date_inferred"
SPLIT_PENDING = "split_pending"

REASONS = {
    reason.code: reason
    for reason in (
        Reason("no_headline", "没有识别出标题", 40),
        Reason("unknown_layout", "版式无法识别，切分可能有误", 35),
        Reason("low_confidence", "切分、标题或署名可能有误", 30),
        # a piece an editor split off, unpublished until saved (it leaves the queue with that save)
        Reason(SPLIT_PENDING, "拆分出的新文章，保存后发布", 30),
        Reason("not_a_headline", "标题疑为署名或图片说明，切分可能有误", 30),
        Reason("run_together", "正文越过了一篇的结尾，可能与相邻的文章或图片连在了一起", 30),
        Reason("headline_too_long", "标题过长，可能混入了正文", 25),
        Reason("not_a_name", "署名中有不像人名的内容", 25),
        Reason("cut_mid_sentence", "正文从句中开始或标题在逗号处断开，切分可能有误", 25),
        Reason("picture_in_text", "正文中混入了图片说明或摄影署名", 25),
        Reason("text_in_caption", "图片说明中混入了正文", 25),
        Reason("credit_in_text", "正文中混入了署名或来源行", 20),
        Reason("dateline_in_text", "电头留在了正文开头", 20),
        Reason("page_line_in_text", "正文中混入了版面信息（版头、二维码提示、编辑代码等）", 20),
        Reason("short_body", "正文过短，可能切分有误", 20),
        Reason(NO_DATE, "缺少出版日期", 20, page_level=True),
        Reason("headline_too_short", "标题过短，可能不完整", 15),
        Reason(NO_PUBLICATION, "未知报纸", 15, page_level=True),
        Reason("quotes_lost", "引号可能丢失", 10),
        Reason(DATE_INFERRED, "出版日期为推断，待编辑确认", 5, page_level=True),
        Reason("no_byline", "没有署名", 5),
    )
}
UNKNOWN_WEIGHT = 10
MAX_SCORE = 100
_UNKNOWN_LABEL = "解析提示：{}"


def label(code: str) -> str:
    """What an editor reads for ``code``."""
    reason = REASONS.get(code)
    return reason.label if reason else _UNKNOWN_LABEL.format(code)


def weight(code: str) -> int:
    reason = REASONS.get(code)
    return reason.weight if reason else UNKNOWN_WEIGHT


def review_reasons(
    warnings, *, has_date: bool = True, date_inferred: bool = False, has_publication: bool = True
) -> list[str]:
    """The codes to check an article for, most serious first: the parser's warnings and what is
    missing or unconfirmed about its page."""
    codes = list(dict.fromkeys(warnings or ()))
    if not has_date:
        codes.append(NO_DATE)
    elif date_inferred:
        codes.append(DATE_INFERRED)
    if not has_publication:
        codes.append(NO_PUBLICATION)
    return sorted(codes, key=lambda code: -weight(code))


def warning_codes(codes) -> list[str]:
    """The parser's warnings among an article's review codes (what its page and an editor's split
    add is left out)."""
    return [
        code
        for code in codes or ()
        if code != SPLIT_PENDING and not (code in REASONS and REASONS[code].page_level)
    ]


#: How much the line-role model's doubt adds to a flagged article's score, at no confidence at all.
DOUBT_WEIGHT = 30


def review_score(codes, confidence: float | None = None) -> int:
    """How doubtful an article is (0 = nothing to check, at most 100): the reasons' weights added
    up and, for an article in the queue, the model's doubt, so the queue shows the least sure
    first among articles flagged alike."""
    codes = list(codes or ())
    score = sum(weight(code) for code in codes)
    if codes and confidence is not None:
        score += round(DOUBT_WEIGHT * (1.0 - min(max(confidence, 0.0), 1.0)))
    return min(score, MAX_SCORE)


#: Every reason, most serious first (the queue filters by them).
ALL = tuple(sorted(REASONS, key=lambda code: -REASONS[code].weight))
