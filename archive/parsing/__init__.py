"""Parsing one newspaper page's text into its articles and pictures.

Pure Python: this package knows nothing of the database or of word segmentation.
"""

from __future__ import annotations

import logging

from . import line_roles
from .learned_cut import rejoin_by_roles
from .model import LOW_CONFIDENCE, ParsedArticle, ParsedPage
from .page import add_warnings, parse_items

__all__ = ["ParsedArticle", "ParsedPage", "add_warnings", "parse_page", "read_page"]

logger = logging.getLogger(__name__)


def parse_page(text: str) -> ParsedPage:
    """Parse a page; never raises, whatever the text."""
    return read_page(text, line_roles.model())


def read_page(text, role_model=None, threshold: float | None = None, keep: float | None = None) -> ParsedPage:
    """Parse a page with the rules and, given a line-role model, give each item the model's
    confidence, flagging those below ``threshold``; where the model leaves the rules' role of a
    line less probability than ``keep``, it may mend the rules' cut (``learned_cut``).  None for
    either means the value chosen on held-out pages (``line_roles.json``)."""
    if isinstance(text, bytes | bytearray):
        text = bytes(text).decode("utf-8", errors="replace")
    elif not isinstance(text, str):
        text = "" if text is None else str(text)
    reading: dict = {}

    def recut(lines, items):
        rule = line_roles.rule_roles(lines, items)
        best, probs = role_model.marginals(line_roles.features(lines, rule))
        readiness = line_roles.keep() if keep is None else keep
        if readiness <= 0:
            reading.update(labels=rule, probs=probs)
            return items  # the rules' cut stands; the model only doubts it
        labels = line_roles.overrule(rule, best, probs, readiness)
        reading.update(labels=labels, probs=probs)
        return rejoin_by_roles(lines, labels, items)

    try:
        page, lines, items = parse_items(text, recut if role_model is not None else None)
    except Exception:  # a malformed page must not stop an import run of many thousands
        logger.exception("page could not be parsed")
        return ParsedPage(articles=[], warnings=["unknown_layout"])
    if reading:
        limit = line_roles.threshold() if threshold is None else threshold
        sure = line_roles.confidences(items, lines, reading["labels"], reading["probs"])
        for art, confidence in zip(page.articles, sure, strict=True):
            if confidence is None:
                continue
            art.confidence = confidence
            if confidence < limit and LOW_CONFIDENCE not in art.warnings:
                art.warnings.append(LOW_CONFIDENCE)
    return page
