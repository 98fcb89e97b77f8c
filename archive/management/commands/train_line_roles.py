"""``manage.py train_line_roles``: rebuild the parser's line-role model from the real-text corpus."""

import importlib.util
import json
import subprocess
import sys
import tempfile
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from archive.parsing import line_roles
from archive.training import doubt, pages, render, train


def _module(scorer: Path):
    """The scorer's own module: which items it counts exactly right is what the doubt learns."""
    spec = importlib.util.spec_from_file_location("segmentation_scorer", scorer)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


class Command(BaseCommand):
    help = (
        "Render the corpus pages in many layouts, cross-validate the line-role model by page, "
        "choose how readily it overrules the rules and the doubt threshold on the held-out folds, "
        "and write the model trained on every page."
    )

    def add_arguments(self, parser):
        shared = Path(settings.BASE_DIR).parent / "shared"
        parser.add_argument("--corpus", type=Path, default=shared / "corpus" / "rmrb")
        parser.add_argument("--scorer", type=Path, default=shared / "eval" / "score.py")
        parser.add_argument("--output", type=Path, default=line_roles.MODEL_PATH)
        parser.add_argument("--renderings", type=int, default=pages.RENDERINGS)
        parser.add_argument("--seeds", type=Path, default=Path(settings.BASE_DIR) / "seeds")
        parser.add_argument("--seed-gold", type=Path, default=shared / "eval" / "gold")
        parser.add_argument(
            "--keeps",
            default=",".join(map(str, train.KEEPS)),
            help="comma-separated probabilities below which the model may overrule the rules' role of a "
            "line, to measure and choose from (0: the rules cut, the model only doubts)",
        )

    def _curve(self, keep: float, curve: dict, seeds: dict, relaid: dict) -> None:
        """Queue recall and false alarms at every threshold the choice weighs (``-v 2``)."""
        self.stdout.write(
            f"keep {keep}: threshold, rendered queue recall / false alarms, seeds and relaid false alarms"
        )
        for t in sorted(curve):
            row = curve[t]
            self.stdout.write(
                f"  {t:.3f}  {row['queue_recall']:.3f} / {row['false_alarms']:.3f}"
                f"  {seeds.get(t, {}).get('false_alarms', float('nan')):.3f}"
                f"  {relaid.get(t, {}).get('false_alarms', float('nan')):.3f}"
            )

    def handle(self, *args, **options):
        corpus, scorer, seed_gold = options["corpus"], options["scorer"], options["seed_gold"]
        if not corpus.is_dir():
            raise CommandError(f"no corpus at {corpus}")
        if not scorer.is_file():
            raise CommandError(f"no scorer at {scorer}")
        rendered = pages.render_corpus(corpus, options["renderings"])
        self.stdout.write(f"{len(rendered)} rendered pages of {len(pages.corpus_pages(corpus))} corpus pages")
        with tempfile.TemporaryDirectory() as work:
            work = Path(work)
            gold = work / "gold"
            gold.mkdir()
            for _, page in rendered:
                (gold / f"{page.name}.json").write_text(
                    json.dumps(page.gold, ensure_ascii=False), encoding="utf-8"
                )
            real = self._verified_seeds(options["seeds"], seed_gold, scorer, work)
            try:
                keeps = tuple(float(k) for k in options["keeps"].split(","))
            except ValueError:
                raise CommandError(f"--keeps: not a list of numbers: {options['keeps']}") from None
            seed_golds = {
                ex.name: json.loads((seed_gold / f"{ex.name}.json").read_text(encoding="utf-8"))
                for ex, _ in real
            }
            scorer_module = _module(scorer)
            relaid = self._relaid(options["seeds"], seed_gold, work)
            held_out = train.cross_validate(
                rendered,
                pages.FOLDS,
                str(work),
                real,
                keeps=keeps,
                golds=seed_golds,
                scorer=scorer_module,
                measured=relaid,
            )
            rendered_golds = {page.name: page.gold for _, page in rendered}
            relaid_golds = {page.name: page.gold for _, page in relaid}
            figures: dict[float, dict] = {}
            seed_figures: dict[float, dict] = {}
            thresholds: dict[float, float] = {}
            unflagged_by_keep: dict[float, float] = {}
            relaid_figures: dict[float, dict] = {}
            for keep in keeps:
                rows = held_out[keep].rows
                right = train.rightness(rows, rendered_golds, scorer_module)
                right_seeds = train.rightness(rows, seed_golds, scorer_module)
                right_relaid = train.rightness(rows, relaid_golds, scorer_module)
                curve = {t: train.queue_figures(rows, right, t) for t in train.THRESHOLDS}
                seed_curve = (
                    {t: train.queue_figures(rows, right_seeds, t) for t in train.THRESHOLDS} if real else {}
                )
                relaid_curve = (
                    {t: train.queue_figures(rows, right_relaid, t) for t in train.THRESHOLDS}
                    if relaid
                    else {}
                )
                threshold = thresholds[keep] = train.choose_threshold(curve, seed_curve, relaid_curve)
                if options["verbosity"] >= 2:
                    self._curve(keep, curve, seed_curve, relaid_curve)
                unflagged_by_keep[keep] = curve[threshold]["wrong_unflagged"]
                out = work / "parsed.jsonl"
                flagged = train.flag(rows, threshold)
                out.write_text(
                    "\n".join(json.dumps(r, ensure_ascii=False) for r in flagged), encoding="utf-8"
                )
                f = figures[keep] = self._scored(scorer, out, gold)["summary"]
                g = seed_figures[keep] = self._scored(scorer, out, seed_gold)["summary"] if real else {}
                if relaid:
                    relaid_figures[keep] = self._scored(scorer, out, work / "relaid-gold")["summary"]
                self.stdout.write(
                    f"keep {keep} (threshold {threshold}): rendered F1 {f['segmentation_f1']} "
                    f"exactly_right {f['exactly_right']} queue_recall {f['queue_recall']} "
                    f"false_alarms {f['false_alarms']}; seeds F1 {g.get('segmentation_f1', '-')} "
                    f"headline {g.get('headline_accuracy', '-')} byline {g.get('byline_accuracy', '-')} "
                    f"false_alarms {g.get('false_alarms', '-')}"
                )
            keep = train.choose_keep(figures, {k: g for k, g in seed_figures.items() if g})
            chosen = thresholds[keep]
            self.stdout.write(
                f"held-out folds (keep {keep}, threshold {chosen}): "
                + " ".join(f"{k}={v}" for k, v in figures[keep].items())
            )
            if real:
                self.stdout.write(
                    "seeds, each held out in its fold: "
                    + " ".join(f"{k}={v}" for k, v in seed_figures[keep].items())
                )
            if relaid:
                self.stdout.write(
                    "seeds laid out again (without markdown, blank lines, hard-wrapped), each held out in "
                    "its fold, never trained on: "
                    + " ".join(f"{k}={v}" for k, v in relaid_figures[keep].items())
                )
            unflagged = unflagged_by_keep[keep]
            self.stdout.write(f"items wrong and not flagged: {unflagged} of the items parsed (held out)")
            examples = [train.example(fold, page) for fold, page in rendered]
            examples += train.weighted([ex for ex, _ in real])
            train.train(examples, str(options["output"]))
            judged = held_out[keep].judged
            item_doubt = train.fit_doubt(judged)
        meta = {
            "keep": keep,
            "threshold": chosen,
            "params": train.PARAMS,
            "renderings": options["renderings"],
            "pages": len(rendered),
            "seed_pages": [ex.name for ex, _ in real],
            "held_out": figures[keep],
            "seeds_held_out": seed_figures[keep] or None,
            "seeds_relaid_held_out": relaid_figures.get(keep),
            "unflagged_mistakes": unflagged,
        }
        output = options["output"]
        output.with_suffix(".json").write_text(json.dumps(meta, ensure_ascii=False, indent=2) + "\n")
        weights = {
            "items": len(judged.wrong),
            "wrong": sum(judged.wrong),
            "penalty": doubt.PENALTY,
            "weights": dict(sorted(item_doubt.weights.items())),
        }
        line_roles.doubt_path(output).write_text(json.dumps(weights, ensure_ascii=False, indent=2) + "\n")
        sizes = ", ".join(
            f"{path.name} {path.stat().st_size / 1024:.0f} KiB"
            for path in (output, line_roles.blind_path(output), line_roles.doubt_path(output))
        )
        self.stdout.write(f"wrote {sizes}: keep {keep}, threshold {chosen}")

    @staticmethod
    def _scored(scorer: Path, parsed: Path, gold: Path) -> dict:
        """The scorer's figures as JSON: the ``summary``, and each of the ``pages``."""
        result = subprocess.run(
            [sys.executable, str(scorer), str(parsed), str(gold), "--json"],
            capture_output=True,
            text=True,
            check=True,
        )
        return json.loads(result.stdout)

    @staticmethod
    def _relaid(seeds: Path, gold: Path, work: Path) -> list:
        """Every seed page with gold laid out again each way ``render.relay`` knows, in its seed's
        fold, with the gold (also written to ``work/relaid-gold`` for the scorer)."""
        out = []
        folder = work / "relaid-gold"
        folder.mkdir(exist_ok=True)
        for path, gold_file, text in _seeds_with_gold(seeds, gold):
            page_gold = json.loads(gold_file.read_text(encoding="utf-8"))
            for how in render.RELAYOUTS:
                name = f"{path.stem}_{how}.txt"
                relaid_gold = dict(page_gold, file=name)
                (folder / f"{name}.json").write_text(
                    json.dumps(relaid_gold, ensure_ascii=False), encoding="utf-8"
                )
                page = render.RenderedPage(name, render.relay(text, how), [], gold=relaid_gold)
                out.append((pages.fold_of(path.name), page))
        return out

    def _verified_seeds(self, seeds: Path, gold: Path, scorer: Path, work: Path):
        """Seed pages whose hand-checked gold the rules' cut matches item for item, as training
        examples (with their text, for the held-out measure); the others are left out."""
        from archive.parsing import read_page

        out = []
        single = work / "seed-gold"
        single.mkdir(exist_ok=True)
        for path, gold_file, text in _seeds_with_gold(seeds, gold):
            rows = [a.as_json(path.name) for a in read_page(text).articles]  # the rules alone
            for old in single.glob("*.json"):
                old.unlink()
            (single / gold_file.name).write_text(gold_file.read_text(encoding="utf-8"), encoding="utf-8")
            parsed = work / "seed.jsonl"
            parsed.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), encoding="utf-8")
            page = self._scored(scorer, parsed, single)["pages"][path.name]
            if page["exact"] == page["gold"] == page["parsed"]:
                out.append((train.verified_example(pages.fold_of(path.name), path.name, text), text))
            else:
                self.stdout.write(f"{path.name}: the rules' cut differs from its gold; left out of training")
        return out


def _seeds_with_gold(seeds: Path, gold: Path):
    """Each seed page that has gold: its path, its gold file and its text."""
    for path in sorted(seeds.glob("*.txt")):
        gold_file = gold / f"{path.name}.json"
        if gold_file.exists():
            yield path, gold_file, path.read_text(encoding="utf-8")
