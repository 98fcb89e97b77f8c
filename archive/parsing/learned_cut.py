"""Cutting a page by the roles the line-role model reads on its lines.

The model has read every line with the rules' own verdict among its features; where it names a
role, the page is cut by those roles: a headline line after another item's text opens a story, a
lead line after text opens a story that has no headline of its own, a caption's first line opens
a picture, credits close what they sign.  What the rules know of a line beyond its role — the
dateline and credits of a lead-in, a picture's title and credit, markers run on at a paragraph's
end — is kept, and a picture the rules found whole is kept as they found it.
"""

from __future__ import annotations

from . import bylines, roles
from .classify import LEAD, MARK_FROM, MARK_TO
from .line_roles import CREDIT_KINDS
from .lines import Line, headline_shaped, is_terminated, join_text
from .page import Story, adopt_orphans
from .photos import Photo

_PICTURE_TITLE_MAX = 24


def _credits_of(line: Line) -> bylines.Credits | None:
    if line.kind in CREDIT_KINDS and isinstance(line.info, bylines.Credits):
        return line.info
    return (
        bylines.parse_byline(line.text)
        or bylines.parse_signature(line.text)
        or bylines.parse_photo_credit(line.text)
        or (bylines.split_closing_credit(line.text) or (None, None))[1]
    )


class _Picture:
    """A picture being read line by line: its caption lines and its credits."""

    def __init__(self) -> None:
        self.lines: list[Line] = []
        self.at: list[int] = []  # the lines' places on the page
        self.credits = bylines.Credits()
        self.credited = False

    def photo(self) -> Photo:
        texts = [line.text for line in self.lines]
        title = None
        if (
            len(texts) >= 2
            and len(texts[0]) <= _PICTURE_TITLE_MAX
            and headline_shaped(texts[0])
            and not is_terminated(texts[0])
        ):
            title, texts = texts[0], texts[1:]
        caption = ""
        for text in texts:
            caption = join_text(caption, text) if caption else text
        if not self.credited and caption:
            split = bylines.split_trailing_credit(caption)
            if split is not None:
                caption, credits = split
                self.credits.merge(credits, as_role="photographers")
        return Photo(self.at[0], self.at[-1], title, caption, self.credits)


def cut_by_roles(lines: list[Line], labels: list[str], rule_items: list) -> list:
    """Stories and pictures in printed order, cut where ``labels`` (one role a line) say."""
    items: list = []
    story: Story | None = None
    picture: _Picture | None = None
    pending_credit: bylines.Credits | None = None
    whole = {id(item): item for item in rule_items if isinstance(item, Photo) and item.first >= 0}
    n = len(lines)
    k = 0

    def last_story() -> Story | None:
        return next((it for it in reversed(items) if isinstance(it, Story)), None)

    def open_story(**kw) -> Story:
        nonlocal story, picture
        story, picture = Story(**kw), None
        items.append(story)
        return story

    while k < n:
        line, role = lines[k], labels[k]
        rule_photo = line.photo if line.photo is not None and id(line.photo) in whole else None
        if rule_photo is not None and line.photo.first == k:
            span = labels[rule_photo.first : rule_photo.last + 1]
            if all(r in roles.PICTURE for r in span):
                items.append(rule_photo)  # the rules and the model agree on the whole picture
                picture = None
                k = rule_photo.last + 1
                continue
        if role == roles.FURNITURE:
            k += 1
            continue
        if role in roles.PICTURE:
            if role == roles.CREDIT:
                credits = _credits_of(line) or bylines.Credits()
                if picture is not None and not picture.credited and picture.lines:
                    picture.credits.merge(credits, as_role="photographers")
                    picture.credited = True
                else:
                    pending_credit = credits
            else:
                if role == roles.CAPTION_START or picture is None or items[-1] is not picture:
                    picture = _Picture()
                    items.append(picture)
                    if pending_credit is not None:
                        picture.credits.merge(pending_credit, as_role="photographers")
                        picture.credited, pending_credit = True, None
                picture.lines.append(line)
                picture.at.append(k)
            k += 1
            continue
        picture = None
        if (
            role == roles.COLUMN
            and story is not None
            and items[-1] is story
            and story.parts
            and not story.pieces
        ):
            story.column = line.text  # a column label printed between the byline and the text
        elif role in roles.HEADLINE:
            if story is None or items[-1] is not story or story.pieces or story.credits.count():
                open_story(parts=[line])
            else:
                story.parts.append(line)
        elif role == roles.BYLINE:
            credits = _credits_of(line)
            if story is None or items[-1] is not story:
                above = last_story()
                if above is not None and above.pieces and not above.closed and items[-1] is not above:
                    story = above  # credits under a picture set inside the story close it
                else:
                    open_story()
            if credits is not None:
                if story.pieces:
                    story.take_credits(credits)
                    story.closed = True
                else:
                    story.credits.merge(credits)
                    story.dateline = story.dateline or credits.dateline
            elif story.pieces:
                story.add(line.text, line)
        elif role == roles.MARKER or line.kind in (MARK_TO, MARK_FROM):
            if line.kind == MARK_FROM or line.continued_from:
                if story is None or items[-1] is not story or story.pieces:
                    open_story()
                story.continued_from = line.info if line.kind == MARK_FROM else line.continued_from
            elif story is not None:
                story.continues_to = line.info if line.kind == MARK_TO else line.continues_to
                story.closed = True
        else:  # lead, body, subhead
            opening = role == roles.LEAD
            if story is not None and items[-1] is not story and not opening:
                # text after a picture carries on the story above it
                above = last_story()
                if above is not None and not above.closed:
                    story = above
            under_headline = (
                story is not None and items[-1] is story and not story.pieces and not story.closed
            )
            if opening and not under_headline:
                open_story(by_lead=line.kind == LEAD)
            elif story is None or story.closed:
                open_story(guessed=True)
            if line.kind == LEAD and not story.pieces:
                story.broken = False
                story.dateline = line.info.dateline
                story.credits.merge(line.info.credits)
                if line.continued_from:
                    story.continued_from = line.continued_from
                story.add(line.info.rest, line)
            else:
                if line.continued_from and not story.pieces:
                    story.continued_from = line.continued_from
                story.add(line.text, line, head=role == roles.SUBHEAD)
        k += 1
    adopt_orphans([it for it in items if isinstance(it, Story)])
    return [
        it.photo() if isinstance(it, _Picture) else it
        for it in items
        if not isinstance(it, _Picture) or it.lines
    ]
