"""Reading a whole corpus with cablegram.read: speed with one and two worker
processes, and memory when the corpus is read once and ten times over.

    python bench/corpus_bench.py [--runs N] [--skip-memory]

For the text folder (``../shared/corpus/cables/cablegate``) and the HTML archive
(``cablegate-html.tar.xz``) it prints documents/s with ``jobs=1`` and ``jobs=2``
and their ratio (each the best of ``--runs``), then the peak resident memory of a
new process that reads the text folder once, and of one that reads it ten times
over (the stream keeps nothing: the second should be no more than 1.2 times the
first).  Every document is consumed and dropped, as a user counting or writing
them would.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

import cablegram

SHARED = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "cables"
SOURCES = {
    "text folder": SHARED / "cablegate",
    "HTML archive": SHARED / "cablegate-html.tar.xz",
}


def rate(source: Path, jobs: int, runs: int) -> tuple[float, int, int]:
    """Best documents/s of ``runs`` reads, the documents and the errors collected."""
    best, count, errors = float("inf"), 0, 0
    for _ in range(runs):
        start = time.perf_counter()
        reader = cablegram.read(source, jobs=jobs)
        count = sum(1 for _ in reader)
        best = min(best, time.perf_counter() - start)
        errors = len(reader.collected)
    return count / best, count, errors


def peak_rss_mb(times: int) -> float:
    """Peak resident memory (MB) of a new process that reads the text folder ``times``
    times over."""
    code = (
        "import resource, cablegram, sys\n"
        f"for _ in range({times}):\n"
        f"    for _doc in cablegram.read({str(SOURCES['text folder'])!r}):\n"
        "        pass\n"
        "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    kilobytes = int(out.stdout.strip())
    return kilobytes / 1024 if sys.platform != "darwin" else kilobytes / 2**20


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=2)
    parser.add_argument("--skip-memory", action="store_true")
    args = parser.parse_args()
    print(f"cores: {os.cpu_count()}")
    for name, source in SOURCES.items():
        if not source.exists():
            print(f"{name}: {source} not found")
            continue
        one, count, errors = rate(source, 1, args.runs)
        two, _, _ = rate(source, 2, args.runs)
        print(
            f"{name}: {count:,} documents ({errors} errors); jobs=1 {one:,.0f} docs/s, "
            f"jobs=2 {two:,.0f} docs/s; ratio {two / one:.2f}"
        )
    if not args.skip_memory:
        once, ten = peak_rss_mb(1), peak_rss_mb(10)
        print(
            f"peak RSS reading the text folder: once {once:.0f} MB, ten times {ten:.0f} MB;"
            f" ratio {ten / once:.2f}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
