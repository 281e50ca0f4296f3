"""The ``cables.csv`` release of August 2011, streamed as cables.

Eight unnamed columns per row: the row number, the date (``12/28/1966 18:48`` or
``1966-12-28 18:48:00``), the reference id, the origin (``Embassy Buenos Aires``),
the classification, the referenced ids (separated by ``|`` or spaces), the
transmission header and the text.  The file is a MySQL dump: fields are enclosed in
``"`` and escaped with a backslash (``\\"``, ``\\'``, ``\\\\``, and a backslash
before a newline inside a field), a NULL is ``\\N`` outside quotes, and some texts
are far larger than the csv module's default field limit.

:func:`read_cables_csv` reads the rows one at a time with a reader of its own
that splits them as the csv module does with this dialect (``"`` quotes, ``\\``
escapes, no doubled quotes, CR LF, LF and a lone CR all ending a line).  It does not
use the csv module, so the module's process-wide ``csv.field_size_limit`` is never
read or changed; its own limit is per call: ``max_field`` characters per field
(:data:`MAX_FIELD` unless told), and the text is read in pieces, so a field without
its closing quote costs at most that much memory however long the file is.
"""

from __future__ import annotations

import bz2
import datetime as dt
import gzip
import io
import lzma
import os
import re
from collections.abc import Callable, Generator, Iterator
from typing import IO, Any, Literal, TypeVar, cast, overload

import attrs

from cablegram._encoding import decode
from cablegram.cable import parse_cable
from cablegram.errors import (
    CablegramError,
    CableSyntaxError,
    Diagnostic,
    DocumentSyntaxError,
    Severity,
)
from cablegram.model import Cable, DateSource

__all__ = ["MAX_FIELD", "CablesCsvReader", "read_cables_csv"]

COLUMNS = 8
#: The longest field read unless ``max_field=`` says otherwise, in characters
#: (16 Mi); the biggest cable texts of the release are a few megabytes.
MAX_FIELD = 2**24

ErrorPolicy = Literal["raise", "yield", "collect"]
_POLICIES = ("raise", "yield", "collect")

_DATE_FORMATS = ("%m/%d/%Y %H:%M", "%Y-%m-%d %H:%M:%S", "%Y-%m-%d %H:%M", "%m/%d/%Y %H:%M:%S")
_REFERENCE_SPLIT = re.compile(r"[|\s,;]+")
#: A row number: ASCII digits only (``str.isdigit`` also takes ``²`` and ``١``).
_ROW_NUMBER = re.compile(r"[0-9]+")


T = TypeVar("T")


class CablesCsvReader(Iterator[T]):
    """The stream :func:`read_cables_csv` returns: iterate over it for the cables.

    ``collected`` holds the problems left out of the stream with
    ``errors="collect"``; ``rows`` counts the rows read so far.  A file the reader
    opened is closed when the stream is exhausted or closed (``close()``, or use the
    reader as a context manager).
    """

    def __init__(
        self,
        path_or_file: str | os.PathLike[str] | IO[str] | IO[bytes],
        *,
        strict: bool,
        errors: ErrorPolicy,
        max_field: int = MAX_FIELD,
    ) -> None:
        self.collected: list[CablegramError] = []
        self.rows = 0
        self._strict = strict
        self._errors = errors
        self._max_field = max_field
        self._items = self._stream(path_or_file)

    def __iter__(self) -> CablesCsvReader[T]:
        return self

    def __next__(self) -> T:
        return cast(T, next(self._items))

    def close(self) -> None:
        self._items.close()

    def __enter__(self) -> CablesCsvReader[T]:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _stream(
        self, path_or_file: str | os.PathLike[str] | IO[str] | IO[bytes]
    ) -> Generator[Cable | CablegramError, None, None]:
        handle, name, done = _open(path_or_file)
        try:
            for line, row in _rows(handle, name, max_field=self._max_field):
                outcome: Cable | CablegramError
                if isinstance(row, CablegramError):
                    outcome = row
                else:
                    self.rows += 1
                    outcome = row_outcome(row, name=name, line=line, strict=self._strict)
                if isinstance(outcome, Cable):
                    yield outcome
                else:
                    yield from self._problem(outcome)
            if self.rows == 0:
                empty = DocumentSyntaxError("the file has no rows", code="csv-empty", source=name)
                yield from self._problem(empty)
        finally:
            done()

    def _problem(self, error: CablegramError) -> Iterator[CablegramError]:
        if self._errors == "raise":
            raise error
        if self._errors == "yield":
            yield error
        else:
            self.collected.append(error)


