"""A second cable inside the text of the first.

Dumps of the release glue cables together: after the first cable's signature comes
the next cable's record line (``215201<TAB>2009-07-06 10:01:00<TAB>09COTONOU278<TAB>
Embassy Cotonou ...``) and its transmission header (``DE RUEHCO #0278 1871001``),
09BERN279 and 07BERN881.  A copy of the first cable's own header (its record line, its
DE line again) is no second cable.

:func:`split_point` finds where a second cable starts: the first DE line of another
station or serial than the text's first one, or a record line naming another cable,
backed up over the record line, ``VZCZC`` and routing lines just above it.  The stage
:func:`read` blanks the rest of the text in the view, so that no field of the second
cable is read into the first, keeps it as a wrapper block (text the dump put after the
cable) and reports ``embedded-cable``;
:func:`cablegram.parse_cables` reads each cable on its own.
"""

from __future__ import annotations

import re

from cablegram._context import Context
from cablegram.cable.draft import Draft
from cablegram.errors import Severity
from cablegram.grammar._common import LinePattern
from cablegram.model import TextBlock
from cablegram.span import Span

#: A DE line: its station and serial (``DE RUEHCO #0278 1871001``).
_DE = LinePattern(r" *DE +(?P<station>[A-Z]{4,7}) +#(?P<serial>\d{1,6})")
#: What the quick test counts as a DE line: ``DE`` at a line start, or after a blank.
_DE_START = re.compile(r"\n ?DE ")
#: A record line of a cables.csv dump: ``[row<TAB>]date<TAB>id<TAB>``.
_RECORD = LinePattern(
    r"(?:\d+\t)?\d{4}-\d\d-\d\d \d\d:\d\d(?::\d\d)?\t(?P<id>\d\d[A-Z][A-Z-]*\d+)\t"
)
#: Lines that open a transmission above its DE line: ``VZCZC...``, the routing line
#: and its continuation (``RR RUEHAG RUEHAST ...``, ``RUEHLN RUEHLZ ...``), a record
#: line (it has tabs), blank lines.
_ABOVE = re.compile(
    r" *(?:VZCZC\w*|[A-Z]{2} +(?:R[A-Z]{4,6} *)+|(?:R[A-Z]{4,6} +)+R[A-Z]{4,6} *"
    r"|[^\n]*\t[^\n]*)?[ \\]*\s*"  # a dump's backslash before the line end
)


def split_point(view: str) -> int | None:
    """Where a second cable starts in ``view`` (a cable's text as given: its tabs
    tell a record line), or None."""
    if "\t" not in view:
        first = _DE_START.search(view)
        if first is None or _DE_START.search(view, first.end()) is None:
            return None  # no record line, at most one DE line: one cable
    first_de = _DE.search(view)
    first_record = _RECORD.search(view)
    found: list[int] = []
    if first_de is not None:
        own = (first_de["station"], first_de["serial"].lstrip("0"))
        for de in _DE.finditer(view, first_de.end()):
            if (de["station"], de["serial"].lstrip("0")) != own:
                found.append(de.start())
                break
    if first_record is not None:
        for record in _RECORD.finditer(view, first_record.end()):
            if record["id"] != first_record["id"]:
                found.append(record.start())
                break
    if not found:
        return None
    return _block_start(view, min(found))


def own_header_copy(view: str) -> int | None:
    """Where a copy of the cable's own transmission header starts when the text ends
    with it (07PARIS3193: after the signature, VZCZC, the routing line, the same DE
    line and the address lines again, and nothing else), or None."""
    if view.count("\nDE ") < 2:
        return None
    first_de = _DE.search(view)
    if first_de is None:
        return None
    own = (first_de["station"], first_de["serial"].lstrip("0"))
    for de in _DE.finditer(view, first_de.end()):
        if (de["station"], de["serial"].lstrip("0")) != own:
            return None  # another cable: split_point's
        start = _block_start(view, de.start())
        rest = view[start:]
        if not _LOWER.search(rest) and rest.count("\n") <= _MOST_HEADER_LINES:
            return start  # capitals only, a header's length: the header again
    return None


#: A small letter: a header copy has none.
_LOWER = re.compile(r"[a-z]")
#: The most lines a transmission header copied at the end may have.
_MOST_HEADER_LINES = 80


def _block_start(view: str, at: int) -> int:
    """``at`` backed up over the lines that open the transmission there."""
    start = at
    while start > 0:
        line_start = view.rfind("\n", 0, start - 1) + 1
        if not _ABOVE.fullmatch(view, line_start, start):
            break
        start = line_start
    # never back into text of the first cable: keep to a line with something on it
    while start < at and view[start] in " \n":
        start += 1
    return start


def read(ctx: Context, draft: Draft) -> None:
    """A second cable after the first one (09BERN279: another cable's record line and
    transmission header after the signature): blanked in the view, kept as a wrapper
    block, reported as ``embedded-cable``."""
    at = split_point(ctx.raw)
    if at is None or at == 0:
        _own_header_copy(ctx, draft)
        return
    end = len(ctx.view)
    span = Span(at, end)
    draft.lines.mask([span])
    draft.wrapper.append(TextBlock(text=ctx.raw[at:end], span=span))
    ctx.report(
        "embedded-cable",
        "the text carries another cable from here on: not read into this one "
        "(cablegram.parse_cables reads each)",
        field="text",
        span=span,
        severity=Severity.WARNING,
    )


def _own_header_copy(ctx: Context, draft: Draft) -> None:
    """The cable's own transmission header copied at the end of the text: blanked in
    the view (the signature before it is the text's last line again), kept as a
    wrapper block, reported as ``header-copy-at-end``."""
    at = own_header_copy(ctx.raw)
    if at is None:
        return
    span = Span(at, len(ctx.view))
    draft.lines.mask([span])
    draft.wrapper.append(TextBlock(text=span.of(ctx.raw), span=span))
    ctx.report(
        "header-copy-at-end",
        "the text ends with a copy of its own transmission header: kept as a wrapper block",
        field="text",
        span=span,
        severity=Severity.INFO,
    )
