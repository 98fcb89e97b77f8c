"""Time the page parser (archive.parsing) on one core: the seed pages, a large page of many
stories, and a huge page printed without a blank line; the rules' cut alone beside the whole
parse (the cut and the line-role model's doubt), measured in the same run.

Run:  .venv/bin/python benchmarks/parse_bench.py [--repeat N]

Prints the best time of N runs for each page, so a rule whose cost grows faster than the page
(a regular expression that backtracks, a quadratic search) shows up here.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from archive.parsing import parse_page  # noqa: E402
from archive.parsing.page import parse as cut_by_rules  # noqa: E402

TEA = "清明前后，青山镇万亩茶园迎来采摘旺季，茶农们起早贪黑忙着采摘头茶。"
BRIDGE = "经过两年多建设，新安大桥于昨日正式建成通车，两岸群众出行时间由原来的四十分钟缩短到五分钟。"


def large_page(stories: int = 40) -> str:
    """A page of many short stories, each with its headline, lead-in and a broken paragraph."""
    blocks = []
    for k in range(stories):
        blocks += [
            f"青山镇第{k}批春茶开采 茶农喜迎丰收",
            "本报讯（记者王晓明 通讯员赵小燕）" + TEA,
            BRIDGE[:30],
            BRIDGE[30:],
        ]
    return "\n\n".join(blocks) + "\n"


def huge_page(repeats: int = 8000) -> str:
    """One story repeated into a page of about a megabyte with no blank line anywhere."""
    return ("本报讯（记者李红）" + BRIDGE + TEA) * repeats


def best_of(text: str, repeat: int, parse=parse_page) -> tuple[float, int]:
    best, articles = float("inf"), 0
    for _ in range(repeat):
        start = time.perf_counter()
        articles = len(parse(text).articles)
        best = min(best, time.perf_counter() - start)
    return best, articles


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--repeat", type=int, default=20)
    args = parser.parse_args()
    pages = [(path.name, path.read_text(encoding="utf-8")) for path in sorted((ROOT / "seeds").glob("*.txt"))]
    pages += [("large page (40 stories)", large_page()), ("huge page without blank lines", huge_page())]
    for name, text in pages:
        repeat = args.repeat if len(text) < 100_000 else max(1, args.repeat // 10)
        rules, _ = best_of(text, repeat, cut_by_rules)
        seconds, articles = best_of(text, repeat)
        print(
            f"{name:32} {len(text):9,} characters {articles:4} items  rules {rules * 1000:8.1f} ms"
            f"  with doubt {seconds * 1000:8.1f} ms  ({seconds / rules:.2f}x)"
        )


if __name__ == "__main__":
    main()
