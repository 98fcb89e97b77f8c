"""Pictures: a caption paragraph closed by its credit, with an optional short title above it.

A credit line (记者 甲 摄, 拍摄 乙, 市交通局供图, or a credit run on at the end of the caption) marks
the end of a picture. The caption is the paragraph just above the credit; a byline line printed
directly above the credit (本报记者 甲 / 拍友 乙 摄) names a further photographer of the same picture.
When the "caption" is in fact the opening of a story (本报讯…), the credit is that story's picture.
A paragraph that says what the picture shows (图为…, 上图：…) is a caption even without a credit, and
wins over the paragraph above a credit line: a credit printed between a story's last paragraph and
such a caption credits the caption below it. A paragraph ending with （完） closes a story and is
never a caption. A picture may also be printed with neither credit nor cue: a title of a few
characters over a caption of a sentence or two that describes a scene at a time of day or season,
standing between the end of one story and the headline or lead-in of the next. Pictures printed
as a group (组图) share one title and one credit over several short dated captions.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from . import bylines
from .classify import (
    ANCHORS,
    BODY,
    BYLINE,
    CLOSING,
    CREDIT,
    HEAD,
    LEAD,
    MARK_TO,
    NOTE,
    SIGNATURE,
    uses_blank_paragraphs,
)
from .lines import (
    CJK_CHAR,
    HALF_STOP,
    PARAGRAPH_INDENT,
    Line,
    caption_cued,
    has_inner_punctuation,
    headline_shaped,
    is_terminated,
    join_text,
    opens_as_caption,
    opens_like_lead,
    sentence_count,
    undecorated,
)

ARTICLE_CREDIT = "article_credit"  # a picture credit that belongs to the story around it
_CAPTION_MAX = 300
_TITLE_MAX = 24
_PAIRED_TITLE_MAX = 14  # characters of a picture title in two phrases with a comma between
_PHRASE_MIN, _PHRASE_SLACK = 3, 2  # each of them this long at least, about as long as the other
# Agency copy ends with （完）: the last paragraph of a story, never a caption.
_STORY_END = re.compile(r"[（(]\s*完\s*[)）]$")
# A caption printed with no credit reads as a scene: it opens with the time of day or the season
# (清晨，… / 傍晚时分，… / 入夜，…) or paints the view (宛如一幅水墨画, 人头攒动, 交相辉映).
_SCENE_OPENING = re.compile(
    r"^(?:清晨|早晨|晨曦|拂晓|黎明|日出|午后|傍晚|黄昏|日落|夕阳|入夜|夜幕|夜晚|深夜|雨后|雪后|初春|早春|暮春|"
    r"盛夏|初夏|初秋|深秋|金秋|初冬|隆冬|寒冬|[春夏秋冬]日)"
)
_SCENE_WORDS = re.compile(
    r"宛如|犹如|恍如|仿佛|如诗如画|一幅|画卷|美景|景象|风光|人头攒动|游人如织|熙熙攘攘|交相辉映|尽收眼底|层林尽染|银装素裹|"
    r"波光粼粼|云雾缭绕|薄雾|晚霞|华灯初上|别有一番|相映成趣"
)
_SCENE_TITLE_MAX = 8
_SCENE_CAPTION_MAX = 120


# marks that point from a caption at its picture: ▲ over it, an arrow to its side (↑ 市民在…)
_POINTERS = "▲△↑↓←→↖↗↙↘"


def points_at_picture(text: str) -> bool:
    """A caption cued (图为…) or set after a ▲ pointing at its picture."""
    return caption_cued(text) or text[:1] in _POINTERS


def _pointed_caption(lines: list[Line], i: int) -> bool:
    """A sentence or two set after a ▲ that points at the picture: a caption, unless it is one of
    a run of bulleted items (▲ 近日，… / ▲ 3月5日，…) or carries its writer's credit."""
    line = lines[i]
    if line.text[:1] not in _POINTERS or line.closing is not None:
        return False
    text = undecorated(line.text)
    if not is_terminated(text) or sentence_count(text) > 2:
        return False
    return not any(lines[k].bulleted for k in (i - 1, i + 1) if 0 <= k < len(lines))


# an editor's code left at the end of a caption's line, after its last sentence: …留念。 ③2
_CODE_AFTER_CAPTION = re.compile(r"(?<=[。！？!?.”’）)])\s*[①-⑳]\d{0,2}$")


def printed_caption(text: str) -> str:
    """A caption as it reads: the bullet or pointer printed before it (▲ ● ▶ ■) points at the
    picture and says nothing of it, and an editor's code after it is the page's, not the
    caption's. (A list inside a story keeps its bullets: that is the story's text, and this is
    asked of captions only.)"""
    return _CODE_AFTER_CAPTION.sub("", undecorated(text))


def ends_story(text: str) -> bool:
    return bool(_STORY_END.search(text.rstrip()))


def _complete(text: str) -> bool:
    """A paragraph that ends a sentence, signs off a story with （完） or notes its author
    (（作者为…）)."""
    return is_terminated(text) or ends_story(text) or bylines.author_note(text)


