"""Long features cut into sections by short subheads, bare numbers or by questions with their
decks, with a reporter's sidebar or a box of background after them, and poems printed line by line under their title and author."""

from __future__ import annotations

import pytest

from archive.parsing import parse_page
from tests.support.pages import (
    BRIDGE_1,
    BRIDGE_2,
    BRIDGE_OPENED_1,
    BRIDGE_OPENED_2,
    MARKET_1,
    NEW_YEAR_MARKET,
    TEA_1,
    TEA_2,
    only,
    only_on,
    page,
    parse,
    squeeze,
    titles,
)

FEATURE = [
    "一条老街的新生",
    "本报记者 许  诺 通讯员 甘  棠",
    "清晨六点，城南老街的早点铺已经坐满了人。店主老周一边揉面一边和熟客打招呼，热气把窗玻璃蒙上了一层白雾。",
    "这条老街有两百多年历史，沿街的木结构房屋大多年久失修，雨天漏水、冬天透风，住户们苦不堪言。",
    "1.修旧如旧的难处",
    "改造之初，最大的争议在于拆还是修。不少住户希望推倒重建，专家则主张保留老房子的风貌。",
    "几经商量，改造方案定为修旧如旧，每一块旧砖、每一根旧梁都编号登记。",
    "2.住户自己的主意",
    "街坊们自发组成议事小组，哪家的门面先修、工期怎么排，都在小组里商量着定。",
    "3.烟火气回来了",
    "如今，老街的门面修好了，老店陆续回归，周末来逛街的游客也多了起来。",
    "记者手记",
    "老街的温度在人",
    "一条街的改造，改的是房子，留住的是人。只有让住户成为主角，老街才能真正活起来。",
]


def test_numbered_subheads_stay_inside_the_feature_they_divide():
    parsed = parse(*FEATURE)
    assert titles(parsed) == ["一条老街的新生", "老街的温度在人"]
    feature, sidebar = parsed.articles
    assert feature.reporters == ["许诺"] and feature.correspondents == ["甘棠"]
    assert "1.修旧如旧的难处" in feature.paragraphs and "3.烟火气回来了" in feature.paragraphs
    assert feature.paragraphs[-1].startswith("如今，老街的门面修好了")
    assert sidebar.column == "记者手记"
    assert sidebar.body.startswith("一条街的改造")


@pytest.mark.parametrize("label", ["记者手记", "■记者手记"])
@pytest.mark.parametrize("sep", ["\n", "\n\n"])
def test_the_reporters_notes_alone_under_a_story_signed_over_its_text_are_the_storys(label, sep):
    """记者手记 with no headline of its own, under a story whose byline stands over its text (nothing
    closed it): the reporter's notes on that story, a part of it, as under a story signed below."""
    notes = "一条街的改造，改的是房子，留住的是人。只有让住户成为主角，老街才能真正活起来。"
    parsed = parse("一条老街的新生", "本报记者 许  诺", FEATURE[2], FEATURE[3], label, notes, sep=sep)
    feature = only(parsed)
    assert feature.reporters == ["许诺"]
    assert feature.paragraphs[-2:] == [label, notes]


def test_a_lone_short_line_after_a_signed_story_still_opens_a_story_of_its_own():
    parsed = parse(
        "一条老街的新生",
        "本报记者 许  诺",
        FEATURE[2],
        FEATURE[3],
        "城西菜场完成提升改造",
        "近日，城西菜场完成提升改造，新增摊位四十个，市民买菜更方便了。",
    )
    assert titles(parsed) == ["一条老街的新生", "城西菜场完成提升改造"]


def test_briefs_set_after_a_signed_feature_are_stories_of_their_own():
    parsed = parse(
        "一条老街的新生",
        "本报记者 许  诺",
        FEATURE[2],
        FEATURE[3],
        "城南供水管网改造完工",
        "城南片区老旧供水管网改造工程完工，惠及居民三千余户。",
        "新河镇举办农民运动会",
        "新河镇第五届农民运动会在镇文化广场举行，四百余名农民参加比赛。",
        "箬横西瓜上市",
        "箬横镇首批大棚西瓜上市，每斤售价八元左右。",
    )
    assert titles(parsed) == [
        "一条老街的新生",
        "城南供水管网改造完工",
        "新河镇举办农民运动会",
        "箬横西瓜上市",
    ]


