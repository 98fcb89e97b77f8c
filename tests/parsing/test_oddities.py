"""Shapes of an item's fields no right cut gives put it in the queue, whatever the doubt says."""

import pytest

from archive.parsing import add_warnings, model, parse_page
from archive.parsing.model import ParsedArticle
from archive.parsing.oddities import oddities
from archive.review_reasons import label
from tests.support.pages import page

BRIDGE = "经过两年多建设，新安大桥于昨日正式建成通车，两岸群众出行时间由原来的四十分钟缩短到五分钟。"
TEA = "清明前后，青山镇万亩茶园迎来采摘旺季，茶农们起早贪黑忙着采摘头茶。"


def found(**fields):
    fields = {
        "kind": "article",
        "kicker": None,
        "title": "新安大桥建成通车",
        "subtitle": None,
        "people": ["李红"],
        "body": BRIDGE,
    } | fields
    return oddities(**fields)


def test_an_item_cut_right_shows_none():
    assert found() == []
    assert found(people=["阿卜杜勒·克里木", "欧阳明明", "John"], kicker="“一号工程”｜交通篇") == []


@pytest.mark.parametrize(
    "headline",
    [
        {"kicker": "新华社记者 王晓明摄"},
        {"kicker": "周海 摄（人民视觉）"},
        {"title": "本报记者 陈峰"},
        {"subtitle": "县交通运输局供图"},
        {"title": "图为新安大桥通车当天，车辆往来穿梭"},
        {"title": "王晓明、李红"},
        {"subtitle": "县委书记 王晓明"},
        {"title": "陈晓红绘"},
        {"title": "王  明 绘（新华社发）"},
        {"kicker": "03版 城东小学新校舍启用 05版 古城夜市人气旺"},  # the page's index of other pages
        {"kicker": "清 溪 日 报 一九五六年三月八日 星期四 新安大桥建成通车"},  # the masthead's date
        {"kicker": "2025年3月5日 星期三"},
        {"kicker": "（本报记者）"},  # the staff signing the piece above
        {"kicker": "作者系青山中学教师"},  # a note on the author of the piece above
        {"kicker": "（作者单位：青山县社科院）"},
    ],
)
def test_a_credit_taken_for_a_headline(headline):
    assert found(**headline) == [model.NOT_A_HEADLINE]


@pytest.mark.parametrize("title", ["1. 新安大桥建成通车", "（2）城东小学新校舍启用", "三、古城夜市人气旺"])
def test_a_list_s_numbered_entry_taken_for_a_headline(title):
    # numbered briefs with nothing over them, cut into one story under the first one's title
    assert found(title=title) == [model.NOT_A_HEADLINE]


@pytest.mark.parametrize(
    "title",
    ["一把手谈", "三星堆又上新", "2025年全市经济运行良好", "12345热线办实事", "《名录（2025年版）》发布"],
)
def test_a_headline_opening_on_a_number_is_no_list_s_entry(title):
    assert found(title=title) == []


@pytest.mark.parametrize("kicker", ["时间：3月5日至5月31日", "票价：免费（需提前预约）", "12.5%", "3000余户"])
def test_a_boxs_field_or_figure_taken_for_a_headlines_line(kicker):
    # the last row of a box of fields or of figures over the next story's headline
    assert found(kicker=kicker, title="新安大桥建成通车") == [model.NOT_A_HEADLINE]


@pytest.mark.parametrize("title", ["同心共绘", "携手共绘新蓝图", "丹青绘"])
def test_a_headline_ending_on_the_verb_to_paint_is_no_artist_s_credit(title):
    assert found(title=title) == []


@pytest.mark.parametrize(
    "person",
    ["③2", "信息来源县交通运输局", "新安大桥上车辆往来穿梭", "王明3", "发自北京", "图·李红", "本报记者"],
)
def test_someone_credited_who_is_no_name(person):
    assert found(people=["李红", person]) == [model.NOT_A_NAME]


@pytest.mark.parametrize(
    "fields",
    [
        {"body": "，两岸群众出行时间由原来的四十分钟缩短到五分钟。"},
        {"body": "”他说。大桥通车后，两岸往来更方便了。"},
        {"title": "新安大桥建成通车，"},
        {"title": "大桥、"},
    ],
)
def test_a_text_or_title_cut_inside_a_sentence(fields):
    assert found(**fields) == [model.CUT_MID_SENTENCE]


