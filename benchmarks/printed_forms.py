"""How the parser cuts pages printed in other forms than the rules read, beside the same pages as
rendered: in traditional characters (papers of the 1940s, of Hong Kong and of Taiwan), in
full-width digits and letters (１月２２日, ＣＦＰ), with corner quotes (「…」).

Every rendered corpus page (``train_line_roles``'s renderings) is converted, its gold with it
(traditional: OpenCC ``s2t``, phrases and all), and each version is cut with the shipped models and
scored by the scorer.  The parser folds such a page to the forms the rules read to cut it
(``archive.parsing.scripts``), so the figures should match the rendered pages'.  And headlines
set letter-spaced (新 安 大 桥 建 成), which the rules close up (``classify.close_letter_spacing``),
and whole pages an extraction wrote a character at a time (``lines.close_spaced_page``), and
characters a PDF's font wrote as the radicals they look like (``scripts.as_characters``),
and headlines run on into their lead-in on one line, which they part (``classify.split_run_in_leads``);
and pages as a collection of a paper's pieces cites each one, under its headline; and the
hard-wrapped pages with their columns set side by side in each text row, as an extraction keeping
the layout (pdftotext -layout) writes them, which the parser reads column by column
(``archive.parsing.columns``); and the hard-wrapped pages with every row flush, the paragraphs'
indents dropped, as an extraction that keeps no leading space writes them; and every page laid
out again in a narrow column (12 to 16 characters), its headlines wrapped in it and its indents
dropped, as the narrowest columns of a page come out.
(The queue's figures here are not held out: the shipped models were trained on these pages, and
on some laid out in narrow columns, flush or with their headlines wrapped.)

Run:  .venv/bin/python benchmarks/printed_forms.py [--corpus DIR --scorer FILE]
      [--without-folding]   (the parser as it was before pages were folded, letter-spaced
                           headlines and pages closed up, run-in lead-ins parted and columns set side by
                           side unfolded, for comparison)
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
import unicodedata
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from archive.parsing import page as page_rules  # noqa: E402
from archive.parsing import parse_page, roles, scripts  # noqa: E402
from archive.training import pages  # noqa: E402

#: A headline's line and the lead-in under it (本报讯（…）, 新华社…电) printed as one, a space between.
_RUN_IN = re.compile(r"(?m)^([^\n。！？]{4,40})\n+\u3000*((?:本报|新华社)[^\n，。]{0,14}?(?:讯|电)[（(\s])")
LETTER_SPACED = "headlines letter-spaced"
#: Characters of the longest headline line printed letter-spaced (big type holds few).
_SPACED_MAX = 16


def _letter_spaced(page) -> str:
    """The page with its kickers and titles of up to 16 characters set a character at a time,
    spaces between, as extraction gives big type (the scorer compares text without whitespace)."""
    heads = {
        text for text, role in page.lines if role in (roles.KICKER, roles.TITLE) and len(text) <= _SPACED_MAX
    }
    return "\n".join(" ".join(line) if line in heads else line for line in page.text.split("\n"))


RADICALS = "characters a font wrote as radicals (⼈⺠⽇报)"


def _as_radicals() -> dict[int, str]:
    """Each character that has a Kangxi radical's form, to that form, as some PDFs' fonts write
    them; the parser reads them as the characters and keeps those, so the gold stands."""
    return {ord(unicodedata.normalize("NFKC", chr(code))): chr(code) for code in range(0x2F00, 0x2FD6)}


SPACED_PAGE = "every row written a character at a time"


def _spaced_page(page) -> str:
    """The page as an extraction writing a character at a time gives it: a space after each
    character of every row, three where the page printed one (经 过 两 年 …, 记 者   甲)."""
    return "\n".join(" ".join(line) for line in page.text.split("\n"))


CITED = "cited as a collection of the paper's pieces cites them"


def _cited(page) -> str:
    """The page as a collection of the paper's pieces prints each one: the citation of where it was
    printed (《人民日报》（2025年02月05日第 19 版）) glued to the byline under its headline, or on a
    line of its own there when it has none."""
    date, number = page.name.split("_")[:2]
    y, m, d = date.split("-")
    citation = f"《人民日报》（{y}年{m}月{d}日第 {number} 版）"
    printed = [line for line in page.text.split("\n")]
    at = [k for k, line in enumerate(printed) if line.strip()]
    kinds = [role for _, role in page.lines]
    out = list(printed)
    for n, k in enumerate(at):
        ends_head = kinds[n] in roles.HEADLINE and (n + 1 == len(at) or kinds[n + 1] not in roles.HEADLINE)
        if not ends_head or kinds[n] == roles.COLUMN:
            continue
        if n + 1 < len(at) and kinds[n + 1] == roles.BYLINE:
            out[at[n + 1]] = printed[at[n + 1]] + citation
        else:
            out[k] = printed[k] + "\n" + citation
    return "\n".join(out)


WRAPPED = "hard-wrapped pages, as rendered"
SIDE_BY_SIDE = "hard-wrapped pages, two columns side by side"
THREE_SIDE_BY_SIDE = "hard-wrapped pages, three columns side by side (padded in display cells)"
TWO_OVER_THREE = "hard-wrapped pages, two columns side by side over three"
INDENTS_DROPPED = "hard-wrapped pages, the paragraphs' indents dropped"
NARROW = "every page hard-wrapped in a narrow column (12-16), headlines wrapped, indents dropped"
#: The narrow column each drawn width is set in.
_NARROWED = {14: 12, 18: 14}


def _narrow(layout):
    """A page's layout hard-wrapped in a narrow column, its headlines wrapped in it and its
    paragraphs' indents dropped, as the narrowest columns of a page come out of an extraction."""
    return replace(
        layout,
        paragraphs="wrap",
        markdown=False,
        flush=True,
        wrapped_heads=True,
        width=_NARROWED.get(layout.width, 16),
    )