def test_unnumbered_subheads_over_sections_stay_inside_the_feature():
    parsed = parse(
        "一条老街的新生",
        "本报记者 许  诺",
        FEATURE[2],
        FEATURE[3],
        "修旧如旧的难处",
        FEATURE[5],
        FEATURE[6],
        "住户自己的主意",
        FEATURE[8],
        FEATURE[6],
        "烟火气回来了",
        FEATURE[10],
    )
    assert titles(parsed) == ["一条老街的新生"]
    assert "烟火气回来了" in parsed.articles[0].paragraphs


POEM_HARVEST = ["稻浪翻滚", "金色铺满田野", "父亲弯下腰", "", "把一年的汗水", "一捆捆收进粮仓"]
POEM_FRIEND = ["沿着石阶", "走进山的深处", "", "老友早已", "在柴门前等候", "一壶清茶"]


def test_a_poem_keeps_its_lines_and_ends_at_the_next_title():
    parsed = parse(
        "诗歌",
        "秋 收",
        "作者：应  雪",
        "\n".join(POEM_HARVEST),
        "山中访友",
        "□ 金  石",
        "\n".join(POEM_FRIEND),
        "散文",
        "故乡的桥",
        "□ 林晓燕",
        "村口有一座石拱桥，据说已有三百多年历史。桥身爬满青苔，桥下的溪水终年不断。",
        "每次回乡，第一眼看到的总是那座桥，它静静地守候着，像一位慈祥的老人。",
    )
    assert titles(parsed) == ["秋 收", "山中访友", "故乡的桥"]
    harvest, friend, bridge = parsed.articles
    assert harvest.column == "诗歌" and harvest.authors == ["应雪"]
    assert harvest.paragraphs == ["稻浪翻滚\n金色铺满田野\n父亲弯下腰", "把一年的汗水\n一捆捆收进粮仓"]
    assert friend.authors == ["金石"] and squeeze(friend.body) == "".join(POEM_FRIEND)
    assert bridge.column == "散文" and bridge.authors == ["林晓燕"]


@pytest.mark.parametrize("signature", ["应雪", "作者：应雪"])
def test_a_poem_with_more_poems_after_it_signed_by_the_name_alone_holds_them_all(signature):
    parsed = parse(
        "秋 收（外一首）",
        signature,
        "\n".join(POEM_HARVEST),
        "山中访友",
        "\n".join(POEM_FRIEND),
        "故乡的桥",
        "□ 林晓燕",
        "村口有一座石拱桥，据说已有三百多年历史。桥身爬满青苔，桥下的溪水终年不断。",
    )
    assert titles(parsed) == ["秋 收（外一首）", "故乡的桥"]
    harvest, bridge = parsed.articles
    assert harvest.authors == ["应雪"] and harvest.kicker is None
    assert harvest.paragraphs == [
        "稻浪翻滚\n金色铺满田野\n父亲弯下腰",
        "把一年的汗水\n一捆捆收进粮仓",
        "山中访友",
        "沿着石阶\n走进山的深处",
        "老友早已\n在柴门前等候\n一壶清茶",
    ]
    assert bridge.authors == ["林晓燕"] and bridge.kicker is None


POEM_SHORE = ["海风吹软了石屋", "渔灯一盏盏亮起", "老人坐在礁石上", "数着归来的帆"]
POEM_SPRING = ["春天从海上来", "带着咸咸的味道", "落在孩子的笑声里"]
HEARTH = "外婆家的灶台是用青砖砌的，灶膛里的火一年四季都不熄。每到过年，外婆总要在灶台前忙上好几天。"
SPRING_PLOUGHING = "本报讯（记者张华）连日来，各地农民抓住晴好天气，忙着翻耕土地，全市已完成春耕面积三万亩。"


