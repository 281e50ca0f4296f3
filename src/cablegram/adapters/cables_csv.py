"""The ``cables.csv`` release of August 2011, streamed as cables.

Eight unnamed columns per row: the row number, the date (``12/28/1966 18:48`` or
``1966-12-28 18:48:00``), the reference id, the origin (``Embassy Buenos Aires``),
the classification, the referenced ids (separated by ``|`` or spaces), the
transmission header and the text.  The file is a MySQL dump: fields are enclosed in
``"`` and escaped with a backslash (``\\"``, ``\\'``, ``\\\\``, and a backslash
before a newline inside a field), a NULL is ``\\N`` outside quotes, and some texts
are far larger than the csv module's default field limit.

:func:`read_cables_csv` reads the rows one at a time with a csv dialect of its
own; the field limit is raised only while a row is being read and put back before
the row is handed out, so other code in the process never sees it changed.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import os
import re
from collections.abc import Callable, Generator, Iterable, Iterator
from typing import IO, Any, Literal, TypeVar, cast, overload

import attrs

from cablegram.cable import parse_cable
from cablegram.errors import (
    CablegramError,
    CableSyntaxError,
    Diagnostic,
    DocumentSyntaxError,
    Severity,
)
from cablegram.model import Cable

__all__ = ["CablesCsvReader", "read_cables_csv"]

COLUMNS = 8
#: Largest field read; the biggest cable texts are a few megabytes.
FIELD_LIMIT = 2**31 - 1

ErrorPolicy = Literal["raise", "yield", "collect"]
_POLICIES = ("raise", "yield", "collect")

_DATE_FORMATS = ("%m/%d/%Y %H:%M", "%Y-%m-%d %H:%M:%S", "%Y-%m-%d %H:%M", "%m/%d/%Y %H:%M:%S")
_REFERENCE_SPLIT = re.compile(r"[|\s,;]+")
#: A NULL field of the dump: ``\N`` unquoted, a whole field.  Inside quotes a
#: backslash of the text is doubled, so ``\N`` there cannot match.
_NULL_FIELD = re.compile(r"(?:^|(?<=,))\\N(?=,|\r?\n|$)")


class _Dialect(csv.Dialect):
    """The MySQL dump's quoting: ``"`` around fields, a backslash before a quote,
    a backslash or a newline that belong to the text."""

    delimiter = ","
    quotechar = '"'
    escapechar = "\\"
    doublequote = False
    skipinitialspace = False
    lineterminator = "\n"
    quoting = csv.QUOTE_MINIMAL
    strict = False


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
    ) -> None:
        self.collected: list[CablegramError] = []
        self.rows = 0
        self._strict = strict
        self._errors = errors
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
            for line, row in _rows(handle, name):
                outcome: Cable | CablegramError
                if isinstance(row, CablegramError):
                    outcome = row
                else:
                    self.rows += 1
                    try:
                        outcome = _cable(row, name=name, line=line, strict=self._strict)
                    except DocumentSyntaxError as exc:
                        outcome = exc
                    except CableSyntaxError as exc:
                        add_note = getattr(exc, "add_note", None)  # Python 3.11+
                        if add_note is not None:
                            add_note(f"in {name}, the row starting on line {line}")
                        outcome = exc
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
) -> CablesCsvReader[Cable]: ...


@overload
def read_cables_csv(
    path_or_file: str | os.PathLike[str] | IO[str] | IO[bytes],
    *,
    strict: bool = False,
    errors: Literal["yield"],
) -> CablesCsvReader[Cable | CablegramError]: ...


def read_cables_csv(
    path_or_file: str | os.PathLike[str] | IO[str] | IO[bytes],
    *,
    strict: bool = False,
    errors: ErrorPolicy = "collect",
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
    with an exception from a row (or from the file: an empty file, a csv error):
    ``"raise"`` it, ``"yield"`` it in the row's place, or ``"collect"`` it on the
    stream's ``collected`` list and go on.  Nothing is skipped silently.
    """
    if errors not in _POLICIES:
        raise ValueError(f"errors must be one of {', '.join(_POLICIES)}, not {errors!r}")
    return CablesCsvReader(path_or_file, strict=strict, errors=errors)


# ------------------------------------------------------------------ the file


