"""The banner and the page layout: where the banner is (on its line, further down,
glued to a csv row, after a copy cut short, written twice), and the page and section
markers printed inside the text (H-1, H-4, H-5, H-23)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from cablegram import ids, tables
from cablegram._context import Context
from cablegram._text import squash
from cablegram.cable import transmission
from cablegram.cable.draft import Draft
from cablegram.cable.fields.banner import build_banner, match_banner
from cablegram.cable.lines import Lines
from cablegram.cable.received import build_received_copy
from cablegram.cable.wrappers import BANNER_LOOKAHEAD, header_over
from cablegram.errors import Severity
from cablegram.grammar import body as gb
from cablegram.grammar import header as gh
from cablegram.grammar import layout as gl
from cablegram.model import Banner, PageMarker, TextBlock
from cablegram.span import Span

# ------------------------------------------------------------------- banner


def find_banner(ctx: Context, draft: Draft) -> None:
    """The banner: at the cursor, else further down after a record dump, a repeated or
    cut header or a glued csv row (the text before it is a wrapper block); a copy cut
    short and given again in full is read from the full copy (H-1); a banner written
    twice keeps the second as a wrapper block.  Sets where the text header starts."""
    lines, view = draft.lines, ctx.view
    i = draft.cursor
    n = len(lines)
    draft.header_start = ctx.span(*lines.spans[i]).start if i < n else len(view)
    if draft.glued_banner is not None:
        draft.header_start = draft.glued_banner
    if i >= n:
        return
    found = build_banner(ctx, draft.header_start, lines.spans[i][1])
    if found is None:
        first_line = i
        found, i = _banner_further(ctx, lines, i, draft.wrapper)
        if found is not None and _cut_header(ctx, lines, first_line, found[0]):
            # header fields cut short ("SUBJECT: RUSSIAN SCIEN...") above the
            # banner of the full copy (H-1): a cut copy without its banner
            draft.cut_copy = (lines.spans[first_line][0], first_line)
    if found is None:
        draft.cursor = i
        return
    later = _complete_copy(ctx, lines, found[0], draft.wrapper)
    if later is not None:
        draft.cut_copy = (found[1], i + 1)
        found, i = later
    draft.banner, draft.header_start = found
    draft.cursor, draft.header_start = _repeated_banner(
        ctx, lines, found[0], i + 1, draft.header_start, draft.wrapper
    )


def _banner_further(
    ctx: Context, lines: Lines, i: int, wrapper: list[TextBlock]
) -> tuple[tuple[Banner, int] | None, int]:
    """Find a banner that does not open line ``i``: later, after a record dump or a
    repeated header (H-1, H-23), or inside a line after a glued csv row.  The text
    before it is kept as a wrapper block.  Returns the banner and its line."""
    view = ctx.view
    for k in range(i, min(len(lines), i + BANNER_LOOKAHEAD)):
        a, b = lines.spans[k]
        if header_over(view[a:b]):
            break
        inside = gh.BANNER_INSIDE.search(view, a, b)
        if inside is None:
            continue
        found = build_banner(ctx, inside.start(), b)
        if found is None:
            continue
        span = ctx.span(lines.spans[i][0], inside.start())
        wrapper.append(TextBlock(text=span.of(ctx.raw), span=span))
        ctx.report(
            "text-before-banner",
            "text between the transmission header and the banner kept as a wrapper block",
            field="banner",
            span=span,
            severity=Severity.INFO,
        )
        return found, k
    return None, i


def _repeated_banner(
    ctx: Context, lines: Lines, banner: Banner, i: int, rest: int, wrapper: list[TextBlock]
) -> tuple[int, int]:
    """The banner written a second time right under the first (09STATE99783, H-1): a
    wrapper block with a ``header-repeated`` info.  Returns the line after it and where
    the header starts.  ``rest`` is where the text after the first banner starts."""
    view = ctx.view
    k = lines.next_nonblank(i)
    if k >= len(lines) or view[rest : lines.spans[i - 1][1]].strip():
        return i, rest  # nothing under it, or captions after the banner on its line
    a, b = lines.spans[k]
    again = match_banner(view[a:b].strip())
    if again is None or (again.get("rest") or "").strip():
        return i, rest
    if again["serial"] != banner.serial or squash(again["origin"] or "") != banner.origin:
        return i, rest
    span = ctx.span(a, b)
    wrapper.append(TextBlock(text=span.of(ctx.raw), span=span))
    ctx.report(
        "header-repeated",
        "the banner is written a second time; the second is kept as a wrapper block",
        field="banner",
        span=span,
        severity=Severity.INFO,
    )
    return k + 1, b


def _cut_header(ctx: Context, lines: Lines, i: int, banner: Banner) -> bool:
    """Whether the text from line ``i`` to ``banner`` holds header fields and ends
    cut short ("TAGS: ...", "SUBJECT: RUSSIAN SCIEN..."): a copy cut by the page."""
    view = ctx.view
    start = lines.spans[i][0]
    end = len(view[start : banner.span.start].rstrip()) + start
    if not view[start:end].rstrip(' "').endswith("..."):
        return False
    last = lines.at(end)
    if not any(gl.FIELD_AT_LINE.match(lines.text(k)) for k in range(i, last + 1)):
        return False
    span = ctx.span(start, end)
    ctx.report(
        "header-truncated-copy",
        "the header is cut short and given again in full; the cut copy is kept as a "
        "wrapper block and the full copy parsed",
        field="banner",
        span=span,
        severity=Severity.INFO,
    )
    return True


def _complete_copy(
    ctx: Context, lines: Lines, banner: Banner, wrapper: list[TextBlock]
) -> tuple[tuple[Banner, int], int] | None:
    """A page that cut its text short ("TA...", "Class...") and then repeats the cable
    in full after a record dump or csv row (H-1): the later copy of the same banner,
    and its line.  The cut copy and the dump go to ``wrapper``."""
    view = ctx.view
    cut = _cut_mark(view, banner)
    if cut is None:
        return None
    if gb.PARAGRAPH_LINE.search(view, banner.span.end, cut[0]) is not None:
        return None  # "..." in the body is prose, not a cut
    pos = cut[1]
    while (at := view.find(banner.serial, pos)) >= 0:
        pos = at + len(banner.serial)
        k = lines.at(at)
        a, b = lines.spans[k]
        inside = gh.BANNER_INSIDE.search(view, a, b)
        if inside is None:
            continue
        found = build_banner(ctx, inside.start(), b)
        if found is None or found[0].serial != banner.serial:
            continue
        if ids.normalise_origin(found[0].origin) != ids.normalise_origin(banner.origin):
            continue
        span = ctx.span(banner.span.start, inside.start())
        wrapper.append(TextBlock(text=span.of(ctx.raw), span=span))
        ctx.report(
            "header-truncated-copy",
            "the text is cut short and given again in full; the cut copy is kept as a "
            "wrapper block and the full copy parsed",
            field="banner",
            span=span,
            severity=Severity.INFO,
        )
        return found, k
    return None


def _cut_mark(view: str, banner: Banner) -> tuple[int, int] | None:
    """Where the copy under ``banner`` is cut: a "..." at a line end or, without it,
    the record dump, csv row or record of this very cable right after the cut copy's
    last field (08KABUL3025: TAGS, then "179235 / 2008-11-20 / 08KABUL3025", then the
    whole header again; 06LIMA2366: "refid: 06LIMA2366"), whichever comes first."""
    truncated = gl.TRUNCATED.search(view, banner.span.end)
    cut = (truncated.start(), truncated.end()) if truncated is not None else None
    if not ids.is_digits(banner.serial):
        return cut
    own_id = ids.normalise_origin(banner.origin) + ids.without_zeros(banner.serial)
    # a cut after the first paragraph is none: look for the record before it
    paragraph = gb.PARAGRAPH_LINE.search(view, banner.span.end)
    before = paragraph.start() if paragraph is not None else len(view)
    for pattern, hint in ((gl.WRAPPER_DATE, _ISO_DATE), (gl.RECORD_REFID, _REFID)):
        if hint.search(view, banner.span.end, before) is None:
            continue  # what every match holds is not there
        for row in pattern.finditer(view, banner.span.end, before):
            groups = row.groupdict()  # a "Cable dated:" line names no id
            rid = groups.get("rec_id") or groups.get("csv_id") or groups.get("refid")
            if rid is not None and ids.canonical_id(rid)[2:] == own_id:
                if cut is None or row.start() < cut[0]:
                    cut = (row.start(), row.end())
                break
    return cut


#: What every WRAPPER_DATE and every RECORD_REFID match holds.
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_REFID = re.compile(r"refid:")

# ------------------------------------------------------------- page layout


def mark_pages(ctx: Context, draft: Draft) -> None:
    """Page and section markers after the banner, header lines included (H-4, H-5):
    recorded here, blanked in the view by :func:`mask_pages`.  The header of a later
    section's received copy printed inside the text is one marker; when the text has
    no DTG of its own (a partial extract that starts inside the first section), that
    copy's transmission header is the message's (02ROME3639)."""
    markers = find_page_markers(ctx, draft.header_start, len(ctx.view))
    draft.page_markers, draft.copy_dtg_line = _section_copy_headers(ctx, draft.lines, markers)
    if draft.dtg is not None or draft.copy_dtg_line is None:
        return
    with ctx.quiet():
        found = transmission.read_header(ctx, draft.lines, draft.copy_dtg_line)
    draft.transmission, draft.dtg, draft.addressees = (
        found.transmission,
        found.dtg,
        found.addressees,
    )
    if draft.dtg is not None:
        ctx.report(
            "dtg-from-section-copy",
            "no DTG above the text: the DTG and addressees are read from the "
            "header of a later section's copy",
            field="DTG",
            span=draft.dtg.span,
            severity=Severity.INFO,
        )


def mask_pages(ctx: Context, draft: Draft) -> None:
    """Blank the page markers in the view: the header and body are read without them
    (same length, same line breaks: every offset stands)."""
    if draft.page_markers:
        draft.lines.mask([m.span for m in draft.page_markers])


def find_page_markers(ctx: Context, start: int, end: int) -> list[PageMarker]:
    """SMART-era section lines (``TRIPOLI 00000765 001.2 OF 003``) and received-copy
    page headers (``CONFIDENTIAL PAGE 02 STATE 015113 182333Z``) in ``view[start:end]``."""
    markers = []
    view = ctx.view
    for match in _smart_pages(view, start, end):
        a, b = match.start(), match.end()
        post = gb.SMART_PAGE_POST.search(view, max(start, a - 40), a)
        if post is not None:
            # the post's own words, not a heading in capitals before them
            head = view[post.start() : a]
            a = post.start() + tables.post_name_start(head, len(head))
        markers.append(PageMarker(text=ctx.raw[a:b], span=Span(a, b)))
    for match in gb.OLD_PAGE.finditer(view, start, end) if "PAGE " in view else ():
        a, b = match.start(), match.end()
        word = gb.PAGE_CLASS_WORD.search(view, max(start, a - 30), a)
        if word is not None:
            a = word.start()
        markers.append(PageMarker(text=ctx.raw[a:b], span=Span(a, b)))
    for match in gb.PDF_PAGE.finditer(view, start, end):  # a PDF conversion's page lines
        span = ctx.span(match.start(), match.end())
        markers.append(PageMarker(text=span.of(ctx.raw), span=span))
    markers.sort(key=lambda m: m.span.start)
    return markers


def _smart_pages(view: str, start: int, end: int) -> Iterator[re.Match[str]]:
    """``SMART_PAGE.finditer(view, start, end)``, looked for only on the lines that
    hold its literal `` OF 0`` or `` of 0`` (a marker never spans lines, its total has
    three digits): the pattern starts with a digit, which the regex engine would try at
    every position."""
    pos = start
    # the next place of each literal, looked for again only once passed: a literal
    # the text lacks is looked for once, not once a marker
    upper, lower = view.find(" OF 0", start, end), view.find(" of 0", start, end)
    while (at := min((p for p in (upper, lower) if p >= 0), default=-1)) >= 0:
        line_start = max(start, view.rfind("\n", 0, at) + 1)
        line_end = view.find("\n", at, end)
        line_end = end if line_end < 0 else line_end
        yield from gb.SMART_PAGE.finditer(view, line_start, line_end)
        pos = line_end
        if 0 <= upper < pos:
            upper = view.find(" OF 0", pos, end)
        if 0 <= lower < pos:
            lower = view.find(" of 0", pos, end)


def _section_copy_headers(
    ctx: Context, lines: Lines, markers: list[PageMarker]
) -> tuple[list[PageMarker], int | None]:
    """A later section's received copy printed inside the text (a 1966-2002 telegram
    sent in sections, 02ROME3639): from its classification lines and ``PAGE 01 ... 02
    OF 03`` line over its distribution block, separator, transmission lines, banner
    and repeated header fields, the whole block is layout between two pages of the
    text, like a page marker, and is recorded as one (``section-copy-header``).
    Also returns the line of the first such copy's DTG, if it has one."""
    out: list[PageMarker] = []
    first_dtg: int | None = None
    for marker in markers:
        copy_end = None
        if gl.LATER_SECTION_PAGE.search(marker.text) is not None:
            copy_end = _copy_header_end(ctx, lines, lines.at(marker.span.end))
        if copy_end is None:
            out.append(marker)
            continue
        end_line, dtg_line = copy_end
        if first_dtg is None:
            first_dtg = dtg_line
        j = lines.at(marker.span.start)
        while j > 0 and (lines.blank(j - 1) or gl.COPY_CLASS_LINE.match(lines.text(j - 1))):
            j -= 1
        while lines.blank(j):  # the blank lines before stay: they end the paragraph
            j += 1
        start = min(marker.span.start, lines.spans[j][0])
        span = ctx.span(start, lines.spans[end_line][1])
        ctx.report(
            "section-copy-header",
            "the header of a later section's received copy inside the text, kept as a page marker",
            field="page marker",
            span=span,
            severity=Severity.INFO,
        )
        out.append(PageMarker(text=span.of(ctx.raw), span=span))
    return out, first_dtg


