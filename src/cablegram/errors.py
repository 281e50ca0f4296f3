"""One hierarchy of errors, and diagnostics as data.

Lenient parsing records problems as :class:`Diagnostic` values on the result;
strict parsing raises the first error-level problem as a :class:`CableSyntaxError`.
All exceptions pickle, so they cross process boundaries in parallel parsing.
"""

from __future__ import annotations

import enum
from typing import Any

import attrs

from cablegram._reduce import pickled_by_fields, pickled_by_name
from cablegram.span import Span, line_at, line_col


@pickled_by_name
class Severity(str, enum.Enum):
    """How bad a diagnostic is. ``ERROR`` is what strict mode raises on."""

    ERROR = "error"
    WARNING = "warning"
    INFO = "info"


@pickled_by_fields
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


def _position(diagnostic: Diagnostic, text: str) -> dict[str, Any]:
    """Where a diagnostic points in ``text``, and what it says, as the keyword
    arguments of the syntax errors: line, column, line_text, field, code, span."""
    offset = diagnostic.span.start if diagnostic.span is not None else 0
    line, column = line_col(text, offset)
    return {
        "line": line,
        "column": column,
        "line_text": line_at(text, offset),
        "field": diagnostic.field,
        "code": diagnostic.code,
        "span": diagnostic.span,
    }


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
        return cls(diagnostic.message, **_position(diagnostic, text))

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
            self.__dict__.copy(),  # notes added on the way (add_note) travel too
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


class InputTooLargeError(CablegramError):
    """A file is larger than the reader was told to read (``max_size``); it is
    refused before it is read into memory."""

    def __init__(self, source: str, size: int, limit: int) -> None:
        self.source, self.size, self.limit = source, size, limit
        super().__init__(f"{source}: {size:,} bytes, more than the {limit:,} allowed")

    def __reduce__(self) -> tuple[object, ...]:
        return (InputTooLargeError, (self.source, self.size, self.limit), self.__dict__.copy())


class SourceError(CablegramError):
    """A file, folder or archive member that could not be read (it does not exist,
    it may not be opened, an archive is damaged): its ``source`` and why."""

    def __init__(self, source: str, reason: str) -> None:
        self.source, self.reason = source, reason
        super().__init__(f"{source}: {reason}")

    def __reduce__(self) -> tuple[object, ...]:
        return (SourceError, (self.source, self.reason), self.__dict__.copy())


#: The largest document read unless told otherwise (``max_size=``, the CLI's
#: ``--max-size``), in bytes: ten times the longest cable of the release.
MAX_DOCUMENT_BYTES = 10 * 2**20


class DocumentSyntaxError(CablegramError):
    """A wrapper document is not what its reader expects.

    Raised for the documents that carry cables or other texts rather than for the
    texts themselves: a WikiLeaks page with no cable on it, a ``cables.csv`` row
    with too few columns (strict mode), or a ``cables.csv`` row that cannot be read
    (a field longer than ``max_field``) or a file with no rows (handed to the
    stream's ``errors`` policy).
    ``code`` is the diagnostic code lenient mode records instead; ``source`` names
    the document (a path, a URL) and ``line`` the 1-based line or row where the
    problem is, when known.
    """

    def __init__(
        self,
        message: str,
        *,
        code: str = "document-syntax",
        source: str | None = None,
        line: int | None = None,
    ) -> None:
        self.message = message
        self.code = code
        self.source = source
        self.line = line
        where = ", ".join(
            part for part in (source or "", f"line {line}" if line is not None else "") if part
        )
        super().__init__(f"{message} ({where})" if where else message)

    def __reduce__(self) -> tuple[object, ...]:
        return (
            _rebuild_document_error,
            (type(self), self.message, self.code, self.source, self.line),
            self.__dict__.copy(),
        )


def _rebuild_document_error(
    cls: type[DocumentSyntaxError],
    message: str,
    code: str,
    source: str | None,
    line: int | None,
) -> DocumentSyntaxError:
    return cls(message, code=code, source=source, line=line)


class DocumentTextError(DocumentSyntaxError):
    """A government page or a news item does not follow its format (strict mode only).

    Beside :class:`DocumentSyntaxError`'s ``message``, ``code``, ``source`` and
    ``line`` it carries what :class:`CableSyntaxError` does: the 1-based ``column``,
    the offending ``line_text``, the ``field`` being read and the ``span``; and
    ``kind``, the kind of document being read (``"page"``, ``"news"``, ``"news-day"``).
    """

    def __init__(
        self,
        message: str,
        *,
        kind: str,
        line: int,
        column: int,
        line_text: str,
        field: str | None = None,
        code: str = "syntax",
        span: Span | None = None,
        source: str | None = None,
    ) -> None:
        super().__init__(message, code=code, source=source, line=line)
        self.kind = kind
        self.column = column
        self.line_text = line_text
        self.field = field
        self.span = span
        where = ", ".join(part for part in (source, f"line {line}, column {column}") if part)
        self.args = (f"{message} ({kind}, {where}): {line_text!r}",)

    @classmethod
    def from_diagnostic(
        cls, diagnostic: Diagnostic, text: str, *, kind: str, source: str | None = None
    ) -> DocumentTextError:
        return cls(diagnostic.message, kind=kind, source=source, **_position(diagnostic, text))

    def __reduce__(self) -> tuple[object, ...]:
        fields = {
            "kind": self.kind,
            "line": self.line,
            "column": self.column,
            "line_text": self.line_text,
            "field": self.field,
            "code": self.code,
            "span": self.span,
            "source": self.source,
        }
        return (_rebuild_text_error, (self.message, fields), self.__dict__.copy())


def _rebuild_text_error(message: str, fields: dict[str, Any]) -> DocumentTextError:
    return DocumentTextError(message, **fields)
