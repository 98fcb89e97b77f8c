"""The item doubt (archive.parsing.doubt): the evidence it reads off an item, the two readings of
the line-role model it weighs, the shipped weights, and the confidence the queue is ordered by.
How the weights are fitted is tested in tests/training/."""

import math

from archive.parsing import LOW_CONFIDENCE, doubt, line_roles, parse_page, read_page
from archive.parsing.model import ParsedArticle
from tests.support.pages import BRIDGE_OPENED_1, BRIDGE_OPENED_2, page
from tests.support.rendering import BRIDGE, MARKET, render


def _page():
    return render().text


def test_the_shipped_doubt_loads_beside_both_readings():
    role_model = line_roles.model()
    assert role_model is not None
    assert role_model.doubt is not None and role_model.doubt.weights
    assert role_model.read([]) == ([], {label: [] for label in role_model.labels}, {})
    assert line_roles.blind_path(line_roles.MODEL_PATH).exists()


def test_every_weight_names_evidence_the_parser_reads():
    weights = line_roles.model().doubt.weights
    found = set()
    for knobs in ({}, {"paragraphs": "wrap", "width": 18}, {"byline": "end"}, {"caption_credit": "before"}):
        for art in read_page(render(**knobs).text, line_roles.model(), with_evidence=True).articles:
            found |= set(art.evidence)
    assert found
    # the weights are the named evidence: the most telling of it is read for every item
    core = {
        "bias",
        "least_sure_of_all",
        "blind_least_sure",
        "own_start",
        "blind_cut_after",
        "next:credited",
        "body_share",
        "picture:least_sure",
    }
    assert core <= found and core <= set(weights)


def test_the_blind_reading_sees_no_role_the_rules_gave():
    from archive.parsing import model
    from archive.parsing.page import cut, read_lines

    lines = read_lines(_page(), model.ParsedPage(articles=[]))
    rule = line_roles.rule_roles(lines, cut(lines))
    xseq = line_roles.features(lines, rule)
    assert any(name.startswith("rule=") for f in xseq for name in f)
    blind = line_roles.blind(xseq)
    assert len(blind) == len(xseq)
    for seen, unseen in zip(xseq, blind, strict=True):
        assert not any("rule" in name or name.startswith(("head_", "signed_")) for name in unseen)
        assert set(unseen) < set(seen) and "bias" in unseen


def test_confidence_is_the_chance_the_doubt_gives_the_item_of_being_right():
    role_model = line_roles.model()
    page = read_page(_page(), role_model, threshold=0.0, with_evidence=True)
    for art in page.articles:
        assert art.evidence is not None
        assert math.isclose(art.confidence, 1.0 - role_model.doubt.wrong(art.evidence))
    # an import asks for the confidence alone: the evidence is not kept on its items
    assert all(art.evidence is None and art.confidence is not None for art in parse_page(_page()).articles)


def test_the_threshold_on_the_doubt_decides_what_goes_to_the_queue(monkeypatch):
    role_model = line_roles.model()
    monkeypatch.setattr(role_model, "doubt", doubt.ItemDoubt({"bias": 8.0}))  # every item wrong
    page = read_page(_page(), role_model, threshold=0.5)
    assert page.articles and all(LOW_CONFIDENCE in a.warnings and a.confidence < 0.01 for a in page.articles)
    monkeypatch.setattr(role_model, "doubt", doubt.ItemDoubt({"bias": -8.0}))
    page = read_page(_page(), role_model, threshold=0.5)
    assert not any(LOW_CONFIDENCE in a.warnings for a in page.articles)
    assert all(a.confidence > 0.99 for a in page.articles)


def test_without_weights_the_least_sure_line_gives_the_confidence(monkeypatch):
    role_model = line_roles.model()
    monkeypatch.setattr(role_model, "doubt", None)
    page = read_page(_page(), role_model, threshold=0.0, with_evidence=True)
    assert page.articles and all(0.0 <= a.confidence <= 1.0 for a in page.articles)
    assert all(math.isclose(a.confidence, math.exp(a.evidence["least_sure_of_all"])) for a in page.articles)


def test_a_doubt_reads_its_weights_by_name():
    item = doubt.ItemDoubt({"bias": -1.0, "warning=no_headline": 3.0})
    assert math.isclose(item.wrong({"bias": 1.0}), 1 / (1 + math.e))
    assert item.wrong({"bias": 1.0, "warning=no_headline": 1.0}) > 0.8
    assert item.wrong({"bias": 1.0, "unknown to the weights": 5.0}) == item.wrong({"bias": 1.0})


