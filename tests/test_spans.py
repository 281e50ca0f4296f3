"""Property: every span points at the source text of its field."""

from __future__ import annotations

import re
from collections.abc import Iterator

import attrs
import pytest

import cablegram
from cablegram import Span

from .conftest import DATA

# A small real cable in the older layout (no ACP header; backslash line ends).
BEIRUT_1985 = (
    "R 201307Z MAR 85\nFM AMEMBASSY BEIRUT\nTO SECSTATE WASHDC 2276\nINFO AMEMBASSY BERN\n\n"
    "UNCLAS BEIRUT 01725 \\\n \nE.O. 12356:DECL:OADR \nTAGS: PTER PREL LE\n"
    "SUBJECT:  FULL TEXT OF ISLAMIC JIHAD 17 MARCH STATEMENT \n \n"
    "\u00b61.  AP PROVIDED EMBASSY WITH FULL TEXT OF ISLAMIC JIHAD STATEMENT. \n \n"
    "\u00b62.  INDIVIDUAL TAKING CALL SAID IT WAS FROM THE USUAL MAN. \n \nBARTHOLOMEW\n"
)


def _spanned(obj: object) -> Iterator[tuple[object, Span]]:
    if attrs.has(type(obj)):
        for field in attrs.fields(type(obj)):
            value = getattr(obj, field.name)
            if isinstance(value, Span):
                yield obj, value
            else:
                yield from _spanned(value)
    elif isinstance(obj, tuple):
        for item in obj:
            yield from _spanned(item)


def _texts() -> list[str]:
    seed = (DATA / "07OTTAWA2266.txt").read_text(encoding="utf-8")
    return [seed, seed.replace("\n", "\r\n"), BEIRUT_1985]


def _norm(text: str) -> str:
    text = re.sub(r"\[(\d+)\]\(#\)(?=\s*(?:\d|[A-Za-z][.)]))", "", text)
    text = re.sub(r"\[([^\]\n]+)\]\(#\)", r"\1", text)
    return " ".join(text.replace("\u00b6", " ").replace("\\", " ").split())


@pytest.mark.parametrize("text", _texts(), ids=["seed", "seed-crlf", "85BEIRUT1725"])
def test_spans_inside_text_and_trimmed(text: str) -> None:
    cable = cablegram.parse_cable(text)
    spans = list(_spanned(cable))
    assert len(spans) > 10
    for _, span in spans:
        assert 0 <= span.start <= span.end <= len(text)
        piece = text[span.start : span.end]
        assert piece == piece.strip(), piece


@pytest.mark.parametrize("text", _texts(), ids=["seed", "seed-crlf", "85BEIRUT1725"])
def test_values_come_from_their_spans(text: str) -> None:
    cable = cablegram.parse_cable(text)
    for obj, span in _spanned(cable):
        raw = _norm(text[span.start : span.end])
        if isinstance(obj, cablegram.Tag | cablegram.RoutingIndicator):
            assert raw.upper() == obj.code if isinstance(obj, cablegram.Tag) else obj.value
        elif isinstance(obj, cablegram.Subject):
            assert raw.endswith(obj.text)
        elif isinstance(obj, cablegram.Paragraph):
            assert _norm(obj.text) in raw or obj.text == ""
        elif isinstance(obj, cablegram.Addressee):
            assert obj.address in raw
        elif isinstance(obj, cablegram.Reference):
            assert raw == obj.text or (obj.serial or "") in raw
        elif isinstance(obj, cablegram.Marking):
            assert raw == obj.raw
        elif isinstance(obj, cablegram.Declassification):
            assert raw == _norm(obj.raw)


def test_older_layout_85BEIRUT1725() -> None:
    c = cablegram.parse_cable(BEIRUT_1985)
    assert c.reference_id == "85BEIRUT1725"
    assert c.transmission is None
    assert c.dtg is not None and c.dtg.prosigns == ("R",)
    assert [a.number for a in c.recipients] == ["2276"]
    d = c.declassification
    assert d is not None and d.order == "12356" and d.codes == ("OADR",)
    assert [p.number for p in c.paragraphs] == ["1", "2"]
    assert c.signature is not None and c.signature.text == "BARTHOLOMEW"
    assert c.unparsed == ()