@dataclass(eq=False)
class Photo:
    first: int
    last: int
    title: str | None
    caption: str
    credits: bylines.Credits
    captions: list[str] | None = None  # a group of pictures under one title and one credit
    # its credit stood between two paragraphs either of which reads as its caption, and the page's
    # other credits did not say clearly which side the page prints captions on: a guess
    credit_guessed: bool = False


def _paired_phrases(title: str) -> bool:
    """两岸相连，通行无阻: two short phrases of about one length, not a sentence broken off
    (大桥全长六百八十米，双向)."""
    phrases = re.split(r"[，,]", title)
    if len(title) > _PAIRED_TITLE_MAX or len(phrases) != 2:
        return False
    a, b = (len(p.strip()) for p in phrases)
    return min(a, b) >= _PHRASE_MIN and abs(a - b) <= _PHRASE_SLACK


# What a picture's title may be labelled with: 组图：春到西湖, 图片新闻｜古村雪霁
_PICTURE_LABEL = re.compile(r"^(?:组图|图片新闻|新闻图片|图说|图片报道|图片故事|影像)\s*[:：|｜]\s*")


#: Rubrics papers set over a picture, which name its kind and not what it shows: its column.
PICTURE_RUBRICS = frozenset(
    ("图片新闻", "新闻图片", "图片报道", "摄影报道", "图说", "图说新闻", "组图", "新闻摄影")
)


def picture_rubric(text: str) -> str | None:
    """图片新闻, ■组图, 【图说】: the rubric a line is and nothing else, or None."""
    rubric = "".join(text.split()).strip("■□●◆◇▲▶【】[]：:")
    return rubric if rubric in PICTURE_RUBRICS else None


def picture_title(text: str) -> tuple[str | None, str]:
    """A picture's title as printed over it, without its decoration: the label before it (组图：…)
    and the title itself."""
    text = undecorated(text)
    m = _PICTURE_LABEL.match(text)
    return (text[: m.end()].rstrip(" :：|｜"), text[m.end() :]) if m else (None, text)


# The agency or paper a picture came from, on a line of its own between its title and its caption
_PICTURES_SOURCE = re.compile(
    r"^[（(【]?\s*(?:新华社|新華社|中新社|人民日报|本报|人民视觉)\s*(?:图片|照片|传真照片|图片新闻)?\s*[)）】]?$"
)


def _title_above(lines: list[Line], cap: int) -> int | None:
    """A short headline-shaped line right above a caption titles the picture, when the line above
    it closes whatever came before (so it is not the tail of a broken paragraph)."""
    t = cap - 1
    if t > 0 and lines[t].photo is None and _PICTURES_SOURCE.match(lines[t].text):
        t -= 1  # 欧洲多国遭遇强降雪 / 新华社图片 / the caption: the title over the agency's label
    if t < 0 or lines[t].kind != HEAD or lines[t].photo is not None:
        return None
    title = picture_title(lines[t].text)[1]
    if len(title) > _TITLE_MAX or not headline_shaped(title):
        return None
    if has_inner_punctuation(title) and not _paired_phrases(title):
        # picture titles are short phrases (清溪晨雾, 夜市灯火, 精准发力，提高效益), not clauses
        return None
    if t > 0:
        before = lines[t - 1]
        if before.photo is None and before.kind == BODY and not _complete(before.text):
            return None
        if (
            before.kind == HEAD
            and before.photo is None
            and not lines[t].wide
            and picture_rubric(before.text) is None
        ):
            # a headline block of several lines above a paragraph is a story's headline (a
            # picture's rubric over its title is no headline's line: 图片新闻 / 春意盎然 / …)
            return None
    return t


def _titled(lines: list[Line], t: int) -> tuple[int, str]:
    """The first line of a picture titled at ``lines[t]`` and its title: the rubric over the
    title, when one stands there, is the title's label (图片新闻 / 春意盎然 → 图片新闻：春意盎然)."""
    title = undecorated(lines[t].text)
    above = lines[t - 1] if t > 0 else None
    if above is not None and above.photo is None and (rubric := picture_rubric(above.text)) is not None:
        return t - 1, f"{rubric}：{title}"
    return t, title


