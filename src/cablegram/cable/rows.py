"""The rows of a body: its lines, the first and the last clipped to the body, and
what the body reader asks of every row (its text, whether it is blank, a rule, the
line of a masked page marker; the next row not masked), found once."""

from __future__ import annotations

import bisect
import re

from cablegram._context import Context
from cablegram.cable.body_text import held_marker
from cablegram.cable.lines import Lines
from cablegram.grammar import body as g

#: A rule character first on a line (after spaces): where a rule line may stand.
_RULE_FIRST = re.compile(r"\n *[-=_*~]")
# Patterns searched over the whole body start with a literal, which the regex engine
# finds fast; one that starts with a class or a group is tried at every position.
#: Two rule characters in a row (a run of one of them): a rule on the line, or a
#: heading between rules; one pattern for each character.
_RULE_RUNS = tuple(re.compile(re.escape(ch * 2) + "+") for ch in "-=_*~/")
#: A period and a space after a digit: where a paragraph number may stand.
_DIGIT_DOT = re.compile(r"\. (?<=\d\. )")


class Rows:
    """The rows of the body from ``start`` to ``stop``, each as lists indexed by row."""

    __slots__ = (
        "_ctx",
        "_marked",
        "blank",
        "digit_dots",
        "following",
        "last_text",
        "masked",
        "numbered",
        "rule",
        "rule_rows",
        "ruled",
        "spans",
        "texts",
    )

    def __init__(self, ctx: Context, lines: Lines, start: int, stop: int) -> None:
        self._ctx = ctx
        view = ctx.view
        first, last = lines.at(start), lines.at(max(start, stop - 1))
        spans = lines.spans[first : last + 1]  # a copy; its ends clipped
        spans[0] = (max(spans[0][0], start), min(spans[0][1], stop))
        spans[-1] = (max(spans[-1][0], start), min(spans[-1][1], stop))
        #: ``(start, end)`` of each row.
        self.spans = spans
        #: The text of each row.
        self.texts = texts = lines.texts[first : last + 1]
        texts[0], texts[-1] = view[slice(*spans[0])], view[slice(*spans[-1])]
        #: Whether each row is blank (white space as ``str.isspace`` says).
        self.blank = blank = [not text or text.isspace() for text in texts]
        #: The last row with text (-1 when none has).
        self.last_text = len(blank) - 1
        while self.last_text >= 0 and blank[self.last_text]:
            self.last_text -= 1
        #: Whether each row is a rule line (``-----``, ``- - -``).
        starts = lines.starts[first : last + 1]
        starts[0] = spans[0][0]
        self.rule = self._rules(view, starts)
        #: The rule rows, in order.
        self.rule_rows = [k for k, is_rule in enumerate(self.rule) if is_rule]

        low, high = spans[0][0], spans[-1][1]
        #: The rows with two rule characters in a row (``--``, ``==``, ``//``).
        self.ruled = {
            bisect.bisect_right(starts, found.start()) - 1
            for rule_run in _RULE_RUNS
            for found in rule_run.finditer(view, low, high)
        }
        #: Where a digit stands before a period and a space (``2. ``), in order, and
        #: the rows that hold one.
        self.digit_dots = [found.start() - 1 for found in _DIGIT_DOT.finditer(view, low + 1, high)]
        self.numbered = {bisect.bisect_right(starts, at) - 1 for at in self.digit_dots}
        self._marked = lines.masked_starts(start, stop)
        #: Whether each row held a page marker masked in the view.
        self.masked = masked = [False] * len(spans)
        #: The next row after each that is not masked (None after the last).
        self.following: list[int | None] = [*range(1, len(spans)), None]
        if self._marked is not None and not self._marked:
            return  # no page marker masked in the body
        for k, (a, b) in enumerate(spans):
            if self._marked is None or a in self._marked:
                masked[k] = self.held_marker(a, b)
        nearest: int | None = None
        for k in range(len(spans) - 1, -1, -1):
            self.following[k] = nearest
            if not masked[k]:
                nearest = k

    def __len__(self) -> int:
        return len(self.spans)

    def _rules(self, view: str, starts: list[int]) -> list[bool]:
        # rows after the first start a line: they are looked at only when one of
        # the rule characters comes first on it
        spans, texts = self.spans, self.texts
        rule = [False] * len(spans)
        for found in _RULE_FIRST.finditer(view, max(spans[0][0] - 1, 0), spans[-1][1]):
            k = bisect.bisect_right(starts, found.end() - 1) - 1
            if k > 0:
                rule[k] = g.RULE_LINE.match(texts[k]) is not None
        rule[0] = g.RULE_LINE.match(texts[0]) is not None
        rule[-1] = g.RULE_LINE.match(texts[-1]) is not None
        return rule

    def digit_dot_within(self, a: int, b: int) -> bool:
        """Whether a digit before a period and a space stands in ``[a, b)``."""
        k = bisect.bisect_left(self.digit_dots, a)
        return k < len(self.digit_dots) and self.digit_dots[k] < b

    def held_marker(self, a: int, b: int) -> bool:
        """Whether the blank row ``[a, b)`` held a page marker blanked in the view."""
        if self._marked is not None and a not in self._marked:
            return False
        return self._ctx.blanks_text(a, b) and held_marker(self._ctx.raw[a:b])
