"""Summaries in their real shapes, from cablemap's test suite (real cable text,
elided by cablemap with "[...]"); the cable each comes from is named."""

from __future__ import annotations

import pytest

import cablegram

CASES = [
    # a heading between rules
    ("07SAOPAULO464",
     "------- SUMMARY -------\n\n1. Pope Benedict XVI's four-day [...] End Summary",
     "Pope Benedict XVI's four-day [...]"),
    # a heading over a rule, a marked paragraph
    ("09BERLIN1176",
     'SUMMARY\n-------\n\n1. (C/NF) This is not a "change" election. [...]. END SUMMARY. ',
     'This is not a "change" election. [...].'),
    # no opener: the body opens with it and END SUMMARY closes it
    ("10BERLIN164",
     "Classified By: Classified by Political M-C George Glass for reasons 1.4\n(b,d).\n\n"
     "1. (C) German FM Westerwelle told [...]. END SUMMARY.",
     "German FM Westerwelle told [...]."),
    # END and SUMMARY on two lines
    ("08THEHAGUE938",
     "Classified By: Head of Economic Unit Shawn Gray, reasons 1.4 (b), (d)\n\n"
     "1. (S) SUMMARY: The Dutch [...]. END\nSUMMARY.\n\n2. (S) Econoff delivered ",
     "The Dutch [...]."),
    # no END SUMMARY, a heading between rules ends it
    ("08MANAMA492", "1.(C) Summary: The GOB [...]. -------- Training --------\n\n2.(U) Bah",
     "The GOB [...]."),
    # a heading underlined with "="
    ("08DHAKA856", "Summary =======\n\n1. (C) Bla bla. End Summary", "Bla bla."),
]  # fmt: skip


@pytest.mark.parametrize(("cable_id", "text", "summary"), CASES, ids=[c[0] for c in CASES])
def test_summary_shapes(cable_id: str, text: str, summary: str) -> None:
    cable = cablegram.parse_cable(text)
    assert cable.summary is not None, cable_id
    assert cable.summary.text == summary


def test_end_summary_is_not_a_signature_10BERLIN164() -> None:
    cable = cablegram.parse_cable(CASES[2][1])
    assert cable.signature is None
    assert cable.paragraphs[-1].text.endswith("END SUMMARY.")