@overload
def read_cables_csv(
    path_or_file: str | os.PathLike[str] | IO[str] | IO[bytes],
    *,
    strict: bool = False,
    errors: Literal["raise", "collect"] = "collect",
    max_field: int = MAX_FIELD,
) -> CablesCsvReader[Cable]: ...


@overload
def read_cables_csv(
    path_or_file: str | os.PathLike[str] | IO[str] | IO[bytes],
    *,
    strict: bool = False,
    errors: Literal["yield"],
    max_field: int = MAX_FIELD,
) -> CablesCsvReader[Cable | CablegramError]: ...


def read_cables_csv(
    path_or_file: str | os.PathLike[str] | IO[str] | IO[bytes],
    *,
    strict: bool = False,
    errors: ErrorPolicy = "collect",
    max_field: int = MAX_FIELD,
) -> CablesCsvReader[Any]:
    """Stream the rows of a ``cables.csv`` file as :class:`~cablegram.Cable` objects.

    ``path_or_file`` is a path or an open file (text opened with ``newline=""``, or
    binary, read as UTF-8).  Each row's text is its header, a blank line and its
    body, parsed by :func:`cablegram.parse_cable` with the row's year and reference
    id as hints.  ``cable.metadata`` keeps the row: ``row``, ``date`` (as written),
    ``ref_id``, ``origin``, ``classification``, ``references`` (the ids joined with
    ``|``) and ``source`` (``<file> row <n>``).  Blank lines between rows are not
    rows.

    ``strict`` decides whether a problem is an exception: with ``strict=True`` a
    row that does not have eight columns, or a date that cannot be read, is a
    :class:`~cablegram.errors.DocumentSyntaxError` and an error in its text a
    :class:`~cablegram.errors.CableSyntaxError`; otherwise the row is a cable with
    the problem on ``cable.diagnostics``.  ``errors`` decides what the stream does
    with an exception from a row (or from the file: an empty file, a field longer
    than ``max_field``): ``"raise"`` it, ``"yield"`` it in the row's place, or
    ``"collect"`` it on the stream's ``collected`` list and go on.  Nothing is
    skipped silently.

    ``max_field`` is the most characters a field may have (:data:`MAX_FIELD`
    unless told; the ninth and later columns of a row count as one field, as they
    are joined into the body).  A row with a longer field is a ``csv-syntax``
    error, and reading goes on at the next row.  The csv module's process-wide
    ``csv.field_size_limit`` is neither used nor changed.
    """
    if errors not in _POLICIES:
        raise ValueError(f"errors must be one of {', '.join(_POLICIES)}, not {errors!r}")
    if isinstance(max_field, bool) or not isinstance(max_field, int) or max_field < 1:
        raise ValueError(f"max_field must be a positive number of characters, not {max_field!r}")
    return CablesCsvReader(path_or_file, strict=strict, errors=errors, max_field=max_field)


# ------------------------------------------------------------------ the file


def _open(
    path_or_file: str | os.PathLike[str] | IO[str] | IO[bytes],
) -> tuple[IO[str], str, Callable[[], object]]:
    """A text handle on the input, its name, and what to do when done: close a file
    we opened, detach from the caller's binary file the wrapper we put on it."""
    if isinstance(path_or_file, (str, os.PathLike)):
        path = os.fspath(path_or_file)
        raw = open(path, "rb")  # noqa: SIM115
        binary = decompressed(raw)
        # bytes that are not UTF-8 are kept as escapes and read as cp1252 row by row
        handle = io.TextIOWrapper(binary, encoding="utf-8", errors="surrogateescape", newline="")

        def close() -> None:
            handle.close()  # a decompressor leaves the file it reads open
            raw.close()

        return handle, os.path.basename(path), close
    name = getattr(path_or_file, "name", None)
    label = os.path.basename(name) if isinstance(name, str) else "cables.csv"
    if not isinstance(path_or_file, io.TextIOBase) and isinstance(path_or_file.read(0), bytes):
        binary = cast("IO[bytes]", path_or_file)
        text = io.TextIOWrapper(binary, encoding="utf-8", errors="surrogateescape", newline="")
        return cast("IO[str]", text), label, text.detach
    return cast("IO[str]", path_or_file), label, lambda: None


