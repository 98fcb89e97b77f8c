"""Training the line-role model (archive.training): the page renderer keeps the gold and a printed
role for every line, the corpus reads bylines as printed, printed roles are aligned to the lines the
parser reads, and the threshold is chosen within the false alarms allowed."""

import random
import re
from pathlib import Path

import pytest

from archive.parsing import read_page, roles
from archive.parsing.page import parse_items
from archive.training.corpus import caption_credit, credit_people, names, read_article
from archive.training.render import Layout, render_page
from archive.training.train import align, choose_threshold, example, flag
from tests.support.rendering import BRIDGE, articles, render


@pytest.mark.parametrize("paragraphs", ["blank", "newline", "indent", "wrap"])
def test_every_paragraph_layout_keeps_the_gold_and_a_role_for_every_printed_line(paragraphs):
    page = render(paragraphs=paragraphs, width=18)
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
    page = render(half_width=True)
    bridge = page.gold["articles"][0]
    assert "，" not in bridge["body_start"] and "," in page.text
    assert page.text.count(bridge["body_end"]) == 1


def test_bylines_in_each_place_name_the_same_reporters():
    for place, dateline in (("line", None), ("lead", "本报讯"), ("end", None)):
        page = render(byline=place)
        bridge = page.gold["articles"][0]
        assert bridge["dateline"] == dateline and bridge["reporters"] == ["李红", "周海"]
        lead = next(k for k, (_, role) in enumerate(page.lines) if role == roles.LEAD)
        named = [k for k, (text, _) in enumerate(page.lines) if "李红" in text.replace(" ", "")]
        where = {"line": named[0] < lead, "lead": named[0] == lead, "end": named[0] > lead}
        assert where[place], (place, page.lines)


def test_a_story_cut_for_another_page_says_where_it_goes_on():
    page = render(continued=True)
    cut = [item for item in page.gold["articles"] if item["continues_to"]]
    assert len(cut) == 1 and "下转第一版" in page.text


def test_captions_with_their_credit_before_after_or_beside():
    for place in ("after", "before", "same"):
        page = render(caption_credit=place)
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
    page = render(paragraphs="wrap", width=18, header=True)
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


def test_threshold_choice_keeps_false_alarms_in_bounds():
    figures = {
        0.1: {"queue_recall": 0.5, "false_alarms": 0.05},
        0.3: {"queue_recall": 0.8, "false_alarms": 0.12},
        0.5: {"queue_recall": 0.9, "false_alarms": 0.30},
    }
    assert choose_threshold(figures) == 0.3
    assert choose_threshold(figures, {0.3: {"false_alarms": 0.2}}) == 0.1
    # the real pages laid out again may hold a few more right items in the queue, not many more
    assert choose_threshold(figures, {0.3: {"false_alarms": 0.1}}, {0.3: {"false_alarms": 0.18}}) == 0.3
    assert choose_threshold(figures, {0.3: {"false_alarms": 0.1}}, {0.3: {"false_alarms": 0.25}}) == 0.1


def test_of_thresholds_that_flag_as_many_mistakes_the_highest_in_bounds_is_chosen():
    figures = {
        0.1: {"queue_recall": 0.5, "false_alarms": 0.05},
        0.3: {"queue_recall": 0.8, "false_alarms": 0.10},
        0.4: {"queue_recall": 0.8, "false_alarms": 0.12},
        0.5: {"queue_recall": 0.8, "false_alarms": 0.30},
    }
    assert choose_threshold(figures) == 0.4


