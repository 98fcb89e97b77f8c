"""Chinese segmentation, search literals and tags (archive.segmentation). No database needed."""

from __future__ import annotations

import random
import re
import subprocess
import sys
import textwrap
import warnings

import pytest

from archive import segmentation
from archive.segmentation import (
    Segmenter,
    clear_cache,
    get_segmenter,
    import_jieba,
    load_default_stopwords,
    load_default_terms,
    normalize_text,
    tsearch,
)
from archive.segmentation.segmenter import NOUN_TAGS
from tests.support import PROJECT
from tests.support.seed_text import ARTICLES, PARAGRAPHS


@pytest.fixture(scope="module")
def seg() -> Segmenter:
    return Segmenter(load_default_terms(), load_default_stopwords())


# --- a tiny model of PostgreSQL's tsvector / tsquery, enough for the literals built here -----------

_VECTOR_ITEM = re.compile(r"'((?:[^'\\]|''|\\.)*)':([0-9A-D,]+)")


def _unquote(body: str) -> str:
    return re.sub(r"\\(.)", r"\1", body.replace("''", "'"))


def parse_tsvector(literal: str) -> dict[str, list[tuple[int, str]]]:
    """lexeme -> [(position, weight)], merged the way PostgreSQL reads a tsvector literal.

    Repeated lexemes are merged, positions sorted and deduplicated (keeping the highest weight),
    positions above 16383 stored as 16383, at most 256 positions kept.  Asserts that the literal is
    made of quoted items only.
    """
    merged: dict[str, dict[int, str]] = {}
    rest = literal
    while rest:
        m = _VECTOR_ITEM.match(rest)
        assert m, f"unparsable tsvector near {rest[:40]!r}"
        positions = merged.setdefault(_unquote(m.group(1)), {})
        for item in m.group(2).split(","):
            position = min(int(item.rstrip("ABCD")), 16383)
            assert position >= 1
            weight = item[-1] if item[-1] in "ABC" else "D"
            positions[position] = min(weight, positions.get(position, "D"))  # "A" is the highest
        rest = rest[m.end() :].lstrip(" ")
    return {lex: sorted(pos.items())[:256] for lex, pos in merged.items()}


def parse_tsquery(literal: str):
    """Parse the subset of tsquery syntax the module emits into a tree; asserts on anything else."""
    tokens = re.findall(r"'(?:[^'\\]|''|\\.)*'(?::\*)?|<->|&|\(|\)|\S", literal)
    assert "".join(tokens) == literal.replace(" ", ""), literal[:80]
    pos = 0

    def operand():
        nonlocal pos
        tok = tokens[pos]
        pos += 1
        if tok == "(":
            node = expr()
            assert tokens[pos] == ")"
            pos += 1
            return node
        assert tok.startswith("'"), f"unquoted operand {tok!r}"
        prefix = tok.endswith(":*")
        return ("lex", _unquote(tok[1 : -3 if prefix else -1]), prefix)

    def expr():
        nonlocal pos
        node = operand()
        while pos < len(tokens) and tokens[pos] in ("&", "<->"):
            op = tokens[pos]
            pos += 1
            node = ("and" if op == "&" else "phrase", node, operand())
        return node

    tree = expr()
    assert pos == len(tokens)
    return tree


def _positions(tree, vector) -> set[int]:
    """Positions where ``tree`` matches (for phrases: position of its last lexeme)."""
    if tree[0] == "lex":
        _, lexeme, prefix = tree
        found = set()
        for lex, positions in vector.items():
            if lex == lexeme or (prefix and lex.startswith(lexeme)):
                found |= {p for p, _ in positions}
        return found
    if tree[0] == "phrase":
        left, right = _positions(tree[1], vector), _positions(tree[2], vector)
        return {p for p in right if p - 1 in left}
    raise AssertionError("AND inside a phrase is never emitted")


def _lexemes(tree) -> list[str]:
    return [tree[1]] if tree[0] == "lex" else _lexemes(tree[1]) + _lexemes(tree[2])


