"""A whole release as one stream: :func:`read` takes files, folders, globs, archives
and ``cables.csv`` files and yields every document in them, in order, parsed in
one process or several.

What a source may be:

* a file of any format :func:`cablegram.parse` reads (a cable text, a WikiLeaks
  page, a news item or day page, a government page), plain or compressed
  (``.gz``, ``.bz2``, ``.xz``, told by their first bytes);
* a ``cables.csv`` file (``.csv``, plain or compressed): its rows are streamed;
* a folder: every file under it, in name order, hidden ones (``.name``) left out;
* a glob (``corpus/**/*.txt``), matched in name order;
* a ``.tar``, ``.tar.gz``, ``.tgz``, ``.tar.bz2``, ``.tar.xz`` or ``.zip`` archive:
  every file member, in the archive's order;
* a list or tuple of these, one after the other.

Each document knows where it came from (``doc.source``): the file's path, a
member's ``<archive>/<member path>``, a csv row's ``<file> row <n>``.

Files are decoded as the command line decodes them (:mod:`cablegram._encoding`):
UTF-8, UTF-16 with its byte order mark, else cp1252 with an ``encoding-fallback``
warning.  A member larger than ``max_size`` is an error, not read into memory.
"""

from __future__ import annotations

import datetime as dt
import glob
import io
import lzma
import os
import pickle
import sys
import tarfile
import zipfile
from collections import deque
from collections.abc import Callable, Generator, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from pathlib import Path
from typing import IO, Any, Literal, NamedTuple, TypeAlias, TypeVar

from cablegram._encoding import decode, with_fallback
from cablegram.adapters import cables_csv
from cablegram.adapters.sniff import parse_text
from cablegram.document import Document
from cablegram.errors import (
    MAX_DOCUMENT_BYTES,
    CablegramError,
    DocumentSyntaxError,
    InputTooLargeError,
    SourceError,
)
from cablegram.load import from_json

__all__ = ["CorpusReader", "holds_many", "read"]

T = TypeVar("T")
R = TypeVar("R")

Source: TypeAlias = "str | os.PathLike[str] | Iterable[str | os.PathLike[str]]"
ErrorPolicy: TypeAlias = Literal["raise", "collect", "skip"]

#: Archive names by their endings.
_TAR = (".tar", ".tar.gz", ".tgz", ".tar.bz2", ".tbz2", ".tar.xz", ".txz")
_ZIP = (".zip",)
#: ``cables.csv`` files by their endings.
_CSV = (".csv", ".csv.gz", ".csv.bz2", ".csv.xz")
#: JSON Lines files cablegram wrote, by their endings.
_JSONL = (".jsonl", ".jsonl.gz", ".jsonl.bz2", ".jsonl.xz")
#: How many documents a worker parses per batch, and how many batches may wait.
_BATCH = 16
_AHEAD_PER_JOB = 4
#: The switch interval (seconds) while this process parses with workers beside it.
_SWITCH_INTERVAL = 0.0002


class FileTask(NamedTuple):
    """A file to read (the worker reads it: ``data`` None) or an archive member's
    bytes, to decode and parse, and where they came from."""

    source: str
    data: bytes | None
    options: Options


class Options(NamedTuple):
    """How every file is read: :func:`read`'s options."""

    strict: bool = False
    max_size: int | None = MAX_DOCUMENT_BYTES
    year: int | None = None
    date: dt.date | None = None


class RowTask(NamedTuple):
    """A cables.csv row to parse: the file's name, the row's first line, the row."""

    name: str
    line: int
    row: Any
    strict: bool


class JsonTask(NamedTuple):
    """A line of a JSON Lines file cablegram wrote: a record to read back."""

    source: str
    line: int
    text: str


#: One thing to parse, or an error found while reading.
Task: TypeAlias = "FileTask | RowTask | JsonTask | CablegramError"
#: What a task gives: its documents, or the error that stopped it.
Outcome: TypeAlias = "list[Document] | CablegramError"