def _article_file(tmp_path, *paragraphs: str, byline: str = "本报记者  李红") -> Path:
    folder = tmp_path / "2025-02-02" / "02-要闻"
    folder.mkdir(parents=True)
    path = folder / "新安大桥建成通车.md"
    text = "\n\n".join(
        ["# 新安大桥建成通车", f"> {byline}《人民日报》（2025年02月02日第 2 版）", *paragraphs]
    )
    path.write_text(f'---\ntitle: "新安大桥建成通车"\nsection: "第2版"\n---\n\n{text}\n', encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("closing", "people"),
    [
        ("（周海）", {"authors": ["周海"]}),
        ("（王  欣）", {"authors": ["王欣"]}),
        ("（周海、王欣参与采写）", {"reporters": ["周海", "王欣"]}),
        ("（本报记者周海整理）", {"reporters": ["周海"]}),
        ("（摘编自《青山日报》）", {}),
        ("（本报清溪5月9日电）", {}),
        ("本期统筹：陈  震", {}),
    ],
)
def test_what_the_collection_keeps_under_the_text_is_read_as_the_seeds_gold_reads_it(
    tmp_path, closing, people
):
    """A credit, a source, a dateline or a staff line the collection keeps as the last paragraph is
    not the story's text; the people a credit names are the story's."""
    path = _article_file(tmp_path, *BRIDGE, closing)
    art = read_article(path, tmp_path)
    assert art.paragraphs == BRIDGE and art.closing == closing and art.closing_people == people
    page = render_page(
        "p.txt", [art], Layout(), random.Random(1), page_number=2, page_name="要闻", date="2025-02-02"
    )
    (item,) = page.gold["articles"]
    assert item["body_end"] == BRIDGE[-1][-15:] and closing in page.text
    for role, names_ in people.items():
        assert set(names_) <= set(item[role])


@pytest.mark.parametrize("last", ["（作者为青山县委党校教授）", "（据了解，大桥由清溪路桥公司承建）"])
def test_a_note_that_is_no_credit_stays_the_last_paragraph(tmp_path, last):
    art = read_article(_article_file(tmp_path, *BRIDGE, last), tmp_path)
    assert art.paragraphs == [*BRIDGE, last] and art.closing is None


def test_a_charts_source_among_the_paragraphs_is_printed_but_is_no_text(tmp_path):
    source = "数据来源：清溪市统计局"
    art = read_article(_article_file(tmp_path, BRIDGE[0], source, *BRIDGE[1:]), tmp_path)
    assert art.paragraphs == BRIDGE and art.sources == [source]
    page = render_page(
        "p.txt", [art], Layout(), random.Random(1), page_number=2, page_name="要闻", date="2025-02-02"
    )
    assert (source, roles.FURNITURE) in page.lines


def test_a_closing_note_naming_its_source_and_its_writer_credits_the_writer(tmp_path):
    closing = "（案例来源：清溪市中级人民法院，本报记者周海整理）"
    art = read_article(_article_file(tmp_path, *BRIDGE, closing), tmp_path)
    assert art.paragraphs == BRIDGE and art.closing_people == {"reporters": ["周海"]}


def test_a_suppliers_credit_with_a_padded_name_is_read_as_a_picture_credit():
    assert caption_credit("刘  妍供图") == (True, [])


def test_the_rest_of_a_story_from_another_page_is_printed_and_read_under_its_title_alone():
    page = render(continuing=True)
    (rest,) = [item for item in page.gold["articles"] if item["continued_from"]]
    assert (rest["kicker"], rest["title"], rest["subtitle"]) == (None, "新安大桥建成通车", None)
    assert "两岸群众盼了多年" not in page.text


def test_editors_codes_and_prompts_to_scan_are_printed_as_the_pages_own_lines():
    pages = [
        render_page(
            "p.txt",
            articles(),
            Layout(codes=True),
            random.Random(seed),
            page_number=2,
            page_name="要闻",
            date="2025-02-02",
        )
        for seed in range(12)
    ]
    printed = [
        (text, role) for page in pages for text, role in page.lines if re.match(r"^[①-⑩]\d?$|扫", text)
    ]
    assert printed and all(role == roles.FURNITURE for _, role in printed)
    for page in pages:
        assert not any(re.search(r"[①-⑩]|扫", item["body_end"]) for item in page.gold["articles"])


def test_a_credit_for_a_group_of_pictures_is_read_as_naming_their_photographer():
    assert caption_credit("以上图片均为周海摄（人民视觉）") == (True, ["周海"])


def test_a_story_going_on_to_another_page_is_not_signed_at_the_end_of_this_part():
    page = render(byline="end", continued=True)
    (cut,) = [item for item in page.gold["articles"] if item["continues_to"]]
    assert cut["reporters"] == ["李红", "周海"]
    assert not re.search(r"（下转第.版）\s*[（(]", page.text)


