"""LinePattern finds what ``^`` in multiline mode finds, only faster: the same
matches (spans and groups, in order) on any text, from any start to any end."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from cablegram.cable import repeated
from cablegram.grammar import body as g
from cablegram.grammar._common import LinePattern

#: Bodies of line-anchored patterns the parser uses, and harder ones: a match that
#: runs over a line break, optional blanks, alternatives, a lookahead.
BODIES = [
    (g.PDF_PAGE.pattern.pattern, re.IGNORECASE),
    (g.RECORD_TRAILER.pattern.pattern, 0),
    (repeated._CANDIDATE.pattern.pattern, re.IGNORECASE),
    (g.PARAGRAPH_START_PATTERN, 0),
    (r"[A-Z]+(?:\n[A-Z]+)?", 0),
    (r" *(?P<num>\d+)\. (?=\S)", 0),
    (r"a|ab|b\nb", 0),
]

#: Small alphabets make lines that start, end and repeat the patterns often.
TEXT = st.text(alphabet="aAbBZ \n-0123./ofpage ()CS", max_size=120)


def _both(body: str, flags: int, text: str, pos: int, endpos: int) -> None:
    fast = LinePattern(body, flags)
    plain = re.compile("^(?:" + body + ")", flags | re.MULTILINE)
    want = [(m.span(), m.groups()) for m in plain.finditer(text, pos, endpos)]
    got = [(m.span(), m.groups()) for m in fast.finditer(text, pos, endpos)]
    assert got == want
    first = plain.search(text, pos, endpos)
    found = fast.search(text, pos, endpos)
    assert (found and found.span()) == (first and first.span())


@settings(max_examples=400, deadline=None)
@given(text=TEXT, data=st.data())
def test_same_matches_as_multiline_caret(text: str, data: st.DataObject) -> None:
    body, flags = data.draw(st.sampled_from(BODIES))
    pos = data.draw(st.integers(0, len(text)))
    endpos = data.draw(st.integers(pos, len(text) + 3))
    _both(body, flags, text, pos, endpos)


def test_a_match_at_the_start_and_after_a_newline_before_pos() -> None:
    # pos right after a newline is a line start; pos inside a line is not
    _both(r"[a-z]+", 0, "ab\ncd\nef", 3, 8)
    _both(r"[a-z]+", 0, "ab\ncd\nef", 4, 8)
    _both(r"[a-z]+", 0, "ab\ncd\nef", 0, 8)


def test_page_lines_of_a_pdf_text() -> None:
    text = "text\nPage 2 of 4\nmore\n  - 3 -\npage 9"
    assert [m.group().strip() for m in g.PDF_PAGE.finditer(text)] == [
        "Page 2 of 4",
        "- 3 -",
        "page 9",
    ]


@settings(max_examples=600, deadline=None)
@given(text=st.text(alphabet="abvsVSxyzAB. !?\")]'", max_size=60))
def test_sentence_breaks_found_from_their_end_end_where_the_plain_ones_do(text: str) -> None:
    from cablegram.cable import titles

    plain = [m.end() for m in titles.SENTENCE_BREAK.finditer(text)]
    fast = [m.end() for m in titles._SENTENCE_BREAK_AT_END.finditer(text)]
    assert fast == plain


def _line_tail_plainly(text: str) -> tuple[int, str] | None:
    """line_tail as first written: the plain pattern from the window on."""
    from cablegram.cable import titles

    window = max(0, len(text.rstrip()) - 200)
    last = None
    for last in titles.SENTENCE_BREAK.finditer(text, window):  # noqa: B007
        pass
    if last is None:
        return None
    name = text[last.end() :].rstrip()
    return (last.end(), name) if name[:1].isupper() else None


@settings(max_examples=600, deadline=None)
@given(
    head=st.integers(0, 230),
    tail=st.text(alphabet="abvsVSxyzAB. !?\")]'", max_size=40),
)
def test_line_tail_of_long_lines_as_the_plain_pattern_reads_it(head: int, tail: str) -> None:
    # long lines put the window's edge among the letters before a sentence end
    from cablegram.cable import titles

    text = ("ab. Cd " * 40)[:head] + tail
    assert titles.line_tail(text) == _line_tail_plainly(text)


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=" \u00a0\tETAGSUBJCRFLO.:0123459 ()/", max_size=40))
def test_a_glued_field_keyword_starts_with_a_letter(text: str) -> None:
    # the header reader matches a keyword at a segment's first non-blank character
    # instead of searching the whole segment: no keyword may start at a blank
    from cablegram.grammar import layout as gl

    for found in gl.FIELD_GLUED.pattern.finditer(text):
        assert not text[found.start()].isspace()


@settings(max_examples=500, deadline=None)
@given(
    text=st.text(alphabet="ETAGSUBJCRFLODI eo.:0123459 ()/abcNys", max_size=80),
    pos=st.integers(0, 10),
)
def test_a_long_text_searched_where_the_keywords_stand_finds_what_search_finds(
    text: str, pos: int
) -> None:
    from cablegram.grammar import layout as gl
    from cablegram.grammar._common import Hinted

    hinted = gl.FIELD_GLUED
    saved, Hinted.LONG = Hinted.LONG, 0  # every text searched from the words
    try:
        found = hinted.search(text, pos)
    finally:
        Hinted.LONG = saved
    plain = hinted.pattern.search(text, pos)
    assert (found and (found.span(), found.lastgroup)) == (
        plain and (plain.span(), plain.lastgroup)
    )
    for match in hinted.pattern.finditer(text):  # every match starts with a word
        head = text[match.start() :]
        assert any(head.upper().startswith(w) for w in hinted.words) or any(
            head.startswith(w) for w in hinted.exact
        )
