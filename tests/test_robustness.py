"""Lenient parsing never raises; strict parsing raises only cablegram's errors."""

from __future__ import annotations

import contextlib
import pickle

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import cablegram

from .conftest import DATA

SEED = (DATA / "07OTTAWA2266.txt").read_text(encoding="utf-8")
ALPHABET = st.characters(blacklist_categories=("Cs",))
LINES = st.sampled_from([*SEED.splitlines(), "", "¶1. (C)", "REF: A. 06 ", "TAGS:", "\\"])


@settings(max_examples=200, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(st.text(alphabet=ALPHABET, max_size=400))
def test_lenient_never_raises_on_text(text: str) -> None:
    cable = cablegram.parse_cable(text)
    assert cable.raw == text
    cablegram.to_json(cable)  # the values read when first asked for, too


@settings(max_examples=200, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(st.lists(LINES, max_size=40))
def test_lenient_never_raises_on_shuffled_cable_lines(lines: list[str]) -> None:
    text = "\n".join(lines)
    cablegram.to_json(cablegram.parse_cable(text))  # deferred values included
    with contextlib.suppress(cablegram.CablegramError):
        cablegram.parse_cable(text, strict=True)


BAD_DE = SEED.replace("DE RUEHOT #2266 3482105", "DE RUEHOT #2266 BOGUS")


def test_bad_line_lenient_gives_diagnostic() -> None:
    cable = cablegram.parse_cable(BAD_DE)
    codes = [d.code for d in cable.diagnostics]
    assert "DE line-syntax" in codes
    assert [u.text for u in cable.unparsed] == ["DE RUEHOT #2266 BOGUS"]
    assert cable.transmission is not None and cable.transmission.station is None
    assert cable.reference_id == "07OTTAWA2266"


def test_bad_line_strict_raises_with_position() -> None:
    with pytest.raises(cablegram.CableSyntaxError) as info:
        cablegram.parse_cable(BAD_DE, strict=True)
    err = info.value
    assert err.line == 5
    assert err.column == 17
    assert err.line_text == "DE RUEHOT #2266 BOGUS"
    assert err.field == "DE line"
    copy = pickle.loads(pickle.dumps(err))
    assert (copy.line, copy.column, copy.field) == (5, 17, "DE line")


def test_parse_cable_rejects_bytes() -> None:
    with pytest.raises(TypeError):
        cablegram.parse_cable(b"VZCZC")  # type: ignore[arg-type]


def test_empty_text() -> None:
    cable = cablegram.parse_cable("")
    assert cable.reference_id is None
    assert [d.code for d in cable.diagnostics] == ["banner-missing", "dtg-missing"]


def test_cable_dated_line_after_the_banner_is_no_crash() -> None:
    # a "Cable dated:" line after the banner matched the record-dump search of a cut
    # copy, which then asked it for an id group it does not have (IndexError)
    text = "C O N F I D E N T I A L ROME 001234\n\nSUBJECT: TEST\n\n"
    text += "Cable dated:2005-05-23T14:26:00\n\n1. (C) Text.\n"
    cable = cablegram.parse_cable(text, year=2005)
    assert cable.reference_id == "05ROME1234"
    assert cable.subject is not None and cable.subject.text == "TEST"
