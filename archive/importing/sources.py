"""Reading page files: finding them, refusing what is not a page, decoding, and the manifest.

Plain Python, no Django: the importer's worker processes call it, and the size limit is passed
in (the importer reads ``settings.ARCHIVE_MAX_PAGE_BYTES``).

Pages come as paths (a file, or a folder searched recursively for ``*.txt``) or as uploads,
``(name, bytes)`` pairs.  A folder may hold a manifest, ``manifest.json`` or ``manifest.csv``,
that gives the publication, date, page number and page name of the files beside it::

    {"publication": "温岭日报", "date": "2023-07-26",
     "files": {"01.txt": {"page": 1, "page_name": "要闻"},
               "02.txt": {"page": 2, "page_name": "综合", "date": "2023-07-27"}}}

    file,publication,date,page,page_name
    01.txt,温岭日报,2023-07-26,1,要闻

In JSON the top-level ``publication``/``date``/``page_name`` apply to every file of the folder and
an entry's own values override them; in CSV an empty cell means "not stated".
"""

from __future__ import annotations

import codecs
import csv
import datetime
import hashlib
import io
import json
import os
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from archive.importing.limits import (
    MAX_MANIFEST_BYTES,
    MAX_MANIFEST_DEPTH,
    MAX_NUMBER_DIGITS,
    MAX_PAGE_NUMBER,
    json_depth,
    printable_name,
    shown,
)

MANIFEST_NAMES = ("manifest.json", "manifest.csv")
PAGE_SUFFIX = ".txt"

# A decoded page with more than this share of control characters (other than tab, newline,
# carriage return and form feed) is taken for a binary file.
MAX_CONTROL_SHARE = 0.02
# Control characters (Unicode category Cc) other than the whitespace ones \t \n \v \f \r.
_CONTROLS = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f]")

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


class PageFileError(Exception):
    """A page file that cannot be imported; ``str()`` reads ``name: reason``."""

    def __init__(self, name: str, reason: str):
        super().__init__(name, reason)
        self.name = name
        self.reason = reason

    def __str__(self) -> str:
        return f"{self.name}: {self.reason}"


@dataclass(frozen=True)
class PageInfo:
    """What a manifest (or the operator) says about a page; None means not stated."""

    publication: str | None = None
    date: datetime.date | None = None
    page_number: int | None = None
    page_name: str | None = None

    def over(self, other: PageInfo) -> PageInfo:
        """These values, falling back to ``other``'s where not stated."""
        return PageInfo(
            publication=self.publication if self.publication is not None else other.publication,
            date=self.date if self.date is not None else other.date,
            page_number=self.page_number if self.page_number is not None else other.page_number,
            page_name=self.page_name if self.page_name is not None else other.page_name,
        )


@dataclass(frozen=True)
class PageSource:
    """One page to import: a file on disk (``path``) or uploaded bytes (``data``).

    ``name`` is how the page is known: the file's path relative to the folder it was found in
    (just the file name for a file given directly, or an upload's name).
    """

    name: str
    path: str | None = None
    data: bytes | None = None
    info: PageInfo = PageInfo()
    error: str | None = None

    def read(self, max_bytes: int) -> bytes:
        """The file's bytes; PageFileError when it is missing, unreadable or over ``max_bytes``."""
        if self.error:
            raise PageFileError(self.name, self.error)
        if self.data is not None:
            size = len(self.data)
            _check_size(self.name, size, max_bytes)
            return self.data
        try:
            with open(self.path, "rb") as handle:
                size = os.fstat(handle.fileno()).st_size
                _check_size(self.name, size, max_bytes)
                # Read one byte more than allowed, in case the file grew since fstat.
                data = handle.read(max_bytes + 1)
        except FileNotFoundError:
            raise PageFileError(self.name, "file not found") from None
        except IsADirectoryError:
            raise PageFileError(self.name, "is a folder, not a file") from None
        except OSError as exc:
            raise PageFileError(self.name, f"cannot be read ({exc.strerror or exc})") from None
        _check_size(self.name, len(data), max_bytes)
        return data


