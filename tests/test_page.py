"""Government pages: the seed's golden JSON, the four layouts, dates, bad input, spans.

Variant snippets are short verbatim excerpts of the files in ``../shared/corpus/pages``
and are named after them.
"""

from __future__ import annotations

import datetime as dt
import json
import pickle
import unicodedata
from collections.abc import Iterator
from pathlib import Path

import attrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import cablegram
from cablegram import CablegramError, Severity, Span, TextBlock, Unparsed
from cablegram.adapters.page import parse_page
from cablegram.errors import DocumentSyntaxError, DocumentTextError
from cablegram.model import Breadcrumb, DatePrecision, Page, PageLayout

from .conftest import DATA

SEED_NAME = "000_fe949eef2e746b1c"
CORPUS = Path(__file__).resolve().parents[1] / ".." / "shared" / "corpus" / "pages"


@pytest.fixture(scope="module")
def seed() -> str:
    with open(DATA / f"{SEED_NAME}.txt", encoding="utf-8", newline="") as handle:
        return handle.read()


def codes(page: Page) -> list[tuple[str, Severity]]:
    return [(d.code, d.severity) for d in page.diagnostics]


# ------------------------------------------------------------------------ the seed


def test_golden_json(seed: str) -> None:
    page = parse_page(seed, strict=True)
    expected = json.loads((DATA / f"{SEED_NAME}.json").read_text(encoding="utf-8"))
    assert cablegram.to_dict(page, raw=False) == expected


def test_seed_fields(seed: str) -> None:
    page = parse_page(seed, source="seeds/000.txt")
    assert page.diagnostics == ()
    assert page.unparsed == ()
    assert page.layout is PageLayout.OLD_HEADER
    assert page.title == "Canada-Kosovo Relations"
    assert [(b.number, b.text) for b in page.breadcrumbs] == [(1, "Home")]
    assert [c.text for c in page.chrome] == [
        "Government of Canada",
        "Symbol of the Government of Canada",
        "Government of Canada",
    ]
    assert len(page.paragraphs) == 7
    assert page.paragraphs[0].text.startswith("Kosovo declared independence from Serbia")
    assert page.paragraphs[1].text == (
        "In Kosovo, Canada is represented by the Embassy of Canada in Croatia."
    )
    # The no-break space after "system." is a space like any other.
    assert "market-based system. The government" in page.paragraphs[6].text
    assert page.subheadings == ()
    assert page.date == dt.date(2009, 4, 1)
    assert page.date_precision is DatePrecision.MONTH
    assert page.date_line is not None and page.date_line.text == "April 2009"
    assert page.footer is not None and page.footer.text == "Date Modified:"
    assert page.date_modified is None
    assert page.source == "seeds/000.txt"


def test_seed_is_a_document(seed: str) -> None:
    page = parse_page(seed)
    assert isinstance(page, cablegram.Document)
    assert page.kind == "page"
    assert page.doc_id == "page:canada-kosovo-relations"
    assert page.text.split("\n\n") == [p.text for p in page.paragraphs]
    assert page.to_dict()["kind"] == "page"


def test_seed_with_crlf_keeps_offsets(seed: str) -> None:
    crlf = seed.replace("\n", "\r\n")
    page = parse_page(crlf, strict=True)
    assert page.heading is not None
    assert page.heading.span.of(crlf) == "Canada-Kosovo Relations"
    assert page.date_line is not None and page.date_line.span.of(crlf) == "April 2009"
    assert [p.text for p in page.paragraphs] == [p.text for p in parse_page(seed).paragraphs]


def test_seed_pickles(seed: str) -> None:
    page = parse_page(seed)
    assert pickle.loads(pickle.dumps(page)) == page


# --------------------------------------------------------------------- the layouts

CROATIA_INDEX_MENU8_L = (
    "Government of Canada\nSymbol of the Government of Canada\n\nGovernment of Canada\n\n\n"
    "  1. Home\n  2. >\n  3. Bilateral Relations\n\nCanada-Croatia Relations\n\n"
    "Canada is represented in Croatia by the Embassy of Canada in Zagreb, which also "
    "handles Canada’s diplomatic relations with Kosovo.\n\n"
    "Croatia has participated in the Department of National Defence's Military Training "
    "Assistance Programme (MTAP) since 2005, which comprises language training, staff "
    "officer and peacekeeping training.\n"
)

