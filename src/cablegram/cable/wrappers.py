"""What pages and mail systems put around a cable: wrapper lines, mail wrappers,
record dumps and headings above the transmission header.

Wrapper text is kept as ``Cable.wrapper`` blocks with its span, never read as part of
the cable (format reference, hard cases H-1, H-9, H-15, H-23).
"""

from __future__ import annotations

from cablegram._context import Context
from cablegram.cable.draft import Draft
from cablegram.cable.fields.banner import match_banner
from cablegram.cable.lines import Lines
from cablegram.errors import Severity
from cablegram.grammar import body as gb
from cablegram.grammar import layout as gl
from cablegram.model import TextBlock

#: How many lines after the transmission header a banner is looked for.
BANNER_LOOKAHEAD = 80


def read_before(ctx: Context, draft: Draft) -> None:
    """Wrapper lines and mail wrappers at the start of the text (``This record is a
    partial extract ...``, ``Cable Text:``, ``From: ...`` blocks, the Department's
    ``DB/Inbox`` wrapper around the post's copy: H-1, H-23), then a classification
    heading above the transmission header (H-9)."""
    lines = draft.lines
    i = skip_wrappers(ctx, lines, lines.next_nonblank(0), draft.wrapper)
    if i < len(lines) and (row := gl.CSV_ROW_BEFORE_HEADER.match(lines.text(i))) is not None:
        # a cables.csv row with the transmission header in its last column (the next
        # cable of a dump, 09BERN279): the row is wrapper, blanked in the view, and
        # the header is read from this line on
        a = lines.spans[i][0]
        span = ctx.span(a, a + row.end())
        draft.wrapper.append(TextBlock(text=span.of(ctx.raw), span=span))
        lines.mask([span])
        draft.cursor = i
        return
    draft.cursor = _skip_heading(ctx, lines, i, draft.wrapper)


def read_after(ctx: Context, draft: Draft) -> None:
    """Wrapper lines between the transmission header and the banner, unless the
    banner is glued to the last address line."""
    if draft.glued_banner is None:
        lines = draft.lines
        draft.cursor = skip_wrappers(ctx, lines, lines.next_nonblank(draft.cursor), draft.wrapper)


def header_over(text: str) -> bool:
    """Whether a line is past every header a wrapper may carry: wrappers have their own
    TAGS and Subject lines, so only a paragraph or a Classified By line says so."""
    return bool(gb.PARAGRAPH_START.match(text) or gl.CLASSIFIED_BY_LINE.match(text))


def skip_wrappers(ctx: Context, lines: Lines, i: int, wrapper: list[TextBlock]) -> int:
    """Keep the wrapper lines and blocks from line ``i`` on; return the line after them."""
    n = len(lines)
    while i < n:
        text = lines.text(i)
        if gl.WRAPPER.match(text):
            wrapper.append(TextBlock(text=text.strip(), span=ctx.span(*lines.spans[i])))
            i = lines.next_nonblank(i + 1)
        elif gl.INBOX_HEADER.match(text) and (k := _last_vzczc(lines, i)) is not None:
            # the Department's mail wrapper ("... From  DB/Inbox: ...", "Cable Text:")
            # around the post's copy: its 5-digit banner, distribution block
            # ("CXABU: ACTION: POL ...") and the transmission header, printed once or
            # twice.  The last transmission header is the cable's (H-1, H-23).
            span = ctx.span(lines.spans[i][0], lines.spans[k - 1][1])
            wrapper.append(TextBlock(text=span.of(ctx.raw), span=span))
            ctx.report(
                "post-copy-wrapper",
                "a mail wrapper and the post's copy of the header before the transmission "
                "header kept as a wrapper block",
                field="transmission header",
                span=span,
                severity=Severity.INFO,
            )
            i = k
        elif gl.MAIL_HEADER.match(text):
            i = _mail_wrapper(ctx, lines, i, wrapper)
        else:
            break
    return i


def _mail_wrapper(ctx: Context, lines: Lines, i: int, wrapper: list[TextBlock]) -> int:
    """An embassy mail wrapper from line ``i``: the header block up to a blank line,
    then the classification line above the cable (``From: CBPC, EACTAPP`` ...)."""
    n = len(lines)
    j = i
    while j < n and not lines.blank(j):
        j += 1
    k = lines.next_nonblank(j)
    if k < n and gl.CLASS_WORD_LINE.match(lines.text(k)):
        j = k + 1
    span = ctx.span(lines.spans[i][0], lines.spans[j - 1][1])
    wrapper.append(TextBlock(text=span.of(ctx.raw), span=span))
    return lines.next_nonblank(j)


def _skip_heading(ctx: Context, lines: Lines, i: int, wrapper: list[TextBlock]) -> int:
    """A classification heading above the transmission header (``UNCLASSIFIED   STATE
    00100153`` over the DTG, ``S E C R E T   STATE   00119085`` over VZCZC, H-9): it
    has the banner's form, but the banner comes after FL1-FL9; keep it as a wrapper."""
    n = len(lines)
    if i >= n:
        return i
    heading = gl.HEADING_PREFIX.sub("", lines.text(i), count=1)
    if match_banner(heading.strip()) is None:
        return i
    k = lines.next_nonblank(i + 1)
    if k >= n or not (
        gl.VZCZC.match(lines.text(k)) or gl.DE.match(lines.text(k)) or gl.DTG.match(lines.text(k))
    ):
        return i
    span = ctx.span(*lines.spans[i])
    wrapper.append(TextBlock(text=span.of(ctx.raw), span=span))
    ctx.report(
        "heading-before-header",
        "a classification heading above the transmission header kept as a wrapper block",
        field="banner",
        span=span,
        severity=Severity.INFO,
    )
    return k


def _last_vzczc(lines: Lines, i: int) -> int | None:
    """The line of the last transmission header (VZCZC) after line ``i`` that comes
    before the body (:func:`header_over`)."""
    found = None
    for k in range(i + 1, min(len(lines), i + BANNER_LOOKAHEAD)):
        text = lines.text(k)
        if header_over(text):
            break
        if gl.VZCZC.match(text):
            found = k
    return found
