"""Command line: ``cablegram parse PATH... [-o FILE] [--jobs N] [--progress] [--quiet]
[--strict] [--compact] [--no-raw] [--max-size SIZE] [--year YEAR | --date DATE]``.

A PATH is a file of any format cablegram reads (a cable text, a WikiLeaks page, a
cables.csv, a news item or day page, a government page: told apart as
:func:`cablegram.parse` tells them), ``-`` for standard input, or many documents at
once: a folder, a ``.tar``/``.tar.gz``/``.tar.xz``/``.zip`` archive, a cables.csv
(``.gz``, ``.bz2``, ``.xz``) or a glob, read by :func:`cablegram.read` (``--jobs``
processes, ``--progress`` bar).  A file named on the command line that fails is an
error (exit 1); a member of a folder or archive that fails is one line on standard
error, and an error only with ``--strict``.  ``-o FILE`` writes the JSON to FILE;
``--compact`` makes it JSON Lines.  ``--quiet`` says errors only.

``--year`` and ``--date`` date texts that do not date themselves (a partial extract
has no DTG): ``--year 2005`` reads their two-digit years (DECL dates, REF items, the
reference id); ``--date 2005-08-17`` (the day) or ``--date 2005-08-17T08:08`` (the
minute, UTC) is also their date, with ``date_source`` ``hint``.  A text's own DTG or
wrapper date comes first.

JSON goes to standard output, diagnostics and problems to standard error, one line
each (``file:line:col: severity: [code] message``, or ``file: severity: message``).

Reading.  Each FILE (``-`` is standard input) is read as bytes, at most
:data:`MAX_DOCUMENT_BYTES` of them (10 MiB; ``--max-size`` changes it).  A regular
file is measured before it is read and refused when larger; standard input, a pipe
or a device is read up to one byte over the limit and refused then, so endless
input such as ``/dev/zero`` ends at once.  The bytes are then decoded:

* as UTF-8; a UTF-8 byte order mark at the start is dropped;
* as UTF-16 when they start with a UTF-16 byte order mark (the mark dropped), with
  an ``info`` line on standard error;
* otherwise, when they are not UTF-8, as cp1252 (the Windows form of Latin-1), the
  five bytes cp1252 leaves undefined as Latin-1; the cable then carries an
  ``encoding-fallback`` warning, printed as one ``warning`` line with the others.

Bytes with a NUL in them (outside UTF-16) are binary and refused.  Line ends are
kept as they are.  Offsets (spans, and the lines and columns of diagnostics) count
the characters of the decoded text, byte order mark left out: exactly the text the
JSON's ``raw`` holds.

Writing.  The JSON is always UTF-8, whatever the locale or ``PYTHONIOENCODING``
say, and always valid: a lone surrogate in a string is written as its escape
(``\\ud800``), as ``ensure_ascii`` writes it, so a JSON reader gives back the same
string.

Exit status (also in ``cablegram parse --help``):

====  =====================================================================
0     every document was read and parsed
1     a document failed (unreadable, too large, binary, not decodable, or a
      strict-mode error; the other files are still parsed), or the output
      could not be written
2     usage error
130   interrupted (Ctrl-C)
141   standard output was closed early (``cablegram parse f | head -1``):
      quiet, as ``cat`` and ``yes`` are (128 + SIGPIPE, what a shell reports)
====  =====================================================================
"""

from __future__ import annotations

import argparse
import codecs
import datetime as dt
import json
import os
import re
import stat
import sys
from collections.abc import Iterator, Sequence
from typing import IO, Any

from cablegram import __version__, to_json
from cablegram._encoding import Decoded, decode, with_fallback
from cablegram.adapters.sniff import parse_text
from cablegram.corpus import holds_many, read
from cablegram.errors import (
    MAX_DOCUMENT_BYTES,
    CablegramError,
    CableSyntaxError,
    Severity,
    UnknownFormatError,
)
from cablegram.frames import write
from cablegram.load import schema

__all__ = [
    "EXIT_FAILED",
    "EXIT_INTERRUPTED",
    "EXIT_OK",
    "EXIT_PIPE",
    "EXIT_USAGE",
    "MAX_DOCUMENT_BYTES",
    "json_bytes",
    "main",
]


EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2
EXIT_INTERRUPTED = 130
EXIT_PIPE = 141