@pytest.mark.parametrize("signature", ["□ 李红", "李红", "作者：李红"])
@pytest.mark.parametrize(
    ("after", "text"),
    [
        (["外婆的灶台", "王芳"], HEARTH),
        (["外婆的灶台", "□ 王芳"], HEARTH),
        (["春耕备耕忙"], SPRING_PLOUGHING),
    ],
)
@pytest.mark.parametrize("indent", ["", "\u3000\u3000"])
def test_a_poem_printed_without_blank_lines_ends_at_the_next_pieces_title(signature, after, text, indent):
    """Lines alike in length and holding no mark, on a page printing commas and stops, are verse
    however they are set; the poem ends at the next title over its writer's name or its text."""
    rows = [
        "春到石塘",
        signature,
        *(indent + line for line in POEM_SHORE + POEM_SPRING),
        *after,
        indent + text,
    ]
    poem, second = parse(*rows, sep="\n").articles
    assert (poem.title, poem.authors) == ("春到石塘", ["李红"])
    assert poem.body.split("\n") == POEM_SHORE + POEM_SPRING
    assert (second.title, second.paragraphs) == (after[0], [text.removeprefix("本报讯（记者张华）")])


@pytest.mark.parametrize("signature", ["□ 李红", "李红"])
def test_stanzas_of_lines_one_width_with_no_mark_are_verse_over_the_next_title_and_its_writer(signature):
    poem, second = parse(
        "春到石塘", signature, "\n".join(POEM_SHORE), "\n".join(POEM_SPRING), "外婆的灶台\n王芳", HEARTH
    ).articles
    assert (poem.title, poem.authors, poem.paragraphs) == (
        "春到石塘",
        ["李红"],
        ["\n".join(POEM_SHORE), "\n".join(POEM_SPRING)],
    )
    assert not poem.doubtful, poem.warnings  # short as poems are, cut off nothing
    assert (second.title, second.authors, second.paragraphs) == ("外婆的灶台", ["王芳"], [HEARTH])


def test_a_reporters_story_with_captions_under_its_headline_is_no_poem():
    captions = ["治理前的古胜村。", "县委宣传部提供", "治理后的古胜村。", "县委宣传部提供"]
    first = parse("石头山种出果满园", "■记者 苏滨", *captions, "\u3000\u3000" + BRIDGE_1, sep="\n").articles[
        0
    ]
    assert not any("\n" in paragraph for paragraph in first.paragraphs)


def test_a_regular_poem_s_lines_of_one_width_each_ending_on_a_clause_s_mark_stay_verse():
    poem = "一夜春雪落，\n满城梨花开。\n推窗疑是梦，\n风送暗香来。"
    art = only(parse("春雪", "□ 李晓", poem))
    assert (art.authors, art.paragraphs) == (["李晓"], [poem])


def test_a_name_alone_under_a_title_over_prose_is_not_read_as_a_poems():
    parsed = parse("时代楷模", "林晓燕", BRIDGE_1, BRIDGE_2)
    assert squeeze(only(parsed).body).endswith(squeeze(BRIDGE_2))


def test_a_hard_wrapped_narrow_column_is_not_read_as_verse():
    wrapped = "\n".join(
        ["清晨六点，城南老街的早点", "铺已经坐满了人。店主老周", "一边揉面一边和熟客打招呼"]
        + ["，热气把窗玻璃蒙上了一层", "白雾。"]
    )
    parsed = parse("一条老街的新生", "□ 许  诺", wrapped)
    assert squeeze(parsed.articles[0].body).startswith("清晨六点，城南老街的早点铺")
    assert "\n" not in parsed.articles[0].body


@pytest.mark.parametrize("sep", ["\n", "\n\n"])
@pytest.mark.parametrize("decks", [1, 2])
def test_questions_each_over_its_deck_head_sections_of_one_feature_on_any_page(decks, sep):
    """拆还是修？ / its deck of one or two lines, then 谁来做主？ / its deck: each question opens a
    section of the feature, however much the deck shares with the text under it."""
    first = ["拆还是修？", "几经商量，改造方案定为修旧如旧", "每一块旧砖都编号登记"][: decks + 1]
    second = ["谁来做主？", "街坊们自发组成议事小组", "大事小情都在小组里商量"][: decks + 1]
    section = "街坊们自发组成议事小组，哪家的门面先修、工期怎么排，都在小组里商量着定。"
    rows = ["一条老街的新生", "本报记者 许  诺", FEATURE[2], FEATURE[3], *first, FEATURE[5], *second, section]
    feature, market = parse(
        *rows, "城西菜场完成提升改造", "本报讯（记者 王芳）" + FEATURE[10], sep=sep
    ).articles
    assert (feature.title, feature.paragraphs[-1]) == ("一条老街的新生", section)
    assert all(head in feature.paragraphs for head in first + second)
    assert market.title == "城西菜场完成提升改造"


