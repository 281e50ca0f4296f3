"""The received-copy header of 1966-2000 telegrams, printed by the Department's system
above the wire message (``PAGE 01 ATHENS 02959 171944Z``, ``ACTION EUR-25``, ``INFO
OCT-01 ... /096 W``, DRAFTED BY, the separator; see :mod:`cablegram.grammar.received`)."""

from __future__ import annotations

from cablegram import ids
from cablegram._context import Context
from cablegram._text import squash
from cablegram.cable.draft import Draft
from cablegram.cable.lines import Lines
from cablegram.grammar import Hit
from cablegram.grammar import received as g
from cablegram.model import OfficeCount, ReceivedCopy, Section


def read(ctx: Context, draft: Draft) -> None:
    """The received-copy header of a 1966-2000 telegram at the cursor (its
    classification line, its PAGE line, its distribution block, or the terminal line
    above a block)."""
    lines = draft.lines
    i = draft.cursor
    if i >= len(lines):
        return
    after = lines.next_nonblank(i + 1)
    text = lines.text(i)
    if (
        g.PAGE_LINE_START.match(text)
        or g.OFFICE_LIST_START.match(text)
        or (after < len(lines) and g.PAGE_LINE_START.match(lines.text(after)))
        or g.TERMINAL_LINE.match(text)  # the builder checks the block under it
    ):
        found = build_received_copy(ctx, lines, i)
        if found is not None:
            draft.received, draft.cursor = found


class _Copy:
    """The parts of a received-copy header, as they are read."""

    def __init__(self) -> None:
        self.classification: str | None = None
        self.section: Section | None = None
        self.page: Hit | None = None
        self.kind: str | None = None
        self.copy_mark: str | None = None
        self.total: int | None = None
        self.action: list[OfficeCount] = []
        self.info: list[OfficeCount] = []
        self.notes: dict[str, list[str]] = {}


def build_received_copy(ctx: Context, lines: Lines, i: int) -> tuple[ReceivedCopy, int] | None:
    """The received-copy header starting at line ``i`` (its classification line, its
    PAGE line or its distribution block), and the index of the line after its
    separator; None when the lines there are not one."""
    n = len(lines)
    start_line = i
    if g.TERMINAL_LINE.match(lines.text(i)):
        following = lines.next_nonblank(i + 1)
        if following >= n or not g.OFFICE_LIST_START.match(lines.text(following)):
            return None
        i = following
    copy = _Copy()
    found = _page(ctx, lines, i, copy)
    if found is None:
        return None
    i = found
    if i < n and ids.is_digits(lines.text(i).strip()) and len(lines.text(i).strip()) <= 3:
        i = lines.next_nonblank(i + 1)  # the unexplained two-digit line ("51")
    i = _distribution(ctx, lines, i, copy)
    i = _notes(lines, i, copy.notes)
    separator = None
    if i < n and g.SEPARATOR.match(lines.text(i)):
        separator = squash(lines.text(i))
        end_line = i
        i = lines.next_nonblank(i + 1)
    else:
        end_line = i - 1
    notes, page = copy.notes, copy.page
    received = ReceivedCopy(
        classification_raw=copy.classification,
        page_station=squash(page["station"] or "") if page is not None else None,
        serial=page["serial"] if page is not None else None,
        section=copy.section,
        time=(page.get("time") or None) if page is not None else None,
        kind=copy.kind,
        action=tuple(copy.action),
        info=tuple(copy.info),
        total=copy.total,
        copy_mark=copy.copy_mark,
        drafted_by=squash(" ".join(notes["DRAFTED"])) if "DRAFTED" in notes else None,
        approved_by=squash(" ".join(notes["APPROVED"])) if "APPROVED" in notes else None,
        separator=separator,
        span=ctx.span(lines.spans[start_line][0], lines.spans[max(end_line, start_line)][1]),
    )
    return received, i


