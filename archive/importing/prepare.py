"""One page file made ready for the database: decoded, parsed, segmented, tagged and filed.

Plain Python, no Django: the import's processes (:mod:`archive.importing.pool`) call
:func:`read_page_file`, then :func:`segment_articles` unless the archive holds the page already.
Everything preparing needs from the database (dictionary, section rules, review rules) is read
once per run, in a :class:`PreparationContext`.
"""

from __future__ import annotations

import datetime
import logging
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from archive.importing.limits import items_error, page_number_error, printable_name
from archive.importing.sources import PageFileError, PageInfo, PageSource, decode_page
from archive.review_reasons import review_reasons, review_score
from archive.section_rules import SectionRule, choose_section
from archive.segmentation.tagging import TAG_LIMIT, ArchiveFrequencies, names_on_page

if TYPE_CHECKING:
    from archive.parsing import ParsedPage

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class PreparationContext:
    """What a worker needs: the dictionary, the section rules, the size limit, the operator's values."""

    terms: tuple[str, ...]
    stopwords: tuple[str, ...]
    sections: tuple[SectionRule, ...]
    max_bytes: int
    given: PageInfo = PageInfo()
    #: The archive's document frequencies, for tags (see ``indexing.archive_frequencies``).
    archive: ArchiveFrequencies | None = None


@dataclass
class PreparedArticle:
    parsed: object  # archive.parsing.ParsedArticle
    section: str | None
    credits: list  # archive.parsing.credits.PrintedCredit, as printed
    column: str | None
    tags: list[tuple[str, float]]
    word_vector: str
    bigram_vector: str
    review_reasons: list[str]
    review_score: int


@dataclass
class PreparedPage:
    """A page ready to be written, or the reason it cannot be (``error``)."""

    name: str
    error: str | None = None
    text: str = ""
    content_hash: str = ""
    publication: str | None = None
    date: datetime.date | None = None
    date_inferred: bool = False
    date_evidence: str = ""  # why an inferred date was proposed, for the editor who confirms it
    given: PageInfo = PageInfo()  # what the operator said about the page (not the manifest)
    page_number: int | None = None
    page_name: str = ""
    articles: list[PreparedArticle] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    unchanged: bool = False  # already in the archive as it is: not segmented, nothing to write
    logged: bool = False  # the error is a failure whose traceback went to the log


#: The parsed article's lists of credited people, whatever their role.
CREDIT_ATTRIBUTES = ("reporters", "correspondents", "photographers", "authors")


def credited_names(parsed) -> list[str]:
    """Everyone a parsed article credits, in order: the search document holds their names."""
    return [name for attribute in CREDIT_ATTRIBUTES for name in getattr(parsed, attribute, None) or ()]


def warm_up(context: PreparationContext) -> None:
    """Build the segmenter (and its dictionary) before the first page arrives."""
    _segmenter(context)


_context_segmenter: tuple[PreparationContext, object] | None = None


def _segmenter(context: PreparationContext):
    """The segmenter for the context's dictionary, looked up once per context, not once per page
    (the lookup normalises every term and stopword)."""
    global _context_segmenter
    if _context_segmenter is None or _context_segmenter[0] is not context:
        from archive.segmentation import get_segmenter

        _context_segmenter = (context, get_segmenter(context.terms, context.stopwords))
    return _context_segmenter[1]


def read_page_file(source: PageSource, context: PreparationContext) -> tuple[PreparedPage, ParsedPage | None]:
    """Read, decode and parse one page and find its place (paper, date, page number).

    Returns the page, not yet segmented, and the parsed page that :func:`segment_articles` turns
    into its articles; or the page with its ``error`` and None.
    """
    from archive.parsing import parse_page
    from archive.parsing.dates import propose_date

    try:
        decoded = decode_page(source.name, source.read(context.max_bytes))
    except PageFileError as exc:
        return PreparedPage(name=source.name, error=exc.reason), None
    try:
        parsed = parse_page(decoded.text)
    except Exception as exc:  # a parser bug must cost one page, not the run
        logger.exception("%s: the page could not be parsed", printable_name(source.name))
        return PreparedPage(
            name=source.name, error=f"the page could not be parsed ({exc!r})", logged=True
        ), None
    if parsed.failure:
        # parse_page logged the traceback where it happened.
        return PreparedPage(
            name=source.name, error=f"the page could not be parsed ({parsed.failure})", logged=True
        ), None
    if not parsed.articles:
        return PreparedPage(name=source.name, error="no article recognised on this page"), None
    if too_many := items_error(len(parsed.articles)):
        return PreparedPage(name=source.name, error=too_many), None

    # The operator's values beat the manifest's, which beat what the page itself says.
    info = context.given.over(source.info)
    date, date_inferred, date_evidence = info.date, False, ""
    if date is None and parsed.date is not None:
        date, date_inferred, date_evidence = parsed.date, True, "版面印有出版日期"
    elif date is None:
        proposal = propose_date(parsed)
        if proposal is not None:
            date, date_inferred, date_evidence = proposal.date, True, proposal.evidence
    publication = info.publication or parsed.publication or None
    page = PreparedPage(
        name=source.name,
        text=decoded.text,
        content_hash=decoded.content_hash,
        publication=publication,
        date=date,
        date_inferred=date_inferred,
        date_evidence=date_evidence,
        given=context.given,
        page_number=info.page_number if info.page_number is not None else parsed.page_number,
        page_name=(info.page_name or parsed.page_name or "").strip(),
        warnings=list(parsed.warnings),
    )
    if out_of_range := page_number_error(page.page_number):
        return PreparedPage(name=source.name, error=out_of_range), None
    return page, parsed


def segment_articles(page: PreparedPage, parsed: ParsedPage, context: PreparationContext) -> None:
    """Segment, tag, file and check each article of ``parsed`` into ``page.articles``."""
    from archive.parsing.credits import printed_credits

    date, date_inferred, publication = page.date, page.date_inferred, page.publication
    segmenter = _segmenter(context)
    rules = list(context.sections)
    names = names_on_page(
        page.text, (name for article in parsed.articles for name in credited_names(article))
    )
    as_printed = printed_credits(parsed, page.text)
    for article, printed in zip(parsed.articles, as_printed, strict=True):
        headline, body = article.headline, article.body
        word_vector, bigram_vector = segmenter.document_vectors(
            headline,
            body,
            # the credits as printed: a closing 整理 credit covers every item of its digest
            people=list(dict.fromkeys(credit.name for credit in printed.credits)),
            places=(article.dateline or "", printed.column or "", publication or ""),
        )
        reasons = review_reasons(
            article.warnings,
            has_date=date is not None,
            date_inferred=date_inferred,
            has_publication=publication is not None,
        )
        page.articles.append(
            PreparedArticle(
                parsed=article,
                section=choose_section(
                    rules, kind=article.kind, column=printed.column or "", headline=headline, body=body
                ),
                credits=printed.credits,
                column=printed.column,
                tags=segmenter.keywords(
                    headline, body, limit=TAG_LIMIT, names=names, archive=context.archive
                ),
                word_vector=word_vector,
                bigram_vector=bigram_vector,
                review_reasons=reasons,
                review_score=review_score(reasons, article.confidence),
            )
        )