def read(
    source: Source,
    *,
    jobs: int = 1,
    progress: bool | None = None,
    errors: ErrorPolicy = "collect",
    strict: bool = False,
    max_size: int | None = MAX_DOCUMENT_BYTES,
    year: int | None = None,
    date: dt.date | None = None,
) -> CorpusReader:
    """Stream every document of ``source`` (see the module's docstring).

    ``jobs`` parses in that many processes: ``jobs - 1`` workers (standard
    :mod:`concurrent.futures`; batches of documents, a few batches ahead, so memory
    stays flat however large the corpus) and this one, which parses a batch itself
    whenever it would otherwise wait for one; the order of the documents is kept.
    ``progress=True`` shows a progress bar (the ``progress`` extra: tqdm, its
    notebook form in Jupyter).  ``strict`` is :func:`cablegram.parse`'s; ``year`` and
    ``date`` date the cable texts that do not date themselves
    (:func:`cablegram.parse_cable`'s hints).

    A source that cannot be read, a document in no known format, a file over
    ``max_size`` bytes, or (``strict=True``) a syntax error never stops the stream:
    with ``errors="collect"`` (the default) the error goes on the reader's
    ``collected`` list; with ``"skip"`` it is counted in ``skipped`` only; with
    ``"raise"`` it is raised.
    """
    if errors not in ("raise", "collect", "skip"):
        raise ValueError(f"errors must be 'raise', 'collect' or 'skip', not {errors!r}")
    if isinstance(jobs, bool) or not isinstance(jobs, int) or jobs < 1:
        raise ValueError(f"jobs must be a positive number of processes, not {jobs!r}")
    options = Options(strict=strict, max_size=max_size, year=year, date=date)
    return CorpusReader(source, jobs=jobs, progress=progress, errors=errors, options=options)


class CorpusReader(Iterator[Document]):
    """The stream :func:`read` returns.  ``collected`` holds the errors left out of it
    (``errors="collect"``), ``skipped`` counts them (``"skip"``), ``documents`` counts
    the documents given so far.  Close it (or use it as a context manager) to stop
    early: the worker processes end."""

    def __init__(
        self,
        source: Source,
        *,
        jobs: int,
        progress: bool | None,
        errors: ErrorPolicy,
        options: Options,
    ) -> None:
        self.collected: list[CablegramError] = []
        self.skipped = 0
        self.documents = 0
        self._errors = errors
        self._bar = _bar() if progress else None
        tasks = _tasks(_sources(source), options)
        self._items = self._stream(tasks, jobs)

    def __iter__(self) -> CorpusReader:
        return self

    def __next__(self) -> Document:
        return next(self._items)

    def close(self) -> None:
        self._items.close()
        if self._bar is not None:
            self._bar.close()

    def __enter__(self) -> CorpusReader:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _stream(self, tasks: Iterator[Task], jobs: int) -> Generator[Document, None, None]:
        outcomes = _inline(tasks) if jobs == 1 else _parallel(tasks, jobs)
        try:
            for outcome in outcomes:
                if isinstance(outcome, CablegramError):
                    self._problem(outcome)
                    continue
                for document in outcome:
                    self.documents += 1
                    if self._bar is not None:
                        self._bar.update(1)
                    yield document
        finally:
            outcomes.close()
            if self._bar is not None:
                self._bar.close()

    def _problem(self, error: CablegramError) -> None:
        if self._errors == "raise":
            raise error
        if self._errors == "collect":
            self.collected.append(error)
        else:
            self.skipped += 1


# ------------------------------------------------------------------ parsing


def run(task: Task) -> Outcome:
    """Parse one task: a file's documents, or a csv row's cable; the error that
    stopped it (an error found while reading stays what it is)."""
    if isinstance(task, CablegramError):
        return task
    if isinstance(task, JsonTask):
        try:
            return [from_json(task.text)]
        except (ValueError, TypeError, RecursionError) as exc:  # JSONDecodeError: ValueError
            message = f"not a cablegram record: {exc}"
            return DocumentSyntaxError(
                message, code="jsonl-record", source=task.source, line=task.line
            )
    if isinstance(task, RowTask):
        outcome = cables_csv.row_outcome(
            task.row, name=task.name, line=task.line, strict=task.strict
        )
        return outcome if isinstance(outcome, CablegramError) else [outcome]
    label, options = task.source, task.options
    try:
        data = task.data if task.data is not None else _read_file(label, options.max_size)
        decoded = decode(data)
        parsed = parse_text(
            decoded.text,
            strict=options.strict,
            source=label,
            year=options.year,
            date=options.date,
        )
    except CablegramError as exc:
        if not str(exc).startswith(f"{label}:"):
            exc.args = (f"{label}: {exc}", *exc.args[1:])
        if getattr(exc, "source", None) is None:
            exc.source = label  # type: ignore[attr-defined]
        return exc
    documents: list[Document] = list(parsed) if isinstance(parsed, tuple) else [parsed]  # type: ignore[list-item]
    return [with_fallback(document, decoded) for document in documents]


def run_batch(tasks: list[Task]) -> list[Outcome]:
    """:func:`run` over a batch."""
    return [run(task) for task in tasks]


def run_pickled(tasks: list[Task]) -> list[bytes]:
    """:func:`run` over a batch, each outcome pickled on its own (what a worker process
    is given): the calling process unpickles each one as it is given out, so the
    objects of a batch are not all made at once in the pool's thread there, where
    they would set off the garbage collector again and again and grow its oldest
    generation (a tenth of the calling process's time, measured, on the text folder)."""
    return [pickle.dumps(run(task), protocol=pickle.HIGHEST_PROTOCOL) for task in tasks]


