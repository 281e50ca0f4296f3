"""The REF block: ``REF: A. STATE 165486 B. STATE 165453``, lettered items, each citing
cables, e-mails, telcons, reports, books or other documents.

Where a block ends is decided line by line (:func:`continues`) and, when a lost newline
glued the body to it, inside its last line (:func:`glued_body`); its items are built
once the cable's own id is known (a REF never cites the cable itself).
"""

from __future__ import annotations

import functools
import re

import attrs

from cablegram import ids, tables
from cablegram._cache import text_cache
from cablegram._context import Context, Text
from cablegram._lazy import deferred
from cablegram._text import squash
from cablegram.cable.draft import Draft, FieldSpan, Header
from cablegram.cable.fields import ref_bullets
from cablegram.cable.fields.captions import cut_glued_sbu
from cablegram.errors import Severity
from cablegram.grammar import body as gb
from cablegram.grammar import references as gr
from cablegram.ids import century_year
from cablegram.model import Reference, ReferenceKind, TextBlock
from cablegram.span import Span

# ------------------------------------------------------------------ the field


def continues(ctx: Context, field: FieldSpan, text: str, previous_blank: bool) -> bool:
    """A REF block runs on over its bullets (a marked line ``(C) ...`` only when C is the
    next letter of the list) and, up to a paragraph, over the lines of its items;
    past a blank line only with what goes on with the list: a serial cut from its
    post ("Rio de Janeiro" / blank / "00723"), the next cited cable, or the item of a
    bullet left open at the line end ("C) Taipei 03856 D)" / blank / "Taipei 03196",
    05TAIPEI4305)."""
    marked = gb.MARKED_START.match(text) is not None
    if gr.REF_BULLET_LINE.match(text):
        if not marked:
            return True
        letter = text.strip()[1]
        return letter == ref_bullets.next_bullet(ctx, field.start, field.end)
    if marked or gb.PARAGRAPH_START.match(text):
        return False
    if previous_blank and ref_bullets.dangling_bullet(ctx, field.start, field.end):
        return True
    return not previous_blank or gr.REF_GOES_ON.match(text) is not None


def build(
    ctx: Context, header: Header, field: FieldSpan, *, year: int | None, last: bool
) -> int | None:
    """Keep the block for :func:`build_later`; an SBU caption or the body glued to its
    end ("REF: UNVIE VIEN 641 This cable is sensitive but ...") is cut off."""
    end, body_start = cut_glued_sbu(ctx, header, field.start, field.end, last=last)
    glued = glued_body(ctx.view, field.start, end) if last else None
    if glued is not None:
        end = body_start = glued
    written = squash(ctx.view[field.start : end])
    if any(squash(ctx.view[a:b]) == written for a, b in header.ref_blocks):
        # the same REF block again (a copy of the header glued on, 09LONDON2183)
        span = ctx.span(field.start, end)
        header.repeated.append(TextBlock(text=span.of(ctx.raw), span=span))
        ctx.report(
            "header-repeated",
            "the REF block written again; the first one is read, the second kept as a "
            "wrapper block",
            field="REF",
            span=span,
            severity=Severity.INFO,
        )
        return body_start
    header.ref_blocks.append((field.start, end))
    return body_start


def build_later(ctx: Context, draft: Draft) -> None:
    """The items of every REF block, now that the cable's own id is known: read when
    ``Cable.references`` is first read (they report nothing)."""
    blocks = tuple(draft.header.ref_blocks)
    if blocks:
        draft.references = deferred(
            _all_references, ctx.snapshot(), blocks, draft.year, draft.reference_id
        )


def _all_references(
    src: Text, blocks: tuple[tuple[int, int], ...], year: int | None, citing_id: str | None
) -> tuple[Reference, ...]:
    out: list[Reference] = []
    for start, end in blocks:
        out.extend(build_references(src, start, end, year=year, citing_id=citing_id))
    return tuple(out)


