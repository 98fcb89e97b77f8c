"""The :class:`Segmenter`: search tokens, tsvector/tsquery literals and keyword tags."""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from collections.abc import Callable, Iterable
from functools import lru_cache

from archive.folding import fold

from . import engine, query, tagging, tsearch
from .dictionary import clean_stopwords, clean_terms, normalize_text

#: Bump when a change here alters tokens, literals or tags: stored vectors must then be rebuilt.
ALGORITHM_VERSION = 4

#: POS tags (jieba's tag set) of words that may become tags: common nouns, person names, place
#: names, organisation names, other proper nouns.  Dictionary terms are tagged ``nz``.
NOUN_TAGS = frozenset({"n", "nr", "nrt", "nrfg", "ns", "nt", "nz"})
TERM_TAG = "nz"

#: One occurrence in the headline counts as this many occurrences in the body.
HEADLINE_WEIGHT = 3.0

_NUMBER = re.compile(r"[\d.,:%+\-/〇零一二三四五六七八九十百千万亿两]+")
_LETTER_OR_DIGIT = re.compile(r"[^\W_]")
# Where jieba-rs's search mode splits an ASCII compound, and which parts it offers on their own
# (see Segmenter._compound_tokens_of).
_CONNECTOR = re.compile(r"[._-]")
_ASCII_LETTER = re.compile(r"[A-Za-z]")

#: A per-word memo starts over past this many entries: a long import meets an open-ended
#: vocabulary (names, numbers), and a worker process should not grow with it.
MEMO_LIMIT = 20_000


def _is_wordlike(token: str) -> bool:
    return _LETTER_OR_DIGIT.search(token) is not None


