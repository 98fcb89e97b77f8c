"""Lazy access to the segmentation engines.

``rjieba`` (jieba-rs: jieba's algorithm and dictionary, compiled) does all the segmenting and
tagging.  Pure-Python ``jieba`` is only *read*: its IDF table file for TF-IDF keywords.  Importing
``jieba`` itself is only needed for comparisons (tests, benchmarks) and goes through
:func:`import_jieba`, which keeps the import clean under ``python -W error``.

Nothing here loads a dictionary at import time: ``import rjieba`` builds a default instance
(~0.1 s), so it is imported on first use only.
"""

from __future__ import annotations

import importlib.util
import logging
import threading
import warnings
from functools import cache
from pathlib import Path
from types import ModuleType
from typing import Any

_lock = threading.Lock()


def rjieba_module() -> ModuleType:
    """The ``rjieba`` module, imported on first call."""
    import rjieba  # lazy: importing rjieba loads a dictionary

    return rjieba


def new_engine(terms: tuple[str, ...], tag: str) -> Any:
    """A fresh ``rjieba.Jieba`` with jieba's default dictionary plus ``terms``.

    Each term is added the way ``jieba.add_word(word, None, tag)`` does: with the frequency
    suggested by the dictionary so that the segmenter keeps the term whole, and with POS ``tag``.
    """
    with _lock:
        engine = rjieba_module().Jieba()
        for term in terms:
            engine.add_word(term, None, tag)
    return engine


def jieba_package_dir() -> Path:
    """Directory of the installed ``jieba`` package, found without importing it."""
    spec = importlib.util.find_spec("jieba")
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError("jieba is not installed")
    return Path(next(iter(spec.submodule_search_locations)))


@cache
def idf_table() -> tuple[dict[str, float], float]:
    """jieba's IDF table (``jieba/analyse/idf.txt``) and its median, exactly as ``jieba.analyse`` loads them."""
    content = (jieba_package_dir() / "analyse" / "idf.txt").read_bytes().decode("utf-8")
    idf: dict[str, float] = {}
    for line in content.splitlines():
        word, freq = line.strip().split(" ")
        idf[word] = float(freq)
    median = sorted(idf.values())[len(idf) // 2]
    return idf, median


def import_jieba() -> ModuleType:
    """Import pure-Python ``jieba`` (with ``jieba.posseg`` and ``jieba.analyse``) cleanly.

    jieba 0.42.1 imports ``pkg_resources``, which warns on setuptools >= 80 (and is an error under
    ``-W error``), its sources contain invalid escape sequences that warn when compiled, and
    ``jieba.analyse`` leaves its IDF file for the garbage collector.  Only those warnings are silenced, and only for the duration of the import.  jieba's chatty
    dictionary-loading log is lowered to WARNING.
    """
    with _lock, warnings.catch_warnings():
        warnings.filterwarnings("ignore", message=r"pkg_resources is deprecated", category=UserWarning)
        warnings.filterwarnings("ignore", category=DeprecationWarning, module=r"pkg_resources(\.|$)")
        warnings.filterwarnings("ignore", message=r"invalid escape sequence", category=DeprecationWarning)
        warnings.filterwarnings("ignore", message=r"invalid escape sequence", category=SyntaxWarning)
        # jieba.analyse reads idf.txt through an unclosed file object at import.
        warnings.filterwarnings("ignore", message=r"unclosed file .*idf\.txt", category=ResourceWarning)
        import jieba
        import jieba.analyse  # noqa: F401
        import jieba.posseg  # noqa: F401
    jieba.setLogLevel(logging.WARNING)
    return jieba
