"""The lines of a cable's view, as offsets."""

from __future__ import annotations

import bisect
import re

from cablegram._context import Context

_NEWLINE = re.compile("\n")


class Lines:
    """The ``[start, end)`` offsets of every line of the view (without its newline).

    Masking page markers blanks text in the view but keeps its length and its line
    breaks, so the offsets stand for the whole parse; the text of a line is read
    from the context's current view.
    """

    __slots__ = ("_ctx", "spans", "starts")

    def __init__(self, ctx: Context) -> None:
        self._ctx = ctx
        view = ctx.view
        ends = [m.start() for m in _NEWLINE.finditer(view)]
        starts = [0]
        starts += [end + 1 for end in ends]
        ends.append(len(view))
        self.starts = starts
        self.spans = list(zip(starts, ends, strict=True))

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