def _open(
    path_or_file: str | os.PathLike[str] | IO[str] | IO[bytes],
) -> tuple[IO[str], str, Callable[[], object]]:
    """A text handle on the input, its name, and what to do when done: close a file
    we opened, detach from the caller's binary file the wrapper we put on it."""
    if isinstance(path_or_file, (str, os.PathLike)):
        path = os.fspath(path_or_file)
        handle = open(path, encoding="utf-8", errors="replace", newline="")  # noqa: SIM115
        return handle, os.path.basename(path), handle.close
    name = getattr(path_or_file, "name", None)
    label = os.path.basename(name) if isinstance(name, str) else "cables.csv"
    if not isinstance(path_or_file, io.TextIOBase) and isinstance(path_or_file.read(0), bytes):
        binary = cast("IO[bytes]", path_or_file)
        text = io.TextIOWrapper(binary, encoding="utf-8", errors="replace", newline="")
        return cast("IO[str]", text), label, text.detach
    return cast("IO[str]", path_or_file), label, lambda: None


def _rows(
    handle: Iterable[str], name: str
) -> Iterator[tuple[int, list[str] | DocumentSyntaxError]]:
    """(line where the row starts, its fields or the problem reading it), blank
    lines left out.  The field size limit is raised only inside each read."""
    # a NULL becomes an empty field (the csv escape would turn it into "N")
    rows = csv.reader((_NULL_FIELD.sub("", line) for line in handle), dialect=_Dialect)
    while True:
        start = rows.line_num + 1
        previous = csv.field_size_limit(FIELD_LIMIT)
        try:
            row: list[str] | DocumentSyntaxError = next(rows)
        except StopIteration:
            return
        except csv.Error as exc:
            row = DocumentSyntaxError(
                f"the csv module cannot read the row: {exc}",
                code="csv-syntax",
                source=name,
                line=start,
            )
        except UnicodeDecodeError as exc:  # a text file opened by the caller
            yield (
                start,
                DocumentSyntaxError(
                    f"the file is not in its declared encoding: {exc}",
                    code="csv-encoding",
                    source=name,
                    line=start,
                ),
            )
            return
        finally:
            csv.field_size_limit(previous)
        if row == []:
            continue
        yield start, row


# ------------------------------------------------------------------ one row


def _cable(row: list[str], *, name: str, line: int, strict: bool) -> Cable:
    problems: list[Diagnostic] = []

    def problem(code: str, message: str, severity: Severity = Severity.ERROR) -> None:
        if strict and severity is Severity.ERROR:
            raise DocumentSyntaxError(message, code=code, source=name, line=line)
        problems.append(Diagnostic(code=code, severity=severity, message=message, field="row"))

    if len(row) != COLUMNS:
        count = f"{len(row)} column" + ("" if len(row) == 1 else "s")
        problem("csv-columns", f"the row has {count}, not {COLUMNS}")
    if len(row) > COLUMNS:  # most likely a body cut by a stray quote: keep all of it
        row = [*row[: COLUMNS - 1], ",".join(row[COLUMNS - 1 :])]
    row = row + [""] * (COLUMNS - len(row))
    number, date, ref_id, origin, classification, references, header, body = (
        field.strip() if k < 6 else field for k, field in enumerate(row)
    )

    year = None
    if date:
        when = _date(date)
        if when is None:
            problem("csv-date", f"the date {date!r} is not MM/DD/YYYY HH:MM or YYYY-MM-DD")
        else:
            year = when.year
    if number and not number.isdigit():
        problem("csv-row-number", f"the row number {number!r} is not a number", Severity.WARNING)
    if any("\ufffd" in field for field in row):
        problem(
            "csv-encoding",
            "the row has bytes that are not UTF-8 (read as U+FFFD)",
            Severity.WARNING,
        )

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
    where = f"{name} row {number}" if number.isdigit() else f"{name} line {line}"
    metadata["source"] = where
    blocks = [block.rstrip("\r\n") for block in (header, body) if block.strip()]
    text = "\n\n".join(blocks) + "\n" if blocks else ""
    cable = parse_cable(
        text,
        strict=strict,
        year=year,
        reference_id=ref_id or None,
        metadata=metadata,
    )
    if problems:
        cable = attrs.evolve(cable, diagnostics=(*problems, *cable.diagnostics))
    return cable


def _date(value: str) -> dt.datetime | None:
    for layout in _DATE_FORMATS:
        try:
            return dt.datetime.strptime(value, layout)
        except ValueError:
            continue
    return None
