"""How documents look: a short repr, a terminal summary, HTML for notebooks (escaped,
self-contained, every field marked by its span), and a real browser's rendering of
it when Chromium is installed."""

from __future__ import annotations

import html
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import cablegram
from cablegram.display import marked_text

from .conftest import DATA

EXAMPLES = DATA.parent.parent / "examples" / "data"


@pytest.fixture(scope="module")
def seed() -> cablegram.Cable:
    text = (DATA / "07OTTAWA2266.txt").read_text(encoding="utf-8")
    return cablegram.parse_cable(text)


def test_a_cable_repr_is_one_short_line(seed: cablegram.Cable) -> None:
    assert repr(seed) == "<Cable 07OTTAWA2266 2007-12-14 CONFIDENTIAL 'CANADA ON KOSOVO' 4 ¶>"
    empty = cablegram.parse_cable("")
    assert repr(empty) == "<Cable ? undated ? None 0 ¶>"


def test_pages_news_and_lists_have_short_reprs() -> None:
    page = cablegram.parse_page((EXAMPLES / "canada-kosovo-relations.txt").read_text())
    assert repr(page) == "<Page page:canada-kosovo-relations 2009-04-01 'Canada-Kosovo Relations'>"
    item = cablegram.parse_news(
        (EXAMPLES / "2008-03-18-canada-japan-recognize-kosovo.md").read_text()
    )
    assert repr(item).startswith("<NewsItem /news/2008/03/18/index.md#canada-and-japan")
    shown = cablegram.show([page, item])
    assert repr(shown).splitlines() == [repr(page), repr(item)]


def test_the_summary_for_a_terminal(seed: cablegram.Cable) -> None:
    lines = seed.summary_text().splitlines()
    assert lines[0] == "07OTTAWA2266  2007-12-14 21:05 UTC  CONFIDENTIAL  IMMEDIATE"
    assert lines[1] == "From AMEMBASSY OTTAWA to SECSTATE WASHDC (+11 info)"
    assert "Subject: CANADA ON KOSOVO" in lines
    assert any(line.startswith("Tags: PREL (external political relations)") for line in lines)
    assert "Refs: A. 07STATE165486  B. 07STATE165453" in lines
    assert "Declassify: 2017-12-14" in lines
    assert "Paragraphs: 4 (C 4)" in lines


def _visible(fragment: str) -> str:
    """The text a browser shows of the <pre> block: tags dropped, entities read."""
    pre = re.search(r"<pre>(.*)</pre>", fragment, re.S)
    assert pre is not None
    return html.unescape(re.sub(r"<[^>]+>", "", pre.group(1)))


def test_the_notebook_view_marks_fields_and_keeps_the_text(seed: cablegram.Cable) -> None:
    view = seed._repr_html_()
    assert _visible(view) == seed.raw  # nothing lost, nothing added
    # self-contained: no script, nothing fetched (the text's own URLs are text)
    for fetching in ("<script", "<link", "<img", "src=", "href=", "url(", "@import"):
        assert fetching not in view.lower()
    assert "<mark class='field' title='subject'>SUBJECT: CANADA ON KOSOVO</mark>" in view
    assert view.count("<mark class='marking'") == 4  # each paragraph's badge
    assert "<span class='cls cls-C'>CONFIDENTIAL</span>" in view
    assert "PREL <small>external political relations</small>" in view


def test_the_notebook_view_escapes_everything() -> None:
    text = (DATA / "07OTTAWA2266.txt").read_text(encoding="utf-8")
    hostile = text.replace("CANADA ON KOSOVO", "<script>alert('x')</script> & <b>")
    cable = cablegram.parse_cable(hostile)
    view = cable._repr_html_()
    assert "<script>" not in view and "<b>" not in view
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; &amp; &lt;b&gt;" in view
    assert _visible(view) == cable.raw
    table = cablegram.show([cable])._repr_html_()
    assert "<script>" not in table and "&lt;script&gt;" in table


@settings(max_examples=300, deadline=None)
@given(
    text=st.text(alphabet="ab<>&'\"\n ", max_size=40),
    spans=st.lists(st.tuples(st.integers(0, 45), st.integers(0, 45)), max_size=12),
)
def test_marked_text_shows_the_text_exactly(text: str, spans: list[tuple[int, int]]) -> None:
    marks = [(a, b, "field", "<x>") for a, b in spans]
    out = marked_text(text, marks)
    assert html.unescape(re.sub(r"<[^>]+>", "", out)) == text
    assert out.count("<mark") == out.count("</mark>")


def test_marked_text_takes_linear_time_on_many_marks() -> None:
    text = "x" * 200_000
    marks = [(k, k + 3, "field", "t") for k in range(0, 199_990, 2)]  # 100,000 overlapping
    out = marked_text(text, marks)
    assert html.unescape(re.sub(r"<[^>]+>", "", out)) == text


def test_pages_and_news_have_a_notebook_view() -> None:
    page = cablegram.parse_page((EXAMPLES / "canada-kosovo-relations.txt").read_text())
    view = page._repr_html_()
    assert "Canada-Kosovo Relations" in view and _visible(view) == page.raw


CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.mark.skipif(CHROMIUM is None, reason="Chromium is not installed (apt-get install chromium)")
def test_a_browser_renders_the_view(seed: cablegram.Cable, tmp_path: Path) -> None:
    page = tmp_path / "cable.html"
    page.write_text(f"<!doctype html><meta charset='utf-8'>{seed._repr_html_()}", encoding="utf-8")
    shot = tmp_path / "cable.png"
    assert CHROMIUM is not None
    subprocess.run(
        [
            CHROMIUM,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            f"--screenshot={shot}",
            "--window-size=1000,1400",
            page.as_uri(),
        ],
        check=True,
        capture_output=True,
        timeout=120,
    )
    data = shot.read_bytes()
    assert data.startswith(b"\x89PNG") and len(data) > 20_000  # a page was drawn
