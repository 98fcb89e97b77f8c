"""Parsing one newspaper page's text into its articles and pictures.

Pure Python: this package knows nothing of the database or of word segmentation.
"""

from __future__ import annotations

import logging

from . import line_roles
from .model import LOW_CONFIDENCE, ParsedArticle, ParsedPage
from .page import add_warnings, parse_items

__all__ = ["ParsedArticle", "ParsedPage", "add_warnings", "parse_page"]

logger = logging.getLogger(__name__)


def parse_page(text: str) -> ParsedPage:
    """Parse a page; never raises, whatever the text."""
    if isinstance(text, bytes | bytearray):
        text = bytes(text).decode("utf-8", errors="replace")
    elif not isinstance(text, str):
        text = "" if text is None else str(text)
    try:
        page, lines, items = parse_items(text)
    except Exception:  # a malformed page must not stop an import run of many thousands
        logger.exception("page could not be parsed")
        return ParsedPage(articles=[], warnings=["unknown_layout"])
    doubt(page, lines, items)
    return page


def doubt(page: ParsedPage, lines, items, threshold: float | None = None, role_model=None) -> None:
    """Give each article the line-role model's confidence, and flag it below the threshold
    chosen on held-out pages (``line_roles.threshold()``)."""
    role_model = role_model or line_roles.model()
    if role_model is None or not lines:
        return
    rule = line_roles.rule_roles(lines, [it for it in items if it is not None])
    _, probs = role_model.marginals(line_roles.features(lines, rule))
    limit = line_roles.threshold() if threshold is None else threshold
    for art, item in zip(page.articles, items, strict=True):
        if item is None:
            continue
        art.confidence = line_roles.item_confidence(item, lines, rule, probs)
        if art.confidence < limit and LOW_CONFIDENCE not in art.warnings:
            art.warnings.append(LOW_CONFIDENCE)
