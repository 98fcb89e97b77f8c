"""The seed pages (real pages of three papers) laid out again as other extractions print them —
without blank lines, hard-wrapped to a column width — are cut as they are as printed: the same
items, headlines, texts and credits."""

import pytest

from archive.parsing import parse_page
from archive.training.render import relay
from tests.support import SEED_FILES


def _cut(text: str) -> list[tuple]:
    return [
        (
            art.kind,
            "".join(art.headline.split()),
            "".join("".join(art.paragraphs).split()),
            art.reporters,
            art.correspondents,
            art.photographers,
        )
        for art in parse_page(text).articles
    ]


@pytest.mark.parametrize("path", SEED_FILES, ids=lambda path: path.name[:3])
@pytest.mark.parametrize(
    ("how", "width"), [("plain", 24), ("newline", 24), ("wrap", 18), ("wrap", 24), ("wrap", 26), ("wrap", 34)]
)
def test_a_seed_page_laid_out_again_is_cut_as_printed(path, how, width):
    text = path.read_text(encoding="utf-8")
    assert _cut(relay(text, how, width)) == _cut(text)


@pytest.mark.parametrize("path", SEED_FILES, ids=lambda path: path.name[:3])
@pytest.mark.parametrize("line_end", ["\n\n", "\r\r\n"])
def test_a_seed_page_hard_wrapped_with_every_row_set_apart_is_cut_as_printed(path, line_end):
    # an extraction that spaces its rows, or line ends converted twice: a blank line after each row
    text = path.read_text(encoding="utf-8")
    assert _cut(relay(text, "wrap", 24).replace("\n", line_end)) == _cut(text)
