"""Import benchmark: a generated corpus of ≥ 20,000 articles through the real importer.

    .venv/bin/python benchmarks/import_bench.py [--articles 20000] [--workers 2] [--keep CORPUS_DIR]

Pages are made, deterministically, by recombining the seed pages' paragraphs under generated
headlines, bylines and mastheads.  They are imported into a throwaway embedded PostgreSQL cluster
(or, with DATABASE_URL, into a throwaway database on that server) — never into the project's own
data in .postgres/.  Prints articles/s of the whole import, of preparing the pages alone (the
same workers, nothing written) and of the segmentation work alone (one process, same text), and
peak memory.
"""

from __future__ import annotations

import argparse
import datetime
import os
import random
import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT))

PAPERS = ("温岭日报", "温州日报", "浙江日报", "台州日报")
PLACES = ("温岭", "瓯海", "乐清", "苍南", "平阳", "洞头", "椒江", "路桥", "玉环", "永嘉", "泽国镇", "箬横镇")
ACTIONS = ("推进", "启动", "召开", "部署", "落实", "深化", "打造", "开展", "助力", "聚焦")
TOPICS = (
    "营商环境优化提升",
    "城乡供水一体化工程",
    "共同富裕示范区建设",
    "数字化改革",
    "千万工程",
    "山海协作",
    "乡村振兴",
    "制造业高质量发展",
    "民生实事项目",
    "文明城市创建",
    "招商引资",
    "防汛防台",
    "基层治理",
    "养老服务",
    "水泵产业集群",
)
KICKERS = ("全力以赴拼经济", "奋力打造", "勇争先 强执行 开新局", "奋进新征程", "")
SURNAMES = "陈王李张刘林黄吴郑周徐孙胡朱高何郭马罗梁"
GIVEN = "峰明华军丽萍伟强磊洁静敏杰涛斌超鹏志勇燕芳晨宇浩"


def _name(rng: random.Random) -> str:
    return rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.choice((1, 2))))


def seed_paragraphs() -> list[str]:
    from archive.parsing import parse_page

    paragraphs = []
    for path in sorted((PROJECT / "seeds").glob("*.txt")):
        for article in parse_page(path.read_text(encoding="utf-8")).articles:
            paragraphs.extend(p for p in article.paragraphs if len(p) >= 60)
    return paragraphs


def make_page(rng: random.Random, paragraphs: list[str], paper: str, date: datetime.date, number: int) -> str:
    lines = [f"{paper} {date.year}年{date.month}月{date.day}日 星期三 第{number}版 要闻", ""]
    for _ in range(rng.randint(5, 9)):
        kicker = rng.choice(KICKERS)
        if kicker:
            lines += [kicker, ""]
        lines += [f"{rng.choice(PLACES)}{rng.choice(ACTIONS)}{rng.choice(TOPICS)}", ""]
        if rng.random() < 0.4:
            lines += [f"{rng.choice(PLACES)}{rng.choice(TOPICS)}取得新进展", ""]
        body = rng.sample(paragraphs, rng.randint(2, 6))
        byline = f"本报讯（记者{_name(rng)} 通讯员{_name(rng)}）"
        lines += [byline + body[0], ""]
        for paragraph in body[1:]:
            lines += [paragraph, ""]
        lines += ["", ""]
    return "\n".join(lines)


def make_corpus(folder: Path, articles: int) -> int:
    """Write pages until they hold about ``articles`` articles; returns the number of pages."""
    rng = random.Random(20230726)
    paragraphs = seed_paragraphs()
    expected = pages = 0
    day = datetime.date(2020, 1, 1)
    while expected < articles:
        for paper in PAPERS:
            for number in range(1, 9):
                text = make_page(rng, paragraphs, paper, day, number)
                (folder / f"{paper}-{day:%Y%m%d}-{number:02d}.txt").write_text(text, encoding="utf-8")
                expected += text.count("本报讯")
                pages += 1
        day += datetime.timedelta(days=1)
    return pages


def setup_django(base: Path):
    os.environ.setdefault("DJANGO_SECRET_KEY", "benchmark-only")
    os.environ["DJANGO_SETTINGS_MODULE"] = "newsroom.settings"
    if not os.environ.get("DATABASE_URL"):
        os.environ["NEWSROOM_PGDATA"] = str(base / "pg")
    import django

    django.setup()
    from django.db import connection

    if os.environ.get("DATABASE_URL"):
        connection.creation.create_test_db(verbosity=0, autoclobber=True)
    else:
        from django.core.management import call_command

        call_command("migrate", verbosity=0)