def _indents_dropped(page) -> str:
    """A hard-wrapped page as an extraction that drops the space a paragraph's first row is set in
    by writes it: every row flush, a paragraph's first row short of the column by its indent, no
    blank line to tell where a paragraph or a story begins."""
    return "\n".join(row.lstrip("\u3000") for row in page.text.split("\n"))


def _side_by_side(page, columns: int, wide: bool) -> str:
    """A hard-wrapped page as an extraction that keeps the layout writes a page of columns
    (pdftotext -layout): its header on top, its rows cut into ``columns`` runs set side by side,
    each row padded to the widest row of its column, in characters or in display cells."""
    printed, head = _printed_rows(page)
    return "\n".join(printed[:head] + _set_side_by_side(printed[head:], columns, wide)) + "\n"


def _two_over_three(page) -> str:
    """The same, the upper half of the page's rows set in two columns and the lower half in three,
    a blank row between, as a page sets one story over two columns and others under it over three."""
    printed, head = _printed_rows(page)
    rows = printed[head:]
    half = len(rows) // 2
    blocks = (
        _set_side_by_side(rows[:half], 2, wide=False) + [""] + _set_side_by_side(rows[half:], 3, wide=False)
    )
    return "\n".join(printed[:head] + blocks) + "\n"


def _printed_rows(page) -> tuple[list[str], int]:
    """The page's printed rows, and how many of them its header holds."""
    printed = [line for line in page.text.split("\n") if line.strip()]
    kinds = [role for _, role in page.lines]
    head = 0
    while head < len(kinds) and kinds[head] == roles.FURNITURE:
        head += 1
    return printed, head