def find_photos(lines: list[Line]) -> list[Photo]:
    photos: list[Photo] = []
    blank_paragraphs = uses_blank_paragraphs(lines)
    over_votes, under_votes = _credit_votes(lines)
    over = over_votes > under_votes
    undecided = abs(over_votes - under_votes) <= 1
    over_before = -1  # the last line of the last picture whose credit was printed over its caption
    for i, line in enumerate(lines):
        if line.photo is not None:
            continue
        if line.kind == CREDIT:
            credits = bylines.Credits()
            credits.merge(line.info, as_role="photographers")
            j = i - 1
            while j >= 0 and lines[j].kind == BYLINE and lines[j].photo is None and not lines[j + 1].wide:
                # 记者 甲 over 新华社记者 乙 摄 names a second photographer; 文字：甲 over 摄影：乙
                # names the writer
                writer = lines[j].info.authors and not lines[j].info.reporters
                credits.merge(lines[j].info, as_role=None if writer else "photographers")
                j -= 1
            credit_guessed = undecided and _caption_like(lines, j) and _caption_like(lines, i + 1)
            # under numbered captions in a row (图①… / 图②…), a credit closes them all, on a page
            # that prints its credits over its captions too
            closes_numbered = j > 0 and _numbered_start(lines, j) is not None
            below = None if closes_numbered else _caption_below(lines, i, j)
            if below is None and not closes_numbered:
                below = _caption_under_titled_credit(lines, i, j)
            if below is None and not closes_numbered:
                below = _short_caption_below(lines, i, j)
            if below is None and not closes_numbered:
                below = _dated_caption_below(lines, i, j)
            if below is None and not closes_numbered:
                below = _caption_set_under_credit(lines, i, j)
            if below is None and not closes_numbered:
                below = _caption_over_next_headline(lines, i, j)
            if (
                below is None
                and not closes_numbered
                and (over or j == over_before)
                and _caption_like(lines, i + 1)
                and not _photo_story_under(lines, j, i)
            ):
                # the page prints each credit over its caption, or the picture right above this
                # credit was printed so: the next one under it is too
                below = i + 1
            if below is not None and bylines.closing_note(lines[below].text):
                below = None  # （作者为…） closes the story the picture stands in: it is no caption
            if below is not None:
                # the credit printed above its caption: 新华社记者 甲 摄 / 图为…
                t = _title_above(lines, j + 1)
                first, title = (j + 1, None) if t is None else _titled(lines, t)
                last = _numbered_run_end(lines, below)
                captions = [lines[k].text for k in range(below, last + 1)] if last > below else None
                photo = Photo(first, last, title, lines[below].text, credits, captions, credit_guessed)
                for k in range(first, last + 1):
                    lines[k].photo = photo
                photos.append(photo)
                over_before = last
                continue
            if (
                j >= 0
                and lines[j].photo is None
                and (
                    lines[j].kind == LEAD
                    or _closes_lead_block(lines, j, i)
                    or _story_text_under_byline(lines, j)
                )
            ):
                _give_to_story(lines, j + 1, i, credits)
                continue
            if (
                j < 0
                or lines[j].photo is not None
                or lines[j].kind not in (BODY, HEAD)
                or len(lines[j].text) > _CAPTION_MAX
                or ends_story(lines[j].text)
                or bylines.closing_note(lines[j].text)  # （作者系…） closes a piece, and captions nothing
                or _photo_story_under(lines, j, i)
            ):
                _give_to_story(lines, j + 1, i, credits)
                continue
            cap = j
            caption = lines[cap].text
        elif line.kind == LEAD:
            # a short news item printed with its picture: 本报讯…。 记者 甲 摄
            split = bylines.split_trailing_credit(line.info.rest)
            if split is not None:
                line.info.rest = split[0]
                line.info.credits.merge(split[1], as_role="photographers")
            continue
        elif line.kind in (BODY, HEAD) and not line.md and len(line.text) <= _CAPTION_MAX:
            split = bylines.split_trailing_credit(line.text) or _leading_credit(line.text)
            if split is not None:
                caption, credits = split
            elif (caption_cued(line.text) or _pointed_caption(lines, i)) and not (
                _credit_below(lines, i) or _numbered_over_credit(lines, i)
            ):
                caption, credits = line.text, bylines.Credits()  # a caption printed without credit
            else:
                continue
            cap = i
            credit_guessed = False
        else:
            continue
        captions = None
        if line.kind == CREDIT:
            k = _group_start(lines, cap)
            if k is None:
                k = _numbered_start(lines, cap)
            if k is not None:
                captions = [lines[m].text for m in range(k, cap + 1)]
                cap = k
            elif (k := _caption_rows_start(lines, cap, blank_paragraphs)) is not None:
                caption = "".join(lines[m].text for m in range(k, cap + 1))
                cap = k
        if captions is None and _caption_broken_above(lines, cap):
            # 清晨，薄雾笼罩下的清溪两岸宛如一幅水墨 / (a blank line) / 画，早起的…。 记者 甲 摄
            cap -= 1
            caption = join_text(lines[cap].text, caption)
        t = _title_above(lines, cap)
        if t is not None and i + 1 < len(lines) and lines[i + 1].kind in ANCHORS:
            t = None  # the line above is the headline of the story that opens under the picture
        first, title = (cap, None) if t is None else _titled(lines, t)
        photo = Photo(first, i, title, caption, credits, captions, credit_guessed)
        for k in range(first, i + 1):
            lines[k].photo = photo
        photos.append(photo)
    _scene_photos(lines, photos)
    return photos


_STORY_OPENING_MAX = 4  # lines of a headline block and its byline over a story's text


