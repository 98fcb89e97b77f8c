"""Search: recall equal to a substring match, ranking, bounded steps, and safe snippets.

Recall is defined term by term: a query is split on whitespace, and an article matches when every
term occurs in its headline or body.  Whitespace and punctuation in the article separate runs of
text, so a term never matches across a line break or a comma (neither does ``ILIKE`` for a term
without them).
"""

import datetime
import random
import re

import pytest
from django.db import connection

from archive import search
from archive.models import Article, Credit, Publication
from archive.search import highlighting
from tests.support import builders

# The test client starts WhiteNoise, which warns that collectstatic has not run.

RUN = re.compile(r"[^\W_]+")


#: Everything a search looks in: headline, body, dateline, column, paper and credited people.
SEARCHED_TEXT = """
    concat_ws(' ', a.kicker, a.title, a.subtitle, a.body, a.dateline, a.column_label, p.name,
              (SELECT string_agg(person.name, ' ') FROM archive_credit c
               JOIN archive_person person ON person.id = c.person_id WHERE c.article_id = a.id))
"""


def ilike_ids(terms) -> set[int]:
    """Published articles whose searched text contains every term (PostgreSQL ILIKE)."""
    conditions = " AND ".join([f"{SEARCHED_TEXT} ILIKE %s"] * len(terms))
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT a.id FROM archive_article a LEFT JOIN archive_publication p ON p.id = a.publication_id "
            f"WHERE a.status = 'published' AND {conditions}",
            [f"%{term}%" for term in terms],
        )
        return {row[0] for row in cursor.fetchall()}


def searched_texts() -> list[str]:
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT {SEARCHED_TEXT} FROM archive_article a "
            "LEFT JOIN archive_publication p ON p.id = a.publication_id WHERE a.status = 'published'"
        )
        return [row[0] for row in cursor.fetchall()]


def search_ids(query) -> set[int]:
    return set(Article.objects.published().search(query).values_list("id", flat=True))


def substrings_of_seeds(rng, count):
    runs = []
    for text in searched_texts():
        runs += [run for run in RUN.findall(text) if len(run) >= 2]
    found = set()
    while len(found) < count:
        run = rng.choice(runs)
        size = rng.randint(2, min(4, len(run)))
        start = rng.randrange(len(run) - size + 1)
        found.add(run[start : start + size].lower())
    return sorted(found)


def test_recall_equals_substring_match_on_the_seeds(imported_seeds):
    assert Article.objects.filter(search_bigrams__isnull=True).count() == 0
    rng = random.Random(7)
    queries = substrings_of_seeds(rng, 300)
    queries += ["营商", "商环", "营商环境", "温岭", "高质量发展", "沈志江", "志江"]
    queries += [f"{a} {b}" for a, b in zip(queries[:40], queries[40:80], strict=True)]
    matched_something = 0
    for query in queries:
        expected = ilike_ids(query.split())
        assert search_ids(query) == expected, query
        matched_something += bool(expected)
    assert matched_something >= 300


def test_words_jieba_does_not_cut_are_found(imported_seeds):
    # 营商 inside 营商环境, and 商环 which is no word at all
    assert search_ids("营商") == ilike_ids(["营商"]) != set()
    assert search_ids("商环") == ilike_ids(["商环"]) != set()


def test_punctuation_only_queries_search_nothing(db):
    assert search.ReaderQuery.parse("，。！") is None
    assert search.ReaderQuery.parse("   ") is None
    assert search.ReaderQuery.parse(None) is None
    assert search.ReaderQuery.parse("营商 营商 环境").terms == ("营商", "环境")


def test_headline_matches_rank_above_body_matches(client, db):
    paper = Publication.objects.create(name="温岭日报")
    older = datetime.date(2023, 1, 1)
    newer = datetime.date(2023, 6, 1)
    in_headline = builders.article(builders.page(paper, older, 1), 1, "水泵产业再上台阶", "本市企业座谈。")
    in_body = builders.article(
        builders.page(paper, newer, 1), 1, "企业座谈会召开", "会上谈到水泵产业的转型。"
    )
    response = client.get("/articles/", {"q": "水泵", "sort": "relevance"})
    assert [a.pk for a in response.context["window"].items] == [in_headline.pk, in_body.pk]
    response = client.get("/articles/", {"q": "水泵", "sort": "date"})
    assert [a.pk for a in response.context["window"].items] == [in_body.pk, in_headline.pk]


def test_search_respects_the_other_filters(db):
    made = builders.many_articles(6)
    Credit.objects.filter(article=made[0]).delete()
    base = Article.objects.published().crediting(made[1].credits.first().person)
    query = search.ReaderQuery.parse("营商")
    matches = search.collect_matches(base, query)
    assert set(matches.ids) == {a.pk for a in made[1:]}
    assert matches.complete


def test_common_terms_are_collected_up_to_the_cap(db, monkeypatch):
    monkeypatch.setattr(search, "MATCH_CAP", 3)
    builders.many_articles(6)
    matches = search.collect_matches(Article.objects.published(), search.ReaderQuery.parse("营商"))
    assert len(matches.keys) == 4 and not matches.complete
    candidates = search.newest_matches(Article.objects.published(), search.ReaderQuery.parse("营商"))
    assert [d for _, d in candidates] == sorted((d for _, d in candidates), reverse=True)


def test_planner_settings_are_restored(db):
    with connection.cursor() as cursor:
        cursor.execute("SHOW enable_seqscan")
        before = cursor.fetchone()[0]
        with search.planner(enable_seqscan="off"):
            cursor.execute("SHOW enable_seqscan")
            assert cursor.fetchone()[0] == "off"
        cursor.execute("SHOW enable_seqscan")
        assert cursor.fetchone()[0] == before