_EPILOG = """\
exit status:
  0    every document was read and parsed
  1    a document failed (unreadable, too large, binary, not decodable, or a
       strict-mode error; the other files are still parsed), or the output
       could not be written
  2    usage error
  130  interrupted (Ctrl-C)
  141  standard output was closed early (as by `| head`): quiet, like cat
"""

_INPUT = """\
input:
  A FILE is read as UTF-8 (a UTF-8 byte order mark is dropped); one that starts
  with a UTF-16 byte order mark as UTF-16; other text that is not UTF-8 as
  cp1252 (Latin-1 for the bytes cp1252 leaves undefined), with one warning
  (encoding-fallback). Files with NUL bytes are refused, and so are files larger
  than --max-size. Spans count characters of the decoded text.

"""

_EXAMPLES = """\
examples:
  cablegram parse examples/data/07OTTAWA2266.txt
  cablegram parse corpus/ --jobs 2 --compact -o corpus.jsonl
  cablegram parse cablegate-html.tar.xz cables.csv.gz --quiet --compact | head
  cablegram parse extract.txt --date 2005-08-17

"""

_SIZE = re.compile(r"([0-9]+)([kKmMgG]?)")
_UNITS = {"": 1, "k": 2**10, "m": 2**20, "g": 2**30}


class _Refused(Exception):
    """A document the command line will not parse, and why (one line)."""


class _OutputError(Exception):
    """Standard output cannot be written (other than a closed pipe)."""


def _size(value: str) -> int:
    """A ``--max-size`` value: bytes, or with ``k``, ``M`` or ``G`` (1024-based)."""
    match = _SIZE.fullmatch(value.strip())
    if match is None or int(match[1]) == 0:
        raise argparse.ArgumentTypeError(
            f"{value!r} is not a positive number of bytes (k, M and G allowed: 10M)"
        )
    return int(match[1]) * _UNITS[match[2].lower()]


def build_parser() -> argparse.ArgumentParser:
    """The argparse parser of the `cablegram` command (the CLI reference of the docs
    is generated from it)."""
    formatter = argparse.RawDescriptionHelpFormatter
    parser = argparse.ArgumentParser(
        prog="cablegram",
        description="Parse diplomatic cables into JSON.",
        epilog=_EPILOG,
        formatter_class=formatter,
    )
    parser.add_argument("--version", action="version", version=f"cablegram {__version__}")
    commands = parser.add_subparsers(dest="command", required=True)
    parse = commands.add_parser(
        "parse",
        help="parse documents and print their JSON",
        description="Parse documents (cables, WikiLeaks pages, cables.csv, news items, "
        "government pages; files, folders, archives) and print their JSON.",
        epilog=_EXAMPLES + _INPUT + _EPILOG,
        formatter_class=formatter,
    )
    parse.add_argument(
        "files",
        nargs="+",
        metavar="PATH",
        help="a file, a folder, a .tar/.tar.gz/.tar.xz/.zip archive, a cables.csv "
        "(.gz, .bz2, .xz), a glob; '-' for standard input",
    )
    parse.add_argument("-o", "--output", metavar="FILE", help="write the JSON to FILE")
    parse.add_argument(
        "--jobs",
        type=_jobs,
        default=1,
        metavar="N",
        help="parse in N processes (folders, archives)",
    )
    parse.add_argument("--progress", action="store_true", help="show a progress bar")
    parse.add_argument("-q", "--quiet", action="store_true", help="no diagnostics, errors only")
    parse.add_argument("--strict", action="store_true", help="fail on the first syntax error")
    parse.add_argument(
        "--compact", action="store_true", help="one JSON object per line (JSON Lines)"
    )
    parse.add_argument("--no-raw", action="store_true", help="leave the raw text out of the JSON")
    parse.add_argument(
        "--max-size",
        type=_size,
        default=MAX_DOCUMENT_BYTES,
        metavar="SIZE",
        help="refuse a document larger than SIZE bytes (k, M, G: 1024-based; default 10M)",
    )
    commands.add_parser(
        "schema",
        help="print the JSON Schema of the output",
        description="Print the JSON Schema (draft 2020-12) of the records parse writes.",
    )
    table = commands.add_parser(
        "table",
        help="write the tidy tables of documents (Parquet or csv)",
        description="Write one table per kind of row (documents, cables, addressees, tags, "
        "references, paragraphs, diagnostics) of the documents of PATH... into DIR.",
        epilog="examples:\n  cablegram table corpus/ cables.csv.gz --to tables/ --jobs 2\n"
        "  cablegram table cablegate-html.tar.xz --to tables/ --format csv\n",
        formatter_class=formatter,
    )
    table.add_argument("files", nargs="+", metavar="PATH", help="as for parse")
    table.add_argument("--to", required=True, metavar="DIR", help="the folder to write")
    table.add_argument("--format", choices=("parquet", "csv"), default="parquet")
    table.add_argument("--jobs", type=_jobs, default=1, metavar="N", help="parse in N processes")
    table.add_argument("--progress", action="store_true", help="show a progress bar")
    show = commands.add_parser(
        "show",
        help="print a short summary of each document",
        description="Print a summary of each document of PATH... for a terminal.",
    )
    show.add_argument("files", nargs="+", metavar="PATH", help="as for parse")
    dating = parse.add_mutually_exclusive_group()
    dating.add_argument(
        "--year",
        type=_year,
        metavar="YEAR",
        help="the year of texts that do not date themselves (two-digit years read in it)",
    )
    dating.add_argument(
        "--date",
        type=_date,
        metavar="DATE",
        help="the date of texts that do not date themselves: YYYY-MM-DD (the day) or "
        "YYYY-MM-DDTHH:MM (the minute, UTC)",
    )
    return parser