def teardown_django(base: Path):
    from django.db import connection

    if os.environ.get("DATABASE_URL"):
        name = connection.settings_dict["NAME"]
        connection.creation.destroy_test_db(name, verbosity=0)
        return
    connection.close()
    from archive.database_server import EmbeddedServer

    EmbeddedServer(base / "pg").destroy()


def segmentation_alone(folder: Path, limit: int | None = None) -> tuple[int, float]:
    """Articles and seconds of the segmenter's work (vectors and tags) on the corpus, one process."""
    from archive.indexing import current_segmenter
    from archive.parsing import parse_page

    segmenter = current_segmenter()
    texts = []
    for path in sorted(folder.glob("*.txt")):
        for article in parse_page(path.read_text(encoding="utf-8")).articles:
            texts.append((article.headline, article.body))
    texts = texts[:limit] if limit else texts
    started = time.perf_counter()
    for headline, body in texts:
        segmenter.document_vectors(headline, body)
        segmenter.keywords(headline, body)
    return len(texts), time.perf_counter() - started


def pure_jieba(folder: Path, limit: int) -> tuple[int, float]:
    """The same text through pure-Python jieba's cut_for_search and extract_tags (for comparison)."""
    from archive.parsing import parse_page
    from archive.segmentation import import_jieba

    jieba = import_jieba()
    jieba.initialize()
    texts = []
    for path in sorted(folder.glob("*.txt")):
        for article in parse_page(path.read_text(encoding="utf-8")).articles:
            texts.append(article.headline + "\n" + article.body)
        if len(texts) >= limit:
            break
    texts = texts[:limit]
    started = time.perf_counter()
    for text in texts:
        list(jieba.cut_for_search(text))
        jieba.analyse.extract_tags(text, topK=10, withWeight=True, allowPOS=("n", "nr", "ns", "nt", "nz"))
    return len(texts), time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=20_000)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--jieba-sample", type=int, default=2_000)
    parser.add_argument("--keep", type=Path, help="write the corpus here and keep it")
    args = parser.parse_args()

    base = Path(tempfile.mkdtemp(prefix="newsroom-bench-"))
    corpus = args.keep or base / "corpus"
    corpus.mkdir(parents=True, exist_ok=True)
    try:
        pages = make_corpus(corpus, args.articles)
        print(f"corpus: {pages} pages in {corpus}", flush=True)
        setup_django(base)
        from archive.importing.run import import_pages

        started = time.perf_counter()
        report = import_pages([corpus], workers=args.workers)
        elapsed = time.perf_counter() - started
        print(
            f"import (workers={args.workers}): {report.pages_new} pages, {report.articles} articles, "
            f"{report.pages_failed} failed in {elapsed:.1f} s = {report.articles / elapsed:,.0f} articles/s, "
            f"{report.pages_new / elapsed:,.0f} pages/s",
            flush=True,
        )
        parent_peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        child_peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        print(f"peak memory: importer {parent_peak:,.0f} MiB, largest worker {child_peak:,.0f} MiB")

        started = time.perf_counter()
        again = import_pages([corpus], workers=args.workers)
        elapsed = time.perf_counter() - started
        print(f"re-import: {again.pages_unchanged} unchanged, {again.pages_new} new in {elapsed:.1f} s")

        # The same pages prepared (decoded, parsed, segmented, tagged) and nothing written: the
        # ceiling the Python side sets on the whole import, whatever the database costs.
        started = time.perf_counter()
        dry = import_pages([corpus], workers=args.workers, dry_run=True)
        elapsed = time.perf_counter() - started
        print(
            f"preparing alone (dry run, workers={args.workers}, nothing written): {dry.articles} articles "
            f"in {elapsed:.1f} s = {dry.articles / elapsed:,.0f} articles/s"
        )

        count, seconds = segmentation_alone(corpus)
        print(
            f"segmentation alone (rjieba: vectors + tags, 1 process): {count} articles in {seconds:.1f} s "
            f"= {count / seconds:,.0f} articles/s"
        )
        count, seconds = pure_jieba(corpus, args.jieba_sample)
        print(
            f"pure-Python jieba (cut_for_search + extract_tags, 1 process): {count} articles in "
            f"{seconds:.1f} s = {count / seconds:,.0f} articles/s"
        )
    finally:
        try:
            teardown_django(base)
        finally:
            shutil.rmtree(base, ignore_errors=True)


if __name__ == "__main__":
    main()