def test_highlight_escapes_html():
    marked = highlighting.highlight("<b>营商</b>环境 & 营商", ("营商",))
    assert marked == "&lt;b&gt;<mark>营商</mark>&lt;/b&gt;环境 &amp; <mark>营商</mark>"
    assert highlighting.highlight("<script>", ()) == "&lt;script&gt;"


def test_snippet_is_around_the_first_match_and_escaped():
    body = "开头" * 100 + "<i>营商环境</i>" + "结尾" * 100
    text = highlighting.snippet(body, ("营商环境",), length=40)
    assert text.startswith("…") and text.endswith("…")
    assert "<mark>营商环境</mark>" in text and "&lt;i&gt;" in text and "<i>" not in text


def test_search_verb_used_by_the_admin(db):
    builders.many_articles(2)
    assert Article.objects.search("营商环境").count() == 2
    assert Article.objects.search("，").count() == 0


@pytest.mark.parametrize("query", ["'", "\\", "a & b", "!(x)", "营:*", "<->", "'' | ''"])
def test_tsquery_syntax_in_queries_is_inert(db, query):
    builders.many_articles(1)
    list(Article.objects.published().search(query))


def test_a_term_sparse_among_the_newest_is_collected_in_full(client, db, monkeypatch):
    # More matches than MATCH_CAP, none among the PROBE newest: all are collected through the
    # index (up to SPARSE_CAP), dated in memory and counted exactly.
    monkeypatch.setattr(search, "MATCH_CAP", 3)
    monkeypatch.setattr(search, "PROBE", 4)
    monkeypatch.setattr(search, "SPARSE_CAP", 10)
    monkeypatch.setattr(search, "RANK_CANDIDATES", 5)
    # The index's count, as a vacuumed index gives it (it also holds the rows other tests rolled back).
    monkeypatch.setattr(search, "index_count", lambda query: Article.objects.matching(query.bigrams).count())
    paper = Publication.objects.create(name="温岭日报")
    old = [
        builders.article(
            builders.page(paper, datetime.date(2020, 1, 1 + n), 1), 1, f"稿件{n}", "水泵产业提速。"
        )
        for n in range(6)
    ]
    for n in range(6):
        builders.article(builders.page(paper, datetime.date(2023, 1, 1 + n), 1), 1, f"新稿{n}", "会议召开。")
    response = client.get("/articles/", {"q": "水泵", "sort": "date"})
    assert [a.pk for a in response.context["window"].items] == [a.pk for a in reversed(old)]
    assert response.context["results"].count == 6 and "共 6 篇" in response.content.decode()
    response = client.get("/articles/", {"q": "水泵", "sort": "relevance"})
    assert {a.pk for a in response.context["window"].items} == {a.pk for a in old[1:]}  # the 5 newest


def vacuum_and_flush_statistics(vacuum=True):
    """The table's statistics as a server at rest would have them (a backend reports its
    counts a second late; VACUUM's figures must come after the inserts', not before)."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_stat_force_next_flush()")
        if vacuum:
            cursor.execute("VACUUM archive_article")
            cursor.execute("SELECT pg_stat_force_next_flush()")
        cursor.execute("SELECT 1")


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_the_estimate_of_a_common_term_is_the_index_count_less_the_hidden_share():
    from archive import search
    from archive.models import Article

    made = builders.many_articles(40)
    Article.objects.filter(pk__in=[a.pk for a in made[:4]]).update(status=Article.Status.HIDDEN)
    vacuum_and_flush_statistics()
    # 第11篇 holds both bigrams of 第1篇 (第1, 1篇) apart: an upper bound, exact for real words.
    for text, expected in [("营商", 40), ("营商环境", 40), ("信心增强", 40), ("第1篇", 2)]:
        query = search.ReaderQuery.parse(text)
        assert search.indexed_matches(query) == expected
    published = Article.objects.published()
    query = search.ReaderQuery.parse("营商环境")
    true_count = published.search("营商环境").count()
    assert true_count == 36
    assert abs(search.estimated_matches(published, query) - true_count) <= 0.1 * true_count
    # Rows changed since the last vacuum leave their old versions in the index: no estimate.
    Article.objects.filter(pk__in=[a.pk for a in made[4:20]]).update(edited_by_editor=True)
    vacuum_and_flush_statistics(vacuum=False)
    assert search.indexed_matches(query) >= 40
    assert search.estimated_matches(published, query) is None
    # A list with another filter gets no estimate: its share of the matches is not measured.
    assert search.estimated_matches(published.filter(section__name="经济"), query) is None
    assert search.estimated_matches(published.filter(published_on__year=2023), query) is None


def test_a_filtered_common_search_shows_a_count_it_knows(client, db, monkeypatch, settings):
    from archive import search

    settings.ARCHIVE_PAGE_SIZE = 5
    monkeypatch.setattr(search, "PROBE", 6)
    # More than SPARSE_CAP in the archive: a common term, not collected in full.
    monkeypatch.setattr(search, "SPARSE_CAP", 10)
    builders.many_articles(12)
    # The probe found 6 matches among the 6 newest articles of the list: more than 5 there are.
    many = client.get("/articles/", {"q": "营商", "section": "经济"})
    assert many.context["results"].count_label == "超过 5 篇"
    assert "超过 5 篇" in many.content.decode()
    assert Article.objects.published().filter(section__name="经济").search("营商").count() == 12


def test_a_round_number_below_a_count():
    from archive.search.pages import round_down

    assert [round_down(n) for n in (312, 300, 47, 21, 20, 6, 1, 1001)] == [300, 200, 40, 20, 10, 5, 0, 1000]
