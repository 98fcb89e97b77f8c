"""Parse every seed page and print one JSON line per article, in the importer's dry-run format.

    python scripts/score_parser.py [seeds/*.txt] > parsed.jsonl
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from archive.parsing import parse_page  # noqa: E402


def main(argv: list[str]) -> int:
    paths = [Path(p) for p in argv] or sorted(Path(__file__).resolve().parent.parent.glob("seeds/*.txt"))
    for path in paths:
        page = parse_page(path.read_text(encoding="utf-8", errors="replace"))
        for article in page.articles:
            row = article.as_json(path.name)
            print(json.dumps(row, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
