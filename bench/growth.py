"""How parse time grows with the input, shape by shape.

    python bench/growth.py [--max-mb 10] [--budget 60] [--shape NAME]...

For every hostile shape of ``tests/shapes.py``, the text is made at about 1 KB,
10 KB, 100 KB, 1 MB and 10 MB and parsed with the parser's caches of lines and words
emptied (the best of three, in CPU time).  It prints the time, the ratio to
the size before (about 10 when time grows linearly, 100 when it grows with the square) and
microseconds per input character.  A shape stops growing once one parse takes
longer than ``--budget`` seconds.  Exit status 1 when a shape grows faster than 14×
per 10× or costs more than 1 µs a character at 1 MB.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench_parse import clear_text_caches  # beside this script
from tests.shapes import READERS, SHAPES, sized


def _time(read: Callable[[str], object], text: str, repeats: int) -> float:
    """Best time of ``repeats`` parses, each with the parser's caches of lines and
    words emptied first: the time of a text never seen."""
    best = float("inf")
    for _ in range(repeats):
        clear_text_caches()
        start = time.process_time()  # the parser's own time, not the machine's other work
        read(text)
        best = min(best, time.process_time() - start)
    return best


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--max-mb", type=float, default=10.0)
    parser.add_argument("--budget", type=float, default=60.0)
    parser.add_argument("--shape", action="append", help="only this shape (repeatable)")
    args = parser.parse_args()
    sizes = [10**e for e in range(3, 8) if 10**e <= args.max_mb * 1_000_000]
    failed = []
    for name, kind, make in SHAPES:
        if args.shape and name not in args.shape:
            continue
        read, previous, cells = READERS[kind], None, []
        for size in sizes:
            text = sized(make, size)
            took = _time(read, text, 3)
            ratio = took / previous if previous else None
            per_char = took / len(text) * 1e6
            cells.append(
                f"{size // 1000:>6} KB {took:8.3f} s" + (f" ×{ratio:5.1f}" if ratio else "       ")
            )
            if (ratio is not None and size >= 100_000 and ratio > 14) or (
                size == 1_000_000 and per_char > 1.0
            ):
                failed.append(
                    f"{name} at {size // 1000} KB: ×{ratio or 0:.1f}, {per_char:.2f} µs/char"
                )
            previous = took
            if took > args.budget:
                cells.append("(stopped: over budget)")
                failed.append(f"{name}: over the {args.budget:.0f} s budget at {size // 1000} KB")
                break
        print(f"{name:24s} {kind:8s} " + " | ".join(cells), flush=True)
    print(f"{len(failed)} problems")
    for line in failed:
        print("  " + line)
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
