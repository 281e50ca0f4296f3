from __future__ import annotations

import runpy
import sys
from pathlib import Path

import pytest

FOLDER = Path(__file__).parents[1] / "examples"
#: The examples that run without arguments (dask_corpus.py takes a corpus and a
#: folder: tests/test_notebook_and_dask.py runs it).
EXAMPLES = [FOLDER / "kosovo_timeline.py", FOLDER / "parse_seed.py"]


def test_example_count() -> None:
    assert sorted(p.name for p in FOLDER.glob("*.py")) == [
        "dask_corpus.py",
        "kosovo_timeline.py",
        "parse_seed.py",
    ]


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.name)
def test_example_runs(path: Path, capsys: pytest.CaptureFixture[str], monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(sys, "argv", [str(path)])
    runpy.run_path(str(path), run_name="__main__")
    assert "07OTTAWA2266" in capsys.readouterr().out


def test_kosovo_timeline_order(capsys: pytest.CaptureFixture[str]) -> None:
    runpy.run_path(str(EXAMPLES[0]), run_name="__main__")
    lines = [line for line in capsys.readouterr().out.splitlines() if not line[:1].isspace()]
    assert [line.split()[:3] for line in lines] == [
        ["2007-12-14T21:05:00+00:00", "minute", "cable"],
        ["2008-03-18", "day", "news"],
        ["2009-04-01", "month", "page"],
    ]
