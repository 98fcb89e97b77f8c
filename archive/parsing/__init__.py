"""Parsing one newspaper page's text into its articles and pictures.

Pure Python: this package knows nothing of the database or of word segmentation.
"""

from __future__ import annotations

import logging
import math

from . import doubt, line_roles, scripts
from .learned_cut import rejoin_by_roles
from .model import LOW_CONFIDENCE, ParsedArticle, ParsedPage, field_warnings
from .page import add_warnings, parse_items

__all__ = ["ParsedArticle", "ParsedPage", "add_warnings", "field_warnings", "parse_page", "read_page"]

logger = logging.getLogger(__name__)


def parse_page(text: str) -> ParsedPage:
    """Parse a page; never raises, whatever the text."""
    return read_page(text, line_roles.model())


def read_page(
    text,
    role_model=None,
    threshold: float | None = None,
    keep: float | None = None,
    *,
    with_evidence: bool = False,
) -> ParsedPage:
    """Parse a page with the rules and, given a line-role model, give each item the model's
    confidence, flagging those below ``threshold``; where the model leaves the rules' role of a
    line less probability than ``keep``, it may mend the rules' cut (``learned_cut``).  None for
    either means the value chosen on held-out pages (``line_roles.json``).  ``with_evidence``:
    leave each item the evidence its confidence was read from (for training the doubt; an import
    has no use for it)."""
    if isinstance(text, bytes | bytearray):
        text = bytes(text).decode("utf-8", errors="replace")
    elif not isinstance(text, str):
        text = "" if text is None else str(text)
    reading: dict = {}

    def recut(lines, items):
        rule = line_roles.rule_roles(lines, items)
        readiness = line_roles.keep() if keep is None else keep
        best, columns, blind = role_model.read(line_roles.features(lines, rule), best=readiness > 0)
        reading.update(columns=columns, blind=blind)
        if readiness <= 0:
            reading.update(labels=rule)
            return items  # the rules' cut stands; the model only doubts it
        labels = line_roles.overrule(rule, best, line_roles.by_line(columns), readiness)
        reading.update(labels=labels)
        return rejoin_by_roles(lines, labels, items)

    try:
        text, restorer = scripts.folded(scripts.as_characters(text))
        page, lines, items = parse_items(text, recut if role_model is not None else None)
    except Exception as exc:  # a malformed page must not stop an import run of many thousands
        logger.exception("page could not be parsed")
        return ParsedPage(articles=[], warnings=["unknown_layout"], failure=repr(exc))
    if reading:
        limit = line_roles.threshold() if threshold is None else threshold
        sure = _confidences(page, lines, items, reading, role_model.doubt, with_evidence)
        for art, confidence in zip(page.articles, sure, strict=True):
            if confidence is None:
                continue
            art.confidence = confidence
            if confidence < limit and LOW_CONFIDENCE not in art.warnings:
                art.warnings.append(LOW_CONFIDENCE)
    if restorer is not None:
        try:
            scripts.restore(page, restorer)
        except Exception:  # the cut stands, in the characters the rules read it in
            logger.exception("page text could not be restored to its printed characters")
    return page


def _confidences(
    page: ParsedPage, lines, items, reading: dict, item_doubt, with_evidence: bool
) -> list[float | None]:
    """Each item's confidence: the chance the item doubt gives it of being exactly right, read
    from the model's readings (``parsing.doubt``); without weights, how sure the reading that knows
    the rules' roles is of the item's least sure line and of its cut."""
    readings = [doubt.Reading(reading["columns"])]
    if reading["blind"] is not None:
        readings.append(doubt.Reading(reading["blind"], "blind_"))
    found = doubt.evidence(items, page.articles, lines, reading["labels"], readings)
    out: list[float | None] = []
    for item, art, evidence in zip(items, page.articles, found, strict=True):
        if with_evidence:
            art.evidence = evidence
        if evidence is None:
            out.append(None if item is None else 1.0)
        elif item_doubt is None:
            out.append(math.exp(evidence["least_sure_of_all"]))
        else:
            out.append(1.0 - item_doubt.wrong(evidence))
    return out
