"""The line-role model (archive.parsing.line_roles): the shipped model, the doubt it casts on items,
and the cut it makes when it reads a line otherwise than the rules (archive.parsing.learned_cut).
How it is trained is tested in tests/training/."""

from archive.parsing import LOW_CONFIDENCE, line_roles, parse_page, read_page, roles
from archive.parsing.page import parse_items
from archive.review_reasons import label, review_reasons
from tests.support.rendering import BRIDGE, MARKET, render


def test_the_shipped_model_loads_and_knows_every_role():
    role_model = line_roles.model()
    assert role_model is not None
    assert set(role_model.labels) <= set(roles.ALL)
    assert {roles.TITLE, roles.LEAD, roles.BODY, roles.BYLINE, roles.CAPTION_START} <= role_model.labels
    assert 0.0 < line_roles.threshold() < 1.0


def _page():
    page = render()
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


def _rejoined(text, relabel=None):
    from archive.parsing import model
    from archive.parsing.learned_cut import rejoin_by_roles
    from archive.parsing.page import cut, read_lines

    lines = read_lines(text, model.ParsedPage(articles=[]))
    items = cut(lines)
    labels = line_roles.rule_roles(lines, items)
    if relabel:
        labels = [relabel.get(line.text, role) for line, role in zip(lines, labels, strict=True)]
    return lines, rejoin_by_roles(lines, labels, items)


def _stories(items):
    return [it for it in items if not hasattr(it, "first")]


def test_the_rules_own_roles_leave_the_rules_cut():
    text = _page()
    _, items = _rejoined(text)
    from archive.parsing.page import photo_article, story_article

    by_roles = [photo_article(it) if hasattr(it, "first") else story_article(it) for it in items]
    by_rules = parse_items(text)[0].articles
    assert [(a.kind, a.title, a.body, a.reporters, a.photographers) for a in by_roles] == [
        (a.kind, a.title, a.body, a.reporters, a.photographers) for a in by_rules
    ]


def test_a_headline_the_model_reads_as_a_subhead_carries_the_story_on():
    text = (
        "新安大桥建成通车\n\n本报讯（记者 李红）" + BRIDGE[0] + "\n\n年货市场供应充足\n\n" + MARKET[0] + "\n"
    )
    assert len(_stories(_rejoined(text)[1])) == 2  # the rules read two stories
    _, items = _rejoined(text, {"年货市场供应充足": roles.SUBHEAD, MARKET[0]: roles.BODY})
    stories = _stories(items)
    assert len(stories) == 1
    assert [p.text for p in stories[0].pieces][-2:] == ["年货市场供应充足", MARKET[0]]
    assert stories[0].credits.reporters == ["李红"]


def test_a_story_after_a_signed_one_or_opened_by_a_dateline_stays_its_own():
    signed = (
        "新安大桥建成通车\n\n" + BRIDGE[0] + "\n\n（记者 李红）\n\n年货市场供应充足\n\n" + MARKET[0] + "\n"
    )
    dated = "新安大桥建成通车\n\n" + BRIDGE[0] + "\n\n年货市场供应充足\n\n本报讯 " + MARKET[0] + "\n"
    for text in (signed, dated):
        lines, _ = _rejoined(text)
        as_text = {line.text: roles.BODY for line in lines if line.text.startswith(("年货", "本报讯"))}
        _, items = _rejoined(text, as_text)
        assert len(_stories(items)) == 2


def test_the_features_cheaper_tests_say_what_the_layout_rules_say():
    from archive.parsing.lines import has_inner_punctuation, sentence_count

    for text in (
        "新安大桥建成通车",
        BRIDGE[0],
        "".join(BRIDGE),
        "大桥通车了! 市民来了? 是的.",
        "Version 2.0 发布。新功能上线。",
        "会上，他说：",
        "通车：",
        "",
    ):
        assert line_roles._sentences(text) == min(sentence_count(text), 3), text
        assert bool(line_roles._INNER_PUNCTUATION.search(text.rstrip("：:"))) == has_inner_punctuation(
            text
        ), text
