"""After the first pass: headlines printed away from their story, headlines left at the foot of
the page, and pictures read as text (uncredited or numbered captions) given to their places."""

from __future__ import annotations

import bisect
import re

from .bylines import Credits
from .classify import HEAD
from .lines import (
    Line,
    box_label,
    has_inner_punctuation,
    is_terminated,
    label_shaped,
    overlap,
    sentence_count,
    starts_with_dash,
)
from .photos import Photo, points_at_picture
from .story import Story

#: Share of a headline's words a text must hold to claim it, and by how much more than the text
#: the headline stands over.
_CLAIM, _CLAIM_MARGIN = 0.3, 0.15


def adopt_orphans(stories: list[Story]) -> None:
    """A story that opens straight with 本报讯… may have its headline printed elsewhere on the page
    (often at the top, above another story's headline block, or at the foot of the page). Give it
    the spare headline line that shares the most words with its text, when that line shares clearly
    fewer with its own story; a line printed just above the adopted one with nothing of its own
    story in it is that headline's 引题 and goes with it. A headline standing alone that no story
    claims by its words goes to the one story left without a headline, when it is the only such
    headline on the page and shares some words with that story."""
    donors = [k for k, s in enumerate(stories) if len(s.parts) >= 2 or (s.parts and not s.pieces)]
    if not donors:
        return
    adopted: list[tuple[Story, list[Line], Line, Story]] = []
    for index, story in enumerate(stories):
        if story.parts or not story.by_lead:
            continue
        mine = story.text()
        best, best_gain, owner = None, 0.0, None
        # a page holds a few dozen stories at most: look no further than that
        for k in donors[bisect.bisect_left(donors, index - 30) : bisect.bisect_right(donors, index + 30)]:
            other = stories[k]
            theirs = other.text()
            spare = other.parts if not other.pieces else _spare_parts(other.parts, theirs)
            for part in spare:
                if starts_with_dash(part.text) or label_shaped(part.text):
                    continue
                here, there = overlap(part.text, mine), overlap(part.text, theirs)
                gain = here - there
                if here >= _CLAIM and gain >= _CLAIM_MARGIN and gain > best_gain:
                    best, best_gain, owner = part, gain, other
        if best is not None:
            adopted.append((owner, list(owner.parts), best, story))
            owner.parts.remove(best)
            story.parts.append(best)
    headless = [s for s in stories if not s.parts and s.by_lead]
    for owner, printed, best, story in adopted:
        _take_kicker(owner, printed, best, story, headless)
    alone = [s for s in stories if s.parts and not s.pieces]
    if len(headless) == 1 and len(alone) == 1:
        story, item = headless[0], alone[0]
        if 0 < len(item.parts) <= 3 and max(overlap(p.text, story.text()) for p in item.parts) >= 0.15:
            story.parts.extend(item.parts)
            item.parts.clear()


def _spare_parts(parts: list[Line], text: str) -> list[Line]:
    """The lines of a headline block over a text that may be another story's: all but its last,
    or, when another line shares more words with the text (a stack of headlines printed over
    the first story), all but that one."""
    own = max(range(len(parts)), key=lambda k: (overlap(parts[k].text, text), k))
    if overlap(parts[own].text, text) <= overlap(parts[-1].text, text):
        own = len(parts) - 1
    return parts[:own] + parts[own + 1 :]


def _take_kicker(owner: Story, printed: list[Line], best: Line, story: Story, headless: list[Story]) -> None:
    """The line printed just above an adopted headline, with no blank-line gap wider than the
    page's usual one between them, goes with it as its 引题 when it has nothing to do with the
    text of the story it stood over or of any other story still without a headline."""
    at = printed.index(best)
    above = printed[at - 1] if at else None
    if (
        above is None
        or above not in owner.parts
        or best.wide
        or starts_with_dash(above.text)
        or label_shaped(above.text)
        or overlap(above.text, best.text) >= 0.5
        or any(overlap(above.text, s.text()) >= 0.3 for s in [owner, *headless])
    ):
        return
    owner.parts.remove(above)
    story.parts.insert(story.parts.index(best), above)


