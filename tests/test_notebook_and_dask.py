"""The example notebook runs (the analyst's tasks, five lines at most each), and so
does the Dask example, with Dask's local scheduler, on the bundled samples."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


def test_the_notebook_runs_and_each_task_takes_five_lines_at_most(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    nbformat = pytest.importorskip("nbformat")
    nbclient = pytest.importorskip("nbclient")
    notebook = nbformat.read(EXAMPLES / "explore_release.ipynb", as_version=4)
    code = [cell for cell in notebook.cells if cell.cell_type == "code"]
    assert code and all(len(cell.source.splitlines()) <= 5 for cell in code)
    assert all(not cell.get("outputs") for cell in code), "the notebook is kept without outputs"
    monkeypatch.delenv("CABLEGRAM_CORPUS", raising=False)  # the bundled samples
    client = nbclient.NotebookClient(
        notebook, timeout=300, kernel_name="python3", resources={"metadata": {"path": EXAMPLES}}
    )
    client.execute()
    outputs = [out for cell in code for out in cell.outputs]
    assert not [out for out in outputs if out.output_type == "error"]
    text = "\n".join(str(out.get("data", {}).get("text/plain", "")) for out in outputs)
    assert "['07OTTAWA2266']" in text  # who cites 07STATE165486
    assert "CONFIDENTIAL" in text and "UNCLASSIFIED" in text  # per year and classification
    html = [out["data"]["text/html"] for out in outputs if "text/html" in out.get("data", {})]
    assert any("<mark" in part for part in html)  # the cable's notebook view


def _example(name: str) -> object:
    spec = importlib.util.spec_from_file_location(name, EXAMPLES / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("scheduler", ["sync", "threads"])
def test_the_dask_example_writes_the_tables(tmp_path: Path, scheduler: str) -> None:
    pytest.importorskip("dask.bag")
    pd = pytest.importorskip("pandas")
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for path in sorted((EXAMPLES / "data").iterdir()):
        (corpus / path.name).write_bytes(path.read_bytes())
    example = _example("dask_corpus")
    example.PARTITION_FILES = 2  # type: ignore[attr-defined]  # two partitions
    count = example.run(corpus, tmp_path / "out", scheduler)  # type: ignore[attr-defined]
    assert count == 3
    documents = pd.read_parquet(tmp_path / "out" / "documents")
    assert sorted(documents["kind"].astype(str)) == ["cable", "news", "page"]
    assert documents["doc"].is_unique  # numbered apart across partitions
    assert len(list((tmp_path / "out" / "cables").iterdir())) == 2
    cables = pd.read_parquet(tmp_path / "out" / "cables")
    assert cables["id"].tolist() == ["07OTTAWA2266"]