HUNGARY_BOSNIA_BOSNIE = (
    "Government of Canada\nSymbol of the Government of Canada\n\nGovernment of Canada\n\n"
    "Hungary.gc.ca\n\nBreadcrumb\n\n  1. Home\n  2. >\n  3. Bilateral Relations\n\n"
    "Canada-Bosnia and Herzegovina Relations\n\nOverview\n\n"
    "Canada remains involved in BiH and supports BiH’s aspirations to Euro-Atlantic "
    "integration.\n\nMilitary and defence cooperation\n\n"
    "Following the dissolution of the former Yugoslavia, some 40,000 Canadian Forces "
    "personnel served in the region (with 23 deaths).\n"
)

SERBIA_MENU36_L_NOCHROME = (
    "Canada - Serbia Relations\n\nOverview\n\n"
    "In Serbia, Canada is represented by the Embassy of Canada in Belgrade. Serbia is "
    "represented in Canada by its Embassy in Ottawa, a Consulate in Toronto, and an "
    "Honourary Consul in Vancouver.\n\n"
    "Canada and Serbia enjoy strong people-to-people relationships and benefit from "
    "cultural and academic exchanges.\n\nBilateral Agreements\n\n"
    "In 2009, CIDA officially closed its office in the Western Balkans. The former "
    "Canadian International Development Agency (CIDA"
)

ALBANIA_RELATIONS_NEWLAYOUT = (
    "Language selection\n\n\nCanada-Albania relations\n\nOn this page\n\n"
    "Bilateral relations\n\n"
    "Through the Canada Fund for Local Initiatives, Canada supports projects in Albania "
    "to promote Canadian priorities relating to the rule of law, good governance, "
    "diversity, disabilities and women’s economic empowerment.\n\n"
    "Trade relations\n\nRelated links\n\nDefence relations and cooperation\n\n"
    "Canada maintains positive defence relations with Albania."
)


def test_old_header_croatia_index_menu8_L() -> None:
    page = parse_page(CROATIA_INDEX_MENU8_L, strict=True)
    assert page.layout is PageLayout.OLD_HEADER
    assert page.title == "Canada-Croatia Relations"
    assert [(b.number, b.text) for b in page.breadcrumbs] == [
        (1, "Home"),
        (3, "Bilateral Relations"),
    ]
    # The ">" item only separates the others: it is chrome, kept with its span.
    assert [c.text for c in page.chrome][-1] == "2. >"
    assert len(page.paragraphs) == 2
    assert codes(page) == [("page-no-date", Severity.WARNING)]


def test_site_breadcrumb_hungary_bosnia_bosnie() -> None:
    page = parse_page(HUNGARY_BOSNIA_BOSNIE, strict=True)
    assert page.layout is PageLayout.SITE_BREADCRUMB
    assert "Hungary.gc.ca" in [c.text for c in page.chrome]
    assert "Breadcrumb" in [c.text for c in page.chrome]
    assert page.title == "Canada-Bosnia and Herzegovina Relations"
    assert [h.text for h in page.subheadings] == ["Overview", "Military and defence cooperation"]
    assert [p.text[:20] for p in page.paragraphs] == [
        "Canada remains invol",
        "Following the dissol",
    ]


def test_no_chrome_serbia_menu36_L_nochrome() -> None:
    page = parse_page(SERBIA_MENU36_L_NOCHROME, strict=True)
    assert page.layout is PageLayout.NO_CHROME
    assert page.chrome == () and page.breadcrumbs == ()
    assert page.title == "Canada - Serbia Relations"
    assert [h.text for h in page.subheadings] == ["Overview", "Bilateral Agreements"]
    # The same page as the 2008 copy with its "Canada-Serbia Relations" title.
    assert page.doc_id == "page:canada-serbia-relations"


def test_language_selection_albania_relations_newlayout() -> None:
    page = parse_page(ALBANIA_RELATIONS_NEWLAYOUT, strict=True)
    assert page.layout is PageLayout.LANGUAGE_SELECTION
    assert [c.text for c in page.chrome] == ["Language selection", "On this page"]
    assert page.title == "Canada-Albania relations"
    assert [h.text for h in page.subheadings] == [
        "Bilateral relations",
        "Trade relations",
        "Related links",
        "Defence relations and cooperation",
    ]
    assert len(page.paragraphs) == 2


def test_cut_off_fragment_is_a_paragraph_serbia_menu36_d() -> None:
    # The excerpt ends in the middle of a sentence, with no newline: a short
    # fragment without a full stop is not a heading.
    text = (
        "Canada - Serbia Relations\n\n\nBilateral Agreements\n\n"
        "Canada and Serbia enjoy strong people-to-people relationships and benefit from "
        "cultural and academic exchanges.\n\nNegotiations of a Foreign Investment Promotion and"
    )
    page = parse_page(text)
    assert [h.text for h in page.subheadings] == ["Bilateral Agreements"]
    assert page.paragraphs[-1].text == "Negotiations of a Foreign Investment Promotion and"
    assert codes(page) == [
        ("page-cut-off", Severity.INFO),
        ("page-no-date", Severity.WARNING),
    ]
    assert page.diagnostics[0].span == page.paragraphs[-1].span


