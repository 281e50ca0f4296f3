"""cablegram.parse and cablegram.sniff: one entry point that tells the formats apart
with cheap checks and never guesses."""

from __future__ import annotations

import pickle
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import cablegram
from cablegram import UnknownFormatError

from .conftest import DATA

EXAMPLES = Path(__file__).parents[1] / "examples" / "data"


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("07OTTAWA2266.txt", "cable"),
        ("000_fe949eef2e746b1c.txt", "page"),
        ("001_c0bdbbfb6099a82f.txt", "news"),
    ],
)
def test_sniff_the_seeds(name: str, kind: str) -> None:
    assert cablegram.sniff((DATA / name).read_text(encoding="utf-8")) == kind


def test_sniff_a_day_page_and_a_headerless_body() -> None:
    day = "## [2008-02-17](/news/2008/02/17/index.md)\n\n### [ Kosovo declares ](/news/x.md)\n"
    assert cablegram.sniff(day) == "news-day"
    # 1974STATE124929 (History Lab): a telegram body without its header
    body = (
        "PANAMA FOR RSS / RMO\n1 . ADVISED TWO ( 2 ) MARINES ARRIVED CARACAS JUNE 10,1974 .\n"
        "2 . PRESUME ADDITIONAL TWO ( 2 ) MARINES WILL NOT PROCEED CARACAS UNTIL JUNE 17 .\n"
        "SISCO\n"
    )
    assert cablegram.sniff(body) == "cable"


@pytest.mark.parametrize(
    "text",
    ["", "   \n\n", "\x00\x01\x02binary\x03" * 20, "Dear Sir, thank you for your letter."],
    ids=["empty", "blank", "binary", "prose"],
)
def test_unknown_formats_raise_a_clear_error(text: str) -> None:
    with pytest.raises(UnknownFormatError):
        cablegram.parse(text)


def test_parse_paths_and_keep_the_source() -> None:
    cable = cablegram.parse(EXAMPLES / "07OTTAWA2266.txt")
    assert isinstance(cable, cablegram.Cable)
    assert cable.reference_id == "07OTTAWA2266"
    assert cable.source == str(EXAMPLES / "07OTTAWA2266.txt")
    page = cablegram.parse(DATA / "000_fe949eef2e746b1c.txt")
    assert isinstance(page, cablegram.Document) and page.kind == "page"
    news = cablegram.parse(DATA / "001_c0bdbbfb6099a82f.txt")
    assert isinstance(news, cablegram.Document) and news.kind == "news"


def test_binary_file_is_an_unknown_format(tmp_path: Path) -> None:
    path = tmp_path / "junk.bin"
    path.write_bytes(bytes(range(256)) * 4)
    with pytest.raises(UnknownFormatError):
        cablegram.parse(path)


@given(st.text(max_size=300))
def test_sniff_never_fails_otherwise(text: str) -> None:
    try:
        kind = cablegram.sniff(text)
    except UnknownFormatError:
        return
    assert kind in {"html", "csv", "news", "news-day", "cable", "page"}


def test_parse_file_refuses_a_file_over_max_size_before_reading_it(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    with big.open("wb") as handle:  # a sparse file: 64 GiB that were never written
        handle.truncate(64 * 2**30)
    with pytest.raises(cablegram.InputTooLargeError) as raised:
        cablegram.parse_file(big)
    assert raised.value.limit == cablegram.errors.MAX_DOCUMENT_BYTES
    assert pickle.loads(pickle.dumps(raised.value)).size == 64 * 2**30
    small = tmp_path / "cable.txt"
    small.write_bytes((DATA / "07OTTAWA2266.txt").read_bytes())
    with pytest.raises(cablegram.InputTooLargeError):
        cablegram.parse_file(small, max_size=100)
    assert cablegram.parse_file(small, max_size=None).reference_id == "07OTTAWA2266"