@dataclass(frozen=True)
class PageText:
    text: str
    encoding: str
    content_hash: str


def _check_size(name: str, size: int, max_bytes: int) -> None:
    if size > max_bytes:
        raise PageFileError(name, f"file too large ({size:,} bytes; the limit is {max_bytes:,})")


def content_hash(text: str) -> str:
    """SHA-256 of the decoded, newline-normalised text: the same page in GBK or UTF-8 is one page."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def decode_page(name: str, data: bytes) -> PageText:
    """Decode a page's bytes: UTF-8 (with or without BOM), UTF-16/32 with BOM, else GB18030 (GBK).

    Raises PageFileError for an empty or whitespace-only file, a binary file and bytes that no
    supported encoding accepts.  Newlines come out as ``\\n``.
    """
    if not data:
        raise PageFileError(name, "empty file")
    text = encoding = None
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                text, encoding = data.decode(codec), codec
            except UnicodeDecodeError as exc:
                raise PageFileError(name, f"invalid {codec.upper()} text ({_where(exc)})") from None
            break
    if text is None:
        if b"\x00" in data:
            raise PageFileError(name, "binary file (contains NUL bytes), not page text")
        try:
            text, encoding = data.decode("utf-8"), "utf-8"
        except UnicodeDecodeError as utf8_error:
            try:
                text, encoding = data.decode("gb18030"), "gb18030"
            except UnicodeDecodeError:
                raise PageFileError(
                    name, f"cannot be decoded as UTF-8, UTF-16 or GB18030/GBK ({_where(utf8_error)})"
                ) from None
    text = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    if "\x00" in text:
        raise PageFileError(name, "binary file (contains NUL characters), not page text")
    controls = len(_CONTROLS.findall(text))
    if controls and controls > MAX_CONTROL_SHARE * len(text):
        share = controls / len(text)
        raise PageFileError(name, f"binary file ({share:.0%} control characters), not page text")
    if not text.strip():
        raise PageFileError(name, "contains only whitespace")
    return PageText(text=text, encoding=encoding, content_hash=content_hash(text))


def _where(exc: UnicodeDecodeError) -> str:
    bad = exc.object[exc.start : exc.start + 1]
    return f"byte 0x{bad.hex()} at offset {exc.start}"


# -- manifests ------------------------------------------------------------------------------------


class ManifestError(Exception):
    pass


def _parse_date(value, where: str) -> datetime.date | None:
    if value in (None, ""):
        return None
    try:
        return datetime.date.fromisoformat(str(value).strip())
    except ValueError:
        raise ManifestError(f"{where}: date {shown(value)} is not YYYY-MM-DD") from None


def _parse_page(value, where: str) -> int | None:
    if value in (None, ""):
        return None
    digits = str(value).strip()
    if not digits.isdecimal() or not digits.isascii():
        raise ManifestError(f"{where}: page {shown(value)} is not a number")
    # int() of thousands of digits is refused by Python itself, and slow before that.
    if len(digits.lstrip("0")) > MAX_NUMBER_DIGITS or not 0 < int(digits) <= MAX_PAGE_NUMBER:
        raise ManifestError(f"{where}: page {shown(value)} is out of range (1–{MAX_PAGE_NUMBER})")
    return int(digits)


def _parse_text(value, where: str, field: str) -> str | None:
    if value in (None, ""):
        return None
    if not isinstance(value, str):
        raise ManifestError(f"{where}: {field} must be text")
    return value.strip() or None


def _info(values: dict, where: str) -> PageInfo:
    if not isinstance(values, dict):
        raise ManifestError(f"{where}: expected an object")
    return PageInfo(
        publication=_parse_text(values.get("publication"), where, "publication"),
        date=_parse_date(values.get("date"), where),
        page_number=_parse_page(values.get("page"), where),
        page_name=_parse_text(values.get("page_name"), where, "page_name"),
    )


def _json_number(digits: str) -> int | str:
    # A number too long for a page is kept as its digits, for _parse_page to refuse by name.
    return int(digits) if len(digits) <= MAX_NUMBER_DIGITS else digits


def parse_manifest(name: str, data: bytes) -> tuple[PageInfo, dict[str, PageInfo]]:
    """(defaults for every file, per-file values) of a ``manifest.json`` or ``manifest.csv``."""
    if len(data) > MAX_MANIFEST_BYTES:
        raise ManifestError(f"manifest too large ({len(data):,} bytes; the limit is {MAX_MANIFEST_BYTES:,})")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ManifestError("manifest is not UTF-8") from None
    if name.lower().endswith(".json"):
        if json_depth(text) > MAX_MANIFEST_DEPTH:
            raise ManifestError(f"JSON nested more than {MAX_MANIFEST_DEPTH} levels deep")
        try:
            doc = json.loads(text, parse_int=_json_number)
        except json.JSONDecodeError as exc:
            raise ManifestError(f"invalid JSON ({exc.msg} at line {exc.lineno})") from None
        except (RecursionError, ValueError) as exc:
            raise ManifestError(f"invalid JSON ({shown(str(exc))})") from None
        if not isinstance(doc, dict):
            raise ManifestError("expected a JSON object")
        defaults = _info(doc, "manifest")
        if defaults.page_number is not None:
            raise ManifestError("a page number applies to one file, not to the whole folder")
        files = doc.get("files", {})
        if not isinstance(files, dict):
            raise ManifestError('"files" must map file names to objects')
        return defaults, {str(file): _info(values, str(file)) for file, values in files.items()}
    reader = csv.DictReader(io.StringIO(text))
    try:
        if not reader.fieldnames or "file" not in [f.strip() for f in reader.fieldnames]:
            raise ManifestError('the CSV needs a header row with a "file" column')
        entries = {}
        for row in reader:
            row = {(key or "").strip(): _cell(value) for key, value in row.items() if key}
            file = row.get("file", "")
            if file:
                entries[file] = _info(row, f"{shown(file)} (line {reader.line_num})")
    except csv.Error as exc:
        raise ManifestError(f"invalid CSV at line {reader.line_num} ({exc})") from None
    return PageInfo(), entries


def _cell(value) -> str:
    # A row longer than the header puts its extra cells in a list under the None key.
    return value.strip() if isinstance(value, str) else ""


class Manifest:
    """Per-folder manifest lookup, read once per folder."""

    def __init__(self) -> None:
        self._folders: dict[str, tuple[PageInfo, dict[str, PageInfo]] | str | None] = {}

    def lookup(self, folder: str, file_name: str) -> tuple[PageInfo, str | None]:
        """(what the folder's manifest says about ``file_name``, error of a broken manifest)."""
        found = self._folders.get(folder, ...)
        if found is ...:
            found = self._folders[folder] = self._read(folder)
        if found is None:
            return PageInfo(), None
        if isinstance(found, str):
            return PageInfo(), found
        defaults, entries = found
        return entries.get(file_name, PageInfo()).over(defaults), None

    @staticmethod
    def _read(folder: str):
        for manifest_name in MANIFEST_NAMES:
            path = os.path.join(folder, manifest_name)
            if os.path.isfile(path):
                try:
                    with open(path, "rb") as handle:
                        # One byte past the limit is enough to refuse it.
                        return parse_manifest(manifest_name, handle.read(MAX_MANIFEST_BYTES + 1))
                except (OSError, ManifestError) as exc:
                    return f"{manifest_name} is invalid: {exc}"
        return None


# -- finding pages --------------------------------------------------------------------------------

Upload = tuple[str, bytes]


def _is_page_file(name: str) -> bool:
    return name.lower().endswith(PAGE_SUFFIX) and not name.startswith(".")


def _walk(root: str) -> Iterator[tuple[str, str | None]]:
    """(path, error) of the page files under ``root``, depth first, in name order.

    A folder reached a second time (a symbolic link back up the tree) is reported once as an
    error and not entered; so is a name that is not UTF-8, which could be neither printed nor
    stored.  The walk keeps its own stack: no folder depth exhausts Python's recursion.
    """
    seen: set[tuple[int, int]] = set()
    stack: list[Iterator[os.DirEntry]] = []

    def enter(folder: str) -> str | None:
        try:
            status = os.stat(folder)
            if (status.st_dev, status.st_ino) in seen:
                return "a symbolic link loop: this folder was already searched"
            entries = sorted(os.scandir(folder), key=lambda entry: entry.name)
        except OSError as exc:
            return f"folder cannot be read ({exc.strerror or exc})"
        seen.add((status.st_dev, status.st_ino))
        stack.append(iter(entries))
        return None

    if enter(root) is not None:
        return
    while stack:
        entry = next(stack[-1], None)
        if entry is None:
            stack.pop()
            continue
        if entry.name.startswith("."):
            continue
        try:
            is_dir = entry.is_dir()
            is_file = not is_dir and entry.is_file()
        except OSError as exc:  # a link cycle the kernel refuses to follow
            if _is_page_file(entry.name):
                yield entry.path, f"cannot be read ({exc.strerror or exc})"
            continue
        if is_dir:
            error = enter(entry.path)
            if error is not None:
                yield entry.path, error
        elif is_file and _is_page_file(entry.name):
            if printable_name(entry.name) != entry.name:
                yield entry.path, "the file name is not valid UTF-8: rename the file"
            else:
                yield entry.path, None


def iter_page_sources(sources: Iterable[str | os.PathLike | Upload]) -> Iterator[PageSource]:
    """The pages of ``sources``, lazily: files, folders (recursively, ``*.txt``) and uploads.

    A missing path gives a PageSource with ``error`` set, so it is reported like any bad file.
    Uploads named ``manifest.json``/``manifest.csv`` are manifests for the other uploads.
    """
    manifest = Manifest()
    uploads: list[Upload] = []
    for source in sources:
        if isinstance(source, tuple):
            uploads.append(source)
            continue
        path = os.fspath(source)
        if os.path.isdir(path):
            for file_path, walk_error in _walk(path):
                folder, file_name = os.path.split(file_path)
                name = printable_name(os.path.relpath(file_path, path))
                if walk_error:
                    yield PageSource(name=name, path=file_path, error=walk_error)
                    continue
                info, error = manifest.lookup(folder, file_name)
                if name != os.path.relpath(file_path, path):
                    error = "the folder's name is not valid UTF-8: rename the folder"
                yield PageSource(name=name, path=file_path, info=info, error=error)
        elif os.path.isfile(path):
            folder, file_name = os.path.split(os.path.abspath(path))
            info, error = manifest.lookup(folder, file_name)
            if printable_name(file_name) != file_name:
                error = "the file name is not valid UTF-8: rename the file"
            yield PageSource(name=printable_name(file_name), path=path, info=info, error=error)
        else:
            yield PageSource(name=printable_name(path), path=path, error="no such file or folder")
    if uploads:
        yield from _upload_sources(uploads)


def _upload_sources(uploads: list[Upload]) -> Iterator[PageSource]:
    defaults, entries, error = PageInfo(), {}, None
    pages = []
    for name, data in uploads:
        base = printable_name(os.path.basename(str(name).replace("\\", "/")))
        if base.lower() in MANIFEST_NAMES:
            try:
                defaults, entries = parse_manifest(base, bytes(data))
            except ManifestError as exc:
                error = f"{base} is invalid: {exc}"
        else:
            pages.append((base, bytes(data)))
    for name, data in pages:
        yield PageSource(name=name, data=data, info=entries.get(name, PageInfo()).over(defaults), error=error)
