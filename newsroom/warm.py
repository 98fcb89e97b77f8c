"""A web worker made ready before its first request.

The objects a worker holds for its whole life — Django's apps and URLconf, the templates'
machinery, the segmenter's dictionary — are most of what Python's cyclic garbage collector
scans in a full collection: at a million articles such a collection added 70–100 ms to the
request it fell on, the slowest 5 % of the pages.  Loading them first and then moving them out
of the collector's reach (``gc.freeze()``) leaves each collection only what a request makes,
and full collections are made ten times rarer than Python's default.
"""

from __future__ import annotations

import gc
import logging

logger = logging.getLogger(__name__)

#: Collections of the middle generation between two full collections (Python's default is 10).
FULL_COLLECTION_EVERY = 100


def settle() -> None:
    """Load what every request needs, then freeze it out of the garbage collector's scans."""
    from django.template.loader import get_template
    from django.urls import get_resolver

    get_resolver().url_patterns  # noqa: B018 - imports every view module
    get_template("base.html")
    try:
        from archive.indexing import current_segmenter

        current_segmenter()
    except Exception:  # the database may not answer yet: the first search loads it then
        logger.warning("the segmenter could not be loaded before the first request", exc_info=True)
    gc.collect()
    gc.freeze()
    # What requests leave behind for good (admin templates first rendered, caches) still fills the
    # oldest generation, whose full collection at a million articles took 8-15 ms three times in
    # 120 requests; ten times rarer, none fell on 120 requests (the young generations still
    # collect each request's cycles as before)
    young, middle, _ = gc.get_threshold()
    gc.set_threshold(young, middle, FULL_COLLECTION_EVERY)