def glued_body(view: str, start: int, end: int) -> int | None:
    """Where the body starts inside a REF block that lost its newline."""
    pos = start
    while True:
        glued = gr.GLUED_PARAGRAPH.search(view, pos, end)
        if glued is None:
            return None
        level = glued["level"]
        if level in ("C", "S") and level == ref_bullets.bullet_after(view[start : glued.start()]):
            pos = glued.end() + 1
            continue
        return glued.end()


def build_references(
    ctx: Text, start: int, end: int, *, year: int | None, citing_id: str | None
) -> tuple[Reference, ...]:
    head = gr.REF_KEYWORD.match(ctx.view, start)
    body_start = head.end() if head and head.start() == start else start
    block = ctx.view[body_start:end]
    bullets = ref_bullets.ref_bullets(block)
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
    if _ALL_NOTAL.search(block):  # "... G. STATE 123 ALL NOTAL": every item
        references = [attrs.evolve(r, notal=True) for r in references]
    return tuple(references)


_ALL_NOTAL = re.compile(r"(?i)\bALL\s+\(?NOTAL\)?")


# ---------------------------------------------------------------------- stations


@functools.cache
def _alias_targets() -> frozenset[str]:
    """Origins the alias table maps to, some of which are no Cablegate station
    (``SECDEF``, ``USDOC``, ``USDAFAS``): references to them are cables all the same."""
    return frozenset(tables.station_aliases().values())


def _origin_text(written: str) -> str:
    """A written origin with a digit 0 typed for the letter O read as O (``0TTAWA``)."""
    return written.replace("0", "O")


@text_cache(4096)  # REF lists name the same origins again and again
def _is_station(written: str) -> bool:
    text = _origin_text(written)
    if ids.is_known_origin(text):
        return True
    return _NOT_LETTER.sub("", text.upper()) in _alias_targets()


_NOT_LETTER = re.compile(r"[^A-Z]")
_WORD = re.compile(r"\S+")
_PIECE = re.compile(r"[^;]+")


@text_cache(4096)  # the same few origins are cited again and again
def _known_origin_suffix(origin: str) -> tuple[str, int] | None:
    """The longest run of words at the end of ``origin`` that names a station, and
    the offset where it starts (``IN RESPONSE TO STATE`` -> ``STATE``)."""
    for word in _WORD.finditer(origin):
        if _is_station(origin[word.start() :]):
            return origin[word.start() :], word.start()
    return None


# ------------------------------------------------------------------------- items

#: A cited cable found in an item: where it is (in the item), its year as written,
#: the origin as written and the serial.
_Cite = tuple[int, int, "int | None", str, str]

_KINDS = {
    "email": ReferenceKind.EMAIL,
    "telcon": ReferenceKind.TELCON,
    "report": ReferenceKind.REPORT,
    "book": ReferenceKind.BOOK,
}
# What may stand between a serial and a further serial of the same origin.
_GAP = re.compile(r"(?i)(?:\s|\( *NOTAL *\)|\bNOTAL\b)*")
# Separators and joining words around a document named between cables.
_PART_TRIM = re.compile(r"(?i)^(?:[\s,;:&.-]|AND\b)+|(?:[\s,;:&-]|\bAND)+$")
# The rest of a cable's line, up to a semicolon.
_DESCRIPTION = re.compile(r"[^;\n]*")
# A document named beside cables is a few words; a longer run of text after the
# last cable is body text glued on by a lost newline.
_PART_MAX_WORDS = 12


def _year(written: str | None) -> int | None:
    if not written:
        return None
    return century_year(written.strip("()").replace("O", "0"))


def _kind(text: str) -> ReferenceKind | None:
    match = gr.REFERENCE_KIND_RE.search(text)
    return _KINDS[match.lastgroup] if match and match.lastgroup else None


