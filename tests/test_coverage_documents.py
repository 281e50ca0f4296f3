"""Nothing of a government page or a news item is silently dropped: every non-blank
character falls inside some span of the parse, the news grammar's own syntax
(heading hashes, link brackets, section headings) excepted where it frames kept
text (see cablegram.check.documents).

The fixtures are short verbatim excerpts of ../shared/corpus, named after their
files; the corpus-wide checks are skipped when ../shared is absent.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from pathlib import Path

import attrs
import pytest

from cablegram.adapters.news import parse_news, parse_news_day
from cablegram.adapters.page import parse_page
from cablegram.check.documents import uncovered_document, uncovered_news, uncovered_page
from cablegram.model import NewsDay, NewsItem, Page

from .conftest import DATA

SHARED = Path(__file__).resolve().parents[1] / ".." / "shared"

Document = Page | NewsItem | NewsDay

# news/2013/04/8/margaret-thatcher-…-in-london.md: sources with a Cover Image, related
# items with their context, a change history.
THATCHER_2013_04_8 = (
    "### [2013-04-8](/news/2013/04/8/index.md)\n\n"
    "# Margaret Thatcher, former British Prime Minister, dies of a stroke at the age of 87 in "
    "London. \n\n"
    "The first woman to be UK prime minister, Baroness Thatcher, has died at the age of 87 "
    "following a stroke, her spokesman has said.\n\n\n"
    "### Source:\n\n"
    "1. [BBC](http://www.bbc.co.uk/news/uk-politics-22067155)\n"
    "3. [Cover Image](https://ichef.bbci.co.uk/news/1024/media/images/66802000/jpg/"
    "_66802412_66802411.jpg)\n\n"
    "### Related:\n\n"
    "1. [The former British Prime Minister Margaret Thatcher's ceremonial funeral is held in "
    "London. ](/news/2013/04/17/the-former-british-prime-minister-margaret-thatcher-s-"
    "ceremonial-funeral-is-held-in-london.md) _Context: London, Margaret Thatcher, Prime "
    "Minister, United Kingdom_\n\n"
    "### Changes:\n\n"
    "2. [Margaret Thatcher, former British Prime Minister, dies of a stroke at the age of 87 in "
    "London. ](/news/2013/04/8/margaret-thatcher-former-british-prime-minister-dies-of-a-"
    "stroke-at-the-age-of-87-in-london.md) _(Current version)_\n"
)

# news/2008/02/17/index.md: headline links, summaries with entities.
DAY_2008_02_17_INDEX = (
    "## [2008-02-17](/news/2008/02/17/index.md)\n\n"
    "### [ Cypriot President Tassos Papadopoulos is eliminated in the first round of the "
    "Cypriot presidential election. ](/news/2008/02/17/cypriot-president-tassos-papadopoulos-"
    "is-eliminated-in-the-first-round-of-the-cypriot-presidential-election.md)\n"
    "Cypriot President Tassos Papadopoulos was eliminated in the first round of a presidential "
    "election on Sunday, sending two candidates who want talks on reuniting the island to a "
    "run-off.\n\n"
    "## [Previous Day...](/news/2008/02/16/index.md)\n"
)

# pages/international_gc_ca_serbia_relations_newlayout.txt (cut short).
SERBIA_RELATIONS_NEWLAYOUT = (
    "Language selection\n\n\nCanada-Serbia relations\n\nOn this page\n\n"
    "Bilateral relations\n\n"
    "Canada is represented in Serbia by the Embassy of Canada in Belgrade. For its part, "
    "Serbia has an Embassy in Ottawa, a Consulate in Toronto, and Honorary Consuls in "
    "Vancouver, Calgary, and Montréal.\n"
)

# pages/canadainternational_serbia_canada_serbia-serbie_menu36_L_v2008.txt (cut short).
SERBIA_MENU36_L_V2008 = (
    "Government of Canada\nSymbol of the Government of Canada\n\nGovernment of Canada\n\n\n"
    "  1. Home\n  2. >\n  3. Bilateral Relations\n\nCanada-Serbia Relations\n\n"
    "In Serbia, Canada is represented by the Embassy of Canada in Belgrade.\n\n"
    "Serbia is represented in Canada by its Embassy in Ottawa.\n"
)


def _lost(doc: Document) -> list[str]:
    return [span.of(doc.raw) for span in uncovered_document(doc)]


# ------------------------------------------------------------ named real fixtures


def test_item_with_sources_related_and_changes_thatcher_2013_04_8() -> None:
    item = parse_news(THATCHER_2013_04_8, strict=True)
    assert len(item.sources) == 2 and len(item.related) == 1 and len(item.changes) == 1
    assert uncovered_news(item) == []


def test_day_page_headline_links_2008_02_17_index() -> None:
    day = parse_news_day(DAY_2008_02_17_INDEX, strict=True)
    assert len(day) == 1 and day.previous_day is not None
    assert uncovered_news(day) == []


def test_page_new_layout_serbia_relations_newlayout() -> None:
    assert uncovered_page(parse_page(SERBIA_RELATIONS_NEWLAYOUT)) == []


def test_page_old_header_serbia_menu36_L_v2008() -> None:
    page = parse_page(SERBIA_MENU36_L_V2008)
    assert [b.number for b in page.breadcrumbs] == [1, 3]  # "2. >" is chrome
    assert uncovered_page(page) == []


def test_seeds_in_tests_data() -> None:
    page = parse_page((DATA / "000_fe949eef2e746b1c.txt").read_text(encoding="utf-8"))
    item = parse_news((DATA / "001_c0bdbbfb6099a82f.txt").read_text(encoding="utf-8"))
    assert _lost(page) == [] and _lost(item) == []


# ------------------------------------------------- the fixtures of the other tests


def _fixtures() -> list[tuple[str, Callable[[str], Document], str]]:
    """The verbatim corpus excerpts of test_news and test_page, with their reader."""
    out: list[tuple[str, Callable[[str], Document], str]] = []
    for name in ("test_news", "test_page"):
        module = importlib.import_module(f"tests.{name}")
        for key, value in sorted(vars(module).items()):
            if not (key.isupper() and isinstance(value, str) and "\n" in value):
                continue
            if name == "test_page":
                out.append((f"{name}.{key}", parse_page, value))
            elif key.startswith("DAY_"):
                out.append((f"{name}.{key}", parse_news_day, value))
            else:
                out.append((f"{name}.{key}", parse_news, value))
    return out


FIXTURES = _fixtures()


def test_fixtures_found() -> None:
    assert len(FIXTURES) >= 10


@pytest.mark.parametrize(("name", "parse", "text"), FIXTURES, ids=[n for n, _, _ in FIXTURES])
def test_every_character_of_the_fixtures_accounted_for(
    name: str, parse: Callable[[str], Document], text: str
) -> None:
    assert _lost(parse(text)) == []


# ---------------------------------------------------------- the check can fail


def test_a_dropped_headline_is_reported_with_its_hashes() -> None:
    item = parse_news(THATCHER_2013_04_8)
    lost = _lost(attrs.evolve(item, headline=None))
    assert lost == [
        "# Margaret Thatcher, former British Prime Minister, dies of a stroke at the age of 87 "
        "in London."
    ]


def test_dropped_sources_are_reported_but_their_heading_is_syntax() -> None:
    item = parse_news(THATCHER_2013_04_8)
    lost = _lost(attrs.evolve(item, sources=()))
    assert lost == [
        "1. [BBC](http://www.bbc.co.uk/news/uk-politics-22067155)",
        "3. [Cover Image](https://ichef.bbci.co.uk/news/1024/media/images/66802000/jpg/"
        "_66802412_66802411.jpg)",
    ]


def test_a_headline_url_is_syntax_only_when_kept_as_the_link() -> None:
    day = parse_news_day(DAY_2008_02_17_INDEX)
    item = attrs.evolve(day.items[0], link=None)
    lost = _lost(attrs.evolve(day, items=(item,)))
    assert len(lost) == 1 and lost[0].startswith("](/news/2008/02/17/cypriot-president")


def test_dropped_page_paragraphs_are_reported() -> None:
    page = parse_page(SERBIA_MENU36_L_V2008)
    lost = _lost(attrs.evolve(page, paragraphs=page.paragraphs[1:]))
    assert lost == ["In Serbia, Canada is represented by the Embassy of Canada in Belgrade."]


def test_page_chrome_is_not_exempt() -> None:
    page = parse_page(SERBIA_MENU36_L_V2008)
    lost = _lost(attrs.evolve(page, chrome=(), breadcrumbs=()))
    assert "Symbol of the Government of Canada" in lost and "1. Home" in lost


def test_a_second_context_line_is_accounted_for() -> None:
    text = DAY_2008_02_17_INDEX.replace(
        "run-off.\n", "run-off.\n_Context: Cyprus_\n_Context: elections_\n"
    )
    day = parse_news_day(text)
    assert day.items[0].context == ("Cyprus",)
    assert _lost(day) == []
    lost = _lost(attrs.evolve(day, items=(attrs.evolve(day.items[0], unparsed=()),)))
    assert lost == ["_Context: elections_"]


# ------------------------------------------------------------- the whole corpus


def _corpus() -> list[Path]:
    if not SHARED.is_dir():
        return []
    corpus = SHARED / "corpus"
    return (
        sorted((corpus / "news" / "news").rglob("*.md"))
        + sorted((corpus / "pages").glob("*.txt"))
        + sorted((SHARED / "seeds").glob("00[01]_*"))
    )


def _read(path: Path) -> Document:
    text = path.read_text(encoding="utf-8")
    if path.suffix == ".txt" and not path.name.startswith("001_"):
        return parse_page(text)
    if path.name in ("index.md", "README.md"):
        return parse_news_day(text)
    return parse_news(text)


CORPUS = _corpus()


@pytest.mark.skipif(not CORPUS, reason="../shared is absent")
def test_corpus_found() -> None:
    assert len(CORPUS) >= 30


@pytest.mark.skipif(not CORPUS, reason="../shared is absent")
@pytest.mark.parametrize("path", CORPUS, ids=[p.name[:60] for p in CORPUS])
def test_every_character_of_the_corpus_accounted_for(path: Path) -> None:
    assert _lost(_read(path)) == []