def split_trailing_headlines(items: list[Story | Photo]) -> Story | None:
    """Headline-shaped lines at the foot of the page, after the last story's text is complete, are
    headlines printed away from their stories when some story on the page has none: they are set
    apart as a headline with no text, for a story to adopt."""
    if not items or not isinstance(items[-1], Story):
        return None
    last = items[-1]
    if not any(not s.parts and s.by_lead for s in items if isinstance(s, Story)):
        return None
    k = len(last.pieces)
    while k > 0 and last.pieces[k - 1].head:
        k -= 1
    if k == 0 or k == len(last.pieces) or not is_terminated(last.pieces[k - 1].text):
        return None
    tail = last.pieces[k:]
    del last.pieces[k:]
    last.heads = last.heads[: len(last.heads) - len(tail)]
    item = Story(parts=[piece.line for piece in tail])
    items.append(item)
    return item


_HEADLINE_SHIFT_MIN = 2  # stories whose headlines all stand under them, for the page to read so


def headlines_under_stories(items: list[Story | Photo], trailing: Story | None) -> None:
    """Some extractions print every headline under its story's text rather than over it: the page's
    first story then has none, each headline speaks of the text above it and not of the text
    below, and the last stands at the foot of the page.  Each headline goes up to its story."""
    if trailing is None:
        return
    stories = [it for it in items if isinstance(it, Story) and it is not trailing]
    if len(stories) < _HEADLINE_SHIFT_MIN or stories[0].parts or not stories[0].pieces:
        return
    for above, story in zip(stories, stories[1:], strict=False):
        if not story.parts or not story.pieces:
            return
        head = " ".join(part.text for part in story.parts)
        here, there = overlap(head, above.text()), overlap(head, story.text())
        if here < _CLAIM or here < there + _CLAIM_MARGIN:
            return
    if overlap(" ".join(part.text for part in trailing.parts), stories[-1].text()) < _CLAIM:
        return
    for above, story in zip(stories, stories[1:], strict=False):
        above.parts = story.parts
    stories[-1].parts = trailing.parts
    trailing.parts = []
    items.remove(trailing)


def rejoin_trailing(items: list[Story | Photo], item: Story) -> None:
    """Trailing headline lines no story adopted stay where they were printed, in the text above."""
    k = items.index(item)
    last = items[k - 1]
    assert isinstance(last, Story)
    for part in item.parts:
        last.add(part.text, part, head=True)
    del items[k]


_PICTURE_CAPTION_MAX = 150


def uncredited_pictures(items: list[Story | Photo]) -> None:
    """A picture may be printed with neither credit nor cue: a headline over one short paragraph,
    with no dateline or byline, standing after another picture, when the next item is a picture
    too or pictures make at least half of the page (a picture page). A story printed so plainly
    there would be a stray; a caption is what it reads as."""
    pictures = sum(isinstance(it, Photo) for it in items)
    for k, item in enumerate(items):
        if not isinstance(item, Story) or k == 0 or not isinstance(items[k - 1], Photo):
            continue
        nxt = items[k + 1] if k + 1 < len(items) else None
        if not (isinstance(nxt, Photo) or 2 * pictures >= len(items)):
            continue
        if not _caption_shaped(item):
            continue
        part, piece = item.parts[0], item.pieces[0]
        items[k] = Photo(-1, -1, part.text, piece.text, Credits())
        pictures += 1


_NUMBERED_CAPTION = re.compile(r"^(?:图)?[①-⑳]")
_NUMBERED_CAPTION_MAX = 80