#: Compressed files by their first bytes: gzip, bzip2, xz.
_MAGIC: tuple[tuple[bytes, Callable[[Any], Any]], ...] = (
    (b"\x1f\x8b", lambda raw: gzip.GzipFile(fileobj=raw)),
    (b"BZh", lambda raw: bz2.BZ2File(raw)),
    (b"\xfd7zXZ\x00", lambda raw: lzma.LZMAFile(raw)),  # noqa: SIM115
)


def decompressed(raw: IO[bytes]) -> IO[bytes]:
    """``raw`` (a file opened for reading bytes), or its content when it is gzip,
    bzip2 or xz (``cables.csv.gz``: told by its first bytes, not its name)."""
    buffered: Any = raw if isinstance(raw, io.BufferedReader) else io.BufferedReader(raw)
    head = buffered.peek(6)[:6]
    for magic, opener in _MAGIC:
        if head.startswith(magic):
            return cast("IO[bytes]", opener(buffered))
    return cast("IO[bytes]", buffered)


def scan_rows(
    path: str | os.PathLike[str], *, max_field: int = MAX_FIELD
) -> Iterator[tuple[int, _Row | DocumentSyntaxError]]:
    """The rows of the cables.csv file at ``path`` (compressed or not), each with the
    line it starts on, unparsed (:func:`row_outcome` parses one), or the problem
    that stopped the reading; an empty file is one ``csv-empty`` problem."""
    handle, name, done = _open(path)
    try:
        count = 0
        for line, row in _rows(handle, name, max_field=max_field):
            count += isinstance(row, _Row)
            yield line, row
        if count == 0:
            yield 0, DocumentSyntaxError("the file has no rows", code="csv-empty", source=name)
    finally:
        done()


def _rows(
    handle: IO[str], name: str, *, max_field: int
) -> Iterator[tuple[int, _Row | DocumentSyntaxError]]:
    """(line where the row starts, the row or the problem reading the file), blank
    lines left out."""
    scanner = _Scanner(handle, max_field)
    rows = scanner.rows()
    while True:
        try:
            row = next(rows)
        except StopIteration:
            return
        except UnicodeDecodeError as exc:  # a text file opened by the caller
            message = f"the file is not in its declared encoding: {exc}"
            line = scanner.start
            yield line, DocumentSyntaxError(message, code="csv-encoding", source=name, line=line)
            return
        yield row.line, row


# ------------------------------------------------------------------ splitting rows

#: How much text is read at a time.
_CHUNK = 1 << 16
#: A run of text with nothing to decide in it, outside and inside quotes.
_UNQUOTED_RUN = re.compile(r"[^,\\\r\n]+")
_QUOTED_RUN = re.compile(r'[^"\\]+')
# Where the scanner is: at the start of a row, at the start of a field, in a field
# without quotes, in one with quotes, after a backslash outside or inside quotes,
# and done with the row.
_ROW, _FIELD, _UNQUOTED, _QUOTED, _ESCAPE, _QUOTED_ESCAPE, _DONE = range(7)


class _Row:
    """One row as read: the line it starts on, its fields and how many there were.

    The eighth and later fields are joined with commas into the eighth (most likely
    a body cut into columns by a stray quote: all of it is kept), and count as one
    field for the limit.  A row with a field over the limit keeps no text at all.
    """

    __slots__ = ("_tail", "_tail_size", "count", "fields", "limit", "line", "too_long")

    def __init__(self, line: int, limit: int) -> None:
        self.line = line
        self.limit = limit
        self.fields: list[str] = []
        self.count = 0
        self.too_long = False
        self._tail: list[str] = []
        self._tail_size = -1  # no comma before the first part

    def add(self, field: str, too_long: bool) -> None:
        """Add the next field (``too_long``: it was over the limit, and left out)."""
        self.count += 1
        self.too_long = self.too_long or too_long
        if self.too_long:
            self.fields, self._tail = [], []
        elif self.count < COLUMNS:
            self.fields.append(field)
        else:
            self._tail.append(field)
            self._tail_size += len(field) + 1
            self.too_long = self._tail_size > self.limit

    def finish(self) -> None:
        """Join the eighth and later fields into one."""
        if self._tail and not self.too_long:
            self.fields.append(",".join(self._tail))
        self._tail = []


