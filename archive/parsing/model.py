"""What the parser hands to the importer: a page and the articles and photos printed on it."""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass, field

# Codes that put an item in the editors' review queue.
NO_BYLINE = "no_byline"
HEADLINE_TOO_LONG = "headline_too_long"
HEADLINE_TOO_SHORT = "headline_too_short"
NO_HEADLINE = "no_headline"
SHORT_BODY = "short_body"
UNKNOWN_LAYOUT = "unknown_layout"
QUOTES_LOST = "quotes_lost"
LOW_CONFIDENCE = "low_confidence"  # the line-role model doubts the item's cut, headline or credits
# shapes of an item's fields no right cut gives (``oddities``)
NOT_A_HEADLINE = "not_a_headline"
NOT_A_NAME = "not_a_name"
CUT_MID_SENTENCE = "cut_mid_sentence"
PICTURE_IN_TEXT = "picture_in_text"
CREDIT_IN_TEXT = "credit_in_text"
DATELINE_IN_TEXT = "dateline_in_text"
PAGE_LINE_IN_TEXT = "page_line_in_text"
RUN_TOGETHER = "run_together"
TEXT_IN_CAPTION = "text_in_caption"

#: Warnings about the item's own cut, headline or credits: an item with one of these is doubtful
#: (a body too short to be a story is most often a piece cut off another). The others (no byline,
#: a short headline, lost quotes) are often right as printed.
DOUBTFUL = frozenset(
    {
        LOW_CONFIDENCE,
        NO_HEADLINE,
        UNKNOWN_LAYOUT,
        HEADLINE_TOO_LONG,
        SHORT_BODY,
        NOT_A_HEADLINE,
        NOT_A_NAME,
        CUT_MID_SENTENCE,
        PICTURE_IN_TEXT,
        CREDIT_IN_TEXT,
        DATELINE_IN_TEXT,
        PAGE_LINE_IN_TEXT,
        RUN_TOGETHER,
        TEXT_IN_CAPTION,
    }
)


#: A label printed after a title in brackets (…（深入学习贯彻…）, …（上）): the series or column the
#: title belongs to, not more of the title, so its length says nothing of a headline run on.
_LABEL_AFTER = re.compile(r"(?<=.{4})[（(][^（()）]+[)）]$")


def field_warnings(
    *, kind: str, title: str | None, dateline: str | None, credited: bool, body: str
) -> list[str]:
    """The review warnings an item's own fields call for: no byline, a headline missing, too short
    or too long, a body too short to be a story.

    ``credited``: someone is credited, or the piece is signed without a name (本报评论员).  The
    parser asks this of every item it cuts, the editing tools of an article an editor corrected.
    """
    warnings = []
    title_len = len(_LABEL_AFTER.sub("", "".join((title or "").split())))
    if kind == "article":
        if not dateline and not credited:
            warnings.append(NO_BYLINE)
        if not title:
            warnings.append(NO_HEADLINE)
        elif title_len < 4:
            warnings.append(HEADLINE_TOO_SHORT)
        if len("".join(body.split())) < 60:
            warnings.append(SHORT_BODY)
    if title_len > 40:
        warnings.append(HEADLINE_TOO_LONG)
    return warnings


@dataclass
class ParsedArticle:
    kind: str = "article"
    kicker: str | None = None
    title: str | None = None
    subtitle: str | None = None
    column: str | None = None
    dateline: str | None = None
    reporters: list[str] = field(default_factory=list)
    correspondents: list[str] = field(default_factory=list)
    photographers: list[str] = field(default_factory=list)
    authors: list[str] = field(default_factory=list)
    paragraphs: list[str] = field(default_factory=list)
    continues_to: str | None = None
    continued_from: str | None = None
    warnings: list[str] = field(default_factory=list)
    confidence: float | None = None  # the line-role model's, when it has one
    #: The named figures the item doubt was read from (parsing.doubt), when asked for: for training it.
    evidence: dict[str, float] | None = field(default=None, repr=False, compare=False)

    @property
    def doubtful(self) -> bool:
        """Would an editor need to look at the item itself (its cut, headline or credits)?"""
        return any(w in DOUBTFUL for w in self.warnings)

    @property
    def body(self) -> str:
        return "\n\n".join(self.paragraphs)

    @property
    def headline(self) -> str:
        return " ".join(part for part in (self.kicker, self.title, self.subtitle) if part)

    def as_json(self, source: str) -> dict:
        return {
            "source": source,
            "kind": self.kind,
            "title": self.title,
            "kicker": self.kicker,
            "subtitle": self.subtitle,
            "column": self.column,
            "dateline": self.dateline,
            "reporters": list(self.reporters),
            "correspondents": list(self.correspondents),
            "photographers": list(self.photographers),
            "authors": list(self.authors),
            "body": self.body,
            "continues_to": self.continues_to,
            "continued_from": self.continued_from,
            "warnings": list(self.warnings),
            "confidence": None if self.confidence is None else round(self.confidence, 3),
            "doubtful": self.doubtful,
        }


@dataclass
class ParsedPage:
    articles: list[ParsedArticle]
    publication: str | None = None
    date: datetime.date | None = None
    page_number: int | None = None
    page_name: str | None = None
    warnings: list[str] = field(default_factory=list)
    #: Why the parser gave up on the page (a bug it ran into), logged with its traceback; the page
    #: then holds no article.
    failure: str | None = None
