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
    # no opener, and a line before paragraph 1 (the subject's second line): the
    # summary is paragraph 1, which END SUMMARY closes
    ("08MEXICO2382",
     "\nISSUES (IWI) VISITS MEXICO\n\n1. On 28 July 2008\n[...]. End\nSummary.\n\n"
     "THE CIVIL SOCIETY PERSPECTIVE\n-----------------------------\n",
     "On 28 July 2008 [...]."),
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


# 08SAOPAULO423, lines 38-40: no opener that opens a line (the SUMMARY heading is
# glued to the handling caption); END SUMMARY closes paragraph 1
SAOPAULO423 = (
    "SENSITIVE BUT UNCLASSIFIED--PLEASE PROTECT ACCORDINGLY Summary ------- \n"
    "\n"
    "¶1. (SBU) The collapse of the DOHA round WTO negotiations brings with it a call to "
    "continue fighting US agriculture subsidies directly through the WTO. In particular, "
    "the Brazilian Foreign Ministry (Itamaraty) may choose this fall to initiate a WTO "
    "case against the US tariff on ethanol imports from Brazil. MRE U/S Roberto Azevedo "
    "has said publicly that a case this September is a strong possibility. Such a move "
    "may be attractive politically, and certainly ethanol producers represented by UNICA "
    "stand to reap a significant profit were the tariff removed. However, the rapid "
    "growth of ethanol demand in the United States and the significant disparity between "
    "Brazilian and U.S. prices could lead to an increase in ethanol exports and "
    "potentially increase local prices thus feeding into Brazilian inflation concerns. "
    "Removing the tariff could result in an immediate squeeze in domestic supply. "
    "Increased exports would have to be sourced from ethanol that would otherwise be "
    "sold as E-100. So while Foreign Minister Celso Amorim publicly calls for removal of "
    "these tariffs, many in the private sector are not as enthusiastic for an immediate "
    "tariff removal and key legislators are hesitant as well. End Summary. \n"
)


def test_no_opener_summary_starts_at_paragraph_one_08SAOPAULO423() -> None:
    cable = cablegram.parse_cable(SAOPAULO423, year=2008)
    assert cable.summary is not None
    assert cable.summary.text.startswith("The collapse of the DOHA round WTO negotiations")
    assert cable.summary.text.endswith("key legislators are hesitant as well.")
    assert SAOPAULO423[cable.summary.span.start : cable.summary.span.end].startswith("1. (SBU)")


def test_a_comment_in_parentheses_ends_at_its_parenthesis_05DUBLIN657() -> None:
    text = (
        "CONFIDENTIAL DUBLIN 000657\n\nSUBJECT: NORTHERN IRELAND\n\n"
        "12. (C) He said Sinn Fein is insisting on working out details at the top level "
        "of government only. (COMMENT: This is tactically smart of Gerry Adams, especially "
        "if he sees the Taoiseach as less tough on republicans.) He then turned to the "
        "marching season.\n\n13. (C) Intelligence sources were worried.\n"
    )
    cable = cablegram.parse_cable(text, year=2005)
    (comment,) = cable.comments
    assert comment.text == (
        "This is tactically smart of Gerry Adams, especially if he sees the Taoiseach as "
        "less tough on republicans."
    )
    assert cable.raw[comment.span.start : comment.span.end].endswith("republicans.)")
    assert comment.paragraph == "12"
    assert "comment-unterminated" not in [d.code for d in cable.diagnostics]


def test_end_embassy_comment_ends_a_comment_06KABUL2862() -> None:
    text = (
        "CONFIDENTIAL KABUL 002862\n\nSUBJECT: AFGHANISTAN\n\n"
        "5. (C) (Embassy comment: The new council includes members of all major ethnic "
        "communities. End embassy comment.) The session closed at noon.\n"
    )
    (comment,) = cablegram.parse_cable(text, year=2006).comments
    assert comment.text == "The new council includes members of all major ethnic communities."