def test_cut_off_with_trailing_space_serbia_menu36_L_v2008() -> None:
    text = (
        "Government of Canada\n\n  1. Home\n\nCanada-Serbia Relations\n\n"
        "Serbia is represented in Canada by its Embassy in Ottawa.\n\n"
        "In July 2010, the Speaker of the "
    )
    page = parse_page(text)
    assert page.paragraphs[-1].text == "In July 2010, the Speaker of the"
    assert page.footer is None and page.date_modified is None


# -------------------------------------------------------------- dates and the footer

BODY = "Government of Canada\n\n  1. Home\n\nCanada-Kosovo Relations\n\nKosovo is a country.\n\n"


@pytest.mark.parametrize(
    ("line", "date", "precision"),
    [
        ("April 2009", dt.date(2009, 4, 1), DatePrecision.MONTH),
        ("Sept. 2010", dt.date(2010, 9, 1), DatePrecision.MONTH),
        ("2009-04", dt.date(2009, 4, 1), DatePrecision.MONTH),
        ("April 15, 2009", dt.date(2009, 4, 15), DatePrecision.DAY),
        ("15 April 2009", dt.date(2009, 4, 15), DatePrecision.DAY),
        ("2009-04-15", dt.date(2009, 4, 15), DatePrecision.DAY),
    ],
)
def test_date_line_forms(line: str, date: dt.date, precision: DatePrecision) -> None:
    page = parse_page(BODY + line + "\n\nDate Modified: 2009-04-21\n", strict=True)
    assert (page.date, page.date_precision) == (date, precision)
    assert page.date_line is not None and page.date_line.text == line
    assert page.date_modified == dt.date(2009, 4, 21)
    assert page.diagnostics == ()


def test_not_a_date_stays_text() -> None:
    page = parse_page(BODY + "Smarch 2009\n\nFebruary 30, 2009\n")
    assert page.date is None
    # Short lines without a full stop read as section headings.
    assert [h.text for h in page.subheadings] == ["Smarch 2009", "February 30, 2009"]


def test_last_date_line_is_the_publication_date() -> None:
    page = parse_page(BODY + "March 2008\n\nMore text follows here.\n\nApril 2009\n")
    assert page.date == dt.date(2009, 4, 1)
    assert [p.text for p in page.paragraphs] == [
        "Kosovo is a country.",
        "March 2008",
        "More text follows here.",
    ]


def test_date_modified_on_the_next_line() -> None:
    page = parse_page(BODY + "April 2009\n\nDate Modified:\n2009-04-21\n", strict=True)
    assert page.date_modified == dt.date(2009, 4, 21)
    assert page.footer is not None and page.footer.text == "Date Modified: 2009-04-21"


def test_date_modified_unreadable() -> None:
    page = parse_page(BODY + "April 2009\n\nDate Modified: yesterday\n", strict=True)
    assert page.date_modified is None
    assert codes(page) == [("page-bad-date-modified", Severity.WARNING)]


def test_lines_after_the_footer_are_chrome() -> None:
    page = parse_page(BODY + "April 2009\n\nDate Modified: 2009-04-21\n\nTop of Page\n")
    assert [c.text for c in page.chrome][-1] == "Top of Page"
    assert page.paragraphs[-1].text == "Kosovo is a country."


# ----------------------------------------------------------------------- bad input


@pytest.mark.parametrize(
    ("name", "text", "code", "line", "column"),
    [
        ("empty", "", "empty", 1, 1),
        ("blank", " \n\n\t\n", "empty", 1, 1),
        ("binary", "PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00", "binary", 1, 1),
        (
            "no-title",
            "Government of Canada\n\n  1. Home\n\nKosovo declared independence on "
            "February 17, 2008.\n",
            "page-no-title",
            5,
            1,
        ),
        ("chrome-only", "Government of Canada\n\n  1. Home\n", "page-no-title", 1, 1),
        (
            "markdown",
            "### [2008-03-18](/news/2008/03/18/index.md)\n\n# Headline\n",
            "page-no-title",
            1,
            1,
        ),
    ],
)
def test_bad_input_strict_and_lenient(
    name: str, text: str, code: str, line: int, column: int
) -> None:
    with pytest.raises(DocumentTextError) as info:
        parse_page(text, strict=True)
    error = info.value
    assert isinstance(error, CablegramError) and isinstance(error, DocumentSyntaxError)
    assert (error.code, error.line, error.column, error.kind) == (code, line, column, "page")
    assert pickle.loads(pickle.dumps(error)).args == error.args

    page = parse_page(text)
    assert page.raw == text
    assert [d.code for d in page.diagnostics if d.severity is Severity.ERROR] == [code]


