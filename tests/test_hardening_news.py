"""Hardening of the news and page adapters.

B18: a line an item has once (``_Context:``, the date, the headline, ...) given
again is kept, never dropped in silence.  B11: every rule reads a line in linear
time, whatever runs of brackets, underscores or spaces it holds.
"""

from __future__ import annotations

import time
from collections.abc import Callable

import pytest

from cablegram import Severity
from cablegram.adapters.news import parse_news, parse_news_day
from cablegram.adapters.page import parse_page
from cablegram.check.documents import uncovered_news, uncovered_page
from cablegram.model import NewsDay, NewsItem, Page

from .shapes import best_time

# A day page and an item cut from ../shared/corpus/news (2008-03-18).
DAY = (
    "## [2008-03-18](/news/2008/03/18/index.md)\n\n"
    "### [ The United States Federal Reserve System cuts the federal funds rate by 75 basis "
    "points to 2.25%. ](/news/2008/03/18/the-united-states-federal-reserve-system-cuts-the-"
    "federal-funds-rate-by-75-basis-points-to-2-25.md)\n"
    "_Context: U.S., U.S. Federal Reserve, benchmark interest rate_\n\n"
    "### [ Police in Manipur, India claim a rebel group has killed seven migrant workers. ]"
    "(/news/2008/03/18/police-in-manipur-india-claim-a-rebel-group-has-killed-seven-migrant-"
    "workers.md)\n"
    "_Context: India, Manipur_\n\n"
    "## [Previous Day...](/news/2008/03/17/index.md)\n"
)
THREE_CONTEXTS = "_Context: India_\n_Context: Manipur_\n_Context: rebels_\n"

ITEM = (
    "Formats: [HTML](/news/2008/05/13/x.html)  [JSON](/news/2008/05/13/x.json)\n\n"
    "### [2008-05-13](/news/2008/05/13/index.md)\n\n"
    "##### Death toll\n"
    "#  The death toll from the earthquake reaches 12,000. \n\n"
    "### Sources:\n\n"
    "1. [BBC News](http://news.bbc.co.uk/2/hi/asia-pacific/7397489.stm)\n"
)


def _lost(doc: NewsItem | NewsDay) -> list[str]:
    return [span.of(doc.raw) for span in uncovered_news(doc)]


def _unparsed(doc: NewsItem | NewsDay) -> list[str]:
    items = doc.items if isinstance(doc, NewsDay) else ()
    return [u.text for u in doc.unparsed] + [u.text for i in items for u in i.unparsed]


# ------------------------------------------------------------------------------ B18


def test_b18_day_item_with_three_context_lines_keeps_all() -> None:
    day = parse_news_day(DAY.replace("_Context: India, Manipur_\n", THREE_CONTEXTS))
    police = day.items[1]
    assert police.context == ("India",)
    assert police.context_span is not None
    assert police.context_span.of(day.raw) == "_Context: India_"
    assert [u.text for u in police.unparsed] == ["_Context: Manipur_", "_Context: rebels_"]
    assert {(d.code, d.severity) for d in police.diagnostics} == {("news-unparsed", Severity.ERROR)}
    assert _lost(day) == []


def test_b18_item_with_three_context_lines_keeps_all() -> None:
    text = ITEM.replace("\n\n### Sources:", "\n" + THREE_CONTEXTS + "\n### Sources:")
    item = parse_news(text)
    assert item.context == ("India",)
    assert [u.text for u in item.unparsed] == ["_Context: Manipur_", "_Context: rebels_"]
    assert _lost(item) == []


def test_b18_the_first_context_is_the_context_in_strict_mode_too() -> None:
    day = parse_news_day(DAY, strict=True)
    assert [i.context for i in day] == [
        ("U.S.", "U.S. Federal Reserve", "benchmark interest rate"),
        ("India", "Manipur"),
    ]


_ITEM_REPEATS = {
    "formats": ("### [2008", "Formats: [XML](/x.xml)\n### [2008"),
    "date": ("##### Death", "### [2008-05-14](/news/2008/05/14/index.md)\n##### Death"),
    "category": ("#  The death", "##### Sichuan\n#  The death"),
    "headline": ("\n\n### Sources:", "\n# A second headline\n\n### Sources:"),
    "context": ("\n\n### Sources:", "\n_Context: a_\n_Context: b_\n\n### Sources:"),
    "late date": ("", "### [2008-05-14](/news/2008/05/14/index.md)\n"),
    "late headline": ("", "# A late headline\n"),
}


@pytest.mark.parametrize("name", sorted(_ITEM_REPEATS))
def test_b18_repeated_single_valued_item_line_is_kept(name: str) -> None:
    old, new = _ITEM_REPEATS[name]
    text = ITEM.replace(old, new) if old else ITEM + new
    item = parse_news(text)
    assert _lost(item) == []
    assert _unparsed(item), "the repeated line is reported"


