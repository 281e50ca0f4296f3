"""The text header after the banner: which line opens, continues or ends which field.

Lines are read in order from the banner: a field keyword opens a field (at a line
start, or glued after a lost newline), a line its rule accepts continues it, a line
before the first field is a caption or handling line, and anything else starts the
body.  The fields themselves are :data:`cablegram.cable.fields.FIELDS`; this module
knows only their order and how lines fall between them (H-10, H-11, H-17, H-25).
"""

from __future__ import annotations

from cablegram._context import Context
from cablegram._text import squash
from cablegram.cable.draft import Draft, FieldSpan, Header
from cablegram.cable.fields import BY_NAME, ORDER, references, tags
from cablegram.cable.fields._common import opens_paragraph
from cablegram.cable.fields.banner import match_banner
from cablegram.cable.fields.captions import build_captions, handling_line
from cablegram.cable.lines import Lines
from cablegram.errors import Severity
from cablegram.grammar import layout as gl
from cablegram.model import TextBlock

#: How many non-blank lines after the banner a header field is looked for.
HEADER_LOOKAHEAD = 30

# What a line did: taken into the header, given back to be read again, or the body.
_TAKEN, _AGAIN, _BODY = "taken", "again", "body"


def read(ctx: Context, draft: Draft) -> None:
    """Captions, handling lines and the header fields from where the banner ends; the
    fields a cut copy of the header has and the full one lacks are taken from it
    (07MOSCOW3012 repeats only banner to TAGS)."""
    reader = HeaderReader(ctx, draft.lines, draft.year)
    draft.body_start = reader.read(draft.header_start, draft.cursor)
    draft.header = reader.header
    if draft.cut_copy is not None:
        first = HeaderReader(ctx, draft.lines, draft.year)
        first.read(*draft.cut_copy)
        draft.header.complete_from(first.header)


def build_later(ctx: Context, draft: Draft) -> None:
    """What needs the cable's own id: the REF items (a REF never cites the cable
    itself) and the TAGS read in the company of the post's country."""
    references.build_later(ctx, draft)
    tags.read_in_context(ctx, draft)