def test_binary_input_is_kept_unparsed() -> None:
    junk = "\x00\x01\x02\x03 not a page \xff\xfe"
    page = parse_page(junk)
    assert page.unparsed == (Unparsed(text=junk, span=Span(0, len(junk)), context="page"),)
    assert page.heading is None and page.paragraphs == ()


def test_no_title_keeps_the_line_as_a_paragraph() -> None:
    text = "Kosovo declared independence from Serbia on February 17, 2008.\n"
    page = parse_page(text)
    assert page.title is None and page.doc_id is None
    assert [p.text for p in page.paragraphs] == [text.strip()]


def test_not_text_is_a_type_error() -> None:
    with pytest.raises(TypeError):
        parse_page(b"Government of Canada")  # type: ignore[arg-type]


ALPHABET = st.characters(blacklist_categories=("Cs",))


@settings(max_examples=200, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(st.text(alphabet=ALPHABET, max_size=300))
def test_lenient_never_raises(text: str) -> None:
    page = parse_page(text)
    assert page.raw == text
    check_spans(page)


@settings(max_examples=200, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [*CROATIA_INDEX_MENU8_L.splitlines(), "", "April 2009", "Date Modified:", "  2. >"]
        ),
        max_size=30,
    )
)
def test_strict_raises_only_our_errors(lines: list[str]) -> None:
    text = "\n".join(lines)
    try:
        page = parse_page(text, strict=True)
    except CablegramError:
        return
    check_spans(page)


# --------------------------------------------------------------------------- spans


def _spanned(obj: object) -> Iterator[object]:
    if attrs.has(type(obj)):
        if any(f.name == "span" for f in attrs.fields(type(obj))):
            yield obj
        for field in attrs.fields(type(obj)):
            if field.name not in ("span", "raw"):
                yield from _spanned(getattr(obj, field.name))
    elif isinstance(obj, tuple):
        for item in obj:
            yield from _spanned(item)


def squash(text: str) -> str:
    """White space squashed; control characters and BOMs count as spaces."""
    blanked = (" " if unicodedata.category(c) == "Cc" or c == "\ufeff" else c for c in text)
    return " ".join("".join(blanked).split())


def check_spans(page: Page) -> None:
    """Property: every span points at the text of its field."""
    raw = page.raw
    for obj in _spanned(page):
        span = getattr(obj, "span", None)
        if span is None:
            continue
        assert 0 <= span.start <= span.end <= len(raw)
        piece = raw[span.start : span.end]
        if isinstance(obj, TextBlock):
            assert squash(piece) == obj.text
        elif isinstance(obj, Breadcrumb):
            assert piece.startswith(f"{obj.number}.") and piece.endswith(obj.text)
        elif isinstance(obj, Unparsed):
            assert piece == obj.text


def test_spans_seed(seed: str) -> None:
    check_spans(parse_page(seed))


@pytest.mark.parametrize(
    "text",
    [
        CROATIA_INDEX_MENU8_L,
        HUNGARY_BOSNIA_BOSNIE,
        SERBIA_MENU36_L_NOCHROME,
        ALBANIA_RELATIONS_NEWLAYOUT,
    ],
)
def test_spans_layouts(text: str) -> None:
    check_spans(parse_page(text))
    check_spans(parse_page(text.replace("\n", "\r\n").replace(" ", "\t", 3)))


# -------------------------------------------------------------------------- corpus


def _corpus() -> list[Path]:
    return sorted(CORPUS.glob("*.txt")) if CORPUS.is_dir() else []


@pytest.mark.skipif(not CORPUS.is_dir(), reason="../shared/corpus/pages is not here")
@pytest.mark.parametrize("path", _corpus(), ids=lambda p: p.stem)
def test_corpus_page_parses(path: Path) -> None:
    with open(path, encoding="utf-8", newline="") as handle:
        text = handle.read()
    page = parse_page(text, strict=True, source=str(path))
    assert [d for d in page.diagnostics if d.severity is Severity.ERROR] == []
    assert page.unparsed == ()
    assert page.title and page.title.lower().startswith("canada")
    assert page.paragraphs
    check_spans(page)


@pytest.mark.skipif(not CORPUS.is_dir(), reason="../shared/corpus/pages is not here")
def test_corpus_pages_cover_the_four_layouts() -> None:
    layouts = {parse_page(p.read_text(encoding="utf-8")).layout for p in _corpus()}
    assert layouts == set(PageLayout)
