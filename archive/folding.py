"""Traditional characters folded to simplified ones, so that 營商環境 and 营商环境 meet.

The table comes from OpenCC (``t2s``), applied one character at a time: a search must find a
substring wherever it occurs, so a character folds the same way whatever surrounds it (OpenCC's
phrase tables would turn 乾隆 and a lone 乾 into different strings).  Every character maps to
exactly one character, so a folded text keeps the length and the offsets of the original, which
highlighting relies on.  The table is built on first use (a few milliseconds), not on import.
"""

from __future__ import annotations

import re
from functools import cache

# The ideographs OpenCC's character table covers: extension A, the unified block and the
# compatibility ideographs (the rarer extensions have no simplified forms to fold to).
_RANGES = ((0x3400, 0x4DC0), (0x4E00, 0xA000), (0xF900, 0xFB00))


@cache
def folding_table() -> dict[int, str]:
    """``str.translate`` table: code point of a traditional character → its simplified form."""
    import opencc  # lazy: loads its dictionaries

    characters = [chr(code) for start, end in _RANGES for code in range(start, end)]
    # One character a line: OpenCC's phrases never span a line, so each character converts alone.
    converted = opencc.OpenCC("t2s").convert("\n".join(characters)).split("\n")
    if len(converted) != len(characters):  # a conversion that changed the lines: fold nothing
        return {}
    return {
        ord(original): simple
        for original, simple in zip(characters, converted, strict=True)
        if simple != original and len(simple) == 1
    }


@cache
def _traditional() -> re.Pattern[str]:
    return re.compile("[" + "".join(map(chr, folding_table())) + "]")


def fold(text: str) -> str:
    """``text`` with traditional characters replaced by simplified ones, one for one."""
    if not text or text.isascii():
        return text or ""
    # Most texts are simplified throughout: finding no traditional character is much cheaper
    # than translating every character.
    if _traditional().search(text) is None:
        return text
    return text.translate(folding_table())
