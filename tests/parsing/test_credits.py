"""Credits as printed, on small pages written for these tests (plain Python, no database)."""

from archive.parsing import parse_page
from archive.parsing.credits import printed_credits

DIGEST = """城市更新座谈发言摘要

编者按：昨天上午，全市城市更新工作座谈会召开，三位区委书记交流了做法。本报今日刊登发言摘要。

## 让老城区焕发新活力

东城区委书记 王建国

老城区改造要坚持留改拆并举，今年完成改造小区四十个，惠及居民两万户，群众满意度持续提升。

下一步，我们将继续推进加装电梯和停车设施建设，让居民生活更方便。

## 以项目建设带动城市更新

西城区委书记 李明华

我们把城市更新和产业升级结合起来，全年实施更新项目二十个，总投资八十亿元，带动就业五千人。

（本报记者 赵小燕 整理）

市民在新建成的滨江公园散步休闲。市园林局供图
"""

COLUMN = """书记谈发展

# 以项目建设带动城市更新

中共某市东城区委书记 王建国

老城区改造要坚持留改拆并举，今年完成改造小区四十个，惠及居民两万户，群众满意度持续提升。

西城

# 把城市更新和产业升级结合起来

中共某市西城区委书记 李明华

我们把城市更新和产业升级结合起来，全年实施更新项目二十个，总投资八十亿元，带动就业五千人。
"""


def credits(text):
    found = printed_credits(parse_page(text), text)
    return [[(c.role, c.name, c.office, c.unit) for c in item.credits] for item in found], found


def test_offices_a_closing_compiler_and_pictures_by_an_organisation():
    rows, _ = credits(DIGEST)
    assert rows == [
        [("compiler", "赵小燕", "", "")],
        [("author", "王建国", "东城区委书记", ""), ("compiler", "赵小燕", "", "")],
        [("author", "李明华", "西城区委书记", ""), ("compiler", "赵小燕", "", "")],
        [("pictures", "市园林局", "", "")],
    ]


def test_a_label_naming_the_authors_unit_is_the_credits_unit_not_a_column():
    rows, found = credits(COLUMN)
    assert rows[1] == [("author", "李明华", "中共某市西城区委书记", "西城")]
    assert [item.column for item in found] == ["书记谈发展", "书记谈发展"]