@pytest.mark.parametrize(
    "line", ["第A03版：要闻", "扫码看视频", "⑩", "责任编辑：王五", "版权所有 未经授权不得转载"]
)
def test_a_line_of_the_page_left_among_the_paragraphs(line):
    assert found(body=f"{BRIDGE}\n\n{line}\n\n{TEA}") == [model.PAGE_LINE_IN_TEXT]


def test_a_notice_ending_on_its_date_and_its_issuer_is_cut_right():
    assert found(body=f"{BRIDGE}\n\n{TEA}\n\n青山县交通运输局\n\n2024年3月5日") == []


def test_a_story_s_own_short_paragraphs_are_no_lines_of_the_page():
    assert (
        found(
            body=f"{BRIDGE}\n\n扫描二维码免去了携带现金的烦恼，市民都说方便。\n\n2024年3月5日，大桥迎来第一批游客。"
        )
        == []
    )


def test_each_shape_puts_the_item_in_the_queue_with_a_reason_of_its_own():
    art = ParsedArticle(
        kicker="新华社记者 王晓明摄", title="新安大桥建成通车", paragraphs=[BRIDGE, TEA], reporters=["李红"]
    )
    add_warnings(art)
    assert art.warnings == [model.NOT_A_HEADLINE]
    assert art.doubtful and art.as_json("p.txt")["doubtful"]
    codes = [model.NOT_A_HEADLINE, model.NOT_A_NAME, model.CUT_MID_SENTENCE, model.PAGE_LINE_IN_TEXT]
    assert all(code in model.DOUBTFUL for code in codes)
    labels = [label(code) for code in codes]
    assert len(set(labels)) == 4 and all("\u4e00" <= labels[k][0] <= "\u9fff" for k in range(4))


def test_pages_cut_right_raise_none_of_them():
    parsed = parse_page(
        page(
            "新安大桥建成通车",
            "本报讯（记者 李红）" + BRIDGE,
            "新安大桥上，车辆往来穿梭。",
            "周海 摄",
            "青山镇春茶开采",
            "本报讯（通讯员 王晓明）" + TEA,
        )
    )
    assert len(parsed.articles) == 3
    odd = {model.NOT_A_HEADLINE, model.NOT_A_NAME, model.CUT_MID_SENTENCE, model.PAGE_LINE_IN_TEXT}
    assert [art.photographers for art in parsed.articles] == [[], ["周海"], []]
    assert not odd.intersection(w for art in parsed.articles for w in art.warnings)


@pytest.mark.parametrize(
    "paragraph", ["图①：新安大桥上，车辆往来穿梭。", "①②新安大桥上，车辆往来穿梭。", "新华社记者 王晓明摄"]
)
def test_a_picture_s_caption_or_credit_run_into_a_story(paragraph):
    assert found(body=f"{BRIDGE}\n\n{paragraph}\n\n{TEA}") == [model.PICTURE_IN_TEXT]


def test_a_numbered_caption_is_a_picture_s_own_text_but_a_credit_is_not():
    caption = "图①：新安大桥上，车辆往来穿梭。"
    assert found(kind="photo", title=None, people=["周海"], body=caption) == []
    assert found(kind="photo", title=None, people=[], body=f"{caption}\n\n周海 摄") == [model.PICTURE_IN_TEXT]


@pytest.mark.parametrize("lead", ["【新华社北京3月5日电】", "新华社北京3月5日电（记者 王明）", "本报讯 "])
def test_a_dateline_still_opening_a_story_s_text(lead):
    assert found(body=lead + BRIDGE) == [model.DATELINE_IN_TEXT]


@pytest.mark.parametrize(
    "paragraph",
    [
        "本报记者 王晓明 李红",
        "本报记者 王晓明 整理",
        "作者：王晓明",
        "县委书记 王晓明",
        "信息来源：县交通运输局",
    ],
)
def test_a_byline_or_source_line_left_in_a_story_s_text(paragraph):
    assert found(body=f"{BRIDGE}\n\n{TEA}\n\n{paragraph}") == [model.CREDIT_IN_TEXT]


