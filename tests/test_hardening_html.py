"""The WikiLeaks HTML adapter and the format sniffer under hostile input.

B21: character references too long for ``int``; B6: digits that are not ASCII;
B12 and B13: unclosed markup, which took the cable-part search and the standard
HTML parser time in the square of the page's length; B7: real WikiLeaks pages,
which ``sniff`` did not recognise; B19: text with many format characters, which
``sniff`` called binary.  Lenient parsing never raises; strict parsing raises only
:class:`~cablegram.CablegramError`.

The tests that read ../shared (every real HTML page of the corpus) skip without it.
"""

from __future__ import annotations

import contextlib
import re
import tarfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import cablegram
from cablegram.adapters import sniff, wikileaks
from cablegram.adapters.wikileaks import parse_wikileaks_html
from cablegram.errors import CablegramError, UnknownFormatError

from .conftest import DATA

SHARED = Path(__file__).resolve().parents[2] / "shared"
HTML_TARBALL = SHARED / "corpus" / "cables" / "cablegate-html.tar.xz"
SEED = (DATA / "07OTTAWA2266.txt").read_text(encoding="utf-8")

TABLE = (
    "<table class='cable'>\n<tr>\n<th>Reference ID</th>\n<th>Created</th>\n</tr>\n"
    "<tr>\n<td>\n<a href='/cable/2009/12/09OUAGADOUGOU1158.html'>{ref_id}</a>\n</td>\n"
    "<td>\n<a href='/date/2009-12_0.html'>{created}</a>\n</td>\n</tr>\n</table>\n"
)
HEADER = (
    "VZCZCXRO5659&#x000A;PP RUEHPA&#x000A;DE RUEHOU #1158/01 3481619&#x000A;"
    "ZNY CCCCC ZZH&#x000A;P 141619Z DEC 09&#x000A;FM AMEMBASSY OUAGADOUGOU&#x000A;"
    "TO RUEHC/SECSTATE WASHDC PRIORITY 5935"
)
BODY = (
    "C O N F I D E N T I A L SECTION 01 OF 02 OUAGADOUGOU 001158 &#x000A;&#x000A;"
    "SIPDIS &#x000A;&#x000A;E.O. 12958: DECL: 12/14/2019 &#x000A;"
    "TAGS: <a href='/tag/PGOV_0.html'>PGOV</a> <a href='/tag/PREL_0.html'>PREL</a>"
    " <a href='/tag/UV_0.html'>UV</a>&#x000A;"
    "SUBJECT: BURKINA FASO: MEDIATION UPDATE &#x000A;&#x000A;"
    "<a id='par1' href='#par1'>\u00b6</a>1. (C) Summary. &#x000A;"
)


def _page(ref_id: str = "09OUAGADOUGOU1158", created: str = "2009-12-14 16:04") -> str:
    """The cable part of a Cablegate page: its metadata table and two blocks."""
    table = TABLE.format(ref_id=ref_id, created=created)
    return f"{table}<code><pre>{HEADER}</pre></code>\n<code><pre>{BODY}</pre></code>\n"


def _read_strictly(page: str) -> None:
    """Parse ``page`` strictly: it may raise only cablegram's own errors."""
    with contextlib.suppress(CablegramError):
        parse_wikileaks_html(page, strict=True)


def _seconds(call: Callable[[str], object], text: str) -> float:
    """The best of three timings of ``call(text)``."""
    best = float("inf")
    for _ in range(3):
        start = time.perf_counter()
        call(text)
        best = min(best, time.perf_counter() - start)
    return best


def _assert_linear(call: Callable[[str], object], make: Callable[[int], str], size: int) -> None:
    """``call`` on ``make(8 * size)`` takes less than 16 times as long as on
    ``make(size)`` (linear time takes 8 times, quadratic 64).  A loaded machine can
    slow one measurement, so a ratio short of 32 is measured again, twice at most."""
    call(make(size))  # warm up
    for _ in range(3):
        small, large = _seconds(call, make(size)), _seconds(call, make(8 * size))
        if large < 16 * small or large >= 32 * small:
            break
    assert large < 16 * small, f"{small * 1000:.2f} ms, then {large * 1000:.2f} ms for 8 times"


# ---------------------------------------------------------------- B21: references


