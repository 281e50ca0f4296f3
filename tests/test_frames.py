"""Tidy tables: one DataFrame per kind of row, joinable by their keys; written as
JSON Lines, Parquet or csv; and the citation edges, as rows or a graph."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest

import cablegram
from cablegram.frames import COLUMNS, TABLES

from .conftest import DATA

EXAMPLES = DATA.parent.parent / "examples" / "data"


@pytest.fixture(scope="module")
def docs() -> list[object]:
    found = list(cablegram.read([EXAMPLES, DATA / "cables_sample.csv"]))
    assert [d.kind for d in found][:3] == ["cable", "news", "page"]  # type: ignore[attr-defined]
    return found


@pytest.fixture(scope="module")
def frames(docs: list[object]) -> dict[str, pd.DataFrame]:
    return cablegram.dataframes(docs)


def test_one_table_per_kind_of_row_with_fixed_columns(frames: dict[str, pd.DataFrame]) -> None:
    assert list(frames) == list(TABLES)
    for name, frame in frames.items():
        assert list(frame.columns) == COLUMNS[name]
    empty = cablegram.dataframes([])
    assert all(list(f.columns) == COLUMNS[n] and f.empty for n, f in empty.items())


def test_the_seed_cable_in_its_tables(frames: dict[str, pd.DataFrame]) -> None:
    cable = frames["cables"].set_index("id").loc["07OTTAWA2266"]
    assert cable["date"] == pd.Timestamp("2007-12-14 21:05", tz="UTC")
    assert (cable["classification"], cable["precedence"], cable["origin"]) == (
        "CONFIDENTIAL",
        "IMMEDIATE",
        "OTTAWA",
    )
    assert cable["subject"] == "CANADA ON KOSOVO" and cable["paragraphs"] == 4
    seed = frames["addressees"].query("id == '07OTTAWA2266'")
    assert seed["role"].value_counts().to_dict() == {"INFO": 11, "FM": 1, "TO": 1, "XMT": 0}
    tags = frames["tags"].query("id == '07OTTAWA2266'")
    assert tags["code"].tolist() == ["PREL", "PGOV", "YI", "CA"]
    assert tags["meaning"].iloc[0] == "external political relations"
    refs = frames["references"].query("id == '07OTTAWA2266'")
    assert refs[["letter", "cited_id"]].values.tolist() == [
        ["A", "07STATE165486"],
        ["B", "07STATE165453"],
    ]
    paragraphs = frames["paragraphs"].query("id == '07OTTAWA2266'")
    assert paragraphs["level"].tolist() == ["C"] * 4


def test_dates_and_vocabularies_have_their_types(frames: dict[str, pd.DataFrame]) -> None:
    assert (
        str(frames["cables"]["date"].dtype).startswith("datetime64")
        and str(frames["cables"]["date"].dt.tz) == "UTC"
    )
    assert str(frames["documents"]["date"].dt.tz) == "UTC"  # pages and news too, at 00:00
    classification = frames["cables"]["classification"]
    assert isinstance(classification.dtype, pd.CategoricalDtype)
    assert "SECRET" in classification.cat.categories  # the whole vocabulary
    assert isinstance(frames["addressees"]["role"].dtype, pd.CategoricalDtype)


def test_the_tables_join_on_their_keys(frames: dict[str, pd.DataFrame]) -> None:
    # the analyst's questions, in a line each
    per_year = frames["cables"].groupby(frames["cables"]["date"].dt.year).size()
    assert per_year.sum() == len(frames["cables"])
    joined = frames["paragraphs"].merge(frames["cables"][["doc", "classification"]], on="doc")
    assert len(joined) == len(frames["paragraphs"])
    cites = frames["references"].query("cited_id == '07STATE165486'")["id"].tolist()
    assert cites == ["07OTTAWA2266"]


def test_write_jsonl_parquet_and_csv(docs: list[object], tmp_path: Path) -> None:
    jsonl = cablegram.write(docs, tmp_path / "docs.jsonl")
    lines = jsonl.read_text(encoding="utf-8").splitlines()
    assert len(lines) == len(docs) and json.loads(lines[0])["reference_id"] == "07OTTAWA2266"
    assert list(cablegram.read(jsonl)) == docs  # read back: the same documents
    folder = cablegram.write(docs, tmp_path / "parquet")
    assert sorted(p.name for p in folder.iterdir()) == sorted(f"{t}.parquet" for t in TABLES)
    cables = pd.read_parquet(folder / "cables.parquet")
    assert cables["id"].tolist() == cablegram.dataframes(docs)["cables"]["id"].tolist()
    csvs = cablegram.write(docs, tmp_path / "csv", format="csv")
    assert (csvs / "tags.csv").read_text(encoding="utf-8").startswith("doc,id,code,kind,meaning")
    with pytest.raises(ValueError, match="format must be"):
        cablegram.write(docs, tmp_path / "x", format="xlsx")


def test_citations_as_edges_and_as_a_graph(docs: list[object]) -> None:
    edges = cablegram.citations(docs)
    seed = [e for e in edges if e["citing"] == "07OTTAWA2266"]
    assert [(e["cited"], e["letter"], e["in_corpus"]) for e in seed] == [
        ("07STATE165486", "A", False),
        ("07STATE165453", "B", False),
    ]
    assert all(isinstance(e["in_release"], bool) for e in edges)
    graph = cablegram.citations(docs, graph=True)
    assert graph.has_edge("07OTTAWA2266", "07STATE165486")
    assert graph.nodes["07OTTAWA2266"]["in_corpus"] is True
    assert graph.nodes["07STATE165486"]["in_corpus"] is False