def test_a_name_alone_is_a_credit_closing_the_text_but_a_section_s_label_inside_it():
    assert found(body=f"{BRIDGE}\n\n{TEA}\n\n王晓明") == [model.CREDIT_IN_TEXT]
    assert found(body=f"{BRIDGE}\n\n连通\n\n{TEA}") == []
    assert found(body=f"{BRIDGE}\n\n本报记者 王晓明\n\n{TEA}") == [model.CREDIT_IN_TEXT]


@pytest.mark.parametrize(
    "signature", ["清溪市委常委、青山县委书记 王晓明", "清溪市委常委、青山县委书记王晓明"]
)
def test_a_writers_post_and_name_inside_a_text_sign_a_piece_run_into_it(signature):
    # a package of signed pieces, the next one's headline wrapped into the text above
    assert found(body=f"{BRIDGE}\n\n{signature}\n\n{TEA}") == [model.CREDIT_IN_TEXT]
    assert found(body=f"{BRIDGE}\n\n青山县委书记\n\n{TEA}") == []  # a post alone is a section's label


@pytest.mark.parametrize(
    "tail",
    [
        "（下转第二版）大桥两侧新修了人行道。",
        "（作者为县交通运输局工程师）大桥两侧新修了人行道。",
        "古城夜市人气旺（民生观察）",
    ],
)
def test_a_story_s_text_going_on_past_what_closes_it(tail):
    assert found(body=f"{BRIDGE}\n\n{TEA}{tail}") == [model.RUN_TOGETHER]


def test_a_caption_holding_a_continuation_marker_took_in_a_story_s_end():
    caption = "新安大桥建成通车（下转第二版）新安大桥上，车辆往来穿梭。"
    assert found(kind="photo", title=None, people=["周海"], body=caption) == [model.RUN_TOGETHER]


def test_what_closes_a_story_closes_it_at_its_end():
    assert found(body=f"{BRIDGE}\n\n{TEA}（作者为县交通运输局工程师）") == []
    assert found(body=f"{BRIDGE}\n\n“大桥通车了！”（民生观察）{TEA}") == []


def test_a_headline_holding_a_continuation_marker_took_in_a_story_s_end():
    assert found(kicker="大桥两侧新修了人行道（下转第二版）") == [model.RUN_TOGETHER]


def test_a_story_ending_on_the_first_row_of_a_caption():
    assert found(body=f"{BRIDGE}\n\n3月5日，市民在新安大桥上散步。") == [model.PICTURE_IN_TEXT]


@pytest.mark.parametrize(
    "body",
    [
        f"3月5日，市民在新安大桥上散步。\n\n{BRIDGE}",  # a story's lead opens on its day
        f"{TEA}\n\n3月5日，青山镇还将举办茶文化节，届时将有茶艺表演、采茶比赛和名茶评选等二十多项活动。",
    ],
)
def test_a_story_opening_on_its_day_or_closing_on_a_long_dated_paragraph_shows_none(body):
    assert found(body=body) == []


@pytest.mark.parametrize(
    "caption",
    [
        "“政策好，日子越过越红火。”村民李红说。",
        "“桥通了。”周海说，现在去城里只要五分钟。",
        "——两岸群众出行更方便了",  # a headline's 副题
    ],
)
def test_a_picture_s_caption_reporting_what_someone_said_holds_a_story_s_text(caption):
    assert found(kind="photo", title=None, people=["周海"], body=caption) == [model.TEXT_IN_CAPTION]


def test_a_caption_saying_what_the_picture_shows_shows_none():
    assert found(kind="photo", title=None, people=["周海"], body="3月5日，村民李红在新安大桥上散步。") == []
    assert label(model.TEXT_IN_CAPTION) == "图片说明中混入了正文"


@pytest.mark.parametrize("title", ["（清）郎世宁《万吉骦图》。", "如何盘活存量？"])
def test_a_picture_titled_with_a_sentence_or_a_question(title):
    # a caption, or a story's subhead, over the picture taken for its title
    assert found(kind="photo", title=title, people=["周海"], body="新安大桥夜景。") == [model.NOT_A_HEADLINE]


def test_a_story_s_headline_may_ask_a_question():
    assert found(title="夜市油烟扰民谁来管？") == []