def _story_text_under_byline(lines: list[Line], j: int) -> bool:
    """A credit under the one paragraph a headline and its byline head (新安大桥建成通车 / 本报记者
    甲 / text / （视觉中国供图）): a short story's picture's, its caption not printed; a caption is
    no story's only text under its headline and byline."""
    if lines[j].kind != BODY:
        return False
    opening = []
    k = j - 1
    while (
        k >= 0
        and len(opening) < _STORY_OPENING_MAX
        and lines[k].photo is None
        and lines[k].kind in (HEAD, BYLINE)
    ):
        opening.append(lines[k].kind)
        k -= 1
    if BYLINE not in opening:
        return False
    # the headline over its byline, or under it: a line under the byline and another over it may
    # be a picture's title under a story's headline and byline
    at = opening.index(BYLINE)
    return HEAD in opening and not (HEAD in opening[:at] and HEAD in opening[at + 1 :])


def _closes_lead_block(lines: list[Line], j: int, credit: int) -> bool:
    """A credit set apart by a blank line (资料图片) under a story's last paragraph, the story's
    block run from its lead-in without a blank line: that paragraph is the story's, no caption."""
    if not lines[credit].gap or lines[j].gap or lines[j].kind != BODY or caption_cued(lines[j].text):
        return False
    start = j
    while start > 0 and not lines[start].gap and lines[start - 1].kind == BODY:
        start -= 1
    return start > 0 and not lines[start].gap and lines[start - 1].kind == LEAD


def _caption_broken_above(lines: list[Line], cap: int) -> bool:
    """The caption's first part stands over it, a column's break between: a line of text left
    open in mid-sentence, short as a caption's part is, right over a caption that opens mid-clause
    (…一幅水墨 / 画，早起的…). A story's paragraph broken so goes on as text, not as a caption."""
    if cap == 0 or not lines[cap].gap:
        return False
    above, first = lines[cap - 1], lines[cap].text
    return (
        above.kind in (BODY, HEAD)  # (a caption's part may be shaped as a headline is)
        and above.photo is None
        and not above.md
        and len(above.text) + len(first) <= _CAPTION_MAX
        and not is_terminated(above.text)
        and not ends_story(above.text)
        and first[:1] not in '“‘"（(《【'
        and not opens_as_caption(first)
        and not opens_like_lead(first)
        and _MID_CLAUSE.match(first) is not None
        # a clause and more, longer than a picture's title of two phrases
        and len(above.text) > _PAIRED_TITLE_MAX
        and has_inner_punctuation(above.text)
    )


# 画，早起的…: a caption's row opening on the last words of a clause before its comma
_MID_CLAUSE = re.compile(r"^[\u3400-\u9fff]{1,6}[，、]")


_GROUP_MAX = 6  # pictures in one group
_GROUP_CAPTION_MAX = 100
_DATED = re.compile(r"^\d{1,2}月\d{1,2}日")


def _group_caption(line: Line) -> bool:
    """One caption of a picture group: a sentence or two saying when and where (10月13日，…),
    maybe after a pointer (▲ 10月13日，…)."""
    text = line.core
    return (
        line.photo is None
        and line.kind == BODY
        and len(text) <= _GROUP_CAPTION_MAX
        and is_terminated(text)
        and sentence_count(text) <= 2
        and bool(_DATED.match(text) or caption_cued(text) or _SCENE_OPENING.match(text))
    )


def _group_start(lines: list[Line], cap: int) -> int | None:
    """Pictures printed as a group (组图): a title, several short captions, one credit for all.
    The first caption's line, when the caption above the credit has such captions above it and
    a picture title over them."""
    if not _group_caption(lines[cap]):
        return None
    k = cap
    while k > 0 and cap - k + 1 < _GROUP_MAX and _group_caption(lines[k - 1]):
        k -= 1
    if k == cap or _title_above(lines, k) is None:
        return None
    return k


_BLOCK_ROWS_MAX = 3  # rows of a caption printed as a block of its own


def _caption_block_start(lines: list[Line], cap: int) -> int | None:
    """On a page that sets its paragraphs apart by blank lines, a caption printed as a block of
    its own, its sentences a row each and no blank line between them (11月10日，…施肥。 / 冬季是…
    指导。 / 记者 甲 摄): the line of its first row, which opens as a caption does; or its one
    sentence wrapped over the rows, each left open but the last."""
    if lines[cap].gap:
        return None
    k = cap
    while k > 0 and not lines[k].gap and cap - k + 1 < _BLOCK_ROWS_MAX:
        k -= 1
    rows = lines[k : cap + 1]
    if not lines[k].gap or any(row.photo is not None or row.kind not in (BODY, HEAD) for row in rows):
        return None
    if sum(len(row.text) for row in rows) > _SCENE_CAPTION_MAX:
        return None
    if (
        len(rows) > 1
        and not any(is_terminated(r.text) for r in rows[:-1])
        and has_inner_punctuation(rows[0].text)
        # (a picture's title of two phrases over its caption is shorter, the caption its own)
        and len(rows[0].text) > _PAIRED_TITLE_MAX
        and not opens_like_lead(rows[1].text)
    ):
        return k  # one sentence wrapped over the block's rows (清晨，…早起的 / 市民在江边晨练。)
    if any(row.kind != BODY for row in rows) or not all(is_terminated(r.text) for r in rows):
        return None
    return k if _DATED.match(rows[0].core) or caption_cued(rows[0].text) else None


