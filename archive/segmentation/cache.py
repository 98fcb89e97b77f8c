"""One shared :class:`Segmenter` per dictionary, rebuilt when the dictionary changes.

Editors extend the terms and stopwords at run time, so callers pass the current lists on every
call and get a Segmenter built for exactly those lists::

    seg = get_segmenter(Term.objects.values_list("word", flat=True),
                        Stopword.objects.values_list("word", flat=True))

Two ways to key the cache:

* by content (default): the key is ``(frozenset(terms), frozenset(stopwords))`` after
  normalisation.  Always right; the lists are read and hashed on every call.
* by a version key the caller maintains (e.g. a counter bumped when an editor saves, or the
  latest ``updated_at``): ``get_segmenter(load_terms, load_stopwords, key=version)``.  With a key,
  ``terms`` and ``stopwords`` may be zero-argument callables, called only when that key has no
  Segmenter yet, so a hit costs no database query.

``None`` for ``terms`` or ``stopwords`` means the default files (:func:`load_default_terms`,
:func:`load_default_stopwords`).

The rjieba dictionary (~25 MB, ~0.1 s to build) depends on the terms only: Segmenters that
differ only in stopwords share it, and a stopword edit rebuilds nothing expensive.  A few recent
Segmenters and dictionaries are kept (least recently used dropped first), so memory stays bounded
while old and new versions overlap.  :attr:`Segmenter.version` tells which one produced stored
vectors and tags.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable, Iterable

from . import engine
from .dictionary import clean_stopwords, clean_terms, load_default_stopwords, load_default_terms
from .segmenter import TERM_TAG, Segmenter

MAX_SEGMENTERS = 8
MAX_ENGINES = 2

WordSource = Iterable[str] | Callable[[], Iterable[str]] | None

_lock = threading.RLock()
_segmenters: OrderedDict[Hashable, Segmenter] = OrderedDict()
_engines: OrderedDict[frozenset[str], object] = OrderedDict()


def _materialise(source: WordSource, default: Callable[[], Iterable[str]]) -> Iterable[str]:
    if source is None:
        return default()
    if callable(source):
        return source()
    return source


def _remember(cache: OrderedDict, key: Hashable, value: object, limit: int) -> None:
    cache[key] = value
    cache.move_to_end(key)
    while len(cache) > limit:
        cache.popitem(last=False)


def _engine_for(terms: tuple[str, ...]) -> object:
    key = frozenset(terms)
    found = _engines.get(key)
    if found is None:
        found = engine.new_engine(terms, TERM_TAG)
    _remember(_engines, key, found, MAX_ENGINES)
    return found


def get_segmenter(
    terms: WordSource = None, stopwords: WordSource = None, *, key: Hashable | None = None
) -> Segmenter:
    """The shared Segmenter for these terms and stopwords (see the module documentation)."""
    with _lock:
        if key is not None:
            cache_key: Hashable = ("key", key)
            found = _segmenters.get(cache_key)
            if found is not None:
                _segmenters.move_to_end(cache_key)
                return found
        term_list = clean_terms(_materialise(terms, load_default_terms))
        stop_set = clean_stopwords(_materialise(stopwords, load_default_stopwords))
        content_key = ("content", frozenset(term_list), stop_set)
        found = _segmenters.get(content_key)
        if found is None:
            found = Segmenter(term_list, stop_set)
            found._engine_instance = _engine_for(found.terms)
        _remember(_segmenters, content_key, found, MAX_SEGMENTERS)
        if key is not None:
            _remember(_segmenters, ("key", key), found, MAX_SEGMENTERS)
        return found


def clear_cache() -> None:
    """Forget every shared Segmenter and dictionary (the next call rebuilds)."""
    with _lock:
        _segmenters.clear()
        _engines.clear()