def _inline(tasks: Iterator[Task]) -> Generator[Outcome, None, None]:
    for task in tasks:
        yield run(task)


def _parallel(tasks: Iterator[Task], jobs: int) -> Generator[Outcome, None, None]:
    """The outcomes of ``tasks`` parsed by ``jobs`` processes, in order: ``jobs - 1``
    workers, kept a few batches ahead (a batch is sent whenever one comes back, so no
    worker waits), and this process, which parses the next batch itself whenever the
    oldest batch sent out is not back yet (so it does not wait either: on two cores,
    one worker and this process).  How the batches split between them follows how
    fast each goes.  At most a few batches per job wait, parsed or not, whatever the
    size of the corpus."""
    queue: deque[Future[list[bytes]] | list[Outcome]] = deque()
    batches = _batches(tasks, _BATCH)
    ahead, limit = (jobs - 1) * _AHEAD_PER_JOB, jobs * _AHEAD_PER_JOB * 2
    with ProcessPoolExecutor(max_workers=jobs - 1) as pool:
        try:
            while True:
                out = sum(1 for item in queue if isinstance(item, Future) and not item.done())
                while out < ahead and len(queue) < limit:
                    batch = next(batches, None)
                    if batch is None:
                        break
                    queue.append(pool.submit(run_pickled, batch))
                    out += 1
                if not queue:
                    return
                head = queue[0]
                if isinstance(head, Future) and not head.done() and len(queue) < limit:
                    batch = next(batches, None)
                    if batch is not None:
                        queue.append(_here(run_batch, batch))
                        continue
                queue.popleft()
                if isinstance(head, Future):
                    for outcome in head.result():
                        yield _here(pickle.loads, outcome)  # what our own worker pickled
                else:
                    yield from head
        finally:
            for waiting in queue:
                if isinstance(waiting, Future):
                    waiting.cancel()


def _here(work: Callable[[T], R], arg: T) -> R:
    """``work(arg)`` in this process while workers wait on it for nothing: the pool's
    threads here (the one that sends batches, the one that takes results back) need
    the interpreter's lock for each piece they move through a pipe (64 KiB at a time:
    a batch of parsed cables is some 200 KiB, a batch of WikiLeaks pages over a
    megabyte), and under the default 5 ms switch interval each piece would wait up to
    that long while this thread parses or loads, and a worker with it.  The interval
    is shortened for the work and put back (before the stream gives out a document:
    the caller's code runs under its own)."""
    before = sys.getswitchinterval()
    sys.setswitchinterval(_SWITCH_INTERVAL)
    try:
        return work(arg)
    finally:
        sys.setswitchinterval(before)


def _batches(tasks: Iterator[Task], size: int) -> Iterator[list[Task]]:
    batch: list[Task] = []
    for task in tasks:
        batch.append(task)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def _bar() -> Any:
    """A progress bar of documents (tqdm's, its notebook form in Jupyter)."""
    try:
        from tqdm.auto import tqdm  # the ``progress`` extra
    except ImportError:
        raise ImportError("progress=True needs tqdm: pip install 'cablegram[progress]'") from None
    return tqdm(unit=" docs", desc="cablegram")


# ------------------------------------------------------------------ reading


def holds_many(path: str) -> bool:
    """Whether ``path`` names many documents to :func:`read`: a folder, an archive, a
    cables.csv or JSON Lines file, or a glob that names no file itself."""
    if os.path.isdir(path) or path.lower().endswith(_TAR + _ZIP + _CSV + _JSONL):
        return True
    return not os.path.exists(path) and glob.has_magic(path)


def _sources(source: Source) -> Iterator[Path | SourceError]:
    """Every file of ``source``: itself, a folder's files, a glob's matches, or
    those of each item of a list."""
    if isinstance(source, (str, os.PathLike)):
        yield from _expand(source)
        return
    if not isinstance(source, Iterable):
        raise TypeError(f"read() takes a path or a list of paths, not {type(source).__name__}")
    for item in source:
        if not isinstance(item, (str, os.PathLike)):
            raise TypeError(f"read() takes paths, not {type(item).__name__}")
        yield from _expand(item)


def _expand(item: str | os.PathLike[str]) -> Iterator[Path | SourceError]:
    if not os.fspath(item):
        yield SourceError("''", "an empty path names no file")  # not the current folder
        return
    path = Path(item)
    if isinstance(item, str) and not path.exists() and glob.has_magic(item):
        matches = [Path(p) for p in sorted(glob.glob(item, recursive=True)) if Path(p).is_file()]
        yield from matches if matches else [SourceError(item, "no file matches the pattern")]
        return
    if path.is_dir():
        for found in sorted(path.rglob("*")):
            hidden = any(part.startswith(".") for part in found.relative_to(path).parts)
            if found.is_file() and not hidden:
                yield found
        return
    yield path  # a file, or a path that is not there: said when it is read