def test_a_question_with_its_deck_heads_a_section_of_a_signed_feature():
    market = "春节临近，城区各大农贸市场人气渐旺，蔬菜、水果、肉类等年货供应充足，价格总体平稳。"
    text = (
        f"新安大桥建成通车\n\n本报记者  李  红\n\n{BRIDGE_OPENED_1}\n\n为啥要建桥？\n\n两岸群众盼了多年，出行不再绕远路\n\n"
        f"{BRIDGE_OPENED_2}\n\n怎样建好桥？\n\n新工艺新材料，让大桥更耐用\n\n{market}\n"
    )
    art = only_on(text)
    assert art.reporters == ["李红"]
    assert art.paragraphs == [
        BRIDGE_OPENED_1,
        "为啥要建桥？",
        "两岸群众盼了多年，出行不再绕远路",
        BRIDGE_OPENED_2,
        "怎样建好桥？",
        "新工艺新材料，让大桥更耐用",
        market,
    ]


def test_a_new_story_under_a_question_headline_with_its_own_byline_still_opens():
    text = (
        f"新安大桥建成通车\n\n本报记者  李  红\n\n{BRIDGE_OPENED_1}\n\n为啥要建桥？\n\n两岸群众盼了多年，出行不再绕远路\n\n"
        f"本报讯（记者 王五）{BRIDGE_OPENED_2}\n"
    )
    articles = parse_page(text).articles
    assert [a.headline for a in articles] == [
        "新安大桥建成通车",
        "为啥要建桥？ 两岸群众盼了多年，出行不再绕远路",
    ]
    assert articles[1].reporters == ["王五"]


def test_subheads_of_a_feature_signed_at_its_end_stay_in_it():
    text = (
        f"新安大桥建成通车\n\n{BRIDGE_OPENED_1}\n\n老渡口的新生\n\n{BRIDGE_OPENED_2}\n\n年货市场人气旺\n\n{NEW_YEAR_MARKET}（本报记者 李红）\n\n"
        f"城南菜价平稳\n\n本报讯（记者 王五）{NEW_YEAR_MARKET}\n"
    )
    first, second = parse_page(text).articles
    assert first.title == "新安大桥建成通车" and first.reporters == ["李红"]
    assert first.paragraphs == [
        BRIDGE_OPENED_1,
        "老渡口的新生",
        BRIDGE_OPENED_2,
        "年货市场人气旺",
        NEW_YEAR_MARKET,
    ]
    assert (second.title, second.reporters) == ("城南菜价平稳", ["王五"])


def test_the_editors_note_signed_off_over_a_feature_is_its_text_and_its_cases_are_sections():
    note = "老年人再就业越来越常见，权益纠纷也随之增多。本期选取几起案例，看法院如何回应。"
    case_1 = "【案情】某物业公司返聘的保洁员王某在上班途中受伤，公司以其超龄为由拒绝赔偿。"
    case_2 = "【说法】法院认为，超龄劳动者在工作中受到伤害，用工单位仍应承担相应责任。"
    for sign_off in ("——编者", "——编  者"):
        text = page(
            "以案说法护晚晴",
            "本报记者  周  平",
            note,
            sign_off,
            "返聘保洁员上班途中受伤,能否获赔?",
            case_1,
            case_2,
        )
        art = only_on(text)
        assert art.title == "以案说法护晚晴" and art.reporters == ["周平"]
        assert art.subtitle is None
        assert [squeeze(p) for p in art.paragraphs] == [
            note,
            "——编者",
            "返聘保洁员上班途中受伤,能否获赔?",
            case_1,
            case_2,
        ]


def test_the_editors_sign_off_under_a_note_to_the_page_leaves_its_text_and_the_next_headline():
    note = "城南老街改造一年，街坊们的日子有了新模样。本版记者走进老街，记下几处变化。"
    first, second = parse_page(
        page("写在前面", note, "——编者", "老街的新生", "本报记者 许  诺", BRIDGE_OPENED_1, BRIDGE_OPENED_2)
    ).articles
    assert (first.title, first.paragraphs) == ("写在前面", [note])
    assert (second.kicker, second.title, second.subtitle) == (None, "老街的新生", None)
    assert second.reporters == ["许诺"]


