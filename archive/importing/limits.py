"""How much of anything one page file or manifest may hold before it is refused.

Plain Python, no Django.  Every limit here turns an input that would break the run (a
recursion, an integer overflow in the database, a field the csv module refuses) into a
refusal of that one file, with a reason the operator can act on.
"""

from __future__ import annotations

#: Page numbers and an article's order on its page are PostgreSQL smallints.
MAX_PAGE_NUMBER = 32767
#: Items (articles and photo captions) on one page.  A printed page holds a few dozen; a file
#: with thousands is several pages run together, or not a page at all.
MAX_ITEMS_PER_PAGE = 2000
#: A manifest describes the files of one folder: a megabyte is thousands of entries.
MAX_MANIFEST_BYTES = 1024 * 1024
#: Nesting of a JSON manifest: an object of files, each an object of values.
MAX_MANIFEST_DEPTH = 4
#: Digits of a number in a manifest; more cannot be a page number.
MAX_NUMBER_DIGITS = 9
#: Characters of a refused value quoted back in an error message.
SHOWN_CHARACTERS = 40


def shown(value) -> str:
    """``repr(value)``, shortened for an error message."""
    text = repr(value)
    if len(text) > SHOWN_CHARACTERS:
        return f"{text[:SHOWN_CHARACTERS]}…({len(text):,} characters)"
    return text


def page_number_error(number: int | None) -> str | None:
    if number is not None and not 1 <= number <= MAX_PAGE_NUMBER:
        return f"page number {shown(number)} is out of range (1–{MAX_PAGE_NUMBER})"
    return None


def items_error(count: int) -> str | None:
    if count > MAX_ITEMS_PER_PAGE:
        return (
            f"{count:,} items on one page; the limit is {MAX_ITEMS_PER_PAGE:,} "
            "(is the file several pages run together?)"
        )
    return None


def json_depth(text: str) -> int:
    """How deeply a JSON text nests arrays and objects, counted without parsing it."""
    depth = deepest = 0
    in_string = escaped = False
    for char in text:
        if in_string:
            if escaped:
                escaped = False
            elif char == "\\":
                escaped = True
            elif char == '"':
                in_string = False
        elif char == '"':
            in_string = True
        elif char in "[{":
            depth += 1
            deepest = max(deepest, depth)
        elif char in "]}":
            depth -= 1
    return deepest


def printable_name(name: str) -> str:
    """A file name as it can be printed and stored: bytes that are not UTF-8 as ``\\xNN``."""
    try:
        name.encode("utf-8")
        return name
    except UnicodeEncodeError:
        pass
    try:
        return name.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    except UnicodeEncodeError:  # a lone surrogate that came from no file system
        return name.encode("utf-8", "backslashreplace").decode("utf-8")
