"""Values computed when first read (cablegram._lazy): the model stays frozen and its
values, equality, export and pickling are those of eager values."""

from __future__ import annotations

import copy
import pickle
from pathlib import Path

import attrs
import pytest

import cablegram
from cablegram._context import Context
from cablegram._lazy import Deferred, deferred
from cablegram._text import make_view
from cablegram.model import Paragraph, TextBlock
from cablegram.span import Span

DATA = Path(__file__).parent / "data"


def _paragraph(text: object) -> Paragraph:
    return Paragraph(number="1", marking=None, text=text, span=Span(0, 3))  # type: ignore[arg-type]


def test_a_deferred_field_is_computed_once_on_first_read() -> None:
    calls: list[str] = []

    def compute(word: str) -> str:
        calls.append(word)
        return word.upper()

    paragraph = _paragraph(deferred(compute, "abc"))
    assert calls == []
    assert paragraph.text == "ABC"
    assert paragraph.text == "ABC"
    assert calls == ["abc"]


def test_deferred_and_eager_values_behave_alike() -> None:
    lazy = _paragraph(deferred(str.upper, "abc"))
    eager = _paragraph("ABC")
    assert lazy == eager and hash(lazy) == hash(eager)
    assert repr(_paragraph(deferred(str.upper, "abc"))) == repr(eager)
    assert attrs.asdict(_paragraph(deferred(str.upper, "abc"))) == attrs.asdict(eager)
    assert pickle.loads(pickle.dumps(_paragraph(deferred(str.upper, "abc")))) == eager
    assert copy.copy(_paragraph(deferred(str.upper, "abc"))) == eager
    assert attrs.evolve(_paragraph(deferred(str.upper, "abc")), number="2").text == "ABC"
    assert [f.name for f in attrs.fields(Paragraph)] == [
        "number",
        "marking",
        "heading",
        "text",
        "span",
    ]


def test_a_deferred_field_stays_frozen() -> None:
    paragraph = _paragraph(deferred(str.upper, "abc"))
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        paragraph.text = "x"  # type: ignore[misc]
    assert type(TextBlock(text=deferred(str.upper, "x"), span=Span(0, 1)).text) is str
    assert not isinstance(paragraph.text, Deferred)


@pytest.mark.parametrize("name", ["07OTTAWA2266.txt", "09OUAGADOUGOU1158.txt"])
def test_parsed_texts_are_those_read_at_once(name: str) -> None:
    """The texts a parse defers read the same as when read from the parse's view."""
    text = (DATA / name).read_text(encoding="utf-8")
    cable = cablegram.parse_cable(text)
    again = cablegram.parse_cable(text)
    assert [p.text for p in cable.paragraphs] == [p.text for p in again.paragraphs]
    assert cable.references == again.references
    assert cable.paragraphs and all(isinstance(p.text, str) for p in cable.paragraphs)
    assert cablegram.to_json(cable) == cablegram.to_json(pickle.loads(pickle.dumps(again)))


def test_a_snapshot_makes_the_masked_view_again() -> None:
    text = "SECRET STATE 123456\n\n1. First\nTRIPOLI 00000765 001.2 OF 003\nline.\n"
    ctx = Context(text, make_view(text), strict=False)
    marker = text.index("TRIPOLI")
    ctx.mask([Span(marker, marker + len("TRIPOLI 00000765 001.2 OF 003"))])
    assert ctx.snapshot().view == ctx.view
    assert ctx.snapshot().blanks_text(0, len(text)) == ctx.blanks_text(0, len(text))
    assert not ctx.snapshot().blanks_text(0, marker)