def _page(ctx: Context, lines: Lines, i: int, copy: _Copy) -> int | None:
    """The classification and PAGE lines from line ``i`` (or a copy cut above its
    distribution block); the line after them, None when they are not a copy's."""
    view, n = ctx.view, len(lines)
    if g.OFFICE_LIST_START.match(lines.text(i)):
        # the copy is cut above its distribution block: station and serial from
        # a later page line, in the address list (09STATE37566), or none at all
        # when the text starts at the block (05GABORONE411): then the block must
        # be whole, closed by its total and copy mark ("/000W")
        copy.page = _later_page(view, lines.spans, i)
        if copy.page is None and not _closed_block(view, lines.spans, i):
            return None
        return i
    if not g.PAGE_LINE_START.match(lines.text(i)):
        copy.classification = squash(lines.text(i))
        i = lines.next_nonblank(i + 1)
        if i >= n or not g.PAGE_LINE_START.match(lines.text(i)):
            return None
    page = ctx.parse(g.PAGE_LINE, *lines.spans[i], field="received-copy page line")
    if page is None:
        return None
    copy.page = page
    section, total = page.get("section"), page.get("total")
    if section and total:
        a, b = lines.spans[i]
        at = view.find(f"{section} OF", a, b)
        copy.section = Section(
            number=int(section),
            total=int(total),
            span=ctx.span(at, at + len(f"{section} OF {total}")),
        )
    return lines.next_nonblank(i + 1)


def _distribution(ctx: Context, lines: Lines, i: int, copy: _Copy) -> int:
    """The ACTION / ORIGIN and INFO block from line ``i``; the line after it."""
    n = len(lines)
    if not (
        i < n
        and (g.DISTRIBUTION_START.match(lines.text(i)) or g.OFFICE_LIST_START.match(lines.text(i)))
    ):
        return i
    k = _block_end(ctx.view, lines.spans, i)
    block_start, block_end = lines.spans[i][0], lines.spans[k - 1][1]
    dist = ctx.parse(g.DISTRIBUTION, block_start, block_end, field="distribution")
    if dist is not None:
        copy.kind = dist.get("kind") or None
        copy.action = _counts(ctx, block_start, dist.all("action"), "action")
        copy.info = _counts(ctx, block_start, dist.all("info"), "info")
        total = dist.get("total")
        copy.total = int(total) if total else None
        copy.copy_mark = dist.get("copy") or None
    return lines.next_nonblank(k)


def _notes(lines: Lines, i: int, notes: dict[str, list[str]]) -> int:
    """DRAFTED BY / APPROVED BY with their continuation and clearance lines, and
    DESIRED DISTRIBUTION, up to the separator; the line where they end."""
    n = len(lines)
    last: str | None = None
    while i < n and not g.SEPARATOR.match(lines.text(i)):
        text = lines.text(i)
        drafted_match = g.DRAFTED.match(text)
        if drafted_match is not None:
            last = drafted_match["key"]
            notes[last] = [drafted_match["text"]]
        elif g.DESIRED.match(text):
            last = "DESIRED"
            notes[last] = [text]
        elif last is not None:
            notes[last].append(text)
        elif not g.COPY_NOTE.match(text):
            break
        i = lines.next_nonblank(i + 1)
    return i


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
    res = g.DISTRIBUTION.match(view[line_spans[i][0] : line_spans[k - 1][1]])
    return res is not None and bool(res.get("total"))


#: How many lines after a cut copy's distribution block a later page line is looked for.
_PAGE_LOOKAHEAD = 60


def _later_page(view: str, line_spans: list[tuple[int, int]], i: int) -> Hit | None:
    """The first page line within the lines after line ``i`` (it may follow an
    address keyword: ``INFO PAGE 02        STATE   037566  161435Z``)."""
    for a, b in line_spans[i : i + _PAGE_LOOKAHEAD]:
        found = g.LATER_PAGE.search(view, a, b)
        if found is None:
            continue
        res = g.PAGE_LINE.match(view[found.start() : b])
        if res is not None:
            return res
    return None


def _counts(ctx: Context, start: int, items: list[Hit], name: str) -> list[OfficeCount]:
    out = []
    for item in items:
        a, b = item.span(name)
        out.append(
            OfficeCount(
                office=item["office"] or "",
                copies=int(item["copies"] or ""),
                span=ctx.span(start + a, start + b),
            )
        )
    return out
