"""State and types under hostile use (issue 11): threads at a cold start, hashing and
changing a frozen cable, pickling an error with notes."""

from __future__ import annotations

import gc
import pickle
import subprocess
import sys
import tracemalloc
from pathlib import Path

import pytest

import cablegram
import cablegram._cache
from cablegram.cable.fields import captions, tag_words
from cablegram.errors import CableSyntaxError, DocumentSyntaxError, DocumentTextError

SEED = Path(__file__).resolve().parents[1] / "examples/data/07OTTAWA2266.txt"

_COLD_START = """
import sys, threading
sys.setswitchinterval(1e-6)
import cablegram
text = open(sys.argv[1], encoding="utf-8", newline="").read()
out = [None] * 8
def work(k):
    out[k] = cablegram.to_json(cablegram.parse_cable(text))
threads = [threading.Thread(target=work, args=(k,)) for k in range(8)]
for t in threads: t.start()
for t in threads: t.join()
after = cablegram.to_json(cablegram.parse_cable("1. (C) A marked paragraph.\\n"))
print(len(set(out)), "marking-syntax" in "".join(out) + after)
"""


@pytest.mark.parametrize("run", range(4))
def test_b8_threads_parsing_at_a_cold_start_agree_and_cache_no_failure(run: int) -> None:
    # Each run is a fresh process: every grammar, table and cache is cold when eight
    # threads, switched every microsecond, parse the same cable at once.
    done = subprocess.run(
        [sys.executable, "-c", _COLD_START, str(SEED)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["1", "False"]


def test_b14_a_cable_is_hashable_and_its_metadata_read_only() -> None:
    metadata = {"source": "cables.csv row 12"}
    cable = cablegram.parse_cable(SEED.read_text(encoding="utf-8"), metadata=metadata)
    assert hash(cable) == hash(pickle.loads(pickle.dumps(cable)))
    assert {cable} == {cable}
    with pytest.raises(TypeError):
        cable.metadata["source"] = "elsewhere"  # type: ignore[index]
    metadata["source"] = "changed after the parse"
    assert cable.source == "cables.csv row 12"
    assert cable.metadata == {"source": "cables.csv row 12"}
    assert cablegram.to_dict(cable)["metadata"] == {"source": "cables.csv row 12"}


def test_b14_every_document_kind_is_hashable() -> None:
    data = Path(__file__).parent / "data"
    for path in sorted(data.glob("00[01]_*.txt")):
        document = cablegram.parse(path)
        assert hash(document) == hash(pickle.loads(pickle.dumps(document)))


def _add_note(error: BaseException, note: str) -> None:
    """``error.add_note(note)`` (Python 3.11+), or what it does, before 3.11."""
    add_note = getattr(error, "add_note", None)
    if add_note is not None:
        add_note(note)
    else:
        error.__notes__ = [*getattr(error, "__notes__", []), note]  # type: ignore[attr-defined]


def test_b17_a_pickled_error_keeps_its_notes() -> None:
    with pytest.raises(CableSyntaxError) as raised:
        cablegram.parse_cable("FM AMEMBASSY OTTAWA\nSECSTATE WASHDC\n", strict=True)
    error = raised.value
    _add_note(error, "in cables.csv, the row starting on line 12")
    again = pickle.loads(pickle.dumps(error))
    assert again.__notes__ == ["in cables.csv, the row starting on line 12"]
    assert (again.line, again.column, str(again)) == (error.line, error.column, str(error))
    for other in (
        DocumentSyntaxError("no cable on the page", code="html-no-cable", source="x.html"),
        DocumentTextError("bad line", kind="page", line=1, column=1, line_text="x"),
    ):
        _add_note(other, "a note")
        assert pickle.loads(pickle.dumps(other)).__notes__ == ["a note"]


def _retained_after_long_lines() -> int:
    """Bytes still held after parsing three cables, each with a different 1 MB
    handling line and 1 MB TAGS word (what the parser's caches keep)."""
    base = SEED.read_text(encoding="utf-8")
    gc.collect()
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        for k in range(3):
            long_line = f"PASS TO X{k} " + "SIPDIS " * 150_000
            text = base.replace("SIPDIS", long_line, 1).replace(
                "TAGS:", f"TAGS: Q{k}" + "W" * 1_000_000 + " ", 1
            )
            cablegram.parse_cable(text)
        del text, long_line  # only what the parser keeps is counted
        gc.collect()
        return tracemalloc.get_traced_memory()[0] - before
    finally:
        tracemalloc.stop()


def test_the_parser_caches_keep_no_long_line_alive(monkeypatch: pytest.MonkeyPatch) -> None:
    # 6 MB of hostile lines go through the parser; its caches keep none of them
    _retained_after_long_lines()  # the code tables these lines load stay, as they should
    assert _retained_after_long_lines() < 500_000
    # ... which they would, were every text a key (the test can fail)
    monkeypatch.setattr(cablegram._cache, "LONGEST", 10**9)
    for cache in (captions._captions_in, tag_words.tag_kind, tag_words.misspelt_tag):
        cache.cache_clear()  # type: ignore[attr-defined]
    assert _retained_after_long_lines() > 4_000_000