def test_subheads_opening_on_labels_of_one_length_divide_the_story_from_the_first_one_on():
    intro = "城南职业学校与本地三家企业共建的智能制造学院近日揭牌，学校办学迈出了新的一步。"
    first = "学院由校企双方共同管理，企业工程师走进课堂授课，学生在真实车间里完成实训任务。"
    second = "今年学校新增工业机器人、智能检测两个专业，课程标准由校企双方共同制定。"
    third = "学校每年选派骨干教师到企业挂职锻炼，同时聘请企业技术能手担任兼职教师。"
    for sep in ("：", ":"):
        heads = [
            f"平台筑基{sep}校企携手育新人",
            f"专业重构{sep}紧贴产业调结构",
            f"师资赋能{sep}双师队伍强起来",
        ]
        art = only(
            parse(
                "城南职业学校打造智能制造人才高地", intro, heads[0], first, heads[1], second, heads[2], third
            )
        )
        assert art.title == "城南职业学校打造智能制造人才高地"
        assert art.paragraphs == [intro, heads[0], first, heads[1], second, heads[2], third]


def test_the_editors_note_to_the_page_signed_off_over_an_unsigned_story_leaves_it_apart():
    note = "城南老街改造一年，街坊们的日子有了新模样。本版记者走进老街，记下几处变化。"
    first, second = parse_page(
        page("写在前面", note, "——编者", "老街的新生", BRIDGE_OPENED_1, BRIDGE_OPENED_2)
    ).articles
    assert (first.title, first.paragraphs) == ("写在前面", [note])
    assert (second.title, second.paragraphs) == ("老街的新生", [BRIDGE_OPENED_1, BRIDGE_OPENED_2])


def test_the_editors_note_over_a_dialogue_leads_into_its_guests_and_text():
    note = "如何让老街既留住烟火气又跟上时代？本期邀请两位嘉宾畅谈。"
    answer = "许诺：老街改造首先要尊重住户的意愿，修旧如旧，留住街坊们熟悉的样子，这是改造的前提。"
    art = only_on(
        page(
            "老街改造怎样留住烟火气（对话）",
            note,
            "——编者",
            "对话嘉宾：",
            "许  诺  清溪市规划设计院院长",
            "甘  棠  城南街道老街居民代表",
            answer,
            BRIDGE_OPENED_2,
        )
    )
    assert art.title == "老街改造怎样留住烟火气（对话）"
    assert squeeze(art.body).endswith(squeeze(answer + BRIDGE_OPENED_2))


@pytest.mark.parametrize("sep", ["\n", "\n\n"])
def test_each_turn_of_an_interview_is_a_paragraph_even_under_an_unfinished_guest_line(sep):
    turns = [
        "嘉宾：许诺 清溪市规划设计院院长",
        "记者：老街改造最难的是什么？",
        "许诺：最难的是让住户满意，每一户都要上门听意见。",
        "问：改造后租金会上涨吗",
        "答：街道会对租金作出限定，老住户优先续租。",
    ]
    art = only(parse("老街改造怎样留住烟火气", "本报记者 甘棠", *turns, sep=sep))
    assert art.paragraphs == turns


def test_bulleted_subheads_as_long_as_a_decked_heading_divide_a_signed_commentary():
    first = "● 老旧街区改造开启了城市更新从拆建到留改的新阶段"
    second = "● 当前我市老旧街区改造总体处于全省第一梯队"
    assert len(first) > 20 and len(second) > 20
    art = only(
        parse(
            "推动城市更新走深走实（城市论坛）",
            "许诺",
            BRIDGE_OPENED_1,
            first,
            "老旧街区改造是城市更新的重要内容，从拆建到留改，全市已改造老旧街区二十三条。",
            BRIDGE_OPENED_2,
            second,
            FEATURE[8],
            FEATURE[10],
        )
    )
    assert art.authors == ["许诺"]
    assert [p for p in art.paragraphs if "老旧街区改造开启" in p or "全省第一梯队" in p]
    assert squeeze(art.body).endswith(squeeze(FEATURE[10]))


