"""One read of one document: the text, its view, the policy, and where problems go.

The cable core and the page and news readers share it.  Rules run on the *view*, a
string of the same length as the text in which layout artefacts are blanked, so
that every offset found in it is an offset into the text as given.
"""

from __future__ import annotations

import bisect
import contextlib
import re
from collections.abc import Iterator, Sequence
from typing import Any, Protocol

from cablegram._text import make_view
from cablegram.errors import CablegramError, CableSyntaxError, Diagnostic, Severity
from cablegram.grammar import Grammar, Hit
from cablegram.model import Unparsed
from cablegram.span import Span

_BLANK_BUT_NEWLINES = re.compile(r"[^\n]")
#: White space, as str.isspace() says (the regex engine asks the same question).
_SPACES = re.compile(r"\s*")


def masked_view(view: str, spans: list[tuple[int, int]]) -> tuple[str, list[tuple[int, int]]]:
    """``view`` with the ordered ``spans`` blanked but for their line breaks, and the
    spans blanked (an overlap is blanked once)."""
    pieces: list[str] = []
    masked: list[tuple[int, int]] = []
    pos = 0
    for span_start, span_end in spans:
        start = max(span_start, pos)
        if start >= span_end:
            continue
        pieces.append(view[pos:start])
        pieces.append(_BLANK_BUT_NEWLINES.sub(" ", view[start:span_end]))
        masked.append((start, span_end))
        pos = span_end
    pieces.append(view[pos:])
    return "".join(pieces), masked


def trimmed(view: str, start: int, end: int) -> Span:
    """The span of ``[start, end)`` trimmed of surrounding white space in ``view``."""
    if start < end and view[start].isspace():
        found = _SPACES.match(view, start, end)  # always matches: \s* may be empty
        start = found.end() if found is not None else start
    if end > start and view[end - 1].isspace():
        end = start + len(view[start:end].rstrip())
    return Span(start, end)


class Text(Protocol):
    """What text is read from: the parse's :class:`Context`, or after the parse its
    :class:`Source` (for values computed when first read)."""

    @property
    def raw(self) -> str: ...

    @property
    def view(self) -> str: ...

    def span(self, start: int, end: int) -> Span: ...

    def blanks_text(self, start: int, end: int) -> bool: ...


def _overlaps(masked: Sequence[tuple[int, int]], start: int, end: int) -> bool:
    """Whether one of the ordered, disjoint spans ``masked`` meets ``[start, end)``."""
    k = bisect.bisect_left(masked, (start, -1))
    if k > 0 and masked[k - 1][1] > start:
        return True
    return k < len(masked) and masked[k][0] < end


class Source:
    """A text and the page markers masked in its view: what the text of a paragraph
    or a summary is read from when it is first asked for (:mod:`cablegram._lazy`).
    The view is made again from the text, once, when it is needed."""

    __slots__ = ("_links", "_masked", "_view", "raw")

    def __init__(self, raw: str, masked: tuple[tuple[int, int], ...], *, links: bool) -> None:
        self.raw = raw
        self._masked = masked
        self._links = links
        self._view: str | None = None

    def __reduce__(self) -> tuple[Any, ...]:
        """Pickled without its view (made again where it is read)."""
        return (_source, (self.raw, self._masked, self._links))

    @property
    def view(self) -> str:
        if self._view is None:
            self._view = masked_view(make_view(self.raw), list(self._masked))[0]
        return self._view

    def span(self, start: int, end: int) -> Span:
        """See :meth:`Context.span`."""
        return trimmed(self.view, start, end)

    def blanks_text(self, start: int, end: int) -> bool:
        """See :meth:`Context.blanks_text`."""
        return self._links or _overlaps(self._masked, start, end)


def _source(raw: str, masked: tuple[tuple[int, int], ...], links: bool) -> Source:
    return Source(raw, masked, links=links)


