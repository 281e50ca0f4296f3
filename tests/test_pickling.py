"""Pickling the model (cablegram._reduce): a document pickles by its stored fields, so a
field the parser deferred is sent as what computes it and computed where it is read;
it loads back equal, whatever kind of document it is; enums pickle by name."""

from __future__ import annotations

import copy
import enum
import pickle
from pathlib import Path
from typing import Any

import attrs
import pytest

import cablegram
from cablegram import model
from cablegram._lazy import pending, stored
from cablegram.errors import Diagnostic, Severity
from cablegram.span import Span

DATA = Path(__file__).parent / "data"
RENDERINGS = DATA / "renderings"


def _text(path: Path) -> str:
    with open(path, encoding="utf-8", newline="") as handle:
        return handle.read()


def _documents() -> list[tuple[str, Any]]:
    """One document of every kind the tests hold, fresh from the parser."""
    seed = DATA / "07OTTAWA2266.txt"
    collapsed = sorted(p for p in RENDERINGS.glob("*.txt") if not p.stem.endswith(".pdf"))
    found: list[tuple[str, Any]] = [
        ("cable", cablegram.parse_cable(_text(seed))),
        ("collapsed cable", cablegram.parse_cable(_text(collapsed[0]))),
        ("WikiLeaks page", cablegram.parse_wikileaks_html(_text(DATA / "09OUAGADOUGOU1158.html"))),
        ("csv row", next(iter(cablegram.read_cables_csv(DATA / "cables_sample.csv")))),
        ("government page", cablegram.parse(_text(DATA / "000_fe949eef2e746b1c.txt"))),
        ("news item", cablegram.parse(_text(DATA / "001_c0bdbbfb6099a82f.txt"))),
    ]
    return found


@pytest.mark.parametrize(("kind", "document"), _documents(), ids=lambda v: str(v)[:20])
def test_every_kind_of_document_loads_back_equal(kind: str, document: Any) -> None:
    before = pending(document)
    again = pickle.loads(pickle.dumps(document, protocol=pickle.HIGHEST_PROTOCOL))
    assert type(again) is type(document)
    # nothing deferred was computed to pickle it, here or there
    assert pending(document) == before
    assert pending(again) == before
    assert cablegram.to_json(again) == cablegram.to_json(document)
    assert again == document and hash(again) == hash(document)


def test_a_parsed_cable_sends_its_paragraph_text_as_what_computes_it() -> None:
    cable = cablegram.parse_cable(_text(DATA / "07OTTAWA2266.txt"))
    assert pending(cable) > 0  # the parser defers paragraph text and references
    blob = pickle.dumps(cable, protocol=pickle.HIGHEST_PROTOCOL)
    again = pickle.loads(blob)
    # one copy of the text travels (the cable's): the paragraphs' text is not sent again
    snippet = cable.paragraphs[-1].text[:60].encode()
    assert len(snippet) == 60
    assert blob.count(snippet) == 1
    assert pickle.dumps(cable, protocol=pickle.HIGHEST_PROTOCOL).count(snippet) == 2
    assert [p.text for p in again.paragraphs] == [p.text for p in cable.paragraphs]
    assert again.references == cable.references


def test_a_cable_read_first_pickles_its_computed_values() -> None:
    cable = cablegram.parse_cable(_text(DATA / "07OTTAWA2266.txt"))
    texts = [p.text for p in cable.paragraphs]
    assert all(type(stored(p, "text")) is str for p in cable.paragraphs)
    again = pickle.loads(pickle.dumps(cable))
    assert [stored(p, "text") for p in again.paragraphs] == texts


def test_loading_runs_no_validator_again() -> None:
    # A value a validator would refuse now (it was valid when built) still loads:
    # pickling gives back what was stored, it does not build the object anew.
    span = Span(2, 5)
    object.__setattr__(span, "end", 1)  # what a later rule might refuse
    again = pickle.loads(pickle.dumps(span))
    assert (again.start, again.end) == (2, 1)


def test_copies_are_equal_and_independent() -> None:
    cable = cablegram.parse_cable(_text(DATA / "07OTTAWA2266.txt"))
    shallow, deep = copy.copy(cable), copy.deepcopy(cable)
    assert shallow == cable == deep
    assert deep.paragraphs[0] is not cable.paragraphs[0]


def test_every_model_class_pickles_by_its_fields() -> None:
    classes = [
        value
        for value in vars(model).values()
        if isinstance(value, type) and value.__module__ == model.__name__ and attrs.has(value)
    ]
    assert len(classes) > 30
    for cls in [*classes, Span, Diagnostic]:
        assert "__reduce__" in cls.__dict__, cls.__name__
        assert cls._from_fields.__qualname__ == f"{cls.__qualname__}._from_fields"


def test_a_subclass_of_a_model_class_pickles_as_itself() -> None:
    @attrs.frozen
    class Wider(Span):
        label: str = ""

    globals()["Wider"] = Wider  # picklable by reference
    Wider.__qualname__ = "Wider"
    try:
        again = pickle.loads(pickle.dumps(Wider(1, 4, "x")))
        assert type(again) is Wider and (again.start, again.end, again.label) == (1, 4, "x")
    finally:
        del globals()["Wider"]


def test_enum_members_pickle_by_name_and_load_as_themselves() -> None:
    enums = [
        value
        for value in vars(model).values()
        if isinstance(value, type) and issubclass(value, enum.Enum)
    ]
    assert len(enums) >= 5
    for cls in [*enums, Severity]:
        for member in cls:
            blob = pickle.dumps(member, protocol=pickle.HIGHEST_PROTOCOL)
            assert pickle.loads(blob) is member
            assert member.name.encode() in blob
