"""The page's name printed at its top (要闻, 综合新闻, 理论·评论), told from a column label.

A paper names each page with a word from a small stock of section names, printed at the head of the
page next to (or just under) the masthead and the date, above the first headline. A column label
(一把手谈, 民生观察, 今日关注) is printed with one story instead, and may also stand first on a
page: so a line is read as the page's name only at the very top of the text, over a headline or
another label, and only when it is made of section names, or when it stands right under the
masthead, or when a second label stands under it (the page's name over the first story's column).
"""

from __future__ import annotations

import re

from .bylines import looks_like_name
from .classify import BYLINE, HEAD
from .headlines import reads_as_slogan
from .lines import Line, label_shaped
from .model import ParsedPage

# Names papers give their pages. Kept to words that are never a column of one story by themselves.
_WORDS = """
    要闻 综合 时政 政务 党政 经济 财经 金融 产经 社会 民生 国内 国际 中国 全国 世界 环球 天下 全省 省内 本地 地方
    城市 城区 区县 县区 县域 乡镇 乡村 农村 三农 体育 文化 文体 文旅 文娱 文艺 娱乐 艺术 副刊 理论 评论 言论 观点
    教育 科教 科技 科普 视觉 图片 摄影 影像 读图 法治 法制 政法 健康 卫生 旅游 生活 消费 楼市 房产 汽车 人物 深度
    专题 专版 特刊 周刊 周末 阅读 读书 人文 文史 生态 军事 两岸 公益 广告 服务 资讯 新闻 时事 学习 党建 校园 青年
    """
SECTION_WORDS = frozenset(_WORDS.split())
# Also printed over a single piece as the label of its kind (评论 over a signed commentary): alone,
# without the masthead above, they stay that piece's column.
_PIECE_WORDS = frozenset({"评论", "言论", "观点", "人物", "深度", "专题"})
_SUFFIXES = ("新闻", "版", "专版", "周刊", "特刊")
_DOTS = re.compile(r"\s*[·•・‧]\s*")
_TRIM = "【】[]〖〗■□●◆◇▲△★☆▶► "
# Column labels read as a kind of piece or a point of view: never a page's name.
_COLUMN_ENDINGS = re.compile(
    r"(?:观察|关注|视点|手记|调查|聚焦|故事|文章|访谈|专访|纪事|随笔|札记|快评|时评|短评|论坛|一线|现场|直击|"
    r"谈|说|语|话|言|声|录|记|思|问|答|解读)$"
)


def _made_of_words(text: str) -> bool:
    """Is the text one or more section names run together (时政要闻, 文化体育)?"""
    if not text:
        return False
    reachable = [True] + [False] * len(text)
    for end in range(2, len(text) + 1):
        for size in (2, 3):
            start = end - size
            if start >= 0 and reachable[start] and text[start:end] in SECTION_WORDS:
                reachable[end] = True
    return reachable[-1]


def section_name(text: str) -> bool:
    """A page's name: section names alone or joined by a dot (要闻·综合), with an optional 新闻 or
    版 after them (区县新闻, 经济版)."""
    text = text.strip(_TRIM)
    parts = _DOTS.split(text)
    if not text or len(parts) > 3 or sum(len(p) for p in parts) > 10:
        return False
    for part in parts:
        if not label_shaped(part):
            return False
        stem = part
        for suffix in _SUFFIXES:
            if part.endswith(suffix) and len(part) > len(suffix) + 1:
                stem = part[: -len(suffix)]
                break
        if not _made_of_words(stem) and not _made_of_words(part):
            return False
    return True


def _label(line: Line) -> str | None:
    text = line.text.strip(_TRIM)
    if not text or looks_like_name(text) is not None:
        return None
    # 综合 alone also reads as a source line (本报综合)
    if line.kind != HEAD and not (line.kind == BYLINE and section_name(text)):
        return None
    parts = _DOTS.split(text)
    if all(label_shaped(p) for p in parts) and sum(len(p) for p in parts) <= 10:
        return text
    return None


def take_page_name(lines: list[Line], page: ParsedPage, under_masthead: bool) -> list[Line]:
    """Read the page's name from the first line of the text, when it is one; the line then leaves
    the flow of stories. `under_masthead`: header lines (the paper's name, the date) stood above."""
    if len(lines) < 2 or page.page_name is not None:
        return lines
    first, after = lines[0], lines[1]
    name = _label(first)
    if name is None or after.kind != HEAD or reads_as_slogan(name):
        # a slogan at the top (守护一方平安) is the first headline's kicker, never the page's name
        return lines
    # (a line set in as older pages set their headlines is one, however short: 蘇北難民 / 大批湧入本市)
    stacked = _label(after) is not None and not after.md and not first.indent
    by_word = section_name(name) and name.strip(_TRIM) not in _PIECE_WORDS
    # a short line under the masthead names the page, unless it is set in as headlines are
    by_place = under_masthead and len(name) <= 4 and not _COLUMN_ENDINGS.search(name) and not first.indent
    # ...and unless it is set tight over the headline on a page that sets its blocks apart by blank
    # lines, or apart from the masthead above it and tight over the headline: then it is the first
    # line of that headline's block (立秋 / 暑气未消 秋意渐浓)
    by_place = by_place and not (after.gap == 0 and (first.gap or any(line.gap for line in lines[2:])))
    if not (by_word or by_place or (stacked and len(lines) > 2 and lines[2].kind == HEAD)):
        return lines
    page.page_name = name
    after.gap = max(after.gap, first.gap)
    return lines[1:]
