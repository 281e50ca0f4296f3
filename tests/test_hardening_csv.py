"""The ``cables.csv`` reader under hostile input: it leaves the csv module's
process-wide field limit alone (also with threads), bounds a field with
``max_field=``, reads only ASCII digits as numbers, and splits rows exactly as the
csv module does with the release's dialect."""

from __future__ import annotations

import csv
import io
import re
import threading
import tracemalloc
from collections.abc import Iterator

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cablegram.adapters import cables_csv
from cablegram.adapters.cables_csv import read_cables_csv
from cablegram.errors import CablegramError, DocumentSyntaxError, Severity
from cablegram.model import Cable

from .test_cables_csv import BODY, HEADER, TRIPOLI926, quoted, rows

LONG_BODY = BODY.replace("December 5. ", "December 5. " + "WORD " * 40_000)
LONG_ROW = quoted(
    "4", "12/02/2008 17:06", "08TRIPOLI926", "Embassy Tripoli", "CONFIDENTIAL", "",
    HEADER, LONG_BODY,
)  # fmt: skip


# ------------------------------------------------------------------ B16


def test_b16_the_process_wide_field_limit_is_never_touched(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    calls: list[tuple[object, ...]] = []
    real = csv.field_size_limit

    def spy(*args: int) -> int:
        calls.append(args)
        return real(*args)

    monkeypatch.setattr(csv, "field_size_limit", spy)
    before = real()
    cables = list(read_cables_csv(rows(LONG_ROW + TRIPOLI926)))
    assert [len(c.raw) > before for c in cables] == [True, False]
    assert [args for args in calls if args] == []  # never set, not even for a moment
    assert real() == before


def test_b16_threads_keep_their_own_field_limit() -> None:
    """Readers in threads beside code that relies on its own limit: the limit that
    code set stays as it set it, and the readers read the long field."""
    own = 50_000
    before = csv.field_size_limit(own)
    seen: set[int] = set()
    errors: list[BaseException] = []
    stop = threading.Event()

    def reader() -> None:
        try:
            for _ in range(5):
                (first, second) = read_cables_csv(rows(LONG_ROW + TRIPOLI926))
                assert len(first.raw) > own and second.reference_id == "08TRIPOLI926"
        except BaseException as exc:  # reported in the main thread
            errors.append(exc)

    def watcher() -> None:
        while not stop.is_set():
            seen.add(csv.field_size_limit())

    threads = [threading.Thread(target=reader) for _ in range(4)]
    watch = threading.Thread(target=watcher)
    try:
        watch.start()
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        stop.set()
        watch.join()
        assert errors == []
        assert seen == {own}
        assert csv.field_size_limit() == own
        with pytest.raises(csv.Error):  # the limit still holds for the csv module
            list(csv.reader(io.StringIO('"' + "x" * (own + 1) + '"\n')))
    finally:
        csv.field_size_limit(before)


# ------------------------------------------------------------------ max_field


def test_max_field_refuses_a_long_field_and_reads_on() -> None:
    limit = len(HEADER) + 10
    assert len(BODY) > limit
    reader = read_cables_csv(rows(LONG_ROW + TRIPOLI926), max_field=len(LONG_BODY) - 1)
    (second,) = reader
    assert second.reference_id == "08TRIPOLI926" and second.raw == HEADER + "\n\n" + BODY
    (problem,) = reader.collected
    assert isinstance(problem, DocumentSyntaxError)
    assert problem.code == "csv-syntax" and problem.line == 1
    assert f"{len(LONG_BODY) - 1:,} characters" in str(problem)
    assert reader.rows == 2
    with pytest.raises(DocumentSyntaxError, match="max_field"):
        list(read_cables_csv(rows(LONG_ROW), max_field=1000, errors="raise"))
    (cable,) = read_cables_csv(rows(LONG_ROW), max_field=len(LONG_BODY))
    assert len(cable.raw) > len(LONG_BODY)


def test_max_field_bounds_the_joined_extra_columns() -> None:
    # a body cut into columns by a stray quote is joined again; the join is one field
    row = '"1","12/02/2008 17:06","08TRIPOLI926","","","","",' + ",".join(["abcd"] * 50) + "\n"
    (cable,) = read_cables_csv(rows(row))
    assert cable.raw == ",".join(["abcd"] * 50) + "\n"
    assert "the row has 57 columns, not 8" in [d.message for d in cable.diagnostics]
    reader = read_cables_csv(rows(row), max_field=100)
    assert list(reader) == [] and [e.code for e in reader.collected] == ["csv-syntax"]


class _Endless(io.TextIOBase):
    """A text file of ``size`` characters: an open quote, then letters."""

    def __init__(self, size: int) -> None:
        self.left = size
        self.first = True

    def readable(self) -> bool:
        return True

    def read(self, n: int | None = -1) -> str:
        n = self.left if n is None or n < 0 else min(n, self.left)
        self.left -= n
        if self.first and n:
            self.first = False
            return '"' + "x" * (n - 1)
        return "x" * n


def test_max_field_bounds_the_memory_of_an_unclosed_quote() -> None:
    tracemalloc.start()
    try:
        reader = read_cables_csv(_Endless(60 * 2**20), max_field=2**20)
        assert list(reader) == []
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert [e.code for e in reader.collected] == ["csv-syntax"]
    assert peak < 16 * 2**20


def test_max_field_must_be_positive() -> None:
    for bad in (0, -1):
        with pytest.raises(ValueError, match="max_field"):
            read_cables_csv(rows(TRIPOLI926), max_field=bad)


# ------------------------------------------------------------------ B6


@pytest.mark.parametrize(
    "row",
    [
        '"²³","12/02/2008 17:06","08²³","","","08X²³","","T²"\n',
        # no date: the year came from the id's "²³" through int() (a ValueError)
        '"²³","","²³X1","","","²³X2","","T²"\n',
    ],
    ids=["dated", "undated"],
)
@pytest.mark.parametrize("errors", ["raise", "yield", "collect"])
@pytest.mark.parametrize("strict", [False, True])
def test_b6_non_ascii_digits_in_the_number_and_id_columns(
    row: str, errors: str, strict: bool
) -> None:
    assert len(row.encode("utf-8")) <= 60
    reader = read_cables_csv(rows(row), errors=errors, strict=strict)  # type: ignore[call-overload]
    try:
        items = list(reader)
    except CablegramError as exc:  # a documented error of strict mode, no ValueError
        assert strict and errors == "raise", exc
        return
    items += reader.collected
    (item,) = items
    if isinstance(item, Cable):
        assert item.metadata["source"] == "cables.csv line 1"  # "²³" is no row number
        codes = [d.code for d in item.diagnostics]
        assert "csv-row-number" in codes
        warning = next(d for d in item.diagnostics if d.code == "csv-row-number")
        assert warning.severity is Severity.WARNING
    else:
        assert strict


def test_b6_arabic_indic_digits_are_no_row_number() -> None:
    row = '"١٢","12/02/2008 17:06","08TRIPOLI926","","","","","TEXT"\n'
    (cable,) = read_cables_csv(rows(row))
    assert cable.metadata["source"] == "cables.csv line 1"
    assert "csv-row-number" in [d.code for d in cable.diagnostics]


# ------------------------------------------------------------------ the same rows


class _Dialect(csv.Dialect):
    delimiter = ","
    quotechar = '"'
    escapechar = "\\"
    doublequote = False
    skipinitialspace = False
    lineterminator = "\n"
    quoting = csv.QUOTE_MINIMAL
    strict = False


_NULL = re.compile(r"(?:^|(?<=,))\\N(?=,|\r?\n|$)")


def _csv_module_rows(text: str) -> Iterator[tuple[int, list[str], int]]:
    """The rows as the csv module reads them, the way the reader used to: the line
    each starts on, its fields (the eighth and later joined) and their number."""
    reader = csv.reader((_NULL.sub("", line) for line in rows(text)), dialect=_Dialect)
    while True:
        start = reader.line_num + 1
        try:
            row = next(reader)
        except StopIteration:
            return
        if row:
            joined = [*row[:7], ",".join(row[7:])] if len(row) > 8 else row
            yield start, joined, len(row)


def _reader_rows(text: str) -> Iterator[tuple[int, list[str], int]]:
    for start, row in cables_csv._rows(rows(text), "x.csv", max_field=10**6):
        assert not isinstance(row, DocumentSyntaxError)
        yield start, row.fields, row.count


# quotes, escapes, NULLs and line ends only where the dump writes them: the NULL
# rule of the old reader also fired inside quoted text, which the dump never holds
_FIELD = st.one_of(
    st.just("\\N"),
    st.text(alphabet='ab ,"\\\r\n', max_size=6).map(
        lambda t: '"' + t.replace("\\", "\\\\").replace('"', '\\"') + '"'
    ),
    st.text(alphabet="ab \\\r\n", max_size=6).map(lambda t: t.replace("\\", "\\\\")),
)
_LINE = st.lists(_FIELD, min_size=1, max_size=10).map(",".join)
_END = st.sampled_from(["\n", "\r\n", "\r"])


@settings(max_examples=400, deadline=None)
@given(st.lists(st.tuples(_LINE, _END), max_size=5), st.booleans())
def test_rows_are_split_as_the_csv_module_splits_them(
    lines: list[tuple[str, str]], last_ended: bool
) -> None:
    text = "".join(line + end for line, end in lines)
    if lines and not last_ended:
        text = text.rstrip("\r\n")
    assert list(_reader_rows(text)) == list(_csv_module_rows(text))


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet='ab,"\\\r\n ', max_size=40))
def test_any_text_is_split_as_the_csv_module_splits_it(text: str) -> None:
    assert list(_reader_rows(text)) == list(_csv_module_rows(text))


@pytest.mark.parametrize(
    "text",
    [
        'a,"b\n',  # an open quote to the end
        "x\\",  # a backslash at the very end
        '"a\\',  # a backslash at the end, in quotes
        "a\\\r\nb,c\n",  # an escaped CR LF outside quotes ends the row after the CR
        '"a"b,c\n',  # text after the closing quote
        "\\N\n\\N,\\N\r\n,\\N\n\\N\r",  # NULLs, and a lone CR after one that is not
        "\n\r\n\r\na,b",  # blank lines
    ],
)
def test_edge_rows_as_the_csv_module(text: str) -> None:
    assert list(_reader_rows(text)) == list(_csv_module_rows(text))
