"""How well the parser cuts real text it was not trained on, and how well its doubt finds the
mistakes: every figure the scorer prints, on the held-out folds of the rendered corpus and on the
seed pages (each held out in its fold), for the rules' cut and for cuts the model may overrule
(``--keeps``), and for each doubt threshold.

Run:  .venv/bin/python benchmarks/parser_eval.py

It runs ``manage.py train_line_roles`` into a temporary file, so the shipped model is left as it
is; the corpus and the scorer are read from ../shared.
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
            ],
            cwd=ROOT,
            check=True,
        )


if __name__ == "__main__":
    main()