def test_weights_that_cannot_be_read_leave_no_doubt(tmp_path):
    assert doubt.load(tmp_path / "missing.json") is None
    (tmp_path / "bad.json").write_text("{not json", encoding="utf-8")
    assert doubt.load(tmp_path / "bad.json") is None
    (tmp_path / "good.json").write_text('{"weights": {"bias": 0.5}}', encoding="utf-8")
    assert doubt.load(tmp_path / "good.json").weights == {"bias": 0.5}


def test_the_item_s_own_shape_is_evidence():
    story = ParsedArticle(
        title="网格管家服务大家（民生改善在身边）",
        paragraphs=[BRIDGE[0], BRIDGE[1], "年货市场供应充足"],
        reporters=["李红"],
    )
    f = doubt.shape(story, None, 0, 3)
    assert f["headline_ends_bracketed"] == 1.0  # a column label run into the title
    assert f["ends_heading_like"] == 1.0  # the next story's headline taken into this one
    assert f["body_unterminated"] == 1.0 and f["credited"] == 1.0 and f["first_item"] == 1.0
    clean = doubt.shape(ParsedArticle(title="年货市场供应充足", paragraphs=list(MARKET)), None, 1, 3)
    assert not {"headline_ends_bracketed", "ends_heading_like", "body_unterminated", "credited"} & set(clean)


def test_neighbours_lend_their_evidence():
    page = read_page(_page(), line_roles.model(), with_evidence=True)
    stories = [a for a in page.articles if a.evidence]
    assert len(stories) >= 2
    first, second = stories[0].evidence, stories[1].evidence
    assert first["prev:none"] == 1.0
    assert math.isclose(first["next:least_sure_of_all"], second["least_sure_of_all"]) or (
        second["least_sure_of_all"] == 0.0 and "next:least_sure_of_all" not in first
    )


def test_a_story_that_took_in_the_next_is_in_the_queue():
    text = _page()
    above, _, below = text.partition("新安大桥建成通车\n新安大桥夜景。\n周海摄\n\n")
    alone = parse_page(text).articles[0]
    assert alone.title.endswith("新安大桥建成通车") and not alone.doubtful
    cases = {
        # the next story's headline lost: its text and its writer's name run on in this one
        "run on": above + below.replace("年货市场供应充足\n", ""),
        # the next story's headline taken as this one's last paragraph
        "headline taken in": above.rstrip() + "\n\n年货市场供应充足\n\n",
    }
    for case, text in cases.items():
        first = parse_page(text).articles[0]
        assert MARKET[0] in first.body or "年货市场供应充足" in first.body, case
        assert first.doubtful, case  # in the queue, whatever the weights make of its lines


def _stories(*closing: str) -> str:
    """A signed story (closed by ``closing``) over a second one printed with no credit."""
    return (
        "新安大桥建成通车\n\n本报记者  李红\n\n"
        + "\n\n".join(BRIDGE)
        + "".join(closing)
        + "\n\n年货市场供应充足\n\n"
        + "\n\n".join(MARKET)
        + "\n"
    )


def test_an_unsigned_piece_under_a_story_still_open_is_evidence():
    # the section of a story cut off at its subhead reads as a piece with no credit of its own,
    # under a story no credit or signature closed
    first, second = (
        a.evidence for a in read_page(_stories(), line_roles.model(), with_evidence=True).articles
    )
    assert second["uncredited"] == 1.0 and second["after_open"] == 1.0
    assert "uncredited" not in first and "after_open" not in first
    # a story closed by its writer's name leaves the piece under it a piece of its own
    closed = read_page(_stories("（李红）"), line_roles.model(), with_evidence=True).articles
    assert closed[0].evidence["closed"] == 1.0
    assert closed[1].evidence["uncredited"] == 1.0 and "after_open" not in closed[1].evidence


def test_an_item_s_length_beside_the_page_s_other_stories_is_evidence():
    others = "".join(
        f"\n{title}\n\n本报记者  {name}\n\n" + "\n\n".join(MARKET) + "\n"
        for title, name in (("城西菜场货足价稳", "张明"), ("城北超市延时营业", "赵平"))
    )
    alone = read_page(_stories() + others, line_roles.model(), with_evidence=True).articles
    assert [a.title for a in alone][2:] == ["城西菜场货足价稳", "城北超市延时营业"]
    assert 0 < alone[0].evidence["body_share"] < 0.5  # four paragraphs beside the others' three
    assert alone[1].evidence["body_share"] == 0.0
    # the second story's headline lost: the first runs on through its text, twice the others' length
    page = _stories().replace("年货市场供应充足\n\n", "") + others
    run_on = read_page(page, line_roles.model(), with_evidence=True).articles
    assert MARKET[0] in run_on[0].body and len(run_on) == 3
    assert run_on[0].evidence["body_share"] > 0.7