class Context:
    """Everything a builder needs: positions, the policy, and where problems go."""

    def __init__(self, raw: str, view: str, *, strict: bool) -> None:
        self.raw = raw
        self.view = view
        self.strict = strict
        self.diagnostics: list[Diagnostic] = []
        self.unparsed: list[Unparsed] = []
        #: The spans :meth:`mask` blanked, in order.
        self.masked: list[tuple[int, int]] = []
        self._links: bool | None = None  # whether the text has markdown link artefacts
        self._source: Source | None = None
        #: What a reader keeps between calls of one parse (a field's bullets read so
        #: far, as the field grows line by line), by a key of the reader's own.
        self.memo: dict[object, object] = {}

    # -- positions -----------------------------------------------------------
    def span(self, start: int, end: int) -> Span:
        """A span of ``[start, end)`` trimmed of surrounding white space in the view."""
        return trimmed(self.view, start, end)

    def mask(self, spans: list[Span]) -> None:
        """Blank ``spans`` in the view (page markers), keeping its length and lines."""
        ordered = sorted((s.start, s.end) for s in spans)
        self.view, masked = masked_view(self.view, ordered)
        self.masked.extend(masked)

    def blanks_text(self, start: int, end: int) -> bool:
        """Whether the view blanks text of ``[start, end)`` that is more than white
        space, ``¶`` and line-end backslashes: a masked page marker or a markdown link
        artefact (``[1](#)``)."""
        return self._has_links() or _overlaps(self.masked, start, end)

    def _has_links(self) -> bool:
        """Whether the text has markdown link artefacts (looked for once)."""
        if self._links is None:
            self._links = "](#)" in self.raw
        return self._links

    def snapshot(self) -> Source:
        """The text and its masked spans, to read body text from after the parse
        (without keeping the view alive: it is made again when first needed)."""
        if self._source is None:
            self._source = Source(self.raw, tuple(self.masked), links=self._has_links())
        return self._source

    def text(self, start: int, end: int) -> str:
        return self.view[start:end]

    # -- problems ------------------------------------------------------------
    @contextlib.contextmanager
    def quiet(self) -> Iterator[None]:
        """Try a builder without a trace: what it reports or keeps unparsed inside
        the block is dropped, and strict mode does not raise there."""
        saved = (self.diagnostics, self.unparsed, self.strict)
        self.diagnostics, self.unparsed, self.strict = [], [], False
        try:
            yield
        finally:
            self.diagnostics, self.unparsed, self.strict = saved

    def report(
        self,
        code: str,
        message: str,
        *,
        field: str,
        span: Span | None,
        severity: Severity = Severity.WARNING,
    ) -> None:
        diagnostic = Diagnostic(
            code=code, severity=severity, message=message, field=field, span=span
        )
        if self.strict and severity is Severity.ERROR:
            raise self.error(diagnostic)
        self.diagnostics.append(diagnostic)

    def error(self, diagnostic: Diagnostic) -> CablegramError:
        """The exception strict mode raises for an error diagnostic."""
        return CableSyntaxError.from_diagnostic(diagnostic, self.raw)

    def keep_unparsed(
        self,
        start: int,
        end: int,
        *,
        context: str,
        code: str,
        message: str | None = None,
        error_at: int | None = None,
    ) -> None:
        """Record text no rule matched (an error: strict mode raises here)."""
        span = self.span(start, end)
        if not len(span):
            return
        where = (
            span if error_at is None else Span(min(max(error_at, span.start), span.end), span.end)
        )
        self.report(
            code,
            message or f"no rule for this text in the {context}",
            field=context,
            span=where,
            severity=Severity.ERROR,
        )
        self.unparsed.append(Unparsed(text=span.of(self.raw), span=span, context=context))

    def parse(self, grammar: Grammar, start: int, end: int, *, field: str) -> Hit | None:
        """Run ``grammar`` over ``view[start:end]``; on failure record and return None."""
        text = self.view[start:end]
        found = grammar.match(text)
        if found is None:
            exc = grammar.error(text)
            self.keep_unparsed(
                start,
                end,
                context=field,
                code=f"{field}-syntax",
                message=f"{exc.msg} in the {field}",
                error_at=start + exc.loc,
            )
        return found
