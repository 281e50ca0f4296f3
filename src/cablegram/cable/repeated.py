"""Text-header fields repeated inside a body: a later page's or section's copy prints
its captions, E.O., TAGS and SUBJECT lines again under its page marker (03ROME2045,
a received copy: ``PAGE 02 ROME 02045 03 OF 06`` / ``NOFORN`` / ``CENTCOM FOR J5,
POLAD`` / ``E.O. 12958: DECL: 05/12/2013`` / ``TAGS: ...`` / ``SUBJECT: ...``).  The body
reader skips those rows like page markers; they are kept as wrapper blocks."""

from __future__ import annotations

import re
from collections.abc import Callable

from cablegram._context import Context
from cablegram.errors import Severity
from cablegram.grammar import layout as gl
from cablegram.grammar._common import LinePattern
from cablegram.model import TextBlock

#: A caption line of a repeated header: capitals, no sentence end (``NOFORN``,
#: ``CENTCOM FOR J5, POLAD``).
_CAPTION_LINE = re.compile(r"[A-Z0-9][A-Z0-9 ,/&().'-]{0,78}")


#: A line that may be an E.O. or TAGS line (looked for once over the whole body).
_CANDIDATE = LinePattern(
    r" *(?:\d{1,2}\. *(?:\(U\) *)?)?(?:E\.? {0,2}O\.? {0,2}\d|TA[GBS]|TGS|AGS)", re.IGNORECASE
)


def repeated_headers(
    ctx: Context,
    rows: list[tuple[int, int]],
    masked: Callable[[int, int], bool],
    blocks: list[TextBlock],
) -> set[int]:
    """The rows of text-header fields repeated inside the body: an E.O. or TAGS
    line at a line start (the body has none of its own), with the caption lines
    just above it (``NOFORN``, ``CENTCOM FOR J5, POLAD``) and the TAGS, SUBJECT
    and REF lines under it.  Each run is kept as a wrapper block and reported."""
    view, skip = ctx.view, set[int]()
    if not rows or not _CANDIDATE.search(view, rows[0][0], rows[-1][1]):
        return skip  # no E.O. or TAGS line in the body: nothing repeated
    above, below = _Above(view, rows, masked), _Below(view, rows)
    for i, (a, b) in enumerate(rows):
        if i in skip or not view[a:b].strip():
            continue
        field = gl.FIELD_AT_LINE.match(view, a, b)
        if field is None or field.lastgroup not in ("eo", "tags"):
            continue
        first, last = above.first(i), below.last(i)
        span = ctx.span(rows[first][0], rows[last][1])
        blocks.append(TextBlock(text=span.of(ctx.raw), span=span))
        skip.update(range(first, last + 1))
        ctx.report(
            "header-repeated",
            "header fields repeated inside the body (a later page's or section's "
            "copy) kept as a wrapper block",
            field="body",
            span=span,
            severity=Severity.INFO,
        )
    return skip


class _Above:
    """The caption lines right above a row."""

    def __init__(
        self, view: str, rows: list[tuple[int, int]], masked: Callable[[int, int], bool]
    ) -> None:
        self.view, self.rows, self.masked = view, rows, masked

    def first(self, i: int) -> int:
        """The first of the caption lines right above row ``i`` (short lines in
        capitals with no sentence end, blank rows between), up to a masked row."""
        first, k = i, i - 1
        while k >= 0 and i - k <= 8:
            a, b = self.rows[k]
            text = self.view[a:b].strip()
            if not text:
                if self.masked(a, b):
                    break
                k -= 1
                continue
            if not _CAPTION_LINE.fullmatch(text):
                break
            first, k = k, k - 1
        return first


class _Below:
    """The header fields from a row on."""

    def __init__(self, view: str, rows: list[tuple[int, int]]) -> None:
        self.view, self.rows = view, rows

    def last(self, i: int) -> int:
        """The last row of the header fields from row ``i`` on (TAGS, SUBJECT and its
        second line, REF; blank rows between)."""
        last, k = i, i + 1
        while k < len(self.rows):
            a, b = self.rows[k]
            text = self.view[a:b]
            if not text.strip():
                k += 1
                continue
            field = gl.FIELD_AT_LINE.match(self.view, a, b)
            goes_on = k == last + 1 and gl.FIELD_AT_LINE.match(self.view, *self.rows[last])
            if field is not None and field.lastgroup in ("eo", "tags", "subject", "ref"):
                last = k
            elif goes_on and _CAPTION_LINE.fullmatch(text.strip()) and k - i <= 3:
                last = k  # the SUBJECT line's second line
            else:
                break
            k += 1
        return last