def numbered_captions(items: list[Story | Photo]) -> None:
    """Pictures numbered ① ② … with no credit, their captions printed in a row after a story's
    text: short sentences, the first numbered ①, each closed by a full stop and none a clause
    of a list (；). They are pictures of their own, not the story's last paragraphs."""
    k = 0
    while k < len(items):
        story = items[k]
        k += 1
        if not isinstance(story, Story) or story.continues_to or len(story.pieces) < 3:
            continue
        tail = len(story.pieces)
        while tail > 0 and _numbered_caption(story.pieces[tail - 1].text):
            tail -= 1
        run = story.pieces[tail:]
        if not run or tail == 0 or not run[0].text.lstrip("图").startswith("①"):
            continue
        if box_label(story.pieces[tail - 1].text) or all(_CITED.match(piece.text) for piece in run):
            continue  # 注释： / ①《…》…第12页。: the notes closing the piece
        if len(run) < 2 and not (_numbered_row(run[0].text) or _SEVERAL_NUMBERS.match(run[0].text)):
            continue  # a lone ① closing a text is as often its footnote
        del story.pieces[tail:]
        pictures = [Photo(-1, -1, None, piece.text, Credits()) for piece in run]
        items[k:k] = pictures
        k += len(pictures)


_NUMBER_IN_ROW = re.compile(r"(?:图)?[①-⑳]")
_CITED = re.compile(r"^[①-⑳]\s*(?:《|参见|见|同上|转引自)")  # a note citing its source
# one caption for several pictures (①②… / ①—③…): no footnote or list item opens so
_SEVERAL_NUMBERS = re.compile(r"^图?[①-⑳](?:[①-⑳]|[—－~～-]+[①-⑳])")


def _numbered_row(text: str) -> bool:
    """①…。②…。 : the captions of two pictures or more run on in one printed row, each a
    numbered caption of its own."""
    starts = [m.start() for m in _NUMBER_IN_ROW.finditer(text)]
    if len(starts) < 2 or starts[0] != 0:
        return False
    parts = [text[a:b].strip() for a, b in zip(starts, [*starts[1:], len(text)], strict=True)]
    return all(_numbered_caption(part) for part in parts)


def _numbered_caption(text: str) -> bool:
    return (
        bool(_NUMBERED_CAPTION.match(text))
        and len(text) <= _NUMBERED_CAPTION_MAX
        and is_terminated(text)
        and not any(ch in text for ch in "；;")
    )


def _caption_shaped(story: Story) -> bool:
    if len(story.parts) != 1 or len(story.pieces) != 1 or story.pieces[0].head:
        return False
    if story.dateline or story.credits.count() or story.credits.unnamed or story.column:
        return False
    if story.by_lead or story.guessed or story.continues_to or story.continued_from:
        return False
    text = story.pieces[0].text
    title = story.parts[0].text
    if story.parts[0].md or has_inner_punctuation(title) or len(title) > 24:
        return False
    return len(text) <= _PICTURE_CAPTION_MAX and is_terminated(text) and sentence_count(text) <= 3


def headlines_over_pictures(items: list[Story | Photo]) -> None:
    """新安大桥建成通车 / (a picture: its caption and credit) / the text, no headline over it: the
    headline printed over the story's picture is the story's, not the picture's title, for a text
    under no headline of its own is no story a page prints."""
    for k in range(len(items) - 1):
        photo, story = items[k], items[k + 1]
        if not isinstance(photo, Photo) or not isinstance(story, Story) or photo.title is None:
            continue
        if story.parts or not story.pieces or story.continued_from:
            continue
        story.parts = [Line(photo.title, kind=HEAD)]
        photo.title = None


def pictures_of_the_story_above(items: list[Story | Photo]) -> None:
    """A caption printed with no credit (图为…) right under a story signed for its pictures too
    (记者 甲 文/摄) shows that story's picture: the story's photographer took it."""
    for k in range(1, len(items)):
        photo, story = items[k], items[k - 1]
        if not isinstance(photo, Photo) or not isinstance(story, Story):
            continue
        if photo.credits.count() or not story.credits.photographers or not points_at_picture(photo.caption):
            continue
        for name in story.credits.photographers:
            photo.credits.add("photographers", name)