def _caption_rows_start(lines: list[Line], cap: int, blank_paragraphs: bool) -> int | None:
    """The first of the rows of a caption printed over several lines that ends on ``cap``."""
    start = _caption_block_start(lines, cap) if blank_paragraphs else None
    return start if start is not None else _titled_caption_start(lines, cap)


_TITLED_CAPTION_MAX = 200  # characters of a picture's caption in a few sentences under its title
_TITLED_CAPTION_ROWS = 3


def _titled_caption_start(lines: list[Line], cap: int) -> int | None:
    """网红 小岛 夜色美 / 近年来，…网红岛。 / 渔民纷纷…致富路。 / 记者 甲 摄: a picture's title
    over the few sentences of its caption, the credit under them, no lead-in and no byline: the
    first of the caption's lines, all of them the picture's (a page set to one width breaks its
    rows where a sentence ends, as if a paragraph did)."""
    k = cap
    while k > 0 and cap - k + 1 < _TITLED_CAPTION_ROWS and lines[k - 1].kind == BODY:
        k -= 1
    if k == cap or lines[k].gap or _title_above(lines, k) is None:
        return None  # (a row a blank line sets apart from the line above is no caption under its title)
    rows = lines[k : cap + 1]
    if any(row.photo is not None or row.md or row.kind != BODY for row in rows):
        return None
    if sum(len(row.text) for row in rows) > _TITLED_CAPTION_MAX or not all(
        is_terminated(r.text) for r in rows
    ):
        return None
    return k


# the number a picture is printed under: 图① / ① / 图1 (a bare figure opens a list item, not a caption)
_CAPTION_NUMBER = re.compile(r"^图?([①-⑳])|^图(\d{1,2})(?!\d)")


def _caption_number(line: Line) -> int:
    """The number of a picture whose caption is this line, counted from 0; -1 when none."""
    m = _CAPTION_NUMBER.match(line.text)
    if line.photo is not None or line.kind not in (BODY, HEAD) or m is None:
        return -1
    return ord(m.group(1)) - ord("①") if m.group(1) else int(m.group(2)) - 1


# Pictures named by where they stand (左图：… / 右图：…, 上图… / 下图…), the first first
_FIRST_PLACED = re.compile(r"^[（(]?(?:左上|上左|左|上)图")
_PLACED = re.compile(r"^[（(]?(?:左上|上左|右上|上右|左下|下左|右下|下右|左|右|上|下|中)图")


def _placed_start(lines: list[Line], cap: int) -> int | None:
    """The first caption of pictures named by where they stand, under one credit (左图：… / 右图：…
    / 记者 甲 摄): the line of the first, when the caption over the credit names a later one."""
    if (
        _caption_number(lines[cap]) >= 0
        or not _PLACED.match(lines[cap].text)
        or _FIRST_PLACED.match(lines[cap].text)
    ):
        return None
    k = cap
    while (
        k > 0
        and cap - k + 1 < _GROUP_MAX
        and lines[k - 1].photo is None
        and lines[k - 1].kind in (BODY, HEAD)
        and _PLACED.match(lines[k - 1].text)
        and is_terminated(lines[k - 1].text)
    ):
        k -= 1
        if _FIRST_PLACED.match(lines[k].text):
            return k
    return None


def _numbered_start(lines: list[Line], cap: int) -> int | None:
    """Numbered pictures under one credit (①… / ②… / 记者 甲 摄): the line of the first caption,
    when the caption over the credit is numbered after others printed right above it; or the
    first of pictures named by where they stand (左图… / 右图…)."""

    def number(k: int) -> int:
        return _caption_number(lines[k])

    n = number(cap)
    if n < 1:
        return _placed_start(lines, cap)
    k = cap
    while number(k) > 0 and k > 0 and number(k - 1) == number(k) - 1 and is_terminated(lines[k - 1].text):
        k -= 1
    return k if number(k) == 0 else None


def _numbered_run_end(lines: list[Line], cap: int) -> int:
    """Under a credit, the pictures numbered from ① on (记者 甲 摄 / 图①… / 图②…): the line of
    the last caption of the run, which the credit over the first credits too, unless the run has
    a credit of its own under it; ``cap`` when the caption is not the first of a run."""
    if _caption_number(lines[cap]) != 0:
        return cap
    k = cap
    while (
        k + 1 < len(lines)
        and _caption_number(lines[k + 1]) == _caption_number(lines[k]) + 1
        and is_terminated(lines[k + 1].text)
    ):
        k += 1
    return cap if _credit_below(lines, k) else k


def _numbered_over_credit(lines: list[Line], i: int) -> bool:
    """Is line i the first of numbered captions in a row (图①：… / 图②：…) over one credit? The
    credit then closes them all, however plainly the first reads as a caption of its own."""
    k = i
    while k + 1 < len(lines) and _caption_number(lines[k]) >= 0:
        if _caption_number(lines[k + 1]) != _caption_number(lines[k]) + 1:
            break
        k += 1
    if k == i and _PLACED.match(lines[i].text):
        # 左图：… / 中图：… / 右图：…, named by where they stand
        while k + 1 < len(lines) and k - i + 1 < _GROUP_MAX and _PLACED.match(lines[k + 1].text):
            k += 1
    return k > i and _credit_below(lines, k)