def test_an_editors_note_under_its_own_headline_after_a_signed_story_opens_a_piece():
    note = "城南老街改造一年，街坊们的日子有了新模样。本版记者走进老街，记下几处变化。"
    parsed = parse(
        "老街的新生",
        "本报记者 许诺",
        FEATURE[2],
        FEATURE[3],
        FEATURE[5],
        FEATURE[6],
        "写在前面",
        note,
        "——编者",
        "年货市场供应充足",
        "本报讯（记者 王五）" + NEW_YEAR_MARKET,
    )
    assert titles(parsed) == ["老街的新生", "写在前面", "年货市场供应充足"]
    assert parsed.articles[1].paragraphs == [note]


def test_an_editors_note_at_the_top_of_a_signed_story_stays_in_it():
    note = "老街怎样留住烟火气？街坊们有话说。记者走进城南老街，听听街坊们的心声。"
    art = only(parse("老街的新生", "本报记者 许诺", FEATURE[2], note, "——编者", FEATURE[3], FEATURE[5]))
    assert art.paragraphs[1:3] == [note, "——编者"]


@pytest.mark.parametrize(
    "label",
    [
        "新闻链接",
        "■小贴士",
        "相关链接",
        "名词解释",
        "人物名片",
        "专家观点",
        "数说",
        "■提醒",
        "政策解读",
        "记者点评",
    ],
)
def test_a_box_under_an_unsigned_story_stays_with_it_its_label_a_paragraph_of_its_own(label):
    bridge, market = parse(
        "新安大桥建成通车",
        "本报讯（记者 周海）" + BRIDGE_1,
        BRIDGE_2,
        label,
        TEA_1,
        "古城夜市开市",
        "本报讯（记者 李红）" + MARKET_1,
    ).articles
    assert bridge.title == "新安大桥建成通车" and market.title == "古城夜市开市"
    assert bridge.paragraphs == [BRIDGE_1, BRIDGE_2, label, TEA_1]


def test_a_box_opening_on_its_question_stays_with_the_story_above():
    bridge, market = parse(
        "新安大桥建成通车",
        "本报讯（记者 周海）" + BRIDGE_1,
        "■链接",
        "什么是双向四车道？",
        BRIDGE_2,
        "古城夜市开市",
        "本报讯（记者 李红）" + MARKET_1,
    ).articles
    assert bridge.paragraphs == [BRIDGE_1, "■链接", "什么是双向四车道？", BRIDGE_2]
    assert market.title == "古城夜市开市"


def test_the_bare_number_over_each_section_of_a_feature_is_a_paragraph_of_its_own():
    art = only(parse("青山茶事", "本报记者 周海", "一", TEA_1, "二", TEA_2, "三", BRIDGE_1))
    assert art.paragraphs == ["一", TEA_1, "二", TEA_2, "三", BRIDGE_1]


# Notes closing a signed essay, each citing its source
NOTES = ["①《清溪县志》，清溪人民出版社2020年版，第12页。", "②《清溪日报》2024年2月2日。"]


def _essay_with_notes(*closing: str, sep: str = "\n"):
    """A signed essay whose text refers to its notes, closed by ``closing``, over a news story."""
    return parse(
        "深刻把握新安大桥的意义",
        "王大明",
        BRIDGE_1 + "①",
        BRIDGE_2 + "②",
        *closing,
        "古城夜市开市",
        "本报讯（记者 李红）" + MARKET_1,
        sep=sep,
    ).articles


@pytest.mark.parametrize("label", ["注释：", "参考文献：", "【注释】"])
@pytest.mark.parametrize("sep", ["\n", "\n\n"])
def test_the_notes_closing_a_signed_piece_stay_with_it(label, sep):
    essay, market = _essay_with_notes("（作者为清溪大学教授）", label, *NOTES, sep=sep)
    assert (essay.title, essay.authors) == ("深刻把握新安大桥的意义", ["王大明"])
    assert essay.paragraphs[-3:] == [label, *NOTES]
    assert (market.title, market.paragraphs) == ("古城夜市开市", [MARKET_1])


def test_numbered_notes_citing_their_sources_without_a_label_stay_with_the_piece():
    essay, market = _essay_with_notes(*NOTES)
    assert essay.paragraphs[-2:] == NOTES
    assert [a.kind for a in (essay, market)] == ["article", "article"]
