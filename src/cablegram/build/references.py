"""Build the REF block: lettered items, each citing cables, e-mails, telcons or other
documents."""

from __future__ import annotations

import re

from cablegram import ids
from cablegram._text import squash
from cablegram.build._context import Context
from cablegram.build.transmission import century_year
from cablegram.grammar import references as gr
from cablegram.model import Reference, ReferenceKind


def ref_bullets(text: str) -> list[tuple[int, int, str]]:
    """Accepted bullets in ``text``: (start, end, letter), letters in sequence."""
    found: list[tuple[int, int, str]] = []
    expected = "A"
    for match in gr.BULLET.finditer(text):
        letter = (match["p"] or match["l"]).upper()
        if letter == expected or (found and letter == found[-1][2]) or (not found and letter):
            if not found and letter != "A" and match.start() > 0:
                continue
            if found and letter == found[-1][2] and match.start() - found[-1][1] <= 2:
                # doubled bullet "A. (A)" or "A. A.": extend the previous one
                found[-1] = (found[-1][0], match.end(), letter)
                continue
            if found and letter == found[-1][2]:
                continue
            found.append((match.start(), match.end(), letter))
            expected = chr(ord(letter) + 1)
    return found


def build_references(
    ctx: Context, start: int, end: int, *, year: int | None, citing_id: str | None
) -> tuple[Reference, ...]:
    head = gr.REF_KEYWORD.match(ctx.view, start)
    body_start = head.end() if head and head.start() == start else start
    block = ctx.view[body_start:end]
    bullets = ref_bullets(block)
    items: list[tuple[int, int, str | None]] = []  # (start, end, bullet letter)
    if not bullets or (bullets[0][0] > 0 and block[: bullets[0][0]].strip()):
        first_end = bullets[0][0] if bullets else len(block)
        items.append((0, first_end, None))
    for i, (_, b_end, letter) in enumerate(bullets):
        item_end = bullets[i + 1][0] if i + 1 < len(bullets) else len(block)
        items.append((b_end, item_end, letter))
    references: list[Reference] = []
    for a, b, bullet in items:
        references.extend(
            _reference_item(ctx, body_start + a, body_start + b, bullet, year, citing_id)
        )
    return tuple(references)


_EMAIL = re.compile(r"(?i)\bE-?MAILS?\b")
_TELCON = re.compile(r"(?i)\bTELE?CONS?\b|\bTELEPHONE\b|\bPHONE +CALL|\bTEL\b")


def _known_origin_suffix(origin: str) -> tuple[str, int] | None:
    """The longest run of words at the end of ``origin`` that names a station, and
    the offset where it starts (``IN RESPONSE TO STATE`` -> ``STATE``)."""
    at = 0
    while True:
        if ids.is_known_origin(origin[at:]):
            return origin[at:], at
        space = origin.find(" ", at)
        if space < 0:
            return None
        at = space + 1


def _reference_item(
    ctx: Context,
    start: int,
    end: int,
    letter: str | None,
    year: int | None,
    citing_id: str | None,
) -> list[Reference]:
    span = ctx.span(start, end)
    if not len(span):
        return []
    item = span.of(ctx.view)
    text = squash(item)
    tokens = list(gr.REF_TOKEN_RE.finditer(item))
    notal = any(m.lastgroup == "notal" for m in tokens)
    kind = ReferenceKind.OTHER
    if _EMAIL.search(text):
        kind = ReferenceKind.EMAIL
    elif _TELCON.search(text):
        kind = ReferenceKind.TELCON
    out: list[Reference] = []
    last: tuple[int | None, str] | None = None
    for m in tokens if kind is ReferenceKind.OTHER else ():
        a, b = m.start(), m.end()
        if m.lastgroup == "more":
            if last is None:
                continue
            ref_year, origin = last
            serial = m["more_serial"]
            a = m.start("more_serial")
        elif m.lastgroup == "cable":
            found = _known_origin_suffix(m["origin"])
            if found is None:
                continue
            origin, skipped = found
            written = m["year"]
            if skipped:  # words before the station are not part of the reference
                written = None
                a = m.start("origin") + skipped
            ref_year = century_year(written.strip("()")) if written else None
            serial = m["serial"].replace("O", "0")
            last = (ref_year, origin)
        else:
            continue
        effective_year = ref_year if ref_year is not None else year
        cable_id = (
            ids.make_reference_id(effective_year, origin, serial)
            if effective_year is not None
            else None
        )
        if cable_id is not None and cable_id == citing_id:
            continue
        out.append(
            Reference(
                letter=letter,
                kind=ReferenceKind.CABLE,
                year=ref_year,
                origin=ids.normalise_origin(origin),
                serial=serial,
                cable_id=cable_id,
                notal=notal,
                text=text,
                span=ctx.span(span.start + a, span.start + b),
                item_span=span,
            )
        )
    if not out:
        out.append(
            Reference(
                letter=letter,
                kind=kind,
                year=None,
                origin=None,
                serial=None,
                cable_id=None,
                notal=notal,
                text=text,
                span=span,
                item_span=span,
            )
        )
    return out
