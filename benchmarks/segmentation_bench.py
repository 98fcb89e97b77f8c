"""Throughput of Chinese segmentation on newspaper-like articles, one core.

Builds ~2,000 articles of ~1,500 characters by recombining the paragraphs of the seed pages
(fixed random seed), then times:

  (a) pure-Python jieba: cut_for_search + jieba.analyse TF-IDF top-10 with a noun POS filter;
  (b) archive.segmentation.Segmenter: search_tokens + document_vectors + keywords.

Run:  .venv/bin/python benchmarks/segmentation_bench.py [--articles N] [--jieba-articles N]
"""

from __future__ import annotations

import argparse
import random
import sys
import time
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from archive.segmentation import (  # noqa: E402
    NOUN_TAGS,
    Segmenter,
    import_jieba,
    load_default_stopwords,
    load_default_terms,
)

ARTICLE_CHARS = 1500


def make_articles(count: int, seed: int = 1) -> list[tuple[str, str]]:
    paragraphs = []
    for path in sorted((ROOT / "seeds").glob("*.txt")):
        paragraphs += [
            p.strip().lstrip("# ") for p in path.read_text(encoding="utf-8").splitlines() if p.strip()
        ]
    headlines = [p for p in paragraphs if 6 <= len(p) <= 40]
    bodies = [p for p in paragraphs if len(p) > 40]
    rng = random.Random(seed)
    articles = []
    for _ in range(count):
        parts: list[str] = []
        size = 0
        while size < ARTICLE_CHARS:
            part = rng.choice(bodies)
            parts.append(part)
            size += len(part) + 1
        articles.append((rng.choice(headlines), "\n".join(parts)[:ARTICLE_CHARS]))
    return articles


def bench_jieba(articles: list[tuple[str, str]]) -> float:
    jieba = import_jieba()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ResourceWarning)
        tfidf = jieba.analyse.TFIDF()
    for term in load_default_terms():
        jieba.add_word(term, None, "nz")
    tfidf.stop_words |= {w.lower() for w in load_default_stopwords()}
    allow = tuple(NOUN_TAGS)
    jieba.lcut_for_search("预热")
    list(jieba.posseg.cut("预热"))
    start = time.perf_counter()
    for headline, body in articles:
        text = headline + "\n" + body
        list(jieba.cut_for_search(text))
        tfidf.extract_tags(text, topK=10, allowPOS=allow)
    return len(articles) / (time.perf_counter() - start)


def bench_segmenter(articles: list[tuple[str, str]]) -> float:
    seg = Segmenter(load_default_terms(), load_default_stopwords())
    seg.keywords("预热", "预热")
    start = time.perf_counter()
    for headline, body in articles:
        seg.search_tokens(body)
        seg.document_vectors(headline, body)
        seg.keywords(headline, body)
    return len(articles) / (time.perf_counter() - start)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--jieba-articles", type=int, default=300, help="pure jieba is slow: time a subset")
    args = parser.parse_args()
    articles = make_articles(args.articles)
    chars = sum(len(h) + len(b) for h, b in articles) / len(articles)
    print(f"{len(articles)} articles, {chars:.0f} characters on average, one core")
    rate = bench_segmenter(articles)
    print(f"(b) Segmenter search_tokens + document_vectors + keywords: {rate:8.0f} articles/s")
    jieba_rate = bench_jieba(articles[: args.jieba_articles])
    print(f"(a) jieba cut_for_search + TF-IDF top-10 (POS filter):       {jieba_rate:8.0f} articles/s")


if __name__ == "__main__":
    main()
