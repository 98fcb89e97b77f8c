"""A note in brackets closing a piece ends its text: what comes under it is no tail of its paragraph."""

import pytest

from archive.parsing.lines import enclosed
from tests.support.pages import parse

REVIEW_1 = "这部书写的是县里几座老藏书楼的故事，作者走访了十多位后人，记下了书楼几经风雨的经过。"
REVIEW_2 = "书楼里的典籍一代代传下来，靠的是一代代人的守护，这份守护本身就是一部文化史。"
BOOK = "（《青山书楼记》：王晓明著；青山出版社出版）"
SECOND = "这本书讲工业与城市的关系，从老厂房写到新园区，读来很有意思。书中的材料多来自县档案馆。"


@pytest.mark.parametrize("sep", ["\n", "\n\n"])
@pytest.mark.parametrize("writer", [[], ["库桂生"]])
def test_a_note_on_the_book_closing_a_review_ends_it_over_the_next_headline(sep, writer):
    parsed = parse(
        "书楼里的文化守护（书里书外）",
        "李红",
        REVIEW_1,
        REVIEW_2,
        BOOK,
        "《城与厂》——",
        "工业如何改变一座县城（序与跋）",
        *writer,
        SECOND,
        sep=sep,
    )
    first, second = parsed.articles
    assert (first.authors, first.paragraphs) == (["李红"], [REVIEW_1, REVIEW_2, BOOK])
    assert (second.kicker, second.title, second.paragraphs) == (
        "《城与厂》——",
        "工业如何改变一座县城（序与跋）",
        [SECOND],
    )


@pytest.mark.parametrize(
    "row", ["（《青山书楼记》：王晓明著；", "（本报记者 李红）据悉，大桥下月通车（下转第二版）"]
)
def test_a_row_only_opening_or_only_closing_with_a_bracket_is_no_whole_note(row):
    assert not enclosed(row)
    assert enclosed(BOOK) and enclosed("（作者为青山县文联主席（退休））")
