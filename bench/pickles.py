"""Pickling over every document of ``../shared``: each document is pickled as soon as
it is parsed (its deferred fields not read yet, as a worker of ``cablegram.read``
sends it), loaded back, and its JSON compared with that of the document itself.

    python bench/pickles.py

The documents are those of ``bench/golden.py``.  Prints how many documents were
pickled, how many came back different (should be 0), how many had a deferred field
computed by pickling (should be 0: the value is computed where it is read), and the
mean pickle size and times of a document.
"""

from __future__ import annotations

import io
import pickle
import sys
import time
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from golden import _jobs  # beside this script

import cablegram
from cablegram._lazy import pending


def _documents(how: str, text: str) -> list[Any]:
    if how == "cable":
        return [cablegram.parse_cable(text)]
    if how == "html":
        return [cablegram.parse_wikileaks_html(text)]
    if how == "csv":
        return list(cablegram.read_cables_csv(io.StringIO(text)))
    parsed = cablegram.parse(text)
    return list(parsed) if isinstance(parsed, tuple) else [parsed]


def _check(job: tuple[str, str, str]) -> tuple[str, int, int, int, int, float, float]:
    """(key, documents, differing, deferred computed by pickling, bytes, dump s, load s)."""
    key, how, text = job
    try:
        documents = _documents(how, text)
    except cablegram.CablegramError:
        return key, 0, 0, 0, 0, 0.0, 0.0
    differ = computed = size = 0
    dump = load = 0.0
    for document in documents:
        before = pending(document)
        start = time.perf_counter()
        blob = pickle.dumps(document, protocol=pickle.HIGHEST_PROTOCOL)
        middle = time.perf_counter()
        again = pickle.loads(blob)
        dump, load = dump + middle - start, load + time.perf_counter() - middle
        size += len(blob)
        if pending(document) != before or pending(again) != before:
            computed += 1
        if cablegram.to_json(again) != cablegram.to_json(document) or again != document:
            differ += 1
    return key, len(documents), differ, computed, size, dump, load


def _results() -> Iterator[tuple[str, int, int, int, int, float, float]]:
    with ProcessPoolExecutor(2) as pool:
        yield from pool.map(_check, _jobs(), chunksize=16)


def main() -> int:
    documents = differ = computed = size = 0
    dump = load = 0.0
    shown: list[str] = []
    for key, count, bad, forced, nbytes, dumped, loaded in _results():
        documents += count
        differ += bad
        computed += forced
        size += nbytes
        dump += dumped
        load += loaded
        if (bad or forced) and len(shown) < 10:
            shown.append(f"  {key}: {bad} differ, {forced} computed by pickling")
    each = max(documents, 1)
    print(
        f"pickled {documents:,} documents: {differ} differ, {computed} had a deferred "
        f"field computed by pickling; per document {size / each:,.0f} bytes, "
        f"dump {dump / each * 1e3:.3f} ms, load {load / each * 1e3:.3f} ms"
    )
    print("\n".join(shown))
    return 1 if differ or computed else 0


if __name__ == "__main__":
    sys.exit(main())
