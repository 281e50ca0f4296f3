"""JSON both ways: from_dict / from_json rebuild what to_dict wrote, equal to the
parsed document; the JSON Schema generated from the model accepts every record and
refuses a broken one; cablegram.read reads back a JSON Lines file the CLI wrote."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import jsonschema
import pytest

import cablegram
from cablegram.cli import main

from .conftest import DATA

EXAMPLES = DATA.parent.parent / "examples" / "data"
FILES = [
    DATA / "07OTTAWA2266.txt",
    DATA / "09OUAGADOUGOU1158.html",
    EXAMPLES / "canada-kosovo-relations.txt",
    EXAMPLES / "2008-03-18-canada-japan-recognize-kosovo.md",
    DATA / "000_fe949eef2e746b1c.txt",
    DATA / "001_c0bdbbfb6099a82f.txt",
]


def _documents() -> list[object]:
    docs: list[object] = []
    for path in FILES:
        parsed = cablegram.parse_file(path)
        docs.extend(parsed if isinstance(parsed, tuple) else [parsed])
    docs.extend(cablegram.read_cables_csv(DATA / "cables_sample.csv"))
    return docs


DOCUMENTS = _documents()


@pytest.mark.parametrize("doc", DOCUMENTS, ids=lambda d: f"{d.kind}:{d.doc_id}")  # type: ignore[attr-defined]
def test_a_record_reads_back_into_the_same_document(doc: object) -> None:
    record = json.loads(cablegram.to_json(doc))
    again = cablegram.from_dict(record)
    assert again == doc
    assert type(again) is type(doc)
    assert cablegram.to_dict(again) == record
    assert cablegram.from_json(cablegram.to_json(doc)) == doc


def test_a_news_day_reads_back_with_its_items_sharing_its_text() -> None:
    day_text = (DATA / "001_c0bdbbfb6099a82f.txt").read_text(encoding="utf-8")
    day = cablegram.parse_news_day(day_text)
    again = cablegram.from_json(cablegram.to_json(day))
    assert again == day and all(item.raw == day.raw for item in again.items)


def test_records_that_cannot_be_read_back() -> None:
    record = cablegram.to_dict(DOCUMENTS[0])
    with pytest.raises(ValueError, match="no raw text"):
        cablegram.from_dict(cablegram.to_dict(DOCUMENTS[0], raw=False))
    with pytest.raises(ValueError, match="schema_version 2 is not 1"):
        cablegram.from_dict({**record, "schema_version": 2})
    with pytest.raises(ValueError, match="kind 'memo' is none of"):
        cablegram.from_dict({**record, "kind": "memo"})
    with pytest.raises(TypeError, match="takes a mapping"):
        cablegram.from_dict([record])  # type: ignore[arg-type]


@pytest.fixture(scope="module")
def validator() -> jsonschema.Draft202012Validator:
    schema = cablegram.schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


@pytest.mark.parametrize("doc", DOCUMENTS, ids=lambda d: f"{d.kind}:{d.doc_id}")  # type: ignore[attr-defined]
def test_the_schema_accepts_every_record(
    doc: object, validator: jsonschema.Draft202012Validator
) -> None:
    assert list(validator.iter_errors(json.loads(cablegram.to_json(doc)))) == []
    assert list(validator.iter_errors(cablegram.to_dict(doc, raw=False))) == []


def test_the_schema_refuses_broken_records(validator: jsonschema.Draft202012Validator) -> None:
    record = json.loads(cablegram.to_json(DOCUMENTS[0]))
    for damage in (
        lambda r: r.update(date_source="gossip"),
        lambda r: r.update(classification="PUBLIC"),
        lambda r: r["tags"][0].update(code=7),
        lambda r: r["subject"].update(span=[1]),
        lambda r: r.update(surprise=True),
        lambda r: r.pop("paragraphs"),
        lambda r: r.update(kind="page"),
    ):
        broken = copy.deepcopy(record)
        damage(broken)
        assert not validator.is_valid(broken)


def test_the_cli_prints_the_schema(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["schema"]) == 0
    printed = json.loads(capsys.readouterr().out)
    assert printed == cablegram.schema()


def test_read_reads_back_a_jsonl_file_the_cli_wrote(tmp_path: Path) -> None:
    out = tmp_path / "corpus.jsonl"
    assert main(["parse", str(EXAMPLES), "--compact", "--quiet", "-o", str(out)]) == 0
    again = list(cablegram.read(out))
    assert again == list(cablegram.read(EXAMPLES))
    broken = tmp_path / "broken.jsonl"
    broken.write_text(out.read_text(encoding="utf-8") + "not json\n\n", encoding="utf-8")
    reader = cablegram.read(broken)
    assert len(list(reader)) == 3
    (error,) = reader.collected
    assert error.code == "jsonl-record" and error.line == 4  # type: ignore[attr-defined]


def test_hostile_records_are_value_errors() -> None:
    record = json.loads(cablegram.to_json(DOCUMENTS[0]))
    for damage in (
        {"date": 5},
        {"subject": {"text": "x", "marking": None, "span": [1]}},
        {"tags": "PREL"},
        {"paragraphs": [[]]},
        {"dtg": {"value": []}},
        {"classification": "PUBLIC"},
    ):
        with pytest.raises(ValueError, match="not a record cablegram wrote"):
            cablegram.from_dict({**record, **damage})
    deep = "[" * 100_000 + "]" * 100_000
    with pytest.raises((ValueError, RecursionError)):
        cablegram.from_json(deep)


def test_a_hostile_jsonl_line_is_collected(tmp_path: Path) -> None:
    path = tmp_path / "x.jsonl"
    record = json.loads(cablegram.to_json(DOCUMENTS[0]))
    lines = [json.dumps({**record, "date": 5}), "[" * 100_000 + "]" * 100_000, "{}"]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    reader = cablegram.read(path)
    assert list(reader) == []
    assert [e.code for e in reader.collected] == ["jsonl-record"] * 3  # type: ignore[attr-defined]
