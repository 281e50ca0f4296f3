"""Parse time grows linearly with the input, shape by shape (issue 11): for every
hostile shape of :mod:`tests.shapes`, the time for 8n characters stays under 16
times the time for n.  ``bench/growth.py`` measures the same shapes up to 10 MB."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from .shapes import READERS, SHAPES, best_time, sized

SIZE = 4_000  # n: small enough for CI, large enough to show the square


@pytest.mark.parametrize(("name", "kind", "make"), SHAPES, ids=[s[0] for s in SHAPES])
def test_time_grows_linearly(name: str, kind: str, make: Callable[[int], str]) -> None:
    read = READERS[kind]
    small, large = sized(make, SIZE), sized(make, 8 * SIZE)
    read(small)  # caches and tables loaded
    for _attempt in range(3):  # a busy machine may slow one measurement down
        ratio = best_time(read, large) / max(best_time(read, small), 1e-6)
        if ratio < 16:
            return
    pytest.fail(f"{name}: 8x the input took {ratio:.1f}x the time")