def _jobs(value: str) -> int:
    if not value.isdigit() or int(value) < 1:
        raise argparse.ArgumentTypeError(f"not a number of processes: {value!r}")
    return int(value)


def _year(value: str) -> int:
    if not re.fullmatch(r"[0-9]{4}", value):
        raise argparse.ArgumentTypeError(f"not a year of four digits: {value!r}")
    return int(value)


def _date(value: str) -> dt.date:
    """``YYYY-MM-DD`` as a date, ``YYYY-MM-DDTHH:MM`` (or with a space) as a datetime."""
    if re.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", value):
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            pass
    elif re.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2}[T ][0-9]{2}:[0-9]{2}Z?", value):
        try:
            return dt.datetime.fromisoformat(value.rstrip("Z"))
        except ValueError:
            pass
    raise argparse.ArgumentTypeError(f"not YYYY-MM-DD or YYYY-MM-DDTHH:MM: {value!r}")


# ------------------------------------------------------------------ reading


def _read(path: str, limit: int) -> bytes:
    """The bytes of ``path`` (``-``: standard input), refused when over ``limit``:
    a regular file by its size, before reading; anything else after reading one
    byte more than the limit."""
    if path == "-":
        if sys.stdin is None:  # started with its descriptor closed
            raise _Refused("standard input is closed")
        stdin = getattr(sys.stdin, "buffer", None)
        if stdin is None:  # a text stream put in its place: its characters count
            text = sys.stdin.read(limit + 1)
            if len(text) > limit:
                raise _Refused(f"larger than the limit of {limit:,} bytes (--max-size)")
            return text.encode("utf-8", "surrogateescape")
        return _read_at_most(stdin, limit)
    with open(path, "rb") as handle:
        info = os.fstat(handle.fileno())
        if stat.S_ISREG(info.st_mode) and info.st_size > limit:
            raise _Refused(
                f"{info.st_size:,} bytes, larger than the limit of {limit:,} bytes (--max-size)"
            )
        return _read_at_most(handle, limit)


def _read_at_most(handle: IO[bytes], limit: int) -> bytes:
    """Up to ``limit`` bytes of ``handle``; refused when there are more."""
    data = handle.read(limit + 1)
    if len(data) > limit:
        raise _Refused(f"larger than the limit of {limit:,} bytes (--max-size)")
    return data


def _decode(data: bytes) -> Decoded:
    """The text of ``data`` (see the module's docstring for the rules; the policy is
    :mod:`cablegram._encoding`'s, shared with :func:`cablegram.parse_file`): bytes
    with a NUL outside UTF-16 are refused."""
    utf16 = data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE))
    if not utf16 and b"\x00" in data:
        raise _Refused("binary data (NUL bytes), not text")
    try:
        decoded = decode(data)
    except UnknownFormatError as exc:
        raise _Refused(str(exc)) from None
    if utf16 and "\x00" in decoded.text:
        raise _Refused("binary data (NUL characters), not text")
    return decoded


# ------------------------------------------------------------------ writing


