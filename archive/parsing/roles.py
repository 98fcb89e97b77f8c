"""The role each printed line plays on a page, as the line-role model names them.

The renderer of training pages writes these, the model learns them, and the parser reads them
back; they are the newspaper's own parts of a page.
"""

FURNITURE = "furniture"  # page header, staff line, codes: no item's text
COLUMN = "column"  # a column or series label printed over a headline
KICKER = "kicker"  # 引题
TITLE = "title"  # 主题, on one or several lines
SUBTITLE = "subtitle"  # 副题
BYLINE = "byline"  # credits on a line of their own, over or under the text
LEAD = "lead"  # the first line of a story's text (with its dateline when it has one)
BODY = "body"  # the rest of the text
SUBHEAD = "subhead"  # a heading inside a story's text
CAPTION_START = "caption_start"  # the first line of a picture's caption (or its title)
CAPTION = "caption"  # a caption's further lines
CREDIT = "credit"  # a picture's credit on a line of its own
MARKER = "marker"  # （下转第二版） / （上接第一版） on a line of their own

ALL = (
    FURNITURE,
    COLUMN,
    KICKER,
    TITLE,
    SUBTITLE,
    BYLINE,
    LEAD,
    BODY,
    SUBHEAD,
    CAPTION_START,
    CAPTION,
    CREDIT,
    MARKER,
)
HEADLINE = frozenset({COLUMN, KICKER, TITLE, SUBTITLE})
#: Roles that open a new item when the line before belongs to another item's text.
OPENING = frozenset({COLUMN, KICKER, TITLE, CAPTION_START})
PICTURE = frozenset({CAPTION_START, CAPTION, CREDIT})