def _cites(item: str) -> tuple[list[_Cite], bool]:
    """The cables cited in ``item``, and whether it is marked NOTAL."""
    cites: list[_Cite] = []
    notal = False
    pos = 0
    while (m := gr.REF_TOKEN_RE.search(item, pos)) is not None:
        # A rejected token gives its words back: "C 05 OTTAWA 2970" is not the
        # cable "C 05" but the cable "05 OTTAWA 2970" after the bullet C.
        pos = m.start() + 1
        kind = m.lastgroup
        if kind == "notal":
            pos = m.end()
            notal = True
        elif kind == "more":
            # a further serial of the cable just before: "BRASILIA 2799 AND 2764"
            if not cites or not _GAP.fullmatch(item, cites[-1][1], m.start()):
                continue
            pos = m.end()
            _, _, last_year, origin, _ = cites[-1]
            own = _year(m["more_year_a"] or m["more_year_b"])
            cites.append(
                (
                    m.start("more_serial"),
                    m.end(),
                    own if own is not None else last_year,
                    origin,
                    m["more_serial"],
                )
            )
        elif kind == "cable":
            found = _known_origin_suffix(m["origin"])
            if found is None:
                continue
            origin, skipped = found
            a = m.start()
            before = m["year"]
            pos = m.end()
            if skipped:  # words before the station are not part of the reference ...
                if _kind(m["origin"][:skipped]) is ReferenceKind.REPORT:
                    continue  # ... unless they name a report: "INCSR BRAZIL 2008"
                before = None
                a = m.start("origin") + skipped
            written = (
                before
                or m["mid_year"]
                or m["after_year_a"]
                or m["after_year_b"]
                or m["after_year_c"]
            )
            cites.append((a, m.end(), _year(written), origin, m["serial"]))
        elif kind == "rev" and _is_station(m["rev_origin"]):
            pos = m.end()
            cites.append((m.start(), m.end(), None, m["rev_origin"], m["rev_serial"]))
    return cites, notal


def _parts(item: str, start: int, end: int) -> list[tuple[int, int]]:
    """``item[start:end]`` cut at semicolons, each part trimmed of separators."""
    out = []
    for piece in _PIECE.finditer(item[start:end]):
        text = piece.group()
        head = _PART_TRIM.match(text)
        a = head.end() if head else 0
        tail = _PART_TRIM.search(text, a)
        b = tail.start() if tail else len(text)
        if a < b:
            out.append((start + piece.start() + a, start + piece.start() + b))
    return out


def _reference_item(
    ctx: Text,
    start: int,
    end: int,
    letter: str | None,
    year: int | None,
    citing_id: str | None,
) -> list[Reference]:
    span = ctx.span(start, end)
    if not len(span):
        return []
    item = _Item(ctx, span, letter)
    if not item.cites:
        return item.documents()
    found = item.cables(year, citing_id)
    if not found:  # the item cites only the cable itself
        return [item.document(0, len(item.view), ReferenceKind.OTHER, item.text)]
    found.sort(key=lambda pair: pair[0])
    return [reference for _, reference in found]


#: What every match of ``gr.REFERENCE_KIND_RE`` holds (a quick test of a gap).
_MAY_NAME_KIND = re.compile(r"(?i)MAIL|TEL|PHONE|REPORT|IIR|INCSR|TD|FA[MH]")

#: What joins a cable to the next one in an item: "BRASILIA 2799 AND 2764".
_JOINED_ON = re.compile(r"(?i)(?:\s*(?:[,;&]|\bAND\b))+\s*$")


