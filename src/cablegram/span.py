"""Source positions.

Every value cablegram reads from a document carries a :class:`Span`: the half-open
range ``[start, end)`` of string indices into the text exactly as it was given
(CRLF, tabs and rendering artefacts included).
"""

from __future__ import annotations

import attrs

from cablegram._reduce import pickled_by_fields


@pickled_by_fields
@attrs.frozen(order=True)
class Span:
    """Half-open ``[start, end)`` range of indices into the source text."""

    start: int
    end: int

    def __attrs_post_init__(self) -> None:
        if self.start < 0 or self.end < self.start:
            raise ValueError(f"invalid span [{self.start}, {self.end})")

    def __len__(self) -> int:
        return self.end - self.start

    def of(self, text: str) -> str:
        """Return the slice of ``text`` this span covers."""
        return text[self.start : self.end]

    def shift(self, offset: int) -> Span:
        return Span(self.start + offset, self.end + offset)

    def cover(self, other: Span) -> Span:
        """The smallest span covering both."""
        return Span(min(self.start, other.start), max(self.end, other.end))


def line_col(text: str, offset: int) -> tuple[int, int]:
    """1-based line and column of ``offset`` in ``text``."""
    line = text.count("\n", 0, offset) + 1
    start = text.rfind("\n", 0, offset) + 1
    return line, offset - start + 1


def line_at(text: str, offset: int) -> str:
    """The whole line of ``text`` that contains ``offset`` (without its newline)."""
    start = text.rfind("\n", 0, offset) + 1
    end = text.find("\n", offset)
    if end < 0:
        end = len(text)
    return text[start:end].rstrip("\r")
