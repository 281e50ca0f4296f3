"""Speed, latency, garbage, scaling and import time of the cable parser on a corpus.

    python bench/bench_parse.py [CORPUS_DIR] [--runs N] [--garbage-sample N] [--no-pool]

Prints, for each of ``--runs`` runs over every cable of the corpus (one core, the
garbage collector on, as a user runs it):

- cables/s, and the same run's *regex floor*: one pass per text of one combined
  regex that finds every kind of line the parser reads (transmission lines, address
  lines, banner, header fields, paragraphs, page markers, summary and comment
  markers, the end of the text); the ratio of the two says how far the parser is
  from doing nothing but finding its lines.  Each run starts with the parser's
  caches of lines and words it has read emptied (the code tables stay loaded), so
  that it does not profit from the run before over the same texts;
- p50, p99 and max time per cable, with the slowest cables;

then, once:

- the cyclic garbage a parse leaves: ``gc.collect()`` after each parse of a sample of
  cables (the collector off in between), as objects per cable (mean and max);
- 1 worker process against 2 (``concurrent.futures``, the same chunks), cables/s and
  the ratio;
- ``import cablegram`` in a new interpreter, best and median of 7;
- the cables that raised (there should be none) and the diagnostics tally.

The default corpus is ``../shared/corpus/cables/cablegate`` beside the repository.
"""

from __future__ import annotations

import argparse
import collections
import gc
import os
import re
import statistics
import subprocess
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import cablegram

DEFAULT = Path(__file__).resolve().parents[1].parent / "shared/corpus/cables/cablegate"

#: Every kind of line the parser reads, one alternative each, after a newline (a
#: literal the regex engine finds fast; the text's first line is matched on its own).
_LINE_KINDS = r"""[ \t]*(?:
      VZCZC                                               # FL1
    | (?:ZZ|OO|PP|RR|NN)\ +[A-Z]                          # FL2
    | DE\ +[A-Z]                                          # FL3
    | ZN[RY]\                                             # FL4
    | (?:[ZOPR]\ (?:[ZOPR]\ )?)?\d{6}\ ?Z\ +[A-Za-z]{3}    # FL5
    | (?:FM|TO|INFO|XMT|CC)(?:\ +|/)                      # FL6-FL9
    | (?:BT|NNNN)\s*$                                     # operating lines
    | (?:UNCLAS|C\ ?O\ ?N\ ?F|S\ ?E\ ?C\ ?R|LIMITED|T\ ?O\ ?P)   # banner, class lines
    | PAGE\ +\d                                           # received copy, page markers
    | (?:ACTION|ORIGIN|INFO)\ +[A-Z]                      # distribution
    | -{9,}                                               # separator
    | (?i:E\.?\ ?O\.?\ ?\d{4}|TAGS?|SUBJ|REF|CLASSIFIED\ +BY)  # header fields
    | ¶?\ ?\d{1,3}[.)]                                    # numbered paragraphs
    | \((?:TS|SBU|LOU|U|C|S)[/)\ ]                        # marked paragraphs
    | (?i:(?:BEGIN\ )?SUMMARY|(?:END\ )?COMMENT)          # summary, comments
    | (?:Cable\ dated|This\ record|From:|Sent:)           # wrappers
    )"""
FLOOR = re.compile(r"(?mx)\n" + _LINE_KINDS)
FIRST = re.compile(r"(?mx)" + _LINE_KINDS)


def floor(texts: list[str]) -> float:
    """Seconds for one FLOOR pass over every text (the best of three)."""
    best = float("inf")
    for _ in range(3):
        start = time.perf_counter()
        for text in texts:
            FIRST.match(text)
            for _match in FLOOR.finditer(text):
                pass
        best = min(best, time.perf_counter() - start)
    return best


def clear_text_caches() -> int:
    """Empty the parser's bounded caches of texts it has read (LRU caches keyed by a
    line or a word), so that a run does not profit from an earlier run over the same
    texts; the code tables, loaded once per process, stay.  Returns how many."""
    cleared = 0
    for name, module in list(sys.modules.items()):
        if not name.startswith("cablegram"):
            continue
        for value in list(vars(module).values()):
            info = getattr(value, "cache_info", None)
            if info is not None and info().maxsize is not None:
                value.cache_clear()
                cleared += 1
    return cleared


def one_run(texts: list[tuple[str, str]]) -> tuple[list[tuple[float, str]], float]:
    """Per-cable times (seconds, id) of one parse of every text, and the total, with
    the text caches emptied first (:func:`clear_text_caches`)."""
    clear_text_caches()
    timings = []
    clock = time.perf_counter
    start_all = clock()
    for name, text in texts:
        start = clock()
        cablegram.parse_cable(text)
        timings.append((clock() - start, name))
    return timings, clock() - start_all


