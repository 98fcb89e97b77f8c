"""How the parser and its doubt fare on pages laid out in a way their models never saw.

The pages of other papers are laid out so, while on the rendered folds that ``train_line_roles``
measures every layout is also seen in training, which flatters the doubt: its confidence comes
from readings that know the layout.  Here, for each trait of a layout (paragraphs hard-wrapped,
credits printed over captions, headlines set in from the column, markdown heads), the pages
rendered with it are set aside; both readings of the line-role model are trained on the other
pages, the item doubt is fitted on those pages' items as the shipped one is (by cross-validation,
``train.cross_validate``), and the pages set aside are cut and scored.  Beside them, the same
run's figures for the pages the models did see (each read by models that never saw its fold).

Every figure the scorer prints, at the shipped doubt threshold (``line_roles.json``), and the
queue's recall and false alarms at a few thresholds around it.

Run:  .venv/bin/python benchmarks/unseen_layouts.py [--traits wrap,credit_before,...]
      [--corpus DIR --scorer FILE]

About two minutes a trait on a quiet machine; the shipped models are left as they are.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from archive.parsing import line_roles  # noqa: E402
from archive.training import pages, train  # noqa: E402

#: Traits of a layout (``render.Layout``) a page may be set aside for.
TRAITS = {
    "wrap": ("paragraphs hard-wrapped, no blank line", lambda layout: layout.paragraphs == "wrap"),
    "newline": ("paragraphs by single newline", lambda layout: layout.paragraphs == "newline"),
    "credit_before": (
        "picture credits over their captions",
        lambda layout: layout.caption_credit == "before",
    ),
    "indented_heads": ("headlines set in from the column", lambda layout: layout.indented_heads),
    "markdown": ("markdown heads", lambda layout: layout.markdown),
    "one_line_heads": ("kicker and title on one line", lambda layout: layout.one_line_heads),
    "column_breaks": ("paragraphs broken by a column", lambda layout: layout.column_breaks),
    "flush": ("hard-wrapped rows, the paragraphs' indents dropped", lambda layout: layout.flush),
    "wrapped_heads": ("headlines wrapped in a narrow column", lambda layout: layout.wrapped_heads),
}
THRESHOLDS = (0.85, 0.9, 0.925, 0.95, 0.975)


def _module(path: Path):
    spec = importlib.util.spec_from_file_location("segmentation_scorer", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _scored(scorer: Path, rows: list[dict], golds: dict[str, dict], threshold: float, work: Path) -> dict:
    """The scorer's summary of ``rows`` flagged at ``threshold``, against ``golds``."""
    gold_dir = work / "gold"
    if gold_dir.exists():
        for old in gold_dir.glob("*.json"):
            old.unlink()
    gold_dir.mkdir(exist_ok=True)
    for name, gold in golds.items():
        (gold_dir / f"{name}.json").write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    parsed = work / "parsed.jsonl"
    parsed.write_text(
        "\n".join(json.dumps(r, ensure_ascii=False) for r in train.flag(rows, threshold)), encoding="utf-8"
    )
    out = subprocess.run(
        [sys.executable, str(scorer), str(parsed), str(gold_dir), "--json"],
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(out.stdout)["summary"]


def _report(label: str, rows: list[dict], golds: dict[str, dict], scorer: Path, module, work: Path) -> None:
    threshold = line_roles.threshold()
    summary = _scored(scorer, rows, golds, threshold, work)
    right = train.rightness(rows, golds, module)
    curve = "  ".join(
        "{t}: {queue_recall:.3f} / {false_alarms:.3f}".format(t=t, **train.queue_figures(rows, right, t))
        for t in THRESHOLDS
    )
    print(
        f"  {label}: {len(golds)} pages, {len(rows)} items; F1 {summary['segmentation_f1']} "
        f"headline {summary['headline_accuracy']} byline {summary['byline_accuracy']} "
        f"clean {summary['clean_body']} exactly_right {summary['exactly_right']}; at the shipped threshold "
        f"{threshold}: queue_recall {summary['queue_recall']} false_alarms {summary['false_alarms']}"
    )
    print(f"    queue recall / false alarms by threshold: {curve}")


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    shared = ROOT.parent / "shared"
    parser.add_argument("--traits", default="wrap,credit_before,indented_heads")
    parser.add_argument("--corpus", type=Path, default=shared / "corpus" / "rmrb")
    parser.add_argument("--scorer", type=Path, default=shared / "eval" / "score.py")
    args = parser.parse_args()
    traits = args.traits.split(",")
    unknown = [t for t in traits if t not in TRAITS]
    if unknown:
        parser.error(f"unknown traits {unknown}; known: {', '.join(TRAITS)}")
    module = _module(args.scorer)
    rendered = pages.render_corpus(args.corpus)
    for trait in traits:
        description, has = TRAITS[trait]
        seen = [(fold, page) for fold, page in rendered if not has(page.layout)]
        unseen = [page for _, page in rendered if has(page.layout)]
        print(f"{trait} ({description}): trained on {len(seen)} pages, {len(unseen)} set aside", flush=True)
        with tempfile.TemporaryDirectory() as work:
            work = Path(work)
            held = train.cross_validate(seen, pages.FOLDS, str(work), keeps=(0.0,), scorer=module)[0.0]
            model_path = work / "line_roles.crfsuite"
            train.train([train.example(fold, page) for fold, page in seen], str(model_path))
            reading = line_roles.LineRoleModel(model_path, item_doubt=train.fit_doubt(held.judged))
            rows = [row for page in unseen for row in train.parsed_rows(page, reading, 0.0)]
            _report(
                "set aside (never seen)", rows, {p.name: p.gold for p in unseen}, args.scorer, module, work
            )
            _report(
                "seen (held out by fold)",
                held.rows,
                {p.name: p.gold for _, p in seen},
                args.scorer,
                module,
                work,
            )


if __name__ == "__main__":
    main()
