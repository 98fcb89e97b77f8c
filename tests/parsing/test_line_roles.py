"""The line-role model: the page renderer it learns from, the alignment of printed roles to the
lines the parser reads, the shipped model, and the doubt it casts on items."""

import random
import re

import pytest

from archive.parsing import LOW_CONFIDENCE, line_roles, parse_page, read_page, roles
from archive.parsing.page import parse_items
from archive.review_reasons import label, review_reasons
from archive.training.corpus import Caption, credit_people, names
from archive.training.render import Layout, render_page
from archive.training.train import align, choose_threshold, example

# Small invented articles: the corpus stays outside the project.
BRIDGE = [
    "新安大桥昨日正式建成通车，大桥全长一千二百米，连接两岸四个乡镇，通车后两地车程由一小时缩短至十分钟。",
    "市民纷纷前来参观，不少人带着孩子在桥头合影留念，桥下的老渡口也将改建为滨江公园。",
    "据介绍，大桥建设历时三年，采用了多项新工艺，桥面设有非机动车道和观景平台。",
    "市交通部门表示，下一步将加快周边道路配套建设，让大桥尽快发挥效益。",
]
MARKET = [
    "春节临近，城区各大农贸市场人气渐旺，蔬菜、水果、肉类等年货供应充足，价格总体平稳。",
    "记者在城东农贸市场看到，摊位前挤满了选购年货的市民，摊主们忙着称重、找零。",
    "市市场监管局相关负责人介绍，节日期间将加强巡查，确保市民买得放心、吃得安心。",
]


def _articles():
    from archive.training.corpus import Article

    bridge = Article(
        key="p/1.md",
        page="p",
        title="新安大桥建成通车",
        kicker="两岸群众盼了多年",
        reporters=["李红", "周海"],
    )
    bridge.paragraphs = list(BRIDGE)
    bridge.captions = [Caption("新安大桥夜景。", "周海摄", ["周海"])]
    market = Article(key="p/2.md", page="p", title="年货市场供应充足", authors=["王立新"])
    market.paragraphs = list(MARKET)
    return [bridge, market]


def _render(**knobs):
    layout = Layout(**knobs)
    return render_page(
        "p.txt", _articles(), layout, random.Random(1), page_number=2, page_name="要闻", date="2025-02-02"
    )


@pytest.mark.parametrize("paragraphs", ["blank", "newline", "indent", "wrap"])
def test_every_paragraph_layout_keeps_the_gold_and_a_role_for_every_printed_line(paragraphs):
    page = _render(paragraphs=paragraphs, width=18)
    printed = [line for line in page.text.splitlines() if line.strip()]
    assert [text for text, _ in page.lines] == printed
    kinds = [item["kind"] for item in page.gold["articles"]]
    assert kinds.count("article") == 2 and kinds.count("photo") == 1
    bridge = page.gold["articles"][0]
    assert bridge["title"] == "新安大桥建成通车" and bridge["kicker"] == "两岸群众盼了多年"
    assert bridge["reporters"] == ["李红", "周海"]
    if paragraphs == "wrap":
        assert "" not in page.text.strip().splitlines()[2:]  # no blank line inside the stories
        assert all(len(line.strip("\u3000")) <= 18 + 1 for line in printed if "大桥" in line)
        assert not any(
            re.match("[，。、；：”）]", line) for line in printed
        )  # no line opens with a closing mark
    else:
        assert BRIDGE[1] in page.text


def test_half_width_pages_keep_their_gold_in_the_printed_punctuation():
    page = _render(half_width=True)
    bridge = page.gold["articles"][0]
    assert "，" not in bridge["body_start"] and "," in page.text
    assert page.text.count(bridge["body_end"]) == 1


def test_bylines_in_each_place_name_the_same_reporters():
    for place, dateline in (("line", None), ("lead", "本报讯"), ("end", None)):
        page = _render(byline=place)
        bridge = page.gold["articles"][0]
        assert bridge["dateline"] == dateline and bridge["reporters"] == ["李红", "周海"]
        lead = next(k for k, (_, role) in enumerate(page.lines) if role == roles.LEAD)
        named = [k for k, (text, _) in enumerate(page.lines) if "李红" in text.replace(" ", "")]
        where = {"line": named[0] < lead, "lead": named[0] == lead, "end": named[0] > lead}
        assert where[place], (place, page.lines)


def test_a_story_cut_for_another_page_says_where_it_goes_on():
    page = _render(continued=True)
    cut = [item for item in page.gold["articles"] if item["continues_to"]]
    assert len(cut) == 1 and "下转第一版" in page.text


def test_captions_with_their_credit_before_after_or_beside():
    for place in ("after", "before", "same"):
        page = _render(caption_credit=place)
        photo = next(item for item in page.gold["articles"] if item["kind"] == "photo")
        assert photo["photographers"] == ["周海"] and photo["body_start"].startswith("新安大桥夜景")
        roles_printed = [role for _, role in page.lines]
        assert roles.CAPTION_START in roles_printed


def test_corpus_bylines_are_read_as_printed():
    assert names("李中文  刘军国") == ["李中文", "刘军国"]
    assert names("朱思雄  张  驰") == ["朱思雄", "张驰"]
    assert credit_people("本报记者  张  驰  通讯员  王五") == {
        "reporters": ["张驰"],
        "correspondents": ["王五"],
        "authors": [],
    }
    assert credit_people("白真智")["authors"] == ["白真智"]


