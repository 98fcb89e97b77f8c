"""The Segmenter's search tokens and tags against rjieba's own search mode and a plain TF-IDF.

The Segmenter segments each text once, with rjieba's ``tag``, and derives the search tokens from
those words instead of running ``cut_for_search`` as well; keywords count from the same tags.
These tests hold the derived output to what rjieba computes itself, on varied texts: seed
paragraphs, ASCII compounds, digits, full-width forms, punctuation, cased scripts and dictionary
terms.  They fail if a new rjieba changes search mode in a way the derivation does not follow.
No database needed.
"""

from __future__ import annotations

import random
import re
from collections import Counter

import pytest

from archive.folding import fold
from archive.segmentation import (
    HEADLINE_WEIGHT,
    NOUN_TAGS,
    Segmenter,
    load_default_stopwords,
    load_default_terms,
    normalize_text,
    tsearch,
)
from archive.segmentation import segmenter as segmenter_module
from archive.segmentation.engine import idf_table
from tests.support.seed_text import ARTICLES, PARAGRAPHS

#: Terms added on top of the default ones: nested terms, a term made of dictionary words, ASCII
#: ones, and a dictionary verb (a term keeps the dictionary's POS tag, yet may become a tag).
EXTRA_TERMS = ["两带三园", "三园", "带三", "滨海新城两带", "5G-A", "Wi-Fi", "X.Y_Z", "ABC实验室", "提速"]

#: Pieces exercising every branch of search mode: ASCII compounds joined by ``. _ -`` (parts
#: with and without letters, one-character parts, leading/trailing connectors), other symbols
#: jieba keeps inside words (``+ # & %``), digits, full-width forms, dictionary words of 3+
#: characters with dictionary sub-words, cased non-Latin scripts (final sigma, dotted İ).
PIECES = [
    "abc-def",
    "ABC-Def",
    "WES-5.4.5",
    "v1.2.3",
    "1.2.3",
    "3.5",
    "12.5%",
    "50%",
    "a-b",
    "a.b.c.d",
    "a1-b2_c3.d4",
    "_a_",
    "-a",
    "a-",
    "--",
    "..",
    "__init__",
    "www.163.com",
    "e-mail",
    "COVID-19",
    "C++",
    "C#",
    "AT&T",
    "iPhone",
    "GDP",
    "5G",
    "A股",
    "a股",
    "T-恤",
    "X光",
    "ＡＢＣ－ｄｅｆ",
    "１２３．４５",
    "①②",
    "Ⅻ",
    "ﬁ",
    "ΑΣ",
    "ΣΑ",
    "İstanbul",
    "Straße",
    "é",
    "😀",
    "，",
    "。",
    "“",
    "”",
    "（",
    "）",
    "——",
    "、",
    " ",
    "\u3000",
    "\t",
    "\n",
    "\r\n",
    "'",
    "\\",
    "中华人民共和国",
    "南京市长江大桥",
    "中国科学院计算所",
    "营商环境",
    "八八战略",
    "两城两湖",
    "千万工程",
    "一号改革工程",
    "共同富裕示范区",
    "2024年3月5日",
    "一千二百三十四",
]


def _random_texts(count: int, terms: list[str], seed: int) -> list[str]:
    rng = random.Random(seed)
    texts = []
    for _ in range(count):
        parts = []
        for _ in range(rng.randint(1, 14)):
            r = rng.random()
            if r < 0.3:
                paragraph = rng.choice(PARAGRAPHS)
                start = rng.randrange(len(paragraph))
                parts.append(paragraph[start : start + rng.randint(1, 40)])
            elif r < 0.6:
                parts.append(rng.choice(PIECES))
            elif r < 0.8:
                parts.append(rng.choice(terms))
            elif r < 0.9:
                parts.append("".join(chr(rng.randrange(0x20, 0x250)) for _ in range(rng.randint(1, 6))))
            else:
                ranges = [(0x4E00, 0x9FFF), (0x3000, 0x3100), (0xFF00, 0xFFEF), (0x20000, 0x20100)]
                parts.append(
                    "".join(chr(rng.randrange(*rng.choice(ranges))) for _ in range(rng.randint(1, 6)))
                )
        texts.append("".join(parts))
    return texts


def _texts(terms: list[str]) -> list[str]:
    return (
        PARAGRAPHS
        + [h for h, _ in ARTICLES]
        + [b for _, b in ARTICLES]
        + PIECES
        + terms
        + ["".join(PIECES), " ".join(PIECES), "".join(terms)]
        + _random_texts(1500, terms, seed=20240725)
    )


def reference_search_tokens(seg: Segmenter, text: str) -> list[str]:
    """rjieba's ``cut_for_search`` of the normalised text, without tokens lacking a letter or digit,
    lower-cased if the text has upper-case letters."""
    text = normalize_text(text)
    tokens = [t for t in seg._engine.cut_for_search(text) if re.search(r"[^\W_]", t)]
    return [t.lower() for t in tokens] if text.lower() != text else tokens


