"""The :class:`Segmenter`: search tokens, tsvector/tsquery literals and keyword tags."""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from collections.abc import Iterable
from functools import lru_cache

from . import engine, tsearch
from .dictionary import clean_stopwords, clean_terms, normalize_text

#: Bump when a change here alters tokens, literals or tags: stored vectors must then be rebuilt.
ALGORITHM_VERSION = 1

#: POS tags (jieba's tag set) of words that may become tags: common nouns, person names, place
#: names, organisation names, other proper nouns.  Dictionary terms are tagged ``nz``.
NOUN_TAGS = frozenset({"n", "nr", "nrt", "nrfg", "ns", "nt", "nz"})
TERM_TAG = "nz"

#: One occurrence in the headline counts as this many occurrences in the body.
HEADLINE_WEIGHT = 3.0

_NUMBER = re.compile(r"[\d.,:%+\-/〇零一二三四五六七八九十百千万亿两]+")
_LETTER_OR_DIGIT = re.compile(r"[^\W_]")


def _is_wordlike(token: str) -> bool:
    return _LETTER_OR_DIGIT.search(token) is not None


def _sanitize(text: str) -> str:
    """Drop lone surrogates, which cannot be encoded (and which no real text contains)."""
    return text.encode("utf-8", "ignore").decode("utf-8")


