"""WikiLeaks Cablegate cable pages through ``parse_wikileaks_html``.

``data/09OUAGADOUGOU1158.html`` is a page of the Cablegate HTML archive as
published (the smallest page of ../shared/corpus/cables/cablegate-html.tar.xz) and
``data/09OUAGADOUGOU1158.txt`` the text file the corpus made from it.  The short
pages below keep a real page's layout (08TRIPOLI926) around excerpts of the cables
they name; the excerpts are verbatim, the navigation and help panes are left out.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import pickle

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import cablegram
from cablegram.adapters.wikileaks import parse_wikileaks_html
from cablegram.errors import DocumentSyntaxError, Severity

from .conftest import DATA

PAGE = (DATA / "09OUAGADOUGOU1158.html").read_text(encoding="utf-8")
with open(DATA / "09OUAGADOUGOU1158.txt", encoding="utf-8", newline="") as _handle:
    PAGE_TEXT = _handle.read()

TABLE = """<table class='cable'>
<tr>
<th>Reference ID</th>
<th>Created</th>
<th>Released</th>
<th>Classification</th>
<th>Origin</th>
</tr>
<tr>
<td>
<a href='/cable/2008/12/08TRIPOLI926.html'>08TRIPOLI926</a>
</td>
<td>
<a href='/date/2008-12_0.html'>2008-12-02 17:05</a>
</td>
<td>
<a href='/reldate/2011-02-01_0.html'>2011-02-01 21:09</a>
</td>
<td>
<a href='/classification/1_0.html' title='unclassified'>CONFIDENTIAL</a>
</td>
<td>
<a href='/origin/22_0.html'>Embassy Tripoli</a>
</td>
</tr>
<tr>
<td colspan='5'>
Appears in these articles:<br />
<a href='{url}'>{url}</a><br />
</td>
</tr>
</table>
""".replace("{url}", "http://www.telegraph.co.uk/news/wikileaks-files/libya-wikileaks/")
TITLE = (
    '<h3>Viewing cable 08TRIPOLI926, SWISS FOREIGN MINISTER MAY VISIT TRIPOLI IN "LAST GASP"</h3>\n'
)
HEADER = (
    "<code><pre>VZCZCXRO4123&#x000A;OO RUEHAG RUEHROV RUEHSR&#x000A;"
    "DE RUEHTRO #0926 3371706&#x000A;ZNY CCCCC ZZH&#x000A;O 021706Z DEC 08&#x000A;"
    "FM AMEMBASSY TRIPOLI&#x000A;TO RUEHC/SECSTATE WASHDC IMMEDIATE 4201&#x000A;"
    "INFO RUEHTRO/AMEMBASSY TRIPOLI 4723</pre></code>\n"
)
BODY = (
    "<code><pre>C O N F I D E N T I A L TRIPOLI 000926 &#x000A; &#x000A;SIPDIS &#x000A; "
    "&#x000A;DEPT FOR NEA/MAG &#x000A; &#x000A;E.O. 12958: DECL:  12/2/2018 &#x000A;"
    "TAGS: <a href='/tag/PREL_0.html'>PREL</a> <a href='/tag/PHUM_0.html'>PHUM</a> "
    "<a href='/tag/ECON_0.html'>ECON</a> <a href='/tag/EAIR_0.html'>EAIR</a> "
    "<a href='/tag/SZ_0.html'>SZ</a> <a href='/tag/LY_0.html'>LY</a>&#x000A;"
    'SUBJECT: SWISS FOREIGN MINISTER MAY VISIT TRIPOLI IN "LAST GASP" &#x000A;'
    "EFFORT TO MEND FRAYED BILATERAL TIES &#x000A; &#x000A;REF: TRIPOLI 851 &#x000A;&#x000A;"
    "<a id='par1' href='#par1'>¶</a>1. (C) Swiss Consul Francois Schmidt told P/E Chief "
    "on December 2 that Swiss Foreign Minister Micheline Calmy-Rey intends to travel "
    "to Tripoli on December 5. &#x000A;STEVENS</pre></code>\n"
)


def page(*parts: str) -> str:
    return "<html><body><div class='pane big'>\n" + "".join(parts) + "</div></body></html>\n"


TRIPOLI926 = page(TITLE, TABLE, HEADER, BODY)


# ------------------------------------------------------------------ a real page


def test_real_page_text_is_the_corpus_text_09OUAGADOUGOU1158() -> None:
    cable = parse_wikileaks_html(PAGE)
    assert cable.raw == PAGE_TEXT


def test_real_page_metadata_09OUAGADOUGOU1158() -> None:
    cable = parse_wikileaks_html(PAGE, source="cable/2009/12/09OUAGADOUGOU1158.html")
    # The title reads "Viewing cable 09OUAGADOUGOU1158," with no subject: no page_subject.
    assert dict(cable.metadata) == {
        "ref_id": "09OUAGADOUGOU1158",
        "created": "2009-12-14 16:04",
        "released": "2010-12-04 12:12",
        "classification": "CONFIDENTIAL",
        "origin": "Embassy Ouagadougou",
        "source": "cable/2009/12/09OUAGADOUGOU1158.html",
    }
    assert cable.source == "cable/2009/12/09OUAGADOUGOU1158.html"


def test_real_page_fields_09OUAGADOUGOU1158() -> None:
    cable = parse_wikileaks_html(PAGE)
    assert cable.reference_id == "09OUAGADOUGOU1158"
    # the DTG's time (16:19), not Created's wrong minutes (16:04)
    assert cable.date == dt.datetime(2009, 12, 14, 16, 19, tzinfo=dt.timezone.utc)
    assert cable.classification is cablegram.Classification.CONFIDENTIAL
    assert cable.subject is not None
    assert cable.subject.text == "GUINEA - U.S./French Meeting with President Compaore"
    assert [tag.code for tag in cable.tags] == ["PREL", "PGOV", "GV", "UV"]
    assert [p.number for p in cable.paragraphs] == [str(n) for n in range(1, 9)]
    assert cable.signature is not None and cable.signature.text == "HANKINS"
    # RHMFISS relays for several commands: the table's HQ USCENTCOM is not the line's
    # HQ USAFRICOM, so no station name is taken; paragraph 6 opens "Comment:" with no
    # END COMMENT: the comment is that paragraph
    assert [(d.code, d.severity) for d in cable.diagnostics] == [
        ("station-name-disagrees", Severity.INFO),
        ("eo-order", Severity.INFO),
        ("comment-unterminated", Severity.INFO),
    ]
    (comment,) = cable.comments
    assert comment.paragraph == "6" and comment.text.endswith("too far, too fast.")


def test_real_page_agrees_with_its_text_file_09OUAGADOUGOU1158() -> None:
    cable = parse_wikileaks_html(PAGE)
    expected = cablegram.parse_cable(PAGE_TEXT, year=2009, reference_id="09OUAGADOUGOU1158")
    assert cablegram.to_dict(cable) == cablegram.to_dict(expected) | {
        "metadata": dict(cable.metadata)
    }


# ------------------------------------------------------------------ the markup


def test_blocks_joined_by_one_blank_line_08TRIPOLI926() -> None:
    cable = parse_wikileaks_html(TRIPOLI926)
    assert cable.raw.startswith("VZCZCXRO4123\nOO RUEHAG RUEHROV RUEHSR\nDE RUEHTRO #0926")
    assert "INFO RUEHTRO/AMEMBASSY TRIPOLI 4723\n\nC O N F I D E N T I A L TRIPOLI" in cable.raw
    assert cable.raw.endswith("December 5. \nSTEVENS\n")


def test_tag_links_and_paragraph_anchors_become_text_08TRIPOLI926() -> None:
    cable = parse_wikileaks_html(TRIPOLI926)
    assert "TAGS: PREL PHUM ECON EAIR SZ LY\n" in cable.raw
    assert "\n¶1. (C) Swiss Consul" in cable.raw
    assert "<a" not in cable.raw and "&#x" not in cable.raw
    assert [tag.code for tag in cable.tags] == ["PREL", "PHUM", "ECON", "EAIR", "SZ", "LY"]
    assert [p.number for p in cable.paragraphs] == ["1"]
    assert cable.signature is not None and cable.signature.text == "STEVENS"


def test_metadata_table_and_title_08TRIPOLI926() -> None:
    cable = parse_wikileaks_html(TRIPOLI926)
    assert dict(cable.metadata) == {
        "ref_id": "08TRIPOLI926",
        "created": "2008-12-02 17:05",
        "released": "2011-02-01 21:09",
        "classification": "CONFIDENTIAL",
        "origin": "Embassy Tripoli",
        "page_subject": 'SWISS FOREIGN MINISTER MAY VISIT TRIPOLI IN "LAST GASP"',
    }
    assert cable.reference_id == "08TRIPOLI926"
    assert cable.date == dt.datetime(2008, 12, 2, 17, 6, tzinfo=dt.timezone.utc)
    assert cable.subject is not None
    assert cable.subject.text == (
        'SWISS FOREIGN MINISTER MAY VISIT TRIPOLI IN "LAST GASP" '
        "EFFORT TO MEND FRAYED BILATERAL TIES"
    )
    assert [r.cable_id for r in cable.references] == ["08TRIPOLI851"]
    assert cable.diagnostics == ()


def test_angle_brackets_of_the_text_are_kept_08STATE43817() -> None:
    # The page does not escape "<<Israel>>"; an HTML parser sees a tag <Israel>.
    body = BODY.replace(
        "1. (C) Swiss Consul", "2. (SBU) On September 6, 2007, <<Israel>> destroyed a"
    )
    cable = parse_wikileaks_html(page(TABLE, HEADER, body))
    assert "¶2. (SBU) On September 6, 2007, <<Israel>> destroyed a" in cable.raw


def test_lone_angle_bracket_is_text_10MADRID87() -> None:
    # "<" before a newline is not a tag: REF A stays (the corpus text file lost it).
    subject = (
        "SUBJECT: SCENESETTER FOR WHA A/S VALENZUELA'S JANUARY 31 &#x000A;FEBRUARY 3 VISIT "
        "TO SPAIN &#x000A; <&#x000A;REF: A. 2009 MADRID 59 &#x000A;     "
        "<a id='parB' href='#parB'>¶</a>B. SANTO DOMINGO 21 &#x000A;     "
        "<a id='parC' href='#parC'>¶</a>C. 2009 MADRID 1146 &#x000A;     "
        "<a id='parD' href='#parD'>¶</a>D. 2009 HAVANA 683 &#x000A;&#x000A;"
    )
    start = BODY.index("SUBJECT:")
    body = BODY[:start] + subject + BODY[BODY.index("<a id='par1'") :]
    cable = parse_wikileaks_html(page(TABLE, HEADER, body))
    assert "VISIT TO SPAIN \n <\nREF: A. 2009 MADRID 59 \n     ¶B. SANTO DOMINGO 21" in cable.raw
    # B has no year: it takes the cable's, here the 2008 of 08TRIPOLI926's header
    assert [r.cable_id for r in cable.references] == [
        "09MADRID59",
        "08SANTODOMINGO21",
        "09MADRID1146",
        "09HAVANA683",
    ]


def test_unknown_entities_stay_as_written_08TRIPOLI505() -> None:
    body = BODY.replace("to Tripoli on December 5.", "MOU with U.S. DOD elements for weapons R&D;")
    cable = parse_wikileaks_html(page(TABLE, HEADER, body))
    assert "weapons R&D; \nSTEVENS" in cable.raw


def test_break_tags_inside_a_block_are_dropped_08NEWDELHI638() -> None:
    body = BODY.replace("SIPDIS &#x000A;", "SIPDIS <br>&#x000A;")
    cable = parse_wikileaks_html(page(TABLE, HEADER, body))
    assert "\nSIPDIS \n" in cable.raw and "<br>" not in cable.raw


def test_page_without_table_keeps_the_cable() -> None:
    cable = parse_wikileaks_html(page(HEADER, BODY))
    assert cable.reference_id == "08TRIPOLI926"  # from the banner and the DE line
    assert dict(cable.metadata) == {}
    assert [(d.code, d.severity) for d in cable.diagnostics] == [
        ("html-metadata-missing", Severity.WARNING)
    ]


def test_page_with_one_block_reads_it_as_the_text() -> None:
    cable = parse_wikileaks_html(page(TABLE, BODY))
    assert cable.raw.startswith("C O N F I D E N T I A L TRIPOLI 000926")
    assert cable.transmission is None
    assert cable.reference_id == "08TRIPOLI926"
    # no DTG: the day of the page's Created, not its time (wrong on most pages)
    assert cable.date == dt.datetime(2008, 12, 2, tzinfo=dt.timezone.utc)
    assert (cable.date_precision, cable.date_source) == ("day", "page")
    assert [(d.code, d.severity) for d in cable.diagnostics] == [
        ("html-one-block", Severity.INFO),
        ("date-from-page", Severity.INFO),
    ]


def test_page_with_three_blocks_reads_the_first_two() -> None:
    cable = parse_wikileaks_html(page(TABLE, HEADER, BODY, "<pre>extra</pre>"))
    assert "extra" not in cable.raw
    assert [d.code for d in cable.diagnostics] == ["html-extra-blocks"]


def test_page_cut_inside_a_block_keeps_what_there_is() -> None:
    cut = page(TABLE, HEADER, BODY)[: page(TABLE, HEADER, BODY).index("Swiss Consul")]
    cable = parse_wikileaks_html(cut)
    assert cable.raw.endswith("¶1. (C) \n")
    assert cable.reference_id == "08TRIPOLI926"


# ------------------------------------------------------------------ bad input


NO_PRE = page(TITLE, TABLE)


@pytest.mark.parametrize(
    ("html", "metadata", "codes"),
    [
        ("", {}, ["html-no-cable", "banner-missing", "dtg-missing"]),
        (
            "\x00\x01\x02\ufffd\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
            {},
            ["html-no-cable", "banner-missing", "dtg-missing"],
        ),
        # the table's Created dates the page, so there is no dtg-missing
        (
            NO_PRE,
            {
                "ref_id": "08TRIPOLI926",
                "created": "2008-12-02 17:05",
                "released": "2011-02-01 21:09",
                "classification": "CONFIDENTIAL",
                "origin": "Embassy Tripoli",
                "page_subject": 'SWISS FOREIGN MINISTER MAY VISIT TRIPOLI IN "LAST GASP"',
            },
            ["html-no-cable", "date-from-page", "banner-missing"],
        ),
    ],
    ids=["empty", "binary", "no-pre"],
)
def test_no_cable_lenient_gives_an_empty_cable_with_a_diagnostic(
    html: str, metadata: dict[str, str], codes: list[str]
) -> None:
    cable = parse_wikileaks_html(html)
    assert cable.raw == ""
    assert dict(cable.metadata) == metadata
    assert [d.code for d in cable.diagnostics] == codes
    first = cable.diagnostics[0]
    assert (first.severity, first.field, first.span) == (Severity.ERROR, "page", None)
    assert first.message == "the page has no <pre> block: no cable text"


@pytest.mark.parametrize("html", ["", "\x00\x01\x89PNG\r\n\x1a\n", NO_PRE])
def test_no_cable_strict_raises(html: str) -> None:
    with pytest.raises(DocumentSyntaxError) as info:
        parse_wikileaks_html(html, strict=True, source="page.html")
    error = info.value
    assert isinstance(error, cablegram.CablegramError)
    assert error.code == "html-no-cable"
    assert str(error) == "the page has no <pre> block: no cable text (page.html)"
    copy = pickle.loads(pickle.dumps(error))
    assert (type(copy), copy.code, copy.source, str(copy)) == (
        DocumentSyntaxError,
        "html-no-cable",
        "page.html",
        str(error),
    )


def test_strict_raises_on_an_error_in_the_cable_text() -> None:
    bad = page(TABLE, HEADER.replace("O 021706Z DEC 08", "O 321706Z DEC 08"), BODY)
    assert "dtg-invalid" in [d.code for d in parse_wikileaks_html(bad).diagnostics]
    with pytest.raises(cablegram.CableSyntaxError) as info:
        parse_wikileaks_html(bad, strict=True)
    assert info.value.code == "dtg-invalid"


def test_bytes_are_refused() -> None:
    with pytest.raises(TypeError):
        parse_wikileaks_html(b"<pre>x</pre>")  # type: ignore[arg-type]


# ------------------------------------------------------------------ never raises

ALPHABET = st.characters(blacklist_categories=("Cs",))
PIECES = st.sampled_from(
    [
        "<pre>",
        "</pre>",
        "<code>",
        "<table class='cable'>",
        "</table>",
        "<tr>",
        "<th>Created</th>",
        "<td>2008-12-02 17:05</td>",
        "<th>Reference ID</th>",
        "<td>",
        "</td>",
        "<h3>Viewing cable 08TRIPOLI926, X</h3>",
        "<a id='par1' href='#par1'>¶</a>",
        "<<Israel>>",
        "&#x000A;",
        "&D;",
        "&#",
        "<!--",
        "<![CDATA[",
        "<",
        ">",
        "</",
        "<br/>",
        "'",
        '"',
        "SUBJECT: X",
        "O 021706Z DEC 08",
        "C O N F I D E N T I A L TRIPOLI 000926",
    ]
)


@settings(max_examples=200, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(st.text(alphabet=ALPHABET, max_size=400))
def test_lenient_never_raises_on_text(html: str) -> None:
    cable = parse_wikileaks_html(html)
    assert isinstance(cable, cablegram.Cable)


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(st.lists(st.one_of(PIECES, st.text(alphabet=ALPHABET, max_size=8)), max_size=40))
def test_lenient_never_raises_on_page_pieces(pieces: list[str]) -> None:
    html = "".join(pieces)
    cable = parse_wikileaks_html(html)
    assert isinstance(cable, cablegram.Cable)
    with contextlib.suppress(cablegram.CablegramError):
        parse_wikileaks_html(html, strict=True)


def test_broken_marked_section_is_text() -> None:
    # html.parser (Python < 3.13) raised AssertionError on these; found by hypothesis
    for html in ("<![A:", "<![0", "<pre>A <![x y> B</pre>"):
        cable = parse_wikileaks_html(html)
        assert isinstance(cable, cablegram.Cable)
    cable = parse_wikileaks_html("<pre>A <![x y> B</pre>")
    assert "<![x y>" in cable.raw