def _json(document: object, args: argparse.Namespace) -> bytes:
    return json_bytes(document, indent=None if args.compact else 2, raw=not args.no_raw)


def _output(args: argparse.Namespace) -> _Writer:
    """Where the JSON goes: ``-o FILE`` (opened once), else standard output."""
    writer: _Writer | None = getattr(args, "writer", None)
    if writer is None:
        writer = args.writer = _Writer(args.output)
    return writer


class _Writer:
    """Standard output, or the file of ``-o``."""

    def __init__(self, path: str | None) -> None:
        try:
            self._file = open(path, "wb") if path else None  # noqa: SIM115
        except OSError as exc:
            raise _OutputError(f"{path}: {exc.strerror or exc}") from exc

    def write(self, data: bytes) -> None:
        if self._file is None:
            _write(data)
            return
        try:
            self._file.write(data)
        except OSError as exc:
            raise _OutputError(exc.strerror or str(exc)) from exc

    def close(self) -> None:
        if self._file is not None:
            self._file.close()


def json_bytes(cable: object, *, indent: int | None, raw: bool) -> bytes:
    """The JSON of ``cable`` and a newline, as UTF-8 that is always valid: a lone
    surrogate (which UTF-8 cannot hold) is written as its escape (``\\ud800``), the
    way ``ensure_ascii`` writes it; JSON strings hold a backslash only as ``\\\\``,
    so the escape reads back as the same character."""
    return (to_json(cable, indent=indent, raw=raw) + "\n").encode("utf-8", "backslashreplace")


def _write(data: bytes) -> None:
    """Write ``data`` to standard output and flush it (a closed pipe raises
    BrokenPipeError; any other failure is an :class:`_OutputError`)."""
    if sys.stdout is None:  # started with its descriptor closed
        raise _OutputError("standard output is closed")
    try:
        out = getattr(sys.stdout, "buffer", None)
        if out is None:  # a text stream put in its place
            sys.stdout.write(data.decode("utf-8"))
            sys.stdout.flush()
        else:
            out.write(data)
            out.flush()
    except BrokenPipeError:
        raise
    except OSError as exc:
        raise _OutputError(exc.strerror or str(exc)) from exc


def _say(line: str) -> None:
    print(line, file=sys.stderr, flush=True)


def _silence_stdout() -> None:
    """Point standard output at the null device, so that the interpreter's last
    flush of what could not be written does not fail again (with a traceback)."""
    try:
        null = os.open(os.devnull, os.O_WRONLY)
        os.dup2(null, sys.stdout.fileno())
        os.close(null)
    except (OSError, ValueError, AttributeError):
        pass


# ------------------------------------------------------------------ one file


def _parse_one(path: str, args: argparse.Namespace) -> bool:
    """Read, parse and print one file (or standard input): its document, or the
    documents it holds (a cables.csv, a news day page); False when it failed (said
    on stderr)."""
    name = "<stdin>" if path == "-" else path
    try:
        decoded = _decode(_read(path, args.max_size))
    except _Refused as exc:
        _say(f"{name}: error: {exc}")
        return False
    except OSError as exc:
        _say(f"{name}: error: {exc.strerror or exc}")
        return False
    text, fallback = decoded.text, decoded.diagnostic()
    if decoded.encoding == "utf-16" and not args.quiet:
        _say(f"{name}: info: {decoded.message()}")
    if fallback is not None:  # said before parsing: a strict-mode error may follow
        _say(f"{name}: {fallback.severity.value}: [{fallback.code}] {fallback.message}")
    try:
        parsed = parse_text(text, strict=args.strict, source=None, year=args.year, date=args.date)
        documents = list(parsed) if isinstance(parsed, tuple) else [parsed]
    except CableSyntaxError as exc:
        _say(f"{name}:{exc.line}:{exc.column}: error: {exc}")
        return False
    except CablegramError as exc:
        _say(f"{name}: error: {exc}")
        return False
    for document in documents:
        _print(document, name, text, args, skip={fallback.code} if fallback else set())
        _output(args).write(_json(with_fallback(document, decoded), args))
    return True


