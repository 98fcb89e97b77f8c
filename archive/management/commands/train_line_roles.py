"""``manage.py train_line_roles``: rebuild the parser's line-role model from the real-text corpus."""

import json
import subprocess
import sys
import tempfile
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from archive.parsing import line_roles
from archive.training import pages, train


class Command(BaseCommand):
    help = (
        "Render the corpus pages in many layouts, cross-validate the line-role model by page, "
        "choose the doubt threshold on the held-out folds, and write the model trained on every page."
    )

    def add_arguments(self, parser):
        shared = Path(settings.BASE_DIR).parent / "shared"
        parser.add_argument("--corpus", type=Path, default=shared / "corpus" / "rmrb")
        parser.add_argument("--scorer", type=Path, default=shared / "eval" / "score.py")
        parser.add_argument("--output", type=Path, default=line_roles.MODEL_PATH)
        parser.add_argument("--renderings", type=int, default=pages.RENDERINGS)
        parser.add_argument("--seeds", type=Path, default=Path(settings.BASE_DIR) / "seeds")
        parser.add_argument("--seed-gold", type=Path, default=shared / "eval" / "gold")

    def handle(self, *args, **options):
        corpus, scorer = options["corpus"], options["scorer"]
        if not corpus.is_dir():
            raise CommandError(f"no corpus at {corpus}")
        if not scorer.is_file():
            raise CommandError(f"no scorer at {scorer}")
        rendered = pages.render_corpus(corpus, options["renderings"])
        self.stdout.write(
            f"{len(rendered)} rendered pages from {len({p.name.rsplit('_', 1)[0] for _, p in rendered})} corpus pages"
        )
        with tempfile.TemporaryDirectory() as work:
            work = Path(work)
            gold = work / "gold"
            gold.mkdir()
            for _, page in rendered:
                (gold / f"{page.name}.json").write_text(
                    json.dumps(page.gold, ensure_ascii=False), encoding="utf-8"
                )
            real = self._verified_seeds(options["seeds"], options["seed_gold"], scorer, work)
            rows = train.cross_validate(rendered, pages.FOLDS, str(work), real)
            figures, seed_figures = {}, {}
            for threshold in train.THRESHOLDS:
                out = work / f"parsed-{threshold}.jsonl"
                out.write_text(
                    "\n".join(json.dumps(r, ensure_ascii=False) for r in train.flag(rows, threshold)),
                    encoding="utf-8",
                )
                figures[threshold] = self._score(scorer, out, gold)
                if real:
                    seed_figures[threshold] = self._score(scorer, out, options["seed_gold"])
                f, g = figures[threshold], seed_figures.get(threshold, {})
                self.stdout.write(
                    f"threshold {threshold:.2f}: rendered queue_recall {f['queue_recall']} "
                    f"false_alarms {f['false_alarms']}; seeds false_alarms {g.get('false_alarms', '-')}"
                )
            chosen = train.choose_threshold(figures, seed_figures)
            self.stdout.write(
                "held-out folds: "
                + " ".join(f"{k}={v}" for k, v in figures[chosen].items())
                + f" (threshold {chosen})"
            )
            if real:
                self.stdout.write(
                    "seeds, each held out in its fold: "
                    + " ".join(f"{k}={v}" for k, v in seed_figures[chosen].items())
                )
            examples = [train.example(fold, page) for fold, page in rendered] + [ex for ex, _ in real]
            train.train(examples, str(options["output"]))
        meta = {
            "seed_pages": [ex.name for ex, _ in real],
            "threshold": chosen,
            "params": train.PARAMS,
            "renderings": options["renderings"],
            "pages": len(rendered),
            "held_out": figures[chosen],
            "seeds_held_out": seed_figures.get(chosen),
        }
        options["output"].with_suffix(".json").write_text(
            json.dumps(meta, ensure_ascii=False, indent=2) + "\n"
        )
        size = options["output"].stat().st_size
        self.stdout.write(f"wrote {options['output']} ({size / 1024:.0f} KiB) and its threshold {chosen}")

    def _verified_seeds(self, seeds: Path, gold: Path, scorer: Path, work: Path):
        """Seed pages whose hand-checked gold the rules' cut matches item for item, as training
        examples (with their text, for the held-out measure); the others are left out."""
        from archive.parsing import parse_page

        out = []
        for path in sorted(seeds.glob("*.txt")):
            gold_file = gold / f"{path.name}.json"
            if not gold_file.exists():
                continue
            text = path.read_text(encoding="utf-8")
            rows = [a.as_json(path.name) for a in parse_page(text).articles]
            single = work / "seed-gold"
            single.mkdir(exist_ok=True)
            for old in single.glob("*.json"):
                old.unlink()
            (single / gold_file.name).write_text(gold_file.read_text(encoding="utf-8"), encoding="utf-8")
            parsed = work / "seed.jsonl"
            parsed.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), encoding="utf-8")
            result = subprocess.run(
                [sys.executable, str(scorer), str(parsed), str(single), "--json"],
                capture_output=True,
                text=True,
                check=True,
            )
            page = json.loads(result.stdout)["pages"][path.name]
            if page["exact"] == page["gold"] == page["parsed"]:
                out.append((train.verified_example(pages.fold_of(path.name), path.name, text), text))
            else:
                self.stdout.write(f"{path.name}: the rules' cut differs from its gold; left out of training")
        return out

    @staticmethod
    def _score(scorer: Path, parsed: Path, gold: Path) -> dict:
        result = subprocess.run(
            [sys.executable, str(scorer), str(parsed), str(gold), "--json"],
            capture_output=True,
            text=True,
            check=True,
        )
        return json.loads(result.stdout)["summary"]