class Segmenter:
    """Chinese segmentation for indexing, querying and tagging, with one dictionary.

    ``terms`` are added to jieba's dictionary (kept whole, tagged ``nz``, always eligible as tags);
    ``stopwords`` never become tags (compared case-insensitively).  A Segmenter is immutable: to
    use a changed dictionary, build a new one, normally through :func:`get_segmenter`.  Methods are
    safe to call from several threads.
    """

    def __init__(self, terms: Iterable[str] = (), stopwords: Iterable[str] = ()) -> None:
        self.terms: tuple[str, ...] = clean_terms(terms)
        self.stopwords: frozenset[str] = clean_stopwords(stopwords)
        self._term_set = frozenset(self.terms)
        self._engine_instance = None
        digest = hashlib.sha256()
        for word in sorted(self._term_set):
            digest.update(b"t" + word.encode() + b"\n")
        for word in sorted(self.stopwords):
            digest.update(b"s" + word.encode() + b"\n")
        #: Identifies the output: same version, same tokens, literals and tags for the same text.
        self.version = f"{ALGORITHM_VERSION}-{digest.hexdigest()[:16]}"
        # Per-instance memo of the last texts seen, so that document_vectors() and keywords() on
        # the same article normalise and segment it once.
        self._normalized = lru_cache(maxsize=16)(normalize_text)
        self._search_tokens = lru_cache(maxsize=16)(self._search_tokens_uncached)
        self._tags = lru_cache(maxsize=16)(self._tags_uncached)
        self._eligible_memo: dict[str, bool] = {}

    def __repr__(self) -> str:
        return f"<Segmenter {self.version} terms={len(self.terms)} stopwords={len(self.stopwords)}>"

    # -- engine -----------------------------------------------------------------------------------

    @property
    def _engine(self):
        """The rjieba instance, built on first use (or shared, see :func:`get_segmenter`)."""
        if self._engine_instance is None:
            self._engine_instance = engine.new_engine(self.terms, TERM_TAG)
        return self._engine_instance

    def _run_engine(self, method: str, text: str):
        try:
            return getattr(self._engine, method)(text)
        except UnicodeError:
            return getattr(self._engine, method)(_sanitize(text))

    # -- tokens -----------------------------------------------------------------------------------

    def _search_tokens_uncached(self, text: str) -> tuple[str, ...]:
        text = self._normalized(text)
        if not text:
            return ()
        tokens = [t for t in self._run_engine("cut_for_search", text) if t.isalnum() or _is_wordlike(t)]
        if text.lower() != text:
            tokens = [t.lower() for t in tokens]
        return tuple(tokens)

    def _tags_uncached(self, text: str) -> tuple[tuple[str, str], ...]:
        text = self._normalized(text)
        if not text:
            return ()
        return tuple(self._run_engine("tag", text))

    def search_tokens(self, text: str) -> list[str]:
        """jieba ``cut_for_search`` tokens of ``text``, lower-cased, in order.

        Tokens without a letter or digit (punctuation, whitespace) are dropped.  A dictionary word
        comes with the dictionary words inside it: 营商环境 → 营商, 环境, 营商环境.
        """
        if not isinstance(text, str):
            return []
        return list(self._search_tokens(text))

    def tag(self, text: str) -> list[tuple[str, str]]:
        """(word, jieba POS tag) pairs of ``text`` (normalised, not lower-cased)."""
        if not isinstance(text, str):
            return []
        return list(self._tags(text))

    # -- PostgreSQL literals ------------------------------------------------------------------------

    def document_vectors(self, headline: str, body: str) -> tuple[str, str]:
        """(word_tsvector, bigram_tsvector) literals for an article; cast them with ``::tsvector``.

        word_tsvector: :meth:`search_tokens` of the headline (weight A) then of the body (weight B),
        numbered 1, 2, 3 … in that order.  bigram_tsvector: character bigrams of the letter/digit
        runs of headline and body (lower-cased), see :func:`tsearch.bigram_vector`.
        Empty texts give ``''`` (the empty tsvector).
        """
        headline = headline if isinstance(headline, str) else ""
        body = body if isinstance(body, str) else ""
        words = tsearch.word_vector(self._search_tokens(headline), self._search_tokens(body))
        runs = tsearch.char_runs(self._normalized(headline).lower())
        runs += tsearch.char_runs(self._normalized(body).lower())
        return words, tsearch.bigram_vector(runs)

    def query_vectors(self, query: str) -> tuple[str | None, str | None]:
        """(word_tsquery, bigram_tsquery) literals for a reader's query; cast them with ``::tsquery``.

        The query is split on whitespace into terms, all of which must match.

        * bigram_tsquery — for *matching*, against the bigram vector.  A term of two or more
          characters becomes the phrase of its bigrams (营商环境 → ``('营商' <-> '商环' <-> '环境')``),
          so it matches exactly the documents containing it as a substring (within a run of
          letters/digits; a term with punctuation inside needs each of its runs).  A one-character
          term becomes a prefix match (``'镇':*``) that, thanks to the final-character lexeme stored
          for every run, also matches exactly the documents containing that character.  It does not
          depend on the dictionary, so documents indexed before a dictionary change still match.
        * word_tsquery — for *ranking* (``ts_rank`` on the word vector: headline A above body B):
          all :meth:`search_tokens` of the query, ANDed.

        A part with nothing to search for (a query of punctuation only, an empty query) is None.
        Never raises: every operand is quoted, so ``& | ! ( ) : * < >``, quotes and backslashes
        are inert; over-long queries are reduced to a bounded number of lexemes (only widening
        the match).
        """
        if not isinstance(query, str):
            return None, None
        terms = normalize_text(query).split()
        if not terms:
            return None, None
        # Segmented with its case, like documents (the dictionary has words such as "A股").
        words = tsearch.word_query(self._search_tokens(" ".join(terms)))
        return words, tsearch.bigram_query(term.lower() for term in terms)

    # -- tags ---------------------------------------------------------------------------------------

    def _eligible(self, word: str) -> bool:
        ok = self._eligible_memo.get(word)
        if ok is None:
            ok = (
                len(word.strip()) >= 2
                and word.lower() not in self.stopwords
                and _NUMBER.fullmatch(word) is None
            )
            if len(self._eligible_memo) >= 200_000:
                self._eligible_memo.clear()
            self._eligible_memo[word] = ok
        return ok

    def keywords(self, headline: str, body: str, limit: int = 10) -> list[tuple[str, float]]:
        """Up to ``limit`` tags for an article: (word, weight), best first, weights in (0, 1].

        Candidates are the words jieba tags as nouns (:data:`NOUN_TAGS`: names, places,
        organisations, other nouns) plus the dictionary terms; never a stopword, a single
        character or a number.  Each is scored like ``jieba.analyse.extract_tags``: term frequency
        times jieba's IDF (median IDF for unknown words), a headline occurrence counting
        :data:`HEADLINE_WEIGHT` times; ties keep first-occurrence order.  Weights are divided by
        the best score, so the first tag weighs 1.0.
        """
        if not isinstance(limit, int) or limit <= 0:
            return []
        headline = headline if isinstance(headline, str) else ""
        body = body if isinstance(body, str) else ""
        nouns, terms = NOUN_TAGS, self._term_set
        freq: dict[str, float] = {}
        for text, weight in ((headline, HEADLINE_WEIGHT), (body, 1.0)):
            counts = Counter([word for word, flag in self._tags(text) if flag in nouns or word in terms])
            for word, count in counts.items():
                if self._eligible(word):
                    freq[word] = freq.get(word, 0.0) + count * weight
        if not freq:
            return []
        idf, median_idf = engine.idf_table()
        total = sum(freq.values())
        for word in freq:
            freq[word] *= idf.get(word, median_idf) / total
        best = sorted(freq, key=freq.__getitem__, reverse=True)[:limit]
        top = freq[best[0]]
        return [(word, freq[word] / top) for word in best]
