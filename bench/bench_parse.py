"""Parse every cable of the shared corpus and print speed and diagnostics figures.

    python bench/bench_parse.py [CORPUS_DIR]

Prints cables/s on one core, p50/p99/max time per cable (with the slowest ids),
the cables that raised (there should be none), the diagnostics tally by code and
the share of non-white-space characters left in ``unparsed``.
"""

from __future__ import annotations

import collections
import gc
import sys
import time
from pathlib import Path

import cablegram

DEFAULT = Path(__file__).resolve().parents[1].parent / "shared/corpus/cables/cablegate"


def main() -> int:
    corpus = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT
    files = sorted(corpus.glob("*.txt"))
    if not files:
        print(f"no cables under {corpus}", file=sys.stderr)
        return 2
    texts = [(f.stem, f.read_text(encoding="utf-8")) for f in files]
    cablegram.parse_cable(texts[0][1])  # load tables and compile grammars first
    timings: list[tuple[float, str]] = []
    failures: list[tuple[str, str]] = []
    tally: collections.Counter[str] = collections.Counter()
    unparsed = total = 0
    # Time spent in the cycle collector, so that a pause that falls into one cable
    # (pyparsing leaves cyclic garbage: caught exceptions with their frames) can be
    # told apart from that cable's own parsing time.
    pause = [0.0, 0.0]  # total, start of the current collection

    def on_gc(phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            pause[1] = time.perf_counter()
        else:
            pause[0] += time.perf_counter() - pause[1]

    gc.callbacks.append(on_gc)
    own: list[tuple[float, str]] = []
    for name, text in texts:
        before = pause[0]
        start = time.perf_counter()
        try:
            cable = cablegram.parse_cable(text)
        except Exception as exc:  # report, never stop the run
            failures.append((name, f"{type(exc).__name__}: {exc}"))
            continue
        spent = time.perf_counter() - start
        timings.append((spent, name))
        own.append((spent - (pause[0] - before), name))
        tally.update(d.code for d in cable.diagnostics)
        total += sum(1 for ch in text if not ch.isspace())
        unparsed += sum(1 for u in cable.unparsed for ch in u.text if not ch.isspace())
    timings.sort()
    n = len(timings)
    elapsed = sum(t for t, _ in timings)
    print(f"corpus: {corpus} ({len(texts)} cables)")
    print(f"parsed: {n}, raised: {len(failures)}")
    print(f"speed: {n / elapsed:,.0f} cables/s on one core")
    print(
        f"per cable: p50 {timings[n // 2][0] * 1e3:.2f} ms,"
        f" p99 {timings[min(n - 1, int(n * 0.99))][0] * 1e3:.2f} ms,"
        f" max {timings[-1][0] * 1e3:.2f} ms"
    )
    print("slowest:", ", ".join(f"{name} {t * 1e3:.1f} ms" for t, name in timings[-5:][::-1]))
    own.sort()
    print(
        f"garbage collector: {pause[0]:.2f} s of {elapsed:.2f} s;"
        f" without its pauses the slowest cables take "
        + ", ".join(f"{name} {t * 1e3:.1f} ms" for t, name in own[-3:][::-1])
    )
    print(f"unparsed: {unparsed:,} of {total:,} non-space characters ({unparsed / total:.3%})")
    print("diagnostics:")
    for code, count in tally.most_common():
        print(f"  {count:6d}  {code}")
    for name, error in failures[:20]:
        print(f"RAISED {name}: {error}")
    return 1 if failures else 0


if __name__ == "__main__":
    raise SystemExit(main())
