"""The bullets of a REF block (``A.``, ``B)``, ``(C)``, ``[D]``): which letters open
its items, read in sequence so that the ``S.`` of ``U.S.`` is never one.  A block
read line by line keeps what it has read on the parse's context
(:func:`next_bullet`, :func:`dangling_bullet`): each line is scanned once."""

from __future__ import annotations

import re

from cablegram._context import Context
from cablegram.grammar import references as gr


def bullet_after(block: str) -> str:
    """The letter the next bullet of the REF block ``block`` would have."""
    return _letter_after(ref_bullets(block))


def next_bullet(ctx: Context, start: int, end: int) -> str:
    """:func:`bullet_after` the REF block in ``view[start:end]``, a block read line
    by line."""
    return _letter_after(_growing_bullets(ctx, start, end))


def _letter_after(bullets: list[tuple[int, int, str]]) -> str:
    """The letter of the bullet after ``bullets`` (``A`` when there are none)."""
    return chr(ord(bullets[-1][2]) + 1) if bullets else "A"


def dangling_bullet(ctx: Context, start: int, end: int) -> bool:
    """Whether the REF block in ``view[start:end]`` ends in a bullet of its list
    without its item (``C) Taipei 03856 D)``), not in a mark (``STATE 109397
    (U)``) or a heading's numeral (``... follows below: I.``)."""
    view = ctx.view
    last = end  # after the block's last non-blank character
    while last > start and view[last - 1].isspace():
        last -= 1
    if last == start or view[last - 1] not in ".)" or not _ends_in_bullet(view, start, last):
        return False  # a bullet ends in "." or ")": most blocks end in a serial
    bullets = _growing_bullets(ctx, start, end)
    return bool(bullets) and not view[start + bullets[-1][1] : end].strip()


#: A bullet on its own: what :data:`gr.REF_DANGLING_BULLET` finds at a block's end.
_BULLET_ONLY = re.compile(r"\([A-Z]\)|[A-Z][.)]")


def _ends_in_bullet(view: str, start: int, last: int) -> bool:
    """``gr.REF_DANGLING_BULLET.search(view[start:last])``, looked for only where it
    can match: a bullet ending the block, after a blank or at the block's start."""
    return any(
        at >= start
        and (at == start or view[at - 1].isspace())
        and _BULLET_ONLY.fullmatch(view, at, last) is not None
        for at in (last - 3, last - 2)
    )


def _growing_bullets(ctx: Context, start: int, end: int) -> list[tuple[int, int, str]]:
    """:func:`ref_bullets` of ``view[start:end]``, for a block read line by line:
    the bullets of the lines read before are kept on the context, and only the new
    lines are scanned (reading the whole block again at each line would take the
    square of its length)."""
    view = ctx.view
    key = ("ref-bullets", start)
    scan = ctx.memo.get(key)
    if isinstance(scan, _BulletScan) and scan.goes_on(view, start, end):
        # on from the line end the last scan stopped at, with a few characters
        # before it for the lookbehinds (a bullet never spans a line end)
        back = max(start, start + scan.end - 8)
        scan.feed(view[back:end], back - start, pos=start + scan.end - back)
    else:
        scan = _BulletScan()
        scan.feed(view[start:end], 0)
    scan.end = end - start
    ctx.memo[key] = scan
    return scan.found


def ref_bullets(text: str) -> list[tuple[int, int, str]]:
    """Accepted bullets in ``text``: (start, end, letter), letters in sequence.

    A letter repeated right after itself doubles the bullet (``A. (A)``, ``A. A)``);
    repeated at the start of a line it opens a second item under the same letter
    (``B) LEE-GOLDSTEIN EMAIL 05/11/07`` then ``B) TALLINN 347``, 07TALLINN375).
    """
    scan = _BulletScan()
    scan.feed(text, 0)
    return scan.found


class _BulletScan:
    """The bullets of a REF block, read left to right; :meth:`feed` goes on with
    more of the block."""

    def __init__(self) -> None:
        self.found: list[tuple[int, int, str]] = []
        self.expected = "A"
        #: Where in the block the text read so far ends (a line end).
        self.end = 0

    def goes_on(self, view: str, start: int, end: int) -> bool:
        """Whether the block from ``start`` now ends at or after where the text read
        so far ended, and that was a line end (so what was read stands)."""
        stop = start + self.end
        return self.end > 0 and end >= stop and (end == stop or view[stop] == "\n")

    def feed(self, chunk: str, offset: int, pos: int = 0) -> None:
        """Read the bullets of ``chunk`` from ``pos`` on; ``chunk`` starts ``offset``
        characters into the block."""
        found = self.found
        for match in gr.BULLET.finditer(chunk, pos):
            letter = (match["p"] or match["b"] or match["l"] or match["n"] or match["g"]).upper()
            at, to = offset + match.start(), offset + match.end()
            if not (letter == self.expected or (found and letter == found[-1][2]) or not found):
                continue
            if not found and letter != "A" and at > 0:
                continue
            if found and letter == found[-1][2] and at - found[-1][1] <= 2:
                # doubled bullet "A. (A)" or "A. A.": extend the previous one
                found[-1] = (found[-1][0], to, letter)
                continue
            if found and letter == found[-1][2] and not _starts_line(chunk, match.start(), offset):
                continue
            found.append((at, to, letter))
            self.expected = chr(ord(letter) + 1)


def _starts_line(text: str, at: int, offset: int = 0) -> bool:
    """Whether only blanks stand before ``at`` on its line, which is not the first
    line of the block (``text`` starts ``offset`` characters into the block).  Read
    back over the blanks only: a block of one long line is not read again from its
    start for every bullet."""
    k = at - 1
    while k >= 0 and text[k] != "\n" and text[k].isspace():
        k -= 1
    if k >= 0:
        return text[k] == "\n"
    return offset > 0
