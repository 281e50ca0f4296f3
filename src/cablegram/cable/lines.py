"""The lines of a cable's view, as offsets and texts."""

from __future__ import annotations

import bisect
import itertools
import operator

from cablegram._context import Context
from cablegram.span import Span

_PLUS_ONE = (1).__add__  # a line's length and its newline


class Lines:
    """The ``[start, end)`` offsets of every line of the view (without its newline),
    and the text of every line.

    Masking page markers (:meth:`mask`) blanks text in the view but keeps its length
    and its line breaks, so the offsets stand for the whole parse; the texts are read
    again from the masked view.
    """

    __slots__ = ("_ctx", "spans", "starts", "texts")

    def __init__(self, ctx: Context) -> None:
        self._ctx = ctx
        #: The text of every line in the current view (``texts[i]`` is ``text(i)``).
        self.texts = ctx.view.split("\n")
        # (sums of the lines' lengths, in C: no Python loop over the lines)
        lengths = list(map(len, self.texts))
        starts = [0, *itertools.accumulate(map(_PLUS_ONE, lengths[:-1]))]
        self.starts = starts
        self.spans = list(zip(starts, map(operator.add, starts, lengths), strict=True))

    def mask(self, spans: list[Span]) -> None:
        """Blank ``spans`` in the context's view (:meth:`Context.mask`) and read the
        lines' texts again from it."""
        self._ctx.mask(spans)
        self.texts = self._ctx.view.split("\n")

    def __len__(self) -> int:
        return len(self.spans)

    def text(self, i: int) -> str:
        return self.texts[i]

    def blank(self, i: int) -> bool:
        return not self.texts[i].strip()

    def next_nonblank(self, i: int) -> int:
        """The first line from ``i`` on with text (``len(self)`` when there is none)."""
        texts = self.texts
        n = len(texts)
        while i < n and not texts[i].strip():
            i += 1
        return i

    def at(self, offset: int) -> int:
        """The line that holds ``offset``."""
        return bisect.bisect_right(self.starts, offset) - 1

    def masked_starts(self, start: int, stop: int) -> set[int] | None:
        """Where the lines between ``start`` and ``stop`` that meet a masked span start
        (clipped to ``start``); None when the view blanks link artefacts too, which
        makes every blank line worth a look."""
        ctx = self._ctx
        if ctx.blanks_text(0, 0):  # link artefacts: not only masked spans
            return None
        starts: set[int] = set()
        for span_start, span_end in ctx.masked:
            if span_end <= start or span_start >= stop:
                continue
            for k in range(self.at(max(span_start, start)), self.at(span_end - 1) + 1):
                starts.add(max(self.spans[k][0], start))
        return starts