class _Scanner:
    """Split the dump's text into rows as the csv module does with its dialect:
    ``"`` quotes (text after the closing quote joins the field), a backslash before
    any character (a newline too) takes it as text, and at the very end of the input
    stands for a newline; CR LF, LF and a lone CR end a line.  ``\\N`` as a whole
    field outside quotes is a NULL, read as an empty field (a row that is one NULL
    is a blank line).  The text is read in pieces of :data:`_CHUNK` characters, and
    a field stops growing past the limit, so memory stays bounded."""

    def __init__(self, handle: IO[str], limit: int) -> None:
        self.start = 1  # the line the row being read starts on
        self._handle = handle
        self._limit = limit
        self._buffer = ""
        self._pos = 0
        self._end = False
        self._counted = 0  # lines are counted in the buffer up to here
        self._lines = 0
        self._after_cr = False
        self._parts: list[str] = []
        self._size = 0

    def rows(self) -> Iterator[_Row]:
        """The rows, blank lines left out."""
        while self._ahead(1):
            self._count()
            self.start = self._lines + 1
            row = _Row(self.start, self._limit)
            state = _ROW
            while state != _DONE:
                state = self._step(state, row)
            if row.count:
                row.finish()
                yield row

    def _step(self, state: int, row: _Row) -> int:
        if state in (_ROW, _FIELD):
            return self._field_start(state, row)
        if state == _UNQUOTED:
            return self._unquoted(row)
        if state == _QUOTED:
            return self._quoted()
        return self._escaped(state, row)

    def _field_start(self, state: int, row: _Row) -> int:
        ahead = self._ahead(4)
        if not ahead:
            if state == _FIELD:
                self._save(row)
            return _DONE
        if ahead[:2] == "\\N" and (len(ahead) == 2 or ahead[2] in ",\n" or ahead[2:] == "\r\n"):
            self._pos += 2  # a NULL: as if it were not there
            return state
        char = ahead[0]
        if char in "\r\n":
            if state == _FIELD:
                self._save(row)
            return self._line_end()
        if char == ",":
            self._pos += 1
            self._save(row)
            return _FIELD
        if char == '"':
            self._pos += 1
            return _QUOTED
        if char == "\\":
            self._pos += 1
            return _ESCAPE
        return _UNQUOTED

    def _unquoted(self, row: _Row) -> int:
        run = _UNQUOTED_RUN.match(self._buffer, self._pos)
        if run is not None:
            self._add(run.group())
            self._pos = run.end()
        char = self._ahead(1)
        if not char or char in "\r\n":
            self._save(row)
            return self._line_end() if char else _DONE
        if char == ",":
            self._pos += 1
            self._save(row)
            return _FIELD
        if char == "\\":
            self._pos += 1
            return _ESCAPE
        return _UNQUOTED  # the run goes on in the next piece of text

    def _quoted(self) -> int:
        run = _QUOTED_RUN.match(self._buffer, self._pos)
        if run is not None:
            self._add(run.group())
            self._pos = run.end()
        char = self._ahead(1)
        if char == '"':
            self._pos += 1
            return _UNQUOTED
        if char == "\\":
            self._pos += 1
            return _QUOTED_ESCAPE
        return _QUOTED if char else _UNQUOTED  # at the end, the field ends as it is

    def _escaped(self, state: int, row: _Row) -> int:
        char = self._ahead(1)
        if not char:  # a backslash at the very end of the input stands for a newline
            self._add("\n")
            self._save(row)
            return _DONE
        self._pos += 1
        self._add(char)
        return _QUOTED if state == _QUOTED_ESCAPE else _UNQUOTED

    def _line_end(self) -> int:
        """Step over the line end at the position: CR LF, LF or a lone CR."""
        char = self._buffer[self._pos]
        self._pos += 1
        if char == "\r" and self._ahead(1) == "\n":
            self._pos += 1
        return _DONE

    def _add(self, text: str) -> None:
        if self._size <= self._limit:
            self._size += len(text)
            if self._size <= self._limit:
                self._parts.append(text)
            else:
                self._parts = []

    def _save(self, row: _Row) -> None:
        row.add("".join(self._parts), self._size > self._limit)
        self._parts = []
        self._size = 0

    def _ahead(self, n: int) -> str:
        """The next ``n`` characters (fewer only at the end of the input), reading
        more text when the buffer has fewer."""
        while len(self._buffer) - self._pos < n and not self._end:
            self._count()
            piece = self._handle.read(_CHUNK)
            self._end = not piece
            self._buffer = self._buffer[self._pos :] + piece
            self._pos = self._counted = 0
        return self._buffer[self._pos : self._pos + n]

    def _count(self) -> None:
        """Count the line ends read since the last count (CR LF is one)."""
        text = self._buffer[self._counted : self._pos]
        if text:
            ends = text.count("\n") + text.count("\r") - text.count("\r\n")
            if self._after_cr and text[0] == "\n":
                ends -= 1
            self._lines += ends
            self._after_cr = text[-1] == "\r"
        self._counted = self._pos


