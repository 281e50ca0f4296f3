"""News items and day pages: the seed's golden JSON, the variants, bad input, spans.

Variant snippets are short verbatim excerpts of the files in ``../shared/corpus/news``
and are named after them.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import html
import json
import pickle
import re
import unicodedata
from collections.abc import Iterator
from pathlib import Path

import attrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import cablegram
from cablegram import CablegramError, Severity, Span, TextBlock, Unparsed
from cablegram.adapters.news import parse_news, parse_news_day
from cablegram.adapters.page import parse_page
from cablegram.errors import DocumentTextError
from cablegram.model import (
    Change,
    DatePrecision,
    Link,
    NewsDay,
    NewsItem,
    NewsSource,
    RelatedItem,
)

from .conftest import DATA

SEED_NAME = "001_c0bdbbfb6099a82f"
CORPUS = Path(__file__).resolve().parents[1] / ".." / "shared" / "corpus" / "news"


@pytest.fixture(scope="module")
def seed() -> str:
    with open(DATA / f"{SEED_NAME}.txt", encoding="utf-8", newline="") as handle:
        return handle.read()


def codes(doc: NewsItem | NewsDay) -> list[tuple[str, Severity]]:
    return [(d.code, d.severity) for d in doc.diagnostics]


# ------------------------------------------------------------------------ the seed


def test_golden_json(seed: str) -> None:
    item = parse_news(seed, strict=True)
    expected = json.loads((DATA / f"{SEED_NAME}.json").read_text(encoding="utf-8"))
    assert cablegram.to_dict(item, raw=False) == expected


def test_seed_fields(seed: str) -> None:
    item = parse_news(seed)
    assert item.diagnostics == () and item.unparsed == ()
    assert item.date == dt.date(2008, 3, 18)
    assert item.date_precision is DatePrecision.DAY
    assert item.date_link is not None
    assert item.date_link.url == "/news/2008/03/18/index.md"
    assert item.title == "Canada and Japan recognize Kosovo's independence."
    assert item.text.startswith("Canada followed the lead of about 30 other countries Tuesday")
    assert [(s.number, s.title, s.url) for s in item.sources] == [
        (1, "CBC", "http://www.cbc.ca/world/story/2008/03/18/canada-kosovo.html"),
        (
            2,
            "Ministry of Foreign Affairs of Japan",
            "http://www.mofa.go.jp/announce/announce/2008/3/0318.html",
        ),
        (
            2,
            "Cover Image",
            "https://i.cbc.ca/1.2248671.1382679495!/httpImage/image.jpg_gen/derivatives/"
            "16x9_1180/topkosovo-cp-130327.jpg",
        ),
    ]
    assert item.cover_image == item.sources[2].url
    assert len(item.related) == 5
    assert all(r.context == ("Canada", "Japan") for r in item.related)
    assert [r.date for r in item.related] == [
        dt.date(2015, 4, 16),
        dt.date(2011, 12, 8),
        dt.date(2010, 8, 5),
        dt.date(2010, 6, 11),
        dt.date(2010, 5, 28),
    ]
    assert item.related[1].headline == (
        "The Government of Japan apologizes to Canada over the treatment of Canadian POWs "
        "during World War II."
    )
    assert item.changes == () and item.formats == () and item.category is None


def test_seed_is_a_document(seed: str) -> None:
    item = parse_news(seed, source="seeds/001.txt")
    assert isinstance(item, cablegram.Document)
    assert item.kind == "news"
    assert item.source == "seeds/001.txt"
    assert item.doc_id == (
        "/news/2008/03/18/index.md#canada-and-japan-recognize-kosovo-s-independence"
    )
    assert item.to_dict()["kind"] == "news"


def test_seed_pickles(seed: str) -> None:
    item = parse_news(seed)
    assert pickle.loads(pickle.dumps(item)) == item


def test_timeline_of_page_and_news(seed: str) -> None:
    page = parse_page((DATA / "000_fe949eef2e746b1c.txt").read_text(encoding="utf-8"))
    item = parse_news(seed)
    assert cablegram.timeline([page, item]) == [item, page]


# ------------------------------------------------------------- variants of items

TURKISH_CURRENCY_2005_01_1 = (
    "### [2005-01-1](/news/2005/01/1/index.md)\n\n"
    '#  The Turkish currency is revalued at a rate of 1,000,000 "old" lira for 1 New '
    "Turkish Lira. \n\n\n\n\n### Source:\n\n"
    "1. [BBC](http://news.bbc.co.uk/2/hi/business/4137469.stm)\n"
)

DEATH_TOLL_2008_05_13 = (
    "\n"
    "Formats: [HTML](/news/2008/05/13/the-death-toll-from-the-earthquake-reaches-12-000.html)"
    "  [JSON](/news/2008/05/13/the-death-toll-from-the-earthquake-reaches-12-000.json)"
    "  [XML](/news/2008/05/13/the-death-toll-from-the-earthquake-reaches-12-000.xml)  \n"
    "\n"
    "### [2008-05-13](/news/2008/05/13/index.md)\n"
    "\n"
    "##### Death toll\n"
    "#  The death toll from the earthquake reaches 12,000. \n"
    "\n\n\n\n"
    "### Sources:\n"
    "\n"
    "1. [BBC News](http://news.bbc.co.uk/2/hi/asia-pacific/7397489.stm)\n"
    "2. [CNN](http://edition.cnn.com/2008/WORLD/asiapcf/05/13/china.quake/index.html)\n"
    "\n"
    "### Changes:\n"
    "\n"
    "1. [ 2008 Sichuan earthquake:: The death toll from the earthquake reaches 12,000. ]"
    "(/news/2008/05/13/2008-sichuan-earthquake-the-death-toll-from-the-earthquake-reaches-"
    "12-000.md) _2018-02-06 13:49:18 (First version)_\n"
    "2. [ 2008 Sichuan earthquake: The death toll from the earthquake reaches 12,000. ]"
    "(/news/2008/05/13/2008-sichuan-earthquake-p-the-death-toll-from-the-earthquake-reaches-"
    "12-000.md) _2018-02-06 13:49:18 (Update)_\n"
    "2. [ The death toll from the earthquake reaches 12,000. ]"
    "(/news/2008/05/13/the-death-toll-from-the-earthquake-reaches-12-000.md)"
    " _(Current version)_\n"
    "\n"
    "### Related:\n"
    "\n"
)

ARAB_LEAGUE_2013_09_1 = (
    "### [2013-09-1](/news/2013/09/1/index.md)\n\n"
    "##### Syria\n"
    "# The Arab League discusses the ongoing crisis in Syria at a closed-door meeting in "
    "Cairo. \n\n"
    "Secretary of State John Kerry says the US now has evidence of sarin gas use in Syria "
    "and says the &quot;case is building&quot; for a military attack.\n\n\n"
    "### Sources:\n\n"
    "1. [AP via News24](http://www.news24.com/World/News/Kerry-US-has-sarin-gas-proof-20130901)\n"
    "2. [Al Jazeera](http://www.aljazeera.com/news/middleeast/2013/08/2013831225922651174.html)\n"
    "2. [Cover Image](http://cdn.24.co.za/files/Cms/General/d/2464/"
    "f09da2e06520494aa21f9edaaa859f13.jpg)\n\n"
)

IRAN_MOURNING_2009_06_25 = (
    "### [2009-06-25](/news/2009/06/25/index.md)\n\n"
    "#  Iran  A mourning ceremony for protesters who died in the post-election protests is "
    "cancelled. \n\n"
    "A mourning ceremony for protestors who have died in Iran&#39;s post-election turmoil "
    "has been called off.\n\n\n### Source:\n\n"
    "2. [RTÉ](http://www.rte.ie/news/2009/0625/iran.html)\n"
)

GAZA_PULLOUT_2005_08_15 = (
    "### [2005-08-15](/news/2005/08/15/index.md)\n\n#  Israel begins the Gaza Strip pullout "
    "plan. \n\n### Related:\n\n"
    "1. [ Israel completes the unilateral disengagement from all settlements in the Gaza Strip "
    "and four in the West Bank. [http://olympics.reuters.com/news/newsArticle.aspx?type=topNews"
    "&storyID=2005-08-23T153244Z_01_MOL349068_RTRIDST_0_NEWS-MIDEAST-DC.XML (Reuters)] (Link "
    "dead as of 21:38, 14 January 2007 (UTC)), [http://news.bbc.co.uk/2/hi/middle_east/"
    "4177364.stm (BBC)], [http://www.haaretz.com/hasen/spages/616333.html (Haaretz)] (Link dead "
    "as of 21:38, 14 January 2007 (UTC))](/news/2005/08/23/israel-completes-the-unilateral-"
    "disengagement-from-all-settlements-in-the-gaza-strip-and-four-in-the-west-bank-http-"
    "olympics-reuters-co.md) _Context: Gaza Strip, Israel, West Bank, unilateral "
    "disengagement_\n"
)

SEWOL_HELICOPTER_2014_07_17 = (
    "### [2014-07-17](/news/2014/07/17/index.md)\n\n"
    '# A firefighting helicopter searching for missing people from the sinking of the MV "Sewol" '
    "in April crashes in the South Korean city of Gwangju with five people aboard. \n\n"
    "### Related:\n\n"
    "1. [South Korea approves plans to recover the Sewol which sank last year with the loss of "
    "300 people. ](/news/2015/04/22/south-korea-approves-plans-to-recover-the-sewol-which-sank-"
    "last-year-with-the-loss-of-300-people.md) _Context: Sinking of the MV ''Sewol'', "
    "South Korea_\n"
)

BURMA_KANG_NAM_2009_06_25 = (
    "### [2009-06-25](/news/2009/06/25/index.md)\n\n"
    "#  Burma denies any link to the North Korean ship ''Kang Nam 1'' being tracked by the "
    "United States on suspicion of carrying weapons in violation of a United Nations embargo. \n"
)

WIKILEAKS_ATTACKED_2010_11_28 = (
    "### [2010-11-28](/news/2010/11/28/index.md)\n\n# The WikiLeaks website is attacked.\n\n"
    "### Related:\n\n"
    "1. [Ahead of his court case Julian Assange is interviewed at the Norfolk country house "
    "where he is staying, having been up all night preparing U.S. State Department cables "
    "relevant to ongoing events in Egypt for inclusion on the WikiLeaks website. ]"
    "(/news/2011/01/30/ahead-of-his-court-case-julian-assange-is-interviewed-at-the-norfolk-"
    "country-house-where-he-is-staying-having-been-up-all-night-preparing-u.md) "
    "_Context: 250,000 documents, Julian Assange, WikiLeaks_\n"
)


def test_unpadded_day_turkish_currency_2005_01_1() -> None:
    item = parse_news(TURKISH_CURRENCY_2005_01_1, strict=True)
    assert item.date == dt.date(2005, 1, 1)
    assert item.date_link is not None and item.date_link.text == "2005-01-1"
    assert item.title is not None and item.title.endswith(
        '1,000,000 "old" lira for 1 New Turkish Lira.'
    )
    # No summary line: the item's text is empty, not the headline.
    assert item.paragraphs == () and item.text == ""
    assert item.diagnostics == ()


def test_newer_layout_death_toll_2008_05_13() -> None:
    item = parse_news(DEATH_TOLL_2008_05_13, strict=True)
    assert [(f.text, f.url.rsplit(".", 1)[1]) for f in item.formats] == [
        ("HTML", "html"),
        ("JSON", "json"),
        ("XML", "xml"),
    ]
    assert item.category is not None and item.category.text == "Death toll"
    assert item.title == "The death toll from the earthquake reaches 12,000."
    assert [s.title for s in item.sources] == ["BBC News", "CNN"]
    assert [(c.number, c.timestamp, c.label) for c in item.changes] == [
        (1, dt.datetime(2018, 2, 6, 13, 49, 18), "First version"),
        (2, dt.datetime(2018, 2, 6, 13, 49, 18), "Update"),
        (2, None, "Current version"),
    ]
    assert item.changes[0].headline == (
        "2008 Sichuan earthquake:: The death toll from the earthquake reaches 12,000."
    )
    assert item.changes[2].link == (
        "/news/2008/05/13/the-death-toll-from-the-earthquake-reaches-12-000.md"
    )
    assert item.related == ()
    assert item.diagnostics == ()


def test_cover_image_repeats_a_number_arab_league_2013_09_1() -> None:
    item = parse_news(ARAB_LEAGUE_2013_09_1, strict=True)
    assert [(s.number, s.title) for s in item.sources] == [
        (1, "AP via News24"),
        (2, "Al Jazeera"),
        (2, "Cover Image"),
    ]
    assert [s.is_cover_image for s in item.sources] == [False, False, True]
    assert item.cover_image is not None and item.cover_image.endswith("859f13.jpg")
    # HTML entities are decoded.
    assert 'the "case is building" for a military attack' in item.text
    assert item.category is not None and item.category.text == "Syria"


def test_html_entity_and_accents_iran_mourning_2009_06_25() -> None:
    item = parse_news(IRAN_MOURNING_2009_06_25, strict=True)
    assert item.text == (
        "A mourning ceremony for protestors who have died in Iran's post-election turmoil "
        "has been called off."
    )
    assert item.title == (
        "Iran A mourning ceremony for protesters who died in the post-election protests is "
        "cancelled."
    )
    assert [(s.number, s.title) for s in item.sources] == [(2, "RTÉ")]


def test_link_text_with_brackets_gaza_pullout_2005_08_15() -> None:
    item = parse_news(GAZA_PULLOUT_2005_08_15, strict=True)
    (related,) = item.related
    assert related.headline.startswith("Israel completes the unilateral disengagement")
    assert "[http://news.bbc.co.uk/2/hi/middle_east/4177364.stm (BBC)]" in related.headline
    assert related.link.startswith("/news/2005/08/23/israel-completes-the-unilateral")
    assert related.date == dt.date(2005, 8, 23)
    assert related.context == ("Gaza Strip", "Israel", "West Bank", "unilateral disengagement")


def test_wiki_quotes_sewol_helicopter_2014_07_17() -> None:
    item = parse_news(SEWOL_HELICOPTER_2014_07_17, strict=True)
    assert item.related[0].context == ('Sinking of the MV "Sewol"', "South Korea")


def test_wiki_quotes_in_headline_burma_kang_nam_2009_06_25() -> None:
    item = parse_news(BURMA_KANG_NAM_2009_06_25, strict=True)
    assert item.title is not None and 'the North Korean ship "Kang Nam 1" being' in item.title


def test_context_number_with_comma_wikileaks_attacked_2010_11_28() -> None:
    item = parse_news(WIKILEAKS_ATTACKED_2010_11_28, strict=True)
    assert item.related[0].context == ("250,000 documents", "Julian Assange", "WikiLeaks")


def test_date_and_link_disagree() -> None:
    text = TURKISH_CURRENCY_2005_01_1.replace("(/news/2005/01/1/", "(/news/2005/01/2/")
    item = parse_news(text, strict=True)
    assert item.date == dt.date(2005, 1, 1)
    assert codes(item) == [("news-date-mismatch", Severity.WARNING)]


def test_related_link_without_a_date() -> None:
    text = TURKISH_CURRENCY_2005_01_1 + "\n### Related:\n\n1. [Elsewhere](/about.md) _Context: X_\n"
    item = parse_news(text, strict=True)
    assert item.related[0].date is None and item.related[0].context == ("X",)
    assert codes(item) == [("news-related-no-date", Severity.WARNING)]


def test_crlf_keeps_offsets(seed: str) -> None:
    crlf = seed.replace("\n", "\r\n")
    item = parse_news(crlf, strict=True)
    assert cablegram.to_dict(item, raw=False)["sources"][0]["url"] == item.sources[0].url
    assert item.headline is not None
    assert item.headline.span.of(crlf) == "Canada and Japan recognize Kosovo's independence."
    check_spans(item)


# ---------------------------------------------------------------------- day pages

DAY_2008_03_18_README = (
    "## [2008-03-18](/news/2008/03/18/index.md)\n\n"
    '### [ In an address to the Israeli Knesset, German Chancellor Angela Merkel says "Germany '
    'will always stand by the Jewish state." ](/news/2008/03/18/in-an-address-to-the-israeli-'
    "knesset-german-chancellor-angela-merkel-says-germany-will-always-stand-by-the-jewish-"
    "state.md)\n"
    "_Context: Angela Merkel, Chancellor, Germany, Israel, Jewish state, parliament in Israel_\n"
    "\n"
    "### [ Canada and Japan recognize Kosovo's independence. ](/news/2008/03/18/canada-and-"
    "japan-recognize-kosovo-s-independence.md)\n"
    "Canada followed the lead of about 30 other countries Tuesday and formally recognized "
    "Kosovo, a former Serbian province that declared its independence last month.\n\n"
    "## [Previous Day...](/news/2008/03/17/index.md)\n\n"
)

DAY_2014_07_17_README = (
    "\n"
    "Formats: [HTML](2014/07/17/index.html)  [JSON](2014/07/17/index.json)  "
    "[XML](2014/07/17/index.xml)  \n\n"
    "## [2014-07-17](/news/2014/07/17/index.md)\n\n"
    "##### Malaysia Airlines Flight 17\n"
    "### [Malaysia Airlines Flight 17 carrying 298 people from multiple countries is shot down "
    "near Hrabove in Donetsk Oblast, on a flight from Amsterdam to Kuala Lumpur. ]"
    "(/news/2014/07/17/malaysia-airlines-flight-17-carrying-298-people-from-multiple-countries-"
    "is-shot-down-near-hrabove-in-donetsk-oblast-on-a-flight-from-amster.md)\n"
    "A Malaysian airliner was shot down over eastern Ukraine by militants on Thursday, killing "
    "all 295 people aboard, a Ukrainian interior ministry official was quoted as saying by "
    "Interfax-Ukraine news agency.\n\n"
    "##### Sinking of the MV ''Sewol''\n"
    "### [A firefighting helicopter searching for missing people from the sinking of the MV "
    '"Sewol" in April crashes in the South Korean city of Gwangju with five people aboard. ]'
    "(/news/2014/07/17/a-firefighting-helicopter-searching-for-missing-people-from-the-sinking-"
    "of-the-mv-sewol-in-april-crashes-in-the-south-korean-city-of-gwang.md)\n"
    "A firefighting helicopter crashed Thursday near an apartment complex and school in the "
    "southern South Korean city of Gwangju, killing five people, officials said.\n\n"
    "## [Previous Day...](/news/2014/07/16/index.md)\n\n"
)

DAY_2008_02_17_INDEX = (
    "## [2008-02-17](/news/2008/02/17/index.md)\n\n"
    "### [ California-based Hallmark/Westland Meat Packing Company voluntarily recalls just "
    "over 143 million pounds (65 million kilograms) of raw and frozen beef products. ]"
    "(/news/2008/02/17/california-based-hallmark-westland-meat-packing-company-voluntarily-"
    "recalls-just-over-143-million-pounds-65-million-kilograms-of-raw-and.md)\n"
    "A video showing sick animals being shoved with forklifts has led to the largest beef "
    "recall in the United States and a scramble to find out if any of the meat is still "
    "destined for school kids&#39; lunches.\n"
)


def test_day_page_2008_03_18_README(seed: str) -> None:
    day = parse_news_day(DAY_2008_03_18_README, strict=True, source="2008/03/18/README.md")
    assert day.date == dt.date(2008, 3, 18)
    assert day.previous_day is not None
    assert day.previous_day.url == "/news/2008/03/17/index.md"
    assert day.diagnostics == () and day.all_diagnostics == ()
    assert len(day) == 2
    merkel, kosovo = day
    assert merkel.context == (
        "Angela Merkel",
        "Chancellor",
        "Germany",
        "Israel",
        "Jewish state",
        "parliament in Israel",
    )
    assert merkel.paragraphs == ()
    assert kosovo.title == "Canada and Japan recognize Kosovo's independence."
    assert kosovo.link == "/news/2008/03/18/canada-and-japan-recognize-kosovo-s-independence.md"
    assert kosovo.text.startswith("Canada followed the lead")
    assert (kosovo.date, kosovo.date_precision) == (dt.date(2008, 3, 18), DatePrecision.DAY)
    assert kosovo.source == "2008/03/18/README.md"
    assert kosovo.raw is day.raw
    # The same event read from its own page has the same id.
    assert kosovo.doc_id == parse_news(seed).doc_id
    assert day[1] is kosovo
    assert all(isinstance(item, cablegram.Document) for item in day)


def test_day_page_newer_layout_2014_07_17_README() -> None:
    day = parse_news_day(DAY_2014_07_17_README, strict=True)
    assert [f.text for f in day.formats] == ["HTML", "JSON", "XML"]
    assert day.formats[0].url == "2014/07/17/index.html"
    assert [item.category.text if item.category else None for item in day] == [
        "Malaysia Airlines Flight 17",
        'Sinking of the MV "Sewol"',
    ]
    assert day[0].title is not None and day[0].title.startswith("Malaysia Airlines Flight 17")
    assert day[1].text.startswith("A firefighting helicopter crashed Thursday")
    # A day page's items have the day's date link; the formats are the day's.
    assert all(item.date_link == day.date_link and item.formats == () for item in day)


def test_day_page_entity_2008_02_17_index() -> None:
    day = parse_news_day(DAY_2008_02_17_INDEX, strict=True)
    (item,) = day
    assert item.text.endswith("destined for school kids' lunches.")
    assert day.previous_day is None


def test_day_page_export_has_the_text_once() -> None:
    day = parse_news_day(DAY_2008_03_18_README)
    data = cablegram.to_dict(day)
    assert data["kind"] == "news-day"
    assert data["raw"] == DAY_2008_03_18_README
    assert all("raw" not in item for item in data["items"])
    assert pickle.loads(pickle.dumps(day)) == day


def test_day_page_stray_line_belongs_to_the_day() -> None:
    text = DAY_2008_02_17_INDEX.replace("## [2008-02-17]", "Stray words\n\n## [2008-02-17]")
    day = parse_news_day(text)
    assert codes(day) == [("news-unparsed", Severity.ERROR)]
    assert day.unparsed[0].text == "Stray words"
    assert day[0].diagnostics == ()
    with pytest.raises(DocumentTextError) as info:
        parse_news_day(text, strict=True)
    assert (info.value.line, info.value.column, info.value.kind) == (1, 1, "news-day")


def test_day_page_given_to_parse_news() -> None:
    item = parse_news(DAY_2008_03_18_README)
    assert codes(item) == [("news-day-page", Severity.ERROR)]
    assert item.unparsed[0].span == Span(0, len(DAY_2008_03_18_README.rstrip()))
    with pytest.raises(DocumentTextError, match="parse_news_day"):
        parse_news(DAY_2008_03_18_README, strict=True)


def test_item_given_to_parse_news_day(seed: str) -> None:
    day = parse_news_day(seed)
    assert codes(day) == [("news-not-day-page", Severity.ERROR)]
    assert len(day) == 0
    with pytest.raises(DocumentTextError, match="parse_news"):
        parse_news_day(seed, strict=True)


# ----------------------------------------------------------------------- bad input


@pytest.mark.parametrize(
    ("name", "text", "code", "line", "column"),
    [
        ("empty", "", "empty", 1, 1),
        ("blank", "\n \n", "empty", 1, 1),
        ("binary", "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "binary", 1, 1),
        (
            "no-date",
            "#  Canada and Japan recognize Kosovo's independence. \n\n### Source:\n\n"
            "1. [CBC](http://www.cbc.ca/world/story/2008/03/18/canada-kosovo.html)\n",
            "news-no-date",
            1,
            1,
        ),
        ("bad-date", "### [2008-02-30](/news/2008/02/30/index.md)\n\n# X\n", "news-bad-date", 1, 6),
        ("no-headline", "### [2008-03-18](/news/2008/03/18/index.md)\n", "news-no-headline", 1, 5),
        (
            "stray-line",
            TURKISH_CURRENCY_2005_01_1 + "not a numbered link\n",
            "news-unparsed",
            11,
            1,
        ),
        (
            "unknown-section",
            TURKISH_CURRENCY_2005_01_1 + "\n### Comments:\n\n1. [A](/b)\n",
            "news-unparsed",
            12,
            1,
        ),
    ],
)
def test_bad_input_strict_and_lenient(
    name: str, text: str, code: str, line: int, column: int
) -> None:
    with pytest.raises(DocumentTextError) as info:
        parse_news(text, strict=True)
    error = info.value
    assert isinstance(error, CablegramError)
    assert (error.code, error.line, error.column, error.kind) == (code, line, column, "news")
    assert pickle.loads(pickle.dumps(error)).args == error.args

    item = parse_news(text)
    assert item.raw == text
    assert code in [d.code for d in item.diagnostics if d.severity is Severity.ERROR]


def test_no_date_lenient_diagnostics() -> None:
    text = "#  Canada and Japan recognize Kosovo's independence. \n"
    item = parse_news(text)
    assert codes(item) == [("news-no-date", Severity.ERROR)]
    assert item.date is None and item.date_precision is None
    assert item.title == "Canada and Japan recognize Kosovo's independence."
    # Without a date link there is no id to build.
    assert item.doc_id is None


def test_stray_lines_are_kept_unparsed() -> None:
    text = TURKISH_CURRENCY_2005_01_1 + "not a numbered link\n"
    item = parse_news(text)
    (unparsed,) = item.unparsed
    assert unparsed == Unparsed(
        text="not a numbered link",
        span=Span(len(TURKISH_CURRENCY_2005_01_1), len(text) - 1),
        context="news:sources",
    )
    assert codes(item) == [("news-unparsed", Severity.ERROR)]
    assert [s.title for s in item.sources] == ["BBC"]


def test_binary_input_is_kept_unparsed() -> None:
    junk = "\x00\x01\x02garbage\x03"
    for result in (parse_news(junk), parse_news_day(junk)):
        assert result.unparsed[0].text == junk
        assert [d.code for d in result.diagnostics] == ["binary"]


def test_not_text_is_a_type_error() -> None:
    with pytest.raises(TypeError):
        parse_news(None)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        parse_news_day(b"")  # type: ignore[arg-type]


ALPHABET = st.characters(blacklist_categories=("Cs",))
SEED_LINES = (DATA / f"{SEED_NAME}.txt").read_text(encoding="utf-8").splitlines()
PIECES = [
    *SEED_LINES,
    *DEATH_TOLL_2008_05_13.splitlines(),
    *DAY_2014_07_17_README.splitlines(),
    "",
    "## [Previous Day...](/x)",
    "_Context: a, b_",
    "1. [x](",
]


@settings(max_examples=200, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(st.text(alphabet=ALPHABET, max_size=300))
def test_lenient_never_raises(text: str) -> None:
    item = parse_news(text)
    assert item.raw == text
    check_spans(item)
    day = parse_news_day(text)
    assert day.raw == text
    check_spans(day)


@settings(max_examples=200, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=25))
def test_shuffled_lines_lenient_and_strict(lines: list[str]) -> None:
    text = "\n".join(lines)
    for parse in (parse_news, parse_news_day):
        check_spans(parse(text))
        with contextlib.suppress(CablegramError):
            check_spans(parse(text, strict=True))


# --------------------------------------------------------------------------- spans


def _spanned(obj: object) -> Iterator[object]:
    if attrs.has(type(obj)):
        if any(f.name in ("span", "context_span") for f in attrs.fields(type(obj))):
            yield obj
        for field in attrs.fields(type(obj)):
            if field.name not in ("span", "raw"):
                yield from _spanned(getattr(obj, field.name))
    elif isinstance(obj, tuple):
        for item in obj:
            yield from _spanned(item)


def clean(text: str) -> str:
    """What the adapter makes of markdown text: entities, wiki quotes, white space."""
    text = re.sub(r"''(?!')(.+?)''", r'"\1"', html.unescape(text))
    blanked = (" " if unicodedata.category(c) == "Cc" or c == "\ufeff" else c for c in text)
    return " ".join("".join(blanked).split())


def check_spans(doc: NewsItem | NewsDay) -> None:
    """Property: every span points at the text of its field."""
    raw = doc.raw
    for obj in _spanned(doc):
        span = getattr(obj, "span", None)
        if isinstance(obj, NewsItem):
            if obj.context_span is not None:
                piece = obj.context_span.of(raw)
                assert piece.startswith("_Context:")
                assert all(part in clean(piece) for part in obj.context)
            continue
        if span is None:
            continue
        assert 0 <= span.start <= span.end <= len(raw)
        piece = span.of(raw)
        if isinstance(obj, TextBlock):
            assert clean(piece) == obj.text
        elif isinstance(obj, Link):
            assert piece.startswith("[") and piece.endswith(f"]({obj.url})")
        elif isinstance(obj, (NewsSource, RelatedItem, Change)):
            url = obj.url if isinstance(obj, NewsSource) else obj.link
            assert piece.startswith(f"{obj.number}.") and f"]({url})" in piece
        elif isinstance(obj, Unparsed):
            assert piece == obj.text


def test_spans_seed(seed: str) -> None:
    check_spans(parse_news(seed))


@pytest.mark.parametrize(
    "text",
    [
        TURKISH_CURRENCY_2005_01_1,
        DEATH_TOLL_2008_05_13,
        ARAB_LEAGUE_2013_09_1,
        IRAN_MOURNING_2009_06_25,
        GAZA_PULLOUT_2005_08_15,
        SEWOL_HELICOPTER_2014_07_17,
    ],
)
def test_spans_items(text: str) -> None:
    check_spans(parse_news(text))
    check_spans(parse_news(text.replace("\n", "\r\n")))


@pytest.mark.parametrize(
    "text", [DAY_2008_03_18_README, DAY_2014_07_17_README, DAY_2008_02_17_INDEX]
)
def test_spans_day_pages(text: str) -> None:
    check_spans(parse_news_day(text))
    check_spans(parse_news_day(text.replace("\n", "\r\n")))


# -------------------------------------------------------------------------- corpus

DAY_PAGE_NAMES = ("index.md", "README.md")


def _corpus() -> list[Path]:
    return sorted(CORPUS.rglob("*.md")) if CORPUS.is_dir() else []


@pytest.mark.skipif(not CORPUS.is_dir(), reason="../shared/corpus/news is not here")
@pytest.mark.parametrize("path", _corpus(), ids=lambda p: f"{p.parent.name}/{p.name[:40]}")
def test_corpus_news_parses(path: Path) -> None:
    with open(path, encoding="utf-8", newline="") as handle:
        text = handle.read()
    in_path = re.search(r"/(\d{4})/(\d{2})/(\d{1,2})/", path.as_posix())
    assert in_path is not None
    day_of_path = dt.date(*(int(g) for g in in_path.groups()))
    if path.name in DAY_PAGE_NAMES:
        day = parse_news_day(text, strict=True, source=str(path))
        assert day.all_diagnostics == () and day.unparsed == ()
        assert day.date == day_of_path and len(day) > 0
        assert all(item.title and item.link for item in day)
        check_spans(day)
    else:
        item = parse_news(text, strict=True, source=str(path))
        assert [d for d in item.diagnostics if d.severity is Severity.ERROR] == []
        assert item.unparsed == ()
        assert item.date == day_of_path and item.title and item.sources
        check_spans(item)


@pytest.mark.skipif(not CORPUS.is_dir(), reason="../shared/corpus/news is not here")
def test_corpus_news_counts() -> None:
    paths = _corpus()
    days = [p for p in paths if p.name in DAY_PAGE_NAMES]
    assert (len(paths) - len(days), len(days)) == (20, 3)