@pytest.mark.parametrize("middle", ["（摘编自《青山日报》）", "清溪县青山镇  周  海"])
def test_a_file_holding_several_pieces_signed_or_sourced_in_its_middle_is_left_out(tmp_path, middle):
    assert read_article(_article_file(tmp_path, BRIDGE[0], middle, *BRIDGE[1:]), tmp_path) is None


def test_the_doubt_fit_learns_which_way_evidence_points_and_is_reproducible():
    from archive.training.doubt import fit

    evidence = [{"bias": 1.0, "cut_after": v} for v in (0.0, -0.1, -0.2, -3.0, -4.0, -5.0, -0.3, -4.5)]
    wrong = [False, False, False, True, True, True, True, False]
    first = fit(evidence, wrong)
    assert first.weights == fit(evidence, wrong).weights
    assert first.weights["cut_after"] < 0  # the less sure of the cut, the likelier wrong
    assert first.wrong({"bias": 1.0, "cut_after": -5.0}) > 0.5 > first.wrong({"bias": 1.0, "cut_after": 0.0})
    # an item weighted twice counts as two
    doubled = fit(evidence + evidence[:1], wrong + wrong[:1])
    assert doubled.weights == pytest.approx(fit(evidence, wrong, [2.0] + [1.0] * 7).weights)


def _scorer():
    """The scorer's two questions of an item, answered from the invented gold's keys."""
    from types import SimpleNamespace

    def matches(row, item):
        hit = row["body"].startswith(item["body_start"])
        return hit, hit and row["body"].endswith(item["body_end"])

    def exactly_right(row, item, tight):
        return tight and row["title"] == item["title"]

    return SimpleNamespace(matches=matches, exactly_right=exactly_right)


def test_rows_are_matched_to_the_gold_once_each_as_the_scorer_matches_them():
    from archive.training.train import queue_figures, right_items, rightness

    gold = {
        "articles": [
            {"title": "甲", "body_start": "一", "body_end": "二"},
            {"title": "乙", "body_start": "三", "body_end": "四"},
        ]
    }
    rows = [
        {"source": "p", "title": "甲", "body": "一二", "confidence": 0.9, "warnings": []},
        {"source": "p", "title": "甲", "body": "一二", "confidence": 0.2, "warnings": []},  # a copy
        {"source": "p", "title": "丙", "body": "三四", "confidence": 0.4, "warnings": []},  # wrong title
        {"source": "q", "title": "丁", "body": "五", "confidence": 0.1, "warnings": []},  # no gold
    ]
    assert right_items(rows[:3], gold, _scorer()) == [True, False, False]
    right = rightness(rows, {"p": gold}, _scorer())
    assert right == [True, False, False, None]
    assert queue_figures(rows, right, 0.3) == {
        "queue_recall": 0.5,
        "false_alarms": 0.0,
        "wrong_unflagged": 0.333,
    }
    assert queue_figures(rows, right, 0.95) == {
        "queue_recall": 1.0,
        "false_alarms": 1.0,
        "wrong_unflagged": 0.0,
    }


