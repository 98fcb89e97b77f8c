"""Pictures: a caption paragraph closed by its credit, with an optional short title above it.

A credit line (记者 甲 摄, 拍摄 乙, 市交通局供图, or a credit run on at the end of the caption) marks
the end of a picture. The caption is the paragraph just above the credit; a byline line printed
directly above the credit (本报记者 甲 / 拍友 乙 摄) names a further photographer of the same picture.
When the "caption" is in fact the opening of a story (本报讯…), the credit is that story's picture.
"""

from __future__ import annotations

from dataclasses import dataclass

from . import bylines
from .classify import ANCHORS, BODY, BYLINE, CREDIT, HEAD, LEAD
from .lines import Line, has_inner_punctuation, headline_shaped, is_terminated, undecorated

ARTICLE_CREDIT = "article_credit"  # a picture credit that belongs to the story around it
_CAPTION_MAX = 300
_TITLE_MAX = 24


@dataclass(eq=False)
class Photo:
    first: int
    last: int
    title: str | None
    caption: str
    credits: bylines.Credits


def _title_above(lines: list[Line], cap: int) -> int | None:
    """A short headline-shaped line right above a caption titles the picture, when the line above
    it closes whatever came before (so it is not the tail of a broken paragraph)."""
    t = cap - 1
    if t < 0 or lines[t].kind != HEAD or lines[t].photo is not None:
        return None
    title = lines[t].text
    if len(title) > _TITLE_MAX or not headline_shaped(title) or has_inner_punctuation(title):
        # picture titles are short phrases (清溪晨雾, 夜市灯火), not clauses
        return None
    if t > 0:
        before = lines[t - 1]
        if before.photo is None and before.kind == BODY and not is_terminated(before.text):
            return None
        if before.kind == HEAD and before.photo is None and not lines[t].wide:
            # a headline block of several lines above a paragraph is a story's headline
            return None
    return t


def find_photos(lines: list[Line]) -> list[Photo]:
    photos: list[Photo] = []
    for i, line in enumerate(lines):
        if line.photo is not None:
            continue
        if line.kind == CREDIT:
            credits = bylines.Credits()
            credits.merge(line.info, as_role="photographers")
            j = i - 1
            while j >= 0 and lines[j].kind == BYLINE and lines[j].photo is None and not lines[j + 1].wide:
                credits.merge(lines[j].info, as_role="photographers")
                j -= 1
            if j >= 0 and lines[j].kind == LEAD and lines[j].photo is None:
                _give_to_story(lines, j + 1, i, credits)
                continue
            if (
                j < 0
                or lines[j].photo is not None
                or lines[j].kind not in (BODY, HEAD)
                or len(lines[j].text) > _CAPTION_MAX
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
            split = bylines.split_trailing_credit(line.text)
            if split is None:
                continue
            caption, credits = split
            cap = i
        else:
            continue
        t = _title_above(lines, cap)
        if t is not None and i + 1 < len(lines) and lines[i + 1].kind in ANCHORS:
            t = None  # the line above is the headline of the story that opens under the picture
        first = cap if t is None else t
        photo = Photo(first, i, undecorated(lines[t].text) if t is not None else None, caption, credits)
        for k in range(first, i + 1):
            lines[k].photo = photo
        photos.append(photo)
    return photos


def _give_to_story(lines: list[Line], first: int, last: int, credits: bylines.Credits) -> None:
    for k in range(first, last + 1):
        lines[k].kind = ARTICLE_CREDIT
        lines[k].info = credits if k == last else bylines.Credits()
