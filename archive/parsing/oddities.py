"""Shapes of an item's fields that no right cut gives, on any paper: a headline line that is a
credit or a caption, a credited person who is no name, a text opening inside a sentence or a
title ending inside one, a picture's caption or credit, a byline or source line, a dateline or a
line of the page left among the paragraphs, a text going on past what closes an item.

The item doubt (``doubt``) learns what a wrong cut looks like from the pages it is fitted on, and
the rules cut those pages right in these ways; a paper laid out otherwise may still be cut so,
and an editor must see it.  None of these shapes shows on an item of the rendered corpus or of
the seeds cut right (of their 2,571 headline lines none reads as a credit or names), so each puts
its item in the queue whatever the doubt says.  The editing tools ask the same of an item an
editor corrected.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from . import model
from .bylines import (
    author_note_before,
    closing_note,
    looks_like_name,
    marker_end,
    parse_byline,
    parse_lead,
    parse_names,
    parse_photo_credit,
    parse_signature,
    signed_with_post,
    split_closing_credit,
)
from .headlines import issuer_line
from .lines import bare_figure, caption_cued, column_tagged, field_line, headline_shaped, notice_field
from .masthead import page_line

#: A person's name as papers print it: two to five characters, a name of several parts joined
#: by a dot (阿卜杜勒·克里木), or one in Latin letters.
_NAME = re.compile(
    r"[\u3400-\u9fff]{2,5}|[\u3400-\u9fff]{1,8}(?:[·•・．][\u3400-\u9fff]{1,8})+|[A-Za-z][A-Za-z.'\-]{1,40}"
)
#: The words of a credit filed as part of a name: a role (记者, 图·), where it was sent from (发自北京),
#: what was done (报道, 整理, 供图), the paper or a desk.
_ROLE_IN_NAME = re.compile(
    r"记者|通讯员|摄影|报道|发自|供图|整理|本报|编辑|评论员|融媒|新华社|^[图文圖]\s*[·•・]"
)
#: A row of the page's index of other pages (03版 金义都市区轨道交通开工) taken into a headline.
_INDEX_ROW = re.compile(r"(?:^|\s)(?:第\s*)?[A-Za-z]?\d{1,2}\s*版\s+\S")
_PICTURE_TITLE_NEVER_ENDS = ("。", ".", "？", "?")
#: A date and its weekday (一九五六年三月八日 星期四): the masthead's, taken into a headline.
_DATED_DAY = re.compile(
    r"[年\d]\s*[\d〇零一二三四五六七八九十]{1,3}\s*月\s*[\d〇一二三四五六七八九十廿卅]{1,3}\s*日\s*(?:星期|周)[一二三四五六日天]"
)
#: What someone said, as a story reports it (…”腾冲市委组织部有关负责人说。, “…”蔡恒说，…).
_REPORTED_SPEECH = re.compile(r"(?:说|表示|介绍|坦言|感慨道?)[。！]?”?$|”[^“”。]{0,14}(?:说|表示)[，,。]")
#: How a caption opens: the day its picture was taken, or 图为.
_DATED_CAPTION = re.compile(r"^(?:\d{1,2}月\d{1,2}日|图为)")
_CAPTION_ROW_MAX = 40  # characters of a caption's first sentence
#: A numbered caption standing as a paragraph: 图①：…, 图2　…, ①②…
_NUMBERED_CAPTION = re.compile(r"^(?:图\s*[①-⑳\d]{1,2}\s*[:：\s]|[①-⑳]{2,})")
#: An illustration's credit: the artist's name and 绘 (马睿姗绘, 甲 / 绘图), the agency after it.
_DRAWN_BY = re.compile(r"^(?P<who>[\u3400-\u9fff\s]{2,6}?)\s*[/／]?\s*绘图?(?:[（(][^（()）]{2,12}[)）])?$")
#: The number of an entry in a list (1. …, （二）…, 三、…): a list's entry or a section's head taken
#: for a headline, as numbered briefs with nothing over them are cut into one story.
_LIST_NUMBER = re.compile(
    r"^(?:\d{1,2}\s*[.、．]|[（(]\d{1,2}[)）]|[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[)）])"
)
#: Characters of the longest credit, signature or page line looked for among the paragraphs.
_SHORT_LINE = 60
_SENTENCE_STOPS = "。！？!?"
#: What a text cut inside a sentence opens on, and a title broken at a comma ends on.
_OPENS_INSIDE = tuple("，。、；：）」』”’》,.;:)")
_ENDS_INSIDE = tuple("，、,")


def oddities(
    *,
    kind: str,
    kicker: str | None,
    title: str | None,
    subtitle: str | None,
    people: Iterable[str],
    body: str,
) -> list[str]:
    """The review warnings an item's fields call for by a shape no right cut gives."""
    found = []
    heads = [part.strip() for part in (kicker, title, subtitle) if part and part.strip()]
    if any(
        parse_photo_credit(part) is not None
        or parse_byline(part) is not None
        or parse_signature(part) is not None
        or _names(part)
        or caption_cued(part)
        or _drawn_by(part)
        or _LIST_NUMBER.match(part)
        or _INDEX_ROW.search(part)
        or _DATED_DAY.search(part)
        or closing_note(part)
        or _signed_without_name(part)
        or notice_field(part)  # 时间：… / 地点：…, a box's field
        or bare_figure(part)  # 12.5%, a box's figure
        for part in heads
    ) or (kind == "photo" and (title or "").strip().endswith(_PICTURE_TITLE_NEVER_ENDS)):
        # a picture's credit or caption, a byline, the writers' names signing the piece (甲、乙)
        # or a list's numbered entry, taken for a headline; a picture's title is a phrase, never
        # a sentence or a question (a caption, or a story's subhead, over it)
        found.append(model.NOT_A_HEADLINE)
    if any(
        (not _NAME.fullmatch("".join(name.split())) and not _issuer(name)) or _ROLE_IN_NAME.search(name)
        for name in people
    ):
        # an editor's code, a source line or a sentence filed as a person (the body issuing a
        # document signs it as a writer would)
        found.append(model.NOT_A_NAME)
    if body.strip().startswith(_OPENS_INSIDE) or (title or "").strip().endswith(_ENDS_INSIDE):
        found.append(model.CUT_MID_SENTENCE)
    paragraphs = [paragraph.strip() for paragraph in body.split("\n\n") if paragraph.strip()]
    story = kind == "article"
    if any(
        (story and _NUMBERED_CAPTION.match(p)) or parse_photo_credit(p) is not None for p in paragraphs
    ) or (
        # a short last paragraph saying when, as a caption does (3月5日，市民在…。), is no story's
        # close in any real text: a caption's first row taken into the story above the picture
        story
        and len(paragraphs) > 1
        and len(paragraphs[-1]) <= _CAPTION_ROW_MAX
        and _DATED_CAPTION.match(paragraphs[-1])
    ):
        found.append(model.PICTURE_IN_TEXT)  # a picture's caption run into a story, or its credit into either
    if not story and (_REPORTED_SPEECH.search(body.strip()) or body.lstrip().startswith(("——", "—"))):
        # a caption says what the picture shows, never what someone said (a story's paragraph),
        # and never opens on a dash (a headline's 副题)
        found.append(model.TEXT_IN_CAPTION)
    # a credit, a signature or a line of the page is a short line ending no sentence: the
    # sentences of a story are spared the patterns, which every item of every page is asked
    short = [p for p in paragraphs if len(p) <= _SHORT_LINE and p[-1] not in _SENTENCE_STOPS]
    if story and any(_credit_line(p, at_edge=p in (paragraphs[0], paragraphs[-1])) for p in short):
        found.append(model.CREDIT_IN_TEXT)  # 本报记者 甲 乙, 作者：甲, 信息来源：… left as a paragraph
    if story and paragraphs and parse_lead(paragraphs[0]) is not None:
        found.append(model.DATELINE_IN_TEXT)  # 【新华社北京3月5日电】 still opening the text
    if any(page_line(paragraph) for paragraph in short):
        found.append(model.PAGE_LINE_IN_TEXT)
    if _run_together(story, heads, body.strip(), paragraphs):
        found.append(model.RUN_TOGETHER)
    return found


