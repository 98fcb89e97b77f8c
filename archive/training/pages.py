"""The rendered training and test pages: every corpus page laid out several ways, split by page."""

from __future__ import annotations

import hashlib
import random
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

from .corpus import Article, read_corpus
from .render import Layout, RenderedPage, render_page

FOLDS = 5
RENDERINGS = 8  # layouts drawn for each corpus page
SEED = 20261206


def fold_of(page: str) -> int:
    """A page's fold, from its name alone: the same page lands in the same fold on every machine."""
    return int(hashlib.sha256(page.encode()).hexdigest(), 16) % FOLDS


def corpus_pages(root: Path) -> dict[str, list[Article]]:
    pages: dict[str, list[Article]] = defaultdict(list)
    for art in read_corpus(root):
        pages[art.page].append(art)
    return dict(sorted(pages.items()))


def render_corpus(
    root: Path,
    renderings: int = RENDERINGS,
    seed: int = SEED,
    relaid: Callable[[Layout], Layout] | None = None,
) -> list[tuple[int, RenderedPage]]:
    """(fold, page) for every rendering of every corpus page; ``relaid``, when given, lays each
    page out again from the layout drawn for it (the same stories in the same order)."""
    out = []
    for page, articles in corpus_pages(root).items():
        date, _, folder = page.partition("/")
        number, _, page_name = folder.partition("-")
        for k in range(renderings):
            rng = random.Random(f"{seed}:{page}:{k}")
            order = list(articles)
            rng.shuffle(order)
            name = f"{date}_{number}_{k}.txt"
            layout = Layout.draw(rng).extracted(random.Random(f"{seed}:{page}:{k}:extracted"))
            if relaid is not None:
                layout = relaid(layout)
            rendered = render_page(
                name, order, layout, rng, page_number=int(number), page_name=page_name, date=date
            )
            out.append((fold_of(page), rendered))
    return out
