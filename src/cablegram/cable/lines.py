"""The lines of a cable's view, as offsets."""

from __future__ import annotations

import bisect
import itertools

from cablegram._context import Context


class Lines:
    """The ``[start, end)`` offsets of every line of the view (without its newline).

    Masking page markers blanks text in the view but keeps its length and its line
    breaks, so the offsets stand for the whole parse; the text of a line is read
    from the context's current view.
    """

    __slots__ = ("_ctx", "spans", "starts")

    def __init__(self, ctx: Context) -> None:
        self._ctx = ctx
        lengths = [len(line) for line in ctx.view.split("\n")]
        starts = list(itertools.accumulate((n + 1 for n in lengths), initial=0))
        del starts[-1]
        self.starts = starts
        self.spans = [(a, a + n) for a, n in zip(starts, lengths, strict=True)]

    def __len__(self) -> int:
        return len(self.spans)

    def text(self, i: int) -> str:
        a, b = self.spans[i]
        return self._ctx.view[a:b]

    def blank(self, i: int) -> bool:
        return not self.text(i).strip()

    def next_nonblank(self, i: int) -> int:
        """The first line from ``i`` on with text (``len(self)`` when there is none)."""
        n = len(self.spans)
        while i < n and self.blank(i):
            i += 1
        return i

    def at(self, offset: int) -> int:
        """The line that holds ``offset``."""
        return bisect.bisect_right(self.starts, offset) - 1
