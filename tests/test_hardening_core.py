"""Hostile inputs to the cable core (issue 11): each test names its B-item and its
minimal input; every one failed before its fix."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import cablegram
from cablegram.check.coverage import uncovered
from cablegram.errors import CableSyntaxError

SEED = (Path(__file__).resolve().parents[1] / "examples/data/07OTTAWA2266.txt").read_text(
    encoding="utf-8"
)


def _kept(cable: cablegram.Cable, text: str) -> list[str]:
    return [u.text for u in cable.unparsed if u.text == text]


@pytest.mark.parametrize(
    ("text", "lost"),
    [
        ("FM AMEMBASSY OTTAWA\nSECSTATE WASHDC\n", "SECSTATE WASHDC"),
        ("FM AMEMBASSY\nOTTAWA\n", "OTTAWA"),  # a wrapped FM line
        (
            "FM AMEMBASSY OTTAWA\nSECSTATE WASHDC\nTO RUEHC/SECSTATE WASHDC 6841\n",
            "SECSTATE WASHDC",
        ),
    ],
)
def test_b1_a_line_under_fm_is_no_second_sender_and_is_kept(text: str, lost: str) -> None:
    cable = cablegram.parse_cable(text)
    assert cable.origin is not None and cable.origin.span.of(text).startswith("FM ")
    assert _kept(cable, lost) == [lost]
    assert "addressee-after-from" in [d.code for d in cable.diagnostics]
    assert uncovered(cable) == []
    with pytest.raises(CableSyntaxError) as raised:
        cablegram.parse_cable(text, strict=True)
    assert (raised.value.line, raised.value.column) == (2, 1)


def test_b1_the_seed_cable_has_one_sender_and_nothing_under_it() -> None:
    cable = cablegram.parse_cable(SEED)
    assert "addressee-after-from" not in [d.code for d in cable.diagnostics]


def test_b2_an_impossible_dtg_is_kept_as_written() -> None:
    text = SEED.replace("O 142105Z DEC 07", "O 300000Z FEB 09")
    assert text != SEED
    cable = cablegram.parse_cable(text)
    assert cable.dtg is None
    assert _kept(cable, "O 300000Z FEB 09") == ["O 300000Z FEB 09"]
    assert next(d.code for d in cable.diagnostics if d.field == "date-time group") == "dtg-invalid"
    assert uncovered(cable) == []
    with pytest.raises(CableSyntaxError, match="impossible date-time group"):
        cablegram.parse_cable(text, strict=True)


def test_b5_a_ref_serial_of_5000_digits_is_read() -> None:
    serial = "1" * 5000
    text = SEED.replace("SUBJECT:", f"REF: OTTAWA 0{serial}\n\nSUBJECT:", 1)
    cable = cablegram.parse_cable(text)
    cited = [r for r in cable.references if r.serial and len(r.serial) > 4000]
    assert cited and cited[0].cable_id == f"07OTTAWA{serial}"
    json.loads(cablegram.to_json(cable))


@pytest.mark.parametrize("hint", ["²³ROME1", "²3ROME1", "٠٧ROME1", "07ROME²", "①②ROME1"])
def test_b6_a_hint_of_digits_int_cannot_read_raises_nothing(hint: str) -> None:
    cable = cablegram.parse_cable("Some text of a fragment.\n", reference_id=hint)
    assert cable.reference_id == hint.upper() or cable.reference_id is not None
    cablegram.parse_cable(SEED, reference_id=hint)


def test_b6_a_banner_serial_of_superscript_digits_raises_nothing() -> None:
    text = SEED.replace("OTTAWA 002266", "OTTAWA 00²²66")
    cable = cablegram.parse_cable(text)
    assert cable.banner is None or cable.banner.serial != "002266"


def test_b4_a_ref_item_citing_many_cables_does_not_repeat_itself() -> None:
    # one item citing 2,000 cables: each reference holds its own stretch of it,
    # so the JSON grows with the input, not with its square
    item = ", ".join(f"STATE {1000 + k}" for k in range(2000))
    text = SEED.replace("SUBJECT:", f"REF: {item}\n\nSUBJECT:", 1)
    cable = cablegram.parse_cable(text)
    refs = [
        r
        for r in cable.references
        if r.origin == "STATE" and r.item_span.of(text).startswith("STATE 1000")
    ]
    assert len(refs) == 2000
    assert refs[0].text == "STATE 1000" and refs[-1].text == "STATE 2999"
    assert sum(len(r.text) for r in refs) <= len(item)
    assert len(cablegram.to_json(cable, indent=None)) < 20 * len(text)


def test_b4_an_item_citing_one_cable_keeps_its_whole_text() -> None:
    text = SEED.replace(
        "SUBJECT:", "REF: STATE 165486 (NOTAL) AND THE EMAIL OF 12/14\n\nSUBJECT:", 1
    )
    cable = cablegram.parse_cable(text)
    ref = next(r for r in cable.references if r.serial == "165486")
    assert ref.text.startswith("STATE 165486 (NOTAL)")


def test_b4_two_cables_joined_by_and_each_get_their_own_text_04BRASILIA2863() -> None:
    # 04BRASILIA2863: "REF: A. BRASILIA 2799 AND 2764"
    text = SEED.replace("SUBJECT:", "REF: A. BRASILIA 2799 AND 2764\n\nSUBJECT:", 1)
    cable = cablegram.parse_cable(text)
    texts = [r.text for r in cable.references if "BRASILIA" in r.item_span.of(text)]
    assert texts == ["BRASILIA 2799", "2764"]


_DIGITS = "0123456789²³¹①⑨٠٣٧۵߂०५০৯๒໕༣၄៦᠓０９𝟎𝟗"


@settings(max_examples=300, deadline=None)
@given(
    hint=st.text(alphabet=_DIGITS + "ROMESTATE-/ ", max_size=16),
    year=st.one_of(st.none(), st.integers(min_value=-5, max_value=10_000)),
)
def test_b6_hints_of_any_digits_raise_nothing(hint: str, year: int | None) -> None:
    # reference-id and year hints as csv rows and pages give them, digits of every
    # script included: a hint that cannot be read is set aside, never raised
    for text in ("A fragment of a cable.\n", SEED):
        cablegram.parse_cable(text, reference_id=hint, year=year)


def test_b6_a_ref_serial_in_other_digits_gives_an_ascii_cable_id() -> None:
    # "STATE ١٦٥٤٨٦" (Arabic-Indic digits) cites 07STATE165486, as int() read it
    text = SEED.replace("STATE 165486", "STATE ١٦٥٤٨٦", 1)
    assert text != SEED
    ids = [r.cable_id for r in cablegram.parse_cable(text).references]
    assert "07STATE165486" in ids
    assert all(i is None or i.isascii() for i in ids)
