"""Reading page files: encodings, refusals with a reason, folders, uploads and manifests."""

import codecs
import datetime
import json

import pytest

from archive.importing.sources import (
    PageFileError,
    PageInfo,
    content_hash,
    decode_page,
    iter_page_sources,
    parse_manifest,
)

PAGE = "温岭日报\n\n城乡供水一体化工程开工\n\n本报讯（记者陈峰）7月25日上午，工程正式开工。\r\n"
EXPECTED = PAGE.replace("\r\n", "\n")


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (PAGE.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + PAGE.encode("utf-8"), "utf-8-sig"),
        (PAGE.encode("utf-16"), "utf-16"),
        (codecs.BOM_UTF16_BE + PAGE.encode("utf-16-be"), "utf-16"),
        (PAGE.encode("gb18030"), "gb18030"),
        (PAGE.encode("gbk"), "gb18030"),
    ],
    ids=["utf8", "utf8-bom", "utf16-le-bom", "utf16-be-bom", "gb18030", "gbk"],
)
def test_supported_encodings_decode_to_the_same_text(data, encoding):
    page = decode_page("p.txt", data)
    assert page.text == EXPECTED
    assert page.encoding == encoding
    # The same page in another encoding is the same page.
    assert page.content_hash == content_hash(EXPECTED)


def test_gb18030_only_characters_decode():
    text = "𠀀 城乡供水一体化工程开工"  # a character outside GBK
    assert decode_page("p.txt", text.encode("gb18030")).text == text


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty file"),
        (b"  \n\t\r\n  \n", "contains only whitespace"),
        ("\u3000\n".encode(), "contains only whitespace"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file (contains NUL bytes)"),
        (bytes(range(1, 32)) * 20 + "正文".encode(), "control characters"),
        (
            "正文".encode() + b" \x80\xff ",
            "cannot be decoded as UTF-8, UTF-16 or GB18030/GBK (byte 0x80 at offset 7)",
        ),
        (codecs.BOM_UTF16_LE + b"\x00\xd8", "invalid UTF-16"),
    ],
    ids=["empty", "whitespace", "ideographic-space", "nul", "controls", "undecodable", "bad-utf16"],
)
def test_refused_files_name_the_file_and_the_reason(data, reason):
    with pytest.raises(PageFileError) as caught:
        decode_page("bad.txt", data)
    assert caught.value.name == "bad.txt"
    assert reason in caught.value.reason
    assert str(caught.value).startswith("bad.txt: ")


def test_size_limit_is_checked_before_reading(tmp_path):
    path = tmp_path / "big.txt"
    path.write_bytes("正".encode() * 400)
    (source,) = iter_page_sources([path])
    assert len(source.read(1200)) == 1200
    with pytest.raises(PageFileError, match=r"file too large \(1,200 bytes; the limit is 1,199\)"):
        source.read(1199)


def test_folders_are_walked_recursively_for_txt_files_in_order(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "02.txt").write_text("二", encoding="utf-8")
    (tmp_path / "b" / "01.TXT").write_text("一", encoding="utf-8")
    (tmp_path / "a.txt").write_text("甲", encoding="utf-8")
    (tmp_path / "notes.md").write_text("no", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text("no", encoding="utf-8")
    names = [source.name for source in iter_page_sources([tmp_path])]
    assert names == ["a.txt", "b/01.TXT", "b/02.txt"]


def test_a_missing_path_is_an_error_source(tmp_path):
    (source,) = iter_page_sources([tmp_path / "nope.txt"])
    with pytest.raises(PageFileError, match="no such file or folder"):
        source.read(100)


def test_json_manifest_gives_defaults_and_per_file_values(tmp_path):
    (tmp_path / "01.txt").write_text("一", encoding="utf-8")
    (tmp_path / "02.txt").write_text("二", encoding="utf-8")
    (tmp_path / "manifest.json").write_text(
        json.dumps(
            {
                "publication": "温岭日报",
                "date": "2023-07-26",
                "files": {"01.txt": {"page": 1, "page_name": "要闻"}, "02.txt": {"date": "2023-07-27"}},
            },
            ensure_ascii=False,
        ),
        encoding="utf-8",
    )
    info = {source.name: source.info for source in iter_page_sources([tmp_path])}
    assert info == {
        "01.txt": PageInfo("温岭日报", datetime.date(2023, 7, 26), 1, "要闻"),
        "02.txt": PageInfo("温岭日报", datetime.date(2023, 7, 27), None, None),
    }


def test_csv_manifest_applies_to_a_file_given_directly(tmp_path):
    (tmp_path / "01.txt").write_text("一", encoding="utf-8")
    (tmp_path / "manifest.csv").write_text(
        "file,publication,date,page,page_name\n01.txt,浙江日报,2023-07-26,3,\n", encoding="utf-8"
    )
    (source,) = iter_page_sources([tmp_path / "01.txt"])
    assert source.info == PageInfo("浙江日报", datetime.date(2023, 7, 26), 3, None)


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("manifest.json", "{not json", "invalid JSON"),
        ("manifest.json", '{"files": {"01.txt": {"date": "26/07/2023"}}}', "is not YYYY-MM-DD"),
        ("manifest.json", '{"page": 3}', "applies to one file"),
        ("manifest.csv", "file,page\n01.txt,three\n", "is not a number"),
        ("manifest.csv", "name,page\n01.txt,3\n", '"file" column'),
    ],
)
def test_a_broken_manifest_fails_the_files_it_describes(tmp_path, name, content, reason):
    (tmp_path / "01.txt").write_text("一", encoding="utf-8")
    (tmp_path / name).write_text(content, encoding="utf-8")
    (source,) = iter_page_sources([tmp_path])
    with pytest.raises(PageFileError) as caught:
        source.read(100)
    assert f"{name} is invalid" in caught.value.reason
    assert reason in caught.value.reason


def test_uploads_with_a_manifest():
    manifest = (
        b"file,publication,date,page\n01.txt,\xe6\xb8\xa9\xe5\xb7\x9e\xe6\x97\xa5\xe6\x8a\xa5,2021-02-04,2\n"
    )
    sources = list(iter_page_sources([("C:\\pages\\01.txt", "一".encode()), ("manifest.csv", manifest)]))
    assert [(s.name, s.info) for s in sources] == [
        ("01.txt", PageInfo("温州日报", datetime.date(2021, 2, 4), 2))
    ]
    assert sources[0].read(100) == "一".encode()


def test_manifest_parser_ignores_blank_cells():
    defaults, entries = parse_manifest("manifest.csv", b"file,date\n01.txt,\n")
    assert defaults == PageInfo()
    assert entries == {"01.txt": PageInfo()}