def _copy_header_end(ctx: Context, lines: Lines, k: int) -> tuple[int, int | None] | None:
    """The last line of the section copy header whose page line is line ``k`` (the
    received copy, the transmission lines under it, then the banner and the header
    fields it repeats) and the line of its DTG; None when no distribution block and
    separator follow."""
    n = len(lines)
    with ctx.quiet():
        found = build_received_copy(ctx, lines, k)
    if found is None or found[0].separator is None:
        return _collapsed_copy_end(lines, k)
    i = found[1]
    last = i - 1
    while last > k and lines.blank(last):
        last -= 1
    dtg_line = None
    if i < n and gl.DTG.match(lines.text(i)):  # DTG, FM, TO, INFO and the addressees
        dtg_line = i
        while i < n and not lines.blank(i):
            last = i
            i += 1
    return _repeated_fields_end(lines, lines.next_nonblank(i), last, flattened=False), dtg_line


def _repeated_fields_end(lines: Lines, i: int, last: int, *, flattened: bool) -> int:
    """The last line of a section copy's banner at line ``i`` and of the caption and
    field lines it repeats under it (``last`` when line ``i`` is no banner).  Set off
    by blank lines, a field takes its continuation lines; in a flattened copy each
    is one line (without blank lines, a continuation cannot be told from the text)."""
    n = len(lines)
    if i >= n or match_banner(lines.text(i).strip()) is None:
        return last
    last = i
    i = i + 1 if flattened else lines.next_nonblank(i + 1)
    while i < n and (gl.FIELD_AT_LINE.match(lines.text(i)) or _caption_line(lines.text(i))):
        if flattened:
            last = i
            i += 1
            continue
        while i < n and not lines.blank(i):  # a field and its continuation lines
            last = i
            i += 1
        i = lines.next_nonblank(i)
    return last


def _caption_line(text: str) -> bool:
    return text.strip().upper() in tables.captions()


def _collapsed_copy_end(lines: Lines, k: int) -> tuple[int, int | None] | None:
    """The last line of a flattened section copy header from its page line ``k``: the
    INFO line, then the banner and the caption and field lines right under it."""
    if not gl.GLUED_ACTION.search(lines.text(k)):
        return None
    i = k + 1
    if i >= len(lines) or not gl.INFO_OFFICES.match(lines.text(i)):
        return None
    return _repeated_fields_end(lines, i + 1, i, flattened=True), None
