"""Mending the rules' cut where the line-role model reads the page otherwise.

The rules over-cut more than they under-cut: a feature's subheads, or a subhead with a line of
deck under it, are read as the headline of a new story.  Where the model reads every opening line
of such a story — its headline block, or the lead-in of a story without one — as text (a subhead
or a paragraph), and the story above is still open (no closing credit, signature or 下转 has
ended it), the story is the text of the story above, and is joined to it.  Everything else the
rules found stays as they found it: pictures, briefs, notices, credits and columns, and the
stories the model agrees with.
"""

from __future__ import annotations

from . import roles
from .lines import Line
from .story import Story

_TEXT = frozenset({roles.BODY, roles.SUBHEAD})


def _opening_lines(story: Story, at: dict[int, int]) -> list[int]:
    """Where the story's headline block (or, without one, its first line of text) was printed,
    and every line from there to its first line of text."""
    first = [at[id(part)] for part in story.parts if id(part) in at]
    if story.pieces and id(story.pieces[0].line) in at:
        first.append(at[id(story.pieces[0].line)])
    if not first:
        return []
    return list(range(min(first), max(first) + 1))


def _carries_on(story: Story, above: Story, labels: list[str], at: dict[int, int]) -> bool:
    """Whether the model reads ``story`` as more of the text of ``above``."""
    if above.closed or above.continues_to:
        return False  # signed at its end, or 下转: what follows is another piece
    if story.dateline or story.continued_from or story.column:
        return False  # a dateline, a 上接 or a column opens a story
    if story.by_lead and story.credits.count():
        return False  # a lead-in naming its reporter (本报讯（记者 甲）…) opens a story
    opening = _opening_lines(story, at)
    return bool(opening) and all(labels[k] in _TEXT for k in opening)


def _join(above: Story, story: Story) -> None:
    above.broken = True
    for part in story.parts:
        above.add(part.text, part, head=True)
    for piece in story.pieces:
        above.pieces.append(piece)
        if piece.head:
            above.heads.append(piece.text)
    above.credits.merge(story.credits)
    above.continues_to = story.continues_to or above.continues_to


def rejoin_by_roles(lines: list[Line], labels: list[str], items: list) -> list:
    """The rules' items in printed order, with each story the model reads as the text of the
    story above joined to it."""
    at = {id(line): k for k, line in enumerate(lines)}
    out: list = []
    above: Story | None = None
    for item in items:
        if isinstance(item, Story):
            if above is not None and _carries_on(item, above, labels, at):
                _join(above, item)
                continue
            above = item
        out.append(item)
    return out
