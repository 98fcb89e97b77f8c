"""News in brief (简讯): a label line, then short items each opened by a bullet (● ■ ▲ ◆ …) or
by its title in brackets (【标题】正文…).

Each item is a story of its own, printed without a headline (or with a short one on the bullet's
own line) and often closed by its credit （记者 甲）; the label is the column of every item. A
short label line makes a brief block only when it reads as one (简讯, 快讯, 新闻速递…) or when the
bulleted lines under it are signed one by one: a headline over a bulleted list of measures is a
story whose text is that list.
"""

from __future__ import annotations

import re

from .classify import BODY, BYLINE, CLOSING, HEAD, LEAD, SIGNATURE
from .lines import CLOSERS, Line, is_terminated, label_shaped

BRIEF = "brief"  # the label of a brief block
BULLETS = "●■▲◆★▶►◇□◎○△☆•·▪◆"
_BULLET = re.compile(rf"^[{BULLETS}]\s*(?=\S)")
_KEYWORD = re.compile(
    r"(?:简讯|快讯|短讯|简报|速递|速览|速读|一句话新闻|简明新闻|新闻摘要|要闻摘要|消息树|资讯|播报|动态|扫描|集锦|传真"
    r"|短波|零距离|看台)$"
)
_LABEL_TRIM = "【】[]〖〗《》<>" + BULLETS + CLOSERS + " "


# 【市区新增5条公交线路】日前，…: an item's title run in at the head of its text
_IN_BRACKETS = r"[【〖\[](?P<title>[^【】〖〗\[\]。！？!?]{7,30})[】〗\]]"
_RUN_IN = re.compile(rf"^{_IN_BRACKETS}\s*(?P<text>\S.{{14,}})$")


# ● 市图书馆延长开放时间 自6月起，…: a bulleted item's title set off from its text by a space, or
# closed by a full stop before a sentence of its own (1.市图书馆延长开放时间。自6月起，…)
_SPACED_RUN_IN = re.compile(
    r"^(?P<title>[^\s。！？!?，,；;：:“”\"（）()]{6,24})(?:[ \u3000]+|。)(?P<text>[^\s。！？!?].{14,})$"
)
_TITLE_CJK_MIN = 5


def run_in_title(text: str, *, spaced: bool = False) -> tuple[str, str] | None:
    """(title, text) of a paragraph that opens with its title in brackets, followed by sentences;
    with ``spaced``, of an item opening with its title set off by a space alone, which only a
    bullet before it says is a title and not the text's first words."""
    m = _RUN_IN.match(text) or (_SPACED_RUN_IN.match(text) if spaced else None)
    if m is None or not any(ch in m.group("text") for ch in "。！？!?"):
        return None
    title = m.group("title").strip()
    if m.re is _SPACED_RUN_IN and len(re.findall(r"[\u3400-\u9fff]", title)) < _TITLE_CJK_MIN:
        return None
    return title, m.group("text")


_BRACKETED_TITLE = re.compile(rf"^{_IN_BRACKETS}$")  # (split from its text run in after it)


def _text_under(lines: list[Line], j: int) -> bool:
    return j + 1 < len(lines) and lines[j + 1].kind in (BODY, LEAD) and lines[j + 1].photo is None


def bullet_start(text: str) -> int:
    """Length of the bullet opening a line, 0 when there is none."""
    m = _BULLET.match(text)
    return m.end() if m else 0


# 1.市图书馆延长开放时间 …, （2）…, ③…, 一、…, （二）…: the number an item of a block of news in
# brief opens on
_ITEM_NUMBER = re.compile(
    r"^(?:\d{1,2}\s*[.．、](?!\d)|[（(]\d{1,2}[)）]|[①-⑳]|[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[)）])"
    r"\s*(?=\S)"
)


def number_start(text: str) -> int:
    """Length of the number opening an item of news in brief, 0 when there is none."""
    m = _ITEM_NUMBER.match(text)
    return m.end() if m else 0


def _label(line: Line) -> str | None:
    if line.kind not in (HEAD, BODY) or line.photo is not None:
        return None
    text = line.text.strip(_LABEL_TRIM)
    if not text or len(text) > 10 or any(ch in text for ch in "，,。；;：:、 "):
        return None
    if _KEYWORD.search(text) or label_shaped(text):
        return text
    return None


def _item_signed(line: Line) -> bool:
    return line.closing is not None or line.kind in (LEAD, CLOSING)


def mark_briefs(lines: list[Line]) -> None:
    """Label the brief blocks of the page: the label line becomes a BRIEF line (its text the
    column) and the line opening each item gets `item`."""
    n = len(lines)
    i = 0
    while i < n - 1:
        label = _label(lines[i])
        if label is None or lines[i + 1].photo is not None:
            i += 1
            continue
        j = i + 1
        starts: list[int] = []
        signed = bullets = 0
        while j < n and lines[j].photo is None:
            line = lines[j]
            bulleted = (
                (bullet_start(line.text) and line.kind in (BODY, HEAD, LEAD))
                or (line.kind == BODY and run_in_title(line.text))
                # its title in brackets on a line of its own (split from its text run in after it)
                or (line.kind == HEAD and _BRACKETED_TITLE.match(line.text) and _text_under(lines, j))
                # numbered under a label naming news in brief (简讯 / 1.… / 2.…)
                or (number_start(line.text) and line.kind in (BODY, HEAD) and _KEYWORD.search(label))
            )
            last = lines[j - 1]
            # a bulleted title over its text (■ 鄞州新增两条公交线路 / 本报讯…), which goes on with it
            title_above = (
                bool(starts)
                and last is lines[starts[-1]]
                and last.kind == HEAD
                and not is_terminated(last.text)
            )
            led = line.kind == LEAD and not line.wide and _KEYWORD.search(label) and not title_above
            if bulleted or led:
                starts.append(j)
                bullets += bool(bulleted)
                signed += _item_signed(line)
                j += 1
                continue
            if not starts:
                break
            # a paragraph cut short by a column goes on too
            broken = last.kind == BODY and not is_terminated(last.text) and last.closing is None
            if line.kind in (BODY, LEAD) and not line.wide and (title_above or broken):
                signed += _item_signed(line)
                j += 1
                continue
            # a closing credit, or a credit line under an item's text (◆ 标题 / text / 记者 甲)
            if line.kind == CLOSING or (line.kind in (BYLINE, SIGNATURE) and last.kind in (BODY, LEAD)):
                signed += 1
                j += 1
                continue
            break
        # items are bulleted, or there are several lead-ins under the label
        if (bullets or len(starts) >= 2) and (_KEYWORD.search(label) or signed):
            lines[i].kind, lines[i].info = BRIEF, label
            for k in starts:
                lines[k].item = label
            i = j
        else:
            i += 1