def test_no_page_is_judged_by_a_model_or_a_doubt_that_saw_its_fold(tmp_path, monkeypatch):
    from archive.training import train

    trained: dict[str, set[int]] = {}
    fitted: dict[int, set[str]] = {}
    judged: list[tuple[str, str, int]] = []
    real_train, real_fit, real_parse = train.train, train.fit_doubt, train.parsed_items

    def recording_train(examples, path):
        trained[str(path)] = {ex.fold for ex in examples}
        real_train(examples, path)

    alive = []  # every doubt fitted, kept so that no id is reused for another one

    def recording_fit(inner):
        item_doubt = real_fit(inner)
        alive.append(item_doubt)
        fitted[id(item_doubt)] = set(inner.sources)
        return item_doubt

    def recording_parse(page, reading, keep=None):
        judged.append((page.name, str(reading.path), id(reading.doubt) if reading.doubt else 0))
        return real_parse(page, reading, keep)

    monkeypatch.setattr(train, "train", recording_train)
    monkeypatch.setattr(train, "fit_doubt", recording_fit)
    monkeypatch.setattr(train, "parsed_items", recording_parse)
    pages = []
    for k, knobs in enumerate(
        (
            {},
            {"byline": "end"},
            {"paragraphs": "wrap", "width": 18},
            {"caption_credit": "before"},
            {"header": True},
            {},
        )
    ):
        page = render(**knobs)
        page.name = f"p{k}.txt"
        page.gold = dict(page.gold, file=page.name)
        pages.append((k % 3, page))
    fold = {page.name: f for f, page in pages}
    relaid = render(paragraphs="wrap", width=18)
    relaid.name, relaid.lines = "relaid.txt", []
    relaid.gold = dict(relaid.gold, file=relaid.name)
    fold[relaid.name] = 1
    held_out = train.cross_validate(pages, 3, str(tmp_path), scorer=_scorer(), measured=[(1, relaid)])
    assert {row["source"] for row in held_out[None].rows} == set(fold)
    # a page only measured is judged, and never learnt from
    assert relaid.name not in held_out[None].judged.sources
    assert not any(relaid.name in sources for sources in fitted.values())
    outer = [(name, path, doubt) for name, path, doubt in judged if doubt]
    assert len(outer) == len(fold)  # each page judged once with a doubt, by models without its fold
    for name, path, _ in judged:
        assert fold[name] not in trained[path]
    for name, _, doubt in outer:
        assert fitted[doubt] and not {fold[source] for source in fitted[doubt]} & {fold[name]}


def test_a_real_page_laid_out_again_keeps_its_text_and_loses_its_blank_lines():
    from archive.training.render import relay

    text = "# 新安大桥建成通车\n\n本报记者 李红\n\n" + "\n\n".join(BRIDGE) + "\n"
    plain, newline, wrapped = (relay(text, how, width=18) for how in ("plain", "newline", "wrap"))
    assert plain.startswith("新安大桥建成通车\n\n") and "#" not in plain
    assert "\n\n" not in newline and newline.splitlines()[:2] == ["新安大桥建成通车", "本报记者 李红"]
    assert "\n\n" not in wrapped and max(len(line) for line in wrapped.splitlines()) <= 19
    assert len(wrapped.splitlines()) > len(newline.splitlines())
    for laid in (plain, newline, wrapped):
        assert "".join(laid.split()) == "".join(text.replace("#", "").split())


def test_headlines_set_in_from_the_column_are_printed_indented_and_read_as_headlines():
    headline = {roles.COLUMN, roles.KICKER, roles.TITLE, roles.SUBTITLE}
    page = render(indented_heads=True, paragraphs="indent")
    heads = [text for text, role in page.lines if role in headline]
    assert heads and all(text.startswith("\u3000" * 4) for text in heads)
    assert not any(text.startswith("\u3000" * 4) for text, role in page.lines if role not in headline)
    stories = [a for a in read_page(page.text).articles if a.kind == "article"]
    gold = [item for item in page.gold["articles"] if item["kind"] == "article"]
    assert [(a.kicker, a.title) for a in stories] == [(item["kicker"], item["title"]) for item in gold]


def test_a_story_going_on_to_another_page_breaks_off_in_its_text_not_under_a_subhead():
    arts = articles()
    arts[0].subheads = [1]  # the second paragraph heads a section
    for seed in range(20):
        page = render_page(
            "p.txt",
            arts,
            Layout(continued=True),
            random.Random(seed),
            page_number=2,
            page_name="要闻",
            date="2025-02-02",
        )
        marker = next(k for k, (text, _) in enumerate(page.lines) if "下转" in text)
        above = page.lines[marker - 1] if page.lines[marker][1] == roles.MARKER else page.lines[marker]
        assert above[1] != roles.SUBHEAD and not above[0].startswith(BRIDGE[1][:8])


def test_the_measured_queue_holds_what_the_rules_flag_whatever_the_doubt_says():
    rows = [
        {"confidence": 0.99, "warnings": ["low_confidence"]},  # the rules': a name alone in the text
        {"confidence": 0.99, "warnings": []},
        {"confidence": 0.2, "warnings": []},
    ]
    assert [row["doubtful"] for row in flag(rows, 0.9)] == [True, False, True]