def _parse_many(path: str, args: argparse.Namespace) -> bool:
    """Read, parse and print every document of a folder, an archive, a cables.csv
    or a glob (:func:`cablegram.read`); False when the path itself failed, or with
    ``--strict`` when any document did (each said on stderr in one line)."""
    reader = read(
        path,
        jobs=args.jobs,
        progress=args.progress or None,
        strict=args.strict,
        max_size=args.max_size,
        year=args.year,
        date=args.date,
    )
    ok = True
    with reader:
        for document in reader:
            name = document.source or path
            _print(document, name, getattr(document, "raw", ""), args, skip=set())
            _output(args).write(_json(document, args))
            ok = _said(reader.collected, [path], args) and ok
    return _said(reader.collected, [path], args) and ok


def _said(errors: list[CablegramError], paths: Sequence[str], args: argparse.Namespace) -> bool:
    """Say each error collected so far (and forget it); False when one is of a path
    named on the command line or, with ``--strict``, when there is any."""
    ok = True
    while errors:
        error = errors.pop(0)
        source, message = getattr(error, "source", None), str(error)
        if source and message.startswith(f"{source}: "):
            message = message[len(source) + 2 :]
        _say(f"{source}: error: {message}" if source else f"cablegram: error: {message}")
        named = source in paths or any(str(error).startswith(f"{path}: ") for path in paths)
        if getattr(args, "strict", False) or named:
            ok = False
    return ok


def _documents(args: argparse.Namespace) -> tuple[Iterator[Any], list[CablegramError]]:
    """The documents of every PATH (one stream), and the errors said so far."""
    reader = read(
        args.files, jobs=getattr(args, "jobs", 1), progress=getattr(args, "progress", None)
    )
    return reader, reader.collected


def _table(args: argparse.Namespace) -> int:
    """``cablegram table``: the tidy tables of the documents, one file each."""
    documents, errors = _documents(args)
    try:
        folder = write(documents, args.to, format=args.format)
    except ImportError as exc:
        _say(f"cablegram: error: {exc}")
        return EXIT_FAILED
    except OSError as exc:
        _say(f"cablegram: error: {args.to}: {exc.strerror or exc}")
        return EXIT_FAILED
    ok = _said(errors, args.files, args)
    _say(f"cablegram: wrote {len(list(folder.iterdir()))} tables to {folder}")
    return EXIT_OK if ok else EXIT_FAILED


def _show(args: argparse.Namespace) -> int:
    """``cablegram show``: a summary of each document for a terminal."""
    documents, errors = _documents(args)
    for document in documents:
        summary = getattr(document, "summary_text", None)
        text = summary() if summary is not None else repr(document)
        _write(f"{document.source or ''}\n{text}\n\n".encode("utf-8", "backslashreplace"))
    return EXIT_OK if _said(errors, args.files, args) else EXIT_FAILED


def _print(
    document: object, name: str, text: str, args: argparse.Namespace, skip: set[str]
) -> None:
    """The document's diagnostics on stderr (``--quiet``: errors only), with the line
    and column of their span in ``text`` (the document's own text)."""
    text = getattr(document, "raw", None) or text
    for d in getattr(document, "diagnostics", ()):
        if d.code in skip or (args.quiet and d.severity is not Severity.ERROR):
            continue
        where = ""
        if d.span is not None:
            line = text.count("\n", 0, d.span.start) + 1
            col = d.span.start - (text.rfind("\n", 0, d.span.start) + 1) + 1
            where = f"{line}:{col}:"
        _say(f"{name}:{where} {d.severity.value}: [{d.code}] {d.message}")


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; the exit status is returned (see the module's
    docstring), never raised, and no traceback is printed for the cases above."""
    try:
        try:
            args = build_parser().parse_args(argv)
        except SystemExit as exc:
            return int(exc.code or 0)
        if args.command == "schema":
            _write((json.dumps(schema(), indent=2) + "\n").encode("utf-8"))
            return EXIT_OK
        if args.command in ("table", "show"):
            return _table(args) if args.command == "table" else _show(args)
        status = EXIT_OK
        output = _output(args)
        try:
            for path in args.files:
                single = path == "-" or not holds_many(path)
                if not (_parse_one(path, args) if single else _parse_many(path, args)):
                    status = EXIT_FAILED
        finally:
            output.close()
        return status
    except KeyboardInterrupt:
        _say("cablegram: interrupted")
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        _silence_stdout()
        return EXIT_PIPE
    except _OutputError as exc:
        _silence_stdout()
        _say(f"cablegram: cannot write the output: {exc}")
        return EXIT_FAILED