def matches(query_literal: str | None, vector_literal: str) -> bool:
    if query_literal is None:
        return False
    vector = parse_tsvector(vector_literal)

    def ev(tree) -> bool:
        if tree[0] == "and":
            return ev(tree[1]) and ev(tree[2])
        return bool(_positions(tree, vector))

    return ev(parse_tsquery(query_literal))


# --- import hygiene --------------------------------------------------------------------------------


def _run_python(code: str, *args: str, env_path: str | None = None) -> subprocess.CompletedProcess:
    env = {"PYTHONPATH": env_path or str(PROJECT), "PATH": "/usr/bin:/bin", "HOME": "/tmp"}
    return subprocess.run(
        [sys.executable, *args, "-c", textwrap.dedent(code)],
        cwd=PROJECT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_import_has_no_side_effects_and_first_use_is_clean_under_W_error():
    result = _run_python(
        """
        import sys
        import archive.segmentation as s
        assert "rjieba" not in sys.modules and "jieba" not in sys.modules, "engine loaded at import"
        seg = s.get_segmenter()
        print(seg.keywords("优化营商环境", "温岭市委书记强调营商环境"))
        print(seg.document_vectors("标题", "正文")[0])
        assert "jieba" not in sys.modules, "the hot path must not need pure-Python jieba"
        jieba = s.import_jieba()
        print(jieba.lcut("优化营商环境"), list(jieba.posseg.cut("营商")))
        """,
        "-W",
        "error",
    )
    assert result.returncode == 0, result.stderr
    assert "营商环境" in result.stdout


def test_import_jieba_tolerates_a_deprecated_pkg_resources(tmp_path):
    """setuptools >= 80 warns on ``import pkg_resources``; under -W error that would break jieba."""
    fake = tmp_path / "pkg_resources"
    fake.mkdir()
    (fake / "__init__.py").write_text(
        textwrap.dedent(
            """
            import os, warnings
            warnings.warn("pkg_resources is deprecated as an API. See https://setuptools.pypa.io/",
                          UserWarning, stacklevel=2)
            def resource_stream(package, name):
                import importlib.util
                base = os.path.dirname(importlib.util.find_spec(package).origin)
                return open(os.path.join(base, name), "rb")
            """
        )
    )
    code = """
        import archive.segmentation as s
        jieba = s.import_jieba()
        import pkg_resources
        print(jieba.lcut("共同富裕示范区"))
    """
    result = _run_python(code, "-W", "error", env_path=f"{tmp_path}:{PROJECT}")
    # The fake module is what got imported, and the warning it raised was not fatal.
    assert result.returncode == 0, result.stderr
    bare = _run_python("import pkg_resources", "-W", "error", env_path=f"{tmp_path}:{PROJECT}")
    assert bare.returncode != 0 and "pkg_resources is deprecated" in bare.stderr


# --- dictionary files ----------------------------------------------------------------------------


def test_default_dictionary_files():
    terms, stopwords = load_default_terms(), load_default_stopwords()
    assert 30 <= len(terms) <= 200
    assert {"八八战略", "两城两湖", "千万工程", "一号改革工程", "营商环境", "共同富裕", "四下基层"} <= set(
        terms
    )
    assert {"枫桥经验", "数字化改革", "山海协作"} <= set(terms)
    assert 150 <= len(stopwords) <= 300
    assert {"工作", "发展", "会议", "记者", "通讯员", "本报", "今年", "近日", "日前", "我们"} <= set(
        stopwords
    )
    assert {"进行", "相关", "负责人", "全面", "推进", "建设", "问题"} <= set(stopwords)
    assert not set(terms) & set(stopwords)
    assert all(not w.startswith("#") and w == w.strip() for w in terms + stopwords)
    assert terms == segmentation.DEFAULT_TERMS and stopwords == segmentation.DEFAULT_STOPWORDS


# --- search tokens ----------------------------------------------------------------------------------


def test_search_tokens_cut_for_search_lowercased_without_punctuation(seg):
    assert seg.search_tokens("优化营商环境，推进“两城两湖”建设！ＡＢＣ-Def") == [
        "优化",
        "营商",
        "环境",
        "营商环境",
        "推进",
        "两城",
        "两湖",
        "两城两湖",
        "建设",
        "abc",
        "def",
        "abc-def",  # jieba-rs keeps ASCII joined by - . + # & _ % whole (plus its parts, in search mode)
    ]
    assert seg.search_tokens("") == [] and seg.search_tokens(" \n\t，。") == []


def test_term_added_at_run_time_stays_whole():
    text = "全市上下合力推进滨海新城两带三园建设"
    before = Segmenter()
    after = Segmenter(terms=["两带三园"])
    assert "两带三园" not in before.search_tokens(text)
    assert "两带三园" in after.search_tokens(text)
    assert ("两带三园", "nz") in after.tag(text)
    assert after.version != before.version
    # A term unknown to jieba's dictionary is still a tag candidate.
    assert "两带三园" in dict(after.keywords("两带三园建设提速", text))


def test_get_segmenter_rebuilds_when_the_dictionary_changes():
    clear_cache()
    base = list(load_default_terms())
    a = get_segmenter(base, ["工作"])
    assert get_segmenter(list(reversed(base)), {"工作"}) is a  # same content, same Segmenter
    b = get_segmenter([*base, "两带三园"], ["工作"])
    assert b is not a and b.version != a.version
    assert "两带三园" in b.search_tokens("两带三园") and "两带三园" not in a.search_tokens("两带三园")
    c = get_segmenter([*base, "两带三园"], ["工作", "两带三园"])
    assert c._engine is b._engine  # a stopword edit does not reload the dictionary
    assert "两带三园" not in dict(c.keywords("两带三园", "两带三园建设两带三园"))

    calls = []

    def load_terms():
        calls.append(1)
        return base

    d1 = get_segmenter(load_terms, None, key=("v", 7))
    d2 = get_segmenter(load_terms, None, key=("v", 7))
    assert d1 is d2 and len(calls) == 1
    assert d1 is get_segmenter(None, None)  # defaults: the same content
    clear_cache()


# --- tsvector literals ----------------------------------------------------------------------------


def test_document_vectors_shape(seg):
    words, bigrams = seg.document_vectors("优化营商环境", "营商环境持续优化。")
    w = parse_tsvector(words)
    # 优化 营商 环境 营商环境 | 营商 环境 营商环境 持续 优化
    assert w["营商环境"] == [(4, "A"), (7, "B")]
    assert w["营商"] == [(2, "A"), (5, "B")]
    assert w["优化"] == [(1, "A"), (9, "B")]
    assert {weight for positions in w.values() for _, weight in positions} == {"A", "B"}
    b = parse_tsvector(bigrams)
    assert {"优化", "化营", "营商", "商环", "环境", "境_", "持续", "续优"} <= set(b)
    assert not any(lexeme.startswith("_") for lexeme in b)
    assert seg.document_vectors("", "") == ("", "")


def test_substring_queries_match_through_bigrams(seg):
    _, doc = seg.document_vectors("", "本报讯 全市持续优化营商环境，温岭市徐慧丽书记出席。")
    for query in [
        "营商",
        "商环",
        "营商环境",
        "商环境",
        "环境",
        "营商 温岭",
        "慧丽",
        "徐慧丽",
        "讯",
        "席",
        "本",
        "温",
    ]:
        assert matches(seg.query_vectors(query)[1], doc), query
    for query in ["境温", "营商 镇", "商环 境持", "环境温岭", "讯全"]:
        assert not matches(seg.query_vectors(query)[1], doc), query
    # A phrase never spans two runs.
    _, split = seg.document_vectors("", "营商。商环")
    assert not matches(seg.query_vectors("营商环")[1], split)
    assert matches(seg.query_vectors("营商 商环")[1], split)


def test_bigram_query_recall_equals_substring_match(seg):
    """Bigram query matches exactly when every term is a substring of a run of the document."""
    rng = random.Random(20240725)
    docs = rng.sample(PARAGRAPHS, 12)
    for doc in docs:
        _, vector = seg.document_vectors("", doc)
        runs = tsearch.char_runs(normalize_text(doc).lower())
        for _ in range(25):
            source = rng.choice(PARAGRAPHS if rng.random() < 0.5 else [doc])
            source_runs = [r for r in tsearch.char_runs(normalize_text(source).lower())]
            run = rng.choice(source_runs)
            start = rng.randrange(len(run))
            term = run[start : start + rng.randint(1, 6)]
            expected = any(term in r for r in runs)
            assert matches(seg.query_vectors(term)[1], vector) == expected, (term, doc[:30])


def test_word_query_is_and_of_search_tokens(seg):
    words, bigrams = seg.query_vectors("营商环境  温岭")
    assert words == "'营商' & '环境' & '营商环境' & '温岭'"
    assert bigrams == "('营商' <-> '商环' <-> '环境') & '温岭'"
    doc_words, _ = seg.document_vectors("温岭优化营商环境", "")
    assert matches(words, doc_words)


def test_escaping_of_quotes_and_backslashes():
    assert tsearch.quote_lexeme("it's") == "'it''s'"
    assert tsearch.quote_lexeme("a\\b") == "'a\\\\b'"
    literal = tsearch.word_vector(["it's", "a\\b", "x'\\'y"], ["it's"])
    assert parse_tsvector(literal) == {"it's": [(1, "A"), (4, "B")], "a\\b": [(2, "A")], "x'\\'y": [(3, "A")]}
    query = tsearch.word_query(["it's", "a\\b", "&|!():*<>"])
    assert parse_tsquery(query) == (
        "and",
        ("and", ("lex", "it's", False), ("lex", "a\\b", False)),
        ("lex", "&|!():*<>", False),
    )


@pytest.mark.parametrize(
    "query",
    [
        "",
        "   ",
        "，。！？",
        "'",
        "''",
        "\\",
        "\\'",
        "& | ! ( ) : * < > <-> <2>",
        "营商's & 环境:* | !镇 (a) <b>",
        "'营商' & '环境'",
        "a\\b c'd 'e'",
        "\x00\ud800\udfff营商",
        "Ａ股 a股 A股",
    ],
)
def test_query_vectors_never_raise_and_are_well_formed(seg, query):
    words, bigrams = seg.query_vectors(query)
    for literal in (words, bigrams):
        if literal is not None:
            parse_tsquery(literal)


def test_empty_and_punctuation_queries_give_none(seg):
    assert seg.query_vectors("") == (None, None)
    assert seg.query_vectors(" \u3000\t") == (None, None)
    assert seg.query_vectors("，。！“”（）——") == (None, None)
    assert seg.query_vectors(None) == (None, None)  # type: ignore[arg-type]


def test_ten_thousand_character_queries(seg):
    rng = random.Random(7)
    cjk = "".join(rng.choice(PARAGRAPHS[rng.randrange(len(PARAGRAPHS))]) for _ in range(10_000))
    noise = "".join(chr(rng.randrange(1, 0x3000)) for _ in range(10_000))
    for query in [cjk, "a" * 10_000, "营" * 10_000, noise, "' \\ & | ! ( ) : * < >" * 500]:
        words, bigrams = seg.query_vectors(query)
        for literal in (words, bigrams):
            if literal is not None:
                lexemes = _lexemes(parse_tsquery(literal))
                assert 1 <= len(lexemes) <= tsearch.MAX_QUERY_LEXEMES
                assert all(len(x.encode()) <= tsearch.MAX_LEXEME_BYTES for x in lexemes)
    # A long query still matches a document containing it, and only such documents.
    text = "".join(tsearch.char_runs(normalize_text(max(PARAGRAPHS, key=len))))
    _, vector = seg.document_vectors("", text)
    run = text.lower()
    assert len(run) > 3 * tsearch.MAX_PHRASE_BIGRAMS
    assert matches(seg.query_vectors(run)[1], vector)
    assert not matches(seg.query_vectors(run[:150] + "镇镇")[1], vector)
    # Beyond MAX_QUERY_LEXEMES the tail of the query is ignored: the match only widens.
    assert len(run) > tsearch.MAX_QUERY_LEXEMES
    assert matches(seg.query_vectors(run + "镇镇")[1], vector)


def test_long_documents_get_the_same_bigrams_as_short_ones():
    """Past the fast form's limits the vector is grouped by lexeme, with the same meaning."""
    runs = tsearch.char_runs(normalize_text("".join(PARAGRAPHS[:3])).lower())
    short = parse_tsvector(tsearch.bigram_vector(runs))
    repeated = runs * (tsearch.MAX_POSITION // sum(len(run) + 1 for run in runs) + 1)
    long = parse_tsvector(tsearch.bigram_vector(repeated))
    assert set(long) == set(short)
    assert not any(lexeme.startswith(tsearch.RUN_END) for lexeme in long)
    for lexeme, positions in short.items():
        assert long[lexeme][: len(positions)] == positions, lexeme


def test_position_and_size_limits():
    literal = tsearch.word_vector([], ["营商"] * 300 + [f"w{i}" for i in range(20_000)] + ["营商", "尾"])
    vector = parse_tsvector(literal)
    assert len(vector["营商"]) == tsearch.MAX_POSITIONS_PER_LEXEME
    assert vector["尾"] == [(16383, "B")]
    assert max(p for positions in vector.values() for p, _ in positions) == 16383
    assert "x" * 3000 not in parse_tsvector(tsearch.word_vector(["x" * 3000, "y"], []))
    assert tsearch.word_query(["x" * 3000]) is None


# --- keywords ---------------------------------------------------------------------------------------


def test_keywords_on_seed_articles(seg):
    for headline, body in ARTICLES:
        tags = seg.keywords(headline, body)
        assert 5 <= len(tags) <= 10, tags
        words = [w for w, _ in tags]
        weights = [x for _, x in tags]
        assert weights[0] == 1.0 and all(0 < x <= 1 for x in weights)
        assert weights == sorted(weights, reverse=True)
        for word in words:
            assert len(word) >= 2 and not re.fullmatch(r"[\d.,%]+", word)
            assert word.lower() not in seg.stopwords
        assert len(set(words)) == len(words)


def test_stopwords_never_become_tags():
    headline, body = ARTICLES[0]
    plain = Segmenter(load_default_terms())
    top = [w for w, _ in plain.keywords(headline, body)]
    stopped = Segmenter(load_default_terms(), top[:3] + [w.upper() for w in top[3:5]])
    tags = [w for w, _ in stopped.keywords(headline, body)]
    assert not set(tags) & set(top[:5])
    for text in PARAGRAPHS:
        for word, _ in stopped.keywords("", text, limit=50):
            assert word.lower() not in stopped.stopwords
    defaults = set(load_default_stopwords())
    default_seg = Segmenter(load_default_terms(), defaults)
    for text in PARAGRAPHS:
        assert not {w for w, _ in default_seg.keywords("", text, limit=50)} & defaults


def test_keywords_headline_counts_more_and_limits(seg):
    body = "温岭市召开会议。台州市领导出席。温岭市和台州市协同。"
    assert seg.keywords("台州新闻", body, twins=False)[0][0] == "台州"
    # 台州 and 台州市 are one tag, under the longer name.
    assert seg.keywords("台州新闻", body)[0][0] == "台州市"
    assert seg.keywords("", "") == [] and seg.keywords("营商环境", "", limit=0) == []
    assert seg.keywords("", "，。") == []
    assert [w for w, _ in seg.keywords("", "2024年3月5日 100 一千 二十")] == []
    assert len(seg.keywords(*ARTICLES[1], limit=3)) == 3


# --- rjieba against jieba -------------------------------------------------------------------------


@pytest.fixture(scope="module")
def jieba_ref():
    jieba = import_jieba()
    tokenizer = jieba.Tokenizer()
    tokenizer.initialize()
    for term in load_default_terms():
        tokenizer.add_word(term, None, "nz")
    postokenizer = jieba.posseg.POSTokenizer(tokenizer)
    tfidf = _new_tfidf(jieba)
    tfidf.tokenizer, tfidf.postokenizer = tokenizer, postokenizer
    tfidf.stop_words = set(tfidf.STOP_WORDS) | {w.lower() for w in load_default_stopwords()}
    return jieba, tokenizer, postokenizer, tfidf


def _new_tfidf(jieba):
    # jieba's IDFLoader leaves idf.txt for the garbage collector to close.
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ResourceWarning)
        return jieba.analyse.TFIDF()


def _has_cjk(token: str) -> bool:
    return re.search(r"[\u4e00-\u9fff]", token) is not None


def test_rjieba_cut_for_search_matches_jieba(seg, jieba_ref):
    """Same tokens on every seed paragraph, with the project terms added to both.

    The only differences are ASCII stretches with inner punctuation: jieba splits ``163.com`` and
    ``3-5`` into ``163 . com`` / ``3 - 5``, rjieba keeps them whole.  Chinese tokens are identical.
    """
    _, tokenizer, _, _ = jieba_ref
    identical = 0
    for text in PARAGRAPHS:
        expected = list(tokenizer.cut_for_search(text))
        got = seg._engine.cut_for_search(text)
        identical += expected == got
        assert [t for t in expected if _has_cjk(t)] == [t for t in got if _has_cjk(t)], text[:40]
    assert identical >= len(PARAGRAPHS) - 2


def test_rjieba_tags_match_jieba_dictionary_tags(seg, jieba_ref):
    """rjieba.tag = jieba.cut's segmentation + the dictionary's POS tag for every dictionary word.

    jieba.posseg differs from that on out-of-vocabulary stretches: it re-segments them with its
    own joint segmentation/POS model (e.g. 经开区 → 经/开区, 开新局 → 开/新局), and tags unknown
    words 'x' where rjieba runs its POS model on the word (陈峰 → nr).  See the next test for what
    that changes in the tags.
    """
    _, tokenizer, postokenizer, _ = jieba_ref
    postokenizer.makesure_userdict_loaded()
    word_tags = postokenizer.word_tag_tab
    for text in PARAGRAPHS:
        got = seg._engine.tag(text)
        cut = [w for w in tokenizer.cut(text)]
        if [w for w in cut if _has_cjk(w)] != [w for w, _ in got if _has_cjk(w)]:
            pytest.fail(f"segmentation differs: {text[:40]}")
        for word, flag in got:
            if tokenizer.FREQ.get(word) and word in word_tags:
                assert flag == word_tags[word], (word, flag, word_tags[word])


def test_keywords_match_jieba_tfidf(seg, jieba_ref):
    """Our scoring is jieba.analyse's TF-IDF (IDF table, median, ties): equal on every paragraph
    when both see the same tagged words.  Against jieba.posseg's own tagging the top-10 differs on
    the paragraphs where posseg re-segments unknown words (see above; posseg and rjieba.tag give
    identical output on only 118 of the 290 seed paragraphs): measured 209 of 290 paragraphs with
    the same top-10, and 96 % of the tags shared on average.
    """
    jieba, _, postokenizer, tfidf = jieba_ref
    pair = jieba.posseg.pair
    allow = tuple(NOUN_TAGS)

    class RjiebaTags:
        def cut(self, text):
            return [pair(w, f) for w, f in seg._engine.tag(text)]

    same_tags_tfidf = _new_tfidf(jieba)
    same_tags_tfidf.postokenizer = RjiebaTags()
    same_tags_tfidf.stop_words = tfidf.stop_words
    identical = 0
    shared = 0.0
    for text in PARAGRAPHS:
        text = normalize_text(text)
        ours = [w for w, _ in seg.keywords("", text, twins=False)]
        assert ours == same_tags_tfidf.extract_tags(text, topK=10, allowPOS=allow), text[:40]
        theirs = tfidf.extract_tags(text, topK=10, allowPOS=allow)
        identical += ours == theirs
        if ours or theirs:
            shared += len(set(ours) & set(theirs)) / max(len(ours), len(theirs))
        else:
            shared += 1
    assert identical >= 0.65 * len(PARAGRAPHS)
    assert shared / len(PARAGRAPHS) >= 0.9