def test_printed_roles_follow_the_lines_the_parser_joins():
    page = _render(paragraphs="wrap", width=18, header=True)
    ex = example(0, page)
    assert len(ex.yseq) == len(ex.xseq)
    assert ex.yseq.count(roles.TITLE) == 2  # two headlines, each on its line
    assert roles.LEAD in ex.yseq and roles.CREDIT in ex.yseq


def test_align_skips_lines_the_parser_took_as_furniture():
    printed = [
        ("第02版：要闻", roles.FURNITURE),
        ("新安大桥建成通车", roles.TITLE),
        ("大桥通车了。", roles.LEAD),
    ]
    lines = parse_items("第02版：要闻\n\n新安大桥建成通车\n\n大桥通车了。\n")[1]
    assert align(printed, lines) == [roles.TITLE, roles.LEAD]


def test_the_shipped_model_loads_and_knows_every_role():
    role_model = line_roles.model()
    assert role_model is not None
    assert set(role_model.labels) <= set(roles.ALL)
    assert {roles.TITLE, roles.LEAD, roles.BODY, roles.BYLINE, roles.CAPTION_START} <= role_model.labels
    assert 0.0 < line_roles.threshold() < 1.0


def _page():
    page = _render()
    return page.text


def test_every_item_gets_a_confidence_and_a_clean_page_raises_no_doubt():
    parsed = parse_page(_page())
    assert parsed.articles
    for art in parsed.articles:
        assert art.confidence is not None and 0.0 <= art.confidence <= 1.0
    assert not any(art.doubtful for art in parsed.articles)


def test_the_threshold_decides_what_goes_to_the_queue():
    page = read_page(_page(), line_roles.model(), threshold=1.01)
    assert all(LOW_CONFIDENCE in art.warnings and art.doubtful for art in page.articles)
    page = read_page(_page(), line_roles.model(), threshold=0.0)
    assert not any(LOW_CONFIDENCE in art.warnings for art in page.articles)
    assert review_reasons([LOW_CONFIDENCE]) == [LOW_CONFIDENCE]
    assert label(LOW_CONFIDENCE) == "切分、标题或署名可能有误"


def test_a_story_run_into_the_next_is_doubted():
    # two stories with no blank line and no byline between them: the rules join them
    text = "新安大桥建成通车\n" + "".join(BRIDGE) + "\n年货市场供应充足\n" + "".join(MARKET) + "\n"
    parsed = parse_page(text)
    joined = [art for art in parsed.articles if "年货" in art.body and "大桥" in art.body]
    assert all(art.doubtful for art in joined)


def test_threshold_choice_keeps_false_alarms_in_bounds():
    figures = {
        0.1: {"queue_recall": 0.5, "false_alarms": 0.05},
        0.3: {"queue_recall": 0.8, "false_alarms": 0.12},
        0.5: {"queue_recall": 0.9, "false_alarms": 0.30},
    }
    assert choose_threshold(figures) == 0.3
    assert choose_threshold(figures, {0.3: {"false_alarms": 0.2}}) == 0.1


def _cut(text, relabel=None):
    from archive.parsing import model
    from archive.parsing.learned_cut import cut_by_roles
    from archive.parsing.page import cut, read_lines

    lines = read_lines(text, model.ParsedPage(articles=[]))
    items = cut(lines)
    labels = line_roles.rule_roles(lines, items)
    if relabel:
        labels = [relabel.get(line.text, role) for line, role in zip(lines, labels, strict=True)]
    return lines, cut_by_roles(lines, labels, items)


def test_cutting_by_the_rules_own_roles_gives_the_rules_cut():
    text = _page()
    by_rules = parse_items(text)[0].articles
    from archive.parsing.page import photo_article, story_article

    _, items = _cut(text)
    by_roles = [photo_article(it) if hasattr(it, "first") else story_article(it) for it in items]
    assert [(a.kind, a.title, a.body, a.reporters, a.photographers) for a in by_roles] == [
        (a.kind, a.title, a.body, a.reporters, a.photographers) for a in by_rules
    ]


def test_a_headline_the_model_reads_as_text_carries_the_story_on():
    text = (
        "新安大桥建成通车\n\n本报讯（记者 李红）" + BRIDGE[0] + "\n\n年货市场供应充足\n\n" + MARKET[0] + "\n"
    )
    _, items = _cut(text, {"年货市场供应充足": roles.SUBHEAD, MARKET[0]: roles.BODY})
    stories = [it for it in items if not hasattr(it, "first")]
    assert len(stories) == 1
    assert [p.text for p in stories[0].pieces][-1] == MARKET[0]
    assert stories[0].credits.reporters == ["李红"]


def test_a_caption_the_model_reads_stands_as_a_picture_with_its_credit():
    text = "新安大桥建成通车\n\n本报讯（记者 李红）" + BRIDGE[0] + "\n\n大桥夜景流光溢彩。\n\n周海摄\n"
    _, items = _cut(text, {"大桥夜景流光溢彩。": roles.CAPTION_START, "周海摄": roles.CREDIT})
    pictures = [it for it in items if hasattr(it, "first")]
    assert len(pictures) == 1
    assert pictures[0].caption == "大桥夜景流光溢彩。" and pictures[0].credits.photographers == ["周海"]