def _scene_photos(lines: list[Line], photos: list[Photo]) -> None:
    """A picture printed with no credit and no cue: a title of two to eight characters with no
    spaces or punctuation, over one caption paragraph of at most two sentences that reads as a
    scene, between the end of whatever came before (a finished paragraph, a picture, a closing
    credit) and the headline or lead-in of the next story."""
    for t in range(len(lines) - 2):
        head, cap = lines[t], lines[t + 1]
        if head.photo is not None or cap.photo is not None or head.md or cap.md:
            continue
        if head.kind != HEAD or cap.kind != BODY or not _scene_title(head.text):
            continue
        if not _scene_caption(cap.text):
            continue
        if t > 0 and not _closes_block(lines[t - 1]):
            continue
        if not _story_opens(lines, t + 2):
            continue
        photo = Photo(t, t + 1, head.text, cap.text, bylines.Credits())
        head.photo = cap.photo = photo
        photos.append(photo)


def _scene_title(text: str) -> bool:
    return 2 <= len(text) <= _SCENE_TITLE_MAX and all(CJK_CHAR.match(ch) for ch in text)


def _scene_caption(text: str) -> bool:
    if len(text) > _SCENE_CAPTION_MAX or not is_terminated(text) or opens_like_lead(text):
        return False
    if sentence_count(text) > 2:
        return False
    return bool(_SCENE_OPENING.match(text) or _SCENE_WORDS.search(text))


def _closes_block(line: Line) -> bool:
    if line.photo is not None:
        return True
    if line.kind in (BODY, NOTE, LEAD):
        return _complete(line.text)
    return line.kind in (CLOSING, MARK_TO, ARTICLE_CREDIT)


def _story_opens(lines: list[Line], k: int) -> bool:
    """The next story starts at line k: its lead-in, a headline block over its lead-in, or the
    next picture's title over its credit."""
    start = k
    while k < len(lines) and lines[k].kind == HEAD and lines[k].photo is None and not lines[k].md:
        k += 1
    if k >= len(lines) or lines[k].photo is not None:
        return False
    if k == start and _signs_above(lines, k):
        return False  # 文/甲 right under the paragraph, no headline under it: it signs the text above
    return lines[k].kind in ANCHORS or bool(lines[k].md) or (lines[k].kind == CREDIT and k > start)


def _signs_above(lines: list[Line], k: int) -> bool:
    below = lines[k + 1] if k + 1 < len(lines) else None
    return (
        lines[k].kind in (BYLINE, SIGNATURE)
        and not lines[k].gap
        and (below is None or below.gap or below.kind not in (HEAD, BYLINE, SIGNATURE))
    )


# …推出优惠促销活动。图为市民在选购商品。: a caption's second sentence saying what the picture
# shows, after one saying what it is about; no story's sentence opens on 图为
_CUE_INSIDE = re.compile(rf"(?:[。！？!?]|{HALF_STOP})\s*图为")


def _caption_below(lines: list[Line], credit: int, above: int) -> int | None:
    """The caption under a credit line: a paragraph that reads as one (图为…), when the paragraph
    above the credit does not, or closes a story (（完）)."""
    k = credit + 1
    if k >= len(lines) or lines[k].photo is not None or lines[k].kind not in (BODY, HEAD):
        return None
    text = lines[k].text
    # (a line pointing at the picture, ▲ 市民在…, is its caption even with no stop at its end)
    if len(text) > _CAPTION_MAX or not (points_at_picture(text) or _CUE_INSIDE.search(text)):
        return None
    if above >= 0 and lines[above].photo is None and lines[above].kind in (BODY, HEAD):
        upper = lines[above].text
        if (caption_cued(upper) or _CUE_INSIDE.search(upper)) and not ends_story(upper):
            return None
        if _reads_as_caption(upper) and _credit_below(lines, k):
            return None  # two captions each over its own credit: the page prints credits under them
    return k


def _caption_under_titled_credit(lines: list[Line], credit: int, above: int) -> int | None:
    """Some papers print the credit between the picture's title and its caption: 古村雪霁 / 记者 甲 摄 /
    12月16日，…. A title is no caption, so the one paragraph under the credit is, when the next
    story opens right after it (a longer text under a headline and credit is a photo story)."""
    k = credit + 1
    if above < 0 or k >= len(lines) or _title_above(lines, above + 1) != above:
        return None
    cap = lines[k]
    if cap.photo is not None or cap.kind != BODY or cap.md or len(cap.text) > _CAPTION_MAX:
        return None
    if not is_terminated(cap.text):
        return None
    if k + 1 < len(lines) and not _story_opens(lines, k + 1):
        return None
    return k


_SHORT_CAPTION_MAX = 100  # characters of a caption told from the text by its shortness alone
_TEXT_MIN = 120  # characters of a story's paragraph, longer than such a caption


