"""The seed pages' text, for tests that need real newspaper prose without a database."""

from tests.support import SEED_FILES


def _seed_paragraphs() -> list[str]:
    paragraphs = []
    for path in SEED_FILES:
        paragraphs += [p.strip() for p in path.read_text(encoding="utf-8").splitlines() if p.strip()]
    return paragraphs


def _seed_articles() -> list[tuple[str, str]]:
    """(headline, body) per seed page: first non-empty line, then the rest."""
    articles = []
    for path in SEED_FILES:
        lines = [p.strip().lstrip("# ") for p in path.read_text(encoding="utf-8").splitlines() if p.strip()]
        articles.append((lines[0], "\n".join(lines[1:])))
    return articles


PARAGRAPHS = _seed_paragraphs()
ARTICLES = _seed_articles()