def test_a_credit_over_a_caption_as_well_as_under_it_is_evidence():
    pictures = "新安大桥夜景。\n周海摄\n大桥桥头的观景平台。\n李红摄"
    page = _stories().replace("\n\n年货市场", f"\n\n{pictures}\n\n年货市场")
    found = [a for a in read_page(page, line_roles.model(), with_evidence=True).articles if a.kind == "photo"]
    assert [a.photographers for a in found] == [["周海"], ["李红"]]
    # whose is whose: the second caption has a credit above it, which a page printing credits over
    # captions would give it
    assert "credit_above" not in found[0].evidence and found[1].evidence["credit_above"] == 1.0


def test_a_picture_s_evidence_weighs_again_on_its_own():
    page = _stories().replace("\n\n年货市场", "\n\n新安大桥夜景。\n周海摄\n\n年货市场")
    articles = read_page(page, line_roles.model(), with_evidence=True).articles
    picture = next(a.evidence for a in articles if a.kind == "photo")
    own = {name for name in picture if not name.startswith(("prev:", "next:", "picture"))}
    assert own and all(picture[doubt.PICTURE_PREFIX + name] == picture[name] for name in own)
    for story in (a.evidence for a in articles if a.kind == "article"):
        assert not any(name.startswith(doubt.PICTURE_PREFIX) for name in story)


def test_the_shape_of_a_cut_gone_wrong_is_evidence():
    wrong = ParsedArticle(
        kicker="桥头变公园——",  # a subhead led by its dash over its deck, taken for a new headline
        title="老渡口换新颜",
        paragraphs=[
            BRIDGE[0],
            "清溪县开展冬季送温暖活动为困难群众送去米面油等生活物资并上门走访慰问老人",  # a headline run in
            BRIDGE[1],
            "城区农贸市场年货供应充足——",  # the next story's kicker taken in
        ],
    )
    f = doubt.shape(wrong, None, 1, 3)
    assert f["kicker_dash"] == f["ends_dash"] == f["uncredited"] == 1.0
    assert math.isclose(f["open_inside"], math.log(2))
    right = doubt.shape(
        ParsedArticle(title="老渡口换新颜", paragraphs=list(BRIDGE), reporters=["李红"]), None, 1, 3
    )
    assert not {"kicker_dash", "ends_dash", "uncredited", "open_inside"} & set(right)


def test_a_caption_that_took_in_its_title_or_lost_its_text_to_it_is_evidence():
    run_in = ParsedArticle(kind="photo", paragraphs=["大桥新貌图为新安大桥夜景。"], photographers=["周海"])
    assert doubt.shape(run_in, None, 1, 3)["cue_inside_caption"] == 1.0
    split = ParsedArticle(kind="photo", title="大桥桥头观景平台上的“同心桥”", paragraphs=["题字。"])
    assert doubt.shape(split, None, 1, 3)["caption_tail"] == 1.0
    for clean in (
        ParsedArticle(kind="photo", paragraphs=["图为新安大桥夜景。"]),
        ParsedArticle(kind="photo", title="大桥新貌", paragraphs=["新安大桥夜景，桥上灯火通明。"]),
    ):
        assert not {"cue_inside_caption", "caption_tail"} & set(doubt.shape(clean, None, 1, 3))


def test_each_reading_weighs_a_headline_it_reads_inside_the_text_and_how_far_apart_they_are():
    from archive.parsing import roles

    labels = [roles.TITLE, roles.LEAD, roles.BODY, roles.BODY]
    rules = doubt.Reading({roles.TITLE: [0.9, 0.0, 0.1, 0.0], roles.BODY: [0.1, 1.0, 0.9, 1.0]})
    blind = doubt.Reading({roles.TITLE: [0.9, 0.0, 0.7, 0.0], roles.BODY: [0.1, 1.0, 0.3, 1.0]}, "blind_")
    f = rules.evidence([0, 1, 2, 3], labels, [], None)
    g = blind.evidence([0, 1, 2, 3], labels, [], None)
    assert math.isclose(f["head_inside"], math.log(0.9)) and math.isclose(
        g["blind_head_inside"], math.log(0.3)
    )
    assert math.isclose(doubt._apart(rules, blind, [0, 1, 2, 3], labels), 0.6)


def test_a_note_on_the_author_closing_a_piece_is_no_headline_taken_in():
    noted = parse_page(
        page("老街的新生", "许诺", BRIDGE_OPENED_1, BRIDGE_OPENED_2, "（作者为清溪市委党校教授）")
    )
    assert LOW_CONFIDENCE not in noted.articles[0].warnings
    taken_in = parse_page(
        page("老街的新生", "许诺", BRIDGE_OPENED_1, BRIDGE_OPENED_2, "城南菜场完成提升改造")
    )
    assert LOW_CONFIDENCE in taken_in.articles[-1].warnings