def _short_caption_below(lines: list[Line], credit: int, above: int) -> int | None:
    """A credit between a story's long paragraph and one short complete sentence: the sentence
    is the caption the credit was printed over (新华社记者 甲 摄 / 暮色中的洛邑古城。), the
    paragraph the story's text around the picture."""
    k = credit + 1
    if above < 0 or k >= len(lines):
        return None
    upper, cap = lines[above], lines[k]
    if upper.photo is not None or upper.kind not in (BODY, LEAD) or len(upper.text) < _TEXT_MIN:
        return None
    if cap.photo is not None or cap.kind not in (BODY, HEAD) or cap.md or len(cap.text) > _SHORT_CAPTION_MAX:
        return None
    if not is_terminated(cap.text) or 2 * len(cap.text) > len(upper.text):
        return None
    return k


_DATED_CAPTION_MAX = 150


def _dated_caption_below(lines: list[Line], credit: int, above: int) -> int | None:
    """A credit between a story's paragraph and a sentence or two saying when and where
    (4月23日，市民在…。) or painting a scene, right over the next story: the sentence is the
    caption the credit was printed over, however it was wrapped, when the paragraph above does
    not read as a caption, or the page opens with the credit."""
    k = credit + 1
    if k >= len(lines):
        return None
    upper, cap = lines[above] if above >= 0 else None, lines[k]
    if upper is not None and (
        upper.photo is not None or upper.kind not in (BODY, LEAD) or _reads_as_caption(upper.text)
    ):
        return None
    if cap.photo is not None or cap.kind not in (BODY, HEAD) or cap.md or len(cap.text) > _DATED_CAPTION_MAX:
        return None
    if not (_reads_as_caption(cap.text) and is_terminated(cap.text) and sentence_count(cap.text) <= 3):
        return None
    if k + 1 < len(lines) and not _story_opens(lines, k + 1):
        return None
    return k


def _caption_set_under_credit(lines: list[Line], credit: int, above: int) -> int | None:
    """A credit set apart from the paragraph above it by a blank line, with a finished sentence
    or two right under it and no blank line between: the picture's caption, printed under its
    credit as the page's spacing shows."""
    k = credit + 1
    if above < 0 or k >= len(lines) or not lines[credit].gap or lines[k].gap:
        return None
    cap = lines[k]
    if cap.photo is not None or cap.kind not in (BODY, HEAD) or cap.md or len(cap.text) > _DATED_CAPTION_MAX:
        return None
    if not is_terminated(cap.text) or sentence_count(cap.text) > 3 or opens_like_lead(cap.text):
        return None
    if k + 1 < len(lines) and not lines[k + 1].gap:
        return None  # more text in the same block: the credit heads a longer piece
    return k


def _caption_over_next_headline(lines: list[Line], credit: int, above: int) -> int | None:
    """On a page with no blank lines, a credit between a story's finished paragraph and one short
    finished sentence or two set right over the next story's headline: the sentence is the
    caption the credit was printed over (a credit under its caption stands right over the next
    headline itself)."""
    k = credit + 1
    if above < 0 or k + 1 >= len(lines) or lines[credit].gap or lines[k].gap:
        return None
    upper, cap = lines[above], lines[k]
    if upper.photo is not None or upper.kind not in (BODY, LEAD) or not _complete(upper.text):
        return None
    if _reads_as_caption(upper.text):
        return None  # the credit's own caption stands over it: a picture set inside the story
    if cap.photo is not None or cap.kind != BODY or len(cap.text) > _SHORT_CAPTION_MAX:
        return None
    if not is_terminated(cap.text) or sentence_count(cap.text) > 2:
        return None
    m = k + 1
    while m < len(lines) and lines[m].kind == HEAD and lines[m].photo is None and not lines[m].md:
        m += 1
    if m == k + 1 or m >= len(lines) or lines[m].photo is not None or lines[m].kind not in (*ANCHORS, BODY):
        return None
    return k


_GAP = re.compile(r"\s+")
_LEADING_CREDIT_MAX = 40


def _leading_credit(text: str) -> tuple[str, bylines.Credits] | None:
    """新华社记者 甲 摄 图为…: a credit printed before its caption on the caption's own line, the
    caption opening as one; or any sentence after a credit that says it credits a picture (甲 摄,
    图/甲, in brackets or not): a story's text never opens on one."""
    bracketed = _BRACKETED_CREDIT.match(text)
    if bracketed is not None:
        rest = text[bracketed.end() :].strip()
        credits = bylines.parse_photo_credit(bracketed.group("credit"))
        if credits is not None and credits.photographers and is_terminated(rest):
            return rest, credits
    for m in _GAP.finditer(text, 0, _LEADING_CREDIT_MAX):
        rest = text[m.end() :]
        credit = text[: m.start()]
        pictured = _PICTURE_ROLE.search(credit) is not None and is_terminated(rest)
        if pictured or _opens_as_caption(rest):
            credits = bylines.parse_photo_credit(credit)
            if credits is not None and (credits.photographers or not pictured):
                return rest, credits
    return None


