"""The body: its headings and paragraphs, then the summary and comments over them, and
at its end the footer lines and the signature (:mod:`cablegram.cable.body_end`).

The body is read line by line.  A numbered paragraph opens at its number (``1. (C)``,
``12.(S/NF)``, ``2a.``, ``(C) 1.``, ``3.Haggag`` glued where 3 is the number expected)
and runs on over unnumbered blocks (a quoted message, a list) until the next
paragraph, a heading, or the footer.  A heading (``BACKGROUND``, ``-- Economy --``,
a title over a rule, ``------- SUMMARY -------``) ends the paragraph before it and is
an object of its own; the paragraphs under it know it.  Text outside a numbered
paragraph is a paragraph per block (up to a blank line; up to two blank lines in a
double-spaced body, where every line is followed by a blank one).
"""

from __future__ import annotations

import bisect
import re

import attrs

from cablegram._context import Context, Text
from cablegram._lazy import deferred
from cablegram._text import squash
from cablegram.cable import body_end, notes, titles
from cablegram.cable.body_text import paragraph_text, spaced_paragraph_text
from cablegram.cable.draft import Draft
from cablegram.cable.lines import Lines
from cablegram.cable.marking import build_marking
from cablegram.cable.openers import Opener, read_opener
from cablegram.cable.repeated import repeated_headers
from cablegram.cable.rows import Rows
from cablegram.errors import Severity
from cablegram.grammar import body as g
from cablegram.model import HandlingLine, Paragraph, TextBlock

#: What ends a sentence before a mid-line paragraph number; what a rule is drawn with.
_SENTENCE_CLOSERS, _RULE_CHARS = frozenset(".!?\"')]"), frozenset("-=_*~/")
#: The digits of a paragraph number (``12`` of ``12a``).
_DIGITS = re.compile(r"\d+")


def read(ctx: Context, draft: Draft) -> None:
    """The body from where the header ended to the end of the text."""
    start, end = draft.body_start, len(ctx.view)
    if start >= end or not ctx.view[start:end].strip():
        return
    body = draft.body
    stop, body.signature, body.footer = body_end.split_end(ctx, draft.lines, start)
    walk = _Walk(ctx, draft.lines, start, stop)
    walk.run()
    body.headings = walk.headings
    body.paragraphs = walk.paragraphs
    draft.header.repeated.extend(walk.repeated)
    draft.header.handling.extend(walk.handling)
    layout = notes.Layout(walk.paragraph_parts, walk.heading_parts)
    region = ctx.view[start:stop]
    lowered = region.lower()
    body_end.report_no_signature(ctx, draft.body, stop)
    body.summary = notes.build_summary(ctx, start, region, lowered, layout)
    body.comments = notes.build_comments(ctx, start, region, lowered, layout)


@attrs.define
class _Open:
    """The paragraph being read: where it starts, its opener, where its text starts."""

    at: int
    number: str | None
    marking: tuple[int, int] | None
    text_start: int
    #: Whether unnumbered blocks after it are its own (numbered or marked) or
    #: paragraphs of their own.
    holds_blocks: bool
    heading: str | None