class _Memo(dict):
    """``word -> compute(word)``, computed on first lookup; forgotten wholesale when it grows too large.

    A hit is a plain ``dict`` lookup: only a miss reaches Python code.
    """

    __slots__ = ("_compute",)

    def __init__(self, compute: Callable[[str], object]) -> None:
        super().__init__()
        self._compute = compute

    def __missing__(self, key: str) -> object:
        value = self._compute(key)
        if len(self) >= MEMO_LIMIT:
            self.clear()
        self[key] = value
        return value


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
        # What is derived from a word depends on the word alone, and texts keep repeating the same
        # words: each is worked out once.  Only the words that need it are looked up (see
        # _search_tokens_uncached and keywords): a hit reads the entry made when the word was first
        # met, memory long gone from the CPU caches, which costs more than most words' own work.
        self._compound_tokens = _Memo(self._compound_tokens_of)
        self._tag_weights = _Memo(self._tag_weight_of)

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

    def _compound_tokens_of(self, word: str) -> tuple[str, ...]:
        """The search tokens of one word of ``cut``, as jieba-rs's ``cut_for_search`` gives them.

        Search mode is ``cut`` with, before each word, the parts of an ASCII compound (split on
        ``. _ -``: those of two or more characters with a letter), then the dictionary words among
        its 2-grams (words of 3+ characters) and 3-grams (4+ characters).  Tokens without a letter
        or digit are dropped.
        """
        found: list[str] = []
        if "." in word or "_" in word or "-" in word:
            found += [
                part for part in _CONNECTOR.split(word) if len(part) >= 2 and _ASCII_LETTER.search(part)
            ]
        n = len(word)
        if n > 2:
            # The engine's own dictionary (jieba's plus the terms), as search mode consults it.
            has_word = self._engine.has_word
            found += [gram for gram in (word[i : i + 2] for i in range(n - 1)) if has_word(gram)]
            if n > 3:
                found += [gram for gram in (word[i : i + 3] for i in range(n - 2)) if has_word(gram)]
        found.append(word)
        return tuple(t for t in found if t.isalnum() or _is_wordlike(t))

    def _search_tokens_uncached(self, text: str) -> tuple[str, ...]:
        # Derived from the tagging, which keywords() needs anyway: tag's words are cut's, and
        # search mode only adds to them (see _compound_tokens_of), so each text is segmented once.
        tokens: list[str] = []
        append, compound_tokens = tokens.append, self._compound_tokens
        for word, _ in self._tags(text):
            # Most words are one or two characters: search mode adds nothing and the filter keeps them.
            if word.isalnum() and len(word) < 3:
                append(word)
            else:
                tokens += compound_tokens[word]
        text = self._normalized(text)
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

    def document_vectors(
        self, headline: str, body: str, people: Iterable[str] = (), places: Iterable[str] = ()
    ) -> tuple[str, str]:
        """(word_tsvector, bigram_tsvector) literals for an article; cast them with ``::tsvector``.

        word_tsvector: :meth:`search_tokens` of the headline (weight A) then of the body (weight B),
        numbered 1, 2, 3 … in that order.  bigram_tsvector: character bigrams of the letter/digit
        runs (lower-cased, traditional characters folded to simplified) of the headline (weight
        A), the credited ``people`` (B), the ``places`` an article is filed under — dateline,
        column, paper — (C) and the body (D), see :func:`tsearch.weighted_bigram_vector`.
        Empty texts give ``''`` (the empty tsvector).
        """
        headline = headline if isinstance(headline, str) else ""
        body = body if isinstance(body, str) else ""
        words = tsearch.word_vector(self._search_tokens(headline), self._search_tokens(body))
        return words, tsearch.weighted_bigram_vector(
            [
                (self._bigram_runs(headline), query.HEADLINE),
                (self._bigram_runs(" ".join(people)), query.PEOPLE),
                (self._bigram_runs(" ".join(places)), query.PLACES),
                (self._bigram_runs(body), query.BODY),
            ]
        )

    def _bigram_runs(self, text: str) -> list[str]:
        return tsearch.char_runs(fold(self._normalized(text)).lower()) if text else []

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
        terms = fold(normalize_text(query)).split()
        if not terms:
            return None, None
        # Segmented with its case, like documents (the dictionary has words such as "A股").
        words = tsearch.word_query(self._search_tokens(" ".join(terms)))
        return words, tsearch.bigram_query(term.lower() for term in terms)

    # -- tags ---------------------------------------------------------------------------------------

    def _tag_weight_of(self, word: str) -> float | None:
        """jieba's IDF of ``word`` (the median for unknown words), or None if it may not be a tag."""
        if len(word.strip()) < 2 or word.lower() in self.stopwords or _NUMBER.fullmatch(word) is not None:
            return None
        idf, median_idf = engine.idf_table()
        return idf.get(word, median_idf)

    def keywords(
        self,
        headline: str,
        body: str,
        limit: int = 10,
        *,
        names: frozenset[str] = frozenset(),
        archive: tagging.ArchiveFrequencies | None = None,
        twins: bool = True,
    ) -> list[tuple[str, float]]:
        """Up to ``limit`` tags for an article: (word, weight), best first, weights in (0, 1].

        Candidates are the words jieba tags as nouns (:data:`NOUN_TAGS`: names, places,
        organisations, other nouns) plus the dictionary terms; never a stopword, a single
        character or a number.  Each is scored like ``jieba.analyse.extract_tags``: term frequency
        times jieba's IDF (median IDF for unknown words), a headline occurrence counting
        :data:`HEADLINE_WEIGHT` times; ties keep first-occurrence order.  Weights are divided by
        the best score, so the first tag weighs 1.0.

        ``names`` (people and organisations the page prints whole, see
        :func:`tagging.names_on_page`) are joined back where jieba cut them; a word and its longer
        twin (湖州 / 湖州市) count as the longer one (unless ``twins`` is false); with the ``archive``'s document frequencies, a
        word too common in it is left out like a stop word, and a word other articles share counts
        more (see :class:`tagging.ArchiveFrequencies`).
        """
        if not isinstance(limit, int) or limit <= 0:
            return []
        # a page printed in traditional characters is tagged in simplified ones: jieba's dictionary
        # cuts only those right (米價續漲 gave 價續), and one tag page gathers both scripts' articles
        headline = fold(headline) if isinstance(headline, str) else ""
        body = fold(body) if isinstance(body, str) else ""
        names = frozenset(fold(name) for name in names) if names else names
        nouns, terms, weights = NOUN_TAGS, self._term_set, self._tag_weights
        freq: dict[str, float] = {}
        for text, weight in ((headline, HEADLINE_WEIGHT), (body, 1.0)):
            tagged = tagging.join_names(self._tags(text), names) if names else self._tags(text)
            counts = Counter([word for word, flag in tagged if flag in nouns or word in terms])
            for word, count in counts.items():
                if weights[word] is not None:
                    freq[word] = freq.get(word, 0.0) + count * weight
        if not freq:
            return []
        if twins:
            tagging.fold_twins(freq)
        if archive is not None:
            for word in list(freq):
                factor = 1.0 if word in terms else archive.factor(word)
                if factor is None:
                    del freq[word]
                else:
                    freq[word] *= factor
            if not freq:
                return []
        total = sum(freq.values())
        for word in freq:
            freq[word] *= weights[word] / total
        best = sorted(freq, key=freq.__getitem__, reverse=True)[:limit]
        top = freq[best[0]]
        return [(word, freq[word] / top) for word in best]