# （本报记者 甲 摄）市民在…: a picture's credit in brackets before its caption
_BRACKETED_CREDIT = re.compile(r"^[（(【\[](?P<credit>[^（）()【】\[\]]{2,30})[)）】\]]")
# ...and the words that say a credit is a picture's: 摄, 摄影, 图/
_PICTURE_ROLE = re.compile(r"(?:摄影?|供图)$|^图\s*[/／:：]")


def _opens_as_caption(text: str) -> bool:
    return bool(_DATED.match(text) or caption_cued(text))


def _reads_as_caption(text: str) -> bool:
    """A paragraph that opens as a caption does (4月23日，… / 图为…), says what the picture shows in
    a later sentence (…。图为…) or paints a scene: of the two paragraphs either side of a credit,
    the one a caption is."""
    return _opens_as_caption(text) or _CUE_INSIDE.search(text) is not None or _scene_caption(text)


def _paragraph_at(lines: list[Line], k: int, longest: int) -> Line | None:
    """``lines[k]`` when it is a paragraph of text no longer than ``longest`` (no picture's line, no
    markdown head)."""
    if k < 0 or k >= len(lines):
        return None
    line = lines[k]
    plain = line.photo is None and line.kind in (BODY, HEAD) and not line.md and len(line.text) <= longest
    return line if plain else None


def _caption_shaped(lines: list[Line], k: int) -> bool:
    """A short finished paragraph, no story's lead-in: what a caption looks like."""
    line = _paragraph_at(lines, k, _SHORT_CAPTION_MAX)
    return (
        line is not None and line.text.rstrip('”’"）)')[-1:] in "。！？.!?" and not opens_like_lead(line.text)
    )


def _caption_like(lines: list[Line], k: int) -> bool:
    """Shaped as a caption, or a finished sentence or two that reads as one (4月23日，…), however
    much a dated caption opens as a story's first paragraph does."""
    if _caption_shaped(lines, k):
        return True
    line = _paragraph_at(lines, k, _DATED_CAPTION_MAX)
    return (
        line is not None
        and is_terminated(line.text)
        and sentence_count(line.text) <= 2
        and _reads_as_caption(line.text)
    )


def _credit_votes(lines: list[Line]) -> tuple[int, int]:
    """How many of the page's credits say it prints its credits over their captions (新华社记者 甲
    摄 / 图为…), and how many say under them.  A credit with a caption only below it says over, one
    with a caption only above it under; a credit between two captions says nothing, unless the one
    above sits under a credit of its own and the one below, reading as a caption (4月23日，… / 图为…
    / a scene), is the last before the next story or the page's end: credits and captions then
    take turns, and read the other way the last caption would have none. (A story's last
    paragraph may follow its pictures just so: it does not read as a caption.) A dated caption
    counts as one, though it opens as a story's first paragraph may."""
    over = under = 0
    for i, line in enumerate(lines):
        if line.kind != CREDIT:
            continue
        above, below = _caption_like(lines, i - 1), _caption_like(lines, i + 1)
        # of the two, one set in as the story's paragraphs are and one not: the other is the caption
        if above and below and _set_in(lines[i - 1]) != _set_in(lines[i + 1]):
            above, below = not _set_in(lines[i - 1]), not _set_in(lines[i + 1])
        over += below and not above
        under += above and not below
        if (
            above
            and below
            and i >= 2
            and lines[i - 2].kind == CREDIT
            and _reads_as_caption(lines[i + 1].text)
        ):
            over += i + 2 >= len(lines) or lines[i + 2].kind in (HEAD, *ANCHORS)
    return over, under


def _set_in(line: Line) -> bool:
    return line.indent >= PARAGRAPH_INDENT


def _credit_below(lines: list[Line], i: int) -> bool:
    return i + 1 < len(lines) and lines[i + 1].kind == CREDIT and lines[i + 1].photo is None


_PHOTO_STORY_TEXT_MIN = 2  # paragraphs of a photo story's text under its headline and credit


def _photo_story_under(lines: list[Line], head: int, credit: int) -> bool:
    """A headline over its photographer's credit (本报记者 甲 摄影报道) and paragraphs of running
    text: a photo story, whose headline is no caption; a caption says a sentence, and what
    follows a picture's credit is the next item or the story around it, not text of its own."""
    line = lines[head]
    if (
        line.kind != HEAD
        or is_terminated(line.text)
        or (head and lines[head - 1].photo is None and lines[head - 1].kind == HEAD)
    ):
        return False
    k = credit + 1
    while k < len(lines) and lines[k].photo is None and lines[k].kind == BODY and not lines[k].md:
        k += 1
    text = lines[credit + 1 : k]
    if len(text) < _PHOTO_STORY_TEXT_MIN:
        return False
    # a picture inside a story has the story's text going on under it; a story's own text opens
    # as news does (昨天上午，记者从…获悉)
    return opens_like_lead(text[0].text)


def _give_to_story(lines: list[Line], first: int, last: int, credits: bylines.Credits) -> None:
    for k in range(first, last + 1):
        lines[k].kind = ARTICLE_CREDIT
        lines[k].info = credits if k == last else bylines.Credits()
