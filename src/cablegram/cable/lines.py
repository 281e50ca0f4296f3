"""The lines of a cable's view, as offsets."""

from __future__ import annotations

import bisect

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
        spans: list[tuple[int, int]] = []
        pos = 0
        for line in ctx.view.split("\n"):
            end = pos + len(line)
            spans.append((pos, end))
            pos = end + 1
        self.spans = spans
        self.starts = [a for a, _ in spans]

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
