"""Does the parser keep every word of the text?  The scorer checks where a story's text begins and
ends, never its middle: a row the parser took for one of the page's own lines (a prompt to scan
its code, a staff line, a rule) is lost from the middle unseen.

Every rendered corpus page (``train_line_roles``'s renderings) is cut by the rules, and each
paragraph of the corpus printed whole on the page is looked for in what the parse kept (headline
blocks, columns and text, compared without whitespace, full- and half-width alike).  A paragraph
not found whole lost a row or more, or was taken for a line that is no text: the script prints
how many, and each one, for a reader to tell a loss from a line rightly taken out (以上图片均为…
提供 is the pictures' credit; a row of dots parts sections).

Run:  .venv/bin/python benchmarks/text_kept.py [--corpus DIR] [--show N]
"""

from __future__ import annotations

import argparse
import re
import sys
import time
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from archive.parsing import parse_page  # noqa: E402
from archive.training import pages  # noqa: E402

_SPACE = re.compile(r"\s+")


def _plain(text: str | None) -> str:
    return _SPACE.sub("", unicodedata.normalize("NFKC", text or ""))


def _kept(parsed) -> str:
    return "".join(
        _plain(part)
        for art in parsed.articles
        for part in (art.kicker, art.title, art.subtitle, art.column, "".join(art.paragraphs))
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus" / "rmrb")
    parser.add_argument("--show", type=int, default=40, help="paragraphs lost to print (default 40)")
    args = parser.parse_args()
    if not args.corpus.is_dir():
        parser.error(f"no corpus at {args.corpus}")

    by_page = pages.corpus_pages(args.corpus)
    started = time.perf_counter()
    looked, lost = 0, []
    renderings = pages.render_corpus(args.corpus)
    for _fold, rendered in renderings:
        date, number, _k = rendered.name.removesuffix(".txt").split("_")
        printed = _plain(rendered.text)
        kept = _kept(parse_page(rendered.text))
        for page, articles in by_page.items():
            if not page.startswith(f"{date}/{number}"):
                continue
            for article in articles:
                for paragraph in article.paragraphs:
                    plain = _plain(paragraph)
                    if not plain or plain not in printed:
                        continue  # the rendering did not print it whole
                    looked += 1
                    if plain not in kept:
                        lost.append((rendered.name, paragraph))
    elapsed = time.perf_counter() - started
    print(
        f"{len(renderings)} renderings, {looked} paragraphs printed whole: "
        f"{len(lost)} not kept whole ({len(lost) / max(looked, 1):.4%}), {elapsed:.0f} s"
    )
    for name, paragraph in lost[: args.show]:
        print(f"  {name}  {paragraph[:70]}")


if __name__ == "__main__":
    main()