def reference_keywords(seg: Segmenter, headline: str, body: str, limit: int = 10) -> list[tuple[str, float]]:
    """jieba.analyse-style TF-IDF over rjieba's tags, computed directly, on the text folded to
    simplified characters."""
    idf, median = idf_table()
    terms = set(seg.terms)
    freq: dict[str, float] = {}
    for text, weight in ((headline, HEADLINE_WEIGHT), (body, 1.0)):
        words = [w for w, f in seg._engine.tag(normalize_text(fold(text))) if f in NOUN_TAGS or w in terms]
        for word, count in Counter(words).items():
            eligible = (
                len(word.strip()) >= 2
                and word.lower() not in seg.stopwords
                and not re.fullmatch(r"[\d.,:%+\-/〇零一二三四五六七八九十百千万亿两]+", word)
            )
            if eligible:
                freq[word] = freq.get(word, 0.0) + count * weight
    if not freq:
        return []
    total = sum(freq.values())
    scores = {word: f * (idf.get(word, median) / total) for word, f in freq.items()}
    best = sorted(scores, key=scores.__getitem__, reverse=True)[:limit]
    return [(word, scores[word] / scores[best[0]]) for word in best]


@pytest.fixture(scope="module")
def seg() -> Segmenter:
    return Segmenter([*load_default_terms(), *EXTRA_TERMS], load_default_stopwords())


@pytest.fixture(scope="module")
def texts() -> list[str]:
    return _texts([*load_default_terms(), *EXTRA_TERMS])


def test_tag_segments_like_cut(seg, texts):
    """The derivation rests on this: rjieba's ``tag`` gives exactly ``cut``'s words."""
    for text in texts:
        text = normalize_text(text)
        assert [w for w, _ in seg._engine.tag(text)] == seg._engine.cut(text), text[:60]


def test_search_tokens_equal_rjieba_search_mode(seg, texts):
    for text in texts:
        assert seg.search_tokens(text) == reference_search_tokens(seg, text), text[:60]


def test_the_texts_exercise_every_part_of_search_mode(seg, texts):
    """Sub-words from the dictionary, from added terms and from ASCII compounds all occur."""
    cut = {w for text in texts for w in seg._engine.cut(normalize_text(text))}
    extra = Counter()
    for text in texts:
        words = Counter(seg._engine.cut(normalize_text(text)))
        extra.update(Counter(seg._engine.cut_for_search(normalize_text(text))) - words)
    assert {"营商", "环境", "长江", "大桥", "科学院"} <= set(extra)
    assert {"两带三园", "三园", "带三"} <= cut and {"三园", "带三"} <= set(extra)
    assert {"abc", "def", "WES", "mail", "COVID"} <= set(extra)
    assert any(t.isascii() and t.isalpha() and t != t.lower() for t in extra)


def test_document_and_query_word_literals_equal_rjieba_search_mode(seg):
    for headline, body in [*ARTICLES, *zip(PARAGRAPHS[::2], PARAGRAPHS[1::2], strict=False)]:
        expected = tsearch.word_vector(
            reference_search_tokens(seg, headline), reference_search_tokens(seg, body)
        )
        assert seg.document_vectors(headline, body)[0] == expected, headline
        assert seg.query_vectors(headline)[0] == tsearch.word_query(
            reference_search_tokens(seg, " ".join(normalize_text(headline).split()))
        )


def test_keywords_equal_a_direct_tf_idf(seg, texts):
    assert ("提速", "v") in seg.tag("建设提速") and seg.keywords("", "建设提速") == [("提速", 1.0)]
    for headline, body in ARTICLES:
        for limit in (1, 3, 10, 50):
            assert seg.keywords(headline, body, limit, twins=False) == reference_keywords(
                seg, headline, body, limit
            )
    for headline, body in zip(texts[::2], texts[1::2], strict=False):
        assert seg.keywords(headline, body, twins=False) == reference_keywords(seg, headline, body), headline[
            :40
        ]


def test_results_do_not_depend_on_what_the_memos_hold(monkeypatch, texts):
    """Per-word memos that keep starting over give the same tokens and tags."""
    terms, stopwords = [*load_default_terms(), *EXTRA_TERMS], load_default_stopwords()
    steady = Segmenter(terms, stopwords)
    monkeypatch.setattr(segmenter_module, "MEMO_LIMIT", 3)
    forgetful = Segmenter(terms, stopwords)
    forgetful._engine_instance = steady._engine
    sample = texts[::7]
    for headline, body in zip(sample[::2], sample[1::2], strict=False):
        assert forgetful.search_tokens(body) == steady.search_tokens(body)
        assert forgetful.document_vectors(headline, body) == steady.document_vectors(headline, body)
        assert forgetful.keywords(headline, body) == steady.keywords(headline, body)
    assert len(forgetful._compound_tokens) <= 3 and len(forgetful._tag_weights) <= 3