def test_b21_long_decimal_reference_reads_as_replacement_character() -> None:
    page = "<pre>&#" + "1" * 5000 + ";</pre>"
    cable = parse_wikileaks_html(page)
    assert cable.raw == "\ufffd\n"
    _read_strictly(page)


@pytest.mark.parametrize(
    ("block", "text"),
    [
        ("&#" + "9" * 5000 + ";", "\ufffd"),
        ("&#" + "1" * 5000, "\ufffd"),  # no semicolon
        ("&#" + "0" * 5000 + "65;", "A"),  # leading zeros only
        ("&#" + "0" * 5000 + ";", "\ufffd"),  # zero, as the parser reads &#0;
        ("&#x" + "f" * 5000 + ";", "\ufffd"),
        ("&#X" + "0" * 5000 + "41;", "A"),
        ("a&#" + "7" * 30 + ";b&#1114112;c&#x110000;d", "a\ufffdb\ufffdc\ufffdd"),
        ("&#" + "1" * 4400 + ";" + "&#" + "2" * 10 + ";", "\ufffd\ufffd"),
    ],
    ids=["decimal", "no-semicolon", "zeros-then-A", "zeros", "hex", "hex-zeros", "mixed", "two"],
)
def test_b21_absurd_references_are_read_as_the_parser_reads_short_ones(
    block: str, text: str
) -> None:
    cable = parse_wikileaks_html(f"<pre>{block}</pre>")
    assert cable.raw == text + "\n"
    _read_strictly(f"<pre>{block}</pre>")


@pytest.mark.parametrize(
    "page",
    [
        "<pre><a title='&#" + "1" * 5000 + ";'>x</a></pre>",
        TABLE.format(ref_id="&#" + "1" * 5000 + ";", created="2009-12-14") + "<pre>x</pre>",
        "<h3>Viewing cable X, &#" + "1" * 5000 + ";</h3><pre>x</pre>",
        "<pre>" + ("&#" + "1" * 4301 + ";") * 50 + "</pre>",
    ],
    ids=["attribute", "table", "title", "many"],
)
def test_b21_long_references_anywhere_never_raise(page: str) -> None:
    parse_wikileaks_html(page)
    _read_strictly(page)
    assert isinstance(cablegram.parse(page), cablegram.Cable)


# ---------------------------------------------------------------- B6: digits


@pytest.mark.parametrize(
    "page",
    [
        "<table class='cable'><tr><th>Reference ID</th></tr><tr><td>08TRIPOLI9²³</td></tr>"
        "</table><pre>x</pre>",
        "<table class='cable'><tr><th>Created</th></tr><tr><td>²⁰⁰⁸-¹²-⁰²</td></tr>"
        "</table><pre>x</pre>",
        "<table class='cable'><tr><th>Created</th></tr><tr><td>٢٠٠٨-١٢-٠٢</td></tr>"
        "</table><pre>x</pre>",
        "<pre>R ٠٢١٧٠٥Z DEC ٠٨\nC O N F I D E N T I A L TRIPOLI ٠٠٠٩٢٦\nSUBJECT: x</pre>",
        "<pre>&#٦٥; &#x٤١; &#²³;</pre>",
    ],
    ids=["superscript-id", "superscript-created", "arabic-indic-created", "arabic-text", "refs"],
)
def test_b6_small_pages_with_other_digits_never_raise(page: str) -> None:
    assert len(page.encode("utf-8")) < 160
    parse_wikileaks_html(page)
    _read_strictly(page)
    assert isinstance(cablegram.parse(page), cablegram.Cable)


def test_b6_created_in_other_digits_gives_no_year() -> None:
    banner = "<pre>C O N F I D E N T I A L TRIPOLI 000926\n\nSUBJECT: x\n\n1. text</pre>"
    table = "<table class='cable'><tr><th>Created</th></tr><tr><td>{}</td></tr></table>"
    ascii_year = parse_wikileaks_html(table.format("2008-12-02") + banner)
    assert ascii_year.reference_id == "08TRIPOLI926"  # the year of Created as a hint
    other = parse_wikileaks_html(table.format("٢٠٠٨-١٢-٠٢") + banner)
    # no year hint (Created is not a date in ASCII digits): the id is the release's one
    # TRIPOLI926, found in its index, not read from Created
    codes = [d.code for d in other.diagnostics]
    assert "reference-id-from-release" in codes
    assert other.reference_id == "08TRIPOLI926" and other.date is None
    assert other.metadata["created"] == "٢٠٠٨-١٢-٠٢"


