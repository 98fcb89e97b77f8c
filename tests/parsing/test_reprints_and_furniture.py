"""Layouts of other papers: reprint credits, bracketed wire datelines, series labels, code prompts,
source lines and picture credits printed as a name and 摄."""

from archive.parsing import parse_page

BRIDGE_1 = (
    "新安大桥昨日正式建成通车，大桥全长一千二百米，连接两岸四个乡镇，通车后两地车程由一小时缩短至十分钟。"
)
BRIDGE_2 = "市民纷纷前来参观，不少人带着孩子在桥头合影留念，桥下的老渡口也将改建为滨江公园。"
MARKET = "春节临近，城区各大农贸市场人气渐旺，蔬菜、水果、肉类等年货供应充足，价格总体平稳。"


def only(text):
    articles = parse_page(text).articles
    assert len(articles) == 1, [a.title for a in articles]
    return articles[0]


def test_a_reprint_credit_names_the_writer_and_drops_the_citation():
    art = only(
        f"新安大桥建成通车\n\n作者：王立新 《光明日报》（2025年03月05日 05版）\n\n{BRIDGE_1}\n\n{BRIDGE_2}\n"
    )
    assert art.title == "新安大桥建成通车" and art.authors == ["王立新"]
    assert "光明日报" not in art.body


def test_a_byline_followed_by_the_collections_citation_is_still_a_byline():
    art = only(
        f"新安大桥建成通车\n\n本报记者  李  红《人民日报》（2025年02月02日第 04 版）\n\n{BRIDGE_1}\n\n{BRIDGE_2}\n"
    )
    assert art.reporters == ["李红"] and art.title == "新安大桥建成通车"


def test_a_bracketed_wire_dateline_with_its_reporter_leaves_nothing_in_the_text():
    art = only(f"新安大桥建成通车\n\n【新华社北京3月5日电（记者 李红）】{BRIDGE_1}\n\n{BRIDGE_2}\n")
    assert art.dateline == "新华社北京3月5日电" and art.reporters == ["李红"]
    assert art.body.startswith("新安大桥")


def test_a_numbered_series_label_over_a_headline_is_its_column():
    art = only(f"金台潮声·作风建设系列谈⑨\n\n新安大桥建成通车\n\n本报记者 李红\n\n{BRIDGE_1}\n\n{BRIDGE_2}\n")
    assert art.column == "金台潮声·作风建设系列谈⑨"
    assert art.kicker is None and art.title == "新安大桥建成通车"


def test_a_short_slogan_over_a_headline_is_still_its_kicker():
    art = only(f"两岸群众盼了多年\n\n新安大桥建成通车\n\n本报讯（记者 李红）{BRIDGE_1}\n\n{BRIDGE_2}\n")
    assert art.kicker == "两岸群众盼了多年" and art.column is None


def test_a_prompt_to_scan_a_code_is_page_furniture():
    art = only(
        f"新安大桥建成通车\n\n本报讯（记者 李红）{BRIDGE_1}\n\n{BRIDGE_2}\n\n扫描二维码 关注本报微信公众号\n"
    )
    assert "二维码" not in art.body


def test_a_sentence_about_scanning_stays_in_the_text():
    sentence = "市民只需扫码登记，即可在桥头免费领取纪念册，活动将持续到本月底。"
    art = only(f"新安大桥建成通车\n\n本报讯（记者 李红）{BRIDGE_1}\n\n{sentence}\n")
    assert sentence in art.body


def test_a_source_line_after_the_text_is_no_part_of_it():
    art = only(f"新安大桥建成通车\n\n本报讯（记者 李红）{BRIDGE_1}\n\n{BRIDGE_2}\n\n信息来源：市交通局\n")
    assert "信息来源" not in art.body and art.reporters == ["李红"]


def test_a_credit_of_a_name_and_she_on_its_own_line_credits_the_picture_above():
    for credit in ("周海摄", "周  海摄（人民视觉）", "周海摄（影像中国）"):
        page = parse_page(
            f"新安大桥建成通车\n\n本报讯（记者 李红）{BRIDGE_1}\n\n{BRIDGE_2}\n\n大桥夜景流光溢彩。\n\n{credit}\n\n"
            f"年货市场供应充足\n\n本报讯（记者 王五）{MARKET}\n"
        )
        pictures = [a for a in page.articles if a.kind == "photo"]
        assert len(pictures) == 1 and pictures[0].photographers == ["周海"], credit
        assert pictures[0].body == "大桥夜景流光溢彩。"
        assert [a.title for a in page.articles if a.kind == "article"] == [
            "新安大桥建成通车",
            "年货市场供应充足",
        ]


def test_a_kicker_leading_into_its_headline_with_a_dash_stays_with_it():
    for kicker in ("福建南安石井镇奎霞村——", "舞剧《满江红》——", "某实业集团党委书记、总裁秦英林——"):
        for sep in ("\n\n", "\n"):
            text = sep.join([kicker, "老渡口变身滨江公园", "本报记者  李  红", BRIDGE_1, BRIDGE_2]) + "\n"
            art = only(text)
            assert (art.kicker, art.title, art.reporters) == (kicker, "老渡口变身滨江公园", ["李红"])


def test_a_subhead_ending_with_a_dash_over_text_stays_in_the_story():
    art = only(f"新安大桥建成通车\n\n本报记者  李  红\n\n{BRIDGE_1}\n\n算算旅游增收账——\n\n{BRIDGE_2}\n")
    assert "算算旅游增收账——" in art.body and art.kicker is None