# ------------------------------------------------------------------ one row


def row_outcome(row: _Row, *, name: str, line: int, strict: bool) -> Cable | CablegramError:
    """The row's cable, or the error that stops it: a field over the limit, or in
    strict mode a problem of the row or of its text."""
    if row.too_long:
        message = f"a field of the row is longer than max_field ({row.limit:,} characters)"
        return DocumentSyntaxError(message, code="csv-syntax", source=name, line=line)
    try:
        return _cable(row, name=name, line=line, strict=strict)
    except DocumentSyntaxError as exc:
        return exc
    except CableSyntaxError as exc:
        add_note = getattr(exc, "add_note", None)  # Python 3.11+
        if add_note is not None:
            add_note(f"in {name}, the row starting on line {line}")
        return exc


#: A byte that is not UTF-8, kept by the ``surrogateescape`` error handler.
_ESCAPED = re.compile("[\udc80-\udcff]")


def _from_escapes(field: str) -> str:
    """A field with bytes that are not UTF-8, read by the file policy (cp1252, Latin-1
    for the bytes cp1252 leaves undefined): no U+FFFD."""
    if not _ESCAPED.search(field):
        return field
    return decode(field.encode("utf-8", "surrogateescape")).text


def _cable(row: _Row, *, name: str, line: int, strict: bool) -> Cable:
    problems: list[Diagnostic] = []

    def problem(code: str, message: str, severity: Severity = Severity.ERROR) -> None:
        if strict and severity is Severity.ERROR:
            raise DocumentSyntaxError(message, code=code, source=name, line=line)
        problems.append(Diagnostic(code=code, severity=severity, message=message, field="row"))

    if row.count != COLUMNS:
        count = f"{row.count} column" + ("" if row.count == 1 else "s")
        problem("csv-columns", f"the row has {count}, not {COLUMNS}")
    fields = row.fields + [""] * (COLUMNS - len(row.fields))
    if any(_ESCAPED.search(field) for field in fields):
        # bytes that are not UTF-8: the row is read as cp1252, as a file would be
        fields = [_from_escapes(field) for field in fields]
        problem(
            "encoding-fallback",
            "the row has bytes that are not UTF-8: read as cp1252",
            Severity.WARNING,
        )
    number, date, ref_id = (field.strip() for field in fields[:3])
    header, body = fields[6:]

    when = None
    if date:
        when = _date(date)
        if when is None:
            problem("csv-date", f"the date {date!r} is not MM/DD/YYYY HH:MM or YYYY-MM-DD")
    if number and not _ROW_NUMBER.fullmatch(number):
        problem("csv-row-number", f"the row number {number!r} is not a number", Severity.WARNING)
    if any("\ufffd" in field for field in fields):
        problem(
            "csv-encoding",
            "the row has bytes that are not UTF-8 (read as U+FFFD)",
            Severity.WARNING,
        )

    metadata = _metadata(fields[:6], name=name, line=line)
    blocks = [block.rstrip("\r\n") for block in (header, body) if block.strip()]
    text = "\n\n".join(blocks) + "\n" if blocks else ""
    cable = parse_cable(
        text,
        strict=strict,
        date=when,
        date_source=DateSource.PAGE,
        reference_id=ref_id or None,
        metadata=metadata,
    )
    if problems:
        cable = attrs.evolve(cable, diagnostics=(*problems, *cable.diagnostics))
    return cable


def _metadata(columns: list[str], *, name: str, line: int) -> dict[str, str]:
    """The row's first six columns by name (the empty ones left out) and its
    ``source``: the file and row number, or the line when the number is not one."""
    number, date, ref_id, origin, classification, references = (c.strip() for c in columns)
    metadata = {
        key: value
        for key, value in (
            ("row", number),
            ("date", date),
            ("ref_id", ref_id),
            ("origin", origin),
            ("classification", classification),
            ("references", "|".join(r for r in _REFERENCE_SPLIT.split(references) if r)),
        )
        if value
    }
    where = f"{name} row {number}" if _ROW_NUMBER.fullmatch(number) else f"{name} line {line}"
    metadata["source"] = where
    return metadata


def _date(value: str) -> dt.datetime | None:
    for layout in _DATE_FORMATS:
        try:
            return dt.datetime.strptime(value, layout)
        except ValueError:
            continue
    return None