@pytest.mark.parametrize(
    "text",
    [
        '"١","١٢/٣١/٢٠٠٨ 12:00","٠٨TRIPOLI926","x"\n',
        "### [٢٠٠٨-٠٣-١٨](/news/x)\nhello\n",
        "## [٢٠٠٨-٠٣-١٨](/news/x)\n### [٢٠٠٨-٠٣-١٨](/news/y)\nhello\n",
    ],
    ids=["csv", "news", "news-day"],
)
def test_b6_sniff_reads_ascii_digits_only(text: str) -> None:
    with pytest.raises(UnknownFormatError):
        cablegram.sniff(text)


@pytest.mark.parametrize("module", [wikileaks, sniff], ids=["wikileaks", "sniff"])
def test_b6_patterns_take_ascii_digits_only(module: object) -> None:
    patterns = [p for p in vars(module).values() if isinstance(p, re.Pattern)]
    assert patterns
    for pattern in patterns:
        if isinstance(pattern.pattern, str) and not pattern.flags & re.ASCII:
            assert "\\d" not in pattern.pattern, pattern.pattern


# ---------------------------------------------------------------- B12: the cable part


@pytest.mark.parametrize(
    "make",
    [
        lambda n: "<table" * (n // 6),
        lambda n: "<table x" * (n // 8),
        lambda n: "<h3" * (n // 3),
        lambda n: "<h3 x" * (n // 5),
        lambda n: "<h3" * (n // 3) + ">",
        lambda n: "<table " * (n // 7) + "cable>",
    ],
    ids=["table", "table-attribute", "h3", "h3-attribute", "h3-closed", "table-closed"],
)
def test_b12_unclosed_table_and_h3_take_linear_time(make: Callable[[int], str]) -> None:
    _assert_linear(parse_wikileaks_html, make, 6000)


def test_b12_the_cable_part_is_found_after_unclosed_tags() -> None:
    junk = "<table x" * 500 + "<h3 " * 500 + "<h3>Other</h3><table class='nav'>"
    cable = parse_wikileaks_html(junk + "<h3>Viewing cable X, SUBJECT HERE</h3>\n" + _page())
    assert cable.metadata["ref_id"] == "09OUAGADOUGOU1158"
    assert cable.metadata["page_subject"] == "SUBJECT HERE"
    assert cable.reference_id == "09OUAGADOUGOU1158"


def test_b12_title_subject_with_long_white_space_takes_linear_time() -> None:
    def make(n: int) -> str:
        return "<h3>Viewing cable X, a" + " " * n + "b</h3>"

    _assert_linear(parse_wikileaks_html, make, 20000)
    cable = parse_wikileaks_html("<h3>Viewing cable X,  a \n b \n\t</h3>")
    assert cable.metadata["page_subject"] == "a \n b"


# ---------------------------------------------------------------- B13: the HTML parser


@pytest.mark.parametrize(
    "make",
    [
        lambda n: "<a b" * (n // 4),
        lambda n: "<pre>" + "<a b" * (n // 4),
        lambda n: "<a " + "x" * n,
        lambda n: "<pre><a " + "x" * n,
        lambda n: "<!--" * (n // 4),
        lambda n: "<pre>" + "<!-- >" * (n // 6),
        lambda n: "</a" * (n // 3),
        lambda n: "<?" * (n // 2),
        lambda n: "<!x" * (n // 3),
        lambda n: "<![CDATA[" * (n // 9),
        lambda n: "<pre>" + "<a b='>'" * (n // 8) + " c" * 50,
        lambda n: "<a b='" * (n // 6),
        lambda n: "<pre><script>" + "</script" * (n // 8),
    ],
    ids=[
        "start-tags",
        "start-tags-in-pre",
        "one-long-tag",
        "one-long-tag-in-pre",
        "comments",
        "comments-with-gt",
        "end-tags",
        "instructions",
        "declarations",
        "marked-sections",
        "quoted-gt",
        "open-quotes",
        "script-end-tags",
    ],
)
def test_b13_unclosed_markup_takes_linear_time(make: Callable[[int], str]) -> None:
    _assert_linear(parse_wikileaks_html, make, 6000)


@pytest.mark.parametrize(
    ("page", "text"),
    [
        # as the standard parser reads them: an unclosed comment is text up to the
        # next ">", an unclosed tag at the end of the page text
        ("<pre>A <!-- B > C</pre>", "A <!-- B > C"),
        ("<pre>T <!-- U <b>V</b> W</pre>", "T <!-- U <b>V W"),
        ("<pre>M <![CDATA[ N > O</pre>", "M <![CDATA[ N > O"),
        ("<pre>A <B C", "A <B C"),
        ("<pre>E </a F", "E </a F"),
        ("<pre>A <<Israel>> B</pre>", "A <<Israel>> B"),
        ("<pre>1 <a href='#par1'>\u00b6</a>2 <a href='/tag/X_0.html'>X</a></pre>", "1 \u00b62 X"),
        # a quoted ">" is text, not the start of a tag that ends after </pre>
        ("<pre>X <a b='>' Y</pre>", "X <a b='>' Y"),
    ],
)
def test_b13_unclosed_markup_is_read_as_text(page: str, text: str) -> None:
    assert parse_wikileaks_html(page).raw == text + "\n"


def test_b13_script_text_is_not_markup() -> None:
    head = "<head><script>if (a<b && c<d) { x = '<!--'; }</script><style>p<q</style></head>"
    cable = parse_wikileaks_html(head + _page())
    assert cable.reference_id == "09OUAGADOUGOU1158"
    assert cable.raw.startswith("VZCZCXRO5659\nPP RUEHPA\n")


# ---------------------------------------------------------------- lenient never raises

FRAGMENTS = [
    *("<a", " b", "='", '="', "'", '"', ">", "<!--", "-->", "</", "</a", "<?", "<!"),
    *("<![CDATA[", "]]>", "<![if", "]>", "<script>", "</script>", "<style>", "x", " "),
    *("/", "=", "<pre>", "</pre>", "&#65;", "&#" + "1" * 4400, "&amp", "<", "\x00", "\n"),
    *("<table class='cable'>", "<tr>", "<th>", "<td>", "</table>", "<h3>", "Viewing cable"),
    *("<h3", "<table", "٢٠٠٨", "²", "\u200f", "\ud800", "<a href='#p'>", "</a>"),
]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(FRAGMENTS), max_size=30))
def test_lenient_never_raises_strict_raises_only_cablegram_errors(parts: list[str]) -> None:
    page = "".join(parts)
    assert isinstance(parse_wikileaks_html(page), cablegram.Cable)
    _read_strictly(page)
    with contextlib.suppress(UnknownFormatError):
        cablegram.sniff(page)


# ---------------------------------------------------------------- B7: real pages


def _real_pages() -> Iterator[tuple[str, str]]:
    """(name, text) of every HTML page below ../shared: the loose files and the
    pages of the Cablegate tarball."""
    for path in sorted(SHARED.rglob("*.html")):
        yield str(path.relative_to(SHARED)), path.read_text(encoding="utf-8")
    with tarfile.open(HTML_TARBALL) as tar:
        for member in tar:
            handle = tar.extractfile(member) if member.isfile() else None
            if handle is not None and member.name.endswith(".html"):
                yield member.name, handle.read().decode("utf-8")


def test_b7_sniff_every_real_html_page() -> None:
    if not HTML_TARBALL.is_file():
        pytest.skip("../shared is not there")
    names = []
    for name, text in _real_pages():
        assert cablegram.sniff(text) == "html", name
        names.append(name)
    assert len(names) > 4500


def test_b7_parse_the_loose_real_pages() -> None:
    paths = sorted(SHARED.rglob("*.html"))
    if not paths:
        pytest.skip("../shared is not there")
    for path in paths:
        document = cablegram.parse(path.read_text(encoding="utf-8"))
        assert isinstance(document, cablegram.Cable), path


def _navigation() -> str:
    """Navigation panes like a Cablegate page's: some 1,300 links, 60,000 characters."""
    years = [f"<a class='sort' href='#year_{y}'>{y % 100:02d}</a>\n" for y in range(1966, 2011)]
    dates = [
        f"<a href='/date/{y}-{m:02d}_{page}.html'>{y}/{m:02d}</a>\n"
        for y in range(2003, 2011)
        for m in range(1, 13)
        for page in range(14)
    ]
    return "<div id='browse'>\n<h3>Browse</h3>\n" + "".join(years + dates) + "</div>\n"


PAGE_START = (
    "<?xml version='1.0' encoding='utf-8' ?>\n"
    '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN"'
    ' "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n'
    "<html lang='en' xml:lang='en' xmlns='http://www.w3.org/1999/xhtml'>\n<head>\n"
    "<title>Cable Viewer</title>\n"
    "<link href='/static/css/cables.css' rel='stylesheet' type='text/css' />\n"
    "<script type='text/javascript'>\nfunction sh(n) { return n < 3 && n > 0; }\n</script>\n"
    "<style type='text/css'>\npre { white-space: pre-wrap; }\n</style>\n"
    "</head>\n<body>\n<div class='main'>\n"
)


def test_b7_a_page_built_as_the_real_ones_is_sniffed_and_parsed() -> None:
    page = (
        PAGE_START
        + _navigation()
        + "<div class='pane big'>\n<h3>Viewing cable 09OUAGADOUGOU1158, MEDIATION</h3>\n"
        + _page()
        + "</div>\n</div>\n</body>\n</html>\n"
    )
    assert page.find("<pre") > 55000  # as on the real pages, far beyond the sniffer's head
    assert cablegram.sniff(page) == "html"
    cable = cablegram.parse(page)
    assert isinstance(cable, cablegram.Cable)
    assert cable.reference_id == "09OUAGADOUGOU1158"
    assert cable.metadata["page_subject"] == "MEDIATION"
    assert [tag.code for tag in cable.tags] == ["PGOV", "PREL", "UV"]
    assert cablegram.sniff("\ufeff \n" + page) == "html"
    assert cablegram.sniff((DATA / "09OUAGADOUGOU1158.html").read_text(encoding="utf-8")) == "html"


@pytest.mark.parametrize(
    ("text", "html"),
    [
        ("<!-- a comment -->\n<!DOCTYPE html>\n<p>x</p>", True),
        ("<?xml version='1.0'?><html><body>x</body></html>", True),
        ("<div>\n" + "<a href='/x'>x</a>\n" * 8000 + "<pre>x</pre>", True),  # <pre> at 120,000
        ("<div>\n" + "x" * 300000 + "<pre>x</pre>", False),  # beyond the look-ahead
        ("Dear Sir,\n" + "thank you for your letter.\n" * 500 + "<pre>x</pre>", False),
    ],
    ids=["comment", "prolog", "late-pre", "too-late-pre", "text-with-pre"],
)
def test_b7_html_is_told_by_its_start_or_a_pre_block(text: str, html: bool) -> None:
    if html:
        assert cablegram.sniff(text) == "html"
    else:
        with pytest.raises(UnknownFormatError):
            cablegram.sniff(text)


# ---------------------------------------------------------------- B19: binary


@pytest.mark.parametrize(
    "mark",
    ["\u200f", "\u00ad", "\u200e\u200f", "\ufeff", "\u200b"],
    ids=["rlm", "shy", "lrm-rlm", "bom", "zwsp"],
)
def test_b19_format_characters_are_text(mark: str) -> None:
    text = "".join(f"{line}{mark}\n" for line in SEED.splitlines())  # one a line
    text = text.replace("E", mark + "E")  # and many more
    assert text.count(mark) > 100
    assert cablegram.sniff(text) == "cable"
    assert isinstance(cablegram.parse(text), cablegram.Cable)


@pytest.mark.parametrize(
    "text",
    [
        "text\x00more",
        bytes(range(1, 256)).decode("latin-1") * 3,
        "binary" + "\x01\x02\x03\x1b\x7f\x90" * 10,
        b"\x89PNG\xff\xfe\x80\x81 junk".decode("utf-8", "surrogateescape") * 10,
    ],
    ids=["nul", "bytes", "controls", "undecodable"],
)
def test_b19_binary_is_still_binary(text: str) -> None:
    with pytest.raises(UnknownFormatError, match="binary"):
        cablegram.sniff(text)