def garbage(texts: list[tuple[str, str]], sample: int) -> tuple[float, int, int]:
    """Cyclic objects a parse leaves: mean and max per cable over ``sample`` cables,
    and how many cables left any."""
    step = max(1, len(texts) // sample)
    counts = []
    gc.collect()
    gc.disable()
    try:
        for _name, text in texts[::step][:sample]:
            cablegram.parse_cable(text)
            counts.append(gc.collect())
    finally:
        gc.enable()
    return statistics.fmean(counts), max(counts), sum(1 for c in counts if c)


def _parse_files(paths: list[str]) -> int:
    for path in paths:
        cablegram.parse_cable(Path(path).read_text(encoding="utf-8"))
    return len(paths)


def pooled(paths: list[str], workers: int) -> float:
    """Cables/s parsing every file in ``workers`` processes (chunks of 64, started
    and warmed before the clock runs)."""
    chunks = [paths[k : k + 64] for k in range(0, len(paths), 64)]
    with ProcessPoolExecutor(workers) as pool:
        list(pool.map(_parse_files, [paths[:32]] * workers))  # start and warm up
        start = time.perf_counter()
        done = sum(pool.map(_parse_files, chunks))
        return done / (time.perf_counter() - start)


def import_time() -> tuple[float, float]:
    """Best and median seconds of ``import cablegram`` in a new interpreter."""
    code = "import time; t = time.perf_counter(); import cablegram; print(time.perf_counter() - t)"
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "0"}
    times = []
    for _ in range(7):
        out = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env
        )
        times.append(float(out.stdout))
    return min(times), statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--garbage-sample", type=int, default=500)
    parser.add_argument("--no-pool", action="store_true", help="skip the 1-vs-2 process run")
    args = parser.parse_args()
    files = sorted(args.corpus.glob("*.txt"))
    if not files:
        print(f"no cables under {args.corpus}", file=sys.stderr)
        return 2
    texts = [(f.stem, f.read_text(encoding="utf-8")) for f in files]
    n = len(texts)
    failures, tally = _check(texts)
    print(f"corpus: {args.corpus} ({n} cables, {sum(len(t) for _, t in texts):,} characters)")
    for run in range(1, args.runs + 1):
        timings, total = one_run(texts)
        base = floor([t for _, t in texts])
        timings.sort()
        p50, p99, worst = (timings[int(n * q)][0] * 1e3 for q in (0.5, 0.99, (n - 1) / n))
        slowest = ", ".join(f"{k} {t * 1e3:.1f}" for t, k in timings[-3:][::-1])
        print(
            f"run {run}: {n / total:,.0f} cables/s; floor {n / base:,.0f} cables/s;"
            f" ratio {base / total:.3f}; per cable p50 {p50:.2f} ms, p99 {p99:.2f} ms,"
            f" max {worst:.2f} ms ({slowest})"
        )
    mean, most, dirty = garbage(texts, args.garbage_sample)
    sample = min(args.garbage_sample, n)
    print(
        f"cyclic garbage: {mean:.1f} objects per cable (max {most}; {dirty} of {sample}"
        f" cables left any)"
    )
    if not args.no_pool:
        paths = [str(f) for f in files]
        one, two = pooled(paths, 1), pooled(paths, 2)
        print(
            f"processes: 1 worker {one:,.0f} cables/s, 2 workers {two:,.0f}; ratio {two / one:.2f}"
        )
    best, median = import_time()
    print(f"import cablegram: best {best * 1e3:.0f} ms, median {median * 1e3:.0f} ms")
    print(f"raised: {len(failures)}")
    for name, error in failures[:20]:
        print(f"  RAISED {name}: {error}")
    print("diagnostics:")
    for code, count in tally.most_common():
        print(f"  {count:6d}  {code}")
    return 1 if failures else 0


def _check(texts: list[tuple[str, str]]) -> tuple[list[tuple[str, str]], collections.Counter[str]]:
    """Parse every text once (warming the caches): what raised, and the diagnostics."""
    failures = []
    tally: collections.Counter[str] = collections.Counter()
    for name, text in texts:
        try:
            cable = cablegram.parse_cable(text)
        except Exception as exc:  # report, never stop the run
            failures.append((name, f"{type(exc).__name__}: {exc}"))
            continue
        tally.update(d.code for d in cable.diagnostics)
    return failures, tally


if __name__ == "__main__":
    raise SystemExit(main())
