"""The summary and the comments of a body: stretches of text marked by words of their
own (``SUMMARY:`` ... ``END SUMMARY``, ``COMMENT:`` ... ``END COMMENT``) that run across
paragraphs or sit inside one.

Hard cases: a summary opened by its paragraph (``1. (C) Summary:``), by a heading
between rules (``------- SUMMARY -------``), or not at all (then from the body's start
to ``END SUMMARY``); one with no end (then to the end of its paragraph, or of the
first paragraph under its heading); ``END\\nSUMMARY`` split over two lines; comments
without an end marker (to the end of their paragraph), given as a heading (the
paragraphs under it), several in one cable, and the verb "comment" in a sentence,
which opens nothing.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from typing import NamedTuple

from cablegram._context import Context
from cablegram._lazy import deferred
from cablegram.cable.body_text import summary_chunks, summary_text, without_page_lines
from cablegram.errors import Severity
from cablegram.grammar import body as g
from cablegram.model import Comment, TextBlock


class Part(NamedTuple):
    """Where a paragraph or a heading runs in the view, and its number or text."""

    start: int
    end: int
    label: str | None


class Layout:
    """The body's paragraphs and headings, in order, as the notes need them (looked
    up by offset in logarithmic time: a body may have many thousands)."""

    def __init__(self, paragraphs: Sequence[Part], headings: Sequence[Part]) -> None:
        self.paragraphs = paragraphs
        self.headings = headings
        self._paragraph_starts = [p.start for p in paragraphs]
        self._heading_starts = [h.start for h in headings]

    def paragraph_at(self, offset: int) -> Part | None:
        """The paragraph that holds ``offset``."""
        k = bisect.bisect_right(self._paragraph_starts, offset) - 1
        return self.paragraphs[k] if k >= 0 and offset < self.paragraphs[k].end else None

    def heading_at(self, offset: int) -> Part | None:
        """The heading that holds ``offset``."""
        k = bisect.bisect_right(self._heading_starts, offset) - 1
        return self.headings[k] if k >= 0 and offset < self.headings[k].end else None

    def next_heading(self, offset: int) -> int | None:
        """Where the first heading at or after ``offset`` starts."""
        k = bisect.bisect_left(self._heading_starts, offset)
        return self._heading_starts[k] if k < len(self.headings) else None

    def first_paragraph_after(self, offset: int) -> Part | None:
        """The first paragraph that starts at or after ``offset``."""
        k = bisect.bisect_left(self._paragraph_starts, offset)
        return self.paragraphs[k] if k < len(self.paragraphs) else None


def _search(
    pattern: re.Pattern[str], region: str, lowered: str, keyword: str, pos: int
) -> re.Match[str] | None:
    """``pattern.search(region, pos)`` for a case-blind pattern whose every match
    contains ``keyword``: only the places where the keyword occurs are tried, which
    is much faster than letting the regex engine try every offset."""
    at = lowered.find(keyword, pos)
    while at >= 0:
        found = pattern.search(region, max(pos, at - 24), at + len(keyword) + 40)
        if found is not None:
            # the window may cut a match short (or fake an end of text): match again
            full = pattern.match(region, found.start())
            if full is not None:
                return full
        at = lowered.find(keyword, at + 1)
    return None


# ---------------------------------------------------------------------- summary


def build_summary(
    ctx: Context, start: int, region: str, lowered: str, layout: Layout
) -> TextBlock | None:
    """The summary: after a SUMMARY opener (``1. (C) Summary:``, a ``SUMMARY`` heading
    between rules) up to END SUMMARY; or, with no opener, from the start of the
    body up to END SUMMARY.  Without an end it runs to the end of its paragraph.
    ``region`` is the body from ``start`` on, ``lowered`` the same in small letters."""
    head = _summary_head(region, lowered)
    text_from = head.end() if head is not None else 0
    tail = _search(g.SUMMARY_END, region, lowered, "sum", text_from)
    if head is None:
        if tail is None:
            return None
        text_from = _first_text(region, tail.start())
    if tail is not None:
        stop, span_end = tail.start(), tail.end()
    else:
        assert head is not None
        stop = _open_end(layout, start, start + head.start(), start + len(region)) - start
        span_end = stop
        ctx.report(
            "summary-unterminated",
            "summary without END SUMMARY; taken to the end of its paragraph",
            field="summary",
            span=ctx.span(start + head.start(), start + stop),
            severity=Severity.INFO,
        )
    # The text is read when first asked for; whether there is any is known from its
    # first chunk with text (the whole of it but for a bare "1. (C) SUMMARY:").
    region_text = without_page_lines(ctx, start + text_from, start + stop)
    if next(summary_chunks(region_text), None) is None:
        return None
    span_start = head.start() if head is not None else text_from
    return TextBlock(
        text=deferred(summary_text, ctx.snapshot(), start + text_from, start + stop),
        span=ctx.span(start + span_start, start + span_end),
    )


def _summary_head(region: str, lowered: str) -> re.Match[str] | None:
    """The summary's opener: one that opens a paragraph (after its number and
    marking) or is a heading between rules, and not the SUMMARY of "END\\nSUMMARY"."""
    head = _search(g.SUMMARY_START, region, lowered, "sum", 0)
    while head is not None:
        opens, _ = _line_before(region, head.start())
        if opens and not _END_BEFORE.search(region, max(0, head.start() - 8), head.start()):
            return head
        head = _search(g.SUMMARY_START, region, lowered, "sum", head.end())
    return None


def _first_text(region: str, end: int) -> int:
    """Where a summary with no opener starts: the body's first text, or the text of
    its first paragraph after lines that are not numbered (a subject's second line,
    a handling caption, a stray "Classified By")."""
    text_from = len(region) - len(region.lstrip())
    line_start = region.rfind("\n", 0, text_from) + 1
    first = g.PARAGRAPH_LINE.search(region, line_start, end)
    if first is not None and first.start() > line_start and first["number"] == "1":
        text_from = first.start() + len(first.group()) - len(first.group().lstrip())
    return text_from


def _open_end(layout: Layout, start: int, at: int, end: int, *, comment: bool = False) -> int:
    """Where a summary or comment with no end marker that opens at ``at`` ends: the
    end of its paragraph; under a heading of its own, at the next heading, else (a
    summary) the end of the first paragraph under it or (a comment) the end of the
    body; never past the next heading."""
    limit = layout.next_heading(at + 1)
    limit = end if limit is None else min(limit, end)
    heading = layout.heading_at(at)
    if heading is not None:
        if comment:  # a Comment heading's comment: the paragraphs under it
            later = layout.next_heading(heading.end)
            return later if later is not None and later < end else end
        later = layout.next_heading(heading.end)
        if later is not None and later < end:
            return later
        first = layout.first_paragraph_after(heading.end)
        return min(first.end, limit) if first is not None else limit
    paragraph = layout.paragraph_at(at)
    return min(paragraph.end, limit) if paragraph is not None else limit


#: What may stand before a summary opener on its line: a paragraph's number and mark,
#: or the rule of a heading.
_OPENS = re.compile(r" *(?:\d{1,3}[a-z]?\. *)?(?:\([A-Za-z/ -]+\))? *|[-=_ ]*")
_END_BEFORE = re.compile(r"(?i)\bEND(?:\s+OF)?\s+$")


# --------------------------------------------------------------------- comments


def build_comments(
    ctx: Context, start: int, region: str, lowered: str, layout: Layout
) -> list[Comment]:
    """Every comment of the body ``region`` (from ``start``), each with the number of
    the paragraph it opens in."""
    heads = _comment_heads(region, lowered, start, layout)
    if not heads:
        return []
    ends = _all(g.COMMENT_END, region, lowered, "comment")
    comments: list[Comment] = []
    pos = 0
    for k, head in enumerate(heads):
        if head.start() < pos:
            continue  # inside the comment before (a quoted "Comment:")
        next_head = _next_head(heads, k, start, layout, len(region))
        comment, pos = _comment(ctx, start, region, layout, head, ends, next_head)
        if comment is not None:
            comments.append(comment)
    return comments


def _next_head(heads: list[re.Match[str]], k: int, start: int, layout: Layout, default: int) -> int:
    """Where the first opener after ``heads[k]`` that is not inside its paragraph stands
    (an opener in the same paragraph, "COMMENT CONTINUED", opens nothing new)."""
    here = layout.paragraph_at(start + heads[k].start())
    for head in heads[k + 1 :]:
        if here is None or layout.paragraph_at(start + head.start()) != here:
            return head.start()
    return default


def _all(pattern: re.Pattern[str], region: str, lowered: str, keyword: str) -> list[re.Match[str]]:
    """Every match of ``pattern`` in ``region``, in order (see :func:`_search`)."""
    found: list[re.Match[str]] = []
    pos = 0
    while (match := _search(pattern, region, lowered, keyword, pos)) is not None:
        found.append(match)
        pos = match.end()
    return found


def _comment(
    ctx: Context,
    start: int,
    region: str,
    layout: Layout,
    head: re.Match[str],
    ends: list[re.Match[str]],
    next_head: int,
) -> tuple[Comment | None, int]:
    """The comment that ``head`` opens (the next opener at ``next_head``), and where
    it ends in ``region``."""
    at = start + head.start()
    heading = layout.heading_at(at)
    text_from = heading.end - start if heading is not None else head.end()
    k = bisect.bisect_left(ends, text_from, key=lambda e: e.start())
    tail = ends[k] if k < len(ends) else None
    default = _open_end(layout, start, at, start + len(region), comment=True) - start
    closed = _closing_parenthesis(region, head, max(next_head, text_from, default))
    if closed is not None and (tail is None or closed < tail.start()):
        stop, span_end = closed, closed + 1  # "(Comment: ... )" with no end marker
    elif tail is not None and tail.start() < max(next_head, text_from + 1):
        stop, span_end = tail.start(), tail.end()
    else:
        limit = max(next_head, text_from)
        stop = min(default, limit)
        span_end = stop
        if heading is None:  # a heading's comment needs no end marker
            ctx.report(
                "comment-unterminated",
                "comment without END COMMENT; taken to the end of its paragraph",
                field="comments",
                span=ctx.span(at, start + stop),
                severity=Severity.INFO,
            )
    region_text = without_page_lines(ctx, start + text_from, start + stop)
    if next(summary_chunks(region_text), None) is None:
        return None, span_end
    if heading is not None:
        paragraph = layout.first_paragraph_after(heading.end)
    else:
        paragraph = layout.paragraph_at(at)
    return (
        Comment(
            text=deferred(summary_text, ctx.snapshot(), start + text_from, start + stop),
            paragraph=paragraph.label if paragraph is not None else None,
            span=ctx.span(at, start + span_end),
        ),
        span_end,
    )


def _closing_parenthesis(region: str, head: re.Match[str], limit: int) -> int | None:
    """Where the parenthesis a comment opens with (``(Comment: ... )``, 05DUBLIN657)
    closes, before ``limit``; None for a comment that opens with none."""
    if not head.group().startswith("("):
        return None
    depth = 0
    for k in range(head.start(), min(limit, len(region))):
        ch = region[k]
        depth += (ch == "(") - (ch == ")")
        if depth == 0:
            return k
    return None


def _comment_heads(region: str, lowered: str, start: int, layout: Layout) -> list[re.Match[str]]:
    """The comment openers of ``region`` that open a comment: written with a capital
    (``Comment:``, ``COMMENT:``), at the start of a line, a paragraph's text or a
    sentence, or in a heading; not ``END COMMENT`` nor the verb in a sentence."""
    heads: list[re.Match[str]] = []
    # a heading that names a comment, "COMMENT CONTINUED - LESSONS LEARNED" too
    for heading in layout.headings:
        named = _COMMENT_HEADING.search(region, heading.start - start, heading.end - start)
        if named is not None and named.start() == heading.start - start + _lead(
            heading, region, start
        ):
            heads.append(named)
    for head in _all(g.COMMENT_START, region, lowered, "comment"):
        if any(h.start() == head.start() for h in heads):
            continue
        word = head.group().lstrip("( ")
        if not word[:1].isupper():
            continue
        at = head.start()
        if _END_BEFORE.search(region, max(0, at - 8), at):
            continue
        opens, before = _line_before(region, at)
        in_heading = layout.heading_at(start + at) is not None
        if in_heading or opens or _SENTENCE_BEFORE.search(before):
            heads.append(head)
    return sorted(heads, key=lambda h: h.start())


def _lead(heading: Part, region: str, start: int) -> int:
    """How many rule characters and blanks open a heading's span."""
    text = region[heading.start - start : heading.end - start]
    return len(text) - len(text.lstrip("-=_*~/ \n"))


#: A heading that names a comment: "Comment", "EMBASSY COMMENT", "COMMENT CONTINUED".
_COMMENT_HEADING = re.compile(r"(?i)(?:(?:EMBASSY|POST|MISSION) +)?COMMENTS?\b")


def _line_before(region: str, at: int) -> tuple[bool, str]:
    """Whether only a paragraph's number and mark or a rule stand before ``at`` on its
    line, and the text before it on its line (its last :data:`_BEFORE` characters:
    only they are looked at, so that a long line is read in linear time)."""
    window = max(0, at - _BEFORE)
    newline = region.rfind("\n", window, at)
    line_start = newline + 1 if newline >= 0 else (0 if window == 0 else -1)
    opens = line_start >= 0 and _OPENS.fullmatch(region, line_start, at) is not None
    return opens, region[max(window, line_start) : at]


#: How far before an opener its line is looked at.
_BEFORE = 40
#: A comment opener after the end of a sentence on its line (``... agreed.  Comment:``).
_SENTENCE_BEFORE = re.compile(r"(?:[.!?:;\"”'’)\]]|--) *$")
