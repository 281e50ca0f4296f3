"""Command line: ``cablegram parse FILE... [--strict] [--compact]``.

JSON goes to standard output, diagnostics to standard error.  Exit status:
0 success, 1 a strict-mode syntax error (or an unreadable file), 2 usage error.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from cablegram import __version__, parse_cable, to_json
from cablegram.errors import CablegramError, CableSyntaxError


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="cablegram", description="Parse diplomatic cables into JSON."
    )
    parser.add_argument("--version", action="version", version=f"cablegram {__version__}")
    commands = parser.add_subparsers(dest="command", required=True)
    parse = commands.add_parser("parse", help="parse cable text files and print their JSON")
    parse.add_argument("files", nargs="+", metavar="FILE", help="cable text files ('-' for stdin)")
    parse.add_argument("--strict", action="store_true", help="fail on the first syntax error")
    parse.add_argument(
        "--compact", action="store_true", help="one JSON object per line (JSON Lines)"
    )
    parse.add_argument("--no-raw", action="store_true", help="leave the raw text out of the JSON")
    return parser


def _read(path: str) -> str:
    if path == "-":
        return sys.stdin.read()
    with open(path, encoding="utf-8", errors="replace", newline="") as handle:
        return handle.read()


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:
        return int(exc.code or 0)
    status = 0
    for path in args.files:
        try:
            text = _read(path)
        except OSError as exc:
            print(f"cablegram: {path}: {exc.strerror or exc}", file=sys.stderr)
            status = 1
            continue
        try:
            cable = parse_cable(text, strict=args.strict)
        except CableSyntaxError as exc:
            print(f"{path}:{exc.line}:{exc.column}: error: {exc}", file=sys.stderr)
            status = 1
            continue
        except CablegramError as exc:
            print(f"{path}: error: {exc}", file=sys.stderr)
            status = 1
            continue
        for d in cable.diagnostics:
            where = ""
            if d.span is not None:
                line = text.count("\n", 0, d.span.start) + 1
                col = d.span.start - (text.rfind("\n", 0, d.span.start) + 1) + 1
                where = f"{line}:{col}:"
            print(f"{path}:{where} {d.severity.value}: [{d.code}] {d.message}", file=sys.stderr)
        print(to_json(cable, indent=None if args.compact else 2, raw=not args.no_raw))
    return status