class _Walk:
    """One pass over the lines of the body from ``start`` to ``stop``."""

    def __init__(self, ctx: Context, lines: Lines, start: int, stop: int) -> None:
        self.ctx, self.view, self.start, self.stop = ctx, ctx.view, start, stop
        table = Rows(ctx, lines, start, stop)
        self.rows, self.texts, self.blank = table.spans, table.texts, table.blank
        self.rule, self.masked_row, self.following = table.rule, table.masked, table.following
        self.last_text_row = table.last_text
        self.ruled, self.numbered = table.ruled, table.numbered
        self.rule_rows = table.rule_rows
        self.digit_dot_within = table.digit_dot_within
        self.src: Text = ctx.snapshot()
        self._rules: dict[int, int | None] = {}  # the rule under each row, once found
        #: Openers read so far, by row start and the number expected there.
        self._openers: dict[tuple[int, int], Opener | None] = {}
        self.spaced = titles.double_spaced(self.view, self.rows, self.blank)
        self.text_of = spaced_paragraph_text if self.spaced else paragraph_text
        self.paragraphs: list[Paragraph] = []
        self.paragraph_parts: list[notes.Part] = []
        self.headings: list[TextBlock] = []
        self.heading_parts: list[notes.Part] = []
        self.open: _Open | None = None
        self.heading: str | None = None
        self.expected = 1  # the number the next numbered paragraph should have
        self.last_text: str | None = None  # the last line of paragraph text read
        #: Rows of the header fields a later page or section repeats (03ROME2045):
        #: skipped like page markers, kept as wrapper blocks.
        self.repeated: list[TextBlock] = []
        self.handling: list[HandlingLine] = []  # the SBU statement before paragraph 1
        self.skip = repeated_headers(ctx, self.rows, table.held_marker, self.repeated)
        #: Where the run of plain lines each row is in ends (-1 for other rows):
        #: the lines inside a run are read in one step.
        self.run_end = titles.plain_runs(self.texts, table.ruled | table.numbered, self.skip)

    def run(self) -> None:
        rows, texts, blank, masked = self.rows, self.texts, self.blank, self.masked_row
        blanks = 2  # blank lines since the last text: the body opens a block
        rule: int | None = None  # where a rule stands that nothing took yet
        marker = False  # a page marker since the last line of text
        i = 0
        while i < len(rows):
            a, b = rows[i]
            text = texts[i]
            if i in self.skip:
                i += 1
                continue
            if blank[i]:
                if masked[i]:
                    marker = True
                else:
                    blanks += 1
                i += 1
                continue
            block_start = blanks >= (2 if self.spaced else 1)
            # a sentence broken by a page marker goes on in the same block
            if (
                marker
                and self.last_text is not None
                and not titles.ENDS_SENTENCE.search(self.last_text)
            ):
                block_start = False
            marker = False
            if not block_start and rule is None and (after := self._inside(i, text)):
                blanks, i = 0, after
                continue
            # a line that opens a paragraph is no heading (asked first: most are)
            opens = self._row_opener(i) is not None
            found = None if opens else self._heading(i, block_start, rule)
            if found is not None:
                i = self._take_heading(*found)
                blanks, rule = 2, None
                continue
            if self.rule[i]:
                if self.open is None and rule is None:
                    rule = a
                blanks, i = max(blanks, 1 if not self.spaced else 2), i + 1
                continue
            glued = self._glued_heading(i, text)
            if glued is not None:
                i = self._take_glued(i, glued, block_start, rule)
                blanks, rule = 2, None
                continue
            self._line(a, b, text, block_start, rule)
            self.last_text = text
            blanks, rule, i = 0, None, i + 1
        self._close(self.stop)

    # -- paragraphs ------------------------------------------------------------
    def _line(self, a: int, b: int, text: str, block_start: bool, rule: int | None) -> None:
        """A line with text: it opens a paragraph, opens a block of its own, or goes on
        with the paragraph open."""
        if self.open is None and not self.paragraphs and g.SBU_STATEMENT.fullmatch(text):
            # the SBU statement under the header: a handling line, no paragraph
            span = self.ctx.span(a, b)
            self.handling.append(HandlingLine(text=squash(text), span=span))
            return
        opener = self._opener(a, b, text)
        if opener is not None:
            self._close(a)
            number, marking, text_start = opener
            at = a if rule is None else rule  # a rule over it is its own
            self.open = _Open(at, number, marking, text_start, True, self.heading)
            if number is not None:
                self.expected = int(_DIGITS.match(number)[0]) + 1  # type: ignore[index]
        else:
            opens_block = block_start and not titles.GOES_ON.match(text)
            if self.open is None or (opens_block and not self.open.holds_blocks):
                self._close(a)
                at = a if rule is None else rule
                self.open = _Open(at, None, None, at, False, self.heading)
        self._midline(a, b)

    def _midline(self, a: int, b: int) -> None:
        """Paragraphs opened inside the line ``[a, b)`` by their number glued to the
        sentence before (a line break lost), each the number expected next."""
        if not self.digit_dot_within(a, b):
            return  # no number and period in the line: the search would find none
        view = self.view
        pos = a
        while (found := g.MIDLINE_START.search(view, pos, b)) is not None:
            pos = found.end()
            if int(found["number"]) != self.expected:
                continue
            at = found.start() + len(found.group()) - len(found.group().lstrip())
            if view[found.start() - 1] not in _SENTENCE_CLOSERS:  # after two blanks
                self._midline_heading(a, found.start())
            self._close(at)
            mark = found["marking"]
            marking = None
            if mark:
                mark_start = found.start("marking")
                marking = (mark_start, mark_start + len(mark.rstrip()))
            self.open = _Open(at, found["number"], marking, found.end(), True, self.heading)
            self.expected += 1

    def _midline_heading(self, a: int, end: int) -> None:
        """A title before a number after two blanks or a rule (``... HOME  2.``, ``-- X -- 2.``)."""
        a = max(a, end - 400)  # line_tail reads the last 200 characters: no more copied
        if (ruled := titles.ruled_title_before(self.view, a, end)) is not None:
            return self._keep_heading(ruled[0], end, ruled[1])
        tail = titles.line_tail(self.view[a:end])
        if tail is None or not titles.looks_like_heading(tail[1], longest=12):
            return None
        start, what = a + tail[0], f"heading {squash(tail[1])!r} read inside the line"
        self.ctx.report(
            "heading-glued",
            f"{what}, before paragraph {self.expected}",
            field="headings",
            span=self.ctx.span(start, end),
            severity=Severity.INFO,
        )
        return self._keep_heading(start, end, tail[1])

    def _opener(self, a: int, b: int, text: str) -> Opener | None:
        """(number, marking span, where the text starts) of a line that opens a
        paragraph with its number or its mark."""
        first = text.lstrip()[:1]
        if not (first.isdigit() or first == "("):
            return None
        key = (a, self.expected)
        if key not in self._openers:
            self._openers[key] = read_opener(self.view, a, b, text, self.expected)
        return self._openers[key]

    def _row_opener(self, i: int) -> Opener | None:
        """:meth:`_opener` of row ``i``."""
        first = self.texts[i].lstrip()[:1]
        if not (first.isdigit() or first == "("):
            return None
        a, b = self.rows[i]
        return self._opener(a, b, self.texts[i])

    def _close(self, end: int) -> None:
        """End the paragraph open at ``end``."""
        para, self.open = self.open, None
        if para is None:
            return
        span = self.ctx.span(para.at, end)
        if not len(span):
            return
        marking = build_marking(self.ctx, *para.marking) if para.marking else None
        self.paragraphs.append(
            Paragraph(
                number=para.number,
                marking=marking,
                heading=para.heading,
                text=deferred(self.text_of, self.src, para.text_start, end),
                span=span,
            )
        )
        self.paragraph_parts.append(notes.Part(span.start, end, para.number))

    # -- headings --------------------------------------------------------------
    def _heading(
        self, i: int, block_start: bool, rule: int | None
    ) -> tuple[int, int, int, str] | None:
        """A heading at row ``i``: (first row, last row, start offset, its text)."""
        a = self.rows[i][0]
        text = self.texts[i]
        if self._inside_text(i, text, block_start, rule):
            return None
        start = a if rule is None else rule
        # (each pattern is tried only on a line that has what it needs: a rule
        # character first, four rule characters)
        ruled = g.RULED_LINE.match(text) if self.texts[i].lstrip()[:1] in _RULE_CHARS else None
        if ruled is not None and titles.short(ruled["text"]):
            return i, self._rule_below(i), start, ruled["text"]
        if self.rule[i] or self._row_opener(i) is not None:
            return None
        ruled = None
        if text.count("-") + text.count("=") + text.count("_") >= 4:
            ruled = g.RULE_AFTER.match(text)
        if (
            ruled is not None
            and titles.short(ruled["text"])
            and not titles.SENTENCE_END.search(ruled["text"])
        ):
            return i, self._rule_below(i), start, ruled["text"]
        below = self.following[i]
        under = below is not None and self.rule[below]
        if block_start and below is not None and not under:
            # a heading wrapped over two lines, then its rule
            second = self.texts[below]
            rule_row = self.following[below]
            two = f"{text.strip()} {second.strip()}"
            if (
                rule_row is not None
                and not self.blank[below]
                and self.rule[rule_row]
                and titles.short(two)
                and titles.titled(two)
            ):
                return i, self._rule_below(rule_row), start, two
        underline = self._rule_after(i)  # on the next row or after blank rows
        if (
            underline is not None
            and titles.short(text)
            and (block_start or rule is not None or titles.titled(text))  # set off
        ):
            return i, underline, start, text
        if rule is not None and titles.short(text) and self._ends_block(i):
            return i, i, start, text
        if block_start and self._ends_block(i) and self._alone_a_title(i, text):
            return i, i, start, text
        return None

    def _alone_a_title(self, i: int, text: str) -> bool:
        """Whether a line alone in its block is a heading: a title (a long one may
        stand right before a numbered paragraph) with a numbered paragraph under it,
        or a part's name.  A title with neither stays a paragraph, and is said to
        be uncertain ("Eduardo Manzano Munoz", "UNITED STATES"); a form's label with
        its value ("Rank/Name: LTC ...") is text."""
        numbered_next = self._paragraph_next(i)
        if not titles.looks_like_heading(text, longest=16 if numbered_next else 10):
            return False
        if numbered_next or titles.PART_NAME.fullmatch(text.strip()):
            return True
        if not titles.LABEL.match(text):
            a, b = self.rows[i]
            self.ctx.report(
                "heading-uncertain",
                f"{squash(text)!r} alone on its line may be a heading; read as a "
                "paragraph (no rule sets it off, no numbered paragraph follows)",
                field="headings",
                span=self.ctx.span(a, b),
                severity=Severity.INFO,
            )
        return False

    def _inside(self, i: int, text: str) -> int:
        """The row after the lines of text inside a block from row ``i`` on, read in
        one step (nothing in them opens or ends anything but a number glued after a
        sentence); 0 when row ``i`` is no such line."""
        end = self.run_end[i]
        if end > i + 1 and self.open is not None:
            self.last_text = self.texts[end - 1]
            return end
        if not self._plain_line(i, text):
            return 0
        if i in self.numbered:
            self._midline(*self.rows[i])
        self.last_text = text
        return i + 1

    def _plain_line(self, i: int, text: str) -> bool:
        """Whether row ``i`` goes on with the paragraph open and nothing but a glued
        number can happen on it: text above and below, no rule, no number or mark
        first, not a part of the header repeated."""
        if self.open is None or i + 1 >= len(self.rows) or i in self.ruled:
            return False
        first = text.lstrip()[:1]
        if first.isdigit() or first == "(" or g.SBU_STATEMENT.match(text):
            return False
        return not self.blank[i + 1] and not self.rule[i + 1] and i + 1 not in self.skip

    def _inside_text(self, i: int, text: str, block_start: bool, rule: int | None) -> bool:
        """Whether row ``i`` is a line of text no heading form can take: too long, or
        inside its block (text above and below, no rule) with no rule on it."""
        if i in self.ruled:
            return False
        if len(text) > titles.LONGEST_TITLE and len(text.strip()) > titles.LONGEST_TITLE:
            return True
        if block_start or rule is not None or i + 1 >= len(self.rows):
            return False
        return not self.blank[i + 1] and not self.rule[i + 1]

    def _take_glued(
        self, i: int, glued: tuple[int, int, str], block_start: bool, rule: int | None
    ) -> int:
        """The line ``i`` up to the heading glued to its end, then the heading; the
        row after it."""
        a = self.rows[i][0]
        at, last, name = glued
        self.ctx.report(
            "heading-glued",
            f"heading {squash(name)!r} read at the end of the line before it",
            field="headings",
            span=self.ctx.span(at, self.rows[last][1]),
            severity=Severity.INFO,
        )
        self._line(a, at, self.view[a:at], block_start, rule)
        return self._take_heading(i, last, at, name)

    def _glued_heading(self, i: int, text: str) -> tuple[int, int, str] | None:
        """A heading glued to the end of row ``i`` after its last sentence (a line
        break lost): (where it starts, its last row, its text)."""
        a = self.rows[i][0]
        ruled_line = "---" in text or "===" in text
        if (
            not ruled_line
            and i + 1 < len(self.rows)
            and not self.blank[i + 1]
            and not self.rule[i + 1]
        ):
            return None  # the line goes on: no heading ends it
        below = self._rule_after(i)
        underlined = below is not None
        if ruled_line:
            found = g.GLUED_HEADING.search(text)
            if found is not None:
                at, name = titles.glued_title(found)
                if titles.short(name) and name.strip()[:1].isupper():
                    last = below if underlined and below is not None else i
                    return a + at, last, name
        named = g.GLUED_NAME.search(text) if text.rstrip()[-1:] in "tTyYsS:" else None
        if named is not None and self._ends_block(i):
            return a + named.start("text"), i, named["text"]
        if not (underlined or self._paragraph_next(i)):
            return None
        # the words after the last sentence, underlined, or (shorter) right before
        # the next numbered paragraph: "... End summary. Presidential Meeting"
        tail = titles.line_tail(text)
        if tail is None:
            return None
        at, name = tail
        most = 8 if underlined else 5
        if len(name.split()) > most or not titles.looks_like_heading(name):
            return None
        if not underlined and not titles.PLAIN_TITLE.fullmatch(name.strip()):
            return None  # no rule: only plain words in mixed case ("Source - SciDev" is none)
        return a + at, below if below is not None else i, name

    def _paragraph_next(self, i: int) -> bool:
        """Whether the next row with text after row ``i`` opens a numbered paragraph
        (after a blank row)."""
        k = self.following[i]
        if k is None or not self.blank[k]:
            return False
        while k is not None and self.blank[k]:
            k = self.following[k]
        if k is None:
            return False
        opener = self._row_opener(k)
        return opener is not None and opener[0] is not None

    def _take_heading(self, first: int, last: int, start: int, text: str) -> int:
        """Keep the heading of rows ``first`` to ``last`` (from ``start``); the next row."""
        self._keep_heading(start, self.rows[last][1], text)
        return last + 1

    def _keep_heading(self, start: int, end: int, text: str) -> None:
        """End the paragraph open at ``start`` and keep the heading ``[start, end)``."""
        self._close(start)
        name = titles.HEADING_TRIM.sub("", squash(text)) or squash(text)
        span = self.ctx.span(start, end)
        self.headings.append(TextBlock(text=name, span=span))
        self.heading_parts.append(notes.Part(span.start, end, name))
        self.heading = name

    def _rule_after(self, i: int) -> int | None:
        """The rule under row ``i``: on the next row, or after one or two blank rows
        (not past a page marker: a rule there is the next heading's)."""
        k = bisect.bisect_right(self.rule_rows, i)
        if k == len(self.rule_rows) or self.rule_rows[k] > i + 3:
            return None  # no rule within three rows
        if i not in self._rules:
            self._rules[i] = self._find_rule_after(i)
        return self._rules[i]

    def _find_rule_after(self, i: int) -> int | None:
        k = i + 1
        while k < len(self.rows) and k - i <= 3 and self.blank[k]:
            if self.masked_row[k]:
                return None
            k += 1
        if k < len(self.rows) and k - i <= 3 and self.rule[k]:
            return k
        return None

    def _rule_below(self, i: int) -> int:
        below = self.following[i]
        if below is not None and self.rule[below]:
            return below
        return i

    def _ends_block(self, i: int) -> bool:
        """Whether row ``i`` is the last of its block, with more text after it."""
        below = self.following[i]
        if below is None:
            return False
        if not self.blank[below]:
            return self._row_opener(below) is not None
        return self.last_text_row >= below
