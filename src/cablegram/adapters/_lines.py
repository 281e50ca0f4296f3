"""What the page and news adapters share: lines with offsets, the policy, problems.

Both formats are read line by line with ``re``.  Rules run on a *view* of the text
of exactly the same length in which carriage returns, tabs, control characters and
odd spaces are blanked, so that every offset found in the view is an offset into
the text as given.
"""

from __future__ import annotations

import html
import re
from typing import NamedTuple

from cablegram._context import Context
from cablegram._text import squash
from cablegram.errors import CablegramError, Diagnostic, DocumentTextError, Severity
from cablegram.model import TextBlock, Unparsed
from cablegram.span import Span

# Characters the view turns into a plain space (never "\n": lines stay lines).
_SPACES = (
    [chr(c) for c in range(0x20) if c != 0x0A]
    + [chr(c) for c in range(0x7F, 0xA1)]
    + ["\u1680", "\u2028", "\u2029", "\u202f", "\u205f", "\u3000", "\ufeff"]
    + [chr(c) for c in range(0x2000, 0x200B)]
)
_VIEW_TABLE = str.maketrans(dict.fromkeys(_SPACES, " "))

# An HTML entity with its semicolon: ``&#39;``, ``&quot;``, ``&amp;``.  The
# semicolon is required so that ``&copy=2`` inside a URL stays as it is.
_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
# Wiki italics as the news site's older items carry them: ''Sewol''.
_WIKI_ITALIC = re.compile(r"''(?!')(.+?)''")


def make_view(text: str) -> str:
    """``text`` with every non-newline control or space character made a space."""
    return text.translate(_VIEW_TABLE)


def unescape(text: str) -> str:
    """Decode HTML entities that end with a semicolon, and nothing else."""
    if "&" not in text:
        return text
    return _ENTITY.sub(lambda m: html.unescape(m.group(0)), text)


def clean_markdown(text: str) -> str:
    """The value of a markdown text: entities decoded, wiki italics as quotes
    (the site's own later versions write ``"Sewol"`` for ``''Sewol''``), spaces squashed."""
    return squash(_WIKI_ITALIC.sub(r'"\1"', unescape(text)))


def looks_binary(text: str) -> bool:
    """A NUL, or more than one character in twenty a control or replacement character."""
    if "\x00" in text:
        return True
    odd = sum(1 for ch in text if (ch < " " and ch not in "\t\n\r\f\v") or ch == "\ufffd")
    return odd * 20 > len(text)


class Line(NamedTuple):
    """One line of the view: ``[start, end)`` without its newline, and its text."""

    number: int
    start: int
    end: int
    text: str

    @property
    def stripped(self) -> str:
        return self.text.strip()

    @property
    def lead(self) -> int:
        """The offset of the line's first non-blank character (where ``stripped`` starts)."""
        return self.start + len(self.text) - len(self.text.lstrip())

    @property
    def blank(self) -> bool:
        return not self.text.strip()


# What each kind of document is called in messages.
_NAMES = {"page": "a government page", "news": "a news item", "news-day": "a news day page"}


class Reader(Context):
    """One read of one document: the text, its view, the policy and the problems
    (spans, reports and unparsed text as in the cable parser's :class:`Context`)."""

    def __init__(self, raw: str, *, kind: str, strict: bool, source: str | None) -> None:
        super().__init__(raw, make_view(raw), strict=strict)
        self.source = source
        self.kind = kind

    # -- positions -----------------------------------------------------------
    def lines(self) -> list[Line]:
        found: list[Line] = []
        start = 0
        for number, text in enumerate(self.view.split("\n")):
            found.append(Line(number, start, start + len(text), text))
            start += len(text) + 1
        return found

    def at(self, line: Line, m: re.Match[str], group: str | int = 0) -> Span:
        """The span of a group of ``m``, a match on ``line.stripped``."""
        return self.span(line.lead + m.start(group), line.lead + m.end(group))

    def plain(self, start: int, end: int) -> TextBlock:
        """A text block of plain text: white space squashed."""
        span = self.span(start, end)
        return TextBlock(text=squash(span.of(self.view)), span=span)

    def markdown(self, start: int, end: int) -> TextBlock:
        """A text block of markdown text (see :func:`clean_markdown`)."""
        span = self.span(start, end)
        return TextBlock(text=clean_markdown(span.of(self.view)), span=span)

    # -- problems ------------------------------------------------------------
    def error(self, diagnostic: Diagnostic) -> CablegramError:
        """Strict mode raises :class:`DocumentTextError` for these documents."""
        return DocumentTextError.from_diagnostic(
            diagnostic, self.raw, kind=self.kind, source=self.source
        )

    def check_input(self) -> bool:
        """False (with an error) when there is nothing to read: empty or binary text."""
        if not self.view.strip():
            self.report(
                "empty",
                f"the text is empty: not {_NAMES.get(self.kind, self.kind)}",
                field=self.kind,
                span=Span(0, len(self.raw)),
                severity=Severity.ERROR,
            )
            return False
        if looks_binary(self.raw):
            self.report(
                "binary",
                f"binary data, not the text of {_NAMES.get(self.kind, self.kind)}",
                field=self.kind,
                span=Span(0, len(self.raw)),
                severity=Severity.ERROR,
            )
            self.unparsed.append(
                Unparsed(text=self.raw, span=Span(0, len(self.raw)), context=self.kind)
            )
            return False
        return True