#: The end of a sentence, and the closing marks that may follow it.
_SENTENCE_END = re.compile(r"[。！？!?…]+[”’」』）)]*")


def _run_together(story: bool, heads: list[str], body: str, paragraphs: list[str]) -> bool:
    """Does the item go on past what closes an item: a continuation marker (in a headline or a
    caption, or with text after it), a note on the author with text after it, or a last sentence
    that is a headline closed by its column's tag (the next story's, joined on in a page without
    blank lines)?"""
    if any(marker_end(part) is not None for part in heads):
        return True  # the end of the story above taken into the headline
    end = marker_end(body)
    if end is not None and (not story or body[end:].strip()):
        return True
    if "作者" in body and any(author_note_before(p) for p in paragraphs):
        return True
    if story and paragraphs and paragraphs[-1][-1] in "）)":
        tail = _SENTENCE_END.split(paragraphs[-1])[-1].strip()
        return (
            column_tagged(tail)
            and headline_shaped(tail)
            and marker_end(tail) is None
            and not field_line(tail)
        )
    return False


def _credit_line(paragraph: str, at_edge: bool) -> bool:
    """A byline, a source line or a writer's credit (作者：甲, 甲 文), not a picture's; names alone
    (a signature, 甲 乙) only opening or closing the text: between paragraphs a word of two
    characters that reads as a name (连通) is a section's label."""
    if parse_photo_credit(paragraph) is not None:
        return False
    if parse_byline(paragraph) is not None or signed_with_post(paragraph):
        return True  # (a post and a name inside a text sign a piece whose headline was lost)
    return at_edge and (parse_signature(paragraph) is not None or parse_names(paragraph) is not None)


def _signed_without_name(text: str) -> bool:
    """（本报记者）: the staff signing a piece, a closing line taken for the next headline."""
    closing = split_closing_credit(text)
    return closing is not None and not closing[0]


def _issuer(name: str) -> bool:
    return issuer_line(name) and "来源" not in name  # 信息来源县交通运输局 names a source, no writer


def _drawn_by(text: str) -> bool:
    m = _DRAWN_BY.match(text)
    return m is not None and looks_like_name(m.group("who")) is not None


def _names(text: str) -> bool:
    """Two names or more and nothing else (甲、乙, 甲 乙 丙): one may be a phrase (惠民生)."""
    credits = parse_names(text)
    return credits is not None and credits.count() >= 2