def _set_side_by_side(rows: list[str], columns: int, wide: bool) -> list[str]:
    size = -(-len(rows) // columns)
    runs = [rows[k * size : (k + 1) * size] for k in range(columns)]

    def cells(text: str) -> int:
        return sum(2 if wide and unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)

    width = max((cells(row) for run in runs[:-1] for row in run), default=0)
    out = []
    for k in range(size):
        row = [run[k] if k < len(run) else "" for run in runs]
        out.append(("".join(cell + " " * (width - cells(cell) + 4) for cell in row[:-1]) + row[-1]).rstrip())
    return out


def _converted(value, convert):
    if isinstance(value, str):
        return convert(value)
    if isinstance(value, list):
        return [_converted(v, convert) for v in value]
    if isinstance(value, dict):
        # the item's kind is a code of the gold format, not printed text
        return {k: v if k == "kind" else _converted(v, convert) for k, v in value.items()}
    return value


def _score(scorer: Path, rows: list[dict], golds: dict[str, dict], work: Path) -> str:
    gold_dir = work / "gold"
    gold_dir.mkdir(exist_ok=True)
    for old in gold_dir.glob("*.json"):
        old.unlink()
    for name, gold in golds.items():
        (gold_dir / f"{name}.json").write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    parsed = work / "parsed.jsonl"
    parsed.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), encoding="utf-8")
    out = subprocess.run(
        [sys.executable, str(scorer), str(parsed), str(gold_dir)], capture_output=True, text=True, check=True
    )
    return out.stdout.strip().splitlines()[-1]


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    shared = ROOT.parent / "shared"
    parser.add_argument("--corpus", type=Path, default=shared / "corpus" / "rmrb")
    parser.add_argument("--scorer", type=Path, default=shared / "eval" / "score.py")
    parser.add_argument("--without-folding", action="store_true")
    args = parser.parse_args()
    import opencc

    traditional = opencc.OpenCC("s2t").convert
    full_width = str.maketrans(
        {chr(c): chr(c + 0xFEE0) for c in (*range(0x30, 0x3A), *range(0x41, 0x5B), *range(0x61, 0x7B))}
    )
    forms = {
        "as rendered": lambda text: text,
        "traditional characters": traditional,
        "full-width digits and letters": lambda text: text.translate(full_width),
        "corner quotes": lambda text: (
            text.replace("“", "「").replace("”", "」").replace("‘", "『").replace("’", "』")
        ),
        "headlines run on into the lead-in on one line": lambda text: _RUN_IN.sub(r"\1 \2", text),
        LETTER_SPACED: None,
        RADICALS: None,
        SPACED_PAGE: None,
        CITED: None,
        WRAPPED: None,
        SIDE_BY_SIDE: None,
        THREE_SIDE_BY_SIDE: None,
        TWO_OVER_THREE: None,
        INDENTS_DROPPED: None,
        NARROW: None,
    }
    if args.without_folding:
        scripts.folded = lambda text: (text, None)
        page_rules.close_letter_spacing = lambda lines: None
        page_rules.split_run_in_leads = lambda lines: lines
        page_rules.unfold_columns = lambda text: text
        page_rules.close_spaced_page = lambda text: text
        scripts.as_characters = lambda text: text
    radicals = _as_radicals()
    rendered = [page for _, page in pages.render_corpus(args.corpus)]
    narrowed = [page for _, page in pages.render_corpus(args.corpus, relaid=_narrow)]
    with tempfile.TemporaryDirectory() as work:
        work = Path(work)
        for label, convert in forms.items():
            rows, golds = [], {}
            for page in narrowed if label == NARROW else rendered:
                if label == NARROW:
                    golds[page.name] = page.gold
                    text = page.text
                elif label in (WRAPPED, SIDE_BY_SIDE, THREE_SIDE_BY_SIDE, TWO_OVER_THREE, INDENTS_DROPPED):
                    if page.layout.paragraphs != "wrap":
                        continue  # (an extraction keeping the layout wraps every row at its column)
                    golds[page.name] = page.gold
                    text = {
                        WRAPPED: page.text,
                        SIDE_BY_SIDE: _side_by_side(page, 2, wide=False),
                        THREE_SIDE_BY_SIDE: _side_by_side(page, 3, wide=True),
                        TWO_OVER_THREE: _two_over_three(page),
                        INDENTS_DROPPED: _indents_dropped(page),
                    }[label]
                elif label in (LETTER_SPACED, SPACED_PAGE, CITED, RADICALS):
                    golds[page.name] = page.gold
                    text = {
                        LETTER_SPACED: _letter_spaced,
                        SPACED_PAGE: _spaced_page,
                        CITED: _cited,
                        RADICALS: lambda page: page.text.translate(radicals),
                    }[label](page)
                else:
                    golds[page.name] = dict(page.gold, articles=_converted(page.gold["articles"], convert))
                    text = convert(page.text)
                rows += [a.as_json(page.name) for a in parse_page(text).articles]
            print(f"{label}: {_score(args.scorer, rows, golds, work)}", flush=True)


if __name__ == "__main__":
    main()