class _Item:
    """One item of a REF block (after its bullet)."""

    def __init__(self, ctx: Text, span: Span, letter: str | None) -> None:
        self.ctx = ctx
        self.span = span
        self.letter = letter
        self.view = span.of(ctx.view)
        self.cites, self.notal = _cites(self.view)

    @functools.cached_property
    def text(self) -> str:
        """The whole item, squashed (made only when a reference takes it: an item of
        a thousand cables never needs it)."""
        return squash(self.view)

    def document(self, a: int, b: int, kind: ReferenceKind, own_text: str) -> Reference:
        """A cited document that is no cable, at ``view[a:b]`` of the item."""
        return Reference(
            letter=self.letter,
            kind=kind,
            year=None,
            origin=None,
            serial=None,
            cable_id=None,
            notal=self.notal,
            text=own_text,
            span=self.ctx.span(self.span.start + a, self.span.start + b),
            item_span=self.span,
        )

    def documents(self) -> list[Reference]:
        """No cable: the item is one document, or several named apart by semicolons
        ("E-Mail Tralala; TELCON ...") when more than one of them says what it is."""
        item = self.view
        parts = _parts(item, 0, len(item))
        kinds = [_kind(item[a:b]) for a, b in parts]
        if sum(k is not None for k in kinds) >= 2:
            return [
                self.document(a, b, kind or ReferenceKind.OTHER, squash(item[a:b]))
                for (a, b), kind in zip(parts, kinds, strict=True)
            ]
        return [self.document(0, len(item), _kind(item) or ReferenceKind.OTHER, self.text)]

    def cables(self, year: int | None, citing_id: str | None) -> list[tuple[int, Reference]]:
        """The cables cited (not the citing cable itself) and the documents named
        between them, each with where it starts in the item."""
        out: list[tuple[int, Reference]] = []
        covered = 0
        gaps: list[tuple[int, int]] = []
        cites = self.cites
        for k, (a, b, ref_year, origin, serial) in enumerate(cites):
            gaps.append((covered, a))
            covered = b
            serial = serial.replace("O", "0")
            effective_year = ref_year if ref_year is not None else year
            written = _origin_text(origin)
            cable_id = (
                ids.make_reference_id(effective_year, written, serial)
                if effective_year is not None
                else None
            )
            if cable_id is not None and cable_id == citing_id:
                continue
            reference = Reference(
                letter=self.letter,
                kind=ReferenceKind.CABLE,
                year=ref_year,
                origin=ids.normalise_origin(written),
                serial=serial,
                cable_id=cable_id,
                notal=self.notal,
                text=self._own_text(k),
                span=self.ctx.span(self.span.start + a, self.span.start + b),
                item_span=self.span,
            )
            out.append((a, reference))
        gaps.append((covered, len(self.view)))
        out.extend(self._between(gaps))
        return out

    def _own_text(self, k: int) -> str:
        """The text of the ``k``-th cable cited: the whole item when it cites one;
        when it cites several, the stretch from the item's start (the first cable) or
        from this cable to the next one, so that a list of a thousand cables does not
        repeat itself a thousand times."""
        cites = self.cites
        if len(cites) == 1:
            return self.text
        start = 0 if k == 0 else cites[k][0]
        end = cites[k + 1][0] if k + 1 < len(cites) else len(self.view)
        own = squash(self.view[start:end])
        if own[-1:] not in (",", ";", "&") and own[-3:].upper() != "AND":
            return own  # nothing joins it to the next one (most cables)
        return _JOINED_ON.sub("", own) or own

    def _between(self, gaps: list[tuple[int, int]]) -> list[tuple[int, Reference]]:
        """Documents named between the cables: "BRASILIA 1124; IIR 6 809 0156 10",
        "BOGOTA 3483 <newline> STEPHENSON-BROWNFIELD E-MAILS".  The rest of a cable's
        line up to a semicolon describes that cable ("09 KL 1016 -- F-5 FOLLOW UP")."""
        item = self.view
        out = []
        for k, (gap_start, gap_end) in enumerate(gaps):
            if _MAY_NAME_KIND.search(item, gap_start, gap_end) is None:
                continue  # no document kind can be named here (most gaps: "B. ")
            if k:
                described = _DESCRIPTION.match(item, gap_start, gap_end)
                gap_start = described.end() if described else gap_start
            for a, b in _parts(item, gap_start, gap_end):
                part = item[a:b]
                kind = _kind(part)
                if kind is not None and len(part.split()) <= _PART_MAX_WORDS:
                    out.append((a, self.document(a, b, kind, squash(part))))
        return out