_DAY_REPEATS = {
    "date": ("### [ Police", "## [2008-03-19](/news/2008/03/19/index.md)\n### [ Police"),
    "category": ("### [ Police", "##### India\n##### Manipur\n### [ Police"),
    "previous day": ("", "## [Previous Day...](/news/2008/03/16/index.md)\n"),
    "formats": ("## [2008-03-18]", "Formats: [A](/a)\nFormats: [B](/b)\n## [2008-03-18]"),
    "context": ("_Context: India, Manipur_\n", "_Context: India_\n_Context: Manipur_\n"),
}


@pytest.mark.parametrize("name", sorted(_DAY_REPEATS))
def test_b18_repeated_single_valued_day_line_is_kept(name: str) -> None:
    old, new = _DAY_REPEATS[name]
    text = DAY.replace(old, new) if old else DAY + new
    day = parse_news_day(text)
    assert _lost(day) == []
    assert _unparsed(day), "the repeated line is reported"


# ------------------------------------------------------------------------------ B11

_N = 2000
_ITEM_HEAD = "### [2008-03-18](/news/2008/03/18/index.md)\n# Headline\n"


def _assert_linear(parse: Callable[[str], object], make: Callable[[int], str]) -> None:
    """Reading 8n characters takes less than 16 times as long as reading n (a
    quadratic rule takes 64 times as long).  A timing upset by a busy machine is
    taken again, twice at most."""
    small, large = make(_N), make(8 * _N)
    started = time.perf_counter()
    for _ in range(3):
        t_small, t_large = best_time(parse, small), best_time(parse, large)
        if t_large < 16 * t_small:
            break
    assert t_large < 16 * t_small, (t_small, t_large)
    assert time.perf_counter() - started < 1.0


def test_b11_link_heading_is_linear() -> None:
    # "## [" then "](" without end: the headline link of a day page.
    _assert_linear(parse_news_day, lambda n: "## [" + "](" * (n // 2) + "!")
    _assert_linear(parse_news, lambda n: "### [" + "[a](" * (n // 4) + "!")


def test_b11_numbered_source_line_is_linear() -> None:
    _assert_linear(parse_news, lambda n: _ITEM_HEAD + "### Related:\n1. [" + "[a](" * (n // 4))


def test_b11_formats_links_are_linear() -> None:
    _assert_linear(parse_news, lambda n: "Formats: " + "[" * n)
    _assert_linear(parse_news_day, lambda n: "Formats: " + "[" * n)


def test_b11_section_heading_is_linear() -> None:
    _assert_linear(parse_news, lambda n: _ITEM_HEAD + "## a" + " " * n + "!")


def test_b11_context_line_is_linear() -> None:
    _assert_linear(parse_news, lambda n: _ITEM_HEAD + "_Context:" + " " * n + "!")
    _assert_linear(parse_news, lambda n: _ITEM_HEAD + "_Context: " + "_ " * (n // 2) + "!")


_RUNS = ("[", "*", "_", "(", "`", "[a](", "](", "](x)", " ", "''x", "#", ".", "&#")
_PREFIXES = ("", "## [", "1. [", "_Context:", "## a", "Formats: ", "##### ", "# ")


@pytest.mark.parametrize("prefix", _PREFIXES)
@pytest.mark.parametrize("run", _RUNS)
def test_b11_long_runs_are_read_in_linear_time(prefix: str, run: str) -> None:
    def make(n: int) -> str:
        return _ITEM_HEAD + "### Related:\n" + prefix + run * (n // len(run)) + "!\n"

    _assert_linear(parse_news, make)
    _assert_linear(parse_news_day, lambda n: prefix + run * (n // len(run)) + "!")


_PAGE_PREFIXES = ("", "1. ", "Symbol of ", "a.gc.ca", "Date Modified: ", "April ", "x" * 10)


@pytest.mark.parametrize("prefix", _PAGE_PREFIXES)
@pytest.mark.parametrize("run", ("0", ".", "-", " ", "a", "[a](", "1. ", "\t"))
def test_b11_page_lines_are_read_in_linear_time(prefix: str, run: str) -> None:
    _assert_linear(parse_page, lambda n: "Title\n" + prefix + run * (n // len(run)) + "!")


@pytest.mark.parametrize("run", _RUNS)
def test_long_runs_never_raise_and_lose_nothing(run: str) -> None:
    text = "\n".join(p + run * 300 for p in _PREFIXES)
    for doc in (parse_news(_ITEM_HEAD + text), parse_news_day(text)):
        assert _lost(doc) == []
    page: Page = parse_page(text)
    assert uncovered_page(page) == []
