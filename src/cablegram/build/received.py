"""Build the received-copy header of 1966-2000 telegrams (see
:mod:`cablegram.grammar.received`)."""

from __future__ import annotations

from collections.abc import Callable

import pyparsing as pp

from cablegram._text import squash
from cablegram.build._context import Context
from cablegram.grammar import parse_whole
from cablegram.grammar import received as g
from cablegram.model import OfficeCount, ReceivedCopy, Section


def build_received_copy(
    ctx: Context,
    line_spans: list[tuple[int, int]],
    i: int,
    next_nonblank: Callable[[int], int],
) -> tuple[ReceivedCopy, int] | None:
    """The received-copy header starting at line ``i`` (its classification line, its
    PAGE line or its distribution block), and the index of the line after its
    separator; None when the lines there are not one."""
    view = ctx.view
    n = len(line_spans)

    def text(k: int) -> str:
        a, b = line_spans[k]
        return view[a:b]

    start_line = i
    if g.TERMINAL_LINE.match(text(i)):
        following = next_nonblank(i + 1)
        if following >= n or not g.OFFICE_LIST_START.match(text(following)):
            return None
        i = following
    classification = None
    section = None
    page: pp.ParseResults | None = None
    if g.OFFICE_LIST_START.match(text(i)):
        # the copy is cut above its distribution block: station and serial from
        # a later page line, in the address list (09STATE37566), or none at all
        # when the text starts at the block (05GABORONE411): then the block must
        # be whole, closed by its total and copy mark ("/000W")
        page = _later_page(view, line_spans, i)
        if page is None and not _closed_block(view, line_spans, i):
            return None
    else:
        if not g.PAGE_LINE_START.match(text(i)):
            classification = squash(text(i))
            i = next_nonblank(i + 1)
            if i >= n or not g.PAGE_LINE_START.match(text(i)):
                return None
        page = ctx.parse(g.PAGE_LINE, *line_spans[i], field="received-copy page line")
        if page is None:
            return None
        if page.get("section"):
            a, b = line_spans[i]
            at = view.find(f"{page['section']} OF", a, b)
            section = Section(
                number=int(page["section"]),
                total=int(page["total"]),
                span=ctx.span(at, at + len(f"{page['section']} OF {page['total']}")),
            )
        i = next_nonblank(i + 1)
    if i < n and text(i).strip().isdigit() and len(text(i).strip()) <= 3:
        i = next_nonblank(i + 1)  # the unexplained two-digit line ("51")
    kind = copy_mark = separator = None
    total: int | None = None
    action: list[OfficeCount] = []
    info: list[OfficeCount] = []
    if i < n and (g.DISTRIBUTION_START.match(text(i)) or g.OFFICE_LIST_START.match(text(i))):
        first = i
        k = _block_end(view, line_spans, i)
        block_start, block_end = line_spans[first][0], line_spans[k - 1][1]
        dist = ctx.parse(g.DISTRIBUTION, block_start, block_end, field="distribution")
        if dist is not None:
            kind = dist.get("kind") or None
            action = _counts(ctx, block_start, dist.get("action", []))
            info = _counts(ctx, block_start, dist.get("info", []))
            total = int(dist["total"]) if dist.get("total") else None
            copy_mark = dist.get("copy") or None
        i = next_nonblank(k)
    # DRAFTED BY / APPROVED BY with their continuation and clearance lines, and
    # DESIRED DISTRIBUTION, up to the separator
    notes: dict[str, list[str]] = {}
    last: str | None = None
    while i < n and not g.SEPARATOR.match(text(i)):
        drafted_match = g.DRAFTED.match(text(i))
        if drafted_match is not None:
            last = drafted_match["key"]
            notes[last] = [drafted_match["text"]]
        elif g.DESIRED.match(text(i)):
            last = "DESIRED"
            notes[last] = [text(i)]
        elif last is not None:
            notes[last].append(text(i))
        elif not g.COPY_NOTE.match(text(i)):
            break
        i = next_nonblank(i + 1)
    drafted = squash(" ".join(notes["DRAFTED"])) if "DRAFTED" in notes else None
    approved = squash(" ".join(notes["APPROVED"])) if "APPROVED" in notes else None
    if i < n and g.SEPARATOR.match(text(i)):
        separator = squash(text(i))
        end_line = i
        i = next_nonblank(i + 1)
    else:
        end_line = i - 1
    copy = ReceivedCopy(
        classification_raw=classification,
        page_station=squash(page["station"]) if page is not None else None,
        serial=page["serial"] if page is not None else None,
        section=section,
        time=(page.get("time") or None) if page is not None else None,
        kind=kind,
        action=tuple(action),
        info=tuple(info),
        total=total,
        copy_mark=copy_mark,
        drafted_by=drafted,
        approved_by=approved,
        separator=separator,
        span=ctx.span(line_spans[start_line][0], line_spans[max(end_line, start_line)][1]),
    )
    return copy, i


def _block_end(view: str, line_spans: list[tuple[int, int]], i: int) -> int:
    """The index of the line after the distribution block starting at line ``i``:
    the block ends before the separator, DRAFTED BY or DESIRED DISTRIBUTION, or with
    the line of its total ("/096 W")."""
    k = i
    while k < len(line_spans):
        line = view[line_spans[k][0] : line_spans[k][1]]
        if g.SEPARATOR.match(line) or g.DRAFTED.match(line) or g.DESIRED.match(line):
            break
        k += 1
        if "/" in line:
            break
    return k


def _closed_block(view: str, line_spans: list[tuple[int, int]], i: int) -> bool:
    """Whether the lines from line ``i`` are a whole distribution block, its total
    and copy mark included: what makes a copy without a page line one."""
    k = _block_end(view, line_spans, i)
    res = parse_whole(g.DISTRIBUTION, view[line_spans[i][0] : line_spans[k - 1][1]])
    return not isinstance(res, pp.ParseBaseException) and bool(res.get("total"))


#: How many lines after a cut copy's distribution block a later page line is looked for.
_PAGE_LOOKAHEAD = 60


def _later_page(view: str, line_spans: list[tuple[int, int]], i: int) -> pp.ParseResults | None:
    """The first page line within the lines after line ``i`` (it may follow an
    address keyword: ``INFO PAGE 02        STATE   037566  161435Z``)."""
    for a, b in line_spans[i : i + _PAGE_LOOKAHEAD]:
        found = g.LATER_PAGE.search(view, a, b)
        if found is None:
            continue
        res = parse_whole(g.PAGE_LINE, view[found.start() : b])
        if not isinstance(res, pp.ParseBaseException):
            return res
    return None


def _counts(ctx: Context, start: int, located: list[object]) -> list[OfficeCount]:
    out = []
    for item in located:
        a = start + item.locn_start  # type: ignore[attr-defined]
        b = start + item.locn_end  # type: ignore[attr-defined]
        value = item.value  # type: ignore[attr-defined]
        out.append(
            OfficeCount(office=value["office"], copies=int(value["copies"]), span=ctx.span(a, b))
        )
    return out