def test_a_staff_line_naming_two_editors_for_one_role_is_furniture():
    for staff in ("责任编辑：王  磊  李  清", "本版责编：王磊 李清"):
        art = only(f"新安大桥建成通车\n\n本报讯（记者 李红）{BRIDGE_1}\n\n{BRIDGE_2}\n\n{staff}\n")
        assert "王" not in art.body, staff


def test_a_question_with_its_deck_heads_a_section_of_a_signed_feature():
    market = "春节临近，城区各大农贸市场人气渐旺，蔬菜、水果、肉类等年货供应充足，价格总体平稳。"
    text = (
        f"新安大桥建成通车\n\n本报记者  李  红\n\n{BRIDGE_1}\n\n为啥要建桥？\n\n两岸群众盼了多年，出行不再绕远路\n\n"
        f"{BRIDGE_2}\n\n怎样建好桥？\n\n新工艺新材料，让大桥更耐用\n\n{market}\n"
    )
    art = only(text)
    assert art.reporters == ["李红"]
    assert art.paragraphs == [
        BRIDGE_1,
        "为啥要建桥？",
        "两岸群众盼了多年，出行不再绕远路",
        BRIDGE_2,
        "怎样建好桥？",
        "新工艺新材料，让大桥更耐用",
        market,
    ]


def test_a_new_story_under_a_question_headline_with_its_own_byline_still_opens():
    text = (
        f"新安大桥建成通车\n\n本报记者  李  红\n\n{BRIDGE_1}\n\n为啥要建桥？\n\n两岸群众盼了多年，出行不再绕远路\n\n"
        f"本报讯（记者 王五）{BRIDGE_2}\n"
    )
    articles = parse_page(text).articles
    assert [a.headline for a in articles] == [
        "新安大桥建成通车",
        "为啥要建桥？ 两岸群众盼了多年，出行不再绕远路",
    ]
    assert articles[1].reporters == ["王五"]


def test_numbered_captions_in_a_row_after_a_story_are_pictures_of_their_own():
    page = parse_page(
        f"新安大桥建成通车\n\n本报讯（记者 李红）{BRIDGE_1}\n\n{BRIDGE_2}\n\n①大桥夜景流光溢彩。\n\n②市民在桥头合影留念。\n\n"
        f"年货市场供应充足\n\n本报讯（记者 王五）{MARKET}\n"
    )
    assert [(a.kind, a.body) for a in page.articles[1:3]] == [
        ("photo", "①大桥夜景流光溢彩。"),
        ("photo", "②市民在桥头合影留念。"),
    ]
    assert page.articles[0].paragraphs == [BRIDGE_1, BRIDGE_2]


def test_a_numbered_list_closing_a_story_stays_in_it():
    art = only(
        f"新安大桥建成通车\n\n本报讯（记者 李红）{BRIDGE_1}\n\n下一步工作重点：\n\n①加快周边道路建设；\n\n②完善公交线路。\n"
    )
    assert art.body.endswith("②完善公交线路。")


def test_an_editors_code_beside_a_picture_is_furniture():
    page = parse_page(
        f"新安大桥建成通车\n\n本报讯（记者 李红）{BRIDGE_1}\n\n{BRIDGE_2}\n\n大桥夜景流光溢彩。\n\n周海 摄\n\n③2\n\n"
        f"年货市场供应充足\n\n本报讯（记者 王五）{MARKET}\n"
    )
    assert not any("③2" in a.body for a in page.articles)
    assert [a.kind for a in page.articles] == ["article", "photo", "article"]


def test_a_headline_broken_after_a_comma_on_a_page_without_blank_lines_stays_whole():
    page = parse_page(
        f"新安大桥建成通车，\n两岸群众出行更便捷\n本报讯（记者 李红）{BRIDGE_1}\n{BRIDGE_2}\n"
        f"年货市场供应充足\n本报讯（记者 王五）{MARKET}\n"
    )
    assert [a.title for a in page.articles] == ["新安大桥建成通车，两岸群众出行更便捷", "年货市场供应充足"]


def test_a_list_of_names_ends_its_paragraph_above_the_next_headline():
    page = parse_page(
        f"新安大桥建成通车\n\n本报讯（记者 李红）{BRIDGE_1}\n\n出席仪式的有：\n张三、李四、王五、赵六、钱七\n"
        f"年货市场供应充足\n\n本报讯（记者 王五）{MARKET}\n"
    )
    first, second = page.articles
    assert first.paragraphs[-2:] == ["出席仪式的有：", "张三、李四、王五、赵六、钱七"]
    assert (second.kicker, second.title, second.reporters) == (None, "年货市场供应充足", ["王五"])


def test_subheads_of_a_feature_signed_at_its_end_stay_in_it():
    text = (
        f"新安大桥建成通车\n\n{BRIDGE_1}\n\n老渡口的新生\n\n{BRIDGE_2}\n\n年货市场人气旺\n\n{MARKET}（本报记者 李红）\n\n"
        f"城南菜价平稳\n\n本报讯（记者 王五）{MARKET}\n"
    )
    first, second = parse_page(text).articles
    assert first.title == "新安大桥建成通车" and first.reporters == ["李红"]
    assert first.paragraphs == [BRIDGE_1, "老渡口的新生", BRIDGE_2, "年货市场人气旺", MARKET]
    assert (second.title, second.reporters) == ("城南菜价平稳", ["王五"])


def test_an_unsigned_story_is_not_run_into_the_next_that_signs_with_its_lead_in():
    page = parse_page(
        f"新安大桥建成通车\n\n{BRIDGE_1}\n\n{BRIDGE_2}\n\n年货市场人气旺\n\n本报讯（记者 李红）{MARKET}\n"
    )
    assert [a.title for a in page.articles] == ["新安大桥建成通车", "年货市场人气旺"]