class HeaderReader:
    """One reading of a text header, from a banner to the body."""

    def __init__(self, ctx: Context, lines: Lines, year: int | None) -> None:
        self.ctx = ctx
        self.lines = lines
        self.year = year
        self.header = Header()
        #: The fields found, in order; the last one may still grow.
        self.found: list[FieldSpan] = []
        #: Stretches of text to read before the next line (the banner line's rest, or
        #: the part of a line after a glued keyword).
        self.pending: list[tuple[int, int]] = []
        self.next_line = 0
        self.previous_blank = True
        self.has_fields = False

    def read(self, start: int, i: int) -> int:
        """Read from ``start`` (in line ``i - 1`` or at line ``i``); return the body start."""
        spans, view = self.lines.spans, self.ctx.view
        if i > 0 and start < spans[i - 1][1]:  # text after the banner on its own line
            self.pending.append((start, spans[i - 1][1]))
        self.has_fields = self._fields_ahead(i) or any(
            gl.FIELD_GLUED.search(view, a, b) for a, b in self.pending
        )
        self.next_line = i
        while (segment := self._next_segment()) is not None:
            a, b, at_line = segment
            text = view[a:b]
            if not text.strip():
                self.previous_blank = True
                continue
            step = self._step(a, b, text, at_line)
            if step == _BODY:
                return self._build(a)
            if step == _TAKEN:
                self.previous_blank = False
        return self._build(len(view))

    def _next_segment(self) -> tuple[int, int, bool] | None:
        if self.pending:
            a, b = self.pending.pop(0)
            return a, b, False
        if self.next_line < len(self.lines):
            a, b = self.lines.spans[self.next_line]
            self.next_line += 1
            return a, b, True
        return None

    def _step(self, a: int, b: int, text: str, at_line: bool) -> str:
        if self._opens_field(a, b, text, at_line):
            return _TAKEN
        if self.found:
            if self._continues_field(a, b, text, at_line):
                return _TAKEN
            # A handling line between two fields ("Classified By: ...", "DEPARTMENT
            # FOR WHA, M, T", "E.O. 12958: ...", 08BRASILIA93).
            if at_line and not opens_paragraph(text) and self._field_within(self.next_line, 2):
                handling_line(self.ctx, self.header, a, b)
                return _TAKEN
            return _BODY
        if gl.OPERATING.match(text):  # FL11 "BT" after the banner (H-25)
            self.header.signals.append(TextBlock(text=squash(text), span=self.ctx.span(a, b)))
            return _TAKEN
        if self.has_fields:
            return self._caption_or_handling(a, b, at_line)
        caps = build_captions(self.ctx, a, b)
        if caps is not None:
            self.header.captions.extend(caps)
            return _TAKEN
        return _BODY

    def _opens_field(self, a: int, b: int, text: str, at_line: bool) -> bool:
        """A field keyword at the start of the line (a line's text), or of the segment
        (a glued field's text): a field opens there.  Inside a Classified By line's
        continuation only Classified By opens one."""
        if not at_line:
            # a keyword first in the segment, after its blanks (every keyword starts
            # with a letter): matched there, not searched for in the whole segment
            first = a + len(text) - len(text.lstrip())
            glued = gl.FIELD_GLUED.pattern.match(self.ctx.view, first, b)
            if glued is not None:
                self._open(gl.glued_field(glued), glued.start(), b)
                return True
            return False
        anchor = gl.FIELD_AT_LINE.match(text)
        if anchor is None:
            return False
        kind = anchor.lastgroup or ""
        current = self.found[-1] if self.found else None
        if kind == "clby" or not (current and current.kind == "clby" and not self.previous_blank):
            self._open(kind, a + anchor.start(kind), b)
            return True
        return False

    def _open(self, kind: str, start: int, end: int) -> None:
        self.found.append(FieldSpan(kind, start, end))
        self._split_glued()

    def _continues_field(self, a: int, b: int, text: str, at_line: bool) -> bool:
        current = self.found[-1]
        if (
            current.kind == "eo"
            and at_line
            and not any(f.kind == "tags" for f in self.found)
            and tags.bare_tags_line(text)
        ):
            self.found.append(FieldSpan("tags", a, b))
            return True
        # the banner of a full copy after a cut one ("SUBJECT: RUSSIAN SCIENCE:
        # PUTI..." / "C O N F I D E N T I A L SECTION 01 OF 02 MOSCOW 001974 ...",
        # 07MOSCOW1974) continues no field
        if match_banner(text.strip()) is not None:
            return False
        if not BY_NAME[current.kind].continues(self.ctx, current, text, self.previous_blank):
            return False
        self.found[-1] = FieldSpan(current.kind, current.start, b)
        self._split_glued(since=current.end)
        return True

    def _caption_or_handling(self, a: int, b: int, at_line: bool) -> str:
        """Before the first field: captions (a note in parentheses may go on to the next
        line: "2ND C O R R E C T E D   C O P Y   (ADDED SIPDIS, ..." / "PARA'S 1, 5 & 6
        AND TEXT)", 09STATE99783), else a handling line; a field glued to its end is
        read again on its own."""
        ctx, header = self.ctx, self.header
        caps = None
        closed = self._parenthesis_closed(self.next_line, a, b) if at_line else None
        if closed is not None:
            caps = build_captions(ctx, a, closed[1])
            if caps is not None:
                self.next_line, b = closed
        if caps is None:
            caps = build_captions(ctx, a, b)
        if caps is None:
            glued = gl.FIELD_GLUED.search(ctx.view, a, b)
            if glued is not None:
                at = glued.start()
                if ctx.view[a:at].strip():
                    prefix = build_captions(ctx, a, at)
                    if prefix is not None:
                        header.captions.extend(prefix)
                    else:
                        handling_line(ctx, header, a, at)
                self.pending.insert(0, (at, b))
                return _AGAIN
        if caps is not None:
            header.captions.extend(caps)
        else:
            handling_line(ctx, header, a, b)
        return _TAKEN

    def _split_glued(self, since: int = 0) -> None:
        """Split the last field where a later field's keyword is glued into it.  A
        keyword never spans a line end, so a field that grew by a line is searched
        from where it ended (``since``): what is before was searched already."""
        kind, start, end = self.found[-1]
        view = self.ctx.view
        search_from = max(start + 3, since)
        while True:
            glued = gl.FIELD_GLUED.search(view, search_from, end)
            if glued is None:
                return
            later = gl.glued_field(glued)
            if ORDER[later] <= ORDER[kind] and kind not in BY_NAME[later].may_follow:
                search_from = glued.end()
                continue
            self.found[-1] = FieldSpan(kind, start, glued.start())
            self.found.append(FieldSpan(later, glued.start(), end))
            kind, start = later, glued.start()
            search_from = start + 3

    def _build(self, body_at: int) -> int:
        """Build the fields; returns where the body starts: ``body_at``, or inside the
        last field when text after its end belongs to the body."""
        body_start = None
        last = len(self.found) - 1
        for k, field in enumerate(self.found):
            spec = BY_NAME[field.kind]
            if spec.once and spec.filled(self.header):
                self._duplicate(spec.label, field.start, field.end)
                continue
            found = spec.build(self.ctx, self.header, field, year=self.year, last=k == last)
            if found is not None:
                body_start = found
        return body_at if body_start is None else body_start

    def _duplicate(self, label: str, start: int, end: int) -> None:
        span = self.ctx.span(start, end)
        self.ctx.report(
            "header-repeated",
            f"a second {label}; the first one is used, the second kept as a wrapper block",
            field=label,
            span=span,
            severity=Severity.INFO,
        )
        self.header.repeated.append(TextBlock(text=span.of(self.ctx.raw), span=span))

    def _parenthesis_closed(self, i: int, a: int, b: int) -> tuple[int, int] | None:
        """When ``view[a:b]`` opens a parenthesis it does not close and line ``i``
        closes it: the line after line ``i`` and the end of line ``i``."""
        view, lines = self.ctx.view, self.lines
        if view.count("(", a, b) <= view.count(")", a, b) or i >= len(lines):
            return None
        d = lines.spans[i][1]
        if lines.blank(i) or view.count("(", a, d) != view.count(")", a, d):
            return None
        return i + 1, d

    def _field_within(self, i: int, count: int) -> bool:
        """Whether one of the next ``count`` non-blank lines from line ``i`` opens a
        header field."""
        lines = self.lines
        seen = 0
        while i < len(lines) and seen < count:
            if not lines.blank(i):
                if gl.FIELD_AT_LINE.match(lines.text(i)):
                    return True
                seen += 1
            i += 1
        return False

    def _fields_ahead(self, i: int) -> bool:
        """Whether a header field starts before the body does: caption and handling
        blocks run to a dozen lines or more (09ATHENS1685 has eleven)."""
        seen = 0
        texts = self.lines.texts
        n = len(texts)
        while i < n and seen < HEADER_LOOKAHEAD:
            text = texts[i]
            if text.strip():
                if gl.FIELD_AT_LINE.match(text) or gl.FIELD_GLUED.search(text):
                    return True
                if opens_paragraph(text):
                    return False
                seen += 1
            i += 1
        return False
