"""How well the parser cuts real text it was not trained on, and how well its doubt finds the
mistakes: every figure the scorer prints, on the held-out folds of the rendered corpus and on the
seed pages (each held out in its fold, the item doubt by nested cross-validation), for the
rules' cut and for cuts the model may overrule (``--keeps``), each at the doubt threshold chosen
for it, and the share of items wrong and not flagged.

Run:  .venv/bin/python benchmarks/parser_eval.py [--corpus DIR --scorer FILE --seed-gold DIR]

It runs ``manage.py train_line_roles`` into a temporary folder, so the shipped models are left as
they are; the corpus and the scorer are read from ../shared (``--corpus``, ``--scorer`` and
``--seed-gold`` are passed on).
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    with tempfile.TemporaryDirectory() as work:
        subprocess.run(
            [
                sys.executable,
                "manage.py",
                "train_line_roles",
                "--keeps",
                "0,0.01,0.05,0.1,0.2",
                "--output",
                str(Path(work) / "line_roles.crfsuite"),
                *sys.argv[1:],
            ],
            cwd=ROOT,
            check=True,
        )


if __name__ == "__main__":
    main()