def _tasks(paths: Iterator[Path | SourceError], options: Options) -> Iterator[Task]:
    for path in paths:
        if isinstance(path, SourceError):
            yield path
            continue
        name = path.name.lower()
        if not path.exists():
            yield SourceError(str(path), "no such file or folder")
        elif not path.is_file():  # a pipe or a device: reading it could wait for ever
            yield SourceError(str(path), "not a regular file")
        elif name.endswith(_TAR) or name.endswith(_ZIP):
            yield from _archive(path, options)
        elif name.endswith(_CSV):
            yield from _csv_rows(path, strict=options.strict)
        elif name.endswith(_JSONL):
            yield from _jsonl_lines(path)
        else:  # read where it is parsed: in a worker, with jobs
            yield FileTask(str(path), None, options)


def _jsonl_lines(path: Path) -> Iterator[Task]:
    """The records of a JSON Lines file cablegram wrote (compressed or not), each a
    task; blank lines are none."""
    try:
        with (
            open(path, "rb") as raw,
            cables_csv.decompressed(raw) as content,
            io.TextIOWrapper(content, encoding="utf-8") as lines,
        ):
            for number, line in enumerate(lines, 1):
                if line.strip():
                    yield JsonTask(str(path), number, line)
    except OSError as exc:
        yield SourceError(str(path), exc.strerror or str(exc))
    except (EOFError, lzma.LZMAError, UnicodeDecodeError) as exc:
        yield SourceError(str(path), f"not a readable JSON Lines file: {exc}")


def _read_file(path: str, max_size: int | None) -> bytes:
    """The content of the file at ``path`` (uncompressed), at most ``max_size`` bytes."""
    try:
        with open(path, "rb") as handle, cables_csv.decompressed(handle) as content:
            return _limited(content, path, max_size)
    except OSError as exc:
        raise SourceError(path, exc.strerror or str(exc)) from None
    except (EOFError, lzma.LZMAError) as exc:
        raise SourceError(path, f"the compressed file is damaged: {exc}") from None


def _archive(path: Path, options: Options) -> Iterator[Task]:
    """The file members of a tar or zip archive, in its order."""
    try:
        if path.name.lower().endswith(_ZIP):
            yield from _zip_members(path, options)
        else:
            yield from _tar_members(path, options)
    except (OSError, tarfile.TarError, zipfile.BadZipFile, EOFError, lzma.LZMAError) as exc:
        yield SourceError(str(path), f"not a readable archive: {exc}")


def _tar_members(path: Path, options: Options) -> Iterator[Task]:
    max_size = options.max_size
    with tarfile.open(path, "r:*") as archive:
        for member in archive:
            if not member.isfile():
                continue
            label = f"{path}/{member.name}"
            if max_size is not None and member.size > max_size:
                yield InputTooLargeError(label, member.size, max_size)
                continue
            handle = archive.extractfile(member)
            if handle is None:
                yield SourceError(label, "the member could not be read")
                continue
            with handle:
                yield _member(label, handle, options)


def _zip_members(path: Path, options: Options) -> Iterator[Task]:
    max_size = options.max_size
    with zipfile.ZipFile(path) as archive:
        for info in archive.infolist():
            if info.is_dir():
                continue
            label = f"{path}/{info.filename}"
            if max_size is not None and info.file_size > max_size:
                yield InputTooLargeError(label, info.file_size, max_size)
                continue
            with archive.open(info) as handle:
                yield _member(label, handle, options)


def _member(label: str, handle: IO[bytes], options: Options) -> Task:
    try:
        with cables_csv.decompressed(handle) as content:
            data = _limited(content, label, options.max_size)
    except (OSError, EOFError, lzma.LZMAError, zipfile.BadZipFile) as exc:
        return SourceError(label, f"the member could not be read: {exc}")
    except CablegramError as exc:
        return exc
    return FileTask(label, data, options)


def _csv_rows(path: Path, *, strict: bool) -> Iterator[Task]:
    """The rows of a cables.csv file (compressed or not), each a task."""
    try:
        rows = cables_csv.scan_rows(path)
        for line, row in rows:
            if isinstance(row, CablegramError):
                yield row
            else:
                yield RowTask(path.name, line, row, strict)
    except OSError as exc:
        yield SourceError(str(path), exc.strerror or str(exc))
    except (EOFError, lzma.LZMAError) as exc:
        yield SourceError(str(path), f"the compressed file is damaged: {exc}")


def _limited(handle: IO[bytes], label: str, max_size: int | None) -> bytes:
    """The bytes of ``handle``, at most ``max_size`` of them (one more is an error)."""
    data = handle.read() if max_size is None else handle.read(max_size + 1)
    if max_size is not None and len(data) > max_size:
        raise InputTooLargeError(label, len(data), max_size)
    return data