def test_a_kicker_and_title_printed_on_one_line_are_the_gold_s_title_and_read_as_one():
    page = render(one_line_heads=True)
    bridge = page.gold["articles"][0]
    assert bridge["kicker"] is None and bridge["title"] == "两岸群众盼了多年 新安大桥建成通车"
    assert ("两岸群众盼了多年 新安大桥建成通车", roles.TITLE) in page.lines
    story = read_page(page.text).articles[0]
    assert (story.headline, story.reporters) == ("两岸群众盼了多年 新安大桥建成通车", ["李红", "周海"])


@pytest.mark.parametrize("paragraphs", ["blank", "newline"])
def test_a_column_break_parts_a_paragraph_inside_a_sentence_and_the_rest_goes_on_as_text(paragraphs):
    broken = set()
    for seed in range(30):
        page = render_page(
            "p.txt",
            articles(),
            Layout(paragraphs=paragraphs, column_breaks=True),
            random.Random(seed),
            page_number=2,
            page_name="要闻",
            date="2025-02-02",
        )
        printed = [text for text, _ in page.lines]
        assert (
            "".join(printed).count(BRIDGE[1]) == 1 or BRIDGE[1] not in printed
        )  # every character printed once
        for k, (text, role) in enumerate(page.lines[1:], start=1):
            if role == roles.BODY and page.lines[k - 1][1] in (roles.LEAD, roles.BODY):
                above = page.lines[k - 1][0]
                if not above.endswith(("。", "”", "！", "？")):
                    broken.add(seed)  # the paragraph above ends inside a sentence: a column broke it
                    assert not text.startswith(("，", "。", "、"))
        stories = [a for a in read_page(page.text).articles if a.kind == "article"]
        assert "".join(stories[0].paragraphs) == "".join(BRIDGE)  # the parser joins the parts again
    assert broken  # some pages break a paragraph, not every page every paragraph
    assert len(broken) < 30


def test_a_page_printed_flush_drops_every_indent_and_keeps_its_text_and_gold():
    indented, flush = render(paragraphs="wrap", width=16), render(paragraphs="wrap", width=16, flush=True)
    assert not any(line.startswith("\u3000") for line in flush.text.splitlines())
    assert flush.text.replace("\u3000", "") == indented.text.replace("\u3000", "")
    assert flush.gold == indented.gold
    # the column's rows as they were, a paragraph's first row short by the indent it lost
    assert len(flush.text.splitlines()) == len(indented.text.splitlines())
    # and the parser still reads the stories the gold holds
    stories = [a for a in read_page(flush.text).articles if a.kind == "article"]
    assert [a.title for a in stories] == ["新安大桥建成通车", "年货市场供应充足"]


@pytest.mark.parametrize("indented_heads", [False, True])
def test_headlines_wrapped_in_a_narrow_column_are_printed_row_by_row_each_row_a_headline_line(indented_heads):
    page = render(paragraphs="wrap", width=6, wrapped_heads=True, indented_heads=indented_heads)
    heads = [text for text, role in page.lines if role == roles.TITLE]
    set_in = "\u3000" * 4 if indented_heads else ""
    assert len(heads) > 2 and all(text.startswith(set_in) for text in heads)
    assert "".join(text.removeprefix(set_in) for text in heads) == "新安大桥建成通车年货市场供应充足"
    assert page.gold["articles"][0]["title"] == "新安大桥建成通车"


def test_a_wrapped_row_never_ends_on_an_opening_mark():
    from archive.training.render import _wrap

    rows = _wrap("为什么“冬吃萝卜夏吃姜”（文化中国行）", 6)
    assert "".join(rows) == "为什么“冬吃萝卜夏吃姜”（文化中国行）"
    assert not any(row.endswith(("“", "（")) for row in rows)


def test_the_extraction_traits_are_drawn_apart_and_only_for_hard_wrapped_pages():
    layout = Layout(paragraphs="indent")
    assert layout.extracted(random.Random(1)) == layout
    drawn = [Layout(paragraphs="wrap").extracted(random.Random(k)) for k in range(200)]
    assert 0.2 < sum(d.flush for d in drawn) / 200 < 0.5
    assert 0.2 < sum(d.wrapped_heads for d in drawn) / 200 < 0.5
    assert {d.width for d in drawn} >= {12, 22}
