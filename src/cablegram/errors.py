"""One hierarchy of errors, and diagnostics as data.

Lenient parsing records problems as :class:`Diagnostic` values on the result;
strict parsing raises the first error-level problem as a :class:`CableSyntaxError`.
All exceptions pickle, so they cross process boundaries in parallel parsing.
"""

from __future__ import annotations

import enum

import attrs

from cablegram.span import Span, line_at, line_col


class Severity(str, enum.Enum):
    """How bad a diagnostic is. ``ERROR`` is what strict mode raises on."""

    ERROR = "error"
    WARNING = "warning"
    INFO = "info"


@attrs.frozen(kw_only=True)
class Diagnostic:
    """A problem found while reading a document.

    ``code`` is a stable, machine-readable identifier (see ``docs/diagnostics.md``);
    ``field`` names the part of the document being read; ``span`` points at the text.
    """

    code: str
    severity: Severity
    message: str
    field: str | None = None
    span: Span | None = None


class CablegramError(Exception):
    """Base class of every error cablegram raises on purpose."""


class CableSyntaxError(CablegramError):
    """A cable does not follow the format (raised in strict mode only).

    Carries the 1-based ``line`` and ``column``, the offending ``line_text``, the
    ``field`` being parsed, the diagnostic ``code`` and the ``span``.
    """

    def __init__(
        self,
        message: str,
        *,
        line: int,
        column: int,
        line_text: str,
        field: str | None = None,
        code: str = "syntax",
        span: Span | None = None,
    ) -> None:
        self.message = message
        self.line = line
        self.column = column
        self.line_text = line_text
        self.field = field
        self.code = code
        self.span = span
        where = f"line {line}, column {column}"
        what = f" while parsing {field}" if field else ""
        super().__init__(f"{message} ({where}{what}): {line_text!r}")

    @classmethod
    def from_diagnostic(cls, diagnostic: Diagnostic, text: str) -> CableSyntaxError:
        offset = diagnostic.span.start if diagnostic.span is not None else 0
        line, column = line_col(text, offset)
        return cls(
            diagnostic.message,
            line=line,
            column=column,
            line_text=line_at(text, offset),
            field=diagnostic.field,
            code=diagnostic.code,
            span=diagnostic.span,
        )

    def __reduce__(self) -> tuple[object, ...]:
        return (
            _rebuild_syntax_error,
            (
                self.message,
                self.line,
                self.column,
                self.line_text,
                self.field,
                self.code,
                self.span,
            ),
        )


def _rebuild_syntax_error(
    message: str,
    line: int,
    column: int,
    line_text: str,
    field: str | None,
    code: str,
    span: Span | None,
) -> CableSyntaxError:
    return CableSyntaxError(
        message,
        line=line,
        column=column,
        line_text=line_text,
        field=field,
        code=code,
        span=span,
    )


class UnknownFormatError(CablegramError):
    """The input is not in any format cablegram reads."""
