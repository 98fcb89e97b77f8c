"""Chinese word segmentation, search literals and keyword tags for the newspaper archive.

This package is the only place that uses jieba / rjieba.  It imports nothing from Django and has
no side effect at import time: dictionaries load on first use.

Typical use::

    seg = get_segmenter(terms, stopwords)           # cached per dictionary
    word_vec, bigram_vec = seg.document_vectors(headline, body)
    tags = seg.keywords(headline, body)             # [(word, weight), ...]
    word_q, bigram_q = seg.query_vectors(reader_query)

See :mod:`archive.segmentation.cache` for how dictionary changes are picked up without a restart.
"""

from __future__ import annotations

from .cache import clear_cache, get_segmenter
from .dictionary import load_default_stopwords, load_default_terms, normalize_text
from .engine import import_jieba
from .segmenter import ALGORITHM_VERSION, HEADLINE_WEIGHT, NOUN_TAGS, Segmenter

__all__ = [
    "ALGORITHM_VERSION",
    "DEFAULT_STOPWORDS",
    "DEFAULT_TERMS",
    "HEADLINE_WEIGHT",
    "NOUN_TAGS",
    "Segmenter",
    "clear_cache",
    "get_segmenter",
    "import_jieba",
    "load_default_stopwords",
    "load_default_terms",
    "normalize_text",
]


def __getattr__(name: str):
    # DEFAULT_TERMS / DEFAULT_STOPWORDS read their file on first access, not at import.
    if name == "DEFAULT_TERMS":
        return load_default_terms()
    if name == "DEFAULT_STOPWORDS":
        return load_default_stopwords()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
